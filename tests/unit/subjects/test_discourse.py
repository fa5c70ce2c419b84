"""The discourse: which named group an elliptical figure, a pronoun or a restating ``dat`` refers to."""

from __future__ import annotations

from handparsed import figure_at, text

from nlsurveyextract.stages.subjects.anaphors import anaphor_cue
from nlsurveyextract.stages.subjects.antecedents import heading_starts, is_heading, named_groups
from nlsurveyextract.stages.subjects.discourse import (
    Antecedent,
    Discourse,
    Found,
    in_heading,
    is_headline,
)

# Invented texts; positions are found in them so the tests read like the sentences.
OWNERS = (
    "Van de huurders betaalt 35 procent te veel. Huiseigenaren hebben het beter. Slechts 12 procent klaagt."
)


def at(text_: str, words: str) -> tuple[int, int]:
    start = text_.index(words)
    return start, start + len(words)


def group(text_: str, words: str, kind: str = "sentence", **extra) -> Antecedent:
    start, end = at(text_, words)
    return Antecedent(start, start, end, kind, **extra)  # type: ignore[arg-type]


def words_of(discourse: Discourse, found) -> str | None:
    return None if found is None else discourse.text[found.subject[0] : found.subject[1]]


def test_the_newest_named_group_wins_over_an_older_figure_group():
    discourse = Discourse(
        OWNERS,
        findings=(group(OWNERS, "de huurders", "finding", method="fronted_group"),),
        sentences=(group(OWNERS, "Huiseigenaren"),),
        sentence_starts=(0, OWNERS.index("Huiseigenaren"), OWNERS.index("Slechts")),
    )
    found = discourse.antecedent(OWNERS.index("12 procent"))
    assert words_of(discourse, found) == "Huiseigenaren"
    assert found.basis == "paragraph_sentence"


def test_the_sentence_topic_is_its_subject_not_a_later_mention():
    text_ = "Over de regels van gemeenten zijn boeren somber. Een derde wil stoppen."
    discourse = Discourse(
        text_,
        sentences=(group(text_, "gemeenten", "mention"), group(text_, "boeren")),
        sentence_starts=(0, text_.index("Een derde")),
    )
    assert words_of(discourse, discourse.antecedent(text_.index("Een derde"))) == "boeren"


def test_across_a_paragraph_the_population_is_taken_and_uncertainty_is_kept():
    text_ = "Van de telers stopt 40 procent.\nDe oogst valt tegen. Een kwart rekent op verlies."
    discourse = Discourse(
        text_,
        findings=(group(text_, "de telers", "finding", method="fronted_group"),),
        populations=(group(text_, "telers", "population"),),
    )
    found = discourse.antecedent(text_.index("Een kwart"))
    assert found.basis == "population"
    no_population = Discourse(text_, findings=discourse.findings)
    found = no_population.antecedent(text_.index("Een kwart"))
    assert (found.basis, found.method) == ("earlier_finding", "fronted_group")


def test_no_figure_group_is_carried_across_an_intertitle():
    text_ = "Van de telers stopt 40 procent.\nNieuwe oogst\nEen kwart rekent op verlies."
    discourse = Discourse(
        text_,
        findings=(group(text_, "de telers", "finding", method="fronted_group"),),
        headings=tuple(heading_starts(text_)),
    )
    assert discourse.antecedent(text_.index("Een kwart")) is None


def test_a_restating_dat_takes_the_last_measure():
    text_ = "De hypotheekrente steeg naar 3,9 procent. Een jaar geleden was dat 4,5 procent."
    discourse = Discourse(
        text_,
        sentences=(),
        measures=(group(text_, "De hypotheekrente", "measure", method="clause_subject"),),
    )
    found = discourse.antecedent(text_.index("4,5"), "measure")
    assert (words_of(discourse, found), found.basis) == ("De hypotheekrente", "restated_measure")


def test_a_headline_figure_takes_the_group_of_the_same_figure_in_the_lead():
    text_ = (
        "Een op de vijf slaat ontbijt over\n\n"
        "Uit een peiling onder ouders blijkt dat 20 procent van de leerlingen niet ontbijt."
    )
    discourse = Discourse(
        text_,
        findings=(group(text_, "de leerlingen", "finding", method="of_group", value=20.0),),
        sentences=(group(text_, "ouders", "mention"),),
    )
    assert is_headline(text_, 0)
    assert not is_headline(text_, text_.index("20 procent"))

    class Headline:
        start, end, value = 0, len("Een op de vijf"), 20.0

    assert words_of(discourse, discourse.headline_antecedent(Headline())) == "de leerlingen"  # type: ignore[arg-type]


def test_headings_are_short_lines_without_a_closing_stop():
    assert is_heading("Jongeren somberder over de toekomst")
    assert not is_heading("Jongeren zijn somberder over de toekomst.")
    assert not is_heading("")
    text_ = "Titel hier\n\nEen zin met een punt.\nTussenkop\nNog een zin."
    assert heading_starts(text_) == [0, text_.index("Tussenkop")]


def test_a_count_names_its_people_not_the_number(parse):
    doc = parse("""
        Vorig/ADJ/amod/1 jaar/NOUN/obl/2 zochten/VERB/ROOT/2@VerbForm=Fin 4000/NUM/nummod/4
        jongeren/NOUN/obj/2@Number=Plur hulp/NOUN/obj/2 ./PUNCT/punct/2
        """)
    assert [doc.text[s:e] for (s, e), _ in named_groups(doc)] == ["jongeren"]


def test_a_fronted_van_group_is_named_without_its_preposition(parse):
    doc = parse("""
        Van/ADP/case/2 de/DET/det/2 kiezers/NOUN/obl/3@Number=Plur stemt/VERB/ROOT/3@VerbForm=Fin
        40/NUM/nummod/5 procent/NOUN/nsubj/3 links/ADV/advmod/3 ./PUNCT/punct/3
        """)
    assert [(doc.text[s:e], subject) for (s, e), subject in named_groups(doc)] == [("de kiezers", False)]


def test_van_hen_asks_for_people(parse):
    doc = parse("""
        Van/ADP/case/1 hen/PRON/obl/2 woont/VERB/ROOT/2@VerbForm=Fin 40/NUM/nummod/4
        procent/NOUN/nsubj/2 thuis/ADV/advmod/2 ./PUNCT/punct/2
        """)
    assert anaphor_cue(*figure_at(doc)) == "people"


def test_daarvan_asks_for_any_group(parse):
    doc = parse("""
        Daarvan/ADV/advmod/1 is/AUX/ROOT/1@VerbForm=Fin een/DET/det/3 derde/NOUN/nsubj/1
        ouder/ADJ/xcomp/1 ./PUNCT/punct/1
        """)
    clause, figure = figure_at(doc)
    assert figure.span.text == "een derde"
    assert anaphor_cue(clause, figure) == "partitive"


def test_a_restating_dat_asks_for_a_measure(parse):
    doc = parse("""
        Dit/DET/det/1 jaar/NOUN/obl/2 is/AUX/ROOT/2@VerbForm=Fin dat/PRON/nsubj/2 7/NUM/nummod/5
        procent/NOUN/xcomp/2 ./PUNCT/punct/2
        """)
    clause, figure = figure_at(doc)
    assert text(doc, (figure.span.start_char, figure.span.end_char)) == "7 procent"
    assert anaphor_cue(clause, figure) == "measure"


def test_a_restating_pronoun_after_a_fronted_time_and_its_verb_asks_for_a_measure(parse):
    # The parse took "dat" for a conjunction; V2 order makes it the subject.
    doc = parse("""
        Vijf/NUM/nummod/1 jaar/NOUN/obl/3 geleden/ADV/amod/1 lag/VERB/ROOT/3@VerbForm=Fin
        dat/SCONJ/mark/3 op/ADP/case/7 6/NUM/nummod/7 procent/NOUN/obl/3 ./PUNCT/punct/3
        """)
    assert anaphor_cue(*figure_at(doc)) == "measure"


def test_a_restated_share_asks_for_a_measure(parse):
    doc = parse("""
        In/ADP/case/1 2015/NUM/obl/2 was/AUX/ROOT/2@VerbForm=Fin dat/DET/det/4 aandeel/NOUN/nsubj/2
        nog/ADV/advmod/7 14/NUM/nummod/7 procent/NOUN/xcomp/2 ./PUNCT/punct/2
        """)
    assert anaphor_cue(*figure_at(doc)) == "measure"


def test_dat_after_a_reporting_verb_opens_a_clause_and_restates_nothing(parse):
    doc = parse("""
        Uit/ADP/case/2 cijfers/NOUN/obl/2 blijkt/VERB/ROOT/2@VerbForm=Fin dat/SCONJ/mark/6
        18/NUM/nummod/5 procent/NOUN/nsubj/6 werkt/VERB/ccomp/2@VerbForm=Fin ./PUNCT/punct/2
        """)
    assert anaphor_cue(*figure_at(doc)) is None


def test_after_a_count_only_a_restricting_phrase_narrows_the_group(parse):
    doc = parse("""
        Er/ADV/advmod/1 wachten/VERB/ROOT/1@VerbForm=Fin 3000/NUM/nummod/3
        woningzoekenden/NOUN/obj/1@Number=Plur op/ADP/case/5 de/DET/det/5 lijst/NOUN/nmod/3
        en/CCONJ/cc/8 200/NUM/nummod/8 gezinnen/NOUN/conj/3@Number=Plur met/ADP/case/10
        kinderen/NOUN/nmod/8@Number=Plur ./PUNCT/punct/1
        """)
    groups = [doc.text[s:e] for (s, e), _ in named_groups(doc)]
    assert groups[0] == "woningzoekenden"  # "op de lijst" says where they are, not who


def test_an_intertitle_figure_is_read_like_a_headline():
    text_ = (
        "Van de ouders vindt 30 procent de opvang duur.\n\n"
        "Helft wil meer thuiswerken\n\n"
        "Ook werkgevers kregen de vragen. Van hen wil 50 procent meer thuiswerken toestaan."
    )
    assert in_heading(text_, text_.index("Helft"))
    assert not is_headline(text_, text_.index("Helft"))
    assert not in_heading(text_, text_.index("30 procent"))
    assert not in_heading(text_, text_.index("50 procent"))


def test_a_list_item_is_no_intertitle():
    text_ = "De peiling laat zien wat ouders willen.\n- 40 procent wil kleinere klassen\nDe rest is tevreden."
    assert not in_heading(text_, text_.index("40 procent"))


def test_a_headline_figure_takes_the_measure_stated_with_the_same_value_below():
    text_ = "Stijging van 8 procent\n\nDe huur van sociale woningen stijgt met 8 procent."
    measure = group(text_, "De huur van sociale woningen", "measure", method="clause_subject", value=8.0)
    discourse = Discourse(text_, sentences=(), measures=(measure,))

    class Headline:
        start, end, value = text_.index("8 procent"), text_.index("8 procent") + 9, 8.0

    found = discourse.headline_antecedent(Headline())  # type: ignore[arg-type]
    assert words_of(discourse, found) == "De huur van sociale woningen"


def test_a_ratio_takes_the_group_without_its_article():
    text_ = "Een op de drie slaapt slecht\n\nEen derde van de Nederlandse tieners slaapt te kort."
    discourse = Discourse(text_)
    start, end = at(text_, "de Nederlandse tieners")
    bare = discourse.bare_group(Found((start, end), "headline_lead", "of_group"))
    assert words_of(discourse, bare) == "Nederlandse tieners"
    assert discourse.bare_group(None) is None


def test_the_people_inside_a_measure_subject_are_the_group(parse):
    doc = parse("""
        Intussen/ADV/advmod/1 nemen/VERB/ROOT/1@VerbForm=Fin de/DET/det/3 klachten/NOUN/nsubj/1@Number=Plur
        van/ADP/case/5 machinisten/NOUN/nmod/3@Number=Plur toe/ADP/compound:prt/1 ./PUNCT/punct/1
        """)
    assert [doc.text[s:e] for (s, e), _ in named_groups(doc)] == ["machinisten"]


def test_a_count_keeps_the_phrase_that_narrows_it_wherever_the_parse_hung_it(parse):
    doc = parse("""
        Ruim/ADV/advmod/1 900/NUM/nummod/2 ouders/NOUN/nsubj/6@Number=Plur met/ADP/case/5
        jonge/ADJ/amod/5 kinderen/NOUN/obl/6@Number=Plur namen/VERB/ROOT/6@VerbForm=Fin
        deel/NOUN/compound:prt/6 ./PUNCT/punct/6
        """)
    assert next(doc.text[s:e] for (s, e), _ in named_groups(doc)) == "ouders met jonge kinderen"
