"""Golden articles we wrote (fixtures/articles): repaired text, findings, subjects, surveys."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import nlsurveyextract
from nlsurveyextract.intake.reading import split_header
from nlsurveyextract.intake.repair import repair

ARTICLES = Path(__file__).resolve().parents[2] / "fixtures" / "articles"


def golden_cases() -> list:
    return [
        pytest.param(path, id=path.name.removesuffix(".expected.json"))
        for path in sorted(ARTICLES.glob("*.expected.json"))
    ]


@pytest.fixture(params=golden_cases())
def golden(request, nlp):
    expected_path: Path = request.param
    article = expected_path.with_name(expected_path.name.replace(".expected.json", ".txt"))
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    return expected, article, nlsurveyextract.extract_file(article, nlp=nlp)


def test_text_is_repaired_exactly(golden):
    _, article, result = golden
    clean = article.with_name(article.name.replace(".txt", ".clean.txt"))
    if clean.exists():
        clean_text = clean.read_text(encoding="utf-8")
        assert result.text == clean_text[split_header(clean_text).body_start :]
    assert repair(result.text).text == result.text
    assert "Ã" not in result.text and "â€" not in result.text


def test_header_fields(golden):
    expected, _, result = golden
    assert str(result.date) == expected["date"]


def test_every_expected_finding_with_value_and_subject(golden):
    expected, _, result = golden
    found = {finding.span.text: finding for finding in result.findings}
    for item in expected["findings"]:
        assert item["quote"] in found, f"missed {item['quote']!r}; found {list(found)}"
        finding = found[item["quote"]]
        assert finding.value == pytest.approx(item["value"], abs=0.05)
        if "qualifier" in item:
            assert finding.qualifier == item["qualifier"]
        assert finding.subject is not None and finding.subject.text in item["subject"], (
            f"{item['quote']!r}: subject {finding.subject and finding.subject.text!r}, "
            f"want one of {item['subject']}"
        )


def test_no_finding_on_non_proportions(golden):
    expected, _, result = golden
    assert len(result.findings) == len(expected["findings"])
    for words in expected.get("not_findings", []):
        assert all(words not in finding.span.text for finding in result.findings)


def test_surveys(golden):
    expected, _, result = golden
    assert len(result.surveys) == len(expected["surveys"])
    for got, want in zip(result.surveys, expected["surveys"], strict=True):
        assert [span.text for span in got.conductor] == want["conductor"]
        assert got.sample_size == want["sample_size"]
        assert got.population is not None and got.population.text == want["population"]
    assert all(finding.survey == 0 for finding in result.findings)


def test_every_span_slices_back_to_its_text(golden):
    _, _, result = golden
    spans = [span for finding in result.findings for span in finding.spans()]
    spans += [span for survey in result.surveys for span in survey.spans()]
    assert spans
    for span in spans:
        assert result.text[span.start : span.end] == span.text
