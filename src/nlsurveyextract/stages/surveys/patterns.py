"""The regular expressions of the survey stage, built from the lexicon tables.

All are linear: no unbounded nesting, every repetition bounded or possessive.
"""

from __future__ import annotations

import regex

from ...lexicon.calendar import month_pattern
from ...lexicon.surveys import (
    AGENT_CUES,
    ASKED_PARTICIPLES,
    ASKED_WORDS,
    AUDIENCE_NOUNS,
    CONDUCT_PARTICIPLES,
    MAKING_INFINITIVES,
    PARTNER_CUES,
    POLLSTER_NOUNS,
    REPORT_PARTICIPLES,
    SOURCE_CUES,
    SUBJECT_VERBS,
    SURVEY_CONTEXT_STEMS,
    SURVEY_NOUNS,
)


def _phrases(phrases: tuple[str, ...]) -> str:
    """An alternation of phrases in table order, each space matching any white space."""
    return "|".join(phrase.replace(" ", r"\s+") for phrase in phrases)


_SURVEY_WORDS = rf"(?:{'|'.join(SURVEY_NOUNS)})(?:en|s)?"
_SURVEY_NOUN = rf"(?<![\p{{L}}\p{{N}}])[\p{{L}}\-]{{0,30}}?{_SURVEY_WORDS}(?![\p{{L}}\p{{N}}])"
# A survey noun anywhere: a text without one has no NOUN_CUE and no RELATIVE_CUE,
# whose scans (a survey noun tried at every word start) cost the most.
SURVEY_WORD = regex.compile(_SURVEY_WORDS, regex.IGNORECASE)
# ``Ipsos-peiling``, ``CBS-cijfers``: the organisation written onto the noun.
COMPOUND = regex.compile(rf"(.{{1,40}}?)-\p{{L}}{{0,30}}?{_SURVEY_WORDS}")
# A publication's title or year between its noun and its maker: ``de Monitor
# Jeugdcriminaliteit van``, ``het rapport 'Zorg in cijfers' van``, ``de Trendmonitor 2024 van``.
_TITLE = r"(?:\s+(?-i:\d{4}|\p{Lu}[\p{L}\-]{0,30}+)){0,2}|\s+['‘\"“][^'’\"”\n]{1,40}['’\"”]"
# ``onderzoek van X``, ``enquête (.pdf), uitgevoerd door X``,
# ``peiling die is uitgevoerd door X``: the organisation follows the cue.
NOUN_CUE = regex.compile(
    _SURVEY_NOUN + rf"(?:{_TITLE})?" + r"(?:\s*\([^()\n]{0,40}\))?"
    r"(?:,?\s+(?:die|dat)\s+(?:is|werd|wordt|werden|worden)|,)?"
    rf"(?:\s+(?:{'|'.join(REPORT_PARTICIPLES)}))?\s+(?:van|door)(?![\p{{L}}\p{{N}}])",
    regex.IGNORECASE,
)
# A relative clause whose subject made the survey: ``een enquête die Kantar hield``,
# ``cijfers die het CBS donderdag publiceerde``.
RELATIVE_CUE = regex.compile(_SURVEY_NOUN + r",?\s+(?:die|dat)(?![\p{L}\p{N}])", regex.IGNORECASE)
# Cues that name an organisation by themselves (``in opdracht van de NOS``,
# ``opiniepeiler Gallup``, ``marktonderzoeksbureau Ipsos``, ``de onderzoeksorganisatie
# RAND``, ``kenniscentrum Pharos``, ``denktank Clingendael``).
STRONG_CUE = regex.compile(
    r"(?<![\p{L}\p{N}])(?:in\s+opdracht\s+van"
    rf"|(?:{'|'.join(CONDUCT_PARTICIPLES)})\s+door"
    r"|(?:markt|opinie)?(?:onderzoeks|peilings?)(?:bureau|instituut|organisatie|centrum|bedrijf|groep)"
    r"|kennis(?:centrum|instituut)|denktank|statistiekbureau"
    rf"|{'|'.join(POLLSTER_NOUNS)})(?![\p{{L}}\p{{N}}])",
    regex.IGNORECASE,
)
# Cues that name an organisation only near a figure: ``volgens het CBS ... 3
# procent`` is a source, ``volgens Jan`` a quote.
REPORT_CUE = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}])(?:{_phrases(SOURCE_CUES)})(?![\p{{L}}\p{{N}}])",
    regex.IGNORECASE,
)
# The passive agent, a maker only in a sentence about a survey.
AGENT_CUE = regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{_phrases(AGENT_CUES)})(?![\p{{L}}\p{{N}}])")
# Participles of making a survey (and the infinitives after ``laten``): ``door``
# near them names the maker.
MAKER_PARTICIPLE = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}])(?:{'|'.join(REPORT_PARTICIPLES + ASKED_PARTICIPLES + MAKING_INFINITIVES)})"
    r"(?![\p{L}\p{N}])"
)
# ``laat weten``, ``liet donderdag weten``: a few words may stand before ``weten``.
LETS_KNOW = regex.compile(r"\s+(?:[\p{L}\p{N}]++\s+){0,2}weten(?![\p{L}\p{N}])")
# Cues that name a partner only in a sentence about a survey or a percentage.
CONTEXT_CUE = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}])(?:{_phrases(PARTNER_CUES)})(?![\p{{L}}\p{{N}}])",
    regex.IGNORECASE,
)
# A sentence with one of these stems is about a survey.
SURVEY_CONTEXT = regex.compile("|".join(SURVEY_CONTEXT_STEMS), regex.IGNORECASE)
# Only a recogniser of "this sentence states a share", not a parser: the
# percentage stage does the real work.
PERCENT_CONTEXT = regex.compile(
    r"\d\s*+(?:%|procent|pct)|(?<![\p{L}\p{N}])(?:procent|de\s+helft|driekwart|tweederde"
    r"|(?:een|twee)\s+derde|een\s+kwart|(?:\p{L}++|\d++)\s+op\s+de\s+(?:\p{L}++|\d++))"
    r"(?!\p{L})",
    regex.IGNORECASE,
)
# Audiences written onto a medium's name: a poll ``onder 7Days-lezers`` or
# ``ANWB-leden`` was run by that medium or club.
# ``leden van de Woonbond`` says the same with ``van``.
AUDIENCE = regex.compile(
    rf"(.{{1,40}}?)-(?:{'|'.join(AUDIENCE_NOUNS)})"
    rf"|(?<![\p{{L}}\p{{N}}])(?:{'|'.join(AUDIENCE_NOUNS)})\s+van\s+(?:de\s+|het\s+)?(\S{{1,40}}+)"
)
# Words after ``NUM POPULATION ...`` that show those people took part.
ASKED = regex.compile(rf"^(?:{'|'.join(ASKED_WORDS)})$")
_MONTH = month_pattern()
# Fieldwork periods: ``in september``, ``tussen 3 en 10 mei``, ``van 1 tot en met 8 juni``.
PERIOD = regex.compile(
    rf"(?<!\p{{L}})(?:tussen\s+\d{{1,2}}(?:\s+{_MONTH})?\s+en\s+\d{{1,2}}\s+{_MONTH}"
    rf"|van\s+\d{{1,2}}(?:\s+{_MONTH})?\s+tot(?:\s+en\s+met)?\s+\d{{1,2}}\s+{_MONTH}"
    rf"|(?:in|begin|eind|half|medio|op\s+\d{{1,2}})\s+{_MONTH})(?:\s+\d{{4}})?(?!\p{{L}})",
    regex.IGNORECASE,
)
# What may follow a population's head noun (matched on tokens joined by spaces).
_AGE_RANGE = (
    r"(?:(?:tussen (?:de )?\d+ en \d+|van \d+ tot \d+) jaar|(?:van )?\d+ jaar (?:en|of) (?:ouder|jonger))"
)
POPULATION_TAIL = regex.compile(
    rf"{_AGE_RANGE}|(?:(?:van|uit) (?:het |de )?(?:\p{{Ll}}+e )?(?!\d)[^ ]+|en (?:\p{{Ll}}+e )?\p{{Ll}}+)"
    rf"(?: {_AGE_RANGE})?"
)
# Word shapes used by the name rules.
LOWER_TAIL = regex.compile(r"-\p{Ll}\p{L}*+$")  # ``Nibud-directeur``: a common noun
NATIONALITY = regex.compile(r"\p{Lu}\p{Ll}+(?:se|sche)")  # ``Amerikaanse``, ``Britse``
PLAIN_NAME = regex.compile(r"\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?")  # ``Max``, ``Anne-Birgitte``
# ``CBS``, ``I&O``, ``NJi``, ``HvA``: capitals, and a lowercase letter only last or before a capital.
ACRONYM = regex.compile(r"\p{Lu}(?:[\p{Lu}&]|\p{Ll}(?=\p{Lu})){1,7}\p{Ll}?")
INITIAL_WORDS = regex.compile(r"[\p{L}&]++")
WORD = regex.compile(r"[\p{L}\p{N}'’\-]++")
MONTH_WORD = regex.compile(_MONTH)
NEEDS = {
    need: regex.compile(rf"(?<!\p{{L}})(?:{need})", regex.IGNORECASE)
    for need in set(SUBJECT_VERBS.values())
    if need not in (None, "context")
}
TOKEN = regex.compile(r"[\p{L}\p{N}]++(?:[&'’.,\-][\p{L}\p{N}]++)*+|[^\s\p{L}\p{N}]")
MAX_NAME_TOKENS = 10
# No article reports more surveys than this; the cap keeps hostile input linear.
MAX_SURVEYS = 40
