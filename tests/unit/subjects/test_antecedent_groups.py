"""Which nouns a sentence names as a group an elliptical figure may take (``names_group``)."""

from __future__ import annotations

import pytest

from nlsurveyextract.stages.subjects.antecedents import names_group


@pytest.mark.parametrize(
    ("tagged", "index"),
    [
        # an index level the parse took for the subject: a unit, never a group
        (
            "Nog/ADV/advmod/1 piekte/VERB/ROOT/1@VerbForm=Fin|Number=Sing op/ADP/case/4 ruim/ADV/advmod/4"
            " punten/NOUN/nsubj/1@Number=Plur ./PUNCT/punct/1",
            4,
        ),
        (
            "Daarna/ADV/advmod/1 volgden/VERB/ROOT/1@VerbForm=Fin|Number=Plur nog/ADV/advmod/4"
            " 20/NUM/nummod/4 minuten/NOUN/nsubj/1@Number=Plur ./PUNCT/punct/1",
            4,
        ),
        (
            "Er/ADV/advmod/1 verdwenen/VERB/ROOT/1@VerbForm=Fin|Number=Plur 300/NUM/nummod/3"
            " punten/NOUN/nsubj/1@Number=Plur ./PUNCT/punct/1",
            3,
        ),
    ],
)
def test_a_unit_is_never_a_group(parse, tagged, index):
    doc = parse(tagged)
    assert not names_group(doc[index])


def test_countries_are_a_group(parse):
    doc = parse(
        "Veel/DET/det/1 landen/NOUN/nsubj/2@Number=Plur halen/VERB/ROOT/2@VerbForm=Fin|Number=Plur"
        " de/DET/det/4 doelen/NOUN/obj/2@Number=Plur niet/ADV/advmod/2 ./PUNCT/punct/2"
    )
    assert names_group(doc[1])


def test_a_plural_for_people_is_a_group(parse):
    doc = parse(
        "Beleggers/NOUN/nsubj/1@Number=Plur verkochten/VERB/ROOT/1@VerbForm=Fin|Number=Plur"
        " aandelen/NOUN/obj/1@Number=Plur ./PUNCT/punct/1"
    )
    assert names_group(doc[0])
