"""A rest of the clause after a figure that says too little on its own.

``De prijs steeg naar 34 procent dit jaar``: what follows the figure only says
when, and the clause before the figure stands in (:func:`only_a_time`). An
amount of time is no time: in ``Een kwart van de artsen heeft te weinig vrije
tijd`` what holds is ``heeft te weinig vrije tijd``. A clause before the
figure that ends in its preposition keeps the figure (:func:`ends_in_preposition`).
A phrase left over from the group (``Een derde van hen kwam uit ...``) is no
part of what holds (:func:`past_group_phrase`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon.grammar import AMOUNT_OF_TIME_WORDS, GROUP_PREPOSITIONS, SUBORDINATORS, TIME_WORDS
from ..text.docview import Offsets
from ..text.tokens import is_finite_verb
from .subjects.discourse import MAX_LINK

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan

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


MAX_GROUP_PHRASE_WORDS = 8
"""Words of a phrase on the group before the verb: ``voor tandartspraktijken in het noorden``."""

# What a prepositional phrase on the group is made of: "van de Zeeuwse telers".
_PHRASE_TAGS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM", "ADP"})

# Prepositions that attach a phrase to the group it follows: "De kosten voor huisartsen".
_GROUP_PHRASE_LEADS = GROUP_PREPOSITIONS | {"voor", "bij"}

# Words that open a clause whose finite verb comes last: "dat 83 procent ... op 4 mei belangrijk vindt".
_VERB_LAST_OPENERS = SUBORDINATORS | {"als", "of", "wanneer", "nadat", "toen", "die", "wie", "waar"}


def past_group_phrase(doc: Doc, offsets: Offsets, figure: SpacySpan, subject: Offsets | None) -> Offsets:
    """``Een derde van hen kwam uit Syrië``: a phrase of the group before the verb is no statement.

    A statement that opens right where the figure or its subject ends with a
    preposition, a noun phrase and then a finite verb starts at that verb:
    the phrase belongs to the group (``De kosten voor tandartsen stegen``),
    not to what holds for it. Not in a clause with its
    verb last (``toen de koers ... in een uur 12 procent zakte``): there the
    phrase belongs to the predicate.
    """
    groups = ((figure.start_char, figure.end_char), *([subject] if subject is not None else []))
    group = next((g for g in groups if 0 <= offsets[0] - g[1] <= 1), None)
    if group is None or any(_opens_verb_last_clause(doc, g[0]) for g in groups):
        return offsets
    tokens = doc.char_span(offsets[0], offsets[1], alignment_mode="contract")
    if tokens is None or len(tokens) < 3 or tokens[0].lower_ not in _GROUP_PHRASE_LEADS:
        return offsets
    for token in tokens[1 : MAX_GROUP_PHRASE_WORDS + 1]:
        if is_finite_verb(token):
            return (token.idx, offsets[1]) if token.i > tokens[1].i else offsets
        if token.pos_ not in _PHRASE_TAGS:
            return offsets
    return offsets


def _opens_verb_last_clause(doc: Doc, start: int) -> bool:
    """Whether the word before ``start`` opens a clause with its verb last: ``dat``, ``toen``."""
    before = doc.char_span(0, start, alignment_mode="contract") if start > 0 else None
    return before is not None and len(before) > 0 and before[-1].lower_ in _VERB_LAST_OPENERS
