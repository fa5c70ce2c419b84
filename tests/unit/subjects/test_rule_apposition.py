"""apposition: a bracketed figure is stated for the noun phrase before the bracket."""

from __future__ import annotations

from handparsed import figure_at, text

from nlsurveyextract.stages.subjects.rules.apposition import apposition


def test_the_phrase_before_the_bracket_is_the_item(parse):
    doc = parse(
        """
        Vooral/ADV de/DET provincie/NOUN Utrecht/PROPN (/PUNCT 27/NUM procent/NOUN )/PUNCT
        groeit/VERB@VerbForm=Fin ./PUNCT
        """,
        parsed=False,
    )
    clause, figure = figure_at(doc)
    assert figure.span.text == "27 procent"
    assert text(doc, apposition(clause, figure)) == "de provincie Utrecht"


def test_a_figure_outside_brackets_has_no_item(parse):
    doc = parse("Utrecht/PROPN groeit/VERB@VerbForm=Fin 27/NUM procent/NOUN ./PUNCT", parsed=False)
    assert apposition(*figure_at(doc)) is None
