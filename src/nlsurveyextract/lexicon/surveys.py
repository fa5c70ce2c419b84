"""Words with which Dutch news reports a survey: survey nouns, cue phrases, verbs of asking, respondents.

From the attribution phrases of Dutch news reports of polls (NOS, NU.nl, AD,
EenVandaag sites): ``Dat blijkt uit onderzoek van ...``, ``uitgevoerd door
... in opdracht van ...``, ``... ondervroeg 1.200 leraren``. The survey stage
builds its patterns from these tables.
"""

from __future__ import annotations

# Verbs after a sentence-initial organisation: ``EenVandaag onderzocht ...``.
# The value says what must follow in the sentence for the verb to be a survey
# cue (``deed ... onderzoek``, ``liet ... onderzoeken``); ``None`` means the
# verb is enough, ``"context"`` means the sentence needs a survey word or a
# percentage. From Dutch news attribution sentences.
SUBJECT_VERBS: dict[str, str | None] = {
    **dict.fromkeys(
        """onderzocht onderzochten onderzoekt ondervroeg ondervroegen ondervraagt peilde
        peilden peilt enquêteerde""".split(),
        None,
    ),
    **dict.fromkeys("deed deden doet".split(), "onderzoek"),
    **dict.fromkeys("liet laat".split(), "onderzoek|ondervragen|peilen|vragenlijst|enquête"),
    **dict.fromkeys("zocht zoekt".split(), "uit"),
    **dict.fromkeys("heeft hebben".split(), "onderzocht|ondervraagd|gepeild|berekend|onderzoek"),
    **dict.fromkeys("hield houdt".split(), "onderzoek|peiling|enquête|rondvraag"),
    **dict.fromkeys(
        """vroeg vraagt telde telt berekende berekent meldt concludeert constateert publiceerde
        komt voorspelt voorspelde verwacht""".split(),
        "context",
    ),
}
# Nouns after a number that make it a count of people asked by themselves.
RESPONDENT_NOUNS = frozenset(
    """
    respondenten deelnemers ondervraagden panelleden geënquêteerden proefpersonen participanten
    stemmers kiezers
""".split()
)
# Verbs of asking before a count: ``ondervroeg 2500 mensen``.
ASKING_VERBS = frozenset(
    "ondervroeg ondervroegen ondervraagde peilde peilden bevroeg bevroegen liet sprak".split()
)

SURVEY_NOUNS = (
    "onderzoek",
    "peiling",
    "enquête",
    "enquete",
    "poll",
    "monitor",
    "studie",
    "cijfers",
    "rapport",
    "barometer",
    "survey",
    "rondvraag",
    "vragenlijst",
    "statistieken",
    "stelling",
    "meting",
)
"""Nouns that name a survey or a statistics release, matched as the end of a
compound (``Gezondheidsenquête``, ``opiniepeiling``, ``Jeugdmonitor``)."""

REPORT_PARTICIPLES = (
    "uitgevoerd",
    "gehouden",
    "gedaan",
    "verricht",
    "opgesteld",
    "afgenomen",
    "gemaakt",
    "gepubliceerd",
)
"""Participles between a survey noun and its maker: ``een peiling, gehouden door ...``."""

CONDUCT_PARTICIPLES = ("uitgevoerd", "gehouden", "verricht", "afgenomen")
"""Participles that with ``door`` name who ran a survey by themselves: ``afgenomen door ...``."""

POLLSTER_NOUNS = ("opiniepeiler", "marktonderzoeker")
"""Nouns for a polling firm before its name: ``opiniepeiler Gallup``."""

SOURCE_CUES = (
    "volgens",
    "gedaan door",
    "opgesteld door",
    "in samenwerking met",
    "samen met",
    "meldt",
    "melden",
    "meldde",
    "concludeert",
    "concluderen",
    "concludeerde",
    "constateert",
    "constateren",
    "constateerde",
    "zegt",
    "zeggen",
    "stelt",
    "schrijft",
    "berekende",
    "berekent",
    "becijfert",
    "becijferde",
    "voorspelt",
    "voorspelde",
    "vraagt",
    "vroeg",
    "ondervroeg",
    "ondervraagt",
    "peilde",
    "peilt",
    "onderzocht",
    "onderzoekt",
    "bureau",
)
"""Reporting words that name a source only in a sentence about a survey or a
percentage: ``volgens het CBS ... 3 procent`` is a source, ``volgens Jan`` a quote."""

SURVEY_CONTEXT_STEMS = (
    "onderzo[ec]k",
    "peiling",
    "enquête",
    "enquete",
    r"(?<!\p{L})poll",
    "ondervra",
    "respondent",
    "panel",
    "gepeild",
    "vragenlijst",
    "cijfers",
    "statistiek",
    "monitor",
    "steekproef",
    "rondvraag",
    "studie",
)
"""Stems (regular-expression fragments) whose presence makes a sentence one about a survey."""

AUDIENCE_NOUNS = (
    "lezers",
    "kijkers",
    "luisteraars",
    "leden",
    "gebruikers",
    "abonnees",
    "klanten",
    "bezoekers",
    "volgers",
    "panelleden",
)
"""Audiences written onto a medium's name: a poll ``onder 7Days-lezers`` was run by 7Days."""

ASKED_WORDS = (
    "ondervraagd",
    "gevraagd",
    "bevraagd",
    "geënquêteerd",
    "gepeild",
    "geïnterviewd",
    "voorgelegd",
    "benaderd",
    "meededen",
    "meedeed",
    "deelnamen",
    "deelnam",
    "meegedaan",
    "deelgenomen",
    "mee",
    "deel",
)
"""Words after ``NUM POPULATION ...`` that show those people took part: ``... jongeren ondervraagd``."""

LOOSE_ASKING_VERBS = frozenset({"liet", "sprak"})
"""Verbs of :data:`ASKING_VERBS` that ask only in a sentence about a survey:
``sprak 300 ouders`` in a report of a poll, not ``liet 300 banen schieten``."""

ASKED_PARTICLES = frozenset({"mee", "deel"})
"""Bare particles of :data:`ASKED_WORDS` (``deden 2.000 leden mee``) that count only
in a sentence about a survey: ``doen honderd spelers mee`` is a tournament."""

VOTER_NOUNS = frozenset({"stemmers", "kiezers"})
"""Respondent nouns that name voters, who are counted in elections as well as in polls."""

ADVERBS_AFTER_SUBJECT = ("ook", "zelf", "er", "nu")
"""Adverbs that may stand between an organisation opening a sentence and its verb:
``Het Nibud zelf onderzocht ...``."""
