"""The subject after the verb of a clause that opens with a place (``In de bouw daalde ...``).

Word order stands in where the parse lost the subject: after a fronted
prepositional phrase and the finite verb, over adverbs, times and other
prepositional phrases, the first noun phrase is the subject
(:mod:`nlsurveyextract.text.middle_field`). The fronted phrase only says
where, so :func:`fronted_group` gives way to it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ....text.docview import Offsets, char_offsets
from ....text.middle_field import PRONOUN, middle_field_subject

if TYPE_CHECKING:
    from ....text.clauses import Clause, Figure


def middle_field(clause: Clause, figure: Figure) -> Offsets | None:
    """``In de bouw daalde vorige maand het aantal vacatures met 8 procent`` -> ``het aantal vacatures``."""
    phrase = clause_middle_field(clause, figure)
    return None if phrase is None or phrase == PRONOUN else char_offsets(clause.doc, phrase)


def clause_middle_field(clause: Clause, figure: Figure) -> tuple[int, int] | None:
    """The middle field's subject of the figure's clause, or of the sentence when that clause has no verb.

    ``In de index bleef het verlies, dankzij een sterke AMG, beperkt tot 0,3%``:
    after the aside the clause goes on without a verb of its own.
    """
    doc, limit = clause.doc, figure.span.start
    found = middle_field_subject(doc, clause.start, limit)
    if found is None and _continues_before(clause, limit):
        found = middle_field_subject(doc, clause.window, limit)
    return found


def _continues_before(clause: Clause, limit: int) -> bool:
    """The figure's clause, after a comma, has no verb: it continues the clause before it."""
    if clause.window >= clause.start:
        return False
    if clause.doc[clause.start - 1].text == ",":
        return not clause.has_finite_verb(clause.start, limit)
    return False  # after a colon the figures may state another group's share ("..., maar juist daar: ...")
