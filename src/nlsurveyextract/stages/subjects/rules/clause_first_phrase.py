"""Word order where the parse gives no subject: a Dutch main clause opens with it, or has it after the verb.

``De huren in Leiden stegen vorig jaar met 5 procent`` (the parse took
``stegen`` for a noun) -> ``De huren in Leiden``; ``In 2015 was de opkomst
52 procent`` -> ``de opkomst``, right after the finite verb (V2).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ....text.docview import Offsets, char_offsets

if TYPE_CHECKING:
    from ....text.clauses import Clause, Figure


def clause_first_phrase(clause: Clause, figure: Figure) -> Offsets | None:
    """``De huren in Leiden stegen vorig jaar met 5 procent`` -> ``De huren in Leiden``.

    When the parse gives the figure's clause no subject (a verb misread as a
    noun), word order stands in: a Dutch main clause opens with its subject,
    or, after a fronted adverbial, puts it right after the finite verb (``In
    2015 was de opkomst 52 procent``). After a comma the phrase must be
    followed by a verb: ``bij het Hoogheemraadschap Delfland, Schieland en
    Krimpenerwaard 9 procent`` continues a name, not a clause.
    """
    doc, span, first, phrase = clause.doc, figure.span, clause.start, clause.subject_position
    if phrase is None or clause.opens_subordinate:
        return None  # "Het bureau meldt dat een kwart de reis te duur vindt": the figure is the subject
    after_comma = first > clause.sentence[0] and doc[first - 1].text == ","
    if after_comma and not clause.has_finite_verb(phrase[1], span.start):
        return None
    return char_offsets(doc, phrase)
