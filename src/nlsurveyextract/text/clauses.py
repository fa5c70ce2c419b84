"""The clause a figure stands in, read once: where it starts, what is fronted, what follows a colon.

A Dutch main clause puts one phrase before its finite verb (V2) and its
subject either there or right after the verb: ``De huren stegen met 4
procent``, ``In 2020 stegen de huren met 4 procent``. A phrase fronted with
a preposition (``Onder studenten is 40 procent ...``) holds no subject but
may name the group; a clause closed by figures after a colon (``Het meest
tevreden zijn de tuinders: 81 procent``) states the share of the group
before the colon. The subject rules ask these questions of every figure;
:class:`Clause` answers them once per figure, from the parse where it is
right and from word order where it is not.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from ..lexicon.grammar import (
    DETERMINERS,
    EXCLUDING_WORDS,
    FRONTING_PREPOSITIONS,
    MEASURE_NOUNS,
    SHARE_NOUNS,
    SUBORDINATORS,
    TAIL_LINKS,
)
from .docview import (
    Offsets,
    char_offsets,
    expressions_between,
    in_expression,
    sentence_bounds,
    sentence_parsed,
    window_start,
)
from .phrases import extends_phrase, next_word, noun_phrase_after, past_descriptor, phrase_of_head, restricted
from .prefield import prefield
from .time_phrases import dates_a_tail_figure, fronted_time_end
from .tokens import (
    capitalised,
    describes_a_company,
    fronted_superlative,
    is_finite_verb,
    is_group_head,
    looks_plural,
    misread_after_article,
    morph,
    names_people_or_organisations,
    never_subject,
    says_when,
    states_figure,
)
from .word_order import capitalised_run, name_before_verb

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

    from ..stages.percentages import PercentExpression

SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass"})
MAX_TAIL_TOKENS = 30
"""Tokens a tail of figures after a colon may run to (``: 86 en 87 procent``)."""


@dataclass(frozen=True)
class Figure:
    """One percentage claim: the tokens that cover it and what the finder read in it."""

    span: SpacySpan
    expression: PercentExpression

    @classmethod
    def of(cls, doc: Doc, expression: PercentExpression) -> Figure:
        """The figure of an expression, over the tokens that cover it."""
        return cls(expression_tokens(doc, expression), expression)


@dataclass(frozen=True)
class Clause:
    """The clause around one figure, as the subject rules read it."""

    doc: Doc
    figure: SpacySpan
    start: int
    """Token index where the clause starts: after the last , ; : of the sentence before the figure."""
    window: int
    """The first token the rules read: the sentence start, or a bounded stretch back."""
    sentence: tuple[int, int]
    parsed: bool
    """Whether the figure's sentence has a dependency parse; rules that need one give way without it."""

    @classmethod
    def of(cls, figure: SpacySpan) -> Clause:
        """Read the clause of ``figure`` once."""
        doc = figure.doc
        sentence = sentence_bounds(doc, figure.start)
        return cls(
            doc,
            figure,
            clause_start(doc, figure),
            window_start(doc, figure.start),
            sentence,
            sentence_parsed(doc, figure.start),
        )

    @cached_property
    def colon(self) -> int | None:
        """The colon before a tail of figures that closes the sentence, if the figure stands in one."""
        return colon_before_tail(self.doc, self.figure)

    @cached_property
    def first_word(self) -> int:
        """The first word of the clause."""
        return next_word(self.doc, self.start)

    @cached_property
    def subject_position(self) -> tuple[int, int] | None:
        """The noun phrase first in the clause, or right after its finite verb (V2 order)."""
        return phrase_in_subject_position(self.doc, self.start, self.figure.start)

    @cached_property
    def fronted(self) -> tuple[int, int] | None:
        """The group of a fronted ``van``/``onder``/``bij``/``in``/``voor`` phrase before the figure."""
        return fronted_phrase(self.doc, self.start, self.figure.start)

    @cached_property
    def group_inside(self) -> tuple[int, int] | None:
        """The first ``bij``/``onder`` group of people in the clause before the figure."""
        return group_phrase_in_clause(self.doc, self.start, self.figure.start)

    @cached_property
    def before_colon(self) -> tuple[int, int] | None:
        """Token range of the clause before the colon of a tail of figures (``de tuinders: 81 procent``)."""
        if self.colon is None:
            return None
        return clause_start(self.doc, self.doc[self.colon : self.colon + 1]), self.colon

    @cached_property
    def opens_subordinate(self) -> bool:
        """The figure stands right after ``dat``/``omdat``/...: the subject of that subordinate clause.

        A Dutch subordinate clause puts its subject first and its verb last: in ``blijkt
        dat 18 procent de trein vaker mist`` the noun between is an object, whatever the parse says.
        """
        k = self.figure.start - 1
        while k >= self.start and self.doc[k].is_space:
            k -= 1
        return k >= self.start and self.doc[k].lower_ in SUBORDINATORS and self.doc[k].pos_ == "SCONJ"

    @cached_property
    def figures(self) -> tuple[SpacySpan, ...]:
        """The percentage spans that start in the figure's sentence, in text order."""
        return tuple(expressions_between(self.doc, *self.sentence))

    def has_finite_verb(self, start: int, end: int) -> bool:
        """Whether a finite verb stands in ``doc[start:end]``."""
        return any(is_finite_verb(t) for t in self.doc[start:end])


def clause_of(figure: Figure) -> Clause:
    """The clause a figure stands in."""
    return Clause.of(figure.span)


def expression_tokens(doc: Doc, expression: PercentExpression) -> SpacySpan:
    """The tokens that cover an expression (expanded to token boundaries)."""
    span = doc.char_span(expression.start, expression.end, alignment_mode="expand")
    if span is None:  # only when offsets fall outside the text
        raise ValueError(f"expression {expression.start}:{expression.end} is outside the text")
    return span


def first_form_end(span: SpacySpan) -> int:
    """Token index where the first wording of a claim ends: before ``(49 procent)``."""
    for token in span[1:]:
        if token.text in "(,":
            return token.i
    return span.end


def clause_start(doc: Doc, span: SpacySpan) -> int:
    """Token index where the clause of ``span`` starts: after the last , ; : in its sentence."""
    floor = window_start(doc, span.start)
    for k in range(span.start - 1, floor - 1, -1):
        if doc[k].text in (",", ";", ":"):
            return k + 1
    return floor


def colon_before_tail(doc: Doc, span: SpacySpan) -> int | None:
    """The colon before a tail of figures that closes the sentence (``: 86 en 87 procent.``)."""
    sentence_start, sentence_end = sentence_bounds(doc, span.start)

    def in_tail(token: Token) -> bool:
        return (
            token.is_space
            or (token.is_punct and token.text != ":")
            or token.lower_ in TAIL_LINKS
            or in_expression(token)
            or dates_a_tail_figure(token)
        )

    k = span.start - 1
    floor = max(sentence_start, span.start - MAX_TAIL_TOKENS)
    while k > floor and doc[k].text != ":" and in_tail(doc[k]):
        k -= 1
    if k <= sentence_start or doc[k].text != ":":
        return None
    rest = doc[span.end : min(sentence_end, span.end + MAX_TAIL_TOKENS + 1)]
    return k if len(rest) <= MAX_TAIL_TOKENS and all(in_tail(token) for token in rest) else None


def compared_phrase(doc: Doc, first: int, limit: int) -> tuple[int, int] | None:
    """The phrase after ``dan`` in a comparison: ``vaker ... dan kinderen uit een rijk gezin``."""
    for k in range(limit - 2, first - 1, -1):
        if doc[k].lower_ == "dan":
            j = k + 2 if k + 2 < limit and doc[k + 1].pos_ == "ADP" else k + 1  # "dan bij particuliere huur"
            phrase = noun_phrase_after(doc, j)
            return phrase if phrase is not None and phrase[1] <= limit else None
    return None


def phrase_in_subject_position(doc: Doc, first: int, limit: int) -> tuple[int, int] | None:
    """The noun phrase first in a main clause, or right after its finite verb (V2 order)."""
    first = next_word(doc, first)
    if first + 2 < limit and fronted_superlative(doc[first + 1]):
        return subject_like_phrase(doc, next_word(doc, first + 3), limit)  # "Het best scoorde de ..."
    time_verb = fronted_time_end(doc, first, limit)
    phrase = subject_like_phrase(doc, first, limit) if time_verb is None else None
    fronted = first < limit and (doc[first].pos_ in ("ADP", "ADV", "DET") or says_when(doc[first]))
    if phrase is None and (fronted or time_verb is not None):  # "In maart ...", "Vorig jaar steeg ..."
        verb = time_verb or next(
            (k for k in range(first, limit) if is_finite_verb(doc[k]) or states_figure(doc[k])), None
        )
        phrase = None if verb is None else _after_verb(doc, next_word(doc, verb + 1), limit)
    return phrase or name_before_verb(doc, first, limit)


def _after_verb(doc: Doc, k: int, limit: int) -> tuple[int, int] | None:
    """The subject right after the finite verb: a phrase, or a name however tagged (``steeg Fugro``)."""
    phrase = subject_like_phrase(doc, k, limit)
    if phrase is None and k < limit and capitalised(doc[k]) and not doc[k].is_sent_start:
        end = capitalised_run(doc, k, limit)
        phrase = None if end is None else (k, end)
    if phrase is None and k < limit and doc[k].pos_ == "NOUN" and looks_plural(doc[k]):
        bare = noun_phrase_after(doc, k, determiner=False)  # "werden voedingsmiddelen 4 procent duurder"
        phrase = bare if bare is not None and bare[1] <= limit else None
    return phrase


def subject_like_phrase(
    doc: Doc, first: int, limit: int, *, names_capitalised: bool = False
) -> tuple[int, int] | None:
    """A determiner-led or named noun phrase at ``first`` that ends before ``limit``.

    ``names_capitalised``: inside a sentence a capital marks a name whatever
    its tag (``en Opel met 4 procent``).
    """
    if first + 1 < limit and fronted_superlative(doc[first + 1]):
        return None  # "Het minst tevreden waren ...": an adverbial and a verb
    phrase = noun_phrase_after(doc, first) if first < limit else None
    if phrase is None and first + 1 < limit and doc[first].lower_ in DETERMINERS:
        phrase = share_phrase(doc[first + 1])
    if phrase is None or phrase[1] > limit or any(in_expression(t) for t in doc[phrase[0] : phrase[1]]):
        return None
    opener, head = doc[phrase[0]], doc[phrase[1] - 1]
    verb_read_as_noun = bool(morph(head, "VerbForm")) and not misread_after_article(head)
    named = opener.pos_ == "PROPN" or (names_capitalised and capitalised(opener))
    named = named or describes_a_company(opener)  # "en bank ING sloot ..."
    if verb_read_as_noun or not (opener.lower_ in DETERMINERS or named) or never_subject(opener, head):
        return None  # "Het vaakst klaagden ...": a verb the tagger read as a noun
    return past_descriptor(doc, phrase)


def subject_child(token: Token, span: SpacySpan, *, before_only: bool) -> Offsets | None:
    """A nominal subject of ``token`` outside the expression.

    When the parse also calls the figure a subject (``Slechts elf procent
    heeft een noodplan ...``), only a subject before the figure is believed
    (``Het goud eindigde 0,9% hoger``): Dutch puts the subject first or right
    after the finite verb.
    """
    for child in token.children:
        if child.dep_ not in SUBJECT_DEPS or in_expression(child) or never_subject(child):
            continue
        if before_only and child.i > span.start:
            continue
        if inside_fronted_phrase(child, span):
            continue
        if is_group_head(child):
            return char_offsets(child.doc, past_descriptor(child.doc, phrase_of_head(child)))
        shared = share_phrase(child)
        if shared is not None:
            return char_offsets(child.doc, shared)
        if child.lower_ in MEASURE_NOUNS and child.lower_ not in SHARE_NOUNS and child.n_rights > 0:
            return char_offsets(child.doc, phrase_of_head(child))  # "Het aantal infecties met malware is ..."
    return None


def share_phrase(token: Token) -> tuple[int, int] | None:
    """``het aandeel te zware kinderen``: a share noun, only with the group it names.

    The group follows the share noun, bare or after ``van``, whether or not
    the parse hung it there.
    """
    if token.lower_ not in SHARE_NOUNS:
        return None
    doc = token.doc
    start = phrase_of_head(token)[0]
    bare_nouns = [c.right_edge.i + 1 for c in token.rights if c.dep_ == "nmod" and extends_phrase(c, False)]
    k = token.i + 1
    if k < len(doc) and doc[k].lower_ == "van":
        k += 1
    group = noun_phrase_after(doc, k)
    if group is not None and not any(in_expression(t) for t in doc[group[0] : group[1]]):
        bare_nouns.append(group[1])
    return (start, max(bare_nouns)) if bare_nouns else None  # "dat percentage" alone names no group


def inside_fronted_phrase(token: Token, span: SpacySpan) -> bool:
    """``In de bouw en de techniek wil 48 procent ...``: no subject there.

    A Dutch main clause has one phrase before its finite verb; when that
    phrase opens with a preposition, a noun inside it is the preposition's
    object, whatever the parse says.
    """
    doc = token.doc
    first = next_word(doc, clause_start(doc, span))
    while first < token.i and doc[first].pos_ == "ADV":
        first += 1
    if first >= token.i or doc[first].pos_ != "ADP":
        return False
    return not any(is_finite_verb(doc[k]) for k in range(first, token.i))


def word_before_finite_verb(doc: Doc, k: int, limit: int) -> tuple[int, int] | None:
    """``Bij zeilclubs liep het ...``: a plural the tagger missed, known by Dutch word order.

    A main clause puts its finite verb second, so one word between a fronted
    preposition and that verb completes the phrase.
    """
    if k + 1 >= limit or doc[k + 1].pos_ not in ("VERB", "AUX"):
        return None
    word = doc[k]
    return (k, k + 1) if word.is_alpha and word.is_lower and len(word) >= 5 and looks_plural(word) else None


def group_phrase_in_clause(doc: Doc, first: int, limit: int, *, last: bool = False) -> tuple[int, int] | None:
    """``waar dat bij hogeropgeleiden ruim de helft is`` -> ``hogeropgeleiden``.

    Inside the clause, before the figure, ``bij`` or ``onder`` with a group
    of people sets whom the figure counts; a group set aside (``Behalve bij
    ...``) does not. ``last`` takes the one nearest the figure.
    """
    positions = range(limit - 2, first - 1, -1) if last else range(first, limit - 1)
    for k in positions:
        if doc[k].lower_ in ("bij", "onder") and not (k > 0 and doc[k - 1].lower_ in EXCLUDING_WORDS):
            phrase = noun_phrase_after(doc, k + 1)
            if (
                phrase is not None
                and phrase[1] <= limit
                and names_people_or_organisations(doc[phrase[1] - 1])
            ):
                return phrase
    return None


def fronted_phrase(doc: Doc, first: int, limit: int) -> tuple[int, int] | None:
    """``Onder studenten is 40 procent ...`` -> ``studenten``: a group fronted in a prepositional phrase.

    After at most adverbs; ``voor`` only with people (``Voor huurders is ...``,
    not ``Voor de zomer ...``), and a bare singular is no group (``In
    vergelijking met ...``). A phrase that narrows the group stays in it
    (``Van de gezinnen met kinderen ...``).
    """
    while first < limit and (doc[first].is_punct or doc[first].is_space or doc[first].pos_ == "ADV"):
        first += 1
    if first >= limit or doc[first].lower_ not in FRONTING_PREPOSITIONS | {"voor"}:
        return None
    phrase = noun_phrase_after(doc, first + 1) or word_before_finite_verb(doc, first + 1, limit)
    if phrase is None or phrase[1] > limit:
        return None
    head = doc[phrase[1] - 1]
    if _is_year(doc[phrase[0]]):
        return None  # "In 2022 stegen de huren": a time, and a verb the tagger took for a noun
    if doc[first].lower_ == "voor" and not names_people_or_organisations(head):
        return None  # "Voor kiezers is ..." names a group; "Voor de zomer ..." does not
    linked = doc[phrase[1]].pos_ == "ADP" and "Plur" not in morph(head, "Number")  # "plaats van"
    if phrase[1] - phrase[0] == 1 and head.pos_ == "NOUN" and (not looks_plural(head) or linked):
        return None  # "In vergelijking met ...", "In plaats van ...": a preposition, no group
    narrowed = restricted(doc, phrase)  # "Van alle huishoudens met een laag inkomen heeft ..."
    return prefield(doc, narrowed, limit) if narrowed[1] <= limit else phrase


def _is_year(token: Token) -> bool:
    """``2022`` in ``In 2022 stegen ...``: a four-digit year opens a time, not a group."""
    return token.is_digit and len(token) == 4 and 1800 <= int(token.text) <= 2199
