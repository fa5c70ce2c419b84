"""A change a subject makes to a measure: the object is what the figure measures.

``De gemeente verhoogt de parkeertarieven met 15 procent`` states the 15
percent for ``de parkeertarieven``, not for the municipality that raises
them; so does ``De bank heeft de rente verlaagd, van 1,5 naar 1,2 procent``.
The verb is transitive (``verhogen``, ``verlagen``, ``halveren``), the figure
follows ``met``, ``van``, ``naar`` or ``tot``, and the object stands right
after the finite verb (``verhoogt de premie``), or after the auxiliary of a
perfect (``heeft de rente op spaargeld verlaagd``); after a fronted
adverbial the subject comes first (``Per 1 januari verhoogt de gemeente de
tarieven``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ....lexicon.changes import CAUSATIVE_CHANGE_VERBS
from ....lexicon.grammar import DETERMINERS, TIME_WORDS
from ....text.docview import Offsets, char_offsets
from ....text.measures import measure_complement_end
from ....text.phrases import next_word, noun_phrase_after
from ....text.tokens import is_finite_verb
from ....text.word_order import opens_subordinate_clause

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ....text.clauses import Clause, Figure

CHANGE_PREPOSITIONS = frozenset({"met", "van", "naar", "tot"})
QUALIFYING_WORDS = frozenset({"gemiddeld", "ruim", "bijna", "circa", "ongeveer", "zo'n", "maar", "liefst"})


def changed_object(clause: Clause, figure: Figure) -> Offsets | None:
    """``Zorgverzekeraars verhogen de premie met ruim 6 procent`` -> ``de premie``."""
    doc, start = clause.doc, figure.span.start
    if not _after_change_preposition(doc, start, clause.sentence[0]):
        return None
    first = next_word(doc, clause.sentence[0])
    verbs = [k for k in range(first, start) if doc[k].lower_ in CAUSATIVE_CHANGE_VERBS]
    after = next_word(doc, figure.span.end)
    if not verbs and after < len(doc) and doc[after].lower_ in CAUSATIVE_CHANGE_VERBS:
        verbs = [after]  # "wil de accijns met 4 procent verhogen": the verb closes the clause
    finite = next((k for k in range(first, start) if is_finite_verb(doc[k]) or k in verbs[:1]), None)
    if not verbs or finite is None or finite > verbs[0] or _subordinate_between(doc, verbs[0], start):
        return None
    limit = min(verbs[0], start) if verbs[0] > finite else start
    fronted = finite > first and _not_a_noun_phrase(doc, first, finite)
    phrase = _object_after(doc, finite, limit, fronted=fronted)
    return None if phrase is None else char_offsets(doc, phrase)


def _subordinate_between(doc: Doc, verb: int, start: int) -> bool:
    """``verhogen hun prijzen omdat de lonen met 5 procent stegen``: the figure is another clause's."""
    return any(opens_subordinate_clause(doc, k) for k in range(verb + 1, start))


def _after_change_preposition(doc: Doc, start: int, floor: int) -> bool:
    """``met 15 procent``, ``met gemiddeld 5 procent``, ``van 1,5 naar 1,2 procent``."""
    k = start - 1
    while k > floor and doc[k].lower_ in QUALIFYING_WORDS:
        k -= 1
    return k >= floor and doc[k].lower_ in CHANGE_PREPOSITIONS


def _not_a_noun_phrase(doc: Doc, first: int, verb: int) -> bool:
    """Whether an adverbial opens the clause (``Per 1 januari``, ``Volgend jaar``)."""
    if doc[first].lower_ in DETERMINERS:
        return False
    return doc[first].pos_ in ("ADP", "ADV", "SCONJ") or doc[verb - 1].lower_ in TIME_WORDS


def _object_after(doc: Doc, verb: int, limit: int, *, fronted: bool) -> tuple[int, int] | None:
    """The determiner-led phrase after the finite verb (the second one after a fronted adverbial)."""
    k = next_word(doc, verb + 1)
    phrase = _determined_phrase(doc, k, limit)
    if fronted and phrase is not None:
        phrase = _determined_phrase(doc, next_word(doc, phrase[1]), limit)
    return phrase


def _determined_phrase(doc: Doc, k: int, limit: int) -> tuple[int, int] | None:
    """A noun phrase with its determiner at ``k`` and what completes it (``de rente op spaargeld``)."""
    if k >= limit or doc[k].lower_ not in DETERMINERS:
        return None
    phrase = noun_phrase_after(doc, k)
    if phrase is None or phrase[1] > limit:
        return None
    return phrase[0], measure_complement_end(doc, phrase[1], limit)
