"""Survey sources named by a reporting clause: verbs, ``volgens`` and descriptors, written for these tests."""

import pytest

from nlsurveyextract.stages.surveys import find_surveys


def conductors(text):
    """The conductors of every survey found in ``text``, as written."""
    return [[text[a:b] for a, b in s.conductors] for s in find_surveys(text)]


NEAR_FIGURE = [
    pytest.param(
        "De huren stegen dit jaar met 4 procent. Dat meldt het Kadaster.",
        [["Kadaster"]],
        id="dat-meldt-after-figure",
    ),
    pytest.param(
        "Het is de kleinste stijging sinds 2015, schrijft de Woonbond. De huren gingen 2 procent omhoog.",
        [["Woonbond"]],
        id="schrijft-before-figure",
    ),
    pytest.param(
        "Volgens het Wereldvoedselprogramma is de nood groot. Bijna 40 procent van de gezinnen "
        "heeft geen water.",
        [["Wereldvoedselprogramma"]],
        id="volgens-sentence-before-figure",
    ),
    pytest.param(
        "De export groeide met 3 procent. Vorige week maakte Eurostat de cijfers al bekend.",
        [["Eurostat"]],
        id="maakte-bekend-particle",
    ),
    pytest.param(
        "Het aantal inbraken daalde met 9 procent. Dat bracht de Politieacademie naar buiten.",
        [["Politieacademie"]],
        id="bracht-naar-buiten-particle",
    ),
]


@pytest.mark.parametrize(("text", "expected"), NEAR_FIGURE)
def test_reporting_clause_next_to_a_figure_names_the_source(text, expected):
    assert conductors(text) == expected


# Reporting clauses that name no source, by label. An organisation that reports
# anywhere in an article with figures is its source (issue 10), so only an article
# without a figure, a partner without its own cue and a person stay out.
FAR_FROM_FIGURE = {
    "volgens-without-figure": "Volgens de Woonbond is dat onredelijk.",
    "partner-needs-its-own-sentence": "Het RIVM werkt in samenwerking met het KNMI aan een plan. "
    "Dat helpt 20 procent van de ouderen.",
    "person-is-no-source": "Volgens Karin de Graaf gaat het goed. Ruim 20 procent heeft een webshop.",
}


@pytest.mark.parametrize("text", [pytest.param(text, id=label) for label, text in FAR_FROM_FIGURE.items()])
def test_reporting_clause_far_from_a_figure_names_nothing(text):
    assert find_surveys(text) == []


def test_reporting_clause_sentences_away_from_the_figure_names_the_source():
    text = "Het waait hard. Dat meldt het KNMI. De treinen rijden. Ruim 20 procent valt uit."
    assert conductors(text) == [["KNMI"]]


SUBJECTS = [
    pytest.param("De ANWB becijferde dat de benzine 4 procent duurder werd.", [["ANWB"]], id="becijferde"),
    pytest.param(
        "Vakbond FNV signaleert dat een op de vijf schoonmakers overwerkt.", [["FNV"]], id="signaleert"
    ),
    pytest.param(
        "De Consumentenbond rapporteerde vorige maand dat 12 procent van de apps lekt.",
        [["Consumentenbond"]],
        id="rapporteerde-adverbial",
    ),
    pytest.param(
        "Eerder meldde een onderzoek van Ipsos 28 procent.", [["Ipsos"]], id="sentence-adverb-is-no-name"
    ),
    pytest.param(
        "Donderdag publiceerde de Woonbond een overzicht: 30 procent zit krap.",
        [["Woonbond"]],
        id="weekday-is-no-name",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SUBJECTS)
def test_organisation_as_subject_of_a_reporting_verb(text, expected):
    assert conductors(text) == expected


DESCRIPTORS = [
    pytest.param(
        "De koepel van Nederlandse melkveehouders LTO Melk meldt dat de prijs 6 procent daalde.",
        [["LTO Melk"]],
        id="subject-descriptor-with-complement",
    ),
    pytest.param(
        "Volgens de vereniging van huiseigenaren VEH betaalt een kwart te veel.",
        [["VEH"]],
        id="volgens-descriptor-with-complement",
    ),
    pytest.param(
        "Dat blijkt uit een peiling van de bond van kleine ondernemers ONL onder 900 leden.",
        [["ONL"]],
        id="cue-descriptor-with-complement",
    ),
    pytest.param(
        "Volgens de Nederlandse Spoorwegen zit 85 procent van de stoelen vol.",
        [["Nederlandse Spoorwegen"]],
        id="adjective-opens-a-name-not-a-person",
    ),
]


@pytest.mark.parametrize(("text", "expected"), DESCRIPTORS)
def test_descriptor_before_a_name(text, expected):
    assert conductors(text) == expected


def test_title_with_complement_quotes_a_person():
    assert find_surveys("Volgens de directeur van bouwbedrijf BAM stijgt de omzet met 4 procent.") == []


PUBLICATIONS_AND_NAMES = [
    ("titled-monitor", "Dat blijkt uit de Monitor Jeugdcriminaliteit van het WODC.", [["WODC"]]),
    (
        "quoted-title",
        "Dat blijkt uit het rapport 'Zorg in cijfers' van het Zorginstituut.",
        [["Zorginstituut"]],
    ),
    (
        "year-after-title",
        "Uit de Trendmonitor 2024 van Thuiswinkel.org blijkt dat 30 procent online koopt.",
        [["Thuiswinkel.org"]],
    ),
    ("analyse-noun", "Dat blijkt uit een analyse van het Financieele Dagblad.", [["Financieele Dagblad"]]),
    (
        "relative-hield",
        "Dat blijkt uit een enquête die Kantar in opdracht van de NOS hield.",
        [["Kantar", "NOS"]],
    ),
    ("relative-publiceerde", "Dat blijkt uit cijfers die het CBS donderdag publiceerde.", [["CBS"]]),
    (
        "enumeration-spelled-by-acronym",
        "Dat blijkt uit een peiling van de Stichting Wonen, Zorg & Welzijn (SWZW) en de Woonbond.",
        [["Stichting Wonen, Zorg & Welzijn (SWZW)", "Woonbond"]],
    ),
    (
        "enumeration-without-acronym",
        "Dat blijkt uit onderzoek van Ipsos, Kantar en Motivaction.",
        [["Ipsos", "Kantar", "Motivaction"]],
    ),
    (
        "adjective-lowercase-head",
        "Dat concludeert de Nationale ombudsman na een onderzoek.",
        [["Nationale ombudsman"]],
    ),
    (
        "onderzoekers-van",
        "Onderzoekers van de Universiteit Leiden ondervroegen 900 studenten.",
        [["Universiteit Leiden"]],
    ),
    (
        "english-links",
        "De hulporganisatie Save the Children ondervroeg 3.000 kinderen.",
        [["Save the Children"]],
    ),
    (
        "mixed-case-acronym",
        "Dat blijkt uit onderzoek van het Nederlands Jeugdinstituut (NJi).",
        [["Nederlands Jeugdinstituut (NJi)"]],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [pytest.param(text, want, id=label) for label, text, want in PUBLICATIONS_AND_NAMES]
)
def test_publications_and_name_spans(text, expected):
    assert conductors(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Dat is de peiling die Wilders gisteren aanhaalde.", id="relative-without-making-verb"),
        pytest.param("Het is een peiling die Nederland verdeelt.", id="relative-generic-subject"),
    ],
)
def test_relative_clause_that_does_not_make_the_survey(text):
    assert find_surveys(text) == []


AFFILIATIONS = [
    (
        "volgens-expert-after-survey",
        "Dat blijkt uit onderzoek van TNO. Volgens onderzoeker Pieter Smit van de Universiteit Utrecht "
        "ligt het aandeel op 12 procent.",
        [["TNO"]],
    ),
    (
        "expert-subject-before-survey",
        "Politicoloog Anna de Groot van de Universiteit Twente schreef eerder een boek over stemhulpen. "
        "Uit een peiling van Ipsos blijkt dat 20 procent twijfelt.",
        [["Ipsos"]],
    ),
    (
        "zegt-expert-after-register",
        "De inflatie kwam uit op 3 procent, meldt het CBS. Dat is hoog, zegt econoom Marieke de Jong "
        "van ING.",
        [["CBS"]],
    ),
    (
        "affiliation-as-only-source",
        "Een op de vier studenten slaapt te weinig, zegt onderzoeker Bas Mulder van de Universiteit Leiden.",
        [["Universiteit Leiden"]],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=label) for label, t, e in AFFILIATIONS])
def test_a_quoted_experts_affiliation_is_a_last_resort(text, expected):
    assert conductors(text) == expected


INVERTED = {
    "time-adverbial-deed": ("Vorig jaar deed het Nibud onderzoek naar de kosten van kinderen.", [["Nibud"]]),
    "fronted-sample-hield": (
        "Bij 1.250 werkgevers hield Intelligence Group een enquête.",
        [["Intelligence Group"]],
    ),
    "liet-ondervragen": ("In september liet de Woonbond 2.000 huurders ondervragen.", [["Woonbond"]]),
    "not-about-a-survey": ("Daarom heeft de jury een nieuwe score berekend.", []),
}


@pytest.mark.parametrize(
    ("text", "expected"), [pytest.param(*case, id=label) for label, case in INVERTED.items()]
)
def test_organisation_right_after_its_verb(text, expected):
    assert conductors(text) == expected
