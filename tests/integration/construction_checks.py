"""Checks shared by the construction tests: find a figure's finding, compare its subject or survey.

A figure is named by its words (``12 procent``); the finding that holds it may quote more
(``Bijna twee derde`` for ``twee derde``), so an exact quote wins and containment is the fallback.
"""

from __future__ import annotations

from collections.abc import Sequence

from nlsurveyextract.schema import ArticleResult, Finding, Survey


def finding_for(result: ArticleResult, figure: str) -> Finding:
    """The finding quoted exactly as ``figure``, else the first whose quote contains it."""
    quotes = [finding.span.text for finding in result.findings]
    for finding in result.findings:
        if finding.span.text == figure:
            return finding
    for finding in result.findings:
        if figure in finding.span.text:
            return finding
    raise AssertionError(f"not detected: {figure!r} in {quotes}")


def assert_subject(finding: Finding, accepted: Sequence[str]) -> None:
    """The finding's subject is one of the accepted spans, with offsets that slice back to it."""
    assert finding.subject is not None, f"no subject for {finding.span.text!r}, expected {accepted}"
    assert finding.subject.text in accepted, (
        f"{finding.span.text!r}: subject {finding.subject.text!r} ({finding.subject_method}), "
        f"expected one of {list(accepted)}"
    )


def conductor_names(survey: Survey) -> list[str]:
    """The survey's conductors as written."""
    return [span.text for span in survey.conductor]


def survey_matches(survey: Survey, expected: dict) -> bool:
    """Every field the expectation states holds for ``survey`` (conductors in any order)."""
    if "conductor" in expected and sorted(conductor_names(survey)) != sorted(expected["conductor"]):
        return False
    if "sample_size" in expected and survey.sample_size != expected["sample_size"]:
        return False
    if expected.get("population") is not None:
        return survey.population is not None and survey.population.text == expected["population"]
    return True


def assert_survey(result: ArticleResult, expected: dict) -> None:
    """Some survey of the result carries all the expected fields."""
    found = [(conductor_names(s), s.sample_size, s.population and s.population.text) for s in result.surveys]
    assert any(survey_matches(survey, expected) for survey in result.surveys), (
        f"expected a survey with {expected}, found {found}"
    )


def assert_offsets(result: ArticleResult) -> None:
    """Every reported span slices back to its text."""
    for record in (*result.findings, *result.surveys):
        for span in record.spans():
            assert result.text[span.start : span.end] == span.text
