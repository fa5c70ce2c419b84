"""A rest of the clause after a figure that says too little on its own.

``De prijs steeg naar 34 procent dit jaar``: what follows the figure only says
when, and the clause before the figure stands in (:func:`only_a_time`). An
amount of time is no time: in ``Een kwart van de artsen heeft te weinig vrije
tijd`` what holds is ``heeft te weinig vrije tijd``. A clause before the
figure that ends in its preposition keeps the figure (:func:`ends_in_preposition`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon.grammar import AMOUNT_OF_TIME_WORDS, GROUP_PREPOSITIONS, TIME_WORDS
from .subjects.discourse import MAX_LINK

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Prepositions that lead to the group a figure is a share of: "komt vaker voor bij" 8 op de 1.000.
_GROUP_LEADS = GROUP_PREPOSITIONS | {"bij"}

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


def ends_in_preposition(doc: Doc, start: int, end: int) -> bool:
    """``Het ziekenhuis is verantwoordelijk voor`` (4 procent van de uitstoot): a clause cut mid-phrase.

    The clause before a figure ends in the preposition that governs the
    figure; what holds keeps the figure and its group, the object of that
    preposition. The prepositions that lead up to a change (``steeg met``,
    ``daalde tot``) are left out before this is asked.
    """
    tokens = doc.char_span(start, end, alignment_mode="contract")
    if tokens is None or len(tokens) < 2 or tokens[-1].pos_ != "ADP":
        return False
    return tokens[-1].lower_ not in _GROUP_LEADS  # not "komt voor bij" 8 op de 1.000 kinderen
