"""A change restated as a noun after a pronoun: the measure the sentence before reported.

``Het aantal inbraken is fors gedaald. Het gaat om een afname van 9
procent.`` The second sentence has no subject of its own (``Het gaat om``,
``Dat is``, ``Dit betekent``); its ``een afname van 9 procent`` names the
change of the measure that opens the sentence before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ....lexicon.changes import (
    CHANGE_NOUN_ENDINGS,
    CHANGE_NOUNS,
    COMPARATIVES,
    EXPECTATION_STEMS,
    FORECASTERS,
)
from ....lexicon.grammar import AMOUNT_WORDS, DETERMINERS, LIGHT_VERB_NOUNS, RESTATING_PRONOUNS
from ....lexicon.quantities import MEASURE_WORDS
from ....text.clauses import phrase_in_subject_position, subject_like_phrase
from ....text.docview import Offsets, char_offsets, in_expression, sentence_bounds
from ....text.measures import is_measure_noun, measure_phrase
from ....text.phrases import next_word, noun_phrase_after
from ....text.tokens import (
    clearly_people,
    is_finite_verb,
    is_number,
    looks_plural,
    names_people_or_organisations,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ....text.clauses import Clause, Figure

QUALIFYING_WORDS = frozenset({"ruim", "bijna", "circa", "ongeveer", "zo'n", "maar", "liefst", "slechts"})


def restated_change(clause: Clause, figure: Figure) -> Offsets | None:
    """``De export bereikte een record. Het gaat om een groei van 4 procent`` -> ``De export``."""
    doc, first = clause.doc, next_word(clause.doc, clause.sentence[0])
    if clause.start > clause.sentence[0] or first + 1 >= figure.span.start or clause.sentence[0] == 0:
        return None
    if not (_light_verb_change(clause, figure) or _restating_pronoun_change(doc, first, figure.span.start)):
        return None
    previous = sentence_bounds(doc, clause.sentence[0] - 1)
    phrase = _opening_subject(doc, next_word(doc, previous[0]), previous[1])
    if phrase is not None and _light_verb_change(clause, figure) and _people_only(doc, phrase):
        return None  # "Economen rekenden op krimp. Er was sprake van ...": people are no measure that changes
    return None if phrase is None else char_offsets(doc, phrase)


def restated_amount(clause: Clause, figure: Figure) -> Offsets | None:
    """``De omzet kwam uit op 41 miljoen euro. Dat is 6 procent meer dan vorig jaar`` -> ``De omzet``.

    A sentence that opens with a restating pronoun and a verb, then the
    figure with a comparative (``Dat is 6 procent meer``, ``Dit waren er
    12 procent minder``), compares the amount the sentence before stated
    (a sum, a count: a number that is no percentage). The figure is the
    change of what was counted (``De school telde 840 leerlingen. Dat zijn
    er 5 procent meer`` -> ``leerlingen``), else of the measure that opens
    that sentence.
    """
    doc, sentence = clause.doc, clause.sentence[0]
    if clause.start > sentence or sentence == 0 or not _pronoun_then_figure(clause, figure):
        return None
    previous = sentence_bounds(doc, clause.sentence[0] - 1)
    numbers = [t for t in doc[previous[0] : previous[1]] if is_number(t)]
    if not numbers or any(in_expression(t) for t in numbers):
        return None  # no amount, or a percentage: the discourse restates that figure
    counted = _counted_noun(doc, numbers[-1].i, previous[1])
    opening = next_word(doc, previous[0])
    if counted is None and doc[opening].lower_ == "er" and is_finite_verb(doc[opening + 1]):
        counted = _phrase_after_er(doc, opening + 2, previous[1])  # "Er ging een omzet van 5 miljoen om"
    phrase = counted or _opening_subject(doc, opening, previous[1])
    return None if phrase is None else char_offsets(doc, phrase)


def _pronoun_then_figure(clause: Clause, figure: Figure) -> bool:
    """``Dat is 6 procent meer``, ``Dit waren er ruim 12 procent minder``: a pronoun, a verb, the figure."""
    doc, first, span = clause.doc, clause.first_word, figure.span
    if doc[first].lower_ not in RESTATING_PRONOUNS or not is_finite_verb(doc[first + 1]):
        return False
    between = doc[first + 2 : span.start]
    if not all(
        t.lower_ in QUALIFYING_WORDS or t.lower_ in ("er", "nog", "dus", "dan", "wel") for t in between
    ):
        return False
    return span.end < len(doc) and doc[span.end].lower_ in COMPARATIVES


def _phrase_after_er(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """``een omzet`` in ``Er ging in de sector een omzet van 5 miljoen om``: the first noun not in a PP."""
    article = next(
        (k for k in range(start, end) if doc[k].lower_ in DETERMINERS and doc[k - 1].pos_ != "ADP"), None
    )
    return None if article is None else noun_phrase_after(doc, article)


def _counted_noun(doc: Doc, number: int, end: int) -> tuple[int, int] | None:
    """``passagiers`` in ``9,2 miljoen passagiers``: the plural counted right after the number, not a unit."""
    k = number + 1
    if k < end and doc[k].lower_ in ("duizend", "miljoen", "miljard"):
        k += 1
    phrase = noun_phrase_after(doc, k, determiner=False) if k < end else None
    if phrase is None or phrase[1] > end:
        return None
    head = doc[phrase[1] - 1]
    return phrase if looks_plural(head) and head.lower_ not in AMOUNT_WORDS | MEASURE_WORDS else None


def appended_change(clause: Clause, figure: Figure) -> Offsets | None:
    """``Een vat Brent staat op 70 dollar, een daling van 0,8 procent`` -> ``Een vat Brent``.

    A change noun after a comma, ``een daling van N procent``, restates the
    change the clause before it reported: its subject (by V2 order) is the
    subject. So does a figure with a comparative: ``In mei was de huur 900
    euro, 5 procent meer dan vorig jaar``.
    """
    doc, start = clause.doc, figure.span.start
    comma = clause.start - 1
    if comma <= clause.sentence[0] or doc[comma].text != ",":
        return None
    if not (_appended_change_noun(clause, start) or _appended_comparative(clause, figure)):
        return None
    opening = next_word(doc, clause.sentence[0])
    phrase = measure_phrase(doc, opening, comma) or phrase_in_subject_position(doc, opening, comma)
    return None if phrase is None else char_offsets(doc, phrase)


def _appended_change_noun(clause: Clause, start: int) -> bool:
    """``..., een daling van 0,8 procent``: a change noun opens the part after the comma."""
    doc, first = clause.doc, clause.first_word
    return doc[first].lower_ == "een" and _change_noun_before(doc, start, first - 1) and start - first <= 5


def _appended_comparative(clause: Clause, figure: Figure) -> bool:
    """``..., 6 procent meer dan een jaar eerder``: the figure opens the part, a comparative follows it."""
    doc, end = clause.doc, figure.span.end
    if figure.span.start - clause.first_word > 2 or end >= len(doc) or doc[end].lower_ not in COMPARATIVES:
        return False
    return all(doc[k].lower_ in QUALIFYING_WORDS for k in range(clause.first_word, figure.span.start))


def measure_expected(clause: Clause, figure: Figure, subject: Offsets | None) -> bool:
    """The clause's subject only expects the change, or is the change: the measure reported is the subject."""
    return expected_change(clause, figure, subject) or change_as_subject(clause, figure, subject)


def expected_change(clause: Clause, figure: Figure, subject: Offsets | None) -> bool:
    """``Economen rekenden op een daling van 0,6 procent``: people expect a change of the measure reported.

    The clause's subject names people (by an ending only people nouns have),
    its verb is one of expecting, and the figure states a change (``een
    daling van``, ``2 procent groei``): the figure is the change of the
    measure the text reports, not of the economists.
    """
    doc, span = clause.doc, figure.span
    if subject is None:
        return False
    head = doc.char_span(subject[0], subject[1], alignment_mode="expand")
    if head is None or not (clearly_people(head[-1]) or head[-1].lower_ in FORECASTERS):
        return False
    if not any(t.lower_.startswith(EXPECTATION_STEMS) for t in doc[clause.start : clause.sentence[1]]):
        return False
    after = next_word(doc, span.end)
    named_after = after < len(doc) and doc[after].lower_ in CHANGE_NOUNS
    return named_after or _change_noun_before(doc, span.start, clause.start)


def change_as_subject(clause: Clause, figure: Figure, subject: Offsets | None) -> bool:
    """``Eerder werd een groei van 1,8 procent gemeld``: the subject is the change itself.

    A change noun with the figure as its ``van`` phrase names no measure; the
    reader takes the measure the text reports.
    """
    if subject is None:
        return False
    doc, span = clause.doc, figure.span
    words = doc.text[subject[0] : subject[1]].lower().split()
    if not words or words[-1] not in CHANGE_NOUNS | {"plus", "min"} or len(words) > 3:
        return False
    k = span.start - 1
    while k > clause.start and doc[k].lower_ in QUALIFYING_WORDS:
        k -= 1
    return k - 1 >= clause.start and doc[k].lower_ == "van" and doc[k - 1].idx + len(doc[k - 1]) == subject[1]


def _people_only(doc: Doc, phrase: tuple[int, int]) -> bool:
    """``Economen``, ``De analisten``: a group of people, with no measure noun in the phrase."""
    tokens = doc[phrase[0] : phrase[1]]
    people = names_people_or_organisations(tokens[-1]) or tokens[-1].lower_ in FORECASTERS
    return people and not any(is_measure_noun(t) for t in tokens)


def _restating_pronoun_change(doc: Doc, first: int, start: int) -> bool:
    """``Het gaat om een afname van 9 procent``: a pronoun, its verb, a change noun."""
    if doc[first].lower_ not in RESTATING_PRONOUNS or not is_finite_verb(doc[first + 1]):
        return False
    return _change_noun_before(doc, start, first)


def _light_verb_change(clause: Clause, figure: Figure) -> bool:
    """``Er was sprake van een afname van 9 procent``, ``... sprake van 3 procent groei``: a change restated.

    ``sprake zijn van`` ("there is") has no subject that the change is of; a
    fronted group (``Bij de export is sprake van ...``) is left to the rule
    for fronted groups.
    """
    doc, span = clause.doc, figure.span
    cue = next(
        (k for k in range(span.start - 1, clause.start, -1) if doc[k].lower_ in LIGHT_VERB_NOUNS), None
    )
    if cue is None or doc[cue + 1].lower_ != "van" or clause.fronted is not None:
        return False
    after = next_word(doc, span.end)
    named_after = after < len(doc) and doc[after].lower_ in CHANGE_NOUNS  # "3 procent groei"
    return named_after or _change_noun_before(doc, span.start, cue + 1) or span.start == cue + 2


def _change_noun_before(doc: Doc, start: int, floor: int) -> bool:
    """``een groei van 4 procent``, ``een daling van ruim 3 procent``."""
    k = start - 1
    while k > floor and doc[k].lower_ in QUALIFYING_WORDS:
        k -= 1
    return k - 1 > floor and doc[k].lower_ == "van" and doc[k - 1].lower_.endswith(CHANGE_NOUN_ENDINGS)


def _opening_subject(doc: Doc, first: int, end: int) -> tuple[int, int] | None:
    """The measure or determiner-led phrase that opens a sentence, before its first verb."""
    verbs = [k for k in range(first + 1, end) if doc[k].pos_ in ("VERB", "AUX")]
    finite = [k for k in verbs if is_finite_verb(doc[k])]  # not "betalende" in "Het aantal betalende klanten"
    if not verbs:
        return None
    verb = (finite or verbs)[0]
    return measure_phrase(doc, first, verb) or subject_like_phrase(doc, first, verb)
