"""fronted_group: the group fronted in a prepositional phrase (``Van de telers wil 45 procent stoppen``)."""

from __future__ import annotations

from handparsed import FIN, figure_at, text

from nlsurveyextract.stages.subjects.rules.clause_subject import clause_subject
from nlsurveyextract.stages.subjects.rules.fronted_group import fronted_group


def test_a_noun_inside_a_fronted_prepositional_phrase_is_no_subject(parse):
    # The parse calls "onderwijs" the subject; Dutch word order says it is the object of "In".
    doc = parse(
        [
            ("In", "ADP", "case", 2, ""),
            ("het", "DET", "det", 2, ""),
            ("basisonderwijs", "NOUN", "nmod", 5, ""),
            ("en", "CCONJ", "cc", 4, ""),
            ("speciaal", "ADJ", "amod", 5, ""),
            ("onderwijs", "NOUN", "nsubj", 10, ""),
            ("wil", "VERB", "aux", 10, FIN),
            ("56", "NUM", "nummod", 8, ""),
            ("procent", "NOUN", "obl", 10, ""),
            ("eerder", "ADV", "advmod", 10, ""),
            ("stoppen", "VERB", "ROOT", 10, "VerbForm=Inf"),
            (".", "PUNCT", "punct", 10, ""),
        ],
    )
    clause, figure = figure_at(doc)
    assert figure.span.text == "56 procent"
    assert clause_subject(clause, figure) is None
    assert text(doc, fronted_group(clause, figure)) == "het basisonderwijs en speciaal onderwijs"


def test_a_fronted_van_phrase_names_the_group_without_a_parse(parse):
    doc = parse(
        [
            ("Van", "ADP", "", 0, ""),
            ("de", "DET", "", 0, ""),
            ("telers", "NOUN", "", 0, "Number=Plur"),
            ("wil", "AUX", "", 0, FIN),
            ("45", "NUM", "", 0, ""),
            ("procent", "NOUN", "", 0, ""),
            ("stoppen", "VERB", "", 0, "VerbForm=Inf"),
            (".", "PUNCT", "", 0, ""),
        ],
        parsed=False,
    )
    assert text(doc, fronted_group(*figure_at(doc))) == "de telers"


def test_a_fronted_time_is_no_group(parse):
    doc = parse(
        [
            ("In", "ADP", "", 0, ""),
            ("juni", "NOUN", "", 0, ""),
            ("wil", "AUX", "", 0, FIN),
            ("45", "NUM", "", 0, ""),
            ("procent", "NOUN", "", 0, ""),
            ("stoppen", "VERB", "", 0, "VerbForm=Inf"),
            (".", "PUNCT", "", 0, ""),
        ],
        parsed=False,
    )
    assert fronted_group(*figure_at(doc)) is None
