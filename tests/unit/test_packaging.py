"""Packaging: both licences declared, the model card and notice in the wheel, one version line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nlsurveyextract import __version__
from nlsurveyextract.about import version_line, versions

tomllib = pytest.importorskip("tomllib", reason="tomllib is in the standard library from Python 3.11")

REPO = Path(__file__).resolve().parents[2]
PROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))


def test_the_wheel_declares_the_code_and_model_licences():
    assert PROJECT["project"]["license"] == "MIT AND CC-BY-SA-4.0"
    assert PROJECT["project"]["license-files"] == ["LICENSE", "models/LICENSE"]
    assert "MIT License" in (REPO / "LICENSE").read_text(encoding="utf-8")
    assert "CC BY-SA 4.0" in (REPO / "models/LICENSE").read_text(encoding="utf-8")


def test_the_model_card_and_notice_ship_beside_the_pipeline():
    included = PROJECT["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    assert included["models/README.md"] == "nlsurveyextract/models/README.md"
    assert included["models/LICENSE"] == "nlsurveyextract/models/LICENSE"
    assert all((REPO / source).exists() for source in included)


def test_the_whole_component_is_an_entry_point():
    factories = PROJECT["project"]["entry-points"]["spacy_factories"]
    assert factories["nlsurveyextract"] == "nlsurveyextract.component:make_survey_extractor"


def test_the_saved_tokenizer_factory_is_an_entry_point_spacy_finds():
    from importlib.metadata import entry_points

    from nlsurveyextract.saved_tokenizer import FACTORY, saved_tokenizer

    declared = PROJECT["project"]["entry-points"]["spacy_tokenizers"]
    assert declared[FACTORY] == "nlsurveyextract.saved_tokenizer:saved_tokenizer"
    [installed] = [e for e in entry_points(group="spacy_tokenizers") if e.name == FACTORY]
    assert installed.load() is saved_tokenizer


def test_the_version_line_names_package_model_and_spacy():
    meta = json.loads((REPO / "models/nl_nlsurveyextract_sm/meta.json").read_text(encoding="utf-8"))
    assert versions()["model"] == f"nlsurveyextract_sm {meta['version']}"
    assert version_line().startswith(
        f"nlsurveyextract {__version__} (model nlsurveyextract_sm {meta['version']}, spaCy 3.8"
    )


def test_the_model_card_states_the_shipped_config():
    card = (REPO / "models/README.md").read_text(encoding="utf-8")
    config = (REPO / "models/nl_nlsurveyextract_sm/config.cfg").read_text(encoding="utf-8")
    assert "patience = 1600" in config and "max_steps = 6400" in config and "hidden_width = 128" in config
    assert "`patience` 1,600 steps, `max_steps` 6,400" in card
    assert "with hidden width 128" in card
