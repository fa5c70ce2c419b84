"""fronted_group: the group fronted in a prepositional phrase (``Van de telers wil 45 procent stoppen``)."""

from __future__ import annotations

from handparsed import figure_at, text

from nlsurveyextract.stages.subjects.rules.clause_subject import clause_subject
from nlsurveyextract.stages.subjects.rules.fronted_group import fronted_group


def test_a_noun_inside_a_fronted_prepositional_phrase_is_no_subject(parse):
    # The parse calls "onderwijs" the subject; Dutch word order says it is the object of "In".
    doc = parse("""
        In/ADP/case/2 het/DET/det/2 groenonderwijs/NOUN/nmod/5 en/CCONJ/cc/4 agrarisch/ADJ/amod/5
        onderwijs/NOUN/nsubj/10 wil/VERB/aux/10@VerbForm=Fin 48/NUM/nummod/8 procent/NOUN/obl/10
        eerder/ADV/advmod/10 stoppen/VERB/ROOT/10@VerbForm=Inf ./PUNCT/punct/10
        """)
    clause, figure = figure_at(doc)
    assert figure.span.text == "48 procent"
    assert clause_subject(clause, figure) is None
    assert text(doc, fronted_group(clause, figure)) == "het groenonderwijs en agrarisch onderwijs"


def test_a_fronted_van_phrase_names_the_group_without_a_parse(parse):
    doc = parse(
        """
        Van/ADP de/DET telers/NOUN@Number=Plur wil/AUX@VerbForm=Fin 45/NUM procent/NOUN
        stoppen/VERB@VerbForm=Inf ./PUNCT
        """,
        parsed=False,
    )
    assert text(doc, fronted_group(*figure_at(doc))) == "de telers"


def test_a_fronted_time_is_no_group(parse):
    doc = parse(
        """
        In/ADP juni/NOUN wil/AUX@VerbForm=Fin 45/NUM procent/NOUN stoppen/VERB@VerbForm=Inf
        ./PUNCT
        """,
        parsed=False,
    )
    assert fronted_group(*figure_at(doc)) is None


def test_a_fronted_year_is_no_group_even_when_the_verb_is_read_as_a_noun(parse):
    doc = parse(
        """
        In/ADP 2022/NUM stegen/NOUN@Number=Plur de/DET huren/NOUN@Number=Plur met/ADP
        4/NUM procent/NOUN ./PUNCT
        """,
        parsed=False,
    )
    assert fronted_group(*figure_at(doc)) is None


def test_a_complex_preposition_is_no_group(parse):
    """``In plaats van 6 procent ...``: ``in plaats van`` is one preposition, ``plaats`` no group."""
    rows = (
        "In/ADP plaats/NOUN@Number=Sing van/ADP 6/NUM procent/NOUN moet/VERB@VerbForm=Fin nu/ADV"
        " 9/NUM procent/NOUN ./PUNCT"
    )
    doc = parse(rows, parsed=False)
    assert fronted_group(*figure_at(doc, 1)) is None
