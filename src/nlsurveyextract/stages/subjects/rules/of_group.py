"""The group in a partitive ``van``-phrase: ``veertig procent van de telers``.

Dutch names the group of a share after ``van``, right after the figure or
inside a merged claim (``een vijfde van de huisartsen (21 procent)``). A
``van``-phrase that names a measure (``18 procent van de omzet``) is a
denominator: the clause's subject is what the figure is stated for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ....lexicon.grammar import DENOMINATOR_HEADS
from ....text.clauses import first_form_end
from ....text.docview import Offsets, char_offsets, has_annotation
from ....text.phrases import (
    MAX_NOUN_PHRASE,
    before_titled_name,
    next_word,
    noun_phrase_after,
    phrase_of_head,
    restricted,
)
from ....text.relative import relative_clause_end
from ....text.tokens import is_group_head, is_noun, is_number

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan

    from ....text.clauses import Clause, Figure


def of_group(clause: Clause, figure: Figure) -> Offsets | None:
    """``veertig procent van de telers`` -> ``de telers``: the group of a partitive ``van``."""
    group = van_group(clause.doc, figure.span)
    return group[0] if group is not None and not group[1] else None


def denominator(clause: Clause, figure: Figure) -> Offsets | None:
    """``18 procent van de omzet``: a denominator, the answer only when no clause rule found one."""
    group = van_group(clause.doc, figure.span)
    return group[0] if group is not None and group[1] else None


def van_group(doc: Doc, span: SpacySpan) -> tuple[Offsets, bool] | None:
    """``veertig procent van de telers`` -> ``de telers``.

    The ``van`` may stand inside the expression (``een vijfde van het senior
    team (21 procent)``) or right after it. The flag tells whether the
    group is a denominator (``18 procent van de omzet``).
    """
    first_end = first_form_end(span)
    for i in (*range(span.start + 1, first_end), next_word(doc, span.end)):
        if i < len(doc) and doc[i].lower_ == "van" and not (i + 1 < len(doc) and is_number(doc[i + 1])):
            textual = noun_phrase_after(doc, i + 1)
            candidates = [t for t in (_parsed_object(doc, i), textual) if t]
            if candidates:
                tokens = before_titled_name(doc, max(candidates, key=lambda t: t[1]))
                head = doc[(textual or tokens)[1] - 1]  # "de omzet van een bakker": omzet
                start, end = restricted(doc, tokens)
                end = relative_clause_end(doc, end)  # "van de ouders die thuis werken"
                return char_offsets(doc, (start, end)), names_a_denominator(head.lower_)
    return None


def _parsed_object(doc: Doc, preposition: int) -> tuple[int, int] | None:
    """The phrase a preposition introduces, by the parse, when the parse agrees."""
    if not has_annotation(doc, "DEP"):
        return None
    head = doc[preposition].head
    while head.dep_ in ("amod", "compound", "flat") and head.head.i > head.i and is_noun(head.head):
        head = head.head  # "van het senior team": the parse may hang "van" on "senior"
    if head.i <= preposition or not is_group_head(head) or head.i - preposition > MAX_NOUN_PHRASE:
        return None
    start, end = phrase_of_head(head)
    return (preposition + 1, end) if start == preposition + 1 else None


def names_a_denominator(word: str) -> bool:
    """``omzet``, ``stroomproductie``: a measure, by the noun or the last part of a compound.

    Dutch compounds take their kind from the last part, so ``18 procent van de
    stroomproductie`` divides a production as ``van de productie`` does.
    """
    return word in DENOMINATOR_HEADS or any(
        word.endswith(head) and len(word) - len(head) >= 3 for head in DENOMINATOR_HEADS
    )
