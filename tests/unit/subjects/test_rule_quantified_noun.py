"""quantified_noun: the group right after the quantity (``Zes op de tien telers``)."""

from __future__ import annotations

from handparsed import FIN, figure_at, text

from nlsurveyextract.stages.subjects.rules.quantified_noun import quantified_noun


def test_a_ratio_takes_the_plural_after_it(parse):
    doc = parse(
        [
            ("Zes", "NUM", "", 0, ""),
            ("op", "ADP", "", 0, ""),
            ("de", "DET", "", 0, ""),
            ("tien", "NUM", "", 0, ""),
            ("telers", "NOUN", "", 0, "Number=Plur"),
            ("verwacht", "VERB", "", 0, FIN),
            ("minder", "ADJ", "", 0, ""),
            ("oogst", "NOUN", "", 0, ""),
            (".", "PUNCT", "", 0, ""),
        ],
        parsed=False,
    )
    assert text(doc, quantified_noun(*figure_at(doc))) == "telers"


def test_a_figure_before_a_bare_singular_is_a_measure(parse):
    doc = parse(
        [
            ("Er", "ADV", "", 0, ""),
            ("geldt", "VERB", "", 0, FIN),
            ("30", "NUM", "", 0, ""),
            ("procent", "NOUN", "", 0, ""),
            ("korting", "NOUN", "", 0, "Number=Sing"),
            (".", "PUNCT", "", 0, ""),
        ],
        parsed=False,
    )
    assert quantified_noun(*figure_at(doc)) is None
