"""Dutch numbers as news text writes them: digits, number words, fractions, ratios.

The tables below are the language data; the functions around them are small and
pure. The word lists follow spaCy's ``spacy/lang/nl/lex_attrs.py`` (cardinals
and ordinals) and the ANS (Algemene Nederlandse Spraakkunst, §6.2 "Hoofdtelwoorden"
and §6.4 "Breuken") for how Dutch writes compounds: units precede tens and are
joined by ``en`` (``vijfenzeventig``), written ``ën`` after a vowel
(``drieënzestig``); ``honderd`` and ``duizend`` are written together with what
precedes and follows them (``tweehonderdvijftigduizend``); ``miljoen`` and
``miljard`` are separate words (``1,2 miljoen``).

Digits follow Dutch convention: a comma marks decimals (``16,5``) and a dot
groups thousands (``27.000``). A dot that is not followed by exactly three
digits is read as a decimal point, as English-style copy sometimes has it
(``2.5``).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from functools import lru_cache

import regex

# Cardinal words 0-19 (spaCy nl lex_attrs; ANS §6.2). "een" and "één" are the
# same word; accents are folded before lookup.
UNITS: Mapping[str, int] = {
    "nul": 0,
    "een": 1,
    "twee": 2,
    "drie": 3,
    "vier": 4,
    "vijf": 5,
    "zes": 6,
    "zeven": 7,
    "acht": 8,
    "negen": 9,
}
TEENS: Mapping[str, int] = {
    "tien": 10,
    "elf": 11,
    "twaalf": 12,
    "dertien": 13,
    "veertien": 14,
    "vijftien": 15,
    "zestien": 16,
    "zeventien": 17,
    "achttien": 18,
    "negentien": 19,
}
# Tens (spaCy nl lex_attrs); combine as unit + "en" + ten: "vijfenzeventig".
TENS: Mapping[str, int] = {
    "twintig": 20,
    "dertig": 30,
    "veertig": 40,
    "vijftig": 50,
    "zestig": 60,
    "zeventig": 70,
    "tachtig": 80,
    "negentig": 90,
}
# Words written together with the number before and after them (ANS §6.2.2).
HUNDRED, THOUSAND = "honderd", "duizend"
# Large multipliers written as separate words after a number: "1,2 miljoen".
LARGE: Mapping[str, int] = {"miljoen": 10**6, "miljard": 10**9, "biljoen": 10**12}
# Multipliers news writes apart after digits: "13 duizend", "2,5 duizend", "1,2 miljoen"
# (the ANS writes "duizend" together with a number word, but digits cannot join it).
SPACED_MULTIPLIERS: Mapping[str, int] = {**LARGE, THOUSAND: 1000}
# Halves that are numbers on their own: "anderhalf procent", "een half procent";
# a unit joined to "half" adds one half: "tweeënhalf procent" (ANS §6.4.3).
HALVES: Mapping[str, float] = {"half": 0.5, "een half": 0.5, "anderhalf": 1.5}

# Denominator words of fractions (ANS §6.4): the ordinal serves as the
# denominator ("een vijfde"), with "helft" and "kwart" as their own words.
# "derde" means one third only after a numeral ("twee derde"); "de derde" is an
# ordinal, which the caller's patterns rule out.
DENOMINATORS: Mapping[str, int] = {
    "helft": 2,
    "derde": 3,
    "kwart": 4,
    "vierde": 4,
    "vijfde": 5,
    "zesde": 6,
    "zevende": 7,
    "achtste": 8,
    "negende": 9,
    "tiende": 10,
    "twaalfde": 12,
    "twintigste": 20,
    "honderdste": 100,
}

# Denominators written together with their numerator ("tweederde",
# "driekwart", "éénderde"); "tiende" is left out because "zestiende" and
# "achttiende" are ordinals.
ONE_WORD_DENOMINATORS = ("derde", "kwart", "vierde", "vijfde")
# Fractions that stand without a numeral: "de helft", headline "Kwart ...".
BARE_FRACTIONS = frozenset({"helft", "kwart"})

NUMBER_WORD_INITIALS: frozenset[str] = frozenset(
    word[0] for table in (UNITS, TEENS, TENS, LARGE, HALVES) for word in table
) | {HUNDRED[0], THOUSAND[0]}
"""First letters of the Dutch number words (folded): a word that starts otherwise is no number."""

_THOUSANDS_DOTS = regex.compile(r"[+\-\u2212]?\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_PLAIN_DIGITS = regex.compile(r"[+\-\u2212]?\d+(?:[.,]\d+)?")
_SPACES = regex.compile(r"[\s\u00a0]+")
_COMPOUND_JOIN = "en"


WORD_CACHE_SIZE = 1 << 16
"""Distinct words whose reading is remembered, by the number parsers here and the survey finder's
word shapes: the tests are pure and read every word of an article, most of which (``de``,
``procent``) recur in every text."""


@lru_cache(maxsize=WORD_CACHE_SIZE)
def fold(text: str) -> str:
    """Casefold and strip accents, so the tables need one spelling per word.

    Dutch writes stress accents (``één``) and the trema (``drieënzestig``) that
    do not change the number.

    >>> fold("Drieënzestig")
    'drieenzestig'
    >>> fold("Eén  op\u00a0de drie")
    'een op de drie'
    """
    decomposed = unicodedata.normalize("NFD", text.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return str(_SPACES.sub(" ", bare)).strip()


def parse_digits(text: str) -> float | None:
    """Read a number written in digits the Dutch way: comma decimals, dot thousands.

    ``27.000`` is twenty-seven thousand, not 27.0; ``16,5`` is sixteen and a half.

    >>> parse_digits("16,5"), parse_digits("1.024"), parse_digits("27.000")
    (16.5, 1024.0, 27000.0)
    >>> parse_digits("-3,2"), parse_digits("2.5"), parse_digits("zes")
    (-3.2, 2.5, None)
    """
    text = text.strip().replace("\u2212", "-")
    if _THOUSANDS_DOTS.fullmatch(text):
        return float(text.replace(".", "").replace(",", "."))
    if _PLAIN_DIGITS.fullmatch(text):
        return float(text.replace(",", "."))
    return None


def may_be_number(text: str) -> bool:
    """Whether ``text`` can be a number at all, judged by its first character alone.

    A cheap test for callers that try :func:`parse_number` on every word of an
    article: most words (``de``, ``kiezers``) fail it at once.

    >>> may_be_number("2.100"), may_be_number("zesduizend"), may_be_number("Één"), may_be_number("kiezers")
    (True, True, True, False)
    """
    head = fold(text.lstrip()[:1])
    return head.isdigit() or head in NUMBER_WORD_INITIALS or (head != "" and head in "+-\u2212")


def _below_hundred(word: str) -> int | None:
    """Read ``zestien``, ``vijfenzeventig``, ``drieenzestig`` (already folded)."""
    for table in (UNITS, TEENS, TENS):
        if word in table:
            return table[word]
    for unit, value in UNITS.items():
        rest = word.removeprefix(unit + _COMPOUND_JOIN)
        if value and rest != word and rest in TENS:
            return value + TENS[rest]
    return None


def _split_on(word: str, multiplier: str) -> tuple[str, str] | None:
    """Split ``tweehonderdvijftig`` on ``honderd`` into ``twee`` and ``vijftig``."""
    head, found, tail = word.partition(multiplier)
    if tail.startswith(_COMPOUND_JOIN) and tail != _COMPOUND_JOIN:
        tail = tail.removeprefix(_COMPOUND_JOIN)
    return (head, tail) if found else None


def _below(word: str, multiplier: str, factor: int) -> int | None:
    """Read a word up to ``factor * 1000`` built around ``honderd`` or ``duizend``."""
    lower = _below_hundred if factor == 100 else _below_thousand
    parts = _split_on(word, multiplier)
    if parts is None:
        return lower(word)
    head, tail = parts
    count = lower(head) if head else 1
    rest = lower(tail) if tail else 0
    if count is None or rest is None or count == 0:
        return None
    return count * factor + rest


def _below_thousand(word: str) -> int | None:
    """Read ``honderd``, ``driehonderdtwintig``, ``negentien`` (already folded)."""
    return _below(word, HUNDRED, 100)


def parse_number_word(text: str) -> float | None:
    """Read a Dutch number written in words, compounds included.

    >>> parse_number_word("vijfenzeventig"), parse_number_word("drieënzestig")
    (75.0, 63.0)
    >>> parse_number_word("tweehonderdvijftigduizend"), parse_number_word("anderhalf")
    (250000.0, 1.5)
    >>> parse_number_word("tweeënhalf"), parse_number_word("procent") is None
    (2.5, True)
    """
    word = fold(text)
    if word in HALVES:
        return HALVES[word]
    head = word.removesuffix(_COMPOUND_JOIN + "half")
    if head != word and head in UNITS:
        return UNITS[head] + 0.5
    value = _below(word, THOUSAND, 1000) if word else None
    return None if value is None else float(value)


@lru_cache(maxsize=WORD_CACHE_SIZE)
def parse_number(text: str) -> float | None:
    """Read a number the way a Dutch article writes it: digits, words, or both.

    The surveys module reads sample sizes with it (``zesduizend IT-managers``,
    ``1,2 miljoen huishoudens``); the percentage finder reads the figures.

    >>> parse_number("16"), parse_number("16,5"), parse_number("1.024")
    (16.0, 16.5, 1024.0)
    >>> parse_number("27.000"), parse_number("zesduizend"), parse_number("1,2 miljoen")
    (27000.0, 6000.0, 1200000.0)
    >>> parse_number("een half"), parse_number("één"), parse_number("honderd")
    (0.5, 1.0, 100.0)
    >>> parse_number("twee miljoen"), parse_number("de helft") is None
    (2000000.0, True)
    >>> parse_number("13 duizend"), parse_number("2,5 duizend")
    (13000.0, 2500.0)
    """
    folded = fold(text)
    if folded in HALVES:
        return HALVES[folded]
    head, _, last = folded.rpartition(" ")
    if head and last in SPACED_MULTIPLIERS:
        base = parse_number(head)
        return None if base is None else base * SPACED_MULTIPLIERS[last]
    if folded in LARGE:
        return float(LARGE[folded])
    digits = parse_digits(folded)
    return digits if digits is not None else parse_number_word(folded)


def as_percent(numerator: float, denominator: float) -> float | None:
    """Turn a share into percent, rounded to one decimal as articles round it.

    >>> as_percent(1, 3), as_percent(2, 3), as_percent(4, 10), as_percent(1, 0)
    (33.3, 66.7, 40.0, None)
    """
    if denominator <= 0 or numerator > denominator:
        return None
    return round(100 * numerator / denominator, 1)


def parse_denominator(text: str) -> float | None:
    """Read the denominator word of a fraction: ``derde`` is 3, ``kwart`` is 4.

    >>> parse_denominator("kwart"), parse_denominator("Tiende"), parse_denominator("tien")
    (4.0, 10.0, None)
    """
    value = DENOMINATORS.get(fold(text))
    return None if value is None else float(value)


def split_fraction_word(word: str) -> tuple[str, str] | None:
    """Split a fraction written as one word: ``tweederde``, ``driekwart``, ``éénderde``.

    >>> split_fraction_word("tweederde"), split_fraction_word("Driekwart")
    (('twee', 'derde'), ('drie', 'kwart'))
    >>> split_fraction_word("verdere") is None, split_fraction_word("zestiende") is None
    (True, True)
    """
    folded = fold(word)
    for denominator in ONE_WORD_DENOMINATORS:
        head = folded.removesuffix(denominator)
        if head != folded and head in UNITS:
            return head, denominator
    return None


def parse_fraction(text: str) -> float | None:
    """Read a fraction in percent: ``een derde`` 33.3, ``driekwart`` 75, ``2/3e`` 66.7.

    A bare ``helft`` (``de helft``) is one half and a bare ``kwart`` one quarter;
    ``de derde`` is an ordinal.

    >>> parse_fraction("twee derde"), parse_fraction("tweederde"), parse_fraction("de helft")
    (66.7, 66.7, 50.0)
    >>> parse_fraction("2/3e"), parse_fraction("een kwart"), parse_fraction("zes") is None
    (66.7, 25.0, True)
    """
    folded = fold(text).removeprefix("de ")
    if "/" in folded:
        num, _, den = folded.removesuffix("e").partition("/")
        n, d = parse_digits(num), parse_digits(den)
        return None if n is None or d is None else as_percent(n, d)
    parts = folded.rsplit(" ", 1) if " " in folded else split_fraction_word(folded)
    if parts is None:
        return as_percent(1, DENOMINATORS[folded]) if folded in BARE_FRACTIONS else None
    n, d = parse_number(parts[0]), parse_denominator(parts[1])
    return None if n is None or d is None else as_percent(n, d)


def parse_ratio(numerator: str, denominator: str) -> float | None:
    """Read ``vier op de tien`` (given as its two numbers) in percent.

    >>> parse_ratio("vier", "tien"), parse_ratio("Eén", "drie"), parse_ratio("1", "4")
    (40.0, 33.3, 25.0)
    >>> parse_ratio("elf", "tien") is None
    True
    """
    n, d = parse_number(numerator), parse_number(denominator)
    return None if n is None or d is None else as_percent(n, d)
