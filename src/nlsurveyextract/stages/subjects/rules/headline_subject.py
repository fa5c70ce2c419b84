"""A headline drops its articles: ``Huren omhoog met 4 procent``, ``Duitse export groeit 2 procent``.

In running text a subject has its article (``De huren gingen omhoog``), so
the clause rules read a bare noun as a verb or an adjective misread. A
title or an intertitle writes ``Energierekening 8 procent hoger`` or
``Zuivelexport met een kwart gestegen``: the bare noun phrase that opens
the heading (or its part after a colon) and is followed by its verb,
``met``, an adverb of change or the figure itself is what the figure is
stated for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ....lexicon.changes import DOWN_AFTER, UP_AFTER
from ....lexicon.grammar import DETERMINERS
from ....text.docview import Offsets, char_offsets, in_expression, text_of
from ....text.phrases import noun_phrase_after
from ....text.tokens import is_finite_verb, names_people_or_organisations
from ..discourse import in_heading

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ....text.clauses import Clause, Figure

LINKS_TO_FIGURE = frozenset({"met", "ruim", "bijna", "fors", "flink", "verder", "opnieuw", "weer"})
"""Words between a headline's subject and its figure: ``Huren fors omhoog met 4 procent``."""


def headline_subject(clause: Clause, figure: Figure) -> Offsets | None:
    """``Zuivelexport met een kwart gestegen`` -> ``Zuivelexport``."""
    doc, limit = clause.doc, figure.span.start
    if not in_heading(text_of(doc), figure.expression.start):
        return None
    first = clause.first_word
    if first >= limit or doc[first].lower_ in DETERMINERS:
        return None  # with an article the clause rules read it
    phrase = noun_phrase_after(doc, first, determiner=False)
    if phrase is None or phrase[1] >= limit or any(in_expression(t) for t in doc[phrase[0] : phrase[1]]):
        return None
    head = doc[phrase[1] - 1]
    if names_people_or_organisations(head) or not _links_to_figure(doc[phrase[1]]):
        return None  # "Ouders 40 procent ...": a group's share is the quantity rules' to read
    return char_offsets(doc, phrase)


def _links_to_figure(token: Token) -> bool:
    """What follows a headline subject: its verb, ``met``, ``omhoog`` or the figure."""
    word = token.lower_
    return is_finite_verb(token) or in_expression(token) or word in LINKS_TO_FIGURE | UP_AFTER | DOWN_AFTER
