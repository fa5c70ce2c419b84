"""clause_first_phrase: word order gives the subject where the parse gives none."""

from __future__ import annotations

from handparsed import figure_at, text

from nlsurveyextract.stages.subjects.rules.clause_first_phrase import clause_first_phrase


def test_the_subject_right_after_the_finite_verb_behind_a_fronted_time(parse):
    doc = parse(
        """
        In/ADP 2015/NUM was/AUX@VerbForm=Fin de/DET opkomst/NOUN 52/NUM procent/NOUN ./PUNCT
        """,
        parsed=False,
    )
    assert text(doc, clause_first_phrase(*figure_at(doc))) == "de opkomst"


def test_a_phrase_after_a_comma_without_a_verb_continues_a_list(parse):
    doc = parse(
        """
        Bij/ADP Delfland/PROPN ,/PUNCT het/DET Gooi/PROPN 9/NUM procent/NOUN ./PUNCT
        """,
        parsed=False,
    )
    assert clause_first_phrase(*figure_at(doc)) is None


def test_a_counted_time_the_tagger_read_as_a_noun_phrase_is_passed_over(parse):
    doc = parse(
        """
        Vorig/ADJ jaar/NOUN stegen/VERB@VerbForm=Fin de/DET kosten/NOUN@Number=Plur met/ADP
        5/NUM procent/NOUN ./PUNCT
        """,
        parsed=False,
    )
    assert text(doc, clause_first_phrase(*figure_at(doc))) == "de kosten"


def test_an_article_and_a_time_word_are_no_fronted_time_to_pass_over(parse):
    doc = parse(
        """
        Het/DET jaar/NOUN eindigde/VERB@VerbForm=Fin 3/NUM procent/NOUN hoger/ADJ ./PUNCT
        """,
        parsed=False,
    )
    assert clause_first_phrase(*figure_at(doc)) is None
