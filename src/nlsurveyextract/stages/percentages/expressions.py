"""What a percentage claim says, and the first step of finding one: the core expressions.

Each builder reads one way Dutch writes a share (a figure, a bare number in a
series, a fraction, a ratio, a vague quantifier) and yields a
:class:`PercentExpression`; :func:`with_qualifier` widens it over the degree
words around it (``Ruim de helft``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import regex

from ...lexicon.numbers import (
    as_percent,
    parse_fraction,
    parse_number,
    parse_ratio,
)
from ...lexicon.quantities import COUNT_NOUNS, QUALIFIERS, SUFFIX_QUALIFIERS, SUPERLATIVE_NOUNS, VAGUE
from ...vocab import Direction, Form, Qualifier, Unit
from .filters import (
    after_preposition,
    fraction_is_share,
    is_conjunction,
    is_name_unit,
    is_political_majority,
    is_rating,
    is_year,
    ratio_reads_as_share,
)
from .patterns import (
    ELIDED_RE,
    FIGURE_RE,
    FRACTION_LITERALS,
    FRACTION_RE,
    QUALIFIER_BEFORE_RE,
    RATIO_RE,
    SENTENCE_END_RE,
    SERIES_RE,
    SHARE_NOUN_RE,
    SUFFIX_RE,
    UNIT_AFTER_RE,
    UNIT_LITERALS,
    VAGUE_RE,
    lower_word,
    may_match,
    table_key,
    unit_of,
)


@dataclass(frozen=True)
class PercentExpression:
    """One percentage claim: where it stands in the text and what it says.

    ``text[start:end]`` is the quote, qualifiers included (``Ruim de helft``).
    ``value`` is in percent (or percentage points); fractions and ratios are
    converted (``een derde`` is 33.3), a range has its midpoint, and a vague
    quantifier (``een meerderheid``) has ``None``. A qualifier never changes
    the value; a decrease keeps the number as written (``-3,2%`` is -3.2,
    ``daalde met 3 procent`` is 3 with direction ``down``).
    """

    start: int
    end: int
    value: float | None
    unit: Unit = "percent"
    low: float | None = None
    high: float | None = None
    qualifier: Qualifier = "exact"
    direction: Direction | None = None
    form: Form = "figure"


def unit_figures(text: str) -> Iterator[PercentExpression]:
    """Number plus unit: ``16 procent``, ``16,5%``, ``zestien procent``, ``(-3,2%)``."""
    if not may_match(text, UNIT_LITERALS):
        return
    for m in FIGURE_RE.finditer(text):
        value = parse_number(m["num"])
        if value is None or is_name_unit(text, m):
            continue
        sign = m["sign"] or ""
        direction: Direction | None = "down" if sign in "-\u2212" and sign else None
        if sign == "+":
            direction = "up"
        form: Form = "figure" if m["num"][0].isdigit() else "words"
        value = -value if direction == "down" else value
        yield PercentExpression(m.start(), m.end(), value, unit_of(m["unit"]), direction=direction, form=form)


def series_figures(text: str) -> Iterator[PercentExpression]:
    """Bare numbers that share the unit of the figure ending their series.

    ``respectievelijk 86 en 87 procent`` holds two claims, ``van 7 naar 19
    procent`` too; ``20 tot 30%`` becomes a range in a later step.
    """
    if not may_match(text, UNIT_LITERALS):
        return
    for m in SERIES_RE.finditer(text):
        unit = unit_of(m["unit"])
        for number, start, end in zip(m.captures("n"), m.starts("n"), m.ends("n"), strict=True):
            value = parse_number(number)
            if value is not None and not is_year(number, value) and not is_rating(text, start):
                yield PercentExpression(start, end, value, unit, form="figure")


def elided_figures(text: str) -> Iterator[PercentExpression]:
    """``het percentage voorstanders steeg van 48 naar 67``: the unit is left out.

    Dutch drops ``procent`` when the sentence already names ``het percentage``
    or ``het aandeel``; without such a noun the pair may be anything.
    """
    for m in ELIDED_RE.finditer(text):
        sentence = SENTENCE_END_RE.split(text[max(0, m.start() - 200) : m.start()])[-1]
        if not SHARE_NOUN_RE.search(sentence):
            continue
        for group in ("a", "b"):
            value = parse_number(m[group])
            if value is not None:
                yield PercentExpression(m.start(group), m.end(group), value, form="figure")


def _fraction_value(m: regex.Match[str]) -> float | None:
    """Value of a fraction match in percent; the halves are read directly."""
    core = table_key(m.group())
    if core.endswith("helft"):
        return 50.0
    if m["bare"]:
        return 25.0
    return parse_fraction(core.replace("-", " "))


def fraction_shares(text: str) -> Iterator[PercentExpression]:
    """``de helft``, ``een derde``, ``tweederde``, ``driekwart``, ``2/3e``.

    Before a unit a fraction is a number: ``een kwart procent`` is 0.25 percent.
    """
    if not may_match(text, FRACTION_LITERALS):
        return
    for m in FRACTION_RE.finditer(text):
        value = _fraction_value(m)
        if value is None or not fraction_is_share(text, m):
            continue
        unit_m = UNIT_AFTER_RE.match(text, m.end())
        if unit_m:
            yield PercentExpression(
                m.start(), unit_m.end(), value / 100, unit_of(unit_m["unit"]), form="words"
            )
        else:
            yield PercentExpression(m.start(), m.end(), value, form="fraction")


def ratio_shares(text: str, *, weak: bool) -> Iterator[PercentExpression]:
    """``vier op de tien``, ``1 op 4``, ``drie van de vier (kiezers)``.

    ``van de`` also writes counts (``een van de tien grootste``, ``11 van de 28
    zetels``); only ``2..9 van de ≤10`` reads as a share. The other ``van de``
    pairs are weak: kept only when a figure restates them (``420 van de 3.000
    meisjes, oftewel 14%``). With ``weak=True`` only those are yielded.
    """
    return (e for e, strong in _ratios(text) if strong != weak)


@lru_cache(maxsize=2)
def _ratios(text: str) -> tuple[tuple[PercentExpression, bool], ...]:
    """Every ratio of ``text`` and whether it is strong: one scan serves both calls of the finder."""
    found = []
    for m in RATIO_RE.finditer(text, overlapped=True):
        n, d = parse_number(m["n"]), parse_number(m["d"])
        if n is None or d is None or not 0 < n < d:
            continue
        noun = lower_word(m["noun"])
        if not ratio_reads_as_share(text, m, noun):
            continue
        is_van = table_key(m["op"]).startswith("van")
        strong = not is_van or (n >= 2 and d <= 10 and noun not in COUNT_NOUNS and not noun.endswith("ste"))
        value = parse_ratio(m["n"], m["d"]) if strong else as_percent(n, d)
        if value is not None:
            found.append((PercentExpression(m.start(), m.end("d"), value, form="ratio"), strong))
    return tuple(found)


def vague_shares(text: str, *, weak: bool) -> Iterator[PercentExpression]:
    """``een meerderheid``, ``de meeste``, ``het merendeel``, ``bijna iedereen``.

    ``de meeste stemmen`` is a superlative (the party that won most votes), not
    a share of a group, and is skipped. After a preposition the phrase is weak
    (``nodig voor een meerderheid``): kept only when a figure restates it
    (``steun van een ruime meerderheid van 61%``); ``weak=True`` yields those.
    """
    return (e for e, after in _vague(text) if after == weak)


@lru_cache(maxsize=2)
def _vague(text: str) -> tuple[tuple[PercentExpression, bool], ...]:
    """Every vague share of ``text`` and whether it follows a preposition (one scan for both calls)."""
    found = []
    for m in VAGUE_RE.finditer(text):
        core = table_key(m["core"])
        if core.startswith(("de meeste", "meeste")) and lower_word(m["noun"]) in SUPERLATIVE_NOUNS:
            continue
        if "meerderheid" in core and is_political_majority(text, m.start(), m.end()):
            continue
        qualifier = VAGUE.get(core, "exact")
        expression = PercentExpression(m.start(), m.end("core"), None, qualifier=qualifier, form="vague")
        found.append((expression, after_preposition(text, m.start())))
    return tuple(found)


def with_qualifier(text: str, e: PercentExpression) -> PercentExpression:
    """Widen an expression over its degree words: ``Slechts iets meer dan de helft``.

    The degree word closest to the number sets the qualifier; ``maar`` after a
    comma is the conjunction (``..., maar 15 procent wil``), not ``only``.
    """
    start, qualifier = e.start, None
    for _ in range(2):
        window = text[max(0, start - 30) : start]
        m = QUALIFIER_BEFORE_RE.search(window)
        if m is None or is_conjunction(text, start - len(window) + m.start(), m["q"]):
            break
        start -= len(window) - m.start()
        qualifier = qualifier or QUALIFIERS.get(table_key(m["q"]), "about")
    end = e.end
    suffix = SUFFIX_RE.match(text, end)
    if suffix:
        end, qualifier = suffix.end(), qualifier or SUFFIX_QUALIFIERS[table_key(suffix["q"])]
    if qualifier is None or e.qualifier != "exact":
        qualifier = e.qualifier if qualifier is None else qualifier
    return dataclasses.replace(e, start=start, end=end, qualifier=qualifier)
