"""A bracketed figure after a predicate: the share of the clause's subject the predicate holds for.

``De gemiddelde vrijwilliger is vaker vrouw (64 procent)`` says that 64
percent of the volunteers are women: the bracket follows no item but the
predicate, so the figure is the subject's. So after an adjective (``is
hoogopgeleid (71 procent)``), a participle after a copula,
a bare noun after a copula (``is man (61 procent)``) and an amount compared
(``wachten langer dan een uur (37 procent)``). In ``Veel leraren zien dat
leerlingen vermoeid (45 procent) binnenkomen`` the figure counts the
teachers who see it: the subject of the main clause.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ....lexicon.grammar import AMOUNT_WORDS, COPULAS, DETERMINERS
from ....text.docview import Offsets, char_offsets
from ....text.phrases import next_word, noun_phrase_after
from ....text.tokens import is_noun, is_participle, looks_plural, morph
from . import clause_first_phrase, clause_subject
from .comparison import first_constituent

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ....text.clauses import Clause, Figure

ADJECTIVE_ENDINGS = ("d", "t", "ig", "isch", "baar", "loos", "end", "lijk", "zaam")
"""Endings of Dutch adjectives and participles a tagger may read as nouns: ``vermoeid``, ``onrustig``."""


def bracket_predicate(clause: Clause, figure: Figure) -> Offsets | None:
    """``De typische thuiswerker is hoogopgeleid (71 procent)`` -> ``De typische thuiswerker``."""
    doc = clause.doc
    bracket = figure.span.start - 1
    if bracket <= clause.start or doc[bracket].text != "(" or not _predicate_before(doc, bracket):
        return None
    subject = _main_subject(clause, bracket)
    if subject is not None:
        return char_offsets(doc, subject)
    if clause.parsed:
        return clause_subject.clause_subject(clause, figure) or clause_first_phrase.clause_first_phrase(
            clause, figure
        )
    return clause_first_phrase.clause_first_phrase(clause, figure)


def _predicate_before(doc: Doc, bracket: int) -> bool:
    """Whether the word before the bracket closes a predicate rather than a noun phrase."""
    last = doc[bracket - 1]
    previous = doc[bracket - 2] if bracket >= 2 else None
    if previous is None or not last.is_lower:
        return False
    if _compared_amount(doc, bracket - 1):
        return True  # "langer dan een uur"
    if previous.lower_ in DETERMINERS:
        return False  # "de kwaliteit (40 procent)": an item
    if previous.lower_ in ("of", "en") and bracket >= 4 and doc[bracket - 3].text == ")":
        opening = _opening_bracket(doc, bracket - 3)
        return opening is not None and _predicate_before(doc, opening)  # "onrustig (40 procent) of somber"
    if previous.is_punct:
        return False
    if last.pos_ == "ADJ" and not is_noun(last):
        return not last.lower_.endswith("e") or previous.pos_ in ("ADV", "AUX", "VERB")
    if last.pos_ in ("VERB", "AUX") and not is_noun(last):
        return is_participle(last) and _after_copula(
            doc, bracket - 2
        )  # "is hoogopgeleid", not "kan ... rekenen"
    if "Plur" in morph(last, "Number"):
        return False
    if _after_copula(doc, bracket - 2):
        return True  # "is vaker vrouw"
    return is_noun(previous) and looks_plural(previous) and last.lower_.endswith(ADJECTIVE_ENDINGS)


def _opening_bracket(doc: Doc, closing: int) -> int | None:
    """The ``(`` of the bracket that closes at ``closing``, a few tokens back."""
    return next((k for k in range(closing - 1, max(0, closing - 8), -1) if doc[k].text == "("), None)


def _after_copula(doc: Doc, k: int) -> bool:
    """``is vaker vrouw``, ``zijn vaak alleenstaand``: a copula before the bare word, across adverbs."""
    while k >= 0 and (doc[k].pos_ == "ADV" or (doc[k].pos_ == "ADJ" and not doc[k].lower_.endswith("e"))):
        k -= 1
    return k >= 0 and doc[k].lower_ in COPULAS


def _compared_amount(doc: Doc, head: int) -> bool:
    """``langer dan een uur``: a comparison with an amount, not with a group."""
    if doc[head].lower_ not in AMOUNT_WORDS:
        return False
    k = head - 1
    while k >= 0 and (doc[k].lower_ in DETERMINERS or doc[k].pos_ == "NUM"):
        k -= 1
    return k >= 0 and doc[k].lower_ == "dan"


def _main_subject(clause: Clause, bracket: int) -> tuple[int, int] | None:
    """The noun phrase that opens the main clause before its verb (V2), if one does.

    A tagger may read the finite verb as an infinitive (``Veel ouders merken dat ...``).
    A comma that only separates names in a list starts no clause.
    """
    doc = clause.doc
    start = clause.start if clause.has_finite_verb(clause.window, clause.start) else clause.window
    opening = next_word(doc, start)  # "Ook een kabinet met A, B en C kan ...": the commas list names
    phrase = first_constituent(doc, opening, bracket)
    if phrase is not None:
        return phrase
    start = opening + (doc[opening].lower_ in ("veel", "vele"))
    phrase = noun_phrase_after(doc, start) if start < bracket else None
    if phrase is None or phrase[1] >= bracket or doc[phrase[1]].pos_ not in ("VERB", "AUX"):
        return None
    return phrase
