"""A time that opens a main clause: ``Vorig jaar``, ``Een maand eerder``, ``Het afgelopen kwartaal``.

A time is never the subject. A Dutch main clause that opens with one puts
its finite verb second and the subject right after it (V2): ``Vorig jaar
stegen de kosten met 5 procent`` -> ``de kosten``. The tagger may read the
time's adjective as the head of a noun phrase, or the verb as a noun after
it (``jaar stegen``), so the time is read from its words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon.calendar import TIME_DETERMINERS, TIME_DIRECTIONS, TIME_UNITS
from ..lexicon.function_words import ARTICLES
from .phrases import next_word
from .tokens import is_finite_verb, states_figure

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

MAX_TIME_WORDS = 4


def fronted_time_end(doc: Doc, first: int, limit: int) -> int | None:
    """The finite verb after a counted time that opens the clause at ``first`` (``Vijf jaar geleden``).

    ``None`` when no time opens there, or no finite verb follows it.

    >>> import spacy
    >>> doc = spacy.blank("nl")("Een jaar eerder daalde de omzet")
    >>> fronted_time_end(doc, 0, len(doc))
    3
    >>> fronted_time_end(spacy.blank("nl")("Een jaar lang"), 0, 3) is None
    True
    >>> fronted_time_end(spacy.blank("nl")("Het jaar daalde"), 0, 3) is None
    True
    """
    k, words = first, list[str]()
    while k < limit and len(words) < MAX_TIME_WORDS and doc[k].lower_ in TIME_DETERMINERS:
        words.append(doc[k].lower_)
        k = next_word(doc, k + 1)
    if not words or k >= limit or doc[k].lower_ not in TIME_UNITS:
        return None
    k = next_word(doc, k + 1)
    counted = k < limit and doc[k].lower_ in TIME_DIRECTIONS
    if not counted and set(words) <= ARTICLES:
        return None  # "Het jaar begon slecht": a subject, not a time
    k = next_word(doc, k + 1) if counted else k
    return k if k < limit and (is_finite_verb(doc[k]) or states_figure(doc[k])) else None


TAIL_TIME_WORDS = frozenset(TIME_DETERMINERS + TIME_UNITS + TIME_DIRECTIONS).union(
    {"de", "in", "keer", "nu", "toen", "destijds", "ditmaal", "thans"}
)
"""Words of a time after a figure in a tail: ``55 procent de vorige keer``, ``64 procent in 2019``."""


def dates_a_tail_figure(token: Token) -> bool:
    """A word of the time that dates a figure in a tail after a colon (``een jaar eerder``, ``in 2019``).

    >>> import spacy
    >>> [dates_a_tail_figure(t) for t in spacy.blank("nl")("de vorige keer in 2019 van kiezers")]
    [True, True, True, True, True, False, False]
    """
    text = token.lower_
    return text in TAIL_TIME_WORDS or (token.is_digit and len(text) == 4 and text.startswith(("19", "20")))
