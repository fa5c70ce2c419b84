"""Step 5: which way a change goes, read from the words around the figure.

``steeg met 3 procent`` and ``3 procent hoger`` go up, ``daalde 2,3%`` and
``nam 12 procent af`` go down; ``daalde naar 3,6 procent`` is a level.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from ...lexicon.changes import COMPARATIVES, DOWN_AFTER, DOWN_BEFORE, LEVEL_WORDS, UP_AFTER, UP_BEFORE
from ...vocab import Direction
from .expressions import PercentExpression
from .patterns import NAAR_GAP_RE, VAN_BEFORE_RE, WORD_RE, clause_before


def is_change(text: str, start: int) -> bool:
    """Whether ``van`` before ``start`` follows a verb of change: ``steeg van 2 tot 3``."""
    if not VAN_BEFORE_RE.search(text[max(0, start - 5) : start]):
        return False
    words = clause_before(text, start)[-4:-1]
    return any(w in UP_BEFORE or w in DOWN_BEFORE for w in words)


def _cue_direction(words: Sequence[str], up: frozenset[str], down: frozenset[str]) -> Direction | None:
    """Read ``up`` or ``down`` from the first cue word found in ``words``."""
    for word in words:
        if word in up:
            return "up"
        if word in down:
            return "down"
    return None


def _direction(text: str, e: PercentExpression) -> Direction | None:
    """Which way a change goes: ``steeg met 3 procent``, ``3 procent lager``, ``-3,2%``.

    Only words that make the figure itself a change count: a verb or noun right
    before it (``daalde 2,3%``, ``een daling van 4 procent``), or within its
    clause when ``met`` introduces the amount (``steeg in mei met 0,3 procent``),
    and a comparative or particle right after it (``nam met 12 procent af``).
    A fraction is a change only after ``met`` (``met de helft gedaald``), not in
    ``won de helft van de zetels``.
    """
    if e.direction is not None or e.value is None:
        return e.direction
    before = clause_before(text, e.start)
    if before[-1:] and before[-1] in LEVEL_WORDS:
        before = []
    with_met = before[-1:] == ["met"]
    if e.form not in ("figure", "words") and not with_met:
        before = []
    reach = 5 if with_met else 3
    while before and before[-1] in ("met", "van", "een", "nog"):
        before.pop()
    after = [w.casefold() for w in WORD_RE.findall(text[e.end : e.end + 25])][:3]
    if after[:2] in (["in", "het"], ["in", "de"]):
        after = after[2:]
    if e.form not in ("figure", "words"):
        after = [w for w in after if w not in COMPARATIVES]
    return _cue_direction(after[:1], UP_AFTER, DOWN_AFTER) or _cue_direction(
        before[-reach:][::-1], UP_BEFORE, DOWN_BEFORE
    )


def with_directions(text: str, found: Sequence[PercentExpression]) -> list[PercentExpression]:
    """Set each finding's direction; ``van 7 naar 19 procent`` gives both ``up``."""
    out = [dataclasses.replace(e, direction=_direction(text, e)) for e in found]
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        gap = text[a.end : b.start]
        van = VAN_BEFORE_RE.search(text[max(0, a.start - 5) : a.start])
        if van and NAAR_GAP_RE.match(gap) and a.value is not None and b.value is not None:
            way: Direction = "up" if b.value > a.value else "down"
            out[i - 1], out[i] = (dataclasses.replace(x, direction=way) for x in (a, b))
    return out
