"""The percentage finder as a spaCy component: spans on the Doc, declared the spaCy way."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from nlsurveyextract.stages.percentages import EXTENSION, FACTORY, SPANS_KEY, PercentageFinder


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    pipeline = spacy.blank("nl")
    pipeline.add_pipe("nlsurveyextract_percentages")
    return pipeline


def test_component_stores_spans(nlp: spacy.language.Language) -> None:
    doc = nlp("Bijna de helft (49 procent) wil meer. Vier op de tien twijfelt.")
    spans = doc.spans[SPANS_KEY]
    assert [s.text for s in spans] == ["Bijna de helft (49 procent)", "Vier op de tien"]
    assert spans[0]._.get(EXTENSION).value == 49
    assert spans[1]._.get(EXTENSION).form == "ratio"


def test_component_expands_to_tokens(nlp: spacy.language.Language) -> None:
    doc = nlp("De omzet daalde (-3,2%) flink.")
    (span,) = doc.spans[SPANS_KEY]
    assert "-3,2%" in span.text
    assert span._.get(EXTENSION).direction == "down"


def test_component_custom_key() -> None:
    pipeline = spacy.blank("nl")
    pipeline.add_pipe("nlsurveyextract_percentages", config={"spans_key": "pct"})
    doc = pipeline("Daarvan zegt 16 procent ja.")
    assert [s.text for s in doc.spans["pct"]] == ["16 procent"]


def test_component_empty_doc(nlp: spacy.language.Language) -> None:
    doc = nlp("Geen cijfers hier.")
    assert list(doc.spans[SPANS_KEY]) == []


def test_extension_registered_once() -> None:
    PercentageFinder()
    PercentageFinder("other")
    assert spacy.tokens.Span.has_extension(EXTENSION)


def test_component_survives_serialisation(tmp_path: Path, nlp: spacy.language.Language) -> None:
    nlp.to_disk(tmp_path / "pipe")
    loaded = spacy.load(tmp_path / "pipe")
    doc = loaded("Ruim 30 procent stemde tegen.")
    assert [s.text for s in doc.spans[SPANS_KEY]] == ["Ruim 30 procent"]


def test_the_factory_declares_what_it_assigns(nlp: spacy.language.Language) -> None:
    meta = nlp.get_pipe_meta(FACTORY)
    assert meta.assigns == ["doc.spans", f"span._.{EXTENSION}"]
    assert meta.requires == []
    assert nlp.analyze_pipes()["problems"][FACTORY] == []
