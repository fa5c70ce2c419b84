"""The prefield of a Dutch main clause: what stands before its finite verb is one constituent.

``Van de artsen in opleiding maakt 48 procent overuren``: the fronted group
runs to the verb, over a phrase that narrows it and over a relative clause
closed by a comma (``Van de ouders die hun kind thuis houden, noemt ...``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon.grammar import GROUP_PREPOSITIONS, TIME_WORDS
from .phrases import noun_phrase_after
from .tokens import is_finite_verb

if TYPE_CHECKING:
    from spacy.tokens import Doc


def prefield(doc: Doc, phrase: tuple[int, int], limit: int) -> tuple[int, int]:
    """The fronted group up to the finite verb: ``Van de artsen in opleiding maakt 48 procent ...``.

    A Dutch main clause puts one constituent before its finite verb, so a
    phrase after the group that ends right at that verb belongs to the group
    (``Onder boeren in de provincie wil een derde ...``), unless it is a time
    (``Van de kiezers in 2021 ...`` keeps ``de kiezers``).
    """
    end = phrase[1]
    relative = relative_to_comma(doc, end, limit)
    if relative is not None:
        return phrase[0], relative
    if end >= limit or doc[end].lower_ not in GROUP_PREPOSITIONS:
        return phrase
    following = noun_phrase_after(doc, end + 1)
    if following is None or following[1] >= limit:
        return phrase
    verb = doc[following[1]]  # the finite verb, or the one word before the figure ("kampt 27 procent")
    if not (is_finite_verb(verb) or (following[1] == limit - 1 and verb.is_alpha and verb.is_lower)):
        return phrase
    says_when = any(t.like_num or t.lower_ in TIME_WORDS for t in doc[following[0] : following[1]])
    return phrase if says_when else (phrase[0], following[1])


def relative_to_comma(doc: Doc, j: int, limit: int) -> int | None:
    """``Van de mensen die niet stemden, geeft 43 procent ...``: a relative clause closing the prefield.

    The relative pronoun (``die``, ``dat``, ``wie`` after a preposition: ``voor
    wie``) opens it; a comma, then the finite verb right before the figure,
    closes it: the group runs to the comma.
    """
    if j + 1 < limit and doc[j].pos_ == "ADP" and doc[j + 1].lower_ == "wie":
        j += 1
    if j >= limit or doc[j].lower_ not in ("die", "dat", "wie"):
        return None
    comma = next((k for k in range(j + 2, limit) if doc[k].text == ","), None)
    if comma is None or comma + 2 != limit or not doc[comma + 1].is_alpha:
        return None
    return comma
