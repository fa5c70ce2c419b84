"""of_group and denominator: the group in a partitive ``van``-phrase, unless it is a measure."""

from __future__ import annotations

from handparsed import figure_at, text

from nlsurveyextract.stages.subjects.rules.of_group import denominator, of_group


def test_the_van_phrase_after_the_figure_is_its_group(parse):
    doc = parse(
        """
        Veertig/NUM procent/NOUN van/ADP de/DET telers/NOUN@Number=Plur stopt/VERB@VerbForm=Fin
        ./PUNCT
        """,
        parsed=False,
    )
    clause, figure = figure_at(doc)
    assert text(doc, of_group(clause, figure)) == "de telers"
    assert denominator(clause, figure) is None


def test_a_measure_after_van_is_a_denominator(parse):
    doc = parse(
        """
        Een/DET kwart/NOUN van/ADP de/DET omzet/NOUN gaat/VERB@VerbForm=Fin naar/ADP huur/NOUN
        ./PUNCT
        """,
        parsed=False,
    )
    clause, figure = figure_at(doc)
    assert of_group(clause, figure) is None
    assert text(doc, denominator(clause, figure)) == "de omzet"


def test_a_compound_of_a_measure_is_a_denominator():
    from nlsurveyextract.stages.subjects.rules.of_group import names_a_denominator

    assert names_a_denominator("landbouwproductie")
    assert names_a_denominator("omzet")
    assert not names_a_denominator("telers")
