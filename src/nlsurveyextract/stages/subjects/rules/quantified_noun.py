"""The group right after or inside the quantity: ``Zes op de tien telers``, ``De meeste tuinders (60%)``.

A ratio, a fraction word or a vague quantity takes its group as a plain
noun: no ``van``, no determiner. A figure before a bare singular is a
measure instead (``25 procent korting``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ....lexicon.grammar import DETERMINERS, LIGHT_VERB_NOUNS
from ....lexicon.numbers import parse_number
from ....lexicon.quantities import MEASURE_WORDS
from ....text import tokens as words
from ....text.clauses import first_form_end
from ....text.docview import Offsets, char_offsets
from ....text.phrases import next_word, noun_phrase_after, phrase_start
from ..antecedents import is_heading

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

    from ....text.clauses import Clause, Figure


def quantified_noun(clause: Clause, figure: Figure) -> Offsets | None:
    """``Zes op de tien telers``, ``De meeste tuinders (60%)`` -> the noun.

    The noun may stand inside the first wording of the claim or right after
    the expression. A figure followed by a bare noun is a measure (``30
    procent korting``), so figures and words only take a following plural.
    """
    inside = _group_inside_claim(clause.doc, figure.span)
    return inside if inside is not None else _group_after_claim(clause, figure)


def _group_inside_claim(doc: Doc, span: SpacySpan) -> Offsets | None:
    """``tuinders`` in ``De meeste tuinders (60%)``: a group noun after the quantity, inside the claim."""
    inside = []
    quantity_seen = False
    for token in doc[span.start : first_form_end(span)]:
        if _names_a_group_inside(token, quantity_seen):
            inside.append(token.i)
        quantity_seen = quantity_seen or words.is_quantity(token)
    if not inside:
        return None
    head = inside[0]
    start = max(phrase_start(doc, head, head + 1), _after_quantity(doc, span.start, head))
    return char_offsets(doc, (start, head + 1))


def _group_after_claim(clause: Clause, figure: Figure) -> Offsets | None:
    """``telers`` in ``Zes op de tien telers``: a plural for people right after the claim."""
    doc, span, expression = clause.doc, figure.span, figure.expression
    after = next_word(doc, span.end)
    if after >= len(doc) or doc[after].lower_ in DETERMINERS:
        return None
    if doc[after].lower_ in ("meer", "minder"):
        return _compared_count(clause, figure, after + 1)
    phrase = noun_phrase_after(doc, after, determiner=False)
    if phrase is None:
        return None
    head_token = doc[phrase[1] - 1]
    headline_fraction = expression.form == "fraction" and _headline_partitive(doc, span)
    plural = "Plur" in words.morph(head_token, "Number")
    if not (headline_fraction or _names_people(head_token, plural, expression.form == "ratio")):
        return None  # "6 op de 10 denken ...": the word after the figure is its verb
    if expression.form in ("figure", "words", "fraction") and not plural and not headline_fraction:
        return None
    return char_offsets(doc, phrase)


def _compared_count(clause: Clause, figure: Figure, first: int) -> Offsets | None:
    """``Er werden 12 procent minder huizen verkocht``: the noun counted, when it is the clause's subject.

    With ``er``, or with the figure first in its clause or right after the
    finite verb of a clause that opens with an adverbial (``In mei kwamen
    9 procent meer toeristen``, ``Onrust in de bouw: 20 procent minder
    aanvragen``), the figure and the noun after ``meer``/``minder`` are the
    clause's subject: a count or amount of that noun; so they are after
    ``sprake van`` or ``gaat het om`` (``In Drenthe is sprake van 15 procent
    minder inschrijvingen``), which name no subject of their own. Elsewhere (``De bieb
    trok 8 procent meer bezoekers``) the count is an object and the clause's
    subject is what the figure is stated for.
    """
    doc = clause.doc
    phrase = noun_phrase_after(doc, first, determiner=False)
    if phrase is None or not _count_in_subject_position(clause, figure.span.start):
        return None
    head = doc[phrase[1] - 1]
    noun = words.is_noun(head) or words.looks_plural(head)  # "aanvragen" is often read as a verb
    if not noun or head.lower_ in MEASURE_WORDS or head.pos_ == "PROPN":
        return None
    return char_offsets(doc, phrase)


def _count_in_subject_position(clause: Clause, figure_start: int) -> bool:
    """Whether nothing before the figure in its clause can be its subject (see :func:`_compared_count`)."""
    doc, first = clause.doc, clause.first_word
    before = doc[first:figure_start]
    if any(token.lower_ == "er" for token in before) or first >= figure_start:
        return True
    if _after_light_verb(doc, figure_start):
        return True
    k = figure_start - 1
    while k > first and (doc[k].pos_ == "ADV" or doc[k].is_space or doc[k].lower_ == "zich"):
        k -= 1  # "In mei kwamen bijvoorbeeld 9 procent meer toeristen", "meldden zich 20 procent meer ..."
    verb = doc[k]
    # "Van hen wil 75 procent meer ...", "In de zorg wil 38 procent minder ...": a fronted group
    fronted = doc[first].lower_ in ("van", "onder", "bij") or clause.fronted is not None
    adverbial = doc[first].pos_ in ("ADP", "ADV", "SCONJ") or _opens_with_time(doc, first, figure_start)
    opening = adverbial and not fronted
    finite_verbs = [token for token in before if words.is_finite_verb(token)]
    return words.is_finite_verb(verb) and opening and finite_verbs == [verb]


def _after_light_verb(doc: Doc, figure_start: int) -> bool:
    """``sprake van 15 procent minder ...``, ``gaat het om 15 procent meer ...``."""
    if figure_start < 2:
        return False
    before, linked = doc[figure_start - 2].lower_, doc[figure_start - 1].lower_
    return (before in LIGHT_VERB_NOUNS and linked == "van") or (before == "het" and linked == "om")


def _opens_with_time(doc: Doc, first: int, limit: int) -> bool:
    """``Vorig jaar``, ``Donderdag``: a time that opens a clause before its verb."""
    return any(words.says_when(token) for token in doc[first : min(first + 2, limit)])


def _headline_partitive(doc: Doc, span: SpacySpan) -> bool:
    """``Helft personeel wil thuiswerken``: a headline's fraction without an article, before a singular.

    Only a heading drops the articles of ``de helft van het personeel``; in a
    sentence a fraction has its article (``Ruim een derde wacht nog``) and the
    singular after it is the verb.
    """
    if any(token.lower_ in DETERMINERS for token in span):
        return False
    line_start = doc.text.rfind("\n", 0, span.start_char) + 1
    line_end = doc.text.find("\n", span.end_char)
    return is_heading(doc.text[line_start : len(doc.text) if line_end < 0 else line_end])


def _names_people(head: Token, plural: bool, ratio: bool) -> bool:
    """Whether the noun after a claim names people: by its ending, its tag, or as a nominalised word."""
    nominalized = words.is_nominalized(head) and (head.pos_ == "ADJ" or words.is_participle(head))
    tagged_people = (
        head.pos_ == "NOUN" and plural and (words.names_people_or_organisations(head) or ratio)
    )  # "een op de acht volwassenen": a ratio counts people, whatever their ending
    also_verb = words.verb_form_as_people(head)  # "1 op de 10 stellen": the noun, not the verb
    return words.clearly_people(head) or nominalized or tagged_people or also_verb or head.pos_ == "PROPN"


def _names_a_group_inside(token: Token, quantity_seen: bool) -> bool:
    """A word inside a claim that names its group: ``tuinders`` in ``De meeste tuinders (60%)``.

    It must follow the quantity; qualifiers and number words in the claim
    (``Zo’n``, ``Eén``, ``8%``) do not name a group.
    """
    followed_by_quantity = token.i + 1 < len(token.doc) and words.is_quantity(token.nbor(1))
    return (
        quantity_seen
        and words.is_group_head(token)
        and not words.is_quantity(token)
        and not followed_by_quantity
    )


def _after_quantity(doc: Doc, start: int, head: int) -> int:
    """The first token after the quantity words before ``head`` (``Zeven op de tien``)."""
    position = start
    for k in range(start, head):
        if doc[k].like_num or parse_number(doc[k].text) is not None or doc[k].lower_ in DETERMINERS:
            position = k + 1
    return position
