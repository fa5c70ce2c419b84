"""Figures after a colon that close the sentence: the share of the group the clause is about.

``Het meest tevreden zijn de tuinders: 81 procent`` states 81 percent of
``de tuinders``; ``Het vaakst klagen huurders in Zwolle dan in Deventer:
38 tegenover 29 procent`` gives the figure after ``tegenover`` to the other
side of the comparison.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ....lexicon.grammar import CONTRASTING_LINKS
from ....text import clauses
from ....text.docview import Offsets, char_offsets
from ....text.middle_field import middle_field_subject
from ....text.phrases import restricted
from .clause_subject import governed_by_group_preposition

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan

    from ....text.clauses import Clause, Figure


def colon_subject(clause: Clause, figure: Figure) -> Offsets | None:
    """``Het meest tevreden zijn de tuinders: 81 procent.`` -> ``de tuinders``.

    Figures after a colon that close the sentence state the share of the
    group the clause before the colon is about: its ``bij``/``onder`` group
    (``Het hoogst is het vertrouwen bij de leden van SP en CDA: 41 en 44
    procent``), else its subject. In ``A ... vaker dan B: 63 tegenover 71
    procent`` the figure after ``tegenover`` is B's.
    """
    doc, span = clause.doc, figure.span
    if clause.before_colon is None or not clause.parsed or governed_by_group_preposition(doc, span):
        return None
    first, colon = clause.before_colon
    phrase = _group_before_colon(doc, span, first, colon)
    if phrase is not None:
        return char_offsets(doc, restricted(doc, phrase))
    return _subject_before_colon(doc, span, first, colon)


def _group_before_colon(doc: Doc, span: SpacySpan, first: int, colon: int) -> tuple[int, int] | None:
    """The group the clause before the colon names: the other side of a comparison, a ``bij`` group."""
    phrase = None
    if any(doc[k].lower_ in CONTRASTING_LINKS for k in range(colon + 1, span.start)):
        phrase = clauses.compared_phrase(doc, first, colon)
    phrase = phrase or clauses.group_phrase_in_clause(doc, first, colon, last=True)
    if phrase is None and middle_field_subject(doc, first, colon) is None:
        phrase = clauses.fronted_phrase(doc, first, colon)  # not "Ook in Spanje was de opkomst hoog: ..."
    return phrase


def _subject_before_colon(doc: Doc, span: SpacySpan, first: int, colon: int) -> Offsets | None:
    """The subject of the clause before the colon: by the parse, else by V2 word order."""
    head = doc[colon - 1]
    while head.head.i != head.i and first <= head.head.i < colon:
        head = head.head
    subject = clauses.subject_child(head, span, before_only=True)
    if subject is None:
        found = clauses.phrase_in_subject_position(doc, first, colon)
        subject = None if found is None else char_offsets(doc, found)
    return subject
