"""A tail after a colon that names a share without a verb of its own.

``De meeste bezoekers willen langere openingstijden: 62 procent van de
ondervraagden.`` The words after the colon name the share and its group but
say nothing of them: there is no finite verb in the tail. What holds for the
share is the clause before the colon, as it is for a bare tail of figures
(``Het meest tevreden zijn de tuinders: 81 procent``, read by
:attr:`~nlsurveyextract.text.clauses.Clause.before_colon`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon.grammar import TIME_WORDS
from ..text.docview import in_expression, sentence_bounds
from ..text.tokens import is_finite_verb

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan

MAX_TAIL_LEAD = 6
"""Tokens between the colon and the figure: ``: in beide groepen slechts 12 procent``."""

MAX_VERBLESS_TAIL = 16
"""Tokens the tail may run to after the figure: its group and a second figure with its group."""

# What a subject noun phrase before the verb is made of, and the tags it may end in.
_PHRASE_TAGS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "PRON", "CCONJ", "ADV"})
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})

# Punctuation that closes the clause before a figure: another clause's edge, not the colon's.
_OTHER_BREAKS = frozenset({",", ";", "(", ")", "–", "—"})


def verbless_tail_colon(doc: Doc, span: SpacySpan) -> tuple[int, int] | None:
    """Token range of the clause before the colon of a verbless tail holding the figure.

    ``Vooral jonge ouders maken zich zorgen: bijna 40 procent van hen`` ->
    the tokens of ``Vooral jonge ouders maken zich zorgen``. Only when the
    clause before the colon has a finite verb of its own, so that it says
    what holds (not ``Meest genoemd: geld (30 procent)``).
    """
    first, last = sentence_bounds(doc, span.start)
    colon = _colon_before(doc, span, first)
    if colon is None or last - span.end > MAX_VERBLESS_TAIL:
        return None
    if any(t.text == ":" or (is_finite_verb(t) and not in_expression(t)) for t in doc[span.end : last]):
        return None
    start = colon
    while start > first and doc[start - 1].text not in (",", ";", ":"):
        start -= 1
    verb = next((t.i for t in doc[start:colon] if is_finite_verb(t) and not in_expression(t)), None)
    if verb is None:
        return None
    return (verb if _subject_before(doc, start, verb) else start), colon


def _subject_before(doc: Doc, start: int, verb: int) -> bool:
    """Whether a noun phrase before the verb is the clause's subject, which the tail restates.

    ``Zowel boeren als tuinders zien weinig in de regels: 12 procent`` -> ``zien
    weinig in de regels``; not a fronted adverbial (``Het vaakst noemen ...``,
    ``Volgens artsen is ...``, ``Vorig jaar waren ...``).
    """
    lead = doc[start:verb]
    return (
        len(lead) > 0
        and lead[0].pos_ != "ADP"
        and lead[-1].pos_ in _NOMINAL
        and all(t.pos_ in _PHRASE_TAGS or (t.pos_ == "ADP" and t.i > start) for t in lead)
        and not any(t.lower_ in TIME_WORDS or t.like_num for t in lead)
    )


def _colon_before(doc: Doc, span: SpacySpan, first: int) -> int | None:
    """The colon a few tokens before the figure, with no verb or other clause edge between."""
    for k in range(span.start - 1, max(first, span.start - MAX_TAIL_LEAD - 1) - 1, -1):
        token = doc[k]
        if token.text == ":":
            return k if k > first else None
        if token.text in _OTHER_BREAKS or (is_finite_verb(token) and not in_expression(token)):
            return None
    return None
