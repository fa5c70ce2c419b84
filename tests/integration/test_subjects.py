"""Subjects and statements on Dutch sentences we wrote, one per construction, with the real pipeline.

Every finding of ``fixtures/subjects/constructions.jsonl`` pins its subject,
its ``subject_method`` and its statement. A statement the stages get wrong
today is pinned as ``statement_known_miss`` (the right one) and checked by a
strict xfail, so a fix shows up.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import nlsurveyextract

CASES = Path(__file__).resolve().parents[2] / "fixtures" / "subjects" / "constructions.jsonl"


def read_cases() -> list[dict]:
    return [json.loads(line) for line in CASES.read_text(encoding="utf-8").splitlines() if line.strip()]


def load_cases() -> list:
    return [pytest.param(case, id=case["label"]) for case in read_cases()]


def known_misses() -> list:
    return [
        pytest.param(case["text"], expected, id=f"{case['label']}:{expected['quote']}")
        for case in read_cases()
        for expected in case["findings"]
        if "statement_known_miss" in expected
    ]


def findings_by_quote(text: str, nlp) -> dict:
    result = nlsurveyextract.extract(text, nlp=nlp)
    return {finding.span.text: finding for finding in result.findings}


@pytest.mark.parametrize("case", load_cases())
def test_subject_of_each_construction(case, nlp):
    by_quote = findings_by_quote(case["text"], nlp)
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


def test_every_case_pins_method_and_statement():
    for case in read_cases():
        for expected in case["findings"]:
            assert "method" in expected, case["label"]
            assert "statement" in expected or "statement_known_miss" in expected, case["label"]


@pytest.mark.xfail(
    strict=True, reason="known miss: the statement stops at a denominator, a cue or a verb particle"
)
@pytest.mark.parametrize(("text", "expected"), known_misses())
def test_known_statement_misses(text, expected, nlp):
    finding = findings_by_quote(text, nlp)[expected["quote"]]
    assert finding.statement is not None
    assert finding.statement.text == expected["statement_known_miss"]
