"""The second figure of a comparison: what holds for it is said with the first.

``Een kwart van de vaders leest voor, tegen veertig procent van de moeders``:
``veertig procent`` shares ``leest voor`` (:func:`compared_with_previous`).
A partner that only says when (``..., tegenover 65 procent vier jaar
geleden``) holds at that other time, and its statement is the comparison
itself: ``tegenover 65 procent vier jaar geleden`` (:func:`comparison_statement`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from ..text.docview import Offsets, char_offsets, previous_expression, sentence_bounds, text_of
from .clause_edges import MAX_CLAUSE_CHARS, RELATIVE, clause_bounds, gapped_time_clause, trimmed
from .short_rests import only_a_time

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan

# The link before the second figure: "..., tegen zestig procent van de mannen", "(7% versus 13%)".
_COMPARED_BEFORE = regex.compile(r"(?:\s|\()(?:tegen|tegenover|versus|vs\.?)\s+\Z")

MAX_LINK_CHARS = 20
"""Characters before a figure searched for its comparison link: ``, tegenover slechts``."""


def _comparison_link(doc: Doc, span: SpacySpan) -> int | None:
    """Where the link to the figure before starts (``tegen``), when the figure is its partner."""
    previous = previous_expression(span)
    if previous is None or span.start_char - previous.end_char > MAX_CLAUSE_CHARS:
        return None
    if sentence_bounds(doc, previous.start) != sentence_bounds(doc, span.start):
        return None
    link = _COMPARED_BEFORE.search(
        text_of(doc), max(previous.end_char, span.start_char - MAX_LINK_CHARS), span.start_char
    )
    return None if link is None else link.start() + 1


def compared_with_previous(doc: Doc, span: SpacySpan) -> bool:
    """``Een kwart van de vaders leest voor, tegen veertig procent van de moeders``.

    The second figure of a comparison shares what holds for the first.
    """
    return _comparison_link(doc, span) is not None


def comparison_statement(doc: Doc, span: SpacySpan, previous: Offsets | None) -> Offsets | None:
    """The statement of a comparison's second figure, or None when it has one of its own to read.

    It shares the statement before (``previous``), as does a figure in a
    clause of only a time; a partner that only says when (``tegen 42 procent
    een jaar eerder``) is the comparison itself; one with a relative clause
    (``..., tegen 48 procent die het wel weet``) reads its own.
    """
    if previous is None:
        return None
    link = _comparison_link(doc, span)
    if link is None:
        return previous if gapped_time_clause(doc, span) else None
    text = text_of(doc)
    if RELATIVE.match(text, span.end_char) is not None:
        return None
    sentence = char_offsets(doc, sentence_bounds(doc, span.start))
    end = clause_bounds(text, span.end_char, span.end_char, sentence)[1]
    end = span.end_char + len(text[span.end_char : end].rstrip().rstrip(".!?").rstrip())
    if end > span.end_char and only_a_time(doc, span.end_char, end):
        return trimmed(text, link, end) or previous
    return previous
