"""Word order where the parse gives no subject: a Dutch main clause opens with it, or has it after the verb.

``De huren in Leiden stegen vorig jaar met 5 procent`` (the parse took
``stegen`` for a noun) -> ``De huren in Leiden``; ``In 2015 was de opkomst
52 procent`` -> ``de opkomst``, right after the finite verb (V2).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ....text.clauses import subject_like_phrase
from ....text.docview import Offsets, char_offsets
from ....text.phrases import next_word
from ....text.tokens import is_finite_verb
from ....text.word_order import name_before_comma

if TYPE_CHECKING:
    from ....text.clauses import Clause, Figure


def clause_first_phrase(clause: Clause, figure: Figure) -> Offsets | None:
    """``De huren in Leiden stegen vorig jaar met 5 procent`` -> ``De huren in Leiden``.

    When the parse gives the figure's clause no subject (a verb misread as a
    noun), word order stands in: a Dutch main clause opens with its subject,
    or, after a fronted adverbial, puts it right after the finite verb (``In
    2015 was de opkomst 52 procent``). After a comma the phrase must be
    followed by a verb: ``bij het Hoogheemraadschap Delfland, Schieland en
    Krimpenerwaard 9 procent`` continues a name, not a clause.
    """
    doc, span, first, phrase = clause.doc, figure.span, clause.start, clause.subject_position
    if phrase is None and not clause.opens_subordinate:
        phrase = _before_aside(clause)
        return None if phrase is None else char_offsets(doc, phrase)
    if phrase is None or clause.opens_subordinate:
        return None  # "Het bureau meldt dat een kwart de reis te duur vindt": the figure is the subject
    after_comma = first > clause.sentence[0] and doc[first - 1].text == ","
    if after_comma and not clause.has_finite_verb(phrase[1], span.start):
        return None
    return char_offsets(doc, phrase)


def _before_aside(clause: Clause) -> tuple[int, int] | None:
    """``Bierbrouwer Heineken, die veel in Mexico verkoopt, won 1,1 procent`` -> ``Heineken``.

    The figure's clause opens with the finite verb after a comma: the
    subject opened the sentence, and what stands between the commas is an
    aside (a relative clause or an apposition).
    """
    doc, first = clause.doc, clause.first_word
    if first <= clause.sentence[0] or not is_finite_verb(doc[first]) or doc[clause.start - 1].text != ",":
        return None
    opening = next_word(doc, clause.sentence[0])
    phrase = subject_like_phrase(doc, opening, first) or name_before_comma(doc, opening, first)
    if phrase is None or phrase[1] >= first or doc[phrase[1]].text != ",":
        return None
    return phrase
