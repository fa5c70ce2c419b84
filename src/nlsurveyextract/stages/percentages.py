"""Find every percentage claim in Dutch news text, and a spaCy component around it.

A claim is a share of a group, a rate or a change (see the corpus guidelines):
``16 procent``, ``zestien procent``, ``een derde``, ``vier op de tien``,
``tussen de 20 en 30 procent``, ``steeg met 3 procent``, ``bijna de helft
(49 procent)`` and vague ``een meerderheid``. Everything here works on plain
text, before any parsing, so a pipeline can parse only the sentences that hold
a finding. The patterns are built from the tables in this module and in
:mod:`nlsurveyextract.lexicon.numbers`; every quantifier in them is bounded or stands
alone, so matching stays linear in the length of the text.

The steps, each a small pure function:

1. core expressions (figures, bare numbers in a series that ends in a figure,
   fractions, ratios, vague quantifiers), each with its qualifier;
2. the longest expression wins where two overlap;
3. ``20 tot 30 procent`` and ``tussen de helft en driekwart`` become ranges;
4. a claim written twice (``Bijna de helft (49 procent)``) becomes one finding;
5. the direction of a change (``daalde met 3 procent``) is read from its context.
"""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import regex
import srsly
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..lexicon.calendar import MONTH_NAMES
from ..lexicon.numbers import (
    DENOMINATORS,
    ONE_WORD_DENOMINATORS,
    TEENS,
    TENS,
    UNITS,
    as_percent,
    parse_fraction,
    parse_number,
    parse_ratio,
)
from ..lexicon.punctuation import STOP_CLASS

if TYPE_CHECKING:  # annotations only: the component does not import pydantic
    from ..schema import Direction, Form, Qualifier, Unit

FACTORY = "nlsurveyextract_percentages"
SPANS_KEY = FACTORY
"""Where the component puts its spans: ``doc.spans[SPANS_KEY]``."""
EXTENSION = "nlse_percentage"


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


# --------------------------------------------------------------------------
# Language data. Sources: the corpus guidelines (what counts as a claim), the
# ANS (Algemene Nederlandse Spraakkunst) on quantifiers and degree adverbs,
# and the wording of Dutch news reports of polls (NOS, I&O, Ipsos, CBS).
# --------------------------------------------------------------------------

# Unit words after a number (guidelines; "pct." is the ANP abbreviation).
UNIT_WORDS: Mapping[str, Unit] = {
    "procentpunten": "percentage_point",
    "procentpunt": "percentage_point",
    "%-punt": "percentage_point",
    "%-punten": "percentage_point",
    "percentagepunten": "percentage_point",
    "percentagepunt": "percentage_point",
    "procent": "percent",
    "percent": "percent",
    "pct.": "percent",
    "pct": "percent",
    "%": "percent",
}

# Degree words before a number (ANS §8.3 "gradatie"), mapped to what they say
# about the true value. Longer phrases are tried first.
QUALIFIERS: Mapping[str, Qualifier] = {
    "ongeveer": "about",
    "circa": "about",
    "ca.": "about",
    "zo'n": "about",
    "zo’n": "about",
    "zo´n": "about",
    "zo`n": "about",
    "rond": "about",
    "rond de": "about",
    "rondom": "about",
    "om en nabij": "about",
    "pakweg": "about",
    "grofweg": "about",
    "ruwweg": "about",
    "zowat": "about",
    "naar schatting": "about",
    "plusminus": "about",
    "tot zo'n": "about",
    "tot zo’n": "about",
    "ca": "about",
    "~": "about",
    "±": "about",
    "<": "less_than",
    ">": "more_than",
    "≤": "at_most",
    "≥": "at_least",
    "bijna": "almost",
    "nagenoeg": "almost",
    "vrijwel": "almost",
    "krap": "almost",
    "krappe": "almost",
    "een kleine": "almost",
    "net geen": "almost",
    "ruim": "more_than",
    "ruime": "more_than",
    "dik": "more_than",
    "dikke": "more_than",
    "een dikke": "more_than",
    "een goede": "more_than",
    "meer dan": "more_than",
    "iets meer dan": "more_than",
    "net meer dan": "more_than",
    "net iets meer dan": "more_than",
    "ruim meer dan": "more_than",
    "boven de": "more_than",
    "minder dan": "less_than",
    "iets minder dan": "less_than",
    "net minder dan": "less_than",
    "nog geen": "less_than",
    "onder de": "less_than",
    "ten minste": "at_least",
    "tenminste": "at_least",
    "minstens": "at_least",
    "minimaal": "at_least",
    "zeker": "at_least",
    "niet minder dan": "at_least",
    "hooguit": "at_most",
    "maximaal": "at_most",
    "hoogstens": "at_most",
    "ten hoogste": "at_most",
    "niet meer dan": "at_most",
    "tot maximaal": "at_most",
    "slechts": "only",
    "maar": "only",
    "nog maar": "only",
    "pas": "only",
    "amper": "only",
    "nauwelijks": "only",
    "maar liefst": "as_many_as",
    "liefst": "as_many_as",
    "wel": "as_many_as",
    "zelfs": "as_many_as",
    "tot wel": "as_many_as",
    "tot liefst": "as_many_as",
}
# Degree phrases after the figure: "6,7 procent of meer".
SUFFIX_QUALIFIERS: Mapping[str, Qualifier] = {
    "of meer": "at_least",
    "en meer": "at_least",
    "of hoger": "at_least",
    "of minder": "at_most",
    "of lager": "at_most",
}

# Vague quantifiers (guidelines: optional findings, value null). "alle",
# "iedereen" and "niemand" only count with a degree word before them.
VAGUE: Mapping[str, Qualifier] = {
    "een meerderheid": "exact",
    "de meerderheid": "exact",
    "een minderheid": "exact",
    "het merendeel": "exact",
    "het overgrote deel": "exact",
    "het overgrote merendeel": "exact",
    "de overgrote meerderheid": "exact",
    "het grootste deel": "exact",
    "het grootste gedeelte": "exact",
    "de meeste": "exact",
    "de meesten": "exact",
    "een ruime meerderheid": "more_than",
    "een krappe meerderheid": "almost",
    "een kleine meerderheid": "exact",
    "een grote meerderheid": "exact",
    "een overgrote meerderheid": "exact",
    "een dikke meerderheid": "more_than",
    "een nipte meerderheid": "exact",
    "een overweldigende meerderheid": "exact",
    "een kleine minderheid": "exact",
    "een grote minderheid": "exact",
    "bijna alle": "almost",
    "bijna allen": "almost",
    "bijna iedereen": "almost",
    "bijna allemaal": "almost",
    "bijna niemand": "almost",
    "vrijwel alle": "almost",
    "vrijwel iedereen": "almost",
    "vrijwel niemand": "almost",
    "nagenoeg alle": "almost",
    "nagenoeg iedereen": "almost",
    "zowat alle": "almost",
    "zowat iedereen": "almost",
}
# Nouns after "de meeste" that make it a superlative, not a share of a group
# ("de partij met de meeste stemmen").
SUPERLATIVE_NOUNS = frozenset(
    "stemmen zetels punten doelpunten goals medailles overwinningen zeges titels "
    "aandacht geld tijd moeite invloed macht kans kansen kritiek klachten schade "
    "winst verlies fouten kilometers uren steun vertrouwen wantrouwen "
    "weerstand sympathie".split()
)
# Nouns after "een derde", "een vijfde" that make the word an ordinal ("een
# derde partij", "een vijfde seizoen"), not a fraction.
ORDINAL_NOUNS = frozenset(
    "partij plaats ronde termijn kabinet keer maal poging weg golf land optie "
    "generatie editie seizoen wedstrijd dag week maand jaar kwartaal klas persoon "
    "kind zoon dochter lid plek fase stap pijler categorie baan lijn wereldoorlog "
    "helft set periode versie variant factor speler kandidaat graad orde rang "
    "prijs verdieping opeenvolgende grote nieuwe term manier mogelijkheid instantie "
    "lezing klasse divisie kamer wet etage tranche man vrouw huis album boek film "
    "vestiging terminal brug tunnel rijstrook landingsbaan wereld seconde punt "
    "miljoen miljard".split()
)
# Words before a bare number that make it a mark out of ten (guidelines).
RATING_WORDS = frozenset("cijfer rapportcijfer gemiddelde score beoordeling".split())
# Words after "kwart" that make it a time, a period or an amount, not a share:
# "kwart over drie", "een kwart eeuw", "een kwart miljoen bezoekers".
KWART_NOT_SHARE = frozenset("over voor eeuw miljoen miljard liter kilo pond mijl uur seconde minuut".split())
# Nouns after "11 van de 28" that make it a count, not a share (guidelines).
COUNT_NOUNS = frozenset("zetels zetel stemmen punten wedstrijden".split())

# Words that say a figure is a change, and which way (ANS; news usage). Verbs
# and nouns stand before the figure ("steeg met 3 procent", "een daling van
# 4 procent"); comparatives and particles after it ("5 procent hoger", "nam
# 12 procent af"); participles on either side.
UP_BEFORE = frozenset(
    "steeg stijgt stegen stijgen gestegen stijging groeide groeit groeiden groei "
    "gegroeid toename toegenomen opgelopen omhooggegaan verhoogd verhoging won wint "
    "verhoogt verhoogde verhogen "
    "winst plus".split()
)
DOWN_BEFORE = frozenset(
    "daalde daalt daalden dalen gedaald daling kromp krimpt krimp gekrompen afname "
    "afgenomen gezakt zakte zakt zakten verlies verloor verliest verlaagd verlaging "
    "verlaagt verlaagde verlagen "
    "doken dook geslonken slonk min".split()
)
UP_AFTER = frozenset(
    "hoger meer duurder sterker toe omhoog gestegen toegenomen gegroeid opgelopen "
    "verhogen verhoogd stijgen groeien toenemen "
    "plus groen".split()
)
DOWN_AFTER = frozenset(
    "lager minder goedkoper zwakker af omlaag gedaald afgenomen gekrompen gezakt "
    "verlagen verlaagd dalen krimpen afnemen "
    "geslonken min rood".split()
)
# Prepositions that make the figure a level, not a change: "daalde naar 3,6
# procent", "kwam uit op 3,1 procent".
LEVEL_WORDS = frozenset("naar tot op rond boven onder".split())
# Comparatives that also modify a following noun ("de andere helft minder
# regels", "de helft plus een"); they mark a change only after a figure with a unit.
COMPARATIVES = frozenset("hoger meer lager minder duurder goedkoper sterker zwakker plus min".split())
# Prepositions (ANS §9) that make "de meeste"/"een meerderheid" a superlative
# or a majority of seats rather than a share of a group.
PREPOSITIONS = frozenset("met voor aan op tot naar bij door in uit over zonder van".split())
# Verbs before "een meerderheid" that make it a majority of seats or votes
# ("heeft een meerderheid", "kreeg een meerderheid", "vormen een meerderheid").
SEAT_VERBS = frozenset(
    "heeft hebben had hadden krijgt krijgen kreeg kregen haalt halen haalde haalden "
    "behaalt behaalde vormt vormen vormde houdt behoudt verliest verloor".split()
)
# Words that open a clause (ANS §10: subordinators, relatives, "te"): a gap
# holding one is a statement about the share, not a name for its group, so the
# figure after it is a separate claim ("het grootste deel vindt dat ...: 32 procent").
CLAUSE_WORDS = ("dat", "die", "wat", "om", "omdat", "als", "te", "zich", "wie")
RESTATE_WORDS = ("oftewel", "ofwel", "ofte wel", "dat is", "dus", "namelijk", "of")

# --------------------------------------------------------------------------
# Patterns built from the tables.
# --------------------------------------------------------------------------

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
_QUALIFIER_BEFORE_RE = regex.compile(
    rf"(?:(?<![\w'’])(?:[(‘'\"“](?P<q>{_QUAL})[)’'\"”]|(?P<q>{_QUAL})){_WS}"
    rf"|(?<![\w'’])(?P<q>[<>≤≥±~]){_OWS})\Z",
    regex.IGNORECASE,
)
_SUFFIX_RE = regex.compile(rf"{_WS}(?P<q>{_alternation(SUFFIX_QUALIFIERS)})(?!\w)")
_RANGE_GAP_RE = regex.compile(
    rf"\A(?:{_WS}(?P<word>en|tot(?:{_WS}en{_WS}met)?|à|á|a){_WS}|{_OWS}[-–]{_OWS})\Z",
    regex.IGNORECASE,
)
_TUSSEN_BEFORE_RE = regex.compile(rf"(?<!\w)tussen(?:{_WS}de)?{_WS}\Z", regex.IGNORECASE)
_GAP_WORD = r"[^\s.,;:!?()\[\]–—]+"
_BRACKET_GAP_RE = regex.compile(rf"\A(?:{_WS}{_GAP_WORD}){{0,10}}{_OWS}\(\Z")
_BRACKET_CLOSE_RE = regex.compile(r"[^()\n\d%]{0,30}?\)")
_APPOSITION_GAP_RE = regex.compile(
    rf"\A(?:(?P<words>(?:{_WS}{_GAP_WORD}){{1,6}})?(?:,|{_WS}[–—-])|:)"
    rf"(?:{_WS}(?P<restate>{_alternation(RESTATE_WORDS)}))?{_WS}\Z",
    regex.IGNORECASE,
)
_CLAUSE_WORD_RE = regex.compile(rf"(?<!\w)(?:{_alternation(CLAUSE_WORDS)})(?!\w)", regex.IGNORECASE)
_GAP_END_RE = regex.compile(r"[,:(–—]")
_VAN_GAP_RE = regex.compile(rf"\A{_WS}van{_WS}\Z", regex.IGNORECASE)
_OWN_GROUP_AFTER_RE = regex.compile(rf"{_WS}(?:van|onder|bij){_WS}", regex.IGNORECASE)
_OPEN_BRACKET_GAP_RE = regex.compile(rf"\A{_OWS}\(\Z")
_WORD_RE = regex.compile(r"[\w'’+\-\u2212]+")
_CLAUSE_END_RE = regex.compile(r"[.,;:!?()\n]")
_SENTENCE_END_RE = regex.compile(STOP_CLASS)
_POLITICAL_AFTER_RE = regex.compile(
    rf"{_WS}(?:van{_WS}\d+{_WS}(?:zetels|stemmen)|in{_WS}(?:de{_WS}(?:(?:Eerste|Tweede){_WS})?"
    rf"Kamer|de{_WS}(?:Senaat|gemeenteraad|raad|Staten)|het{_WS}parlement))",
    regex.IGNORECASE,
)
_NEXT_WORD_RE = regex.compile(rf"{_WS}(\w+)")
_WORD_BEFORE_RE = regex.compile(r"(\w+)[^\S\n]+\Z")
_UNIT_AFTER_RE = regex.compile(rf"{_HS}{{0,2}}(?P<unit>{_UNIT})", regex.IGNORECASE)
_VAN_BEFORE_RE = regex.compile(rf"(?<!\w)van{_WS}\Z", regex.IGNORECASE)
_SHARE_LEVEL = r"\d{1,2}(?:,\d{1,2})?"
ELIDED_RE = regex.compile(
    rf"(?<!\w)van{_WS}(?P<a>{_SHARE_LEVEL}){_WS}naar{_WS}(?P<b>{_SHARE_LEVEL})"
    rf"(?![\w%]|[.,]\d|{_OWS}(?:{_UNIT}))",
    regex.IGNORECASE,
)
_SHARE_NOUN_RE = regex.compile(r"(?<!\w)(?:percentage|aandeel)(?!\w)", regex.IGNORECASE)
_NAAR_GAP_RE = regex.compile(rf"\A{_WS}(?:naar|tot){_WS}\Z", regex.IGNORECASE)
_LINE_START_RE = regex.compile(r"(?:\A|\n)[^\S\n]*[\"'‘“(]?\Z")

# Preference when two rules find the same span: a figure is the most precise.
_FORM_RANK: Mapping[str, int] = {"figure": 0, "words": 0, "fraction": 1, "ratio": 2, "vague": 3}


# --------------------------------------------------------------------------
# Small helpers.
# --------------------------------------------------------------------------


def _phrase(text: str) -> str:
    """Lower-case a matched phrase and collapse its spaces, for table lookup."""
    return " ".join(text.casefold().split())


def _next_word(text: str | None) -> str:
    """The following word in lower case, or ``""``: the noun after ``een derde``."""
    return (text or "").casefold()


def _unit_of(word: str) -> Unit:
    """Map a matched unit word to its unit: ``procentpunten`` is percentage points."""
    return UNIT_WORDS.get(word.casefold(), "percentage_point" if "punt" in word else "percent")


def _is_name_unit(text: str, m: regex.Match[str]) -> bool:
    """Whether ``Procent`` is capitalised after a number inside a line, as in a name.

    ``Stichting 100 Procent Zeker`` names something; a claim writes ``procent``
    (a headline in title case may start with ``30 Procent``).
    """
    return m["unit"] == "Procent" and not _at_line_start(text, m.start())


def _at_line_start(text: str, start: int) -> bool:
    """Whether only white space or an opening quote precedes ``start`` on its line.

    Headlines drop articles (``Helft scholieren ...``), so a bare ``helft`` counts
    there and after a degree word (``Ruime helft``), but not in ``de tweede helft``.
    """
    return bool(_LINE_START_RE.search(text[max(0, start - 4) : start]) or start == 0)


def _has_qualifier_before(text: str, start: int) -> bool:
    """Whether a degree word (``bijna``, ``meer dan``) stands right before ``start``."""
    return bool(_QUALIFIER_BEFORE_RE.search(text[max(0, start - 30) : start]))


# --------------------------------------------------------------------------
# Step 1: core expressions.
# --------------------------------------------------------------------------


def _figures(text: str) -> Iterator[PercentExpression]:
    """Number plus unit: ``16 procent``, ``16,5%``, ``zestien procent``, ``(-3,2%)``."""
    for m in FIGURE_RE.finditer(text):
        value = parse_number(m["num"])
        if value is None or _is_name_unit(text, m):
            continue
        sign = m["sign"] or ""
        direction: Direction | None = "down" if sign in "-\u2212" and sign else None
        if sign == "+":
            direction = "up"
        form: Form = "figure" if m["num"][0].isdigit() else "words"
        value = -value if direction == "down" else value
        yield PercentExpression(
            m.start(), m.end(), value, _unit_of(m["unit"]), direction=direction, form=form
        )


def _is_year(number: str, value: float) -> bool:
    """Whether a bare number in a series is a year (``in 2019 en 2020``), not a share."""
    return number.isdigit() and value >= 1000


def _is_rating(text: str, start: int) -> bool:
    """Whether a bare number is a mark out of ten: ``een 7,5``, ``het cijfer 8``.

    The guidelines exclude ratings; ``Het rapportcijfer is 7,5 en 80 procent is
    tevreden`` must not make ``7,5`` a share.
    """
    words = _clause_before(text, start)[-3:]
    return words[-1:] == ["een"] or any(w in RATING_WORDS for w in words)


def _series(text: str) -> Iterator[PercentExpression]:
    """Bare numbers that share the unit of the figure ending their series.

    ``respectievelijk 86 en 87 procent`` holds two claims, ``van 7 naar 19
    procent`` too; ``20 tot 30%`` becomes a range in a later step.
    """
    for m in SERIES_RE.finditer(text):
        unit = _unit_of(m["unit"])
        for number, start, end in zip(m.captures("n"), m.starts("n"), m.ends("n"), strict=True):
            value = parse_number(number)
            if value is not None and not _is_year(number, value) and not _is_rating(text, start):
                yield PercentExpression(start, end, value, unit, form="figure")


def _elided(text: str) -> Iterator[PercentExpression]:
    """``het percentage voorstanders steeg van 48 naar 67``: the unit is left out.

    Dutch drops ``procent`` when the sentence already names ``het percentage``
    or ``het aandeel``; without such a noun the pair may be anything.
    """
    for m in ELIDED_RE.finditer(text):
        sentence = _SENTENCE_END_RE.split(text[max(0, m.start() - 200) : m.start()])[-1]
        if not _SHARE_NOUN_RE.search(sentence):
            continue
        for group in ("a", "b"):
            value = parse_number(m[group])
            if value is not None:
                yield PercentExpression(m.start(group), m.end(group), value, form="figure")


def _fraction_value(m: regex.Match[str]) -> float | None:
    """Value of a fraction match in percent; the halves are read directly."""
    core = _phrase(m.group())
    if core.endswith("helft"):
        return 50.0
    if m["bare"]:
        return 25.0
    return parse_fraction(core.replace("-", " "))


def _fraction_is_share(text: str, m: regex.Match[str]) -> bool:
    """Rule out ordinals and times that look like fractions.

    ``een derde partij`` and ``een vijfde seizoen`` are ordinals, ``kwart over
    drie`` is a time, ``een kwart eeuw`` a period, ``2/3`` a date unless it
    reads ``2/3e`` or ``2/3 van``; a bare ``helft`` or ``kwart`` needs a
    headline or a degree word (``Ruime helft``).
    """
    after = _NEXT_WORD_RE.match(text, m.end())
    next_word = _next_word(after.group(1) if after else None)
    core = _phrase(m.group())
    if "/" in core:
        return core.endswith("e") or next_word == "van"
    if core.endswith("kwart") and next_word in KWART_NOT_SHARE:
        return False
    if (m["bare"] or core == "helft") and not (
        _at_line_start(text, m.start()) or _has_qualifier_before(text, m.start())
    ):
        return False
    denominator = m["den"] or ""
    ordinal = denominator.casefold() not in ("helft", "kwart", "")
    return not (ordinal and next_word in ORDINAL_NOUNS) and next_word != "meerderheid"


def _fractions(text: str) -> Iterator[PercentExpression]:
    """``de helft``, ``een derde``, ``tweederde``, ``driekwart``, ``2/3e``.

    Before a unit a fraction is a number: ``een kwart procent`` is 0.25 percent.
    """
    for m in FRACTION_RE.finditer(text):
        value = _fraction_value(m)
        if value is None or not _fraction_is_share(text, m):
            continue
        unit_m = _UNIT_AFTER_RE.match(text, m.end())
        if unit_m:
            yield PercentExpression(
                m.start(), unit_m.end(), value / 100, _unit_of(unit_m["unit"]), form="words"
            )
        else:
            yield PercentExpression(m.start(), m.end(), value, form="fraction")


def _ratios(text: str, *, weak: bool) -> Iterator[PercentExpression]:
    """``vier op de tien``, ``1 op 4``, ``drie van de vier (kiezers)``.

    ``van de`` also writes counts (``een van de tien grootste``, ``11 van de 28
    zetels``); only ``2..9 van de ≤10`` reads as a share. The other ``van de``
    pairs are weak: kept only when a figure restates them (``420 van de 3.000
    meisjes, oftewel 14%``). With ``weak=True`` only those are yielded.
    """
    for m in RATIO_RE.finditer(text, overlapped=True):
        n, d = parse_number(m["n"]), parse_number(m["d"])
        if n is None or d is None or not 0 < n < d:
            continue
        noun = _next_word(m["noun"])
        if not _ratio_reads_as_share(text, m, noun):
            continue
        is_van = _phrase(m["op"]).startswith("van")
        strong = not is_van or (n >= 2 and d <= 10 and noun not in COUNT_NOUNS and not noun.endswith("ste"))
        value = parse_ratio(m["n"], m["d"]) if strong else as_percent(n, d)
        if strong != weak and value is not None:
            yield PercentExpression(m.start(), m.end("d"), value, form="ratio")


def _ratio_reads_as_share(text: str, m: regex.Match[str], noun: str) -> bool:
    """Rule out ``op`` pairs that are not shares.

    ``de nacht van 22 op 23 september`` is a date, ``van 6 op 8 zetels`` a
    change of a count, and ``een op 4 zuilen`` mixes a word and a digit the way
    a ratio without ``de`` never does (``1 op 3``, ``Vier op tien``).
    """
    if _phrase(m["op"]) != "op":
        return True
    mixed = m["n"][0].isdigit() != m["d"][0].isdigit()
    after_van = _VAN_BEFORE_RE.search(text[max(0, m.start() - 5) : m.start()])
    return not (mixed or after_van or noun in MONTH_NAMES)  # a date: 'van 22 op 23 september' is no ratio


def _vague(text: str, *, weak: bool) -> Iterator[PercentExpression]:
    """``een meerderheid``, ``de meeste``, ``het merendeel``, ``bijna iedereen``.

    ``de meeste stemmen`` is a superlative (the party that won most votes), not
    a share of a group, and is skipped. After a preposition the phrase is weak
    (``nodig voor een meerderheid``): kept only when a figure restates it
    (``steun van een ruime meerderheid van 61%``); ``weak=True`` yields those.
    """
    for m in VAGUE_RE.finditer(text):
        core = _phrase(m["core"])
        if core.startswith(("de meeste", "meeste")) and _next_word(m["noun"]) in SUPERLATIVE_NOUNS:
            continue
        political = "meerderheid" in core and _is_political_majority(text, m.start(), m.end())
        if political or _after_preposition(text, m.start()) != weak:
            continue
        qualifier = VAGUE.get(core, "exact")
        yield PercentExpression(m.start(), m.end("core"), None, qualifier=qualifier, form="vague")


def _is_political_majority(text: str, start: int, end: int) -> bool:
    """Whether ``meerderheid`` is a majority of seats, not a share of people asked.

    ``De coalitie heeft een meerderheid in de Tweede Kamer``, ``een meerderheid
    van 88 zetels`` and ``de motie kreeg een meerderheid`` count seats or votes.
    """
    if _POLITICAL_AFTER_RE.match(text, end):
        return True
    m = _WORD_BEFORE_RE.search(text[max(0, start - 20) : start])
    return m is not None and m.group(1).casefold() in SEAT_VERBS


def _after_preposition(text: str, start: int) -> bool:
    """Whether a preposition precedes: ``met de meeste stemmen``, ``voor een meerderheid``.

    After a preposition ``de meeste`` is mostly a superlative and ``een
    meerderheid`` a majority of seats or votes (``nodig voor een meerderheid``),
    not a share of the people asked.
    """
    m = _WORD_BEFORE_RE.search(text[max(0, start - 20) : start])
    return m is not None and m.group(1).casefold() in PREPOSITIONS


def _qualified(text: str, e: PercentExpression) -> PercentExpression:
    """Widen an expression over its degree words: ``Slechts iets meer dan de helft``.

    The degree word closest to the number sets the qualifier; ``maar`` after a
    comma is the conjunction (``..., maar 15 procent wil``), not ``only``.
    """
    start, qualifier = e.start, None
    for _ in range(2):
        window = text[max(0, start - 30) : start]
        m = _QUALIFIER_BEFORE_RE.search(window)
        if m is None or _is_conjunction(text, start - len(window) + m.start(), m["q"]):
            break
        start -= len(window) - m.start()
        qualifier = qualifier or QUALIFIERS.get(_phrase(m["q"]), "about")
    end = e.end
    suffix = _SUFFIX_RE.match(text, end)
    if suffix:
        end, qualifier = suffix.end(), qualifier or SUFFIX_QUALIFIERS[_phrase(suffix["q"])]
    if qualifier is None or e.qualifier != "exact":
        qualifier = e.qualifier if qualifier is None else qualifier
    return dataclasses.replace(e, start=start, end=end, qualifier=qualifier)


def _is_conjunction(text: str, start: int, word: str) -> bool:
    """Whether ``maar`` at ``start`` follows a comma, so it means ``but``."""
    return _phrase(word) == "maar" and text[max(0, start - 3) : start].rstrip().endswith(",")


# --------------------------------------------------------------------------
# Steps 2-5: choose, join ranges, join restatements, read directions.
# --------------------------------------------------------------------------


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


def _longest_first(candidates: Iterable[PercentExpression]) -> list[PercentExpression]:
    """Keep the longest of overlapping expressions; ``tussen 20 en 30 procent`` beats ``20``."""
    return [e for group in _clusters(candidates) for e in _pick_longest(group)]


def _as_range(text: str, a: PercentExpression, b: PercentExpression) -> PercentExpression | None:
    """Join ``20 tot 30%``, ``tussen de twee en vier procent``, ``20-30%`` into a range.

    ``en`` makes a range only after ``tussen`` (else ``86 en 87 procent`` are two
    claims). ``kortingen van 20 tot 50 procent`` is a range, but after a verb of
    change ``steeg van 2 tot 3 procent`` gives two levels.
    """
    gap = _RANGE_GAP_RE.match(text[a.end : b.start])
    if gap is None or a.value is None or b.value is None or a.unit != b.unit:
        return None
    tussen = _TUSSEN_BEFORE_RE.search(text[max(0, a.start - 12) : a.start])
    is_en = _phrase(gap["word"] or "") == "en"
    if not a.value < b.value or (is_en and not tussen) or _is_change(text, a.start):
        return None
    start = a.start - len(tussen.group()) if tussen else a.start
    qualifier: Qualifier = "exact" if tussen else a.qualifier
    mid = round((a.value + b.value) / 2, 2)
    return PercentExpression(start, b.end, mid, b.unit, a.value, b.value, qualifier, None, b.form)


def _is_change(text: str, start: int) -> bool:
    """Whether ``van`` before ``start`` follows a verb of change: ``steeg van 2 tot 3``."""
    if not _VAN_BEFORE_RE.search(text[max(0, start - 5) : start]):
        return False
    words = _clause_before(text, start)[-4:-1]
    return any(w in UP_BEFORE or w in DOWN_BEFORE for w in words)


def _join_ranges(text: str, found: Sequence[PercentExpression]) -> list[PercentExpression]:
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
    if _CLAUSE_WORD_RE.search(_GAP_END_RE.split(gap)[0]):
        return None
    if _BRACKET_GAP_RE.match(gap):
        close = _BRACKET_CLOSE_RE.match(text, right.end)
        return close.end() if close else None
    if left.form == "vague" and _VAN_GAP_RE.match(gap):
        return right.end
    m = _APPOSITION_GAP_RE.match(gap)
    if m is None or not (m["restate"] or not m["words"] or _plain_apposition(text, left, right)):
        return None
    return right.end


def _plain_apposition(text: str, left: PercentExpression, right: PercentExpression) -> bool:
    """Whether ``een kwart van de leden, 27 procent`` restates rather than lists.

    In a list each figure names its own group (``een derde van de mannen, 40
    procent van de vrouwen``) and the shares differ more.
    """
    own_group = _OWN_GROUP_AFTER_RE.match(text, right.end)
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
        and _OPEN_BRACKET_GAP_RE.match(text[left.end : right.start]) is not None
        and text[right.end : right.end + 1] == ")"
        and _close_enough(right, left, 10)
    )


def _join_restatements(
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


def _cue_direction(words: Sequence[str], up: frozenset[str], down: frozenset[str]) -> Direction | None:
    """Read ``up`` or ``down`` from the first cue word found in ``words``."""
    for word in words:
        if word in up:
            return "up"
        if word in down:
            return "down"
    return None


def _clause_before(text: str, start: int) -> list[str]:
    """The words of the clause before ``start``, lower-cased, up to a punctuation mark."""
    window = _CLAUSE_END_RE.split(text[max(0, start - 50) : start])[-1]
    return [w.casefold() for w in _WORD_RE.findall(window)]


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
    before = _clause_before(text, e.start)
    if before[-1:] and before[-1] in LEVEL_WORDS:
        before = []
    with_met = before[-1:] == ["met"]
    if e.form not in ("figure", "words") and not with_met:
        before = []
    reach = 5 if with_met else 3
    while before and before[-1] in ("met", "van", "een", "nog"):
        before.pop()
    after = [w.casefold() for w in _WORD_RE.findall(text[e.end : e.end + 25])][:3]
    if after[:2] in (["in", "het"], ["in", "de"]):
        after = after[2:]
    if e.form not in ("figure", "words"):
        after = [w for w in after if w not in COMPARATIVES]
    return _cue_direction(after[:1], UP_AFTER, DOWN_AFTER) or _cue_direction(
        before[-reach:][::-1], UP_BEFORE, DOWN_BEFORE
    )


def _with_directions(text: str, found: Sequence[PercentExpression]) -> list[PercentExpression]:
    """Set each finding's direction; ``van 7 naar 19 procent`` gives both ``up``."""
    out = [dataclasses.replace(e, direction=_direction(text, e)) for e in found]
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        gap = text[a.end : b.start]
        van = _VAN_BEFORE_RE.search(text[max(0, a.start - 5) : a.start])
        if van and _NAAR_GAP_RE.match(gap) and a.value is not None and b.value is not None:
            way: Direction = "up" if b.value > a.value else "down"
            out[i - 1], out[i] = (dataclasses.replace(x, direction=way) for x in (a, b))
    return out


def find_percentages(text: str) -> list[PercentExpression]:
    """Find every percentage claim in ``text``, sorted by start, never overlapping.

    >>> [text[e.start:e.end] for text in ["Bijna de helft (49 procent) wil dat."]
    ...  for e in find_percentages(text)]
    ['Bijna de helft (49 procent)']
    >>> [(e.value, e.qualifier) for e in find_percentages("Slechts zestien procent heeft het.")]
    [(16.0, 'only')]
    """
    cores = [
        *_figures(text),
        *_series(text),
        *_elided(text),
        *_fractions(text),
        *_ratios(text, weak=False),
        *_vague(text, weak=False),
    ]
    qualified = [_qualified(text, e) for e in cores]
    weak = [_qualified(text, e) for e in (*_ratios(text, weak=True), *_vague(text, weak=True))]
    chosen = _longest_first(_join_restatements(text, qualified, weak))
    return _with_directions(text, _join_ranges(text, chosen))


# --------------------------------------------------------------------------
# The spaCy component.
# --------------------------------------------------------------------------


class PercentageFinder:
    """spaCy component: percentage claims as spans in ``doc.spans[spans_key]``.

    It needs no parse or tagger (it reads ``doc.text``), so it runs on
    ``spacy.blank("nl")`` as well as on a trained Dutch pipeline. Each span
    carries its :class:`PercentExpression` in ``span._.nlse_percentage``.
    """

    def __init__(self, spans_key: str = SPANS_KEY) -> None:
        self.spans_key = spans_key
        if not Span.has_extension(EXTENSION):
            Span.set_extension(EXTENSION, default=None)

    def __call__(self, doc: Doc) -> Doc:
        """Store one span per finding; a span covers whole tokens around the quote."""
        spans: list[Span] = []
        for e in find_percentages(doc.text):
            span = doc.char_span(e.start, e.end, alignment_mode="expand")
            if span is not None:
                span._.set(EXTENSION, e)
                spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc


@Language.factory(FACTORY, default_config={"spans_key": SPANS_KEY})
def make_percentage_finder(nlp: Language, name: str, spans_key: str) -> PercentageFinder:
    """Build the component: ``nlp.add_pipe("nlsurveyextract_percentages")``."""
    return PercentageFinder(spans_key)


# --------------------------------------------------------------------------
# Crossing process boundaries: ``nlp.pipe(n_process=2)`` sends each Doc back
# with ``Doc.to_bytes``, which packs span extension values with msgpack. A
# dataclass is not msgpack data, so the value travels as a marked dict.
# --------------------------------------------------------------------------

_MSGPACK_MARK = "__nlse_percent_expression__"


def _pack_expression(obj: object, chain: Callable[[object], object] | None = None) -> object:
    """Encode for msgpack: a PercentExpression as a marked dict of its fields."""
    if isinstance(obj, PercentExpression):
        return {_MSGPACK_MARK: dataclasses.asdict(obj)}
    return obj if chain is None else chain(obj)


def _unpack_expression(obj: object, chain: Callable[[object], object] | None = None) -> object:
    """Decode from msgpack: the marked dict back into its PercentExpression."""
    if isinstance(obj, dict) and _MSGPACK_MARK in obj:
        return PercentExpression(**obj[_MSGPACK_MARK])
    return obj if chain is None else chain(obj)


srsly.msgpack_encoders.register(_MSGPACK_MARK, func=_pack_expression)
srsly.msgpack_decoders.register(_MSGPACK_MARK, func=_unpack_expression)
