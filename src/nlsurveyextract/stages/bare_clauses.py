"""A short clause before a figure, or a phrase around it: what the statement keeps.

``Dat is bijna 12 procent van de begroting``: the figure is the predicate of
``is``, and the statement keeps it (:func:`~.clause_edges.bare_clause`).
``Dat doet maar één op de tien fietsers``: the figure and its group are the
subject after the verb (V2 with the object ``Dat`` fronted), and what holds
for the share is ``Dat doet``, without them. ``Een 10 procent hogere huur``:
the figure says by how much a noun is higher, and what holds is the phrase
(:func:`modified_noun_phrase`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon.grammar import AMOUNT_VERBS, FIGURE_WORDS
from ..text.docview import Offsets, in_expression
from ..text.tokens import is_finite_verb, morph

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan


def figure_is_inverted_subject(doc: Doc, start: int, end: int) -> bool:
    """Whether the clause ``start:end`` before a figure has a finite verb that is not an amount verb.

    ``Dat vindt`` (40 procent van de ouders) -> True; ``Dat is`` (12 procent
    van de begroting), a clause without a finite verb (``Dit tegenover``) and a
    verb alone (``..., denkt bijna de helft``: not a statement of one word) -> False.
    """
    tokens = doc.char_span(start, end, alignment_mode="contract")
    if tokens is None:
        return False
    verbs = [t for t in tokens if is_finite_verb(t) and not in_expression(t)]
    if not verbs or verbs[0].i == tokens.start:  # "..., denkt de helft": a lone verb says nothing
        return False
    return all(t.lower_ not in AMOUNT_VERBS for t in verbs)


MAX_MODIFIED_NOUN_WORDS = 4
"""Words after a comparative up to the noun it modifies: ``goedkopere 'zwarte goud'``."""


def modified_noun_phrase(doc: Doc, span: SpacySpan) -> Offsets | None:
    """``Een 10 procent hogere huur trof vooral de studentenhuizen``: the figure inside a noun phrase.

    A figure before a comparative adjective says by how much the noun is
    higher, cheaper or larger; what holds for it is the noun phrase itself
    (``Een 10 procent hogere huur``), not the clause the phrase is part of.
    """
    if span.end >= len(doc) or not _comparative(doc[span.end]):
        return None
    if not (doc[span.end - 1].lower_ in FIGURE_WORDS or doc[span.end - 1].text.endswith("%")):
        return None  # "De meeste zekere stemmen": a quantity word, not an amount of difference
    head = None
    for token in doc[span.end + 1 : span.end + 1 + MAX_MODIFIED_NOUN_WORDS]:
        if token.pos_ in ("NOUN", "PROPN"):
            head = token
        elif token.is_space or not (token.pos_ == "ADJ" or token.is_quote):
            break
    if head is None:
        return None
    start = span.start - 1 if span.start > 0 and doc[span.start - 1].pos_ == "DET" else span.start
    last = head.i + 1 if head.i + 1 < len(doc) and doc[head.i + 1].is_quote else head.i
    return int(doc[start].idx), int(doc[last].idx + len(doc[last].text))


def _comparative(token: Token) -> bool:
    """``hogere``, ``goedkopere``: a comparative adjective by its morphology or its Dutch ending."""
    return "Cmp" in morph(token, "Degree") or (token.lower_.endswith("ere") and len(token.text) > 5)
