"""Measure phrases: ``het aantal faillissementen in de bouw``, ``de rente op spaargeld``.

Statistics news states a figure for a measure, not a group. The measure noun
(``aantal``, ``rente``, ``hypotheekrente``) names a number, so the phrase keeps
what says whose number it is: a bare noun, the prepositional phrases after it
and a relative clause closed by a comma; it stops before the finite verb, a
figure and a phrase that only says when.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon.grammar import (
    DEGREE_WORDS,
    DETERMINERS,
    MEASURE_HEAD_ENDINGS,
    MEASURE_NOUNS,
    MEASURE_PREPOSITIONS,
    TIME_WORDS,
)
from .phrases import MAX_NOUN_PHRASE, next_word, noun_phrase_after, past_premodifiers
from .relative import relative_clause_end
from .tokens import is_figure, is_finite_verb, is_noun, is_number, morph, noun_read_as_adjective

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def is_measure_noun(token: Token) -> bool:
    """``aantal``, ``rente``, ``hypotheekrente``: a noun that names a measure, by its (last) part."""
    word = token.lower_
    compound = len(word) > 6 and word.endswith(MEASURE_HEAD_ENDINGS)
    if word in MEASURE_NOUNS and token.pos_ == "ADJ":  # "Het gemiddelde van ...": an adjective used as a noun
        following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        return following is None or not (is_noun(following) or following.pos_ == "ADJ")
    return is_noun(token) and (word in MEASURE_NOUNS or compound)


def measure_phrase(doc: Doc, first: int, limit: int) -> tuple[int, int] | None:
    """``Het aantal faillissementen in de bouw``: a determiner, a measure noun and what completes it.

    The measure noun names a number, not a group, so the phrase keeps what
    says whose number it is: a bare noun (``het aandeel zonnestroom``), the
    prepositional phrases after it (``de vraag naar warmtepompen in Utrecht``)
    and a relative clause closed by a comma (``Het percentage leerlingen dat
    blijft zitten, daalde``). It stops before the finite verb, a figure and a
    phrase that only says when (``in het derde kwartaal``).
    """
    if first >= limit or doc[first].lower_ not in DETERMINERS:
        return None
    j = (
        first + 1
        if first + 1 < limit and is_measure_noun(doc[first + 1])
        else past_premodifiers(doc, first + 1, limit)
    )
    if j >= limit or not is_measure_noun(doc[j]):
        return None
    return first, measure_complement_end(doc, j + 1, limit)


def measure_complement_end(doc: Doc, j: int, limit: int) -> int:
    """Where the complements of a measure noun that ends before ``j`` end (at most ``limit``)."""
    head = j - 1
    bare = noun_phrase_after(doc, j, determiner=False) if _may_open_bare_complement(doc, j, limit) else None
    if bare is None and j < limit and noun_read_as_adjective(doc[j]):
        bare = (j, j + 1)
    if bare is not None and _plain_phrase(doc, bare, limit) and doc[bare[1] - 1].lower_ not in TIME_WORDS:
        j = bare[1]  # "het aandeel zonnestroom", "het aantal werkenden", "het aandeel te zware kinderen"
    while j < limit and doc[j].lower_ in MEASURE_PREPOSITIONS:
        phrase = noun_phrase_after(doc, j + 1)
        if phrase is None or not _plain_phrase(doc, phrase, limit) or _says_when(doc, j, phrase):
            break
        j = phrase[1]
    end = _relative_clause_end(doc, j, limit)
    if end == j:  # "Het aandeel jongeren dat rookt daalde": a relative clause without a comma
        widened = relative_clause_end(doc, j, head)
        end = widened if widened <= limit else j
    return end


def _may_open_bare_complement(doc: Doc, j: int, limit: int) -> bool:
    """Whether a noun phrase without ``van`` may start at ``j``: not a preposition, verb or determiner."""
    if j >= limit or doc[j].pos_ == "AUX" or doc[j].lower_ in DETERMINERS:
        return False
    if doc[j].pos_ == "VERB" and "Inf" in morph(doc[j], "VerbForm") and _after_finite_verb(doc, j):
        return False  # "bleef de werkloosheid hangen op 3,6 procent": the clause's infinitive
    return doc[j].pos_ != "ADP" or doc[j].lower_ in DEGREE_WORDS  # "te zware kinderen"


def _after_finite_verb(doc: Doc, j: int) -> bool:
    """Whether the finite verb stands before ``j``: the subject came after it, the clause's verbs follow."""
    return any(is_finite_verb(t) for t in doc[doc[j].sent.start : j])


def _plain_phrase(doc: Doc, phrase: tuple[int, int], limit: int) -> bool:
    """A phrase before ``limit`` with no figure and no finite verb the tagger took for a noun."""
    tokens = doc[phrase[0] : phrase[1]]
    return phrase[1] <= limit and not any(is_figure(t) or is_finite_verb(t) for t in tokens)


def _says_when(doc: Doc, preposition: int, phrase: tuple[int, int]) -> bool:
    """``in het derde kwartaal``, ``in 2023``: a time, not a complement (``van tien jaar`` is one)."""
    if doc[preposition].lower_ == "van":
        return False
    head = doc[phrase[1] - 1]
    return head.lower_ in TIME_WORDS or is_number(head)


def _relative_clause_end(doc: Doc, j: int, limit: int) -> int:
    """``dat blijft zitten,`` after a measure: a relative clause up to its comma, before the main verb."""
    if j >= limit or doc[j].lower_ not in ("dat", "die"):
        return j
    comma = next((k for k in range(j + 1, min(limit, j + MAX_NOUN_PHRASE)) if doc[k].text == ","), None)
    if comma is None or not any(is_finite_verb(t) for t in doc[j + 1 : comma]):
        return j
    after = next_word(doc, comma + 1)
    return comma if after < limit and is_finite_verb(doc[after]) else j
