"""traded_share: ``het aandeel`` alone with a price change is the stock (``Het aandeel won 4 procent``)."""

from __future__ import annotations

from handparsed import figure_at, text

from nlsurveyextract.stages.subjects.rules.traded_share import traded_share


def test_the_stock_opening_the_clause_is_the_subject_of_its_change(parse):
    doc = parse(
        """
        Het/DET aandeel/NOUN verloor/VERB@VerbForm=Fin gisteren/ADV 7/NUM procent/NOUN ./PUNCT
        """,
        parsed=False,
    )
    assert text(doc, traded_share(*figure_at(doc))) == "Het aandeel"


def test_the_stock_after_the_verb_of_a_fronted_place(parse):
    doc = parse(
        """
        Op/ADP de/DET beurs/NOUN sloot/VERB@VerbForm=Fin het/DET aandeel/NOUN 3/NUM procent/NOUN
        hoger/ADJ ./PUNCT
        """,
        parsed=False,
    )
    assert text(doc, traded_share(*figure_at(doc))) == "het aandeel"


def test_a_share_rising_to_a_level_is_no_stock(parse):
    doc = parse(
        """
        Het/DET aandeel/NOUN steeg/VERB@VerbForm=Fin naar/ADP 17/NUM procent/NOUN ./PUNCT
        """,
        parsed=False,
    )
    assert traded_share(*figure_at(doc)) is None


def test_a_share_with_its_group_is_left_to_the_measure_rules(parse):
    doc = parse(
        """
        Het/DET aandeel/NOUN rokers/NOUN@Number=Plur daalde/VERB@VerbForm=Fin met/ADP 3/NUM
        procent/NOUN ./PUNCT
        """,
        parsed=False,
    )
    assert traded_share(*figure_at(doc)) is None
