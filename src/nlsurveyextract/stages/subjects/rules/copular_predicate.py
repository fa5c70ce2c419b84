"""A figure equated with a noun by a copula: the noun names what the figure measures.

``Die 2,4 procent is de gemiddelde loonstijging`` states the figure for
``de gemiddelde loonstijging``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ....text.clauses import SUBJECT_DEPS
from ....text.docview import Offsets, char_offsets, in_expression
from ....text.phrases import phrase_of_head
from ....text.tokens import is_group_head

if TYPE_CHECKING:
    from ....text.clauses import Clause, Figure


def copular_predicate(clause: Clause, figure: Figure) -> Offsets | None:
    """``Die 2,4 procent is de gemiddelde loonstijging`` -> the predicate noun.

    When the figure is the subject of a copula, the noun it is equated with
    names what the figure measures.
    """
    doc, span = clause.doc, figure.span
    if not clause.parsed or span.root.dep_ not in SUBJECT_DEPS:
        return None
    predicate = span.root.head
    has_copula = any(child.dep_ == "cop" for child in predicate.children)
    has_determiner = any(child.dep_ == "det" for child in predicate.children)
    nominal = predicate.pos_ == "NOUN" and is_group_head(predicate) and not in_expression(predicate)
    if not (has_copula and has_determiner and nominal) or predicate.i < span.end:
        return None
    return char_offsets(doc, phrase_of_head(predicate))
