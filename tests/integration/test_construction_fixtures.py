"""Subjects and surveys on the Dutch construction fixtures we wrote for issue 10.

``fixtures/constructions/<construction>.jsonl`` holds, per construction, invented news
sentences in several domains and word orders. Subject records list ``findings`` (``quote``,
``subject`` (left out in a statement fixture), optional ``alts``, ``method``, ``statement``
(the exact statement) or ``statement_contains``); survey records list ``surveys``
(``conductor`` as written, ``sample_size`` or null, ``population`` or null, where
null means the sentence names none and is not checked). ``statistics.jsonl`` holds statistics
articles (prices, rates, volumes, markets) with no source, so ``surveys`` is empty there and
no survey may be reported. Cases that fail today are listed in ``NOT_HANDLED_YET`` with the
construction as reason; a fix turns them into XPASS failures and the id comes off the list.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from construction_checks import assert_offsets, assert_subject, assert_survey, finding_for

import nlsurveyextract

CASES = Path(__file__).resolve().parents[2] / "fixtures" / "constructions"

# Labels of the fixtures that fail today (issue 10), by construction.
NOT_HANDLED_YET = {
    "ellipsis-bij-coordinated-die",
    "long-sample-as-object",
    "shown_by_publication-uit-title-blijkt",
    "statistics-freight-dat-restated",
}


def construction_of(label: str) -> str:
    """The construction a label belongs to: the file it comes from, ``short_pp`` in ``short_pp-...``."""
    return label.split("-", 1)[0]


def load_cases() -> list:
    """One pytest param per fixture record, id = its label, strict xfail when listed."""
    params = []
    for path in sorted(CASES.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            case = json.loads(line)
            label = case["label"]
            reason = f"issue 10: {construction_of(label).upper()} not handled yet"
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if label in NOT_HANDLED_YET else []
            params.append(pytest.param(case, id=label, marks=marks))
    return params


def check_finding(result: nlsurveyextract.ArticleResult, expected: dict) -> None:
    """The expected figure is found, with an accepted subject and the stated method or statement."""
    finding = finding_for(result, expected["quote"])
    if "subject" in expected:  # a statement fixture may check the statement alone
        assert_subject(finding, [expected["subject"], *expected.get("alts", [])])
    if "method" in expected:
        assert finding.subject_method == expected["method"]
    if "statement" in expected:
        assert finding.statement is not None, f"no statement for {finding.span.text!r}"
        assert finding.statement.text == expected["statement"]
    if "statement_contains" in expected:
        assert finding.statement is not None
        assert expected["statement_contains"] in finding.statement.text


@pytest.mark.parametrize("case", load_cases())
def test_construction_fixture(case, nlp):
    result = nlsurveyextract.extract(case["text"], nlp=nlp)
    assert_offsets(result)
    for expected in case.get("findings", []):
        check_finding(result, expected)
    if case.get("surveys") == []:
        assert result.surveys == (), f"a statistics text with no source got {result.surveys}"
    for expected in case.get("surveys", []):
        assert_survey(result, expected)


def test_every_construction_has_fixtures():
    labels = [param.id for param in load_cases()]
    counts = Counter(construction_of(label) for label in labels)
    assert len(counts) == len(list(CASES.glob("*.jsonl")))
    assert min(counts.values()) >= 4, counts
    assert len(set(labels)) == len(labels), "labels must be unique"
    stale = sorted(NOT_HANDLED_YET - set(labels))
    assert not stale, f"listed but not a fixture: {stale}"
