"""Words with which Dutch news reports a survey: survey nouns, cue phrases, verbs of asking, respondents.

From the attribution phrases of Dutch news reports of polls (NOS, NU.nl, AD,
EenVandaag sites): ``Dat blijkt uit onderzoek van ...``, ``uitgevoerd door
... in opdracht van ...``, ``... ondervroeg 1.200 leraren``. The survey stage
builds its patterns from these tables.
"""

from __future__ import annotations

# Finite reporting verbs: an organisation that reports a figure is their subject,
# before them (``De ANWB becijferde dat ...``) or after them (``..., meldt het CBS``,
# ``Dat schrijft het Kadaster``). From the attribution sentences of Dutch news; a
# reporting verb names a source only near a figure (see the survey stage).
REPORTING_VERBS = tuple(
    """
    meldt melden meldde meldden schrijft schrijven schreef schreven becijfert becijferen
    becijferde becijferden berekent berekenen berekende berekenden concludeert concluderen
    concludeerde concludeerden constateert constateren constateerde constateerden signaleert
    signaleren signaleerde signaleerden rapporteert rapporteren rapporteerde rapporteerden
    publiceert publiceerde publiceerden telt telde noteert noteerde registreert registreerde
    raamt raamde voorspelt voorspelde
""".split()
)
# Verbs that end a relative clause on a survey noun whose subject made it: ``een
# enquête die Kantar in opdracht van de NOS hield``, ``cijfers die het CBS publiceerde``.
MAKING_VERBS = frozenset(
    """
    hield hielden houdt houden deed deden doet uitvoerde uitvoerden verrichtte verrichtten
    afnam afnamen opstelde opstelden presenteerde presenteerden presenteert publiceert
    publiceerde publiceerden liet lieten heeft hebben had hadden
""".split()
)
# Reporting verbs whose particle closes the clause: ``maakte het CBS donderdag bekend``,
# ``Het RIVM bracht de cijfers naar buiten``. The value is the particle.
PARTICLE_REPORTING_VERBS: dict[str, str] = {
    **dict.fromkeys("maakt maken maakte maakten".split(), "bekend"),
    **dict.fromkeys("brengt brengen bracht brachten".split(), "naar buiten"),
}
# Verbs after a sentence-initial organisation: ``EenVandaag onderzocht ...``.
# The value says what must follow in the sentence for the verb to be a survey
# cue (``deed ... onderzoek``, ``liet ... onderzoeken``); ``None`` means the
# verb is enough, ``"context"`` means a figure must stand in the sentence or
# next to it. From Dutch news attribution sentences.
SUBJECT_VERBS: dict[str, str | None] = {
    **dict.fromkeys((*REPORTING_VERBS, "vroeg", "vraagt", "komt", "verwacht"), "context"),
    **{verb: particle.replace(" ", r"\s+") for verb, particle in PARTICLE_REPORTING_VERBS.items()},
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
    **dict.fromkeys("stelde stelden stelt".split(), "vraag|vragen"),
    **dict.fromkeys("legde legden legt".split(), "vraag|vragen|vragenlijst|stelling"),
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
    """ondervroeg ondervroegen ondervraagde peilde peilden bevroeg bevroegen interviewde
    interviewden enquêteerde enquêteerden liet sprak""".split()
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
    "panel",
    "analyse",
    "inventarisatie",
    "rondgang",
    "verslag",
    "rapportage",
    "telling",
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

SHOWING_VERBS = frozenset("blijkt bleek blijken bleken".split())
"""``Dat blijkt uit ... van X``, ``Uit ... van X blijkt``: what follows ``uit`` is the source."""

TELLING_VERBS = frozenset("laat laten liet lieten".split())
"""``laten weten``: ``De Woonbond laat weten dat ...`` reports, near a figure, like ``meldt``."""

MAKING_INFINITIVES = ("uitvoeren", "houden", "doen", "verrichten", "afnemen")
"""Infinitives after ``laten`` whose ``door`` names the maker: ``liet het onderzoek uitvoeren door ...``."""

RESEARCHER_NOUNS = frozenset(
    """onderzoekers economen analisten wetenschappers statistici demografen deskundigen experts
    medewerkers""".split()
)
"""People of an organisation that speak for it: ``volgens economen van ING`` cites ING."""

CONDUCT_PARTICIPLES = ("uitgevoerd", "gehouden", "verricht", "afgenomen")
"""Participles that with ``door`` name who ran a survey by themselves: ``afgenomen door ...``."""

POLLSTER_NOUNS = ("opiniepeiler", "marktonderzoeker")
"""Nouns for a polling firm before its name: ``opiniepeiler Gallup``."""

SOURCE_CUES = (
    "volgens",
    *REPORTING_VERBS,
    "zegt",
    "zeggen",
    "stelt",
    "vraagt",
    "vroeg",
    "ondervroeg",
    "ondervraagt",
    "peilde",
    "peilt",
    "onderzocht",
    "onderzoekt",
)
"""Reporting words before the source they name (``volgens het CBS``, ``..., meldt de
ANWB``), a source only near a figure: in a sentence about a survey, or in or next to
a sentence with a percentage. ``volgens Jan`` is a quote, and a person is no source."""

AGENT_CUES = ("door",)
"""The preposition of a passive agent, a maker only in a sentence about a survey, where
it may stand apart from its participle: ``Het onderzoek is zowel door de inspectie als
door het NJi uitgevoerd``, ``een peiling onder 1.000 kiezers door Ipsos``."""

PARTNER_CUES = ("gedaan door", "opgesteld door", "in samenwerking met", "samen met", "bureau")
"""Words before a partner or maker that name a source only in a sentence about a survey
or with a percentage: ``in samenwerking met het KNMI`` may be about a plan."""

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

ASKED_PARTICIPLES = (
    "ondervraagd",
    "gevraagd",
    "bevraagd",
    "geënquêteerd",
    "gepeild",
    "geïnterviewd",
    "voorgelegd",
    "benaderd",
)
"""Participles of asking people: ``... jongeren ondervraagd``; ``door Kantar bevraagd`` names the maker."""

ASKED_WORDS = (
    *ASKED_PARTICIPLES,
    "meededen",
    "meedeed",
    "deelnamen",
    "deelnam",
    "meegedaan",
    "deelgenomen",
    "ingevuld",
    "gereageerd",
    "meegewerkt",
    "mee",
    "deel",
    "vulden",
    "vulde",
    "reageerden",
    "reageerde",
    "antwoordden",
    "antwoordde",
)
"""Words after ``NUM POPULATION ...`` that show those people took part: ``... jongeren
ondervraagd``, ``... fietsers namen deel``, ``... huurders vulden de vragenlijst in``."""

LOOSE_ASKING_VERBS = frozenset({"liet", "sprak"})
"""Verbs of :data:`ASKING_VERBS` that ask only in a sentence about a survey:
``sprak 300 ouders`` in a report of a poll, not ``liet 300 banen schieten``."""

PARTICIPATION_VERBS = frozenset("vulden vulde reageerden reageerde antwoordden antwoordde".split())
"""Finite verbs whose subject took part in a survey, after or before the count:
``ruim 2.400 ouders vulden de vragenlijst in``, ``Er reageerden 1,2 miljoen kijkers``."""

LOOSE_ASKED_WORDS = frozenset({"mee", "deel"}) | PARTICIPATION_VERBS
"""Words of :data:`ASKED_WORDS` that count only in or right after a sentence about a survey:
bare particles (``deden 2.000 leden mee``; ``doen honderd spelers mee`` is a tournament)
and finite verbs (``reageerden 300 lezers``; ``reageerden 300 beleggers`` on a market)."""

ADDRESSING_VERBS = frozenset("vroeg vroegen vraagt legde legden legt stelde stelden".split())
"""Verbs of putting questions to people named after ``aan``: ``vroeg de bond aan 8.000
fietsers``, ``legde de vragen voor aan 2.300 ouders``, ``stelde de vraag aan 900 leden``."""

SAMPLE_QUALIFIERS = frozenset({"alle"})
"""Words before a count of those asked besides the count qualifiers: ``een rondvraag bij
alle 342 gemeenten``."""

SAMPLE_GROUP_NOUNS = frozenset("groep steekproef panel selectie doorsnede".split())
"""Nouns before ``van`` and the count of a sample, in a sentence about a survey: ``onder
een representatieve groep van 1.050 Nederlanders``, ``een steekproef van 1.500 huishoudens``."""

MEMBERSHIP_VERBS = frozenset("bestaat bestond bestaan bestonden".split())
"""Verbs before ``uit`` that give a panel's size in a sentence about a survey:
``Het panel bestaat uit 25 duizend Nederlanders``."""

VOTER_NOUNS = frozenset({"stemmers", "kiezers"})
"""Respondent nouns that name voters, who are counted in elections as well as in polls."""

ADVERBS_AFTER_SUBJECT = ("ook", "zelf", "er", "nu")
"""Adverbs that may stand between an organisation opening a sentence and its verb:
``Het Nibud zelf onderzocht ...``."""
