"""A change a subject makes to a measure: the object is what the figure measures.

``De gemeente verhoogt de parkeertarieven met 15 procent`` states the 15
percent for ``de parkeertarieven``, not for the municipality that raises
them; so does ``De bank heeft de rente verlaagd, van 1,5 naar 1,2 procent``.
The verb is transitive (``verhogen``, ``verlagen``, ``halveren``), the figure
follows ``met``, ``van``, ``naar`` or ``tot``, and the object stands right
after the finite verb (``verhoogt de premie``), or after the auxiliary of a
perfect (``heeft de rente op spaargeld verlaagd``); after a fronted
adverbial the subject comes first (``Per 1 januari verhoogt de gemeente de
tarieven``). In a relative, subordinate or infinitive clause the verb comes last
(``, wat de kosten met 20 procent kan verlagen``, ``om de uitstoot met 40 procent
te verminderen``): the object is the phrase that ends at the preposition.
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
# Words between the figure and the verb that closes its clause: "met 20 procent kan
# verlagen", "met 40 procent te verminderen", "met 5 procent zal worden verhoogd".
CLUSTER_WORDS = frozenset(
    "te kan kunnen kon konden zal zullen zou zouden moet moeten moest moesten wil willen wilde wilden "
    "gaat gaan ging gingen heeft hebben had hadden is zijn was waren wordt worden werd werden".split()
)
MAX_OBJECT_TOKENS = 8
QUALIFYING_WORDS = frozenset({"gemiddeld", "ruim", "bijna", "circa", "ongeveer", "zo'n", "maar", "liefst"})


def changed_object(clause: Clause, figure: Figure) -> Offsets | None:
    """``Zorgverzekeraars verhogen de premie met ruim 6 procent`` -> ``de premie``."""
    doc, start = clause.doc, figure.span.start
    if not _after_change_preposition(doc, start, clause.sentence[0]):
        return None
    first = next_word(doc, clause.sentence[0])
    verbs = [k for k in range(first, start) if doc[k].lower_ in CAUSATIVE_CHANGE_VERBS]
    after = _closing_verb(doc, figure.span.end)
    if after is not None:
        verbs = [after]  # "wil de accijns met 4 procent verhogen": the verb closes the clause
    finite = next((k for k in range(first, start) if is_finite_verb(doc[k]) or k in verbs[:1]), None)
    if not verbs or (finite is not None and finite > verbs[0]) or _subordinate_between(doc, verbs[0], start):
        return None
    if finite is None:  # "Om de kosten met 10 procent te verlagen, ..."
        phrase = _object_before(doc, start, first - 1)
    else:
        phrase = _object_after_finite(doc, (first, finite, start), verbs[0])
    return None if phrase is None else char_offsets(doc, phrase)


def _object_after_finite(doc: Doc, bounds: tuple[int, int, int], verb: int) -> tuple[int, int] | None:
    """The object after the finite verb, else the one the clause's closing verb changes."""
    first, finite, start = bounds
    limit = min(verb, start) if verb > finite else start
    fronted = finite > first and _not_a_noun_phrase(doc, first, finite)
    phrase = _object_after(doc, finite, limit, fronted=fronted)
    if phrase is None and verb > start:  # ", wat de opbrengst met 30 procent kan verhogen"
        phrase = _object_before(doc, start, finite)
    return phrase


def _closing_verb(doc: Doc, end: int) -> int | None:
    """The change verb after the figure, over the rest of its verb cluster (``kan verhogen``)."""
    k = next_word(doc, end)
    while k < len(doc) and k < end + 4 and doc[k].lower_ in CLUSTER_WORDS:
        k = next_word(doc, k + 1)
    return k if k < len(doc) and doc[k].lower_ in CAUSATIVE_CHANGE_VERBS else None


def _object_before(doc: Doc, start: int, floor: int) -> tuple[int, int] | None:
    """The determined phrase that ends at the change preposition (``wat de kosten met 20 procent``)."""
    prep = start - 1
    while doc[prep].lower_ not in CHANGE_PREPOSITIONS:
        prep -= 1
    for k in range(prep - 1, max(floor, prep - MAX_OBJECT_TOKENS), -1):
        if doc[k].is_punct:
            return None
        phrase = _determined_phrase(doc, k, prep)
        if phrase is not None and phrase[1] == prep:
            return phrase
    return None


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
