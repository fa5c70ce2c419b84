"""respective_item: ``respectievelijk`` pairs the n-th figure with the n-th item before it."""

from __future__ import annotations

from handparsed import figure_at, text

from nlsurveyextract.stages.subjects.rules.respective_item import respective_item

ROWS = """

    Gouda/PROPN en/CCONJ Edam/PROPN halen/VERB@VerbForm=Fin respectievelijk/ADV 48/NUM en/CCONJ

    39/NUM procent/NOUN ./PUNCT

    """


def test_each_figure_takes_the_item_in_its_place(parse):
    doc = parse(ROWS, parsed=False)
    assert [span.text for span in doc.spans["nlsurveyextract_percentages"]] == ["48", "39 procent"]
    assert text(doc, respective_item(*figure_at(doc, 0))) == "Gouda"
    assert text(doc, respective_item(*figure_at(doc, 1))) == "Edam"


def test_without_the_cue_there_is_no_pairing(parse):
    rows = ROWS.replace(" respectievelijk/ADV", "")
    doc = parse(rows, parsed=False)
    assert respective_item(*figure_at(doc, 0)) is None


def test_the_cue_between_the_figures_pairs_them_too(parse):
    rows = ROWS.replace(" respectievelijk/ADV 48/NUM en/CCONJ", " 48/NUM procent/NOUN respectievelijk/ADV")
    doc = parse(rows, parsed=False)
    assert [span.text for span in doc.spans["nlsurveyextract_percentages"]] == ["48 procent", "39 procent"]
    assert text(doc, respective_item(*figure_at(doc, 0))) == "Gouda"
    assert text(doc, respective_item(*figure_at(doc, 1))) == "Edam"
