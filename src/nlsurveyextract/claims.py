"""One line per finding that reads as Dutch: the share, its group, what holds for them.

A reviewer scanning a table wants the claim, not three columns to put together:
``Slechts zestien procent heeft de technologie volledig geïntegreerd``, with
``Nederlandse organisaties`` found as its subject, reads back as
``16 procent van Nederlandse organisaties: heeft de technologie volledig
geïntegreerd``. The figure is written the Dutch way (``33,3 procent``); a
vague quantifier without a number (``een meerderheid``) keeps its own words.
"""

from __future__ import annotations

import re

UNIT_WORDS = {"percent": "procent", "percentage_point": "procentpunt"}
"""How a claim names the unit: ``procentpunt`` for a change between two percentages."""

_ARTICLE_OPENING = re.compile(r"^(De|Het|Een) (?=\w)")
_WHITESPACE = re.compile(r"\s+")


def dutch_number(value: float) -> str:
    """Write a percentage as Dutch news does: no trailing ``,0``, a decimal comma.

    >>> dutch_number(16.0), dutch_number(33.3), dutch_number(2.75)
    ('16', '33,3', '2,75')
    """
    written = f"{value:.2f}".rstrip("0").rstrip(".")
    return written.replace(".", ",")


def one_line(text: str) -> str:
    r"""Collapse line breaks and runs of spaces, so a claim stays on one line.

    >>> one_line("heeft alle dossiers\n  volledig  gedigitaliseerd")
    'heeft alle dossiers volledig gedigitaliseerd'
    """
    return _WHITESPACE.sub(" ", text).strip()


def in_running_text(subject: str) -> str:
    """A subject as it reads after ``van``: a capitalised opening article made lower case.

    >>> in_running_text("De inflatie"), in_running_text("Denemarken")
    ('de inflatie', 'Denemarken')
    """
    return _ARTICLE_OPENING.sub(lambda match: match.group(1).lower() + " ", subject)


def share_words(value: float | None, unit: str, span_text: str) -> str:
    """The share: ``16 procent``, or the quantifier's own words when it has no number.

    >>> share_words(16.0, "percent", "Slechts zestien procent")
    '16 procent'
    >>> share_words(None, "percent", "Een meerderheid")
    'een meerderheid'
    """
    if value is None:
        return in_running_text(one_line(span_text)).lower()
    return f"{dutch_number(value)} {UNIT_WORDS.get(unit, unit)}"


def claim_for(
    value: float | None, unit: str, span_text: str, subject_text: str | None, statement_text: str | None
) -> str:
    """The claim of one finding as one Dutch line: ``<share> van <subject>: <statement>``.

    >>> claim_for(16.0, "percent", "zestien procent", "Nederlandse organisaties",
    ...           "heeft de technologie volledig geïntegreerd")
    '16 procent van Nederlandse organisaties: heeft de technologie volledig geïntegreerd'
    >>> claim_for(3.0, "percentage_point", "3 procentpunt", None, None)
    '3 procentpunt'
    """
    claim = share_words(value, unit, span_text)
    if subject_text:
        claim += f" van {in_running_text(one_line(subject_text))}"
    if statement_text:
        claim += f": {one_line(statement_text)}"
    return claim
