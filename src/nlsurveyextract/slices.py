"""Cut a long text into slices, so that its peak memory does not grow with its length.

A spaCy Doc, the parse of its sentences and the stages' working data take
memory in proportion to the text; a 1 MB "article" (a data dump, a list of
thousands of figures) would need gigabytes in one Doc. Texts longer than
``ExtractConfig.slice_chars`` are therefore extracted slice by slice, each
slice a Doc of its own that is freed before the next is made. A slice ends at
the strongest boundary near its limit: a blank line (a paragraph), else a
line break, else the end of a sentence, else the end of a clause (a comma or
a semicolon), else any space, so that no expression (``3 procent``) is cut in
two. News articles are far below the limit and are read whole: the discourse
(antecedents, surveys, headlines) reaches no further than one slice.
"""

from __future__ import annotations

import regex

# The boundaries a slice may end after, strongest first: paragraph, line,
# sentence, clause, word. Each pattern matches the separator the slice ends with.
BOUNDARIES: tuple[regex.Pattern[str], ...] = (
    regex.compile(r"\n[^\S\n]*\n\s*"),
    regex.compile(r"\n\s*"),
    regex.compile(r"(?<=[.!?])\s+"),
    regex.compile(r"(?<=[,;:])\s+"),
    regex.compile(r"\s+"),
)

# A slice is cut at the strongest boundary in the last part of its window;
# only when that part has none does a weaker boundary do.
SEARCH_FRACTION = 0.5


def slice_bounds(text: str, limit: int) -> list[tuple[int, int]]:
    r"""The ``(start, end)`` offsets of consecutive slices of at most ``limit`` characters.

    The slices cover ``text`` without gap or overlap; a text within the limit is one slice.

    >>> slice_bounds("Een kwart stopt.\n\nDe helft gaat door.", 20)
    [(0, 18), (18, 37)]
    """
    if limit <= 0:
        raise ValueError(f"a slice needs room for at least one character, not {limit}")
    bounds: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > limit:
        end = slice_end(text, start, start + limit)
        bounds.append((start, end))
        start = end
    bounds.append((start, len(text)))
    return bounds


def slice_end(text: str, start: int, limit_end: int) -> int:
    """Where the slice from ``start`` ends: after the strongest boundary before ``limit_end``."""
    window_start = start + max(1, int((limit_end - start) * (1 - SEARCH_FRACTION)))
    for boundary in BOUNDARIES:
        ends: list[int] = [match.end() for match in boundary.finditer(text, window_start, limit_end)]
        if ends:
            return ends[-1]
    return limit_end
