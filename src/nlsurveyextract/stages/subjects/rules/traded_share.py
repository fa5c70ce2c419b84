"""``Het aandeel`` alone, with a change of its price: the share traded on the exchange.

``aandeel`` names a part of a whole (``het aandeel zonnestroom``), and alone
it names no group; but market news uses the same word for a company's stock:
``Het aandeel sloot dinsdag 2,3 procent lager op 14,10 euro``, ``Op het
Damrak won het aandeel ruim 4 procent``. With no group after it and a
figure that is a rise or fall in percent (not a level, not percentage
points), the stock is what the figure is stated for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ....lexicon.changes import DOWN_BEFORE, LEVEL_WORDS, UP_BEFORE
from ....lexicon.grammar import DEFINITE_DETERMINERS, TIME_WORDS
from ....text.docview import Offsets, char_offsets
from ....text.phrases import next_word
from ....text.tokens import is_finite_verb

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ....text.clauses import Clause, Figure

STOCK_WORDS = frozenset({"aandeel", "aandelen"})


def traded_share(clause: Clause, figure: Figure) -> Offsets | None:
    """``Het aandeel noteerde 0,8 procent hoger`` -> ``Het aandeel``."""
    doc, limit = clause.doc, figure.span.start
    first = clause.first_word
    if not _price_change(clause, figure):
        return None
    if _stock_at(doc, first, limit):
        return char_offsets(doc, (first, first + 2))  # "Het aandeel verloor 3 procent"
    verb = next((k for k in range(first + 1, limit) if is_finite_verb(doc[k])), None)
    if verb is None or doc[first].pos_ not in ("ADP", "ADV"):
        return None
    after = next_word(doc, verb + 1)
    return char_offsets(doc, (after, after + 2)) if _stock_at(doc, after, limit) else None


def _price_change(clause: Clause, figure: Figure) -> bool:
    """Whether the figure is a change in percent (``won 4 procent``), not a level (``naar 17 procent``)."""
    expression, doc, limit = figure.expression, clause.doc, figure.span.start
    if expression.unit != "percent" or limit == 0 or doc[limit - 1].lower_ in LEVEL_WORDS:
        return False
    change_verb = any(token.lower_ in UP_BEFORE | DOWN_BEFORE for token in doc[clause.first_word : limit])
    return expression.direction is not None or change_verb


def _stock_at(doc: Doc, k: int, limit: int) -> bool:
    """``het aandeel`` at ``k``, followed by its verb, a time, an adverb or the figure: not by a group."""
    if k + 2 > limit or doc[k].lower_ not in DEFINITE_DETERMINERS or doc[k + 1].lower_ not in STOCK_WORDS:
        return False
    if k + 2 == limit:
        return True  # "won het aandeel 4 procent"
    following = doc[k + 2]
    return is_finite_verb(following) or following.pos_ == "ADV" or following.lower_ in TIME_WORDS
