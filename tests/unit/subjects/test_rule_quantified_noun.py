"""quantified_noun: the group right after the quantity (``Zes op de tien telers``)."""

from __future__ import annotations

from handparsed import figure_at, text

from nlsurveyextract.stages.subjects.rules.quantified_noun import quantified_noun


def test_a_ratio_takes_the_plural_after_it(parse):
    doc = parse(
        """
        Zes/NUM op/ADP de/DET tien/NUM telers/NOUN@Number=Plur verwacht/VERB@VerbForm=Fin
        minder/ADJ oogst/NOUN ./PUNCT
        """,
        parsed=False,
    )
    assert text(doc, quantified_noun(*figure_at(doc))) == "telers"


def test_a_figure_before_a_bare_singular_is_a_measure(parse):
    doc = parse(
        """
        Er/ADV geldt/VERB@VerbForm=Fin 30/NUM procent/NOUN korting/NOUN@Number=Sing ./PUNCT
        """,
        parsed=False,
    )
    assert quantified_noun(*figure_at(doc)) is None


def test_a_compared_count_after_an_inverted_verb_is_the_subject(parse):
    doc = parse(
        """
        In/ADP mei/NOUN werden/AUX@VerbForm=Fin 9/NUM procent/NOUN meer/ADV fietsen/NOUN@Number=Plur
        verkocht/VERB@VerbForm=Part ./PUNCT
        """,
        parsed=False,
    )
    assert text(doc, quantified_noun(*figure_at(doc))) == "fietsen"


def test_a_compared_count_after_the_subject_and_verb_is_an_object(parse):
    doc = parse(
        """
        Het/DET museum/NOUN trok/VERB@VerbForm=Fin 9/NUM procent/NOUN meer/ADV
        bezoekers/NOUN@Number=Plur ./PUNCT
        """,
        parsed=False,
    )
    assert quantified_noun(*figure_at(doc)) is None
