"""Find every percentage claim in a text: the five steps in order."""

from __future__ import annotations

from functools import lru_cache

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

MAX_PERCENT = 1000.0
"""Largest share, rate or change (in percent or points) that is reported as a finding.

A price can rise by 400 procent; no Dutch article means ``2222...%`` with three
hundred digits, which float() reads as infinity. Such a number is not a claim.
"""


def has_sane_value(e: PercentExpression) -> bool:
    """Whether value, low and high are finite and at most :data:`MAX_PERCENT` from zero.

    >>> has_sane_value(PercentExpression(0, 11, 250.0)), has_sane_value(PercentExpression(0, 9, float("inf")))
    (True, False)
    """
    return all(v is None or abs(v) <= MAX_PERCENT for v in (e.value, e.low, e.high))


def find_percentages(text: str) -> list[PercentExpression]:
    """Find every percentage claim in ``text``, sorted by start, never overlapping.

    The last two texts' answers are kept: extraction asks first whether an
    article has a figure at all (most news has none, and then no Doc is
    made), and the percentage component asks again for the Doc of the same text.

    >>> [text[e.start:e.end] for text in ["Bijna de helft (49 procent) wil dat."]
    ...  for e in find_percentages(text)]
    ['Bijna de helft (49 procent)']
    >>> [(e.value, e.qualifier) for e in find_percentages("Slechts zestien procent heeft het.")]
    [(16.0, 'only')]
    """
    return list(_found(text))


@lru_cache(maxsize=2)
def _found(text: str) -> tuple[PercentExpression, ...]:
    """The claims of :func:`find_percentages`, as an immutable tuple that can be cached."""
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
    return tuple(e for e in with_directions(text, join_ranges(text, chosen)) if has_sane_value(e))
