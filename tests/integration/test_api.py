"""The Python API as a data pipeline uses it: text, bytes, files, batches, errors."""

from __future__ import annotations

from pathlib import Path

import pytest

import nlsurveyextract
from nlsurveyextract.errors import BinaryInputError, EmptyInputError, InputTooLargeError, ModelError
from nlsurveyextract.schema import ArticleResult, ErrorRecord

TEXT = "Ruim zestig procent van de boeren wil de stal verduurzamen. Een kwart heeft al geld gereserveerd."


def test_extract_text_gives_values_spans_and_subjects(nlp):
    result = nlsurveyextract.extract(TEXT, nlp=nlp, source="boeren")
    assert result.source == "boeren"
    assert [(f.value, f.span.text) for f in result.findings] == [
        (60.0, "Ruim zestig procent"),
        (25.0, "Een kwart"),
    ]
    assert [f.qualifier for f in result.findings] == ["more_than", "exact"]
    assert result.findings[0].subject is not None
    assert result.findings[0].subject.text == "de boeren"
    assert result.findings[0].sentence.text == "Ruim zestig procent van de boeren wil de stal verduurzamen."


def test_extract_bytes_in_legacy_encoding(nlp):
    result = nlsurveyextract.extract("Één op de vijf scholieren spijbelt.".encode("cp1252"), nlp=nlp)
    assert result.encoding == "cp1252"
    assert result.text.startswith("Één op de vijf")
    assert result.findings[0].value == 20.0


def test_extract_doc_works_with_a_users_own_run(nlp):
    doc = nlp(TEXT)
    result = nlsurveyextract.extract_doc(doc)
    assert [f.value for f in result.findings] == [60.0, 25.0]


@pytest.mark.parametrize(
    ("raw", "error", "message"),
    [
        pytest.param(b"", EmptyInputError, "empty", id="empty-bytes"),
        pytest.param("   \n\t ", EmptyInputError, "no article text", id="white-space"),
        pytest.param(b"\x7fELF\x02\x01\x01" + b"\x00" * 64, BinaryInputError, "binary", id="executable"),
        pytest.param("x" * 2000, InputTooLargeError, "more than the limit", id="too-large"),
    ],
)
def test_bad_input_raises_a_clear_error(nlp, raw, error, message):
    config = nlsurveyextract.ExtractConfig(max_bytes=1000)
    with pytest.raises(error, match=message):
        nlsurveyextract.extract(raw, nlp=nlp, config=config)


def test_extract_many_accounts_for_every_input_in_order(nlp, tmp_path: Path):
    good = tmp_path / "goed.txt"
    good.write_text(TEXT, encoding="utf-8")
    empty = tmp_path / "leeg.txt"
    empty.write_bytes(b"")
    records = list(nlsurveyextract.extract_many([good, empty, tmp_path / "weg.txt", good], nlp=nlp))
    assert [type(r) for r in records] == [ArticleResult, ErrorRecord, ErrorRecord, ArticleResult]
    assert [r.source for r in records] == [str(good), str(empty), str(tmp_path / "weg.txt"), str(good)]
    assert records[1].error.kind == "empty"
    assert records[2].error.kind == "unreadable"


def test_english_text_is_extracted_with_a_warning(nlp):
    english = (
        "Almost half of the respondents (48 percent) said that they would vote for the party again, "
        "while the rest of the people who were asked in the poll did not know what they would do."
    )
    result = nlsurveyextract.extract(english, nlp=nlp)
    assert any("does not look Dutch" in warning for warning in result.warnings)


def test_load_another_pipeline_by_path_keeps_working(nlp, tmp_path: Path):
    nlp.to_disk(tmp_path / "pipeline")
    other = nlsurveyextract.load(tmp_path / "pipeline")
    assert other.pipe_names.count("nlsurveyextract_percentages") == 1
    assert nlsurveyextract.extract(TEXT, nlp=other).findings[1].value == 25.0


def test_load_refuses_a_pipeline_for_another_language(tmp_path: Path):
    import spacy

    spacy.blank("en").to_disk(tmp_path / "english")
    with pytest.raises(ModelError, match="not Dutch"):
        nlsurveyextract.load(tmp_path / "english")


def test_confidence_follows_how_the_subject_was_found(nlp):
    first, second = nlsurveyextract.extract(TEXT, nlp=nlp).findings
    assert first.subject_method == "of_group"
    assert second.subject_method == "context"
    assert second.subject is not None and second.subject.text == "de boeren"
    assert first.confidence > second.confidence >= 0.8  # the group of the figure just before


def test_a_survey_population_across_a_paragraph_is_a_weak_guess(nlp):
    text = (
        "Het onderzoek werd gehouden onder 800 melkveehouders.\n\n"
        "Stikstof blijft een zorg.\n\n"
        "Ruim de helft wil de stal verduurzamen."
    )
    (finding,) = nlsurveyextract.extract(text, nlp=nlp).findings
    assert finding.subject_method == "context"
    assert finding.subject is not None and finding.subject.text == "melkveehouders"
    assert finding.confidence < 0.5


def test_extract_doc_says_what_to_do_when_the_finder_did_not_run():
    import spacy

    with pytest.raises(ModelError, match="add_extraction_pipes"):
        nlsurveyextract.extract_doc(spacy.blank("nl")("Vier op de tien."))


def test_add_extraction_pipes_makes_any_dutch_pipeline_work():
    import spacy

    from nlsurveyextract.pipeline import add_extraction_pipes

    nlp = add_extraction_pipes(spacy.blank("nl"))
    result = nlsurveyextract.extract_doc(nlp("Vier op de tien Nederlanders sporten."))
    assert [f.value for f in result.findings] == [40.0]
    assert any("no dependency parser" in warning for warning in result.warnings)
