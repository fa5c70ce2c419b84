"""apposition: a bracketed figure is stated for the noun phrase before the bracket."""

from __future__ import annotations

from handparsed import figure_at, text

from nlsurveyextract.stages.subjects.rules.apposition import apposition


def test_the_phrase_before_the_bracket_is_the_item(parse):
    doc = parse(
        [
            ("Vooral", "ADV", "", 0, ""),
            ("de", "DET", "", 0, ""),
            ("provincie", "NOUN", "", 0, ""),
            ("Utrecht", "PROPN", "", 0, ""),
            ("(", "PUNCT", "", 0, ""),
            ("27", "NUM", "", 0, ""),
            ("procent", "NOUN", "", 0, ""),
            (")", "PUNCT", "", 0, ""),
            ("groeit", "VERB", "", 0, "VerbForm=Fin"),
            (".", "PUNCT", "", 0, ""),
        ],
        parsed=False,
    )
    clause, figure = figure_at(doc)
    assert figure.span.text == "27 procent"
    assert text(doc, apposition(clause, figure)) == "de provincie Utrecht"


def test_a_figure_outside_brackets_has_no_item(parse):
    doc = parse(
        [
            ("Utrecht", "PROPN", "", 0, ""),
            ("groeit", "VERB", "", 0, "VerbForm=Fin"),
            ("27", "NUM", "", 0, ""),
            ("procent", "NOUN", "", 0, ""),
            (".", "PUNCT", "", 0, ""),
        ],
        parsed=False,
    )
    assert apposition(*figure_at(doc)) is None
