"""Dutch numbers: digits the Dutch way, number words, fractions and ratios."""

from __future__ import annotations

import doctest

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nlsurveyextract.lexicon import numbers
from nlsurveyextract.lexicon.numbers import (
    as_percent,
    fold,
    may_be_number,
    parse_digits,
    parse_fraction,
    parse_number,
    parse_number_word,
    parse_ratio,
    split_fraction_word,
)


def test_doctests() -> None:
    result = doctest.testmod(numbers)
    assert result.failed == 0
    assert result.attempted > 10


@pytest.mark.parametrize(
    ("text", "value"),
    [
        pytest.param("16", 16, id="integer"),
        pytest.param("16,5", 16.5, id="decimal-comma"),
        pytest.param("1.024", 1024, id="thousands-dot"),
        pytest.param("27.000", 27000, id="thousands-dot-zeros"),
        pytest.param("1.250.000", 1250000, id="two-thousands-dots"),
        pytest.param("3.500,75", 3500.75, id="thousands-and-decimal"),
        pytest.param("2.5", 2.5, id="english-decimal-point"),
        pytest.param("-3,2", -3.2, id="minus"),
        pytest.param("\u22123,2", -3.2, id="unicode-minus"),
        pytest.param("zestien", 16, id="teen"),
        pytest.param("vijfenzeventig", 75, id="compound"),
        pytest.param("drieënzestig", 63, id="compound-trema"),
        pytest.param("drieenzestig", 63, id="compound-no-trema"),
        pytest.param("eenentwintig", 21, id="compound-een"),
        pytest.param("éénentwintig", 21, id="compound-een-accent"),
        pytest.param("Tweeëntachtig", 82, id="compound-capital"),
        pytest.param("honderd", 100, id="honderd"),
        pytest.param("honderdeen", 101, id="honderdeen"),
        pytest.param("driehonderdtwintig", 320, id="hundreds"),
        pytest.param("duizend", 1000, id="duizend"),
        pytest.param("zesduizend", 6000, id="zesduizend"),
        pytest.param("tweehonderdvijftigduizend", 250000, id="big-compound"),
        pytest.param("tweeduizendvijfentwintig", 2025, id="year-in-words"),
        pytest.param("1,2 miljoen", 1200000, id="digits-miljoen"),
        pytest.param("twee miljoen", 2000000, id="words-miljoen"),
        pytest.param("3 miljard", 3e9, id="miljard"),
        pytest.param("anderhalf", 1.5, id="anderhalf"),
        pytest.param("een half", 0.5, id="een-half"),
        pytest.param("half", 0.5, id="half"),
        pytest.param("één", 1, id="een-accent"),
        pytest.param("een", 1, id="een"),
        pytest.param("Eén", 1, id="een-capital-accent"),
        pytest.param("nul", 0, id="nul"),
        pytest.param(" 45 ", 45, id="spaces"),
    ],
)
def test_parse_number(text: str, value: float) -> None:
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "procent",
        "de helft",
        "honderden",
        "duizenden",
        "en",
        "12a",
        "1,2,3",
        "miljoenen",
        "nulhonderd",
        "zestienen",
    ],
)
def test_parse_number_rejects(text: str) -> None:
    assert parse_number(text) is None


def test_parse_digits_never_reads_words() -> None:
    assert parse_digits("zes") is None
    assert parse_number_word("16") is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        pytest.param("de helft", 50, id="de-helft"),
        pytest.param("een derde", 33.3, id="een-derde"),
        pytest.param("twee derde", 66.7, id="twee-derde"),
        pytest.param("tweederde", 66.7, id="tweederde"),
        pytest.param("een kwart", 25, id="een-kwart"),
        pytest.param("driekwart", 75, id="driekwart"),
        pytest.param("drie kwart", 75, id="drie-kwart"),
        pytest.param("een vijfde", 20, id="een-vijfde"),
        pytest.param("een tiende", 10, id="een-tiende"),
        pytest.param("éénderde", 33.3, id="eenderde-accent"),
        pytest.param("2/3e", 66.7, id="slash-e"),
        pytest.param("3/4", 75, id="slash"),
        pytest.param("een achtste", 12.5, id="achtste"),
        pytest.param("een honderdste", 1, id="honderdste"),
    ],
)
def test_parse_fraction(text: str, value: float) -> None:
    assert parse_fraction(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["zes", "derde partij", "de derde", "4/3", "een halve"])
def test_parse_fraction_rejects(text: str) -> None:
    assert parse_fraction(text) is None


@pytest.mark.parametrize(
    ("numerator", "denominator", "value"),
    [
        ("vier", "tien", 40),
        ("een", "vijf", 20),
        ("één", "drie", 33.3),
        ("1", "4", 25),
        ("Eén", "zes", 16.7),
        ("drie", "vier", 75),
        ("negen", "tien", 90),
        ("420", "3.000", 14),
    ],
)
def test_parse_ratio(numerator: str, denominator: str, value: float) -> None:
    assert parse_ratio(numerator, denominator) == pytest.approx(value)


def test_parse_ratio_rejects_more_than_whole() -> None:
    assert parse_ratio("elf", "tien") is None
    assert parse_ratio("een", "nul") is None


def test_as_percent_rounds_to_one_decimal() -> None:
    assert as_percent(1, 3) == 33.3
    assert as_percent(1, 7) == 14.3


def test_split_fraction_word() -> None:
    assert split_fraction_word("tweederde") == ("twee", "derde")
    assert split_fraction_word("verdere") is None


def test_fold() -> None:
    assert fold("Eén\u00a0op  de DRIE") == "een op de drie"


@pytest.mark.parametrize(
    "word",
    ["2.100", "zesduizend", "Één", "achttien", "honderdvijftig", "duizend", "miljoen", "anderhalf", "half"],
)
def test_may_be_number_lets_every_number_through(word: str) -> None:
    assert may_be_number(word)
    assert parse_number(word) is not None


@pytest.mark.parametrize("word", ["kiezers", "procent", "Groningers", "lijst", "", "("])
def test_may_be_number_turns_other_words_away(word: str) -> None:
    assert not may_be_number(word)


@given(st.text(alphabet="abdeéhimnortvwz0123456789.,- ", max_size=30))
def test_may_be_number_never_turns_away_a_number(text: str) -> None:
    assert parse_number(text) is None or may_be_number(text)


def test_every_unit_word_and_denominator_holds_a_gate_literal() -> None:
    """The percentage finder skips its unit and fraction scans on texts without these literals."""
    from nlsurveyextract.lexicon.numbers import DENOMINATORS, ONE_WORD_DENOMINATORS
    from nlsurveyextract.lexicon.quantities import UNIT_WORDS
    from nlsurveyextract.stages.percentages.patterns import FRACTION_LITERALS, UNIT_LITERALS

    assert all(any(literal in word for literal in UNIT_LITERALS) for word in UNIT_WORDS)
    words = (*DENOMINATORS, *ONE_WORD_DENOMINATORS, "helft", "kwart")
    assert all(any(literal in word for literal in FRACTION_LITERALS) for word in words)
