"""Hand-parsed Dutch sentences for the subject rules: each rule's grammar, independent of the tagger's mood.

The integration tests run the shipped pipeline, whose parse of a given sentence
may be right; these give each rule the parses (right and wrong) it is meant to
read. A row is (word, pos, dep, head, morph); the blank pipeline's percentage
component marks the figures.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy
from handparsed import build
from spacy.tokens import Doc

from nlsurveyextract.stages.percentages import FACTORY


@pytest.fixture(scope="session")
def blank_nl():
    nlp = spacy.blank("nl")
    nlp.add_pipe(FACTORY)
    return nlp


@pytest.fixture
def parse(blank_nl) -> Callable[..., Doc]:
    return lambda rows, **options: build(blank_nl, rows, **options)
