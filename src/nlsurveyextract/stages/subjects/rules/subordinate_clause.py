"""The subject of a subordinate or relative clause, by Dutch word order.

``Het bureau meldt dat het aantal banen met 1,2 procent is gegroeid``: the
figure belongs to the clause after ``dat``, whose subject stands right after
the conjunction, not to the reporting clause around it. ``De werkloosheid,
die in mei nog 3,5 procent bedroeg, liep op``: the relative pronoun is the
subject and stands for the phrase before the comma. The parse often hangs
these figures on the main clause; where it finds the same subject as word
order, the parse rule answers (they vote), else word order does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ....text import word_order
from ....text.docview import Offsets, char_offsets
from . import clause_subject

if TYPE_CHECKING:
    from ....text.clauses import Clause, Figure


def subordinate_subject(clause: Clause, figure: Figure) -> Offsets | None:
    """``..., omdat de lonen met 5 procent stegen`` -> ``de lonen``."""
    if clause.opens_subordinate:
        return None  # "blijkt dat 18 procent ...": the figure is the subject itself
    doc, limit = clause.doc, figure.span.start
    phrase = word_order.subordinate_subject(doc, clause.start, limit)
    if phrase is None and clause.start > clause.window and doc[clause.start - 1].text == ",":
        phrase = word_order.subordinate_subject(doc, clause.window, limit, aside=True)
    return None if phrase is None else _unless_parse_agrees(clause, figure, char_offsets(doc, phrase))


def relative_subject(clause: Clause, figure: Figure) -> Offsets | None:
    """``ASML, dat 4 procent won`` -> ``ASML``: the antecedent of a relative pronoun subject."""
    phrase = word_order.relative_antecedent(clause.doc, clause.start, figure.span.start)
    return None if phrase is None else char_offsets(clause.doc, phrase)


def _unless_parse_agrees(clause: Clause, figure: Figure, subject: Offsets) -> Offsets | None:
    """None where the parse gives a subject that starts where word order's does: the parse answers."""
    if clause.parsed:
        parsed = clause_subject.clause_subject(clause, figure)
        if parsed is not None and parsed[0] == subject[0]:
            return None
    return subject
