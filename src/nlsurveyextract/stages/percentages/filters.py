"""What looks like a percentage claim but is not one: names, years, marks, ordinals, seats, dates.

Each test reads the words around a match: ``Stichting 100 Procent Zeker`` is
a name, ``het cijfer 7,5`` a mark out of ten, ``een derde partij`` an
ordinal, ``een meerderheid in de Tweede Kamer`` a majority of seats and
``de nacht van 22 op 23 september`` a date.
"""

from __future__ import annotations

import regex

from ...lexicon.calendar import MONTH_NAMES
from ...lexicon.function_words import PREPOSITIONS
from ...lexicon.quantities import KWART_NOT_SHARE, ORDINAL_NOUNS, RATING_WORDS, SEAT_VERBS
from .patterns import (
    NEXT_WORD_RE,
    POLITICAL_AFTER_RE,
    VAN_BEFORE_RE,
    WORD_BEFORE_RE,
    at_line_start,
    clause_before,
    has_qualifier_before,
    lower_word,
    table_key,
)


def is_name_unit(text: str, m: regex.Match[str]) -> bool:
    """Whether ``Procent`` is capitalised after a number inside a line, as in a name.

    ``Stichting 100 Procent Zeker`` names something; a claim writes ``procent``
    (a headline in title case may start with ``30 Procent``).
    """
    return m["unit"] == "Procent" and not at_line_start(text, m.start())


def is_year(number: str, value: float) -> bool:
    """Whether a bare number in a series is a year (``in 2019 en 2020``), not a share."""
    return number.isdigit() and value >= 1000


def is_rating(text: str, start: int) -> bool:
    """Whether a bare number is a mark out of ten: ``een 7,5``, ``het cijfer 8``.

    The guidelines exclude ratings; ``Het rapportcijfer is 7,5 en 80 procent is
    tevreden`` must not make ``7,5`` a share.
    """
    words = clause_before(text, start)[-3:]
    return words[-1:] == ["een"] or any(w in RATING_WORDS for w in words)


def fraction_is_share(text: str, m: regex.Match[str]) -> bool:
    """Rule out ordinals and times that look like fractions.

    ``een derde partij`` and ``een vijfde seizoen`` are ordinals, ``kwart over
    drie`` is a time, ``een kwart eeuw`` a period, ``2/3`` a date unless it
    reads ``2/3e`` or ``2/3 van``; a bare ``helft`` or ``kwart`` needs a
    headline or a degree word (``Ruime helft``).
    """
    after = NEXT_WORD_RE.match(text, m.end())
    next_word = lower_word(after.group(1) if after else None)
    core = table_key(m.group())
    if "/" in core:
        return core.endswith("e") or next_word == "van"
    if core.endswith("kwart") and next_word in KWART_NOT_SHARE:
        return False
    if (m["bare"] or core == "helft") and not (
        at_line_start(text, m.start()) or has_qualifier_before(text, m.start())
    ):
        return False
    denominator = m["den"] or ""
    ordinal = denominator.casefold() not in ("helft", "kwart", "")
    return not (ordinal and next_word in ORDINAL_NOUNS) and next_word != "meerderheid"


def ratio_reads_as_share(text: str, m: regex.Match[str], noun: str) -> bool:
    """Rule out ``op`` pairs that are not shares.

    ``de nacht van 22 op 23 september`` is a date, ``van 6 op 8 zetels`` a
    change of a count, and ``een op 4 zuilen`` mixes a word and a digit the way
    a ratio without ``de`` never does (``1 op 3``, ``Vier op tien``).
    """
    if table_key(m["op"]) != "op":
        return True
    mixed = m["n"][0].isdigit() != m["d"][0].isdigit()
    after_van = VAN_BEFORE_RE.search(text[max(0, m.start() - 5) : m.start()])
    return not (mixed or after_van or noun in MONTH_NAMES)  # a date: 'van 22 op 23 september' is no ratio


def is_political_majority(text: str, start: int, end: int) -> bool:
    """Whether ``meerderheid`` is a majority of seats, not a share of people asked.

    ``De coalitie heeft een meerderheid in de Tweede Kamer``, ``een meerderheid
    van 88 zetels`` and ``de motie kreeg een meerderheid`` count seats or votes.
    """
    if POLITICAL_AFTER_RE.match(text, end):
        return True
    m = WORD_BEFORE_RE.search(text[max(0, start - 20) : start])
    return m is not None and m.group(1).casefold() in SEAT_VERBS


def after_preposition(text: str, start: int) -> bool:
    """Whether a preposition precedes: ``met de meeste stemmen``, ``voor een meerderheid``.

    After a preposition ``de meeste`` is mostly a superlative and ``een
    meerderheid`` a majority of seats or votes (``nodig voor een meerderheid``),
    not a share of the people asked.
    """
    m = WORD_BEFORE_RE.search(text[max(0, start - 20) : start])
    return m is not None and m.group(1).casefold() in PREPOSITIONS


def is_conjunction(text: str, start: int, word: str) -> bool:
    """Whether ``maar`` at ``start`` follows a comma, so it means ``but``."""
    return table_key(word) == "maar" and text[max(0, start - 3) : start].rstrip().endswith(",")
