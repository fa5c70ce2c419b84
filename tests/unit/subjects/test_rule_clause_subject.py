"""clause_subject: a rate or change of the clause's subject (``De rente steeg naar 3,5 procent``)."""

from __future__ import annotations

from handparsed import figure_at, text

from nlsurveyextract.stages.subjects.rules.clause_subject import clause_subject


def test_a_subject_after_the_finite_verb_still_counts(parse):
    doc = parse("""
        In/ADP/case/1 2019/NUM/obl/2 daalde/VERB/ROOT/2@VerbForm=Fin de/DET/det/4
        werkloosheid/NOUN/nsubj/2 met/ADP/case/7 2/NUM/nummod/7 procent/NOUN/obl/2
        ./PUNCT/punct/2
        """)
    assert text(doc, clause_subject(*figure_at(doc))) == "de werkloosheid"


def test_a_figure_that_opens_its_main_clause_is_the_subject_itself(parse):
    doc = parse("""
        Ruim/ADV/advmod/2 30/NUM/nummod/2 procent/NOUN/nsubj/4 wil/AUX/aux/4@VerbForm=Fin
        verhuizen/VERB/ROOT/4@VerbForm=Inf ./PUNCT/punct/4
        """)
    assert clause_subject(*figure_at(doc)) is None
