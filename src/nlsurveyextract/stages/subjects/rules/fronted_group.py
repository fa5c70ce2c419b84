"""The group fronted in a prepositional phrase: ``Van de telers wil 45 procent stoppen``.

``Onder studenten``, ``Bij de ChristenUnie``, ``In de zorg``: a Dutch main clause may
open with the group a figure counts, after at most an adverb (``Vooral
onder jongeren``). Inside the clause ``bij``/``onder`` with a group of people
sets whom a figure counts (``terwijl dat bij zzp'ers 30 procent is``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ....text.clauses import fronted_phrase
from ....text.docview import Offsets, char_offsets
from .middle_field import clause_middle_field

if TYPE_CHECKING:
    from ....text.clauses import Clause, Figure


def fronted_group(clause: Clause, figure: Figure) -> Offsets | None:
    """``Van de telers wil 45 procent stoppen`` -> ``de telers``.

    The group stands first in the sentence, in a ``van``/``onder``/``bij``/``in``
    phrase, after at most an adverb (``Vooral in de zorg``); times (``In
    2017``, ``In juni``) do not count.
    """
    doc, span = clause.doc, figure.span
    if clause_middle_field(clause, figure) is not None:
        return None  # "In de kantine hoor je ...": the clause has a subject of its own, the place says where
    phrase = clause.fronted or clause.group_inside
    if phrase is None and clause.window < clause.start:
        phrase = fronted_phrase(doc, clause.window, span.start)
    return None if phrase is None else char_offsets(doc, phrase)
