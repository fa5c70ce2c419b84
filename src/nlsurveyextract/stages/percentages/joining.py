"""Steps 2 to 4: the longest expression wins, ranges and restated claims become one finding.

``tussen 20 en 30 procent`` is one range, not two figures, and ``Bijna de
helft (49 procent)`` is one claim written twice.
"""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Iterable, Iterator, Mapping, Sequence

from ...vocab import Qualifier
from .directions import is_change
from .expressions import PercentExpression
from .patterns import (
    APPOSITION_GAP_RE,
    BRACKET_CLOSE_RE,
    BRACKET_GAP_RE,
    CLAUSE_WORD_RE,
    GAP_END_RE,
    OPEN_BRACKET_GAP_RE,
    OWN_GROUP_AFTER_RE,
    RANGE_GAP_RE,
    TUSSEN_BEFORE_RE,
    VAN_GAP_RE,
    table_key,
)

# Preference when two rules find the same span: a figure is the most precise.
_FORM_RANK: Mapping[str, int] = {"figure": 0, "words": 0, "fraction": 1, "ratio": 2, "vague": 3}


def _clusters(candidates: Iterable[PercentExpression]) -> Iterator[list[PercentExpression]]:
    """Group candidates into runs whose spans chain into each other by overlap."""
    group: list[PercentExpression] = []
    reach = -1
    for e in sorted(candidates, key=lambda e: e.start):
        if group and e.start >= reach:
            yield group
            group = []
        group.append(e)
        reach = max(reach, e.end)
    if group:
        yield group


def _pick_longest(group: Iterable[PercentExpression]) -> list[PercentExpression]:
    """Keep the longest expressions of one run that do not overlap, in text order."""
    starts: list[int] = []
    kept: list[PercentExpression] = []
    for e in sorted(group, key=lambda e: (e.start - e.end, _FORM_RANK[e.form], e.start)):
        i = bisect.bisect_left(starts, e.start)
        if (i == 0 or kept[i - 1].end <= e.start) and (i == len(kept) or kept[i].start >= e.end):
            starts.insert(i, e.start)
            kept.insert(i, e)
    return kept


def longest_first(candidates: Iterable[PercentExpression]) -> list[PercentExpression]:
    """Keep the longest of overlapping expressions; ``tussen 20 en 30 procent`` beats ``20``."""
    return [e for group in _clusters(candidates) for e in _pick_longest(group)]


def _as_range(text: str, a: PercentExpression, b: PercentExpression) -> PercentExpression | None:
    """Join ``20 tot 30%``, ``tussen de twee en vier procent``, ``20-30%`` into a range.

    ``en`` makes a range only after ``tussen`` (else ``86 en 87 procent`` are two
    claims). ``kortingen van 20 tot 50 procent`` is a range, but after a verb of
    change ``steeg van 2 tot 3 procent`` gives two levels.
    """
    gap = RANGE_GAP_RE.match(text[a.end : b.start])
    if gap is None or a.value is None or b.value is None or a.unit != b.unit:
        return None
    tussen = TUSSEN_BEFORE_RE.search(text[max(0, a.start - 12) : a.start])
    is_en = table_key(gap["word"] or "") == "en"
    if not a.value < b.value or (is_en and not tussen) or is_change(text, a.start):
        return None
    start = a.start - len(tussen.group()) if tussen else a.start
    qualifier: Qualifier = "exact" if tussen else a.qualifier
    mid = round((a.value + b.value) / 2, 2)
    return PercentExpression(start, b.end, mid, b.unit, a.value, b.value, qualifier, None, b.form)


def join_ranges(text: str, found: Sequence[PercentExpression]) -> list[PercentExpression]:
    """Replace each pair of neighbours that reads as a range by the range."""
    out: list[PercentExpression] = []
    for e in found:
        joined = _as_range(text, out[-1], e) if out else None
        if joined is not None:
            out[-1] = joined
        else:
            out.append(e)
    return out


def _restated_end(text: str, left: PercentExpression, right: PercentExpression) -> int | None:
    """Where the joined quote ends if figure ``right`` restates ``left``, else None.

    Dutch reports give a rounded form and the exact figure in brackets or after
    a comma or dash: ``Bijna de helft (49 procent)``, ``een meerderheid van de
    kiezers (62 procent)``, ``420 van de 3.000 meisjes, oftewel 14%``,
    ``Iets meer dan een derde, 37 procent``, ``een ruime meerderheid van 61%``.
    Between the two forms may stand the group (``van de kiezers``), not a
    clause (``dat Nederland een republiek moet worden``).
    """
    if left.form == "figure" or right.form not in ("figure", "words"):
        return None
    if left.end > right.start or not _close_enough(left, right, 10):
        return None
    gap = text[left.end : right.start]
    if CLAUSE_WORD_RE.search(GAP_END_RE.split(gap)[0]):
        return None
    if BRACKET_GAP_RE.match(gap):
        close = BRACKET_CLOSE_RE.match(text, right.end)
        return close.end() if close else None
    if left.form == "vague" and VAN_GAP_RE.match(gap):
        return right.end
    m = APPOSITION_GAP_RE.match(gap)
    if m is None or not (m["restate"] or not m["words"] or _plain_apposition(text, left, right)):
        return None
    return right.end


def _plain_apposition(text: str, left: PercentExpression, right: PercentExpression) -> bool:
    """Whether ``een kwart van de leden, 27 procent`` restates rather than lists.

    In a list each figure names its own group (``een derde van de mannen, 40
    procent van de vrouwen``) and the shares differ more.
    """
    own_group = OWN_GROUP_AFTER_RE.match(text, right.end)
    return own_group is None and _close_enough(left, right, 5)


def _close_enough(left: PercentExpression, right: PercentExpression, points: float) -> bool:
    """Whether a figure can restate a fraction or ratio: ``een derde (35 procent)``.

    ``bijna driekwart zegt veel (27 procent)`` gives a different share in the
    brackets; a restatement stays within a few points of the rounded form.
    """
    if left.value is None or right.value is None:
        return True
    return abs(left.value - abs(right.value)) <= points


def _figure_first(text: str, left: PercentExpression, right: PercentExpression) -> bool:
    """Whether words in brackets restate the figure before them: ``62 procent (bijna twee derde)``."""
    return (
        left.form in ("figure", "words")
        and right.form in ("fraction", "ratio", "vague")
        and OPEN_BRACKET_GAP_RE.match(text[left.end : right.start]) is not None
        and text[right.end : right.end + 1] == ")"
        and _close_enough(right, left, 10)
    )


def join_restatements(
    text: str, found: Sequence[PercentExpression], weak: Sequence[PercentExpression]
) -> list[PercentExpression]:
    """Make one finding of a claim written twice; the figure's value wins.

    The quote runs from the first form to the closing bracket of the second.
    """
    lefts = sorted([*found, *weak], key=lambda e: e.end)
    ends = [e.end for e in lefts]
    out = list(found)
    for right in found:
        i = bisect.bisect_right(ends, right.start) - 1
        left = lefts[i] if i >= 0 and ends[i] > right.start - 90 else None
        if left is None:
            continue
        if _figure_first(text, left, right):
            out.append(dataclasses.replace(left, end=right.end + 1))
            continue
        end = _restated_end(text, left, right)
        if end is not None:
            qualifier = right.qualifier if right.qualifier != "exact" else left.qualifier
            out.append(dataclasses.replace(right, start=left.start, end=end, qualifier=qualifier))
    return out
