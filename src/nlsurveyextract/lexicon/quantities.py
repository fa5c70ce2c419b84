"""Words around a Dutch quantity: units, degree words, vague quantifiers, nouns that make a number no share.

Sources: the corpus guidelines (what counts as a claim), the ANS (Algemene
Nederlandse Spraakkunst) on quantifiers and degree adverbs (§8.3
"gradatie"), and the wording of Dutch news reports of polls (NOS, I&O,
Ipsos, CBS). The percentage stage builds its patterns from these tables; the
survey stage reads the degree words before a count of people asked.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..vocab import Qualifier, Unit

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
# Verbs before "een meerderheid" that make it a majority of seats or votes
# ("heeft een meerderheid", "kreeg een meerderheid", "vormen een meerderheid").
SEAT_VERBS = frozenset(
    "heeft hebben had hadden krijgt krijgen kreeg kregen haalt halen haalde haalden "
    "behaalt behaalde vormt vormen vormde houdt behoudt verliest verloor".split()
)

# Units and measures after a number: ``onder 18 jaar`` is an age, not a sample.
MEASURE_WORDS = frozenset(
    """
    jaar jaren procent procentpunt procentpunten pct euro dollar keer maal zetels zetel uur
    minuten seconden dagen dag weken week maanden maand vragen kilometer km meter kilo gram
    liter graden punten miljoen miljard duizend honderd landen stuks cent uren
""".split()
)
# The words of degree phrases before a count of people asked (``ruim 2.100``,
# ``bijna 35.000``, ``nog geen 500``), one token each. Unlike QUALIFIERS they
# leave out ``onder`` and ``rond``, which before a count introduce the group
# asked (``onder 2.100 kiezers``), and add ``precies``, ``totaal`` and ``in``.
COUNT_QUALIFIERS = frozenset(
    """
    ruim bijna circa ongeveer zo'n ca. liefst precies exact slechts minstens dik krap totaal
    meer dan ruwweg zeker maar in nog geen ten minste al
""".split()
)

# Degree adverbs before an adjective (ANS §8.3 "gradatie"): ``zeer tevreden``,
# ``te duur``, ``relatief veel``. They grade the adjective, not a number.
INTENSIFIERS = frozenset({"te", "zeer", "heel", "erg", "vrij", "relatief", "extra"})
