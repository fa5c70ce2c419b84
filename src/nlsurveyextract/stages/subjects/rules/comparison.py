"""Two figures set against each other, each stated for its side of a comparison.

``Huurders hebben vaker een achterstand dan kopers (11% versus 4%)`` gives
the first figure to the clause's subject and the second to what follows
``dan``. Dutch compares so with ``dan`` after a comparative, with ``als``
after ``zoveel``/``even`` (``twee keer zoveel ouderen als jongeren ...: 18
tegen 9 procent``), and with ``vergeleken met``/``in vergelijking met``/``ten
opzichte van`` (``kopers met een lening vergeleken met kopers zonder lening
(14% versus 9%)``). The pair stands in brackets or after a colon, linked by
``tegen``, ``tegenover`` or ``versus`` (also after a comma: ``dan vaders, 58
tegen 41 procent``); the first figure is the first side's. The figures may
also stand each after its side: ``vaker een krant (18 procent) dan ouderen
(47 procent)``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ....lexicon.grammar import (
    COMPARED_MARKERS,
    CONTRASTING_LINKS,
    EQUATIVE_WORDS,
    GROUP_PREPOSITIONS,
    RESTRICTING_PREPOSITIONS,
)
from ....text import clauses
from ....text.docview import Offsets, char_offsets
from ....text.phrases import (
    MAX_NOUN_PHRASE,
    next_word,
    noun_phrase_after,
    noun_phrase_before,
    phrase_of_head,
    restricted,
)
from ....text.tokens import is_finite_verb, is_group_head
from .apposition import apposition, relative_clause_item

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan

    from ....text.clauses import Clause, Figure

Phrase = tuple[int, int] | None
Sides = tuple[Phrase, Phrase]


def comparison(clause: Clause, figure: Figure) -> Offsets | None:
    """``Vrouwen sporten vaker dan mannen (48 procent tegenover 31 procent)`` -> ``mannen`` for 31."""
    pair = _contrasted_pair(clause, figure.span)
    if pair is None:
        return _split_comparison(clause, figure)
    first, position = pair
    anchor = _pair_opening(clause.doc, first)
    if anchor is None:
        return None
    sides = _sides(clause, anchor)
    side = sides[position] if sides != (None, None) else _against_own_group(clause, first, position, anchor)
    return None if side is None else char_offsets(clause.doc, side)


def _against_own_group(clause: Clause, first: SpacySpan, position: int, anchor: int) -> Phrase:
    """``Vrouwen zorgen vaker: 46 procent tegen 30 procent van de mannen`` -> ``Vrouwen`` for 46.

    Without ``dan`` the second figure names its own group with ``van``; the
    first is the share of the clause's subject.
    """
    doc = clause.doc
    later = [f for f in clause.figures if f.start > first.start]
    if position != 0 or not later or later[0].end >= len(doc) or doc[later[0].end].lower_ != "van":
        return None
    start = clauses.clause_start(doc, doc[anchor : anchor + 1])
    return _clause_opening(clause, start, anchor)


def _contrasted_pair(clause: Clause, span: SpacySpan) -> tuple[SpacySpan, int] | None:
    """The first figure of the pair ``span`` stands in, and ``span``'s place in it (0 or 1)."""
    figures = list(clause.figures)
    index = next((i for i, f in enumerate(figures) if f.start == span.start), None)
    if index is None:
        return None
    if index + 1 < len(figures) and _linked(clause.doc, span, figures[index + 1]):
        return span, 0
    if index > 0 and _linked(clause.doc, figures[index - 1], span):
        return figures[index - 1], 1
    return None


def _linked(doc: Doc, first: SpacySpan, second: SpacySpan) -> bool:
    """``18 tegen 9 procent``, ``14%, versus 9%``: a contrasting word (after a comma) between two figures."""
    between = [t.lower_ for t in doc[first.end : second.start] if not t.is_space]
    return len(between) in (1, 2) and between[-1] in CONTRASTING_LINKS and between[:-1] in ([], [","])


def _pair_opening(doc: Doc, first: SpacySpan) -> int | None:
    """The bracket or colon that opens the pair: what stands before it is compared."""
    k = first.start - 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    return k if k > 0 and doc[k].text in ("(", ":", ",") else None


def _split_comparison(clause: Clause, figure: Figure) -> Offsets | None:
    """``Jongeren lezen minder vaak een krant (18 procent) dan ouderen (47 procent)``: each side its figure.

    The first figure stands in brackets right before ``dan``, the second in
    brackets after the compared phrase; the first is the first side's.
    """
    doc, span = clause.doc, figure.span
    opening, closing = span.start - 1, span.end
    if opening < 1 or closing >= len(doc) or doc[opening].text != "(" or doc[closing].text != ")":
        return None
    marker = _marker_at(doc, next_word(doc, closing + 1))
    later = [f for f in clause.figures if f.start > closing]
    if marker is None or not later or doc[later[0].start - 1].text != "(":
        return _split_second_side(clause, figure, opening)
    second = _second_side(doc, marker, later[0].start - 1)
    if second is None:
        return None
    side = _same_preposition_side(doc, opening, marker)
    side = side or _first_side(clause, clauses.clause_start(doc, span), opening, second)
    return None if side is None else char_offsets(doc, side)


def _same_preposition_side(doc: Doc, opening: int, marker: int) -> tuple[int, int] | None:
    """``vaker griep bij kinderen (18%) dan bij ouderen (9%)``: both sides after one preposition."""
    if marker >= len(doc) or doc[marker].pos_ != "ADP":
        return None
    phrase = noun_phrase_before(doc, opening)
    if phrase is None or phrase[0] < 1 or doc[phrase[0] - 1].lower_ != doc[marker].lower_:
        return None
    return phrase


def _split_second_side(clause: Clause, figure: Figure, opening: int) -> Offsets | None:
    """``... (18 procent) dan ouderen (47 procent)`` -> ``ouderen``: the phrase after the marker.

    Where the bracketed item reads the phrase whole (``mensen zonder (vaste)
    baan``), the item is taken.
    """
    doc = clause.doc
    closed = {f.end for f in clause.figures if f.end < opening}
    for k in range(opening - 1, max(clause.start, opening - MAX_NOUN_PHRASE) - 1, -1):
        marker = _marker_at(doc, k)
        if marker is not None:
            side = _second_side(doc, marker, opening)
            if side is None:
                return None
            if k - 1 in closed and doc[k - 1].text == ")":
                return _as_item(clause, figure, char_offsets(doc, side))
            return _narrowed_item(clause, figure, side)
    return None


def _narrowed_item(clause: Clause, figure: Figure, side: tuple[int, int]) -> Offsets | None:
    """``vaker dan kinderen met een beperking (41 procent)`` -> the compared group, with what narrows it.

    One bracketed figure after the compared side is that side's; the rule
    answers only where the bracketed item would take the narrowing phrase
    alone (not ``langer dan twee uur (29 procent)``: an amount, no group).
    """
    doc = clause.doc
    item = apposition(clause, figure)
    item_span = None if item is None else doc.char_span(*item, alignment_mode="expand")
    if item_span is None or not side[0] < item_span.start < side[1]:
        return None
    preposition = next((t.i for t in doc[side[0] : item_span.start] if t.lower_ in GROUP_PREPOSITIONS), None)
    if preposition is None or preposition == side[0] or not is_group_head(doc[preposition - 1]):
        return None
    return char_offsets(doc, side)


def _as_item(clause: Clause, figure: Figure, side: Offsets) -> Offsets:
    """The bracketed item when it starts where the compared side starts: it reads the phrase whole."""
    item = apposition(clause, figure)
    return item if item is not None and item[0] == side[0] else side


def _marker_at(doc: Doc, k: int) -> int | None:
    """The token after a comparison marker (``dan``, ``vergeleken met``) that starts at ``k``."""
    for words in COMPARED_MARKERS:
        if tuple(t.lower_ for t in doc[k : k + len(words)]) == words:
            return k + len(words)
    return None


def _sides(clause: Clause, anchor: int) -> Sides:
    """The two compared phrases of the clause before ``anchor``; either may be unknown.

    After ``dan onder ouderen`` the first side is the clause's own ``onder`` group.
    """
    doc = clause.doc
    first = _compared_clause_start(clause, anchor)
    marker = _marker(doc, first, anchor)
    if marker is None:
        return None, None
    start, end = marker
    second = _second_side(doc, end, anchor)
    equative = _equative_group(doc, first, start) if doc[start].lower_ == "als" else None
    if equative is not None:
        return equative, second
    if end < anchor and doc[end].pos_ == "ADP":
        fronted = clauses.fronted_phrase(doc, first, start)
        return fronted or clauses.group_phrase_in_clause(doc, first, start), second
    return _first_side(clause, first, start, second), second


def _compared_clause_start(clause: Clause, anchor: int) -> int:
    """Where the clause before ``anchor`` starts, over commas of a list without a verb of its own.

    ``zoveel vrouwen als mannen is gepest, gestalkt of bedreigd: 7 tegen 3
    procent``: the participles listed after commas belong to the clause.
    """
    doc = clause.doc
    first = clauses.clause_start(doc, doc[anchor : anchor + 1])
    while (
        first > clause.sentence[0] + 1
        and doc[first - 1].text == ","
        and not clause.has_finite_verb(first, anchor)
    ):
        first = clauses.clause_start(doc, doc[first - 1 : first])
    return first


def _marker(doc: Doc, first: int, anchor: int) -> tuple[int, int] | None:
    """Token range of the last ``dan``, ``als`` or ``vergeleken met`` before the pair."""
    for k in range(anchor - 1, first - 1, -1):
        for words in COMPARED_MARKERS:
            if tuple(t.lower_ for t in doc[k : k + len(words)]) == words:
                return k, k + len(words)
    return None


def _second_side(doc: Doc, after: int, anchor: int) -> tuple[int, int] | None:
    """``kopers zonder lening``, ``onder ouderen``, ``jongens die geen gel gebruiken``: the other side."""
    k = after + 1 if after + 1 < anchor and doc[after].pos_ == "ADP" else after  # "dan onder ouderen"
    phrase = noun_phrase_after(doc, k)
    if phrase is None or phrase[1] > anchor:
        return None
    relative = relative_clause_item(doc, anchor)
    if relative is not None and relative[0] == phrase[0]:
        return relative
    if doc[anchor].text == "(" and _narrowed_up_to(doc, phrase[1], anchor):
        return phrase[0], anchor  # "dan leerlingen op het vwo (...)"
    return restricted(doc, phrase)


def _narrowed_up_to(doc: Doc, end: int, limit: int) -> bool:
    """Whether a prepositional phrase that narrows a group runs from ``end`` exactly to ``limit``."""
    if end + 1 >= limit or doc[end].lower_ not in GROUP_PREPOSITIONS:
        return False
    narrowing = noun_phrase_after(doc, end + 1)
    return narrowing is not None and narrowing[1] == limit


def _equative_group(doc: Doc, first: int, als: int) -> tuple[int, int] | None:
    """``twee keer zoveel ouderen als jongeren`` -> ``ouderen``: the group right after ``zoveel``."""
    for k in range(als - 1, max(first, als - MAX_NOUN_PHRASE) - 1, -1):
        if doc[k].lower_ in EQUATIVE_WORDS:
            j = next_word(doc, k + 1)
            j += j + 1 < als and doc[j].lower_ in ("veel", "vaak")  # "even veel vrouwen als mannen"
            phrase = noun_phrase_after(doc, j)
            return phrase if phrase is not None and phrase[1] == als else None
    return None


def _first_side(
    clause: Clause, first: int, marker: int, second: tuple[int, int] | None
) -> tuple[int, int] | None:
    """The clause's subject; before ``vergeleken met`` a phrase with the same head as the other side.

    ``Hetzelfde geldt voor meisjes met een bril vergeleken met meisjes zonder
    bril``: the two sides name one noun, so the first is the phrase before the marker.
    """
    doc = clause.doc
    before = relative_clause_item(doc, marker) or _widened(doc, noun_phrase_before(doc, marker))
    if before is not None and second is not None and _same_head(doc, before, second):
        return before
    return _clause_opening(clause, first, marker)


def _widened(doc: Doc, phrase: tuple[int, int] | None) -> tuple[int, int] | None:
    """``kopers met een lening``: the noun phrase before the marker, with the noun its phrase restricts."""
    if phrase is None or phrase[0] < 2 or doc[phrase[0] - 1].lower_ not in RESTRICTING_PREPOSITIONS:
        return phrase
    head = noun_phrase_before(doc, phrase[0] - 1)
    return phrase if head is None else (head[0], phrase[1])


def _same_head(doc: Doc, one: tuple[int, int], other: tuple[int, int]) -> bool:
    """Both phrases name the same noun first: ``meisjes die ...`` and ``meisjes die geen ...``."""
    words = [next((t.lower_ for t in doc[a:b] if t.pos_ in ("NOUN", "PROPN")), None) for a, b in (one, other)]
    return words[0] is not None and words[0] == words[1]


def _clause_opening(clause: Clause, first: int, limit: int) -> tuple[int, int] | None:
    """The subject by V2 order; a clause after a comma may have it before the comma.

    ``Jongens die gamen, slapen slechter dan ...``: a sentence that opens with a
    noun and its relative clause, closed by a comma, opens with its subject.
    """
    doc = clause.doc
    sentence_first = next_word(doc, clause.sentence[0])
    if first > sentence_first and doc[first - 1].text == ",":
        relative = relative_clause_item(doc, first - 1)
        if relative is not None and relative[0] == sentence_first:
            return relative
    opening = next_word(doc, first)
    phrase = first_constituent(doc, opening, limit) or clauses.phrase_in_subject_position(doc, first, limit)
    if phrase is None and clause.parsed:  # "Huurders in de stad sparen ...": the verb read as a noun
        subject = next(
            (t for t in doc[first:limit] if t.dep_ in clauses.SUBJECT_DEPS and is_group_head(t)), None
        )
        phrase = None if subject is None else phrase_of_head(subject)
    return phrase


def first_constituent(doc: Doc, opening: int, limit: int) -> tuple[int, int] | None:
    """``Leerlingen op het vmbo sporten ...``: a noun phrase and its modifiers before the finite verb (V2).

    An adverb or ``veel`` that opens the clause is no part of the group (``Ook
    kinderen ...``, ``Veel leraren ...``).
    """
    while opening < limit and (doc[opening].pos_ == "ADV" or doc[opening].lower_ in ("veel", "vele")):
        opening += 1
    phrase = noun_phrase_after(doc, opening)
    verb = next((k for k in range(opening, limit) if is_finite_verb(doc[k])), None)
    if phrase is None or verb is None or phrase[1] > verb or verb - opening > MAX_NOUN_PHRASE:
        return None
    if any(t.is_punct for t in doc[phrase[1] : verb]):
        return None
    return (phrase[0], verb) if phrase[1] == verb or _narrowed_up_to(doc, phrase[1], verb) else None
