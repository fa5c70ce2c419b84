"""copular_predicate: a figure equated with a noun by a copula is stated for that noun."""

from __future__ import annotations

from handparsed import figure_at, text

from nlsurveyextract.stages.subjects.rules.copular_predicate import copular_predicate

ROWS = """

    Die/DET/det/2 2,4/NUM/nummod/2 procent/NOUN/nsubj/6 is/AUX/cop/6@VerbForm=Fin de/DET/det/6

    gemiddelde/ADJ/amod/6 loonstijging/NOUN/ROOT/6 ./PUNCT/punct/6

    """


def test_the_predicate_noun_names_what_the_figure_measures(parse):
    doc = parse(ROWS)
    assert text(doc, copular_predicate(*figure_at(doc))) == "de gemiddelde loonstijging"


def test_without_a_parse_the_rule_finds_nothing(parse):
    doc = parse(ROWS, parsed=False)
    assert copular_predicate(*figure_at(doc)) is None
