"""cleft: ``Het zijn vooral huurders die ...`` states the figure for the group in focus."""

from __future__ import annotations

from handparsed import figure_at, text

from nlsurveyextract.stages.subjects.rules.cleft import cleft


def test_a_tail_after_the_relative_clause_is_the_focused_groups(parse):
    doc = parse(
        """
        Het/PRON zijn/AUX@VerbForm=Fin vooral/ADV huurders/NOUN die/PRON verhuizen/VERB@VerbForm=Fin
        :/PUNCT 41/NUM procent/NOUN ./PUNCT
        """,
        parsed=False,
    )
    assert text(doc, cleft(*figure_at(doc))) == "huurders"


def test_behind_a_fronted_phrase_the_copula_comes_before_het(parse):
    doc = parse(
        """
        In/ADP de/DET bouw/NOUN zijn/AUX@VerbForm=Fin het/PRON de/DET zzp'ers/NOUN die/PRON
        stoppen/VERB@VerbForm=Fin (/PUNCT 12/NUM procent/NOUN )/PUNCT ./PUNCT
        """,
        parsed=False,
    )
    assert text(doc, cleft(*figure_at(doc))) == "de zzp'ers"


def test_a_figure_inside_the_relative_clause_may_be_another_nouns(parse):
    doc = parse(
        """
        Het/PRON zijn/AUX@VerbForm=Fin de/DET gemeenten/NOUN die/PRON de/DET tarieven/NOUN
        met/ADP 6/NUM procent/NOUN verhogen/VERB@VerbForm=Fin ./PUNCT
        """,
        parsed=False,
    )
    assert cleft(*figure_at(doc)) is None


def test_a_time_before_dat_is_no_cleft(parse):
    doc = parse(
        """
        Het/PRON is/AUX@VerbForm=Fin de/DET tweede/ADJ keer/NOUN dat/SCONJ de/DET rente/NOUN
        (/PUNCT 2/NUM procent/NOUN )/PUNCT daalt/VERB@VerbForm=Fin ./PUNCT
        """,
        parsed=False,
    )
    assert cleft(*figure_at(doc)) is None


def test_in_a_subordinate_cleft_the_copula_follows_the_group(parse):
    doc = parse(
        """
        Uit/ADP cijfers/NOUN blijkt/VERB@VerbForm=Fin dat/SCONJ het/PRON vooral/ADV jongeren/NOUN
        zijn/AUX@VerbForm=Fin die/PRON afhaken/VERB@VerbForm=Fin (/PUNCT 41/NUM procent/NOUN
        )/PUNCT ./PUNCT
        """,
        parsed=False,
    )
    assert text(doc, cleft(*figure_at(doc))) == "jongeren"


def test_a_figure_in_the_relative_clause_with_no_noun_before_it_is_the_groups(parse):
    doc = parse(
        """
        Het/PRON zijn/AUX@VerbForm=Fin de/DET energieprijzen/NOUN die/PRON met/ADP 9/NUM
        procent/NOUN stegen/VERB@VerbForm=Fin ./PUNCT
        """,
        parsed=False,
    )
    assert text(doc, cleft(*figure_at(doc))) == "de energieprijzen"
