"""The regular expressions of the percentage stage, built from the lexicon tables.

Every quantifier in them is bounded or stands alone, so matching stays
linear in the length of the text. The small helpers below read the words
around a match with these patterns.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

import regex

from ...lexicon.function_words import CLAUSE_WORDS, RESTATE_WORDS
from ...lexicon.numbers import (
    DENOMINATORS,
    ONE_WORD_DENOMINATORS,
    TEENS,
    TENS,
    UNITS,
)
from ...lexicon.punctuation import STOP_CLASS
from ...lexicon.quantities import QUALIFIERS, SUFFIX_QUALIFIERS, UNIT_WORDS, VAGUE
from ...vocab import Unit

_HS = r"[^\S\r\n]"
_WS = _HS + "{1,3}"
_OWS = _HS + "{0,3}"
_NOT_WORD_BEFORE = r"(?<![\w.,'’/%])"
_NOT_WORD_AFTER = r"(?![\w])"


def _alternation(phrases: Iterable[str]) -> str:
    """Join phrases longest first, spaces matching any short horizontal space."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    return "|".join(regex.escape(p).replace(r"\ ", _WS) for p in ordered)


def _number_word_pattern() -> str:
    """Dutch number words below a thousand, compounds included (``drieënzestig``).

    Built from :mod:`nlsurveyextract.lexicon.numbers`; accents are optional so both
    ``één`` and ``een`` match.
    """
    units = "|".join(u for u in UNITS if u != "nul")
    tens = "|".join(TENS)
    teens = "|".join(TEENS)
    compound = rf"(?:{units})[eë]?n(?:{tens})"
    below_hundred = rf"{compound}|{teens}|{tens}|{units}"
    hundreds = rf"(?:{units})?honderd(?:en)?(?:{below_hundred})?"
    accented = "[eé][eé]n"
    return (
        rf"(?<!\w)(?:een{_WS}half|anderhalf|(?:{units})[eë]nhalf|{hundreds}|{below_hundred}"
        rf"|{accented}|nul)(?!\w)"
    )


_DIGITS = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\d.])|\d+(?:[.,]\d+)?"
_NUM = rf"(?:{_DIGITS}|{_number_word_pattern()})"
_UNIT = rf"(?:{_alternation(u for u in UNIT_WORDS if u[0] != '%')}){_NOT_WORD_AFTER}|%-?punten|%-?punt|%"
_QUAL = _alternation(QUALIFIERS)
_SIGN = "[-+\u2212]"
FIGURE_RE = regex.compile(
    rf"{_NOT_WORD_BEFORE}(?P<sign>{_SIGN}(?=\d))?(?P<num>{_NUM}){_HS}{{0,2}}(?P<unit>{_UNIT})",
    regex.IGNORECASE,
)
# A series of bare numbers that ends in a figure: "86 en 87 procent",
# "van 7 naar 19 procent", "20 tot 30%", "tussen de twee en vier procent".
SERIES_RE = regex.compile(
    rf"{_NOT_WORD_BEFORE}(?P<n>{_NUM})(?:{_OWS},{_WS}(?P<n>{_NUM})){{0,6}}"
    rf"(?:{_WS}(?:en|of|tegen|tegenover|versus|vs\.|naar|tot(?:{_WS}en{_WS}met)?|à|á|a){_WS}"
    rf"|{_OWS}[-–]{_OWS})"
    rf"(?=(?:(?:{_QUAL}){_WS})?(?:{_NUM}){_HS}{{0,2}}(?P<unit>{_UNIT}))",
    regex.IGNORECASE,
)
_NUMERATOR = rf"(?:{_number_word_pattern()}|\d{{1,2}})"
_DENOM_WORDS = _alternation(DENOMINATORS)
FRACTION_RE = regex.compile(
    rf"(?<!\w)(?:"
    rf"(?P<det>de(?:{_WS}(?:ene|andere))?{_WS})?helft"
    rf"|(?P<num>{_NUMERATOR})(?:{_WS}|-)(?P<den>{_DENOM_WORDS})"
    rf"|(?:een|één|eén|twee|drie|vier)(?:{_alternation(ONE_WORD_DENOMINATORS)})"
    rf"|\d{{1,2}}/\d{{1,3}}e?"
    rf"|(?P<bare>kwart)"
    rf")(?!\w)",
    regex.IGNORECASE,
)
_RATIO_NUM = rf"(?:(?<!\w)(?:duizend|miljoen)(?!\w)|{_number_word_pattern()}|\d{{1,3}}(?:\.\d{{3}})*)"
RATIO_RE = regex.compile(
    rf"(?<![\w.,])(?P<n>{_RATIO_NUM}){_WS}(?P<op>op(?:{_WS}de)?|van{_WS}de){_WS}"
    rf"(?P<d>{_RATIO_NUM})(?![\w.,]\w)(?=(?:{_WS}(?P<noun>\w+))?)",
    regex.IGNORECASE,
)
VAGUE_RE = regex.compile(
    rf"(?<!\w)(?P<core>{_alternation(VAGUE)}|(?<=^|\n)meesten?)(?!\w)(?=(?:{_WS}(?P<noun>\w+))?)",
    regex.IGNORECASE,
)
QUALIFIER_BEFORE_RE = regex.compile(
    rf"(?:(?<![\w'’])(?:[(‘'\"“](?P<q>{_QUAL})[)’'\"”]|(?P<q>{_QUAL})){_WS}"
    rf"|(?<![\w'’])(?P<q>[<>≤≥±~]){_OWS})\Z",
    regex.IGNORECASE,
)
SUFFIX_RE = regex.compile(rf"{_WS}(?P<q>{_alternation(SUFFIX_QUALIFIERS)})(?!\w)")
RANGE_GAP_RE = regex.compile(
    rf"\A(?:{_WS}(?P<word>en|tot(?:{_WS}en{_WS}met)?|à|á|a){_WS}|{_OWS}[-–]{_OWS})\Z",
    regex.IGNORECASE,
)
TUSSEN_BEFORE_RE = regex.compile(rf"(?<!\w)tussen(?:{_WS}de)?{_WS}\Z", regex.IGNORECASE)
_GAP_WORD = r"[^\s.,;:!?()\[\]–—]+"
BRACKET_GAP_RE = regex.compile(rf"\A(?:{_WS}{_GAP_WORD}){{0,10}}{_OWS}\(\Z")
BRACKET_CLOSE_RE = regex.compile(r"[^()\n\d%]{0,30}?\)")
APPOSITION_GAP_RE = regex.compile(
    rf"\A(?:(?P<words>(?:{_WS}{_GAP_WORD}){{1,6}})?(?:,|{_WS}[–—-])|:)"
    rf"(?:{_WS}(?P<restate>{_alternation(RESTATE_WORDS)}))?{_WS}\Z",
    regex.IGNORECASE,
)
CLAUSE_WORD_RE = regex.compile(rf"(?<!\w)(?:{_alternation(CLAUSE_WORDS)})(?!\w)", regex.IGNORECASE)
GAP_END_RE = regex.compile(r"[,:(–—]")
VAN_GAP_RE = regex.compile(rf"\A{_WS}van{_WS}\Z", regex.IGNORECASE)
OWN_GROUP_AFTER_RE = regex.compile(rf"{_WS}(?:van|onder|bij){_WS}", regex.IGNORECASE)
OPEN_BRACKET_GAP_RE = regex.compile(rf"\A{_OWS}\(\Z")
WORD_RE = regex.compile(r"[\w'’+\-\u2212]+")
_CLAUSE_END_RE = regex.compile(r"[.,;:!?()\n]")
SENTENCE_END_RE = regex.compile(STOP_CLASS)
POLITICAL_AFTER_RE = regex.compile(
    rf"{_WS}(?:van{_WS}\d+{_WS}(?:zetels|stemmen)|in{_WS}(?:de{_WS}(?:(?:Eerste|Tweede){_WS})?"
    rf"Kamer|de{_WS}(?:Senaat|gemeenteraad|raad|Staten)|het{_WS}parlement))",
    regex.IGNORECASE,
)
NEXT_WORD_RE = regex.compile(rf"{_WS}(\w+)")
WORD_BEFORE_RE = regex.compile(r"(\w+)[^\S\n]+\Z")
UNIT_AFTER_RE = regex.compile(rf"{_HS}{{0,2}}(?P<unit>{_UNIT})", regex.IGNORECASE)
VAN_BEFORE_RE = regex.compile(rf"(?<!\w)van{_WS}\Z", regex.IGNORECASE)
_SHARE_LEVEL = r"\d{1,2}(?:,\d{1,2})?"
ELIDED_RE = regex.compile(
    rf"(?<!\w)van{_WS}(?P<a>{_SHARE_LEVEL}){_WS}naar{_WS}(?P<b>{_SHARE_LEVEL})"
    rf"(?![\w%]|[.,]\d|{_OWS}(?:{_UNIT}))",
    regex.IGNORECASE,
)
SHARE_NOUN_RE = regex.compile(r"(?<!\w)(?:percentage|aandeel)(?!\w)", regex.IGNORECASE)

UNIT_LITERALS = ("%", "procent", "percent", "pct")
"""One of these stands in every unit word (``procentpunt``, ``%-punt``, ``pct.``): a text
without any has no match of :data:`FIGURE_RE` or :data:`SERIES_RE`."""
FRACTION_LITERALS = ("/", *DENOMINATORS)
"""One of these stands in every match of :data:`FRACTION_RE` (``helft``, ``tweederde``, ``2/3e``)."""


@lru_cache(maxsize=4)
def may_match(text: str, literals: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of ``literals`` (case-folded).

    A regular expression that needs one cannot match without it. Most news has
    no unit and no fraction word, and a substring test costs a fraction of a
    scan by the expression.

    >>> may_match("Ruim 16 PROCENT", UNIT_LITERALS), may_match("Ruim 16 mensen", UNIT_LITERALS)
    (True, False)
    """
    folded = text.casefold()
    return any(literal in folded for literal in literals)


NAAR_GAP_RE = regex.compile(rf"\A{_WS}(?:naar|tot){_WS}\Z", regex.IGNORECASE)
_LINE_START_RE = regex.compile(r"(?:\A|\n)[^\S\n]*[\"'‘“(]?\Z")


def table_key(text: str) -> str:
    """Lower-case a matched phrase and collapse its spaces, for table lookup."""
    return " ".join(text.casefold().split())


def lower_word(text: str | None) -> str:
    """The following word in lower case, or ``""``: the noun after ``een derde``."""
    return (text or "").casefold()


def unit_of(word: str) -> Unit:
    """Map a matched unit word to its unit: ``procentpunten`` is percentage points."""
    return UNIT_WORDS.get(word.casefold(), "percentage_point" if "punt" in word else "percent")


def at_line_start(text: str, start: int) -> bool:
    """Whether only white space or an opening quote precedes ``start`` on its line.

    Headlines drop articles (``Helft scholieren ...``), so a bare ``helft`` counts
    there and after a degree word (``Ruime helft``), but not in ``de tweede helft``.
    """
    return bool(_LINE_START_RE.search(text[max(0, start - 4) : start]) or start == 0)


def has_qualifier_before(text: str, start: int) -> bool:
    """Whether a degree word (``bijna``, ``meer dan``) stands right before ``start``."""
    return bool(QUALIFIER_BEFORE_RE.search(text[max(0, start - 30) : start]))


def clause_before(text: str, start: int) -> list[str]:
    """The words of the clause before ``start``, lower-cased, up to a punctuation mark."""
    window = _CLAUSE_END_RE.split(text[max(0, start - 50) : start])[-1]
    return [w.casefold() for w in WORD_RE.findall(window)]
