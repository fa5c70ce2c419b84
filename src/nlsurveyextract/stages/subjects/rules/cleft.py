"""A cleft sentence: ``Het zijn vooral huurders die verhuizen (41 procent)``.

Dutch puts a group in focus with ``Het is``/``Het zijn`` + the group + a
relative clause (ANS §21.4), also behind a fronted phrase (``Volgens de
bond is het ...``) and in a subordinate clause, the copula after the
group (``blijkt dat het vooral huurders zijn die ...``). ``Het`` is an
empty subject: the figure is stated for the group in focus, ``huurders``,
not for ``Het`` and not for the group with its relative clause (which says
what holds for the group). The figure stands in that relative clause
(``die met 6 procent stegen``), in brackets in or after it, after ``met``
(``..., met 44 procent``) or in a tail after a colon (``Het is vooral de
jongste groep die afhaakt: 37 procent``), also when the tail is a clause of
its own whose subject the figure is (``: 37 procent stopt binnen een jaar``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ....lexicon.grammar import CLEFT_COPULAS, CLEFT_RELATIVES, FOCUS_WORDS, SUBORDINATORS
from ....text.docview import Offsets, char_offsets
from ....text.phrases import next_word, noun_phrase_after
from ....text.tokens import is_finite_verb, is_group_head, is_noun

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ....text.clauses import Clause, Figure

MAX_FOCUS_WORDS = 3
TAIL_SEPARATORS = frozenset({",", ":"})
"""What closes the relative clause before a tail: ``..., met 44 procent``, ``...: 37 procent``."""


def cleft(clause: Clause, figure: Figure) -> Offsets | None:
    """``Het is vooral de jongste groep die afhaakt (37 procent)`` -> ``de jongste groep``."""
    doc, limit = clause.doc, figure.span.start
    group = clefted_group(doc, clause.sentence[0], limit) or _subordinate_cleft(
        doc, clause.sentence[0], limit
    )
    if group is None or not _in_cleft(clause, group[1], limit):
        return None
    return char_offsets(doc, group)


def _subordinate_cleft(doc: Doc, first: int, limit: int) -> tuple[int, int] | None:
    """``blijkt dat het vooral [jongeren] zijn die ...``: a subordinate cleft, the copula after the group."""
    for k in range(first, limit - 4):
        if doc[k].lower_ not in SUBORDINATORS or doc[k + 1].lower_ != "het":
            continue
        j, focus = next_word(doc, k + 2), 0
        while j < limit and doc[j].lower_ in FOCUS_WORDS and focus < MAX_FOCUS_WORDS:
            j, focus = next_word(doc, j + 1), focus + 1
        phrase = noun_phrase_after(doc, j)
        if phrase is None or phrase[1] + 1 >= limit or not is_group_head(doc[phrase[1] - 1]):
            return None
        copula, relative = doc[phrase[1]], doc[phrase[1] + 1]
        cleft = copula.lower_ in CLEFT_COPULAS and relative.lower_ in CLEFT_RELATIVES
        return phrase if cleft else None
    return None


def clefted_group(doc: Doc, first: int, limit: int) -> tuple[int, int] | None:
    """The group in focus of a cleft that opens at ``first``: ``Het zijn vooral [ouderen] die ...``."""
    j = _after_cleft_opening(doc, first, limit)
    if j is None:
        return None
    focus = 0
    while j < limit and doc[j].lower_ in FOCUS_WORDS and focus < MAX_FOCUS_WORDS:
        j, focus = next_word(doc, j + 1), focus + 1
    phrase = noun_phrase_after(doc, j)
    if phrase is None or phrase[1] >= limit or doc[phrase[1]].lower_ not in CLEFT_RELATIVES:
        return None
    if not is_group_head(doc[phrase[1] - 1]) or doc[phrase[1]].pos_ == "SCONJ":
        return None  # "Het is de tweede keer dat ...": a time, and ``dat`` a conjunction
    return phrase


def _after_cleft_opening(doc: Doc, first: int, limit: int) -> int | None:
    """The word after ``Het is``, or after ``is het`` behind a fronted phrase (``Volgens de bond is het``)."""
    verb = next((k for k in range(first, limit) if is_finite_verb(doc[k])), None)
    if verb is None or verb + 2 >= limit or doc[verb].lower_ not in CLEFT_COPULAS:
        return None
    if verb == next_word(doc, first) + 1 and doc[verb - 1].lower_ == "het":
        return next_word(doc, verb + 1)
    return next_word(doc, verb + 2) if doc[verb + 1].lower_ == "het" and verb > first else None


def _in_cleft(clause: Clause, group_end: int, limit: int) -> bool:
    """The figure stands in brackets in the cleft's relative clause, or in a tail after it.

    In the relative clause a figure may be another noun's (``die hun tarief
    met 6 procent verhoogden``), not where no noun stands before it (``die
    met 6 procent stegen``); a tail has no verb before the figure.

    ``Het zijn vooral ouderen die stemmen, maar bij jongeren steeg de opkomst
    met 8 procent``: a clause of its own with its own subject, not the tail.
    """
    doc = clause.doc
    if clause.start <= group_end:  # in the relative clause: bracketed, or with no other noun before it
        return doc[limit - 1].text == "(" or not any(is_noun(t) for t in doc[group_end:limit])
    separators = [t for t in doc[group_end : clause.start] if t.text in TAIL_SEPARATORS]
    if len(separators) != 1 or doc[clause.start - 1].text not in TAIL_SEPARATORS:
        return False
    return not clause.has_finite_verb(clause.start, limit)
