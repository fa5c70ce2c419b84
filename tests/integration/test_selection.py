"""Selective parsing: only the sentences a finding reads go through the model.

The articles are written for these tests. What is parsed is checked on the
Doc itself (tokens without a dependency label were never parsed) and with a
real component added behind the parser that records the tokens it is given.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

import nlsurveyextract
from nlsurveyextract.config import DEFAULT_CONFIG
from nlsurveyextract.intake.prepare import prepare_text
from nlsurveyextract.pipeline import extract_doc, parser_text
from nlsurveyextract.stages.selection import context_sentences, parse_selectively, sentences_to_parse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "subjects" / "constructions.jsonl"

WITHOUT_FIGURE = (
    "Gemeente opent nieuwe bibliotheek\n\n"
    "De nieuwe bibliotheek aan het Marktplein gaat zaterdag open. Wethouder Jansen knipt het lint door.\n\n"
    "Bezoekers kunnen er ook terecht voor koffie en een krant."
)

FILLER = "De vergadering duurde tot laat in de avond en werd daarna geschorst tot volgende week. "

ARTICLE = (
    "Telers zien somber in\n\n"
    "De zomer was droog. Dat merkten de telers in het hele land.\n\n" + FILLER * 30 + "\n\n"
    "Het kabinet zwijgt. Veel telers kampen met tekorten. Slechts negen procent heeft een plan. "
    "De minister komt met een reactie. Die volgt na de zomer.\n\n"
    "De oogst van volgend jaar is nog onzeker."
)

SEEN: list[str] = []


@Language.component("test_records_parsed_tokens")
def records_parsed_tokens(doc: Doc) -> Doc:
    """Behind the parser: note the text the model was given."""
    SEEN.append(doc.text)
    return doc


@pytest.fixture(scope="module")
def recording_nlp() -> Language:
    nlp = nlsurveyextract.load()
    nlp.add_pipe("test_records_parsed_tokens", after="parser")
    return nlp


def sentence_texts(doc: Doc, indices: list[int]) -> list[str]:
    sentences = list(doc.sents)
    return [sentences[k].text.strip() for k in indices]


def test_an_article_without_a_figure_is_never_parsed(recording_nlp: Language) -> None:
    SEEN.clear()
    [doc] = parse_selectively(recording_nlp, [WITHOUT_FIGURE])
    assert SEEN == []
    assert not doc.has_annotation("DEP")
    assert not doc.has_annotation("POS")
    assert nlsurveyextract.extract(WITHOUT_FIGURE, nlp=recording_nlp).findings == ()


def test_only_the_chosen_sentences_reach_the_model(recording_nlp: Language) -> None:
    SEEN.clear()
    [doc] = parse_selectively(recording_nlp, [ARTICLE])
    parsed = [token.text for token in doc if token.dep_]
    assert "Slechts" in parsed and "telers" in parsed
    assert "oogst" not in parsed
    seen = "".join(SEEN)
    assert "Slechts negen procent" in seen
    assert 0 < seen.count("vergadering") < ARTICLE.count("vergadering")


def marked_article(nlp: Language) -> tuple[Doc, list[int], list]:
    doc = nlp.get_pipe("nlsurveyextract_sentences")(nlp.make_doc(ARTICLE))
    figures = list(nlp.get_pipe("nlsurveyextract_percentages")(doc).spans["nlsurveyextract_percentages"])
    return doc, [sentence.start for sentence in doc.sents], figures


def test_sentences_to_parse_names_the_figure_sentence(nlp: Language) -> None:
    doc, starts, figures = marked_article(nlp)
    assert sentence_texts(doc, sentences_to_parse(doc, starts, figures)) == [
        "Slechts negen procent heeft een plan."
    ]


@pytest.mark.parametrize(
    ("text", "chosen"),
    [
        pytest.param(
            "Het weer was goed. Gouda en Edam stegen.\nRespectievelijk 4 en 6 procent meer kaas ging weg.",
            ["Gouda en Edam stegen.", "Respectievelijk 4 en 6 procent meer kaas ging weg."],
            id="respectievelijk-opens",
        ),
        pytest.param(
            "Het weer was goed. Jan en Piet kwamen. Ze kregen respectievelijk 30 en 40 procent.",
            ["Jan en Piet kwamen.", "Ze kregen respectievelijk 30 en 40 procent."],
            id="respectievelijk-inside",
        ),
        pytest.param(
            "Het weer was goed. Jan en Piet kwamen. Ze kregen 30 procent.",
            ["Ze kregen 30 procent."],
            id="no-pairing-word",
        ),
    ],
)
def test_the_sentence_before_is_parsed_for_respectievelijk(
    nlp: Language, text: str, chosen: list[str]
) -> None:
    doc = nlp.get_pipe("nlsurveyextract_sentences")(nlp.make_doc(text))
    figures = list(nlp.get_pipe("nlsurveyextract_percentages")(doc).spans["nlsurveyextract_percentages"])
    starts = [sentence.start for sentence in doc.sents]
    assert sentence_texts(doc, sentences_to_parse(doc, starts, figures)) == chosen


@pytest.mark.parametrize(
    ("text", "following"),
    [
        pytest.param(
            "De stemming peilen.\n61%\nvan de jongeren vindt het goed.", True, id="figure-on-its-own-line"
        ),
        pytest.param(
            "Het bleef onrustig. De rente steeg naar 4 procent.\nDe beurs zakte.", True, id="figure-ends-it"
        ),
        pytest.param(
            "Het bleef onrustig. De rente steeg met 4 procent deze week.\nDe beurs zakte.",
            False,
            id="words-after",
        ),
    ],
)
def test_the_sentence_after_a_figure_is_parsed_only_when_the_figure_ends_its_own(
    nlp: Language, text: str, following: bool
) -> None:
    doc = nlp.get_pipe("nlsurveyextract_sentences")(nlp.make_doc(text))
    figures = list(nlp.get_pipe("nlsurveyextract_percentages")(doc).spans["nlsurveyextract_percentages"])
    starts = [sentence.start for sentence in doc.sents]
    chosen = sentences_to_parse(doc, starts, figures)
    assert (len(starts) - 1 in chosen) is following


def test_context_sentences_name_headline_lead_and_paragraph(nlp: Language) -> None:
    doc, starts, figures = marked_article(nlp)
    chosen = sentence_texts(doc, context_sentences(doc, starts, figures))
    assert chosen[:3] == [
        "Telers zien somber in",
        "De zomer was droog.",
        "Dat merkten de telers in het hele land.",
    ]
    assert chosen[-3:] == [
        "Het kabinet zwijgt.",
        "Veel telers kampen met tekorten.",
        "Slechts negen procent heeft een plan.",
    ]
    assert "Die volgt na de zomer." not in chosen
    assert len(chosen) < len(starts) - 2


def test_the_elliptical_figure_takes_the_group_of_its_paragraph(nlp: Language) -> None:
    [finding] = nlsurveyextract.extract(ARTICLE, nlp=nlp).findings
    assert finding.subject is not None
    assert finding.subject.text == "Veel telers"
    assert finding.subject_method == "context"


def construction_texts() -> list:
    cases = [json.loads(line) for line in FIXTURES.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [pytest.param(case["text"], id=case["label"]) for case in cases]


@pytest.mark.parametrize("text", construction_texts())
def test_selective_and_full_parsing_give_the_same_findings(nlp: Language, text: str) -> None:
    prepared = prepare_text(text, "<text>", DEFAULT_CONFIG)
    full = extract_doc(nlp(parser_text(prepared.text)), prepared)
    assert nlsurveyextract.extract(text, nlp=nlp).findings == full.findings


def test_a_one_megabyte_article_extracts(nlp: Language) -> None:
    paragraph = (
        "Het waterschap verhoogt de heffing. Ruim zestig procent van de boeren vreest de kosten.\n\n"
        + "De polder ligt er stil bij. Op de dijk staan schapen en de molen draait langzaam.\n\n" * 30
    )
    text = (paragraph * (990_000 // len(paragraph)))[:990_000]
    result = nlsurveyextract.extract(text, nlp=nlp)
    assert len(result.findings) == text.count("zestig procent")
    assert all(f.subject is not None and f.subject.text == "de boeren" for f in result.findings)
    assert all(result.text[f.span.start : f.span.end] == f.span.text for f in result.findings)


@pytest.mark.parametrize(
    ("text", "conductors"),
    [
        pytest.param(
            "Uit een peiling van Ipsos onder 1.200 kiezers blijkt dat ze twijfelen.",
            ["Ipsos"],
            id="peiling",
        ),
        pytest.param(
            "Het onderzoek is uitgevoerd door de Fietsersbond. Veel fietsers ergeren zich.",
            ["Fietsersbond"],
            id="door",
        ),
        pytest.param("Het weer blijft de hele week wisselvallig, met af en toe een bui.", [], id="no-survey"),
    ],
)
def test_an_article_without_a_figure_gets_the_surveys_a_full_pipeline_finds(nlp, text, conductors):
    fast = nlsurveyextract.extract(text, nlp=nlp)
    full = nlsurveyextract.extract_doc(nlp(text))
    assert fast.findings == () == full.findings
    assert fast.surveys == full.surveys
    assert [c.text for survey in fast.surveys for c in survey.conductor] == conductors
