"""middle_field: after a fronted place and the verb, the first phrase that is no adjunct is the subject."""

from __future__ import annotations

from handparsed import figure_at, text

from nlsurveyextract.stages.subjects.rules.fronted_group import fronted_group
from nlsurveyextract.stages.subjects.rules.middle_field import middle_field

ROWS = """
    In/ADP de/DET bouw/NOUN daalde/VERB@VerbForm=Fin vorige/ADJ maand/NOUN in/ADP alle/DET
    regio's/NOUN het/DET aantal/NOUN vacatures/NOUN met/ADP 8/NUM procent/NOUN ./PUNCT
"""


def test_the_subject_stands_after_times_and_places(parse):
    doc = parse(ROWS, parsed=False)
    assert text(doc, middle_field(*figure_at(doc, 0))) == "het aantal vacatures"
    assert fronted_group(*figure_at(doc, 0)) is None


def test_a_figure_right_after_the_verb_leaves_the_place_its_group(parse):
    doc = parse(
        "In/ADP de/DET zorg/NOUN werkt/VERB@VerbForm=Fin 40/NUM procent/NOUN parttime/ADV ./PUNCT",
        parsed=False,
    )
    assert middle_field(*figure_at(doc, 0)) is None
    assert text(doc, fronted_group(*figure_at(doc, 0))) == "de zorg"


def test_a_pronoun_subject_makes_the_place_no_group(parse):
    rows = (
        "In/ADP de/DET kantine/NOUN hoor/VERB@VerbForm=Fin je/PRON klachten/NOUN over/ADP 30/NUM procent/NOUN"
    )
    doc = parse(rows, parsed=False)
    assert middle_field(*figure_at(doc, 0)) is None
    assert fronted_group(*figure_at(doc, 0)) is None
