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


def test_after_a_relative_clause_the_item_is_the_noun_with_its_clause(parse):
    doc = parse(
        """
        Reizigers/NOUN@Number=Plur noemen/VERB@VerbForm=Fin treinen/NOUN@Number=Plur
        die/PRON@PronType=Rel uitvallen/VERB@VerbForm=Inf (/PUNCT 47/NUM procent/NOUN )/PUNCT ./PUNCT
        """,
        parsed=False,
    )
    assert text(doc, apposition(*figure_at(doc))) == "treinen die uitvallen"


def test_dat_after_a_common_noun_is_the_conjunction_not_a_relative_pronoun(parse):
    doc = parse(
        """
        Ouders/NOUN@Number=Plur merken/VERB@VerbForm=Fin op/ADP school/NOUN@Gender=Com|Number=Sing
        dat/PRON@PronType=Rel kinderen/NOUN@Number=Plur moe/ADJ worden/AUX@VerbForm=Inf
        (/PUNCT 40/NUM procent/NOUN )/PUNCT ./PUNCT
        """,
        parsed=False,
    )
    assert text(doc, apposition(*figure_at(doc))) != "school dat kinderen moe worden"


def test_a_name_with_a_link_word_and_an_article_is_one_item(parse):
    doc = parse(
        """
        Veel/ADV leden/NOUN@Number=Plur kozen/VERB@VerbForm=Fin de/DET Bond/NOUN voor/ADP de/DET
        Natuur/NOUN (/PUNCT 22/NUM procent/NOUN )/PUNCT ./PUNCT
        """,
        parsed=False,
    )
    assert text(doc, apposition(*figure_at(doc))) == "de Bond voor de Natuur"
