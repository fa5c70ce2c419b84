"""Bracketed items in a list: the clause a later item's statement is read from.

``Ook huisartsen worden genoemd, zoals Jan de Vries (5,9 procent) en Piet
Bakker (2,6 procent)``: what holds for either figure is the clause before the
list (:func:`list_head`). ``De rest kwam met de bus (30 procent) of de tram (8
procent)``: nothing follows the second item, and its clause starts with the
first item's (:func:`second_item_clause`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from ..text.docview import Offsets, previous_expression, text_of
from .clause_edges import clause_bounds

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan

# Words that open a list of examples after the clause they belong to:
# "..., zoals Utrecht (12 procent) en Zwolle (9 procent)".
_LIST_OPENER = regex.compile(
    r"\s*(?:zoals|waaronder|onder\s+wie|onder\s+meer|met\s+name|bijvoorbeeld|namelijk)\s"
)

# What stands between one bracketed item's figure and the next item: ") en ", "), ".
_ITEM_GAP = regex.compile(r"\s*\)\s*,?\s*(?:(?:en|of)\s+)?")


def _previous_item(doc: Doc, span: SpacySpan, start: int, sentence: Offsets) -> tuple[SpacySpan, int] | None:
    """The bracketed item before the one whose clause starts at ``start``, and where its clause starts."""
    text = text_of(doc)
    previous = previous_expression(span)
    if previous is None or _ITEM_GAP.fullmatch(text, previous.end_char, start) is None:
        return None
    bracket = text.rfind("(", sentence[0], previous.start_char)
    return None if bracket < 0 else (previous, clause_bounds(text, bracket, bracket, sentence)[0])


def second_item_clause(doc: Doc, span: SpacySpan, start: int, sentence: Offsets) -> int | None:
    """Where the clause of a pair of bracketed items starts, for the second item.

    ``De rest kwam met de bus (30 procent) of de tram (8 procent)``: the clause
    of ``de tram`` (from ``start``, past the ``of``) starts at ``De rest``, with
    the first item's. Not for a third item: its clause would carry every item
    before it (``Gent (31 procent), Luik (18 procent) en Namen``), and it keeps its own.
    """
    previous = _previous_item(doc, span, start, sentence)
    if previous is None or _previous_item(doc, previous[0], previous[1], sentence) is not None:
        return None
    return previous[1]


def list_head(doc: Doc, span: SpacySpan, start: int, sentence: Offsets) -> Offsets | None:
    """The clause a list of bracketed examples belongs to, before the comma that opens the list.

    ``Ook huisartsen worden genoemd, zoals Jan de Vries (5,9 procent) en Piet
    Bakker (2,6 procent)``: what holds for either figure is ``Ook huisartsen
    worden genoemd``, not the name of the item (nor the item before it).
    """
    text = text_of(doc)
    previous = previous_expression(span)
    while previous is not None and _ITEM_GAP.fullmatch(text, previous.end_char, start) is not None:
        bracket = text.rfind("(", sentence[0], previous.start_char)
        if bracket < 0:
            break
        start = clause_bounds(text, bracket, bracket, sentence)[0]
        previous = previous_expression(previous)
    if start <= sentence[0] or text[start - 1] != "," or _LIST_OPENER.match(text, start) is None:
        return None
    return clause_bounds(text, start - 1, start - 1, sentence)[0], start - 1
