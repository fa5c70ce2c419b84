"""measure_noun: a measure phrase in subject position (``Het aantal banen nam met 3 procent toe``)."""

from __future__ import annotations

from handparsed import figure_at, text

from nlsurveyextract.stages.subjects.rules.measure_noun import measure_noun


def test_a_measure_phrase_opening_the_clause_keeps_its_complements(parse):
    # The tagger took the particle verb apart; word order still puts the subject before "nam".
    doc = parse(
        """
        Het/DET aantal/NOUN faillissementen/NOUN@Number=Plur in/ADP de/DET horeca/NOUN
        nam/VERB@VerbForm=Fin in/ADP juni/NOUN met/ADP 14/NUM procent/NOUN toe/ADP ./PUNCT
        """,
        parsed=False,
    )
    assert text(doc, measure_noun(*figure_at(doc))) == "Het aantal faillissementen in de horeca"


def test_after_a_fronted_adverbial_the_measure_follows_the_verb(parse):
    doc = parse(
        """
        Sinds/ADP maart/NOUN is/AUX@VerbForm=Fin de/DET rente/NOUN op/ADP spaargeld/NOUN
        met/ADP 0,3/NUM procent/NOUN gedaald/VERB@VerbForm=Part ./PUNCT
        """,
        parsed=False,
    )
    assert text(doc, measure_noun(*figure_at(doc))) == "de rente op spaargeld"


def test_a_time_phrase_and_a_restated_measure_are_left_out(parse):
    doc = parse(
        """
        De/DET vraag/NOUN naar/ADP warmtepompen/NOUN@Number=Plur in/ADP 2024/NUM
        steeg/VERB@VerbForm=Fin met/ADP 9/NUM procent/NOUN ./PUNCT
        """,
        parsed=False,
    )
    assert text(doc, measure_noun(*figure_at(doc))) == "De vraag naar warmtepompen"
    restated = parse(
        """
        Vorig/ADJ jaar/NOUN was/AUX@VerbForm=Fin dat/DET percentage/NOUN nog/ADV 24/NUM
        procent/NOUN ./PUNCT
        """,
        parsed=False,
    )
    assert measure_noun(*figure_at(restated)) is None


def test_a_group_subject_is_not_a_measure(parse):
    doc = parse(
        """
        De/DET boeren/NOUN@Number=Plur verkochten/VERB@VerbForm=Fin 12/NUM procent/NOUN
        meer/ADV melk/NOUN ./PUNCT
        """,
        parsed=False,
    )
    assert measure_noun(*figure_at(doc)) is None


def test_a_bare_noun_the_tagger_read_as_an_adjective_completes_the_measure(parse):
    # No Dutch adjective follows its noun uninflected: "zonnestroom" is the measured noun.
    doc = parse(
        """
        Het/DET aandeel/NOUN zonnestroom/ADJ@Degree=Pos in/ADP de/DET mix/NOUN
        steeg/VERB@VerbForm=Fin naar/ADP 17/NUM procent/NOUN ./PUNCT
        """,
        parsed=False,
    )
    assert text(doc, measure_noun(*figure_at(doc))) == "Het aandeel zonnestroom in de mix"


def test_after_a_counted_time_the_measure_follows_the_verb(parse):
    # "Dit" opens a time, not a noun phrase: the measure stands right after the finite verb.
    doc = parse(
        """
        Dit/DET jaar/NOUN stijgt/VERB@VerbForm=Fin het/DET aantal/NOUN inschrijvingen/NOUN@Number=Plur
        met/ADP 6/NUM procent/NOUN ./PUNCT
        """,
        parsed=False,
    )
    assert text(doc, measure_noun(*figure_at(doc))) == "het aantal inschrijvingen"
