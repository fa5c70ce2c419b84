"""Subjects and statements on Dutch sentences we wrote, one per construction, with the real pipeline."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import nlsurveyextract

CASES = Path(__file__).resolve().parents[2] / "fixtures" / "subjects" / "constructions.jsonl"


def load_cases() -> list:
    cases = [json.loads(line) for line in CASES.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [pytest.param(case, id=case["label"]) for case in cases]


@pytest.mark.parametrize("case", load_cases())
def test_subject_of_each_construction(case, nlp):
    result = nlsurveyextract.extract(case["text"], nlp=nlp)
    by_quote = {finding.span.text: finding for finding in result.findings}
    for expected in case["findings"]:
        assert expected["quote"] in by_quote, f"not detected: {expected['quote']!r} in {list(by_quote)}"
        finding = by_quote[expected["quote"]]
        accepted = [expected["subject"], *expected.get("alts", [])]
        assert finding.subject is not None, f"no subject for {expected['quote']!r}"
        assert finding.subject.text in accepted
        if "method" in expected:
            assert finding.subject_method == expected["method"]
        if "statement" in expected:
            assert finding.statement is not None
            assert finding.statement.text == expected["statement"]
        if "statement_contains" in expected:
            assert finding.statement is not None
            assert expected["statement_contains"] in finding.statement.text
