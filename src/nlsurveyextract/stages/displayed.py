"""A figure set on a line of its own, the sentence under it saying what holds.

``25%`` above ``van de telers wil investeren in een nieuwe kas.``: what holds
for the share is read from the finite verb of the sentence below
(:func:`after_displayed_figure`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..text.docview import Offsets, char_offsets, in_expression, sentence_bounds, text_of
from ..text.tokens import is_finite_verb
from .clause_edges import clause_bounds, trimmed

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan


MAX_DISPLAY_LEAD = 12
"""Tokens the sentence under a displayed figure may run to before its verb."""


def after_displayed_figure(doc: Doc, span: SpacySpan) -> Offsets | None:
    """A figure set on a line of its own, the sentence under it saying what holds.

    ``25%`` above ``van de telers wil investeren in een nieuwe kas.``: what
    holds is ``wil investeren in een nieuwe kas``, from the verb of the sentence below.
    """
    first, last = sentence_bounds(doc, span.start)
    if last >= len(doc) or any(not (in_expression(t) or t.is_punct or t.is_space) for t in doc[first:last]):
        return None
    following = sentence_bounds(doc, last)
    for token in doc[following[0] : min(following[1], following[0] + MAX_DISPLAY_LEAD)]:
        if is_finite_verb(token) and not in_expression(token):
            text = text_of(doc)
            end = clause_bounds(text, token.idx, token.idx, char_offsets(doc, following))[1]
            return trimmed(text, token.idx, end)
    return None
