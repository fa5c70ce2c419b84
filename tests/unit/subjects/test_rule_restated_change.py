"""restated_change: ``Het gaat om een groei van N procent`` restates the change of the sentence before."""

from __future__ import annotations

from handparsed import rows_of, text
from spacy.tokens import Doc

from nlsurveyextract.stages.percentages import EXTENSION, FACTORY, SPANS_KEY
from nlsurveyextract.stages.subjects.rules.restated_change import restated_amount, restated_change
from nlsurveyextract.text.clauses import Figure, clause_of
from nlsurveyextract.text.docview import build_view


def two_sentences(blank_nl, first: str, second: str) -> Doc:
    """A Doc of two tagged sentences, the second starting where the first ends."""
    rows = rows_of(first) + rows_of(second)
    doc = Doc(
        blank_nl.vocab,
        words=[row[0] for row in rows],
        spaces=[i + 1 < len(rows) and rows[i + 1][1] != "PUNCT" for i in range(len(rows))],
        pos=[row[1] for row in rows],
        morphs=[row[4] for row in rows],
        sent_starts=[i in (0, len(rows_of(first))) for i in range(len(rows))],
    )
    doc = blank_nl.get_pipe(FACTORY)(doc)
    build_view(doc, SPANS_KEY)
    return doc


def resolved(doc: Doc) -> str | None:
    span = doc.spans[SPANS_KEY][0]
    figure = Figure(span, span._.get(EXTENSION))
    return text(doc, restated_change(clause_of(figure), figure))


def test_the_measure_that_opens_the_sentence_before(blank_nl):
    doc = two_sentences(
        blank_nl,
        "Het/DET aantal/NOUN inbraken/NOUN@Number=Plur daalde/VERB@VerbForm=Fin fors/ADV ./PUNCT",
        "Het/PRON gaat/VERB@VerbForm=Fin om/ADP een/DET afname/NOUN van/ADP 9/NUM procent/NOUN ./PUNCT",
    )
    assert resolved(doc) == "Het aantal inbraken"


def test_a_sentence_with_its_own_subject_restates_nothing(blank_nl):
    doc = two_sentences(
        blank_nl,
        "Het/DET aantal/NOUN inbraken/NOUN@Number=Plur daalde/VERB@VerbForm=Fin fors/ADV ./PUNCT",
        "De/DET politie/NOUN meldt/VERB@VerbForm=Fin een/DET afname/NOUN van/ADP 9/NUM procent/NOUN ./PUNCT",
    )
    assert resolved(doc) is None


def test_sprake_van_restates_the_change_and_is_no_subject(blank_nl):
    doc = two_sentences(
        blank_nl,
        "Het/DET aantal/NOUN inbraken/NOUN@Number=Plur daalde/VERB@VerbForm=Fin fors/ADV ./PUNCT",
        "Er/ADV was/AUX@VerbForm=Fin sprake/NOUN van/ADP 9/NUM procent/NOUN groei/NOUN ./PUNCT",
    )
    assert resolved(doc) == "Het aantal inbraken"


def test_economists_who_expect_a_change_are_not_its_subject(parse):
    from handparsed import figure_at

    from nlsurveyextract.stages.subjects.rules.restated_change import expected_change

    rows = "Economen/NOUN rekenden/VERB@VerbForm=Fin op/ADP een/DET daling/NOUN van/ADP 2/NUM procent/NOUN"
    doc = parse(rows, parsed=False)
    clause, figure = figure_at(doc, 0)
    assert expected_change(clause, figure, (0, len("Economen")))
    rows = rows.replace("Economen/NOUN", "Boeren/NOUN").replace("rekenden/VERB", "kregen/VERB")
    doc = parse(rows, parsed=False)
    clause, figure = figure_at(doc, 0)
    assert not expected_change(clause, figure, (0, len("Boeren")))


def restated(doc: Doc) -> str | None:
    span = doc.spans[SPANS_KEY][0]
    figure = Figure(span, span._.get(EXTENSION))
    return text(doc, restated_amount(clause_of(figure), figure))


def test_an_amount_compared_takes_the_measure_that_opened_the_sentence_before(blank_nl):
    doc = two_sentences(
        blank_nl,
        "De/DET omzet/NOUN kwam/VERB@VerbForm=Fin uit/ADP op/ADP 41/NUM miljoen/NUM euro/NOUN ./PUNCT",
        "Dat/PRON is/AUX@VerbForm=Fin 6/NUM procent/NOUN meer/ADV dan/SCONJ vorig/ADJ jaar/NOUN ./PUNCT",
    )
    assert restated(doc) == "De omzet"


def test_a_count_compared_takes_what_was_counted(blank_nl):
    doc = two_sentences(
        blank_nl,
        "De/DET school/NOUN telde/VERB@VerbForm=Fin 840/NUM leerlingen/NOUN@Number=Plur ./PUNCT",
        "Dat/PRON zijn/AUX@VerbForm=Fin er/ADV 5/NUM procent/NOUN meer/ADV ./PUNCT",
    )
    assert restated(doc) == "leerlingen"


def test_without_a_comparative_the_pronoun_restates_nothing_here(blank_nl):
    doc = two_sentences(
        blank_nl,
        "De/DET omzet/NOUN kwam/VERB@VerbForm=Fin uit/ADP op/ADP 41/NUM miljoen/NUM euro/NOUN ./PUNCT",
        "Dat/PRON is/AUX@VerbForm=Fin 6/NUM procent/NOUN van/ADP de/DET markt/NOUN ./PUNCT",
    )
    assert restated(doc) is None
