"""Where a statement ends before a coordinated clause with a subject of its own.

``Ruim 30 procent van de telers wil stoppen en de provincie wil hen
uitkopen``: what holds for the share is ``wil stoppen``; the clause after
``en`` is about the province (:func:`before_own_clause`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from ..lexicon.grammar import SUBORDINATORS
from ..text.docview import Offsets, in_expression, sentence_parsed
from ..text.tokens import is_finite_verb

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

_OWN_SUBJECT = frozenset({"nsubj", "nsubj:pass"})

# A definite subject right after "en" and before its finite verb: "en de handelaren kochten".
# Words that open a subordinate or relative clause, inside which "en" joins no main clauses.
_OPENS_SUBCLAUSE = SUBORDINATORS | frozenset(
    {"als", "wanneer", "nadat", "voordat", "toen", "die", "wie", "waar"}
)

MAX_SUBJECT_WORDS = 4
"""Words of a subject between ``en`` and its verb: ``en de Japanse banken``."""

# A definite subject right after "en" and before its finite verb: "en de handelaren kochten".
_SUBJECT_WORDS = frozenset({"DET", "ADJ", "NOUN", "PROPN"})


def before_own_clause(doc: Doc, span: SpacySpan, offsets: Offsets) -> Offsets:
    """End a statement before a coordinated clause with a subject of its own.

    ``Ruim 30 procent van de telers wil stoppen en de provincie wil hen
    uitkopen``: the clause after ``en`` says what holds for the province, not
    for the share; what holds is ``wil stoppen``. The parse says which verb
    ``en`` coordinates and whether that verb has its own subject; where it
    does not, a determiner, its noun and a finite verb right after ``en``
    say so, in a clause no subordinator opened (not ``vindt dat de lonen en
    de prijzen stijgen``). A conjunct that shares the subject (``is scholier
    en werkt alleen op zaterdag``: its verb right after ``en``) stays.
    """
    if not sentence_parsed(doc, span.start):
        return offsets
    tokens = doc.char_span(max(offsets[0], span.end_char), offsets[1], alignment_mode="contract")
    for token in tokens if tokens is not None else ():
        if token.pos_ in ("SCONJ", "PRON") and token.lower_ in _OPENS_SUBCLAUSE:
            return offsets  # "..., dat de lonen en de prijzen stijgen": inside a clause of its own
        if token.pos_ == "CCONJ" and (_conjunct_subject(token) or _subject_then_verb(doc, token.i)):
            end = token.idx
            while end > offsets[0] and doc.text[end - 1] in " ,":
                end -= 1
            return (offsets[0], end) if end > offsets[0] else offsets
    return offsets


def _conjunct_subject(token: Token) -> bool:
    """By the parse: ``en`` joins a finite verb, not right after it, that has a subject of its own."""
    verb = token.head
    if token.dep_ != "cc" or verb.dep_ != "conj" or verb.i <= token.i + 1 or not is_finite_verb(verb):
        return False  # "en vindt het werk ...": a verb right after "en" shares the subject
    return any(child.dep_ in _OWN_SUBJECT and child.i > token.i for child in verb.children)


def _subject_then_verb(doc: Doc, k: int) -> bool:
    """By word order: ``en de handelaren kochten``, a determiner, its noun, then a finite verb."""
    if k + 2 >= len(doc) or doc[k + 1].pos_ != "DET":
        return False
    for token in doc[k + 2 : k + 2 + MAX_SUBJECT_WORDS]:
        if is_finite_verb(token):
            return doc[token.i - 1].pos_ in ("NOUN", "PROPN")
        if token.pos_ not in _SUBJECT_WORDS or in_expression(token):
            return False
    return False


# A coordinator that opens a statement: "en beleggers belonen dat", "maar de rest wil ...".
_LEADING_COORDINATOR = regex.compile(r"(?:en|of|maar)\s+(?=\S)")
_TRAILING_COORDINATOR = regex.compile(r"(?<=\S)[\s,]+(?:en|of|maar)\Z")


def without_leading_coordinator(text: str, offsets: Offsets) -> Offsets:
    """``..., en ruim 40 procent wil verhuizen`` read from the clause start: not ``en``.

    The coordinator joins the statement's clause to the one before it (or,
    at its end, to the next one); it says nothing of what holds for the share.
    """
    lead = _LEADING_COORDINATOR.match(text, offsets[0], offsets[1])
    start = offsets[0] if lead is None else lead.end()
    tail = _TRAILING_COORDINATOR.search(text, start, offsets[1])  # "... (29 procent) en": the next one's
    return start, offsets[1] if tail is None else tail.start()
