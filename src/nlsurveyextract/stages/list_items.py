"""Bracketed items in a list: the clause a later item's statement is read from.

``Ook huisartsen worden genoemd, zoals Jan de Vries (5,9 procent) en Piet
Bakker (2,6 procent)``: what holds for either figure is the clause before the
list (:func:`list_head`). ``Het overige deel reist per bus (26 procent) of
metro (7 procent)``: nothing follows the second item, and its clause starts
with the first item's (:func:`second_item_clause`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from ..lexicon.grammar import COORDINATORS
from ..text.docview import (
    Offsets,
    char_offsets,
    in_expression,
    previous_expression,
    sentence_bounds,
    text_of,
)
from ..text.tokens import is_finite_verb
from .clause_edges import CLAUSE_BREAKS, clause_bounds, trimmed

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

    from .subjects import SubjectChoice

# Words that open a list of examples after the clause they belong to:
# "..., zoals Utrecht (12 procent) en Zwolle (9 procent)".
_LIST_OPENER = regex.compile(
    r"\s*(?:zoals|waaronder|onder\s+wie|onder\s+meer|met\s+name|bijvoorbeeld|namelijk)\s"
)

# What stands between one bracketed item's figure and the next item: ") en ", "), ".
_ITEM_GAP = regex.compile(r"\s*\)\s*,?\s*(?:(?:en|of)\s+)?")

# A ranking named item by item: "..., gevolgd door zorg (38 procent), onderwijs (27 procent) en ...".
_RANKING = regex.compile(r"\s*gevolgd\s+door\s")


def _previous_item(doc: Doc, span: SpacySpan, start: int, sentence: Offsets) -> tuple[SpacySpan, int] | None:
    """The bracketed item before the one whose clause starts at ``start``, and where its clause starts."""
    text = text_of(doc)
    previous = previous_expression(span)
    if previous is None or _ITEM_GAP.fullmatch(text, previous.end_char, start) is None:
        return None
    bracket = text.rfind("(", sentence[0], previous.start_char)
    return None if bracket < 0 else (previous, clause_bounds(text, bracket, bracket, sentence)[0])


def char_offsets_of(doc: Doc, span: SpacySpan) -> Offsets:
    """The character offsets of the sentence ``span`` stands in."""
    return char_offsets(doc, sentence_bounds(doc, span.start))


def second_item_clause(doc: Doc, span: SpacySpan, start: int, sentence: Offsets) -> int | None:
    """Where the clause of a pair of bracketed items starts, for the second item.

    ``Het overige deel reist per bus (26 procent) of metro (7 procent)``: the
    clause of ``metro`` (from ``start``, past the ``of``) starts at ``Het
    overige deel``, with the first item's. Not for a third item: its clause would carry every item
    before it (``Gent (31 procent), Luik (18 procent) en Namen``); :func:`of_the_list` gives it
    what holds for the list. Nor in a ranking (``..., gevolgd door de rente (22 procent) en de
    wachttijd``): it names its items one by one.
    """
    previous = _previous_item(doc, span, start, sentence)
    if previous is None or _previous_item(doc, previous[0], previous[1], sentence) is not None:
        return None
    ranked = _RANKING.match(text_of(doc), previous[1]) or _RANKING.match(text_of(doc), start)
    return None if ranked else previous[1]  # "gevolgd door zorg (38 procent)": a ranking names its items


def first_of_long_list(doc: Doc, span: SpacySpan) -> SpacySpan | None:
    """The first figure of a list of bracketed items, for its third or later item.

    ``Het vaakst genoemd werden Lego (31 procent), Playmobil (22 procent) en
    Duplo (15 procent)``: for ``15 procent`` the list opens at ``31 procent``.
    None for a first or second item, or a figure in no list.
    """
    text = text_of(doc)
    sentence = char_offsets_of(doc, span)
    bracket = text.rfind("(", sentence[0], span.start_char)
    if bracket < 0 or text[bracket + 1 : span.start_char].strip():
        return None
    items: list[tuple[SpacySpan, int]] = []
    item = _previous_item(doc, span, clause_bounds(text, bracket, bracket, sentence)[0], sentence)
    while item is not None and len(items) < MAX_LIST_ITEMS:
        items.append(item)
        item = _previous_item(doc, item[0], item[1], sentence)
    return items[-1][0] if len(items) >= 2 else None  # a third item has two before it


MAX_LIST_ITEMS = 12
"""Bracketed items followed back from a later one: the bound keeps a long table linear."""


def of_the_list(
    doc: Doc,
    span: SpacySpan,
    own: tuple[Offsets | None, Offsets | None],
    spans: Sequence[SpacySpan],
    choices: Sequence[SubjectChoice],
    statements: Sequence[Offsets | None],
) -> Offsets | None:
    """A third or later list item whose statement names only the item gets what holds for the list.

    ``Het vaakst genoemd werden Lego (31 procent), Playmobil (22 procent) en
    Duplo (15 procent)``: for ``Duplo`` what holds is the first item's
    statement without the first item (``Het vaakst genoemd werden``), when
    that statement ends in the first item's name. ``own``
    is the item's statement and subject; a ranking after ``gevolgd door``
    names its items one by one, and they keep their own.
    """
    statement, subject = own
    if statement is None or subject is None or not subject[0] <= statement[0] <= statement[1] <= subject[1]:
        return statement
    first = first_of_long_list(doc, span)
    k = next((i for i, s in enumerate(spans) if s.start == first.start), None) if first is not None else None
    head = statements[k] if k is not None and k < len(statements) else None
    if k is None or head is None or _RANKING.search(text_of(doc), head[0], span.start_char):
        return statement
    named = choices[k].subject
    if named is None or not head[0] < named[0] < head[1] == named[1]:
        return statement  # the first item's statement does not end in its name: no list clause to share
    return trimmed(text_of(doc), head[0], named[0]) or statement


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


MAX_LIST_ITEM_WORDS = 10
"""Words of one item in a list that runs on past a comma: ``kleinzoon, buurkind of nichtje``."""

# What opens another clause after a comma, not the next item of a list.
_NOT_AN_ITEM = frozenset(
    """maar want dus terwijl omdat doordat zodat hoewel als toen nadat zoals die dat wat waar
    wie welke blijkt aldus volgens zegt zeggen meldt""".split()
)


def through_list(doc: Doc, span: SpacySpan, offsets: Offsets) -> Offsets:
    """A statement that ends at a comma inside a list runs on to the list's last item.

    ``Een derde van de grootouders neemt kleinzoon, buurkind of nichtje mee``:
    the comma after ``kleinzoon`` joins items of a list closed by ``of``, and
    what holds runs to the end of the last item's clause. So for coordinated
    predicates: ``lag in bed, zat op vakantie of vergat de vergadering``, and
    a predicate after a comma and its coordinator (``slaat het ontbijt over,
    of is van plan ...``).
    An item is like the word before the comma (a noun after a noun, a finite
    verb after a statement opened by one); a comma before ``maar``, a relative
    pronoun or another figure ends the statement.
    """
    text = text_of(doc)
    end = offsets[1]
    if end >= len(text) or text[end] != "," or span.end_char > end:
        return offsets
    first, last = sentence_bounds(doc, span.start)
    tokens = doc.char_span(offsets[0], end, alignment_mode="contract")
    k = next((t.i for t in doc[first:last] if t.idx == end), None)
    if tokens is None or len(tokens) == 0 or k is None:
        return offsets
    for piece in _list_pieces(doc, k + 1, last):
        led = piece[0].lower_ in COORDINATORS and len(piece) > 1  # ", of is van plan": the item after "of"
        if not _like(tokens, piece[1] if led else piece[0]):
            return offsets
        if any(t.lower_ in COORDINATORS for t in piece):
            stop = clause_bounds(text, piece[-1].idx, piece[-1].idx, (offsets[0], doc[last - 1].idx))[1]
            return offsets[0], len(text[:stop].rstrip(" .!?\"'”’"))
    return offsets


def _list_pieces(doc: Doc, k: int, last: int) -> list[list[Token]]:
    """The comma-separated pieces from token ``k`` to the sentence end, until one is no list item."""
    pieces: list[list[Token]] = [[]]
    for token in doc[k:last]:
        if token.text == ",":
            pieces.append([])
        elif token.text in CLAUSE_BREAKS or in_expression(token):
            break
        elif not (token.is_punct or token.is_space):
            pieces[-1].append(token)
    items = []
    for piece in pieces:
        if not piece or len(piece) > MAX_LIST_ITEM_WORDS or piece[0].lower_ in _NOT_AN_ITEM:
            break
        items.append(piece)
    return items


def _like(statement: SpacySpan, item: Token) -> bool:
    """Whether the word after the comma goes on the list the statement ends with."""
    before = statement[-1]
    if is_finite_verb(statement[0]) and is_finite_verb(item):
        return True
    return item.pos_ == before.pos_ and item.pos_ in {"NOUN", "PROPN", "ADJ"}
