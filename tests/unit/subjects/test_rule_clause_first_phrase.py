"""clause_first_phrase: word order gives the subject where the parse gives none."""

from __future__ import annotations

from handparsed import FIN, figure_at, text

from nlsurveyextract.stages.subjects.rules.clause_first_phrase import clause_first_phrase


def test_the_subject_right_after_the_finite_verb_behind_a_fronted_time(parse):
    doc = parse(
        [
            ("In", "ADP", "", 0, ""),
            ("2015", "NUM", "", 0, ""),
            ("was", "AUX", "", 0, FIN),
            ("de", "DET", "", 0, ""),
            ("opkomst", "NOUN", "", 0, ""),
            ("52", "NUM", "", 0, ""),
            ("procent", "NOUN", "", 0, ""),
            (".", "PUNCT", "", 0, ""),
        ],
        parsed=False,
    )
    assert text(doc, clause_first_phrase(*figure_at(doc))) == "de opkomst"


def test_a_phrase_after_a_comma_without_a_verb_continues_a_list(parse):
    doc = parse(
        [
            ("Bij", "ADP", "", 0, ""),
            ("Delfland", "PROPN", "", 0, ""),
            (",", "PUNCT", "", 0, ""),
            ("het", "DET", "", 0, ""),
            ("Gooi", "PROPN", "", 0, ""),
            ("9", "NUM", "", 0, ""),
            ("procent", "NOUN", "", 0, ""),
            (".", "PUNCT", "", 0, ""),
        ],
        parsed=False,
    )
    assert clause_first_phrase(*figure_at(doc)) is None
