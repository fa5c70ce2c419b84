"""A rest of the clause after a figure that says too little on its own.

``De prijs steeg naar 34 procent dit jaar``: what follows the figure only says
when, and the clause before the figure stands in (:func:`only_a_time`). An
amount of time is no time: in ``Een kwart van de artsen heeft te weinig vrije
tijd`` what holds is ``heeft te weinig vrije tijd``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon.grammar import AMOUNT_OF_TIME_WORDS, TIME_WORDS
from .subjects.discourse import MAX_LINK

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Words around a time word in a phrase that only says when: "dit jaar", "in 2022", "vorige maand".
TIME_PHRASE_TAGS = frozenset({"DET", "ADJ", "NUM", "ADP", "ADV", "SPACE"})


def only_a_time(doc: Doc, start: int, end: int) -> bool:
    """``naar 34 procent dit jaar``: what follows the figure only says when.

    Not an amount of time (``heeft ... te weinig vrije tijd``, ``geen tijd``):
    that is what holds for the share.
    """
    if end - start > MAX_LINK:
        return False
    tokens = doc.char_span(start, end, alignment_mode="contract")
    if tokens is None or not any(t.lower_ in TIME_WORDS for t in tokens):
        return False
    if any(t.lower_ in AMOUNT_OF_TIME_WORDS for t in tokens):
        return False
    return all(t.lower_ in TIME_WORDS or t.pos_ in TIME_PHRASE_TAGS or t.is_punct for t in tokens)
