"""colon_tail: figures after a colon are shares of the group before it (``de tuinders: 81 procent``)."""

from __future__ import annotations

from handparsed import figure_at, text

from nlsurveyextract.stages.subjects.rules.colon_tail import colon_subject


def test_figures_after_a_colon_take_the_subject_word_order_gives(parse):
    # The parse hangs the subject on the predicate; V2 order finds it after "oogde".
    doc = parse("""
        De/DET/det/2 laatste/ADJ/amod/2 jaren/NOUN/obl/3 oogde/VERB/ROOT/3@VerbForm=Fin
        de/DET/det/5 koers/NOUN/nsubj/6 stabiel/ADJ/xcomp/3 :/PUNCT/punct/11 rond/ADP/case/11
        de/DET/det/11 60/NUM/nummod/11 procent/NOUN/parataxis/3 ./PUNCT/punct/3
        """)
    clause, figure = figure_at(doc)
    assert figure.span.text.endswith("60 procent")
    assert text(doc, colon_subject(clause, figure)) == "de koers"
