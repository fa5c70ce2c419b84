"""gapped_conjunct: a verbless conjunct after ``en`` shares the first conjunct's verb and subject."""

from __future__ import annotations

from handparsed import figure_at

from nlsurveyextract.stages.subjects.rules.gapped_conjunct import gapped_coordinator

ROWS = """
    De/DET winst/NOUN steeg/VERB@VerbForm=Fin in/ADP Gent/PROPN met/ADP 4/NUM procent/NOUN
    en/CCONJ in/ADP Luik/PROPN met/ADP 2/NUM procent/NOUN ./PUNCT
"""


def test_a_place_and_the_figure_after_en_are_a_gapped_conjunct(parse):
    doc = parse(ROWS, parsed=False)
    assert gapped_coordinator(*figure_at(doc, 1)) == 8
    assert gapped_coordinator(*figure_at(doc, 0)) is None


def test_a_conjunct_with_its_own_verb_is_a_clause(parse):
    rows = ROWS.replace("Luik/PROPN", "Luik/PROPN daalde/VERB@VerbForm=Fin hij/PRON")
    doc = parse(rows, parsed=False)
    assert gapped_coordinator(*figure_at(doc, 1)) is None


def test_a_conjunct_that_names_its_own_group_is_not_gapped(parse):
    rows = ROWS.replace("en/CCONJ in/ADP Luik/PROPN", "en/CCONJ onder/ADP ouderen/NOUN")
    doc = parse(rows, parsed=False)
    assert gapped_coordinator(*figure_at(doc, 1)) is None
