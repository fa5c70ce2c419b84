"""Shared fixtures: the real shipped pipeline, loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "fixtures"


@pytest.fixture(scope="session")
def nlp():
    """The bundled Dutch pipeline with the extraction components, as users get it."""
    import nlsurveyextract

    return nlsurveyextract.load()


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    return FIXTURES
