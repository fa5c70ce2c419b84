"""Dutch names of months, weekdays and seasons: the one table every stage reads.

Month abbreviations follow the Taalunie's list "Afkortingen van maanden", with
``sept`` and ``mrt`` added as newspapers write them.
"""

from __future__ import annotations

from collections.abc import Mapping

MONTH_NAMES: tuple[str, ...] = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
"""The twelve month names, in calendar order."""

MONTH_ABBREVIATIONS: Mapping[str, int] = {
    "jan": 1,
    "feb": 2,
    "mrt": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "okt": 10,
    "nov": 11,
    "dec": 12,
}
"""Abbreviated month names (``mei`` has none) with the month's number."""

MONTH_NUMBERS: Mapping[str, int] = {
    **{name: number for number, name in enumerate(MONTH_NAMES, start=1)},
    **MONTH_ABBREVIATIONS,
}
"""Every written form of a month, full or abbreviated, with its number."""

WEEKDAYS: tuple[str, ...] = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
"""Weekdays, which may precede a date: ``donderdag 23 oktober 2025``."""

SEASONS: tuple[str, ...] = ("voorjaar", "lente", "zomer", "najaar", "herfst", "winter")
"""Seasons, which set a time like a month does."""


def month_pattern(names: tuple[str, ...] = MONTH_NAMES) -> str:
    """A regular-expression alternation of month names, longest first so ``januari`` wins over ``jan``.

    >>> month_pattern(("jan", "januari"))
    '(?:januari|jan)'
    """
    return "(?:" + "|".join(sorted(names, key=len, reverse=True)) + ")"


TIME_UNITS: tuple[str, ...] = ("jaar", "jaren", "maand", "maanden", "week", "weken", "kwartaal", "decennium")
TIME_UNITS += SEASONS
"""The units of a fronted time that counts: ``Vorig jaar``, ``Een maand eerder``, ``Afgelopen zomer``."""

TIME_DETERMINERS: tuple[str, ...] = (
    "vorig",
    "vorige",
    "afgelopen",
    "dit",
    "deze",
    "komend",
    "komende",
    "volgend",
    "volgende",
    "het",
    "een",
    "enkele",
    "twee",
    "drie",
    "vier",
    "vijf",
    "zes",
    "tien",
    "twintig",
)
"""What stands before the unit: ``Vorig jaar``, ``Het afgelopen kwartaal``, ``Vijf jaar geleden``."""

TIME_DIRECTIONS: tuple[str, ...] = ("eerder", "geleden", "later", "daarvoor", "daarna", "terug", "ervoor")
"""What may close the time: ``Een jaar eerder``, ``Tien jaar geleden``."""
