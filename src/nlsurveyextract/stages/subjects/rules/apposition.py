"""A figure in brackets after what it is stated for: ``de provincie Utrecht (27 procent)``.

Dutch news lists answer options and regions so: ``gevolgd door prijs (33
procent) en gemak (24 procent)``. The item is the noun phrase before the
bracket, widened over the phrase it hangs in when the parse agrees.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ....lexicon.grammar import GROUP_PREPOSITIONS, QUANTITY_WORDS, SHARE_NOUNS
from ....text.docview import Offsets, char_offsets, has_annotation, text_of
from ....text.phrases import MAX_NOUN_PHRASE, noun_phrase_before, past_descriptor
from ....text.tokens import is_group_head, morph

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ....text.clauses import Clause, Figure


def apposition(clause: Clause, figure: Figure) -> Offsets | None:
    """``de provincie Utrecht (27 procent)`` -> ``de provincie Utrecht``."""
    doc, expression = clause.doc, figure.expression
    text = text_of(doc)
    opening = text.rfind("(", 0, expression.start + 1)
    if opening < 0 or not _only_qualifying_words(text[opening + 1 : expression.start]):
        return None
    bracket = doc.char_span(opening, opening + 1)
    if bracket is None:
        return None
    relative = relative_clause_item(doc, bracket.start)
    if relative is not None:
        return char_offsets(doc, relative)
    phrase = noun_phrase_before(doc, bracket.start)
    if phrase is None or _bare_verb(doc, phrase):
        return None
    start = min(_attached_phrase_start(doc, phrase), _van_head_start(doc, phrase[0]))
    start = max(start, clause.sentence[0])  # not over an intertitle: "Boeing\n\nBoeing (plus 2 procent)"
    if start >= phrase[1]:
        return None  # the item stands in a sentence before the figure's: "Boeing (\n\neen kwart ..."
    return char_offsets(doc, past_descriptor(doc, (start, phrase[1])))  # "Staalmaker X (+2%)" -> "X"


def relative_clause_item(doc: Doc, bracket: int) -> tuple[int, int] | None:
    """``treinen die zonder bericht uitvallen (47 procent)``: the noun with its relative clause.

    A Dutch relative clause ends in its verb; a bracket right after that verb
    gives the figure to the noun the clause restricts. ``die`` follows a
    plural or a common noun, ``dat`` a neuter singular (else it is the
    conjunction: ``merken op school dat ...``).
    """
    if bracket < 3 or not _verb_final(doc[bracket - 1]):
        return None
    for k in range(bracket - 2, max(0, bracket - MAX_NOUN_PHRASE) - 1, -1):
        if doc[k].is_punct:
            return None
        if doc[k].lower_ in ("die", "dat") and "Rel" in morph(doc[k], "PronType"):
            phrase = noun_phrase_before(doc, k)
            agrees = phrase is not None and _relative_agrees(doc[k].lower_, doc[k - 1])
            return (phrase[0], bracket) if phrase is not None and agrees else None
    return None


def _verb_final(token: Token) -> bool:
    """The last word of a relative clause: a verb, or a verb form the tagger read as a noun (``kosten``)."""
    misread = token.is_lower and token.lower_.endswith("en") and token.pos_ == "NOUN"
    return token.pos_ in ("VERB", "AUX") or misread


def _relative_agrees(pronoun: str, noun: Token) -> bool:
    """``treinen die``, ``het huis dat``: the relative pronoun agrees with the noun's gender and number."""
    neuter_singular = morph(noun, "Gender") == ["Neut"] and morph(noun, "Number") != ["Plur"]
    return neuter_singular if pronoun == "dat" else not neuter_singular


def _van_head_start(doc: Doc, start: int) -> int:
    """``de kwaliteit van het water (44 procent)``: the item is the noun the ``van`` hangs on.

    A bracketed figure after ``X van Y`` is stated for X of Y, unless X is a
    share or quantity word, whatever the parse made of the ``van``.
    """
    if start < 2 or doc[start - 1].lower_ != "van":
        return start
    head = noun_phrase_before(doc, start - 1)
    if head is None or start - head[0] > MAX_NOUN_PHRASE:
        return start
    if doc[start - 2].lower_ in SHARE_NOUNS or doc[start - 2].lower_ in QUANTITY_WORDS:
        return start
    return head[0]


def _bare_verb(doc: Doc, phrase: tuple[int, int]) -> bool:
    """``kan op weinig begrip rekenen (19 procent)``: the bracket follows the clause's verb.

    A verb form with no determiner or modifier of its own is no item; the
    figure is the clause subject's. After a preposition, a comma or ``en`` it
    is a list item all the same (``gevolgd door reizen (26 procent)``).
    """
    if phrase[1] - phrase[0] != 1 or doc[phrase[0]].pos_ not in ("VERB", "AUX"):
        return False
    previous = doc[phrase[0] - 1] if phrase[0] > 0 else None
    return previous is not None and previous.pos_ not in ("ADP", "PUNCT", "CCONJ")  # "gevolgd door reizen"


def _only_qualifying_words(between: str) -> bool:
    """``(allebei 24 procent)``, ``(-1,7%)``: at most two short words before the figure."""
    words = between.strip(" +-–\u00a0").split()
    return len(words) <= 2 and all(word.isalpha() and word.islower() for word in words)


def _attached_phrase_start(doc: Doc, phrase: tuple[int, int]) -> int:
    """Widen ``de dijk`` to ``wandelaars en joggers op de dijk`` when the parse agrees.

    The bracketed figure belongs to the whole phrase the last noun hangs in.
    """
    if not has_annotation(doc, "DEP"):
        return phrase[0]
    token = doc[phrase[1] - 1]
    start = phrase[0]
    while token.dep_ == "nmod" and token.head.i < token.i and is_group_head(token.head):
        case = [c.lower_ for c in token.lefts if c.dep_ == "case"]
        if not case or case[0] not in GROUP_PREPOSITIONS | {"zonder", "door"}:
            break
        token = token.head
        head_phrase = noun_phrase_before(doc, token.i + 1)
        if head_phrase is None or phrase[1] - head_phrase[0] > MAX_NOUN_PHRASE:
            break
        start = head_phrase[0]
    return start
