"""The public contract: offsets are honest, models are frozen and strict."""

import json

import pytest
from pydantic import ValidationError

from nlsurveyextract.schema import ArticleResult, Finding, Span, Survey, json_schema

TEXT = "Vier op de tien respondenten sporten wekelijks, meldt het Nibud."


def finding(**changes):
    fields = {
        "value": 40.0,
        "form": "ratio",
        "span": Span.of(TEXT, 0, 15),
        "subject": Span.of(TEXT, 16, 28),
        "sentence": Span.of(TEXT, 0, len(TEXT)),
        "confidence": 0.9,
    }
    fields.update(changes)
    return Finding(**fields)


def test_span_of_slices_the_text():
    span = Span.of(TEXT, 16, 28)
    assert span.text == "respondenten"
    assert TEXT[span.start : span.end] == span.text


@pytest.mark.parametrize(
    ("text", "start", "end", "message"),
    [
        pytest.param("abc", 0, 2, "cover 2", id="too-short"),
        pytest.param("abc", 3, 0, "before its start", id="reversed"),
    ],
)
def test_span_rejects_offsets_that_cannot_hold_its_text(text, start, end, message):
    with pytest.raises(ValidationError, match=message):
        Span(text=text, start=start, end=end)


def test_result_rejects_a_span_that_does_not_slice_back():
    wrong = Span(text="Nibud", start=0, end=5)
    with pytest.raises(ValidationError, match="does not match the text there"):
        ArticleResult(source="x", text=TEXT, findings=(finding(subject=wrong),))


def test_result_rejects_a_link_to_a_missing_survey():
    with pytest.raises(ValidationError, match="survey 1, which does not exist"):
        ArticleResult(source="x", text=TEXT, findings=(finding(survey=1),), surveys=(Survey(),))


def test_result_accepts_honest_offsets_and_round_trips_through_json():
    survey = Survey(conductor=(Span.of(TEXT, 58, 63),))
    result = ArticleResult(source="x", text=TEXT, findings=(finding(survey=0),), surveys=(survey,))
    again = ArticleResult.model_validate_json(result.model_dump_json())
    assert again == result
    data = json.loads(result.model_dump_json())
    assert data["findings"][0]["span"] == {"text": "Vier op de tien", "start": 0, "end": 15}
    assert data["surveys"][0]["conductor"][0]["text"] == "Nibud"


def test_models_are_frozen_and_forbid_unknown_fields():
    item = finding()
    with pytest.raises(ValidationError):
        item.value = 50.0  # type: ignore[misc]
    with pytest.raises(ValidationError, match="extra"):
        finding(percentage=40)


@pytest.mark.parametrize(
    "changes",
    [
        pytest.param({"confidence": 1.5}, id="confidence-above-one"),
        pytest.param({"unit": "promille"}, id="unknown-unit"),
        pytest.param({"qualifier": "roughly"}, id="unknown-qualifier"),
        pytest.param({"low": 30.0, "high": 20.0}, id="reversed-range"),
    ],
)
def test_finding_rejects_out_of_range_fields(changes):
    with pytest.raises(ValidationError):
        finding(**changes)


def test_json_schema_documents_the_scored_paths():
    schema = json_schema()
    assert set(schema["required"]) >= {"source", "text"}
    finding_schema = schema["$defs"]["Finding"]
    assert "value" in finding_schema["properties"]
    assert finding_schema["properties"]["span"]["description"]
    assert "conductor" in schema["$defs"]["Survey"]["properties"]
