"""Survey attribution: one Dutch construction per case, written for these tests."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nlsurveyextract.stages.surveys import SurveyMention, find_surveys
from nlsurveyextract.stages.surveys.patterns import MAX_SURVEYS


def cut(text, span):
    return None if span is None else text[span[0] : span[1]]


def summary(text, survey):
    """(conductors, sample size, population, period) as text."""
    return (
        [cut(text, c) for c in survey.conductors],
        survey.sample_size,
        cut(text, survey.population),
        cut(text, survey.period),
    )


SURVEYS = [
    pytest.param(
        "Dat blijkt uit onderzoek van TOPdesk onder zesduizend IT-managers.",
        [(["TOPdesk"], 6000, "IT-managers", None)],
        id="onderzoek-van-onder-number-word",
    ),
    pytest.param(
        "Ruim zestig procent wil een vierdaagse werkweek, blijkt uit onderzoek in opdracht van vakbond CNV.",
        [(["CNV"], None, None, None)],
        id="in-opdracht-van-descriptor",
    ),
    pytest.param(
        "Uit een peiling van Ipsos onder 1.024 Nederlanders blijkt dat 40 procent twijfelt.",
        [(["Ipsos"], 1024, "Nederlanders", None)],
        id="peiling-van-dot-thousands",
    ),
    pytest.param(
        "Volgens cijfers van het CBS woont 18 procent van de jongeren nog thuis.",
        [(["CBS"], None, None, None)],
        id="register-cijfers-van",
    ),
    pytest.param(
        "Volgens de Lymevereniging heeft een op de vijf patiënten na een jaar nog klachten.",
        [(["Lymevereniging"], None, None, None)],
        id="volgens-organisation-ratio-not-sample",
    ),
    pytest.param(
        "Dat blijkt uit onderzoek van banensite Jobnet onder ruim duizend werkgevers.",
        [(["Jobnet"], 1000, "werkgevers", None)],
        id="descriptor-before-name",
    ),
    pytest.param(
        "De werkloosheid daalde naar 3,6 procent, meldde het Centraal Bureau voor de "
        "Statistiek (CBS). Volgens het CBS werken 200.000 mensen meer dan vorig jaar.",
        [(["Centraal Bureau voor de Statistiek (CBS)"], None, None, None)],
        id="register-full-name-acronym-merges",
    ),
    pytest.param(
        "Onderzoeksbureau Motivaction ondervroeg 2500 mensen tussen 3 en 10 mei.",
        [(["Motivaction"], 2500, "mensen", "tussen 3 en 10 mei")],
        id="subject-ondervroeg-period-range",
    ),
    pytest.param(
        "Peil.nl ondervroeg vorige week 1.500 huurders over de huurverhoging.",
        [(["Peil.nl"], 1500, "huurders", None)],
        id="time-adverbial-before-count",
    ),
    pytest.param(
        "Motivaction heeft in september ruim duizend Nederlanders ondervraagd over hun "
        "pensioen. Bijna de helft maakt zich zorgen.",
        [(["Motivaction"], 1000, "Nederlanders", "in september")],
        id="heeft-ondervraagd-month",
    ),
    pytest.param(
        "Het onderzoek werd uitgevoerd door marktonderzoeker GfK in opdracht van de NOS.",
        [(["GfK", "NOS"], None, None, None)],
        id="uitgevoerd-door-in-opdracht-van",
    ),
    pytest.param(
        "Dat blijkt uit onderzoek van EenVandaag onder 27.000 leden van het Opiniepanel.",
        [(["EenVandaag"], 27000, "leden van het Opiniepanel", None)],
        id="population-with-complement",
    ),
    pytest.param(
        "Dat blijkt uit de nieuwe Jeugdmonitor van het Nibud.",
        [(["Nibud"], None, None, None)],
        id="monitor-van",
    ),
    pytest.param(
        "In totaal vulden 1.024 respondenten de vragenlijst van Multiscope in.",
        [(["Multiscope"], 1024, "respondenten", None)],
        id="respondenten-noun",
    ),
    pytest.param(
        "Een enquête van de ANWB onder 4000 automobilisten laat zien dat een kwart elektrisch rijdt.",
        [(["ANWB"], 4000, "automobilisten", None)],
        id="enquete-van-article-stripped",
    ),
    pytest.param(
        "Dat concluderen de vakbonden FNV en CNV na een enquête onder 3.500 leden.",
        [(["FNV", "CNV"], 3500, "leden", None)],
        id="coordinated-conductors",
    ),
    pytest.param(
        "De gemeente Utrecht hield in maart een enquête onder 800 inwoners.",
        [(["gemeente Utrecht"], 800, "inwoners", "in maart")],
        id="lowercase-head-gemeente",
    ),
    pytest.param(
        "In de laatste Ipsos-peiling zegt 45 procent van de kiezers dat te steunen.",
        [(["Ipsos"], None, None, None)],
        id="name-written-onto-survey-noun",
    ),
    pytest.param(
        "Dat blijkt uit een peiling van I&O Research in opdracht van de Volkskrant. Een "
        "tweede onderzoek, van Peil.nl, komt uit op 30 procent.",
        [(["I&O Research", "Volkskrant"], None, None, None), (["Peil.nl"], None, None, None)],
        id="two-surveys",
    ),
    pytest.param(
        "Uit onderzoek van het Nibud blijkt dat 30 procent krap zit. Volgens het Nibud "
        "moeten gezinnen vaker sparen.",
        [(["Nibud"], None, None, None)],
        id="same-organisation-merges",
    ),
    pytest.param(
        "Een peiling onder ruim vijfhonderd Linda-lezers wijst uit dat de helft thuiswerkt.",
        [(["Linda"], 500, "Linda-lezers", None)],
        id="audience-names-medium",
    ),
    pytest.param(
        "Hoogleraar Anna de Wit deed een groot onderzoek onder 900 studenten.",
        [(["Anna de Wit"], 900, "studenten", None)],
        id="person-when-nothing-else",
    ),
    pytest.param(
        "Dat blijkt uit onderzoek van TNO. Volgens onderzoeker Pieter Smit ligt het aandeel op 12 procent.",
        [(["TNO"], None, None, None)],
        id="person-quote-not-a-conductor",
    ),
    pytest.param(
        "Een op de drie werknemers is gestrest, zegt Karin Bos van Nyenrode Business Universiteit.",
        [(["Nyenrode Business Universiteit"], None, None, None)],
        id="person-of-organisation",
    ),
    pytest.param(
        "Het veldwerk voor het onderzoek van Kantar liep van 1 tot en met 8 juni.",
        [(["Kantar"], None, None, "van 1 tot en met 8 juni")],
        id="period-van-tot-en-met",
    ),
    pytest.param(
        "Voor de studie zijn 1,2 miljoen mensen ondervraagd, meldt onderzoeksinstituut Nivel.",
        [(["Nivel"], 1200000, "mensen", None)],
        id="participle-after-population-million",
    ),
    pytest.param(
        "Het Sociaal en Cultureel Planbureau (SCP) ondervroeg 4000 Nederlanders. Volgens "
        "het SCP voelt 20 procent zich eenzaam.",
        [(["Sociaal en Cultureel Planbureau (SCP)"], 4000, "Nederlanders", None)],
        id="name-with-en-and-acronym",
    ),
    pytest.param(
        "Aan de peiling deden 2.100 kiezers tussen 18 en 35 jaar mee. De peiling werd gehouden door Peil.nl.",
        [(["Peil.nl"], 2100, "kiezers tussen 18 en 35 jaar", None)],
        id="separable-mee-and-age-range",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SURVEYS)
def test_surveys(text, expected):
    assert [summary(text, s) for s in find_surveys(text)] == expected


NOT_SURVEYS = [
    pytest.param("Volgens Max Veenhof is dat logisch.", id="person-volgens"),
    pytest.param(
        "Volgens minister Jansen gaat het om 5 procent van de begroting.",
        id="titled-person-volgens",
    ),
    pytest.param("Het kabinet trekt 300 miljoen euro uit voor 1200 scholen.", id="money-count"),
    pytest.param(
        "Onderzoekers zien dat 30 procent van de kinderen te weinig slaapt.",
        id="generic-capitalised-word",
    ),
    pytest.param("Aan het toernooi doen honderd spelers mee.", id="mee-without-survey"),
    pytest.param("De storm liet 300 gezinnen zonder stroom.", id="liet-without-survey"),
    pytest.param(
        "Het RIVM adviseert ouderen binnen te blijven. Dat is 20 procent van de bevolking.",
        id="known-institute-without-figure-in-sentence",
    ),
    pytest.param("", id="empty"),
]


@pytest.mark.parametrize("text", NOT_SURVEYS)
def test_not_surveys(text):
    assert find_surveys(text) == []


SAMPLE_TRAPS = [
    pytest.param(
        "In 2023 zei 40 procent van de Nederlanders ja, blijkt uit onderzoek van Ipsos.",
        id="year-and-percentage",
    ),
    pytest.param(
        "Vier op de tien ondervraagden vindt dat, blijkt uit een peiling van Peil.nl.",
        id="ratio-denominator",
    ),
    pytest.param(
        "Het bedrijf heeft 4000 medewerkers en verkocht 12 procent meer, blijkt uit cijfers van Philips.",
        id="organisations-own-count",
    ),
    pytest.param(
        "Uit onderzoek van de Hartstichting blijkt dat 250 euro per jaar genoeg is.",
        id="money",
    ),
]


@pytest.mark.parametrize("text", SAMPLE_TRAPS)
def test_no_sample_size(text):
    [survey] = find_surveys(text)
    assert survey.sample_size is None
    assert survey.sample_span is None


@pytest.mark.parametrize(("text", "expected"), SURVEYS)
def test_offsets_are_honest(text, expected):
    for survey in find_surveys(text):
        spans = [*survey.conductors, survey.cue, survey.sample_span, survey.population]
        for span in [s for s in spans if s is not None]:
            assert 0 <= span[0] < span[1] <= len(text)
        for start, _ in survey.conductors:
            assert not text[start:].startswith(("de ", "het ", "De ", "Het "))


def test_sample_span_reads_back_the_number():
    text = "Dat blijkt uit onderzoek van TOPdesk onder zesduizend IT-managers."
    [survey] = find_surveys(text)
    assert cut(text, survey.sample_span) == "zesduizend"
    assert cut(text, survey.cue) == "onderzoek van"


def test_mentions_are_frozen():
    [survey] = find_surveys("Dat blijkt uit onderzoek van TNO.")
    assert isinstance(survey, SurveyMention)
    with pytest.raises(AttributeError):
        survey.sample_size = 3  # type: ignore[misc]


def test_most_written_form_of_a_name_is_reported():
    text = (
        "De economie groeide 0,5 procent, meldde het Centraal Bureau voor de Statistiek. "
        "Volgens het CBS groeide de export met 2 procent. Het CBS verwacht dat de groei "
        "aanhoudt."
    )
    [survey] = find_surveys(text)
    assert [cut(text, c) for c in survey.conductors] == ["CBS"]


def test_order_of_first_mention():
    text = (
        "Een peiling van Peil.nl komt uit op 30 procent. Eerder meldde een onderzoek van "
        "Ipsos 28 procent. Volgens Peil.nl is dat verschil klein."
    )
    assert [cut(text, s.conductors[0]) for s in find_surveys(text)] == ["Peil.nl", "Ipsos"]


HOSTILE = [
    pytest.param("A. " * 20000, id="capital-sentences"),
    pytest.param("onderzoek van Ipsos " * 5000, id="repeated-cue"),
    pytest.param("1" * 60000, id="one-long-number"),
    pytest.param("a-" * 30000, id="hyphen-chain"),
    pytest.param("onderzoek" + " " * 60000 + "van", id="long-gap"),
    pytest.param("Jan de Vries van Ipsos zegt 5 procent. " * 1500, id="repeated-person"),
    pytest.param(
        " ".join(
            f"Dat blijkt uit onderzoek van Bu{a}{b}{c}."
            for a in "aeiou"
            for b in "bdk" * 3
            for c in "aeiouy" * 3
        ),
        id="thousands-of-distinct-organisations",
    ),
]


HOSTILE_CONDUCTORS = {
    "capital-sentences": [],
    "repeated-cue": [["Ipsos"]],
    "one-long-number": [],
    "hyphen-chain": [],
    "long-gap": [],
    "repeated-person": [["Ipsos"]],
}


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_input_gives_at_most_its_real_sources(text, request):
    """Hostile shapes give their one real source or none (their time is in ``benchmarks/hostile.py``)."""
    shape = request.node.callspec.id
    surveys = find_surveys(text)
    if shape == "thousands-of-distinct-organisations":
        assert len(surveys) == MAX_SURVEYS
        assert all(cut(text, s.conductors[0]).startswith("Bu") for s in surveys)
    else:
        assert [[cut(text, c) for c in s.conductors] for s in surveys] == HOSTILE_CONDUCTORS[shape]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="aAeE1 .,-()&'onderzoekvanIpsos", max_size=300))
def test_any_text_gives_valid_offsets(text):
    for survey in find_surveys(text):
        for span in [*survey.conductors, survey.cue]:
            assert 0 <= span[0] <= span[1] <= len(text)
