"""The whole-findings spaCy component, used the way spaCy users use components.

Every check runs in a fresh interpreter (a real subprocess) that has not
imported nlsurveyextract: spaCy must find the factory through the
``spacy_factories`` entry point, both for ``add_pipe`` and for a saved pipeline.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import nlsurveyextract
from nlsurveyextract.pipeline import shipped_model_path

ARTICLE = (
    "Thuiswerken blijft populair bij kantoorpersoneel\n\n"
    "Bijna zestig procent van de kantoormedewerkers werkt minstens twee dagen per week thuis. "
    "Dat blijkt uit een peiling van Werkpanel onder 1.500 werknemers.\n\n"
    "Vooral jongeren zijn enthousiast: 72 procent wil nooit meer fulltime naar kantoor. "
    "Van de managers maakt een kwart zich zorgen over de samenwerking, "
    "terwijl in de zorg (12 procent) en het onderwijs (18 procent) weinig thuis wordt gewerkt.\n"
)

FRESH_RUN = textwrap.dedent(
    """
    import json, sys
    assert "nlsurveyextract" not in sys.modules
    import spacy
    model, text, saved = sys.argv[1], sys.stdin.read(), sys.argv[2]
    nlp = spacy.load(model)
    if "nlsurveyextract" not in nlp.pipe_names:
        nlp.add_pipe("nlsurveyextract")
    doc = nlp(text)
    if saved != "-":
        nlp.to_disk(saved)
    print(json.dumps({
        "pipe_names": nlp.pipe_names,
        "result": json.loads(doc._.nlse_result.model_dump_json()),
        "spans": [
            {
                "text": span.text,
                "subject": span._.nlse_subject and span._.nlse_subject.text,
                "statement": span._.nlse_statement and span._.nlse_statement.text,
                "sample_size": span._.nlse_survey and span._.nlse_survey.sample_size,
                "value": span._.nlse_finding.value,
            }
            for span in doc.spans["nlsurveyextract"]
        ],
    }))
    """
)


def run_fresh(model: Path, saved: str = "-") -> dict:
    done = subprocess.run(
        [sys.executable, "-c", FRESH_RUN, str(model), saved],
        input=ARTICLE.encode("utf-8"),
        capture_output=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode()
    return json.loads(done.stdout)


def comparable(result: dict) -> dict:
    """A result without its source name, which says only how it was called."""
    return {key: value for key, value in result.items() if key != "source"}


@pytest.fixture(scope="module")
def expected(nlp) -> dict:
    return json.loads(nlsurveyextract.extract(ARTICLE, nlp=nlp).model_dump_json())


@pytest.fixture(scope="module")
def saved_and_run(tmp_path_factory) -> tuple[Path, dict]:
    saved = tmp_path_factory.mktemp("pipeline") / "nl_met_extractie"
    return saved, run_fresh(shipped_model_path(), str(saved))


def test_add_pipe_gives_the_same_result_as_extract(saved_and_run, expected):
    _, run = saved_and_run
    assert comparable(run["result"]) == comparable(expected)
    assert [f["value"] for f in expected["findings"]] == [60.0, 72.0, 25.0, 12.0, 18.0]
    assert expected["surveys"][0]["sample_size"] == 1500


def test_add_pipe_adds_every_stage_it_needs_in_order(saved_and_run):
    _, run = saved_and_run
    names = run["pipe_names"]
    assert names.index("nlsurveyextract_sentences") < names.index("parser")
    assert names.index("parser") < names.index("nlsurveyextract_percentages") < names.index("nlsurveyextract")


def test_finding_spans_carry_subject_statement_and_survey(saved_and_run, expected):
    _, run = saved_and_run
    assert [span["text"] for span in run["spans"]] == [f["span"]["text"] for f in expected["findings"]]
    assert [span["subject"] for span in run["spans"]] == [
        f["subject"] and f["subject"]["text"] for f in expected["findings"]
    ]
    assert [span["statement"] for span in run["spans"]] == [
        f["statement"] and f["statement"]["text"] for f in expected["findings"]
    ]
    assert run["spans"][0]["subject"] == "de kantoormedewerkers"
    assert {span["sample_size"] for span in run["spans"]} == {1500}


def test_saved_pipeline_loads_without_importing_the_package(saved_and_run, expected):
    saved, _ = saved_and_run
    reloaded = run_fresh(saved)
    assert reloaded["pipe_names"].count("nlsurveyextract_sentences") == 1
    assert comparable(reloaded["result"]) == comparable(expected)


def test_a_text_that_needs_repair_keeps_the_docs_offsets(nlp):
    import spacy

    own = spacy.load(shipped_model_path())
    own.add_pipe("nlsurveyextract")
    doc = own("Ruim de helft (54 procent) is geÃ¯nteresseerd.")
    result = doc._.nlse_result
    assert result.text == doc.text
    assert any("needs repair" in warning for warning in result.warnings)
    assert [span.text for span in doc.spans["nlsurveyextract"]] == ["Ruim de helft (54 procent)"]


@pytest.fixture(scope="module")
def component_doc():
    import spacy

    own = spacy.load(shipped_model_path())
    own.add_pipe("nlsurveyextract")
    return own, own(ARTICLE)


def without_stage_values(doc):
    """The Doc without the values the stages store in their own extensions (PercentExpression,
    SurveyMention objects), which msgpack packs only where a stage registers an encoder; the
    component's own extensions are getters over its JSON result and stay."""
    for key in [key for key in doc.user_data if isinstance(key, tuple) and key[0] == "._."]:
        del doc.user_data[key]
    return doc


def test_the_findings_survive_doc_serialisation(component_doc):
    from spacy.tokens import Doc

    own, doc = component_doc
    again = Doc(own.vocab).from_bytes(without_stage_values(doc.copy()).to_bytes())
    assert again._.nlse_result == doc._.nlse_result
    spans = again.spans["nlsurveyextract"]
    assert [span._.nlse_finding.value for span in spans] == [60.0, 72.0, 25.0, 12.0, 18.0]
    assert spans[0]._.nlse_subject.text == "de kantoormedewerkers"
    assert spans[0]._.nlse_survey.sample_size == 1500


def test_a_doc_the_component_did_not_see_has_no_result(nlp):
    doc = nlp("Vier op de tien Nederlanders sporten.")
    assert doc._.nlse_result is None
    assert doc.spans["nlsurveyextract_percentages"][0]._.nlse_finding is None
