"""Sample sizes told by a verb of taking part or a spaced number word, and passive makers.

Every sentence was written for these tests.
"""

import pytest

from nlsurveyextract.lexicon.numbers import parse_number
from nlsurveyextract.stages.surveys import find_surveys


def summary(text):
    """(conductors, sample size, population) of every survey in ``text``."""
    cut = lambda span: None if span is None else text[span[0] : span[1]]  # noqa: E731
    return [([cut(c) for c in s.conductors], s.sample_size, cut(s.population)) for s in find_surveys(text)]


def table(rows):
    """pytest params from ``(id, text, expected)`` rows."""
    return [pytest.param(text, expected, id=label) for label, text, expected in rows]


TAKING_PART = [
    (
        "namen-deel-after-source",
        "Dat blijkt uit een enquête van de Fietsersbond. Ruim duizend fietsers namen deel.",
        [(["Fietsersbond"], 1000, "fietsers")],
    ),
    (
        "vulden-in-after-source",
        "Het Nibud deed onderzoek. Ruim 2.400 ouders vulden de vragenlijst in.",
        [(["Nibud"], 2400, "ouders")],
    ),
    (
        "er-reageerden-inverted",
        "Uit een peiling van EenVandaag blijkt dat 40 procent twijfelt. Er reageerden 1,2 miljoen mensen.",
        [(["EenVandaag"], 1200000, "mensen")],
    ),
    (
        "passive-participle-after-long-pp",
        "Voor het onderzoek zijn 870 Nederlanders in de leeftijd van 18 tot 80 jaar ondervraagd.",
        [([], 870, "Nederlanders")],
    ),
    (
        "vroeg-aan-names-its-source",
        "Dat vroeg de Fietsersbond aan ruim 8.000 fietsers.",
        [(["Fietsersbond"], 8000, "fietsers")],
    ),
    (
        "legde-voor-aan",
        "Kantar legde de vragen voor aan 2.300 ouders van schoolgaande kinderen.",
        [(["Kantar"], 2300, "ouders van schoolgaande kinderen")],
    ),
    (
        "panel-bestaat-uit",
        "Het panel van Ipsos bestaat uit 25 duizend Nederlanders.",
        [(["Ipsos"], 25000, "Nederlanders")],
    ),
    (
        "groep-van",
        "Dat blijkt uit onderzoek van Ipsos onder een representatieve groep van 1.050 Nederlanders.",
        [(["Ipsos"], 1050, "Nederlanders")],
    ),
    (
        "enqueteerde",
        "Het Nibud enquêteerde 1.500 gezinnen.",
        [(["Nibud"], 1500, "gezinnen")],
    ),
    (
        "leden-van-club-ran-it",
        "Ruim 1.800 leden van de Woonbond vulden de enquête in.",
        [(["Woonbond"], 1800, "leden van de Woonbond")],
    ),
    (
        "bevraagd-door",
        "Daarvoor werden 2.000 Nederlanders online bevraagd door Kantar.",
        [(["Kantar"], 2000, "Nederlanders")],
    ),
    (
        "rondvraag-bij-alle",
        "Een rondvraag van de NOS bij alle 342 gemeenten laat zien dat 40 procent tekortkomt.",
        [(["NOS"], 342, "gemeenten")],
    ),
    (
        "age-and-older",
        "Uit een peiling onder 1.050 Nederlanders van 18 jaar en ouder blijkt dat de helft twijfelt.",
        [([], 1050, "Nederlanders van 18 jaar en ouder")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), table(TAKING_PART))
def test_people_who_took_part_are_the_sample(text, expected):
    assert summary(text) == expected


# Counts and agents that report no survey, by label.
NO_SURVEY = {
    "finite-verb-without-survey": "Op de beurs reageerden 300 beleggers nerveus.",
    "bestaat-uit-without-survey": "Het team bestaat uit 25 spelers.",
    "vulde-without-survey": "De bond vulde 300 zakken met zand.",
    "groep-van-without-survey": "De groep van 30 spelers traint morgen.",
    "bij-without-survey": "Bij 300 gemeenten stijgt de belasting met 5 procent.",
    "agent-of-another-participle": "Het onderzoek werd vertraagd door Covid-19.",
    "agent-without-survey": "Het plan werd door de Woonbond opgesteld.",
}


@pytest.mark.parametrize("text", [pytest.param(text, id=label) for label, text in NO_SURVEY.items()])
def test_no_survey_without_a_survey_sentence(text):
    assert find_surveys(text) == []


def test_spaced_thousand_is_read_once():
    assert summary("Bijna 12 duizend scholieren deden mee aan de enquête.") == [([], 12000, "scholieren")]


@pytest.mark.parametrize(
    ("text", "value"), [("13 duizend", 13000), ("2,5 duizend", 2500), ("zesduizend", 6000)]
)
def test_spaced_multipliers(text, value):
    assert parse_number(text) == value


MAKERS = [
    (
        "zowel-door-als-door",
        "Het onderzoek is zowel door de Onderwijsinspectie als door het Nederlands Jeugdinstituut "
        "uitgevoerd.",
        [(["Onderwijsinspectie", "Nederlands Jeugdinstituut"], None, None)],
    ),
    (
        "behalve-door-ook-door",
        "De peiling is behalve door de Fietsersbond ook afgenomen door de Consumentenbond.",
        [(["Fietsersbond", "Consumentenbond"], None, None)],
    ),
    (
        "agent-after-population",
        "Het onderzoek werd gehouden onder ruim 2.400 Nederlanders door Kantar.",
        [(["Kantar"], 2400, "Nederlanders")],
    ),
    (
        "organisation-compound-is-a-name",
        "Voor de studie van het Trimbos-instituut werden 900 scholieren ondervraagd.",
        [(["Trimbos-instituut"], 900, "scholieren")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), table(MAKERS))
def test_passive_agent_of_making_is_a_conductor(text, expected):
    assert summary(text) == expected
