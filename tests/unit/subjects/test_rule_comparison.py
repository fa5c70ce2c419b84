"""comparison: two figures set against each other, each for its side (``dan kopers (11% versus 4%)``)."""

from __future__ import annotations

from handparsed import figure_at, text

from nlsurveyextract.stages.subjects.rules.comparison import comparison


def sides(doc) -> list[str | None]:
    return [text(doc, comparison(*figure_at(doc, i))) for i in range(2)]


def test_after_dan_the_first_figure_is_the_subjects_and_the_second_the_compared(parse):
    doc = parse(
        """
        Huurders/NOUN@Number=Plur wonen/VERB@VerbForm=Fin vaker/ADJ klein/ADJ dan/SCONJ
        kopers/NOUN@Number=Plur (/PUNCT 41/NUM %/SYM versus/ADP 12/NUM %/SYM )/PUNCT ./PUNCT
        """,
        parsed=False,
    )
    assert sides(doc) == ["Huurders", "kopers"]


def test_zoveel_als_pairs_the_groups_on_either_side_of_als(parse):
    doc = parse(
        """
        Twee/NUM keer/NOUN zoveel/ADV vrouwen/NOUN@Number=Plur als/SCONJ mannen/NOUN@Number=Plur
        sporten/VERB@VerbForm=Fin graag/ADV :/PUNCT 30/NUM tegen/ADP 15/NUM procent/NOUN ./PUNCT
        """,
        parsed=False,
    )
    assert sides(doc) == ["vrouwen", "mannen"]


def test_vergeleken_met_takes_the_parallel_phrase_before_it(parse):
    # The clause's subject is "Dat"; the two sides name the same noun.
    doc = parse(
        """
        Dat/PRON geldt/VERB@VerbForm=Fin voor/ADP klanten/NOUN@Number=Plur met/ADP een/DET
        pas/NOUN vergeleken/VERB@VerbForm=Part met/ADP klanten/NOUN@Number=Plur zonder/ADP
        pas/NOUN (/PUNCT 20/NUM %/SYM versus/ADP 8/NUM %/SYM )/PUNCT ./PUNCT
        """,
        parsed=False,
    )
    assert sides(doc) == ["klanten met een pas", "klanten zonder pas"]


def test_figures_not_linked_by_a_contrasting_word_are_no_pair(parse):
    doc = parse(
        """
        Huurders/NOUN@Number=Plur wonen/VERB@VerbForm=Fin vaker/ADJ klein/ADJ dan/SCONJ
        kopers/NOUN@Number=Plur (/PUNCT 41/NUM en/CCONJ 12/NUM procent/NOUN )/PUNCT ./PUNCT
        """,
        parsed=False,
    )
    assert sides(doc) == [None, None]


def test_a_pair_after_a_comma_takes_the_sides_before_it(parse):
    doc = parse(
        """
        Moeders/NOUN@Number=Plur twijfelen/VERB@VerbForm=Fin vaker/ADJ dan/SCONJ
        vaders/NOUN@Number=Plur ,/PUNCT 58/NUM tegen/ADP 41/NUM procent/NOUN ./PUNCT
        """,
        parsed=False,
    )
    assert sides(doc) == ["Moeders", "vaders"]


def test_each_figure_in_brackets_after_its_own_side(parse):
    doc = parse(
        """
        Jongeren/NOUN@Number=Plur lezen/VERB@VerbForm=Fin minder/ADV vaak/ADV een/DET krant/NOUN
        (/PUNCT 18/NUM procent/NOUN )/PUNCT dan/SCONJ ouderen/NOUN@Number=Plur (/PUNCT 47/NUM
        procent/NOUN )/PUNCT ./PUNCT
        """,
        parsed=False,
    )
    assert sides(doc) == ["Jongeren", "ouderen"]


def test_split_sides_after_one_preposition_are_the_groups_it_governs(parse):
    doc = parse(
        """
        Griep/NOUN komt/VERB@VerbForm=Fin vaker/ADJ voor/ADP bij/ADP kinderen/NOUN@Number=Plur
        (/PUNCT 18/NUM %/SYM )/PUNCT dan/SCONJ bij/ADP ouderen/NOUN@Number=Plur (/PUNCT 9/NUM
        %/SYM )/PUNCT ./PUNCT
        """,
        parsed=False,
    )
    assert sides(doc) == ["kinderen", "ouderen"]


def test_one_bracketed_figure_before_dan_without_a_second_is_no_pair(parse):
    doc = parse(
        """
        Jongeren/NOUN@Number=Plur lezen/VERB@VerbForm=Fin minder/ADV vaak/ADV een/DET krant/NOUN
        (/PUNCT 18/NUM procent/NOUN )/PUNCT dan/SCONJ vroeger/ADV ./PUNCT
        """,
        parsed=False,
    )
    assert comparison(*figure_at(doc)) is None


def test_without_dan_the_first_figure_is_the_subjects_when_the_second_names_its_group(parse):
    doc = parse(
        """
        Vrouwen/NOUN@Number=Plur zorgen/VERB@VerbForm=Fin vaker/ADJ :/PUNCT 46/NUM procent/NOUN
        ,/PUNCT tegen/ADP 30/NUM procent/NOUN van/ADP de/DET mannen/NOUN@Number=Plur ./PUNCT
        """,
        parsed=False,
    )
    assert sides(doc) == ["Vrouwen", None]


def test_one_bracketed_figure_after_a_narrowed_side_is_that_sides(parse):
    doc = parse(
        """
        Vrouwen/NOUN@Number=Plur sporten/VERB@VerbForm=Fin vaker/ADJ dan/SCONJ mannen/NOUN@Number=Plur
        met/ADP een/DET kantoorbaan/NOUN (/PUNCT 41/NUM procent/NOUN )/PUNCT ./PUNCT
        """,
        parsed=False,
    )
    assert text(doc, comparison(*figure_at(doc))) == "mannen met een kantoorbaan"


def test_commas_of_a_verbless_list_stay_inside_the_compared_clause(parse):
    doc = parse(
        """
        Meisjes/NOUN@Number=Plur worden/AUX@VerbForm=Fin vaker/ADJ dan/SCONJ jongens/NOUN@Number=Plur
        gepest/VERB@VerbForm=Part ,/PUNCT buitengesloten/VERB@VerbForm=Part of/CCONJ
        uitgelachen/VERB@VerbForm=Part :/PUNCT 14/NUM tegen/ADP 8/NUM procent/NOUN ./PUNCT
        """,
        parsed=False,
    )
    assert sides(doc) == ["Meisjes", "jongens"]
