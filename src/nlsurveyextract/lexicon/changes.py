"""Words that make a figure a change, and which way it goes.

``steeg met 3 procent`` and ``een daling van 4 procent`` put the cue before
the figure, ``5 procent hoger`` and ``nam 12 procent af`` after it (ANS on
comparatives and separable verbs; the wording of Dutch economic news).
"""

from __future__ import annotations

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

# Verbs by which a subject changes a measure it sets (the object): "De bank verlaagt
# de rente met 0,25 procent", "heeft de premie verhoogd, van 130 naar 140 euro".
CAUSATIVE_CHANGE_VERBS = frozenset(
    "verhoog verhoogt verhoogde verhoogden verhogen verhoogd "
    "verlaag verlaagt verlaagde verlaagden verlagen verlaagd "
    "verminder vermindert verminderde verminderden verminderen "
    "vergroot vergrootte vergrootten vergroten "
    "verklein verkleint verkleinde verkleinden verkleinen verkleind "
    "verdubbelt verdubbelde verdubbelden verdubbelen verdubbeld "
    "halveert halveerde halveerden halveren gehalveerd".split()
)
# Nouns that name a change: "Het gaat om een groei van 4 procent" restates the change
# the sentence before reported.
CHANGE_NOUNS = frozenset(
    "groei stijging toename daling afname krimp verhoging verlaging teruggang "
    "achteruitgang vooruitgang verdubbeling halvering duikeling terugval".split()
)
# Dutch compounds are right-headed: "omzetgroei", "koersdaling", "prijsstijging" name a change too.
CHANGE_NOUN_ENDINGS = tuple(CHANGE_NOUNS)

# Finite forms of the verbs statistics news states a figure with (a change or a level:
# "De AEX sloot 1,2 procent lager", "De werkloosheid kwam uit op 3,6 procent"), present
# and past, singular and plural. The tagger often reads them as nouns or adjectives
# (``De consumentenprijzen lagen ...``, ``In maart kromp de economie ...``); Dutch word
# order puts them second in a main clause, so they mark where the first phrase ends.
STATISTICS_VERBS = frozenset(
    """steeg stegen stijgt daalde daalden daalt groeide groeiden groeit kromp krompen krimpt
    zakte zakten zakt lag lagen ligt liggen kwam kwamen komt bleef bleven blijft bedroeg bedroegen
    bedraagt ging gingen gaat sloot sloten sluit eindigde eindigden eindigt liep liepen
    loopt nam namen neemt viel vielen valt won wonnen wint verloor verloren verliest klom klommen
    klimt dook doken duikt kelderde kelderden keldert schoot schoten schiet noteerde noteerden
    noteert stond stonden staat dikte dikten koerste koersten koerst opende openden opent""".split()
)

# Stems of the verbs with which people expect a figure: "Economen rekenden op een daling
# van 0,6 procent", "analisten verwachten een groei van 2 procent". The change is of the
# measure the text reports, not of those who expect it.
EXPECTATION_STEMS = (
    "rekend",
    "reken",
    "verwacht",
    "voorspel",
    "voorzien",
    "voorzag",
    "raamd",
    "schatt",
    "mikt",
    "mikken",
)
# Those who expect figures in statistics news; "economen" has no ending that only people nouns have.
FORECASTERS = frozenset("economen analisten kenners deskundigen experts waarnemers marktvorsers".split())
