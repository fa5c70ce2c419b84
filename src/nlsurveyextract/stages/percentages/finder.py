"""Find every percentage claim in a text: the five steps in order."""

from __future__ import annotations

from .directions import with_directions
from .expressions import (
    PercentExpression,
    elided_figures,
    fraction_shares,
    ratio_shares,
    series_figures,
    unit_figures,
    vague_shares,
    with_qualifier,
)
from .joining import join_ranges, join_restatements, longest_first


def find_percentages(text: str) -> list[PercentExpression]:
    """Find every percentage claim in ``text``, sorted by start, never overlapping.

    >>> [text[e.start:e.end] for text in ["Bijna de helft (49 procent) wil dat."]
    ...  for e in find_percentages(text)]
    ['Bijna de helft (49 procent)']
    >>> [(e.value, e.qualifier) for e in find_percentages("Slechts zestien procent heeft het.")]
    [(16.0, 'only')]
    """
    cores = [
        *unit_figures(text),
        *series_figures(text),
        *elided_figures(text),
        *fraction_shares(text),
        *ratio_shares(text, weak=False),
        *vague_shares(text, weak=False),
    ]
    qualified = [with_qualifier(text, e) for e in cores]
    weak = [with_qualifier(text, e) for e in (*ratio_shares(text, weak=True), *vague_shares(text, weak=True))]
    chosen = longest_first(join_restatements(text, qualified, weak))
    return with_directions(text, join_ranges(text, chosen))
