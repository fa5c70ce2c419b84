"""The stages as spaCy components: names and order, declared attributes, spans key, pickling."""

from __future__ import annotations

import pickle

import pytest
import spacy

import nlsurveyextract
from nlsurveyextract.errors import ModelError
from nlsurveyextract.pipeline import add_extraction_pipes, shipped_model_path

STAGES = [
    "nlsurveyextract_percentages",
    "nlsurveyextract_surveys",
    "nlsurveyextract_subjects",
    "nlsurveyextract_statements",
    "nlsurveyextract_linking",
]

# A Dutch article written for these tests: a survey, a partitive group, a
# fronted group, a bracketed list, a change and an elliptical figure.
ARTICLE = (
    "Onderzoeksbureau Veldwerk ondervroeg in mei 1.100 tuinders over hun oogst.\n\n"
    "Veertig procent van de tuinders verwacht een slechter jaar. Van de jonge telers wil 45 procent "
    "uitbreiden. Vooral de provincie Utrecht (27 procent) en Gelderland (22 procent) zien groei.\n\n"
    "De gemiddelde prijs steeg van 12 naar 17 procent boven het niveau van vorig jaar. "
    "Slechts negen procent heeft een plan voor droge zomers."
)


def test_every_stage_is_a_named_component_in_order(nlp):
    names = nlp.pipe_names
    assert names.index("nlsurveyextract_sentences") < names.index("parser")
    assert names[-len(STAGES) :] == STAGES
    assert names[-1] == "nlsurveyextract_linking"
    assert names.index("parser") < names.index("nlsurveyextract_percentages")


def test_analyze_pipes_finds_no_problems(nlp):
    analysis = nlp.analyze_pipes()
    assert all(problems == [] for problems in analysis["problems"].values()), analysis["problems"]
    assert analysis["attrs"]["doc._.nlse_subjects"]["assigns"] == ["nlsurveyextract_subjects"]
    assert "nlsurveyextract_linking" in analysis["attrs"]["doc._.nlse_statements"]["requires"]


def test_a_doc_pickles_with_its_findings(nlp):
    doc = nlp(ARTICLE)
    restored = pickle.loads(pickle.dumps(doc))
    assert restored._.nlse_findings == doc._.nlse_findings
    assert restored._.nlse_subjects == doc._.nlse_subjects
    assert len(doc._.nlse_findings) == len(doc.spans["nlsurveyextract_percentages"]) > 0


def finding_rows(result):
    return [
        (
            f.value,
            f.span.text,
            (f.span.start, f.span.end),
            f.subject and f.subject.text,
            f.subject_method,
            f.statement and f.statement.text,
            f.survey,
            f.confidence,
        )
        for f in result.findings
    ]


@pytest.fixture(scope="module")
def pct_nlp():
    own = spacy.load(shipped_model_path())
    own.add_pipe("nlsurveyextract_percentages", config={"spans_key": "pct"})
    return add_extraction_pipes(own)


def test_a_configured_spans_key_gives_the_same_findings(nlp, pct_nlp):
    doc = pct_nlp(ARTICLE)
    assert "pct" in doc.spans and "nlsurveyextract_percentages" not in doc.spans
    by_default = nlsurveyextract.extract(ARTICLE, nlp=nlp)
    with_pct = nlsurveyextract.extract(ARTICLE, nlp=pct_nlp)
    assert finding_rows(with_pct) == finding_rows(by_default)
    methods = {f.subject_method for f in by_default.findings}
    assert {"of_group", "fronted_group", "apposition", "context"} <= methods
    assert all(f.statement is not None for f in by_default.findings)


def test_the_statements_stage_says_what_it_needs():
    blank = spacy.blank("nl")
    blank.add_pipe("nlsurveyextract_percentages")
    blank.add_pipe("nlsurveyextract_statements")
    with pytest.raises(ModelError, match="nlsurveyextract_subjects"):
        blank("Veertig procent van de tuinders verwacht een slechter jaar.")


def test_a_saved_pipeline_loads_with_every_stage(nlp, tmp_path):
    nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    assert loaded.pipe_names == nlp.pipe_names
    by_default = nlsurveyextract.extract(ARTICLE, nlp=nlp)
    assert finding_rows(nlsurveyextract.extract(ARTICLE, nlp=loaded)) == finding_rows(by_default)
