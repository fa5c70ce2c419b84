"""A short clause before a figure: the figure its amount, or its subject.

``Dat is bijna 12 procent van de begroting``: the figure is the predicate of
``is``, and the statement keeps it (:func:`~.clause_edges.bare_clause`).
``Dat doet maar één op de tien fietsers``: the figure and its group are the
subject after the verb (V2 with the object ``Dat`` fronted), and what holds
for the share is ``Dat doet``, without them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon.grammar import AMOUNT_VERBS
from ..text.docview import in_expression
from ..text.tokens import is_finite_verb

if TYPE_CHECKING:
    from spacy.tokens import Doc


def figure_is_inverted_subject(doc: Doc, start: int, end: int) -> bool:
    """Whether the clause ``start:end`` before a figure has a finite verb that is not an amount verb.

    ``Dat vindt`` (40 procent van de ouders) -> True; ``Dat is`` (12 procent
    van de begroting), a clause without a finite verb (``Dit tegenover``) and a
    verb alone (``..., denkt bijna de helft``: not a statement of one word) -> False.
    """
    tokens = doc.char_span(start, end, alignment_mode="contract")
    if tokens is None:
        return False
    verbs = [t for t in tokens if is_finite_verb(t) and not in_expression(t)]
    if not verbs or verbs[0].i == tokens.start:  # "..., denkt de helft": a lone verb says nothing
        return False
    return all(t.lower_ not in AMOUNT_VERBS for t in verbs)
