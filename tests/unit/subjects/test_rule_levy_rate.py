"""levy_rate: ``heffingen van 5 procent`` states the rate of the levy, not of the clause's subject."""

from __future__ import annotations

from handparsed import figure_at, text

from nlsurveyextract.stages.subjects.rules.levy_rate import levy_rate

ROWS = """
    De/DET regering/NOUN voert/VERB@VerbForm=Fin heffingen/NOUN op/ADP staal/NOUN van/ADP 5/NUM
    procent/NOUN in/ADP ./PUNCT
"""


def test_the_levy_before_a_phrase_and_its_rate(parse):
    doc = parse(ROWS, parsed=False)
    assert text(doc, levy_rate(*figure_at(doc, 0))) == "heffingen"


def test_a_change_noun_is_no_levy(parse):
    rows = "Besi/PROPN sloot/VERB@VerbForm=Fin met/ADP een/DET winst/NOUN van/ADP 3/NUM procent/NOUN ./PUNCT"
    doc = parse(rows, parsed=False)
    assert levy_rate(*figure_at(doc, 0)) is None
