"""changed_object: a subject changes a measure it sets; the object is what the figure measures."""

from __future__ import annotations

from handparsed import figure_at, text

from nlsurveyextract.stages.subjects.rules.changed_object import changed_object


def test_the_object_after_the_finite_change_verb(parse):
    doc = parse(
        """
        De/DET gemeente/NOUN verhoogt/VERB@VerbForm=Fin de/DET parkeertarieven/NOUN@Number=Plur
        met/ADP 15/NUM procent/NOUN ./PUNCT
        """,
        parsed=False,
    )
    assert text(doc, changed_object(*figure_at(doc))) == "de parkeertarieven"


def test_the_object_between_auxiliary_and_participle_with_its_complement(parse):
    doc = parse(
        """
        De/DET bank/NOUN heeft/AUX@VerbForm=Fin de/DET rente/NOUN op/ADP spaargeld/NOUN
        verlaagd/VERB@VerbForm=Part ,/PUNCT van/ADP 1,5/NUM naar/ADP 1,2/NUM procent/NOUN ./PUNCT
        """,
        parsed=False,
    )
    assert text(doc, changed_object(*figure_at(doc))) == "de rente op spaargeld"


def test_after_a_fronted_adverbial_the_subject_comes_first(parse):
    doc = parse(
        """
        Volgend/ADJ jaar/NOUN verlaagt/VERB@VerbForm=Fin het/DET rijk/NOUN de/DET heffing/NOUN
        met/ADP 3/NUM procent/NOUN ./PUNCT
        """,
        parsed=False,
    )
    assert text(doc, changed_object(*figure_at(doc))) == "de heffing"


def test_an_intransitive_change_has_no_object(parse):
    doc = parse(
        """
        De/DET prijs/NOUN steeg/VERB@VerbForm=Fin met/ADP 4/NUM procent/NOUN ./PUNCT
        """,
        parsed=False,
    )
    assert changed_object(*figure_at(doc)) is None


def test_a_time_after_the_object_is_not_part_of_it(parse):
    doc = parse(
        """
        Verzekeraars/NOUN@Number=Plur verhogen/VERB@VerbForm=Fin de/DET premie/NOUN volgend/VERB@VerbForm=Part
        jaar/NOUN met/ADP 6/NUM procent/NOUN ./PUNCT
        """,
        parsed=False,
    )
    assert text(doc, changed_object(*figure_at(doc))) == "de premie"


def test_the_object_before_the_verb_that_closes_an_infinitive(parse):
    doc = parse(
        """
        Ze/PRON sparen/VERB@VerbForm=Fin om/ADP de/DET schuld/NOUN met/ADP 20/NUM procent/NOUN
        te/ADP verkleinen/VERB@VerbForm=Inf ./PUNCT
        """,
        parsed=False,
    )
    assert text(doc, changed_object(*figure_at(doc))) == "de schuld"


def test_the_object_in_a_relative_clause_before_its_verb_cluster(parse):
    doc = parse(
        """
        Er/ADV komt/VERB@VerbForm=Fin een/DET dijk/NOUN ,/PUNCT wat/PRON het/DET risico/NOUN
        met/ADP 50/NUM procent/NOUN zal/AUX@VerbForm=Fin verlagen/VERB@VerbForm=Inf ./PUNCT
        """,
        parsed=False,
    )
    assert text(doc, changed_object(*figure_at(doc))) == "het risico"
