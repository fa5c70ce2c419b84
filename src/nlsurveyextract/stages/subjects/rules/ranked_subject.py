"""A ranking noun before a copula: the name after it is the subject.

Market news ranks the day's movers: ``De grootste stijger was Fugro met een
winst van 4 procent``, ``Hekkensluiter bij de hoofdfondsen was chipbedrijf
Besi, dat 3 procent verloor``. The phrase before ``was``/``is`` is a
predicate fronted for emphasis (``stijger``, ``daler``, ``koploper``), so the
figure is stated for the name after the copula, whatever the parse made the subject.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ....lexicon.grammar import COPULAS, RANKING_NOUNS
from ....text.docview import Offsets, char_offsets
from ....text.phrases import next_word, noun_phrase_after, past_descriptor
from ....text.word_order import capitalised_run, opening_phrase

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ....text.clauses import Clause, Figure

MAX_PREDICATE_TOKENS = 8


def ranked_subject(clause: Clause, figure: Figure) -> Offsets | None:
    """``Sterkste stijger was informatieleverancier RELX met een winst van 1,4 procent`` -> ``RELX``."""
    doc, limit = clause.doc, figure.span.start
    copula = _copula_after_ranking(doc, clause.first_word, limit)
    if copula is None:
        return None
    k = next_word(doc, copula + 1)
    phrase = opening_phrase(doc, k, limit)
    if phrase is None and k < limit:
        end = capitalised_run(doc, k + 1, limit) if doc[k].is_lower else capitalised_run(doc, k, limit)
        phrase = None if end is None else (k, end)
    if phrase is None:
        return None
    cut = next((t.i for t in doc[phrase[0] + 1 : phrase[1]] if t.lower_ == "met"), phrase[1])
    return char_offsets(doc, past_descriptor(doc, (phrase[0], cut)))  # not "met een verlies van"


def _copula_after_ranking(doc: Doc, first: int, limit: int) -> int | None:
    """The copula after a fronted ranking phrase (``De grootste daler bij de fondsen was``), if any."""
    ranking = next((k for k in range(first, min(limit, first + 3)) if doc[k].lower_ in RANKING_NOUNS), None)
    if ranking is None:
        return None
    k = ranking + 1
    while k < min(limit, ranking + MAX_PREDICATE_TOKENS) and doc[k].pos_ == "ADP":
        phrase = noun_phrase_after(doc, k + 1)
        k = phrase[1] if phrase is not None else k + 1  # "bij de hoofdfondsen", "in de AEX"
    return k if k < limit and doc[k].lower_ in COPULAS else None
