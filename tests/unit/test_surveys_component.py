"""The survey stage as a spaCy component: its mentions on the Doc, through pickling."""

from __future__ import annotations

import pickle

import pytest
import spacy

from nlsurveyextract.stages.surveys import (
    EXTENSION,
    FACTORY,
    SurveyMention,
    find_surveys,
    surveys_of,
)

ARTICLE = (
    "Huurders willen vaker verhuizen\n\n"
    "Bijna vier op de tien huurders in Groningen willen binnen twee jaar verhuizen. "
    "Dat blijkt uit een peiling van Peilbureau Noord onder 1.500 huurders, gehouden in maart "
    "in opdracht van de Woonbond. Ruim de helft van de ondervraagden vindt de huur te hoog."
)


def cut(text: str, span: tuple[int, int] | None) -> str | None:
    return None if span is None else text[span[0] : span[1]]


@pytest.fixture(scope="module")
def doc(nlp: spacy.language.Language) -> spacy.tokens.Doc:
    return nlp(ARTICLE)


def test_the_shipped_pipeline_runs_surveys_after_percentages(nlp: spacy.language.Language) -> None:
    names = nlp.pipe_names
    assert names.index(FACTORY) == names.index("nlsurveyextract_percentages") + 1


def test_the_factory_declares_what_it_assigns(nlp: spacy.language.Language) -> None:
    meta = nlp.get_pipe_meta(FACTORY)
    assert meta.assigns == [f"doc._.{EXTENSION}"]
    assert meta.requires == []
    assert nlp.analyze_pipes()["problems"][FACTORY] == []


def test_conductors_sample_population_and_period_on_the_doc(doc: spacy.tokens.Doc) -> None:
    [mention] = doc._.nlse_surveys
    assert isinstance(mention, SurveyMention)
    assert [cut(doc.text, span) for span in mention.conductors] == ["Peilbureau Noord", "Woonbond"]
    assert mention.sample_size == 1500
    assert cut(doc.text, mention.sample_span) == "1.500"
    assert cut(doc.text, mention.population) == "huurders"
    assert cut(doc.text, mention.period) == "in maart"
    assert cut(doc.text, mention.cue) == "peiling van"


def test_the_doc_holds_what_the_pure_function_finds(doc: spacy.tokens.Doc) -> None:
    assert doc._.nlse_surveys == tuple(find_surveys(doc.text))
    assert surveys_of(doc) == doc._.nlse_surveys


def test_the_mentions_survive_pickling_the_doc(doc: spacy.tokens.Doc) -> None:
    restored = pickle.loads(pickle.dumps(doc))
    assert restored.text == doc.text
    assert restored._.nlse_surveys == doc._.nlse_surveys
    assert all(isinstance(m, SurveyMention) for m in restored._.nlse_surveys)


def test_an_article_without_a_survey_gets_an_empty_tuple() -> None:
    blank = spacy.blank("nl")
    blank.add_pipe(FACTORY)
    assert blank("Het regent vandaag in Utrecht.")._.nlse_surveys == ()
    assert blank("")._.nlse_surveys == ()


def test_a_doc_the_component_did_not_see_has_none() -> None:
    assert surveys_of(spacy.blank("nl")("Dat blijkt uit onderzoek van het CBS.")) is None


def test_a_saved_pipeline_loads_the_component_without_an_import(tmp_path) -> None:
    blank = spacy.blank("nl")
    blank.add_pipe(FACTORY)
    blank.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    assert loaded.pipe_names == [FACTORY]
    [mention] = loaded(ARTICLE)._.nlse_surveys
    assert mention.sample_size == 1500
