"""Pronouns that stand for a figure's group or measure: ``Van hen``, ``Daarvan``, ``was dat``.

``Van hen woont 40 procent thuis`` takes the last group of people,
``Daarvan voer twee derde onder een vreemde vlag`` the last set named (of
people or things), ``Dit jaar is dat 7 procent`` the last measure.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from ...lexicon.grammar import (
    DEMONSTRATIVES,
    MEASURE_NOUNS,
    PARTITIVE_ADVERBS,
    PEOPLE_PRONOUNS,
    RESTATING_PRONOUNS,
    SHARE_NOUNS,
)
from ...text.clauses import SUBJECT_DEPS
from ...text.tokens import is_finite_verb, is_noun

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from ...text.clauses import Clause, Figure

Cue = Literal["people", "partitive", "measure"]
"""What an anaphor asks for: people (``Van hen``), any group (``Daarvan``), a measure (``was dat``)."""


def anaphor_cue(clause: Clause, figure: Figure) -> Cue | None:
    """What a pronoun in the figure's clause refers back to, if one stands for its group.

    ``Van hen woont 40 procent thuis`` and ``Zij (38 procent) blijven ...``
    ask for the last group of people, ``Daarvan is een derde ...`` for the
    last group named, and ``Dit jaar is dat 7 procent`` (a restating
    pronoun as the subject, the figure as predicate) for the last measure.
    """
    doc, first = clause.doc, figure.span.start
    before = doc[max(clause.start, clause.window) : first]
    words = [token.lower_ for token in before]
    after = [token.lower_ for token in doc[figure.span.end : min(len(doc), figure.span.end + 2)]]
    if any(word in PARTITIVE_ADVERBS for word in words) or PARTITIVE_ADVERBS.intersection(after[:1]):
        return "partitive"  # "Daarvan draait een kwart niet", "Een kwart daarvan draait niet"
    if after == ["van", "hen"]:
        return "people"  # "De helft van hen wil ..."
    if "hen" in words or (len(words) >= 2 and words[-1] == "(" and words[-2] in PEOPLE_PRONOUNS):
        return "people"
    if restates_measure(before, first):
        return "measure"
    return None


def restates_measure(before: SpacySpan, first: int) -> bool:
    """``Dit jaar is dat 7 procent``, ``Inmiddels is dat opgelopen tot 35 procent``, ``Dat is ...``.

    A restating pronoun as the subject (parsed so, right after an auxiliary
    or copula, or after a fronted phrase and its verb: not the ``dat`` of
    ``blijkt dat``) with no noun between it and the figure but the share it
    restates (``dat aandeel``, ``dit percentage``).
    """
    doc = before.doc
    for token in reversed(before):
        if token.lower_ not in RESTATING_PRONOUNS:
            continue
        if restating_measure_noun(token, first):
            return True
        end = token.i + 1
        if token.lower_ in DEMONSTRATIVES and end < first and doc[end].lower_ in SHARE_NOUNS:
            end += 1  # "was dat aandeel nog 14 procent": the share restated
        subject = (token.pos_ == "PRON" and token.dep_ in SUBJECT_DEPS) or (
            token.i > 0 and doc[token.i - 1].pos_ == "AUX"
        )
        subject = subject or _after_inverted_verb(before, token.i, end, first)
        return subject and not any(is_noun(t) for t in doc[end:first])
    return False


def _after_inverted_verb(before: SpacySpan, pronoun: int, end: int, first: int) -> bool:
    """``Toen lag dat op 4 procent``, ``Vijf jaar geleden lag dat op ...``: the subject after the verb (V2).

    The finite verb stands second, after a fronted time or adverb, and a
    preposition or adverb follows the pronoun: ``blijkt dat 18 procent ...``
    opens a subordinate clause instead.
    """
    doc = before.doc
    verb = pronoun - 1
    if verb <= before.start or not is_finite_verb(doc[verb]) or end >= first:
        return False
    return doc[end].pos_ in ("ADP", "ADV")


def restating_measure_noun(token: Token, first: int) -> bool:
    """``In 2015 was dat percentage nog 9 procent``, ``kwam dit aandeel uit op``: a measure restated.

    A demonstrative with a bare share or measure noun (no group after it)
    points back to the measure named before, like ``dat`` alone.
    """
    doc = token.doc
    if token.lower_ not in DEMONSTRATIVES or token.i + 1 >= first:
        return False
    noun = doc[token.i + 1]
    rest = doc[token.i + 2 : first]
    return noun.lower_ in SHARE_NOUNS | MEASURE_NOUNS and not any(is_noun(t) for t in rest)
