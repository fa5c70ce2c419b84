"""of_group and denominator: the group in a partitive ``van``-phrase, unless it is a measure."""

from __future__ import annotations

from handparsed import FIN, figure_at, text

from nlsurveyextract.stages.subjects.rules.of_group import denominator, of_group


def test_the_van_phrase_after_the_figure_is_its_group(parse):
    doc = parse(
        [
            ("Veertig", "NUM", "", 0, ""),
            ("procent", "NOUN", "", 0, ""),
            ("van", "ADP", "", 0, ""),
            ("de", "DET", "", 0, ""),
            ("telers", "NOUN", "", 0, "Number=Plur"),
            ("stopt", "VERB", "", 0, FIN),
            (".", "PUNCT", "", 0, ""),
        ],
        parsed=False,
    )
    clause, figure = figure_at(doc)
    assert text(doc, of_group(clause, figure)) == "de telers"
    assert denominator(clause, figure) is None


def test_a_measure_after_van_is_a_denominator(parse):
    doc = parse(
        [
            ("Een", "DET", "", 0, ""),
            ("kwart", "NOUN", "", 0, ""),
            ("van", "ADP", "", 0, ""),
            ("de", "DET", "", 0, ""),
            ("omzet", "NOUN", "", 0, ""),
            ("gaat", "VERB", "", 0, FIN),
            ("naar", "ADP", "", 0, ""),
            ("huur", "NOUN", "", 0, ""),
            (".", "PUNCT", "", 0, ""),
        ],
        parsed=False,
    )
    clause, figure = figure_at(doc)
    assert of_group(clause, figure) is None
    assert text(doc, denominator(clause, figure)) == "de omzet"
