"""Long texts are read slice by slice, with the same findings, and no Doc outlives its extraction."""

from __future__ import annotations

import gc
import weakref

import pytest

import nlsurveyextract
from nlsurveyextract.errors import InputTooLargeError
from nlsurveyextract.intake.prepare import prepare_text
from nlsurveyextract.pipeline import parse

# Paragraphs that each stand on their own: their subjects and surveys are named inside them.
PARAGRAPHS = (
    "Uit een peiling van Agrimonitor onder 1.200 veehouders blijkt dat 62 procent van de "
    "melkveehouders de stal wil verduurzamen. Een kwart van de varkenshouders twijfelt nog.",
    "Volgens een enquête van de Fietsersbond onder 3.000 leden voelt 45 procent van de fietsers "
    "zich onveilig in de stad. Van de ouders laat 30 procent de kinderen niet alleen fietsen.",
    "Het Nibud ondervroeg 900 studenten. Van de studenten met een bijbaan leent 18 procent het "
    "maximale bedrag, en bijna de helft van de thuiswonende studenten spaart elke maand.",
    "Uit onderzoek van Ipsos onder 2.000 Nederlanders blijkt dat zeven op de tien kiezers de "
    "verkiezingen belangrijk vinden. Slechts 12 procent van de jongeren volgt het debat.",
    "De ANWB vroeg 4.500 automobilisten naar hun ergernissen. Ruim 70 procent van de "
    "automobilisten ergert zich aan bumperkleven, en een derde van de forenzen aan files.",
    "Uit een rondvraag van Bouwend Nederland onder 600 aannemers blijkt dat 38 procent van de "
    "bouwbedrijven personeel tekort komt. Van de kleine aannemers stelt 15 procent projecten uit.",
    "Het Trimbos-instituut ondervroeg 1.500 scholieren. Van de scholieren in de bovenbouw heeft "
    "22 procent wel eens gevapet, en twee op de tien brugklassers kent iemand die vapet.",
    "Volgens een peiling van de Consumentenbond onder 2.400 leden betaalt 55 procent van de "
    "huurders te veel voor energie. Bijna een op de vijf kopers zegt de rekening niet te begrijpen.",
    "Uit een enquête van Natuurmonumenten onder 800 wandelaars blijkt dat 64 procent van de "
    "wandelaars vaker het bos in wil. Van de gezinnen met kinderen gaat 41 procent elke maand.",
)
ARTICLE = "\n\n".join(PARAGRAPHS)
IN_SLICES = nlsurveyextract.ExtractConfig(slice_chars=1_000)


def shape(result: nlsurveyextract.ArticleResult) -> list[tuple[object, ...]]:
    """What a reader compares of each finding: value, where it stands, its subject and survey."""
    rows = []
    for finding in result.findings:
        survey = None if finding.survey is None else result.surveys[finding.survey]
        rows.append(
            (
                finding.value,
                finding.span.start,
                finding.subject.text if finding.subject else None,
                finding.statement.text if finding.statement else None,
                tuple(c.text for c in survey.conductor) if survey else None,
                survey.sample_size if survey else None,
            )
        )
    return rows


def test_an_article_read_in_slices_gives_the_findings_it_gives_whole(nlp):
    whole = nlsurveyextract.extract(ARTICLE, nlp=nlp)
    sliced = nlsurveyextract.extract(ARTICLE, nlp=nlp, config=IN_SLICES)
    assert len(ARTICLE) > 1_500
    assert len(whole.findings) == 2 * len(PARAGRAPHS)
    assert shape(sliced) == shape(whole)
    assert len(sliced.surveys) == len(whole.surveys) == len(PARAGRAPHS)
    for finding in sliced.findings:
        assert sliced.text[finding.span.start : finding.span.end] == finding.span.text
        assert sliced.text[finding.sentence.start : finding.sentence.end] == finding.sentence.text


def test_the_surveys_of_later_slices_are_linked_by_their_index_in_the_article(nlp):
    sliced = nlsurveyextract.extract(ARTICLE, nlp=nlp, config=IN_SLICES)
    last = sliced.findings[-1]
    assert last.value == 41.0
    assert last.survey == len(sliced.surveys) - 1
    assert [c.text for c in sliced.surveys[last.survey].conductor] == ["Natuurmonumenten"]


def test_a_text_longer_than_the_pipelines_max_length_is_read_in_slices(nlp):
    config = nlsurveyextract.ExtractConfig(max_bytes=10_000)
    rain = "Het regent. " * 170
    text = f"Ruim 40 procent van de boeren stopt.\n\n{rain}\n\nEen kwart van de telers twijfelt."
    before, nlp.max_length = nlp.max_length, 1_000
    try:
        result = nlsurveyextract.extract(text, nlp=nlp, config=config)
    finally:
        nlp.max_length = before
    assert len(text) > 2_000
    assert [(f.value, f.subject.text if f.subject else None) for f in result.findings] == [
        (40.0, "de boeren"),
        (25.0, "de telers"),
    ]


def test_parse_refuses_a_text_over_max_length_and_names_what_slices_it(nlp):
    prepared = prepare_text("Ruim 40 procent. " + "x" * 1983, "lang.txt", nlsurveyextract.ExtractConfig())
    before, nlp.max_length = nlp.max_length, 1_000
    try:
        with pytest.raises(InputTooLargeError, match=r"lang\.txt: 2000 characters .* extract_prepared\(\)"):
            parse(nlp, prepared)
    finally:
        nlp.max_length = before


def test_a_doc_is_freed_once_its_result_is_built(nlp):
    doc = nlp("Vier op de tien Nederlanders sporten wekelijks, blijkt uit een peiling van Ipsos.")
    result = nlsurveyextract.extract_doc(doc)
    assert result.findings[0].value == 40.0
    gone = weakref.ref(doc)
    del doc
    gc.collect()
    assert gone() is None, "something still holds the Doc: every extracted article would stay in memory"


def test_slices_shorter_than_a_thousand_characters_are_refused():
    from pydantic import ValidationError

    with pytest.raises(ValidationError, match="slice_chars"):
        nlsurveyextract.ExtractConfig(slice_chars=999)


def test_findings_of_one_sentence_share_their_sentence_span_and_stay_independent_copies(nlp):
    result = nlsurveyextract.extract("Van de kiezers twijfelt 20 procent, 30 procent niet.", nlp=nlp)
    first, second = result.findings
    assert first.sentence is second.sentence
    changed = first.model_copy(update={"confidence": 0.125})
    assert changed.confidence == 0.125 and first.confidence != 0.125
    assert first.model_fields_set == set(type(first).model_fields)
    assert first.model_dump(exclude_unset=True) == first.model_dump()
