"""Dutch grammar words the phrase and subject rules read: each list defined once.

Closed classes of Dutch (determiners, prepositions, conjunctions), endings of
Dutch plurals for people, and the nouns that name a time, a share or a
measure rather than a group. They come from Dutch grammar (the determiners as
the UD Dutch treebanks tag them) and from how Dutch news words its figures;
month and season names are in :mod:`nlsurveyextract.lexicon.calendar`.
"""

from __future__ import annotations

from .calendar import MONTH_NAMES, SEASONS, WEEKDAYS
from .quantities import INTENSIFIERS

# Superlatives that news fronts as adverbials with "het" ("Het best scoorde
# ...", "Het vaakst genoemd werd ..."): with them "het" opens no noun phrase.
# Taggers trained on treebanks often miss their Degree=Sup.
SUPERLATIVE_ADVERBS = frozenset(
    """best meest minst eerst vaakst hoogst laagst slechtst sterkst grootst kleinst snelst
    langst kortst duurst goedkoopst populairst belangrijkst""".split()
)

# The unit words of a figure: "4,6 procent", "15%", "3 procentpunt".
FIGURE_WORDS = frozenset({"procent", "%", "pct", "pct.", "procentpunt", "procentpunten"})

# Words that open a noun phrase: articles, demonstratives, possessives and
# 'alle' (Dutch determiners as in the UD Dutch treebanks' DET and PRON[Poss]).
DETERMINERS = frozenset(
    """de het een 't alle al beide deze die dit dat hun zijn haar mijn je jouw onze ons uw hun elke
    ieder iedere""".split()
)

# Degree words before an adjective in a noun phrase ("te zware koffers"): the intensifiers of
# lexicon/quantities.py.
DEGREE_WORDS = INTENSIFIERS

DEFINITE_DETERMINERS = frozenset({"de", "het", "'t", "deze", "die", "dit", "dat"})
# Determiners that point back: "dat percentage" restates a measure named before.
DEMONSTRATIVES = frozenset({"deze", "die", "dit", "dat"})

# Heads that set a time, a measure or a share in a text, never a group:
# "In 2017 lag ...", "De voorbije weken ...", "De rest (18%) ...".
TIME_WORDS = frozenset(
    """jaar jaren maand maanden week weken dag dagen periode tijd eind begin kwartaal
    ochtend middag avond nacht middaguur""".split()
).union(MONTH_NAMES, SEASONS, WEEKDAYS)

# Words that make a time noun an amount of time someone has, not a time that
# says when: "te weinig vrije tijd", "geen tijd", "meer dagen vrij".
AMOUNT_OF_TIME_WORDS = frozenset(
    """geen weinig veel meer minder genoeg voldoende onvoldoende extra evenveel zoveel
    nauwelijks amper""".split()
)

NON_GROUP_HEADS = TIME_WORDS | frozenset(
    """keer geval verkiezingen onderzoek peiling enquête enquete vragenlijst rapport cijfers
    totaal praktijk procent procentpunt procentpunten percentage
    helft derde kwart vijfde tiende rest deel meerderheid minderheid merendeel meesten
    aantal aandeel gemiddelde paar eens oneens afgelopen komende voorbije vorige volgende""".split()
)

# Plural endings of Dutch nouns for people (agent nouns and nationalities:
# kiezers, leraren, Nederlanders, studenten, specialisten, ondervraagden,
# deelnemers, scholieren, werknemers, vrouwen, ...), from Dutch morphology.
PERSON_SUFFIXES = (
    "ers",
    "aars",
    "eurs",
    "sters",
    "isten",
    "anten",
    "enten",
    "ianen",
    "anen",
    "lingen",
    "genoten",
    "den",
    "ten",
    "ieren",
    "ici",
    "lieden",
    "lui",
    "mensen",
    "nemers",
    "gevers",
    "kundigen",
    "cteuren",
)

# The endings above that no Dutch verb or adjective form has.
UNMISTAKABLE_PERSON_SUFFIXES = (
    "ers",
    "aars",
    "isten",
    "ieren",
    "anten",
    "enten",
    "lingen",
    "genoten",
    "nemers",
    "kundigen",
    "eurs",
    "cteuren",  # directeuren, redacteuren, inspecteuren (not the verbs kleuren, keuren, zeuren)
    "zoekenden",
    "wonenden",
    "werkenden",
)

# Plural nouns for people and organisations that no suffix gives away.
PEOPLE_NOUNS = frozenset(
    """kinderen jongeren ouderen ouders vrouwen mannen meisjes jongens leden burgers
    mensen personen volwassenen organisaties bedrijven ondernemingen instellingen
    gemeenten scholen huishoudens gezinnen partijen ziekenhuizen universiteiten
    werkgevers consumenten klanten patiënten inwoners artsen ondervraagden panelleden
    aanhang achterban electoraat bevolking leraren eigenaren ambtenaren handelaren kunstenaren
    boeren senioren werklozen daklozen abonnees fans singles leerkrachten""".split()
)

PEOPLE_NOUN_ENDINGS = tuple(PEOPLE_NOUNS)
"""Compounds end in them: ``sportjongeren``, ``welzijnsorganisaties``, ``CDA-kiezers``."""

# Plurals for people that are also a verb form: a group only where they stand as a noun,
# after an article, an inflected adjective or a count (``de stellen``, ``1 op de 10 stellen``),
# never in ``De onderzoekers stellen dat ...``.
PEOPLE_NOUNS_ALSO_VERBS = frozenset({"stellen", "paren"})

# Pronouns and stand-ins that never name a group by themselves.
NON_NAMING_WORDS = frozenset(
    """dat dit het er die deze wat ze zij hij je we wij ik men u jij hen hun iedereen niemand
    velen veel""".split()
)

COORDINATORS = frozenset({"en", "of"})

RESTRICTING_PREPOSITIONS = frozenset({"met", "zonder", "uit", "van"})

# Conjunctions that open a subordinate clause, whose subject comes first: "blijkt dat 18 procent ...".
SUBORDINATORS = frozenset({"dat", "omdat", "doordat", "zodat", "terwijl", "hoewel"})

# Conjunctions that always open a subordinate clause, whatever the tagger says (ANS): its
# subject follows them ("omdat de lonen met 5 procent stegen"), its finite verb comes last.
# "dat", "als" and "nu" open one only when tagged a conjunction ("dat" is also a pronoun).
SUBJECT_FIRST_CONJUNCTIONS = frozenset(
    "omdat doordat zodat terwijl hoewel nadat waardoor aangezien wanneer ofschoon waar".split()
)
TAGGED_CONJUNCTIONS = frozenset({"dat", "als", "nu"})

# Nouns by which market news ranks the day's movers, fronted before a copula:
# "De grootste stijger was Fugro", "Hekkensluiter was Besi" (the name is the subject).
RANKING_NOUNS = frozenset(
    """stijger stijgers daler dalers winnaar winnaars verliezer verliezers koploper hekkensluiter
    uitblinker uitblinkers achterblijver achterblijvers""".split()
)

# Adverbs (and their starts) that open a main clause before its finite verb (ANS §8):
# "Daarna zakte ...", "Toen steeg ...". A capitalised opener that starts so is no name.
FRONTED_ADVERBS = tuple(
    """daar hier waar toen toch ook eerder later inmiddels intussen vervolgens gisteren vandaag
    verder bovendien echter uiteindelijk opnieuw sindsdien tegelijk vooral alleen zelfs
    ondertussen overigens momenteel voorlopig eveneens""".split()
)

# Lowercase words inside names (``Forum voor Democratie``, ``Partij van de Arbeid``).
NAME_LINKS = frozenset({"voor", "van", "de", "der", "den"})

# Prepositions whose phrase narrows a group: "gezinnen uit een kleine gemeente",
# "ouders met een eigen zaak", "leden van de vereniging", "fietsers tussen 16 en 20".
GROUP_PREPOSITIONS = frozenset({"van", "met", "uit", "in", "zonder", "tussen", "onder", "op", "per"})


# Prepositions that front the group of an elliptical figure: "Van de telers
# wil 45 procent ...", "Onder studenten is ...", "Bij de ChristenUnie is dat 52 procent".
FRONTING_PREPOSITIONS = frozenset({"van", "onder", "bij", "in"})

# Last parts of levy and rate nouns: "heffingen van 5 procent", "een importtarief van 25
# procent", "een commissie van 30 procent" state the rate of that noun.
LEVY_HEADS = tuple(
    """heffing heffingen tarief tarieven belasting belastingen btw commissie boete boetes toeslag
    toeslagen accijns accijnzen invoerrecht invoerrechten""".split()
)

# Nouns of a light-verb construction, never a subject: "er is sprake van 3 procent groei"
# ("there is"): what the figure is stated for is the growth's measure, or the group around it.
LIGHT_VERB_NOUNS = frozenset({"sprake"})
# Words a tagger reads as nouns that are never subjects: the light-verb nouns and the
# directional particles of "ging omlaag", "schoot omhoog".
NEVER_SUBJECTS = LIGHT_VERB_NOUNS | frozenset({"omlaag", "omhoog", "vooruit", "achteruit"})

# Subjects that name a share of a group: "het aandeel rokende scholieren
# zakte naar 11,5 procent", "het percentage zieke werknemers".
SHARE_NOUNS = frozenset({"aandeel", "percentage", "deel"})

# Nouns that name a measure, not a group: "Het aantal faillissementen nam met
# 14 procent toe", "De vraag naar warmtepompen steeg". Dutch compounds are
# right-headed, so the list also covers "hypotheekrente" and "gasprijs"
# (MEASURE_HEAD_ENDINGS); the figure is stated for the whole measure phrase.
MEASURE_NOUNS = frozenset(
    """aantal aandeel percentage prijs prijzen rente koers koersen vraag omzet gemiddelde waarde
    export import productie verkoop verkopen gebruik uitstoot opkomst inflatie werkloosheid
    groei omvang volume consumptie opbrengst winst kosten uitgaven loon lonen huur huren""".split()
)
MEASURE_HEAD_ENDINGS = ("rente", "prijs", "prijzen", "koers", "omzet", "tarief", "tarieven", "premie")

# Separable-verb particles that close a clause after its figure ("nam met 12
# procent toe", "nam 3 procent af"): alone they say nothing of the share (ANS).
VERB_PARTICLES = frozenset({"toe", "af", "op", "uit", "mee", "terug", "door", "bij"})

# Prepositions whose phrase completes a measure noun: "de vraag naar warmtepompen",
# "de rente op spaargeld", "het aantal wachtenden voor een huurwoning".
MEASURE_PREPOSITIONS = frozenset(
    {"van", "naar", "op", "in", "voor", "onder", "met", "zonder", "uit", "door", "bij", "per"}
)

# Shares of these are measures of the clause's subject, not groups: in "De
# bakker haalt 18 procent van de omzet uit taart" the figure is stated for the bakker.
DENOMINATOR_HEADS = frozenset(
    """stemmen bbp omzet inkomen inkomsten begroting budget loon salaris winst kosten
    uitgaven marktaandeel markt waarde prijs opbrengst opbrengsten productie beroepsbevolking""".split()
)

# Plural sentence subjects that report a survey rather than form its group
# ("De onderzoekers zagen ...", "De cijfers laten zien ..."): never an antecedent.
REPORTING_NOUNS = frozenset(
    """onderzoekers wetenschappers auteurs experts deskundigen cijfers resultaten uitkomsten
    gegevens percentages data onderzoeken peilingen enquêtes vragen antwoorden""".split()
)

# Prepositions whose object names the group a later figure refers back to:
# "Onder boeren groeit de onvrede", "Bij de huurders ...", "Voor ouders ...".
ANAPHOR_PREPOSITIONS = frozenset({"van", "onder", "bij", "voor"})

# Pronouns that stand for a group of people named before: "Van hen ...", "Zij (38 procent) ...".
PEOPLE_PRONOUNS = frozenset({"hen", "ze", "zij"})

# Pronominal adverbs of a share of what was named before: "Daarvan is een derde ...", ", waarvan 70 procent".
PARTITIVE_ADVERBS = frozenset({"daarvan", "waarvan", "hiervan"})

# Pronouns that restate a measure as a clause's subject: "Dit jaar is dat 7 procent", "in 2015 was het 24%".
RESTATING_PRONOUNS = frozenset({"dat", "dit", "het", "die", "deze"})

# A figure governed by these stands for people (``bij een vijfde``, ``voor 35
# procent``), so the clause's subject is not its group.
ELLIPTICAL_PREPOSITIONS = frozenset({"bij", "voor", "door", "onder"})

# Words of the quantity itself in a claim (``De meeste``, ``Bijna alle``,
# ``een kleine meerderheid``): the group noun comes after them.
QUANTITY_WORDS = frozenset(
    """meeste meesten alle allen veel velen meerderheid minderheid merendeel deel gedeelte
    helft derde kwart driekwart tweederde vijfde tiende rest""".split()
)

# Conjunctions that start a clause of its own: "..., en de Dow Jones ging 0,6% omhoog".
CLAUSE_COORDINATORS = frozenset({"en", "maar", "terwijl"})

# Words between the figures of a tail after a colon: "41 en 44 procent", "63
# procent tegenover 71 procent"; the contrasting ones pair a figure with the
# other side of a comparison.
CONTRASTING_LINKS = frozenset({"tegenover", "tegen", "versus", "vs", "vs."})

TAIL_LINKS = COORDINATORS | CONTRASTING_LINKS

# Words before the second side of a comparison: "vaker dan mannen", "zoveel
# ouderen als jongeren", "kopers met een lening vergeleken met kopers zonder" (ANS 8.5).
COMPARED_MARKERS = (
    ("vergeleken", "met"),
    ("in", "vergelijking", "met"),
    ("ten", "opzichte", "van"),
    ("dan",),
    ("als",),
)
# Words that make ``als`` compare: "twee keer zoveel ouderen als jongeren", "even vaak als".
EQUATIVE_WORDS = frozenset({"zoveel", "evenveel", "zovelen", "even", "zo"})

# Copulas: a bare noun after one is a predicate, not an item ("De gemiddelde lezer is vrouw").
COPULAS = frozenset({"is", "zijn", "was", "waren", "wordt", "worden", "werd", "werden", "blijft", "blijven"})
# Verbs whose figure is their predicate or amount, not their subject: "Dat is 12 procent van
# de begroting", "Dat betreft 3 procent van alle ritten", "De schade bedroeg 4 procent".
AMOUNT_VERBS = COPULAS | frozenset(
    {
        "betreft",
        "betroffen",
        "bedraagt",
        "bedroeg",
        "bedragen",
        "bedroegen",
        "beslaat",
        "besloeg",
        "vormt",
        "vormde",
        "vormen",
        "vormden",
        "kost",
        "kostte",
        "kosten",
        "kostten",
        "scheelt",
        "scheelde",
    }
)
# Amounts a comparison measures, not groups: "wachten langer dan een uur (37 procent)".
AMOUNT_WORDS = TIME_WORDS | frozenset({"uur", "uren", "minuut", "minuten", "kilometer", "kilometers", "euro"})

# Words that set a group aside: "Behalve bij PVV-stemmers ...", "Anders dan bij ...".
EXCLUDING_WORDS = frozenset({"behalve", "uitgezonderd", "dan", "naast"})

# A cleft sentence puts a group in focus between ``Het is``/``Het zijn`` and a relative
# pronoun (ANS §21.4): "Het zijn vooral ouderen die ...". Its copula, and the focus words
# that may stand before the group ("vooral", "met name", "juist", "nog altijd").
CLEFT_COPULAS = frozenset({"is", "zijn", "was", "waren"})
FOCUS_WORDS = frozenset(
    """vooral met name juist ook niet alleen vaak voornamelijk hoofdzakelijk overwegend bovenal
    nog altijd steeds zeker eerder meestal opvallend genoeg uitgerekend nu net""".split()
)
CLEFT_RELATIVES = frozenset({"die", "dat"})
