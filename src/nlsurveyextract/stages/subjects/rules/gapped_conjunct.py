"""A figure in a conjunct without a verb or subject of its own: it shares the first conjunct's.

``Het concern meldt dat de omzet in Nederland met 2 procent steeg en in
België met 5 procent``: after ``en`` only a place and the figure stand; the
verb and the subject (``de omzet``) are left out because they are the
first conjunct's. So in ``De economie groeit dit jaar met 1,8 procent en
volgend jaar met 1,2 procent``. A conjunct that opens with a phrase of its
own (``en de Nasdaq 1,2 procent``, ``en Opel met 4 procent``, ``en onder
ouderen met 3 procent``) names its own subject or group, and one with a
finite verb is a clause: neither is gapped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ....lexicon.grammar import TIME_WORDS
from ....text.docview import in_expression
from ....text.tokens import is_finite_verb, states_figure

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ....schema import SubjectMethod
    from ....text.clauses import Clause, Figure
    from ....text.docview import Offsets
    from ..discourse import Previous

GAPPING_COORDINATORS = frozenset({"en", "maar"})
OPENERS = frozenset({"ADP", "ADV"})
GROUP_PREPOSITIONS = frozenset({"bij", "onder", "van", "voor"})
"""Word classes a verbless conjunct opens with: a place or time (``in België``, ``ook``)."""


def gapped_coordinator(clause: Clause, figure: Figure) -> int | None:
    """The ``en``/``maar`` that opens the figure's verbless conjunct, if it stands in one."""
    doc, span = clause.doc, figure.span
    links = (k for k in range(span.start - 1, clause.sentence[0], -1) if _links(doc[k]))
    coordinator = next(links, None)
    if coordinator is None or doc[coordinator].is_punct:
        return None
    conjunct = [t for t in doc[coordinator + 1 : span.start] if not t.is_space]
    if not conjunct or any(_verb(t) or in_expression(t) for t in conjunct):
        return None
    if not _place_or_time(conjunct):
        return None
    k = span.end
    while k < clause.sentence[1] and not doc[k].is_punct:
        if _verb(doc[k]):
            return None
        k += 1
    return coordinator


def _links(token: Token) -> bool:
    return token.lower_ in GAPPING_COORDINATORS or token.is_punct


def _verb(token: Token) -> bool:
    return is_finite_verb(token) or states_figure(token)


def _place_or_time(conjunct: list[Token]) -> bool:
    """``in België met``, ``volgend jaar met``: the conjunct says where or when, not who."""
    if conjunct[0].lower_ in GROUP_PREPOSITIONS:
        return False  # "en onder ouderen 3 procent": the conjunct names its own group
    if conjunct[0].pos_ in OPENERS:
        return True
    first_noun = next((t for t in conjunct if t.pos_ in ("NOUN", "PROPN")), None)
    return first_noun is not None and first_noun.lower_ in TIME_WORDS


def gapped_partner(
    clause: Clause, figure: Figure, last: Previous | None
) -> tuple[SubjectMethod, Offsets] | None:
    """``... met 2 procent steeg en in België met 5 procent``: the subject of the figure before ``en``."""
    coordinator = gapped_coordinator(clause, figure)
    if coordinator is None or last is None:
        return None
    doc = clause.doc
    in_first_conjunct = doc[clause.sentence[0]].idx <= last.start and last.end <= doc[coordinator].idx
    return ("coordinated_figure", last.subject) if in_first_conjunct else None
