"""A measure noun in subject position: ``Het aantal faillissementen nam met 14 procent toe``.

Statistics news states a figure for a measure, not for a group: ``het
aantal``, ``het aandeel``, ``de prijs van``, ``de rente op``, ``de vraag
naar``. The whole measure phrase is the subject (``Het aandeel zonnestroom
steeg naar 17 procent`` -> ``Het aandeel zonnestroom``). It is found by
Dutch word order, whatever the parse made of a separable verb (``nam ...
toe``): the phrase opens the main clause and the finite verb follows it
(V2), or, after a fronted adverbial (``Op Schiphol nam het aantal reizigers
met 6 procent toe``), it stands right after the finite verb. Where the clause
rules (the parse, V2 order) find this same subject, they answer: the rules vote.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ....lexicon.grammar import CLAUSE_COORDINATORS, DEMONSTRATIVES, DETERMINERS, SHARE_NOUNS
from ....text.docview import Offsets, char_offsets
from ....text.measures import measure_phrase
from ....text.phrases import next_word
from ....text.time_phrases import fronted_time_end
from ....text.tokens import is_finite_verb, is_number
from . import clause_first_phrase, clause_subject

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ....text.clauses import Clause, Figure

FRONTED_TAGS = frozenset({"ADP", "ADV", "NUM", "SCONJ"})
"""What opens a clause whose subject follows the finite verb: ``In juni``, ``Vorig jaar``, ``Toen``."""


def measure_noun(clause: Clause, figure: Figure) -> Offsets | None:
    """``Het aantal banen in de bouw lag 22 procent hoger`` -> ``Het aantal banen in de bouw``."""
    doc, limit = clause.doc, figure.span.start
    phrase = _opening_measure(clause, limit) or _inverted_measure(clause, limit)
    if phrase is None or _new_conjunct(doc, phrase[1], limit) or _names_nothing(doc, phrase):
        return None
    subject = char_offsets(doc, phrase)
    return None if _clause_rules_agree(clause, figure, subject) else subject


def _names_nothing(doc: Doc, phrase: tuple[int, int]) -> bool:
    """``dat percentage``, ``het aandeel``: a share alone, or a measure restated, names no subject.

    ``In 2015 was dat aandeel nog 24 procent`` points back to a measure named
    before; the discourse resolves it, not the phrase.
    """
    if doc[phrase[1] - 1].pos_ not in ("NOUN", "PROPN") or phrase[1] - phrase[0] > 2:
        return False
    return doc[phrase[0]].lower_ in DEMONSTRATIVES or doc[phrase[1] - 1].lower_ in SHARE_NOUNS


def _opening_measure(clause: Clause, limit: int) -> tuple[int, int] | None:
    """The measure phrase that opens the clause, followed by its finite verb.

    A clause after a comma may open with the verb, its subject standing
    before a relative clause (``Het percentage leerlingen dat blijft zitten,
    daalde ...``): then the sentence's opening is read.
    """
    doc = clause.doc
    starts = [clause.first_word]
    if clause.first_word < limit and is_finite_verb(doc[clause.first_word]):
        starts.append(next_word(doc, clause.window))
    for start in starts:
        phrase = measure_phrase(doc, start, limit)
        if phrase is not None:
            verb = _past_time_phrase(doc, next_word(doc, phrase[1] + (doc[phrase[1]].text == ",")), limit)
            if verb < limit and is_finite_verb(doc[verb]):
                return phrase
            if start != clause.first_word and doc[phrase[1]].text == ",":
                return phrase  # "Het aantal vergunningen, een voorbode van de bouw, nam ...": an aside
    return None


def _past_time_phrase(doc: Doc, k: int, limit: int) -> int:
    """``De vraag naar warmtepompen in 2024 steeg``: a time inside the first constituent, before the verb."""
    if k + 1 < limit and doc[k].pos_ == "ADP" and is_number(doc[k + 1]):
        return next_word(doc, k + 2)
    return k


def _clause_rules_agree(clause: Clause, figure: Figure, subject: Offsets) -> bool:
    """Whether the clause rules find this very phrase (by the parse, or by V2 order): then they answer."""
    if clause.parsed and clause_subject.clause_subject(clause, figure) == subject:
        return True
    return clause_first_phrase.clause_first_phrase(clause, figure) == subject


def _inverted_measure(clause: Clause, limit: int) -> tuple[int, int] | None:
    """``In 2023 lag de rente op spaargeld op 1,5 procent``: the phrase right after the finite verb."""
    doc, first = clause.doc, clause.first_word
    time_verb = fronted_time_end(doc, first, limit)  # "Vorig jaar steeg ...", "Dit jaar nam ..."
    if time_verb is not None:
        return measure_phrase(doc, next_word(doc, time_verb + 1), limit)
    if first >= limit or doc[first].pos_ not in FRONTED_TAGS:
        return None
    verb = next((k for k in range(first + 1, limit) if is_finite_verb(doc[k])), None)
    if verb is None and doc[first].pos_ == "ADP" and first + 2 < limit and is_number(doc[first + 1]):
        verb = first + 2  # "In 2022 stegen de huren": V2 puts the verb after the year, however it is tagged
    return None if verb is None else measure_phrase(doc, next_word(doc, verb + 1), limit)


def _new_conjunct(doc: Doc, end: int, limit: int) -> bool:
    """``De prijs van olie steeg 3 procent en die van gas 5 procent``: the figure has its own subject."""
    return any(
        doc[k].lower_ in CLAUSE_COORDINATORS
        and (doc[k + 1].pos_ in ("DET", "PRON", "PROPN") or _inverted_conjunct(doc, k + 1, limit))
        for k in range(end, limit - 1)
    )


def _inverted_conjunct(doc: Doc, verb: int, limit: int) -> bool:
    """``... en viel de omzet 3 procent lager uit``: a verb, then a subject of its own."""
    return verb + 1 < limit and is_finite_verb(doc[verb]) and doc[verb + 1].lower_ in DETERMINERS
