"""The subject in the middle field, after a fronted place and the finite verb.

A Dutch main clause that opens with a prepositional phrase puts its finite
verb second and its subject after the verb, where adverbs, times and other
prepositional phrases may stand before it: ``In de bouw daalde vorige maand
in vrijwel alle regio's het aantal vacatures met 8 procent``. Then the
fronted phrase says where, and the figure is the subject's; also when the
subject is a personal pronoun (``In de kantine hoor je verhalen over ...``),
the fronted phrase is no group the figure counts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon.grammar import TIME_WORDS
from .docview import in_expression
from .phrases import next_word, noun_phrase_after
from .tokens import is_finite_verb, names_people_or_organisations, says_when, states_figure
from .word_order import opening_phrase

if TYPE_CHECKING:
    from spacy.tokens import Doc

PLACE_PREPOSITIONS = frozenset({"in", "op", "bij", "binnen", "buiten"})
"""Prepositions of a fronted phrase that may only say where (``van`` and ``onder`` count a group)."""
SUBJECT_PRONOUNS = frozenset({"je", "jij", "we", "wij", "ze", "zij", "hij", "men", "u"})
# Not "het" or "er": "Bij het waterschap gaat het om 19 procent" states the figure for the fronted phrase.
PRONOUN = (-1, -1)
"""The middle field's subject is a pronoun: no phrase to report, but the fronted phrase is no group."""


def middle_field_subject(doc: Doc, first: int, limit: int) -> tuple[int, int] | None:
    """The subject after the verb of a clause that opens at ``first`` with a place, before ``limit``.

    :data:`PRONOUN` when that subject is a personal pronoun (``gaat het om``,
    ``hoor je``); ``None`` when the clause opens otherwise, or the figure
    itself comes first after the verb (``In de zorg werkt 40 procent ...``).
    """
    first = next_word(doc, first)
    while first < limit and doc[first].pos_ == "ADV":
        first += 1  # "Ook in Spanje ..."
    if first >= limit or doc[first].lower_ not in PLACE_PREPOSITIONS:
        return None
    place = noun_phrase_after(doc, first + 1)
    if place is None or place[1] >= limit or names_people_or_organisations(doc[place[1] - 1]):
        return None  # "Bij jongeren is ...": the fronted phrase names a group
    verb = place[1]
    if doc[verb].lower_ in SUBJECT_PRONOUNS and verb - place[0] > 2:
        verb -= 1  # "In de kantine hoor je ...": the verb was read as the phrase's last noun
    if verb + 1 >= limit or not _finite(doc, verb):
        return None
    return _subject_from(doc, verb + 1, limit)


def _finite(doc: Doc, k: int) -> bool:
    """The finite verb, also one the tagger missed before a pronoun subject (``hoor je``)."""
    token = doc[k]
    if is_finite_verb(token) or states_figure(token):
        return True
    return token.is_alpha and token.is_lower and doc[k + 1].lower_ in SUBJECT_PRONOUNS


def _subject_from(doc: Doc, k: int, limit: int) -> tuple[int, int] | None:
    """The first phrase of the middle field that is no adverb, time or prepositional phrase."""
    while k < limit:
        token = doc[k]
        if in_expression(token):
            return None
        if token.lower_ in SUBJECT_PRONOUNS:
            return PRONOUN
        skipped = _adjunct_end(doc, k, limit)
        if skipped is not None:
            k = skipped
            continue
        phrase = opening_phrase(doc, k, limit)
        return phrase if phrase is not None and phrase[1] <= limit else None
    return None


def _adjunct_end(doc: Doc, k: int, limit: int) -> int | None:
    """Where an adverb, a time (``vorige maand``) or a prepositional phrase at ``k`` ends."""
    token = doc[k]
    if token.pos_ == "ADV" or says_when(token):
        return k + 1
    if token.pos_ == "ADP":
        return _prepositional_end(doc, k, limit)
    j = k
    while j < min(limit, k + 3) and doc[j].pos_ in ("DET", "ADJ", "NUM") and doc[j].lower_ not in TIME_WORDS:
        j += 1
    return j + 1 if j < limit and doc[j].lower_ in TIME_WORDS else None  # "vorige maand", "dit jaar"


def _prepositional_end(doc: Doc, k: int, limit: int) -> int | None:
    """Where the prepositional phrase at ``k`` ends: ``in alle regio's``, ``in week 13``, ``tot en met 6``."""
    j = next_word(doc, k + 1)
    if j + 1 < limit and doc[j].lower_ == "en" and doc[j + 1].pos_ == "ADP":
        j = next_word(doc, j + 2)  # "tot en met 16"
    if j < limit and doc[j].pos_ == "ADV":
        j = next_word(doc, j + 1)  # "in vrijwel alle regio's"
    if j < limit and doc[j].lower_ in TIME_WORDS:
        j += 1  # "in week 13"
    elif j < limit and not doc[j].like_num:
        phrase = noun_phrase_after(doc, j)
        if phrase is None or phrase[1] > limit:
            return None
        j = phrase[1]
    if j < limit and doc[j].like_num and not in_expression(doc[j]):
        j += 1  # "in 2023", "tot en met 16"
    return j if j <= limit else None
