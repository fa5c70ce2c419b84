"""bracket_predicate: a bracketed figure after a predicate is the clause subject's share."""

from __future__ import annotations

from handparsed import figure_at, text

from nlsurveyextract.stages.subjects.rules.bracket_predicate import bracket_predicate


def test_a_bare_noun_after_a_copula_is_a_predicate(parse):
    doc = parse(
        """
        De/DET gemiddelde/ADJ lezer/NOUN is/AUX@VerbForm=Fin vaker/ADJ@Degree=Cmp vrouw/NOUN
        (/PUNCT 58/NUM procent/NOUN )/PUNCT ./PUNCT
        """,
        parsed=False,
    )
    assert text(doc, bracket_predicate(*figure_at(doc))) == "De gemiddelde lezer"


def test_an_adjective_in_a_dat_clause_counts_the_main_clauses_subject(parse):
    # The tagger read the finite verb as an infinitive; the group before it still opens the clause.
    doc = parse(
        """
        Veel/DET docenten/NOUN@Number=Plur merken/VERB@VerbForm=Inf dat/SCONJ
        studenten/NOUN@Number=Plur vermoeid/ADJ (/PUNCT 45/NUM procent/NOUN )/PUNCT of/CCONJ
        gestrest/ADJ (/PUNCT 30/NUM procent/NOUN )/PUNCT zijn/AUX@VerbForm=Inf ./PUNCT
        """,
        parsed=False,
    )
    assert text(doc, bracket_predicate(*figure_at(doc, 0))) == "docenten"
    assert text(doc, bracket_predicate(*figure_at(doc, 1))) == "docenten"


def test_an_amount_compared_is_no_item(parse):
    doc = parse(
        """
        Reizigers/NOUN@Number=Plur wachten/VERB@VerbForm=Fin langer/ADJ@Degree=Cmp dan/SCONJ
        een/DET uur/NOUN (/PUNCT 37/NUM procent/NOUN )/PUNCT ./PUNCT
        """,
        parsed=False,
    )
    assert text(doc, bracket_predicate(*figure_at(doc))) == "Reizigers"


def test_a_noun_phrase_with_its_article_is_an_item_not_a_predicate(parse):
    doc = parse(
        """
        Kopers/NOUN@Number=Plur noemen/VERB@VerbForm=Fin de/DET prijs/NOUN
        (/PUNCT 41/NUM procent/NOUN )/PUNCT ./PUNCT
        """,
        parsed=False,
    )
    assert bracket_predicate(*figure_at(doc)) is None
