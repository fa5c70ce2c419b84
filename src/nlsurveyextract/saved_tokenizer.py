"""A tokenizer for a pipeline whose saved tokenizer fills it: the Dutch rules are built once.

spaCy makes a pipeline's tokenizer from the language's defaults (for Dutch
some 4,655 special cases, each tokenised to check it) and then, loading the
pipeline from disk, throws all of it away for the tokenizer saved with the
pipeline, whose special cases it builds again. For the shipped pipeline
:func:`nlsurveyextract.load` names this factory instead, which makes an empty
tokenizer for the saved one to fill: a third of ``load()``'s own time.

A pipeline saved from it names the factory in its config; the
``spacy_tokenizers`` entry point lets ``spacy.load`` find it without an
import. Built from the config alone (without ``from_disk``), the tokenizer
has no rules and splits on white space only.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokenizer import Tokenizer
from spacy.util import registry

if TYPE_CHECKING:
    from spacy.language import Language

FACTORY = "nlsurveyextract.saved_tokenizer.v1"


def saved_tokenizer() -> Callable[[Language], Tokenizer]:
    """The factory spaCy calls: an empty tokenizer over the pipeline's vocabulary."""

    def make(nlp: Language) -> Tokenizer:
        return Tokenizer(nlp.vocab)

    return make


registry.tokenizers.register(FACTORY, func=saved_tokenizer)
