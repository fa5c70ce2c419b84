"""The rate of a levy: ``De invoering van heffingen van 5 procent is uitgesteld``.

A levy, tariff, tax, interest or commission noun followed by ``van N
procent`` states that noun's rate: the figure is about ``heffingen``, not
about the clause's subject (``de invoering``, the government that levies
them, the company that asks a commission). A prepositional phrase may stand
between the noun and its rate (``importheffingen op Chinese staal van 25
procent``). A change noun (``een winst van 3 procent``) or a stake (``een
belang van 15 procent``) is the clause subject's instead, and is left to the
clause rules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ....lexicon.grammar import LEVY_HEADS
from ....text.docview import Offsets, char_offsets
from ....text.phrases import noun_phrase_after, phrase_start
from .restated_change import QUALIFYING_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ....text.clauses import Clause, Figure

MAX_BETWEEN = 6
"""Tokens a prepositional phrase between the levy and ``van N procent`` may run to."""


def levy_rate(clause: Clause, figure: Figure) -> Offsets | None:
    """``De VS voeren importtarieven van 5 procent in`` -> ``importtarieven``."""
    doc = clause.doc
    k = figure.span.start - 1
    while k > clause.window and doc[k].lower_ in QUALIFYING_WORDS:
        k -= 1
    if k <= clause.window or doc[k].lower_ != "van":
        return None
    levy = _levy_before(doc, k, clause.window)
    if levy is None:
        return None
    start = phrase_start(doc, levy, levy + 1)
    return char_offsets(doc, (start, levy + 1))


def is_levy(token: Token) -> bool:
    """``heffingen``, ``importtarieven``: a levy noun, by its last part, whatever its tag."""
    return token.is_alpha and token.lower_.endswith(LEVY_HEADS) and token.pos_ not in ("ADP", "DET", "PRON")


def _levy_before(doc: Doc, van: int, floor: int) -> int | None:
    """The levy noun right before ``van``, or before a prepositional phrase that ends there."""
    head = doc[van - 1]
    if is_levy(head):
        return van - 1
    for k in range(van - 2, max(floor, van - MAX_BETWEEN) - 1, -1):
        if doc[k].pos_ == "ADP" and doc[k].lower_ != "van" and k > floor:
            phrase = noun_phrase_after(doc, k + 1)
            noun = doc[k - 1]
            if phrase is not None and phrase[1] == van and is_levy(noun):
                return k - 1
    return None
