"""Who or what each percentage is about, and what holds for that share.

Dutch news names the group of a proportion in a handful of ways, tried here
from the most explicit to the least:

1. ``of_group``: a partitive ``van``-phrase, ``dertig procent van de
   bestuurders``, ``een derde van het senior management (35 procent)``.
2. ``quantified_noun``: the group follows the quantity directly, ``Zeven op
   de tien IT’ers``, ``De meeste bruggers (70%)``, ``Bijna alle kiezers``.
3. ``respective_item``: ``Rotterdam en Amsterdam: respectievelijk 65 en 57
   procent`` pairs the n-th figure with the n-th item.
4. ``apposition``: a figure in brackets after what it is stated for, ``het
   Verenigd Koninkrijk (36 procent)``, ``Randstad (-3,2%)``.
5. ``clause_subject``: the figure is a rate or change of the clause's
   subject, ``de inflatie kwam uit op 3,1 procent``, ``De AMX daalde 2,3%``,
   or closes a clause after a colon, ``Opnieuw zijn de jongeren het meest
   enthousiast: 95 procent``.
6. ``fronted_group``: the group is fronted in a prepositional phrase,
   ``Van de jongeren geeft 57 procent aan ...``, ``Onder de 55-plussers is
   bijna 80 procent ...``, ``In het mbo is dat 53 procent``.
7. ``change_partner`` and ``coordinated_figure``: the figure continues the
   one before it, ``van 7 naar 19 procent``, ``86% van de meisjes - en 73%
   wereldwijd``.
8. ``context``: the sentence is elliptical, ``Slechts zestien procent heeft
   ...``, ``Bijna de helft (49 procent) verwacht ...``: a reader takes the group
   named last before it: the subject of an earlier finding, the plural subject
   of a preceding sentence, or the population of the survey.

The rules read the parse where it is right and Dutch word order where it is
not (a trained parser gets about a quarter of the attachments wrong; see
:mod:`nlsurveyextract.text.phrases`); the last one reads the article as a
discourse. None of them knows any particular group: they follow Dutch syntax.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

import regex

from ..lexicon.numbers import parse_fraction, parse_number
from ..schema import SubjectMethod
from ..text.phrases import (
    COORDINATORS,
    DETERMINERS,
    GROUP_PREPOSITIONS,
    MAX_CLAUSE_TOKENS,
    MAX_NOUN_PHRASE,
    NAME_LINKS,
    TIME_WORDS,
    Offsets,
    capitalised,
    char_offsets,
    clearly_people,
    core_phrase,
    extends_phrase,
    fronted_superlative,
    has_annotation,
    in_expression,
    is_finite_verb,
    is_group_head,
    is_nominalized,
    is_noun,
    is_participle,
    looks_plural,
    misread_after_article,
    morph,
    name_end,
    names_people_or_organisations,
    next_word,
    noun_phrase_after,
    noun_phrase_before,
    phrase_of_head,
    phrase_start,
    restricted,
    sentence_bounds,
    text_of,
    window_start,
)
from .percentages import SPANS_KEY

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

    from .percentages import PercentExpression
    from .surveys import SurveyMention

Method = SubjectMethod

# Prepositions that front the group of an elliptical figure: "Van de jongeren
# geeft 57 procent aan ...", "Onder kiezers is ...", "Bij de SP is dat 64 procent".
FRONTING_PREPOSITIONS = frozenset({"van", "onder", "bij", "in"})

# Subjects that name a share of a group: "het aandeel te zware kinderen
# daalde naar 18,5 procent", "het percentage werkloze jongeren".
SHARE_NOUNS = frozenset({"aandeel", "percentage", "deel"})

# Shares of these are measures of the clause's subject, not groups: in "De
# partij kreeg 12 procent van de stemmen" the figure is stated for the party.
DENOMINATOR_HEADS = frozenset(
    """stemmen bbp omzet inkomen inkomsten begroting budget loon salaris winst kosten
    uitgaven marktaandeel markt waarde prijs opbrengst opbrengsten productie beroepsbevolking""".split()
)

# Plural sentence subjects that report a survey rather than form its group
# ("De onderzoekers zagen ...", "De cijfers laten zien ..."): never an antecedent.
REPORTING_NOUNS = frozenset(
    """onderzoekers wetenschappers auteurs experts deskundigen cijfers resultaten uitkomsten
    gegevens percentages data onderzoeken peilingen enquêtes vragen antwoorden""".split()
)

# A figure governed by these stands for people (``bij een derde``, ``voor 40
# procent``), so the clause's subject is not its group.
ELLIPTICAL_PREPOSITIONS = frozenset({"bij", "voor", "door", "onder"})

# Words of the quantity itself in a claim (``De meeste``, ``Bijna alle``,
# ``een ruime meerderheid``): the group noun comes after them.
QUANTITY_WORDS = frozenset(
    """meeste meesten alle allen veel velen meerderheid minderheid merendeel deel gedeelte
    helft derde kwart driekwart tweederde vijfde tiende rest""".split()
)

# Conjunctions that start a clause of its own: "..., en de Hangseng ging 1,8% omlaag".
CLAUSE_COORDINATORS = frozenset({"en", "maar", "terwijl"})
# Words between the figures of a tail after a colon: "86 en 87 procent", "92
# procent tegenover 98 procent"; the contrasting ones pair a figure with the
# other side of a comparison.
CONTRASTING_LINKS = frozenset({"tegenover", "tegen", "versus", "vs", "vs."})
TAIL_LINKS = COORDINATORS | CONTRASTING_LINKS
# Words that set a group aside: "Behalve bij PVV-stemmers ...", "Anders dan bij ...".
EXCLUDING_WORDS = frozenset({"behalve", "uitgezonderd", "dan", "naast"})
# What stands between the two figures of a change: "van 7 naar 19 procent",
# "van 9,7% in februari, gedaald naar 9%" (bounded, so the match stays linear).
CHANGE_LINK = regex.compile(r"[^.!?;:\n]{0,40}?\b(?:naar|tot)\s+(?:(?:ruim|bijna|zo'n|circa|ongeveer)\s+)?")
# What stands before the first figure of a change: "van 7", "van ruim 7".
CHANGE_START = regex.compile(r"\bvan\s+(?:\w+\s+)?\Z")
# What stands between a figure with its group and a figure coordinated with it:
# "86% van de meisjes - en 73% wereldwijd", "40 procent van de mannen, en ook 35 procent".
COORDINATION_LINK = regex.compile(r"\s*[-–—,]?\s*(?:en|of)\s+(?:ook\s+|zelfs\s+|nog\s+)?")

SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass"})
CLAUSE_DEPS = frozenset({"ccomp", "advcl", "acl:relcl", "acl", "xcomp"})
# Coordinated and loosely attached clauses have subjects of their own.
COORDINATED_CLAUSE_DEPS = frozenset({"conj", "parataxis"})
# Words around a time word in a phrase that only says when: "dit jaar", "in 2022", "vorige maand".
TIME_PHRASE_TAGS = frozenset({"DET", "ADJ", "NUM", "ADP", "ADV", "SPACE"})
MAX_CLAUSE_CHARS = 500
"""Characters a statement's clause may run to on either side of its figure."""
MAX_TAIL_TOKENS = 30
"""Tokens a tail of figures after a colon may run to (``: 86 en 87 procent``)."""
CLAUSE_BREAKS = frozenset(",;:()[]–—")
MAX_LINK = 40
"""Characters of the words that link two figures or lead to one; longer is no link."""
MAX_LEADING_PREPOSITION = len("Onder ")
"""Characters a clause may open with before its subject: "Bij grote bedrijven ligt ..."."""
MAX_ANTECEDENT_DISTANCE = 2500
"""Characters; about four paragraphs, beyond which a reader has lost the thread."""

AntecedentKind = Literal["finding", "sentence", "population"]
ContextBasis = Literal[
    "paragraph_finding", "paragraph_sentence", "population", "earlier_finding", "first_named"
]
"""Where a context subject came from, in the order :meth:`Discourse.antecedent` prefers them."""


@dataclass(frozen=True)
class SubjectChoice:
    """The resolved subject and statement of one finding, and how it was found."""

    subject: Offsets | None
    statement: Offsets | None
    method: Method
    basis: ContextBasis | None = None
    """For ``context`` subjects: which earlier group was taken (their reliability differs)."""


@dataclass(frozen=True, order=True)
class Antecedent:
    """A group named in the text: where it was named or used, and its words."""

    position: int
    start: int
    end: int
    kind: AntecedentKind


class Discourse:
    """The groups named so far in an article, for elliptical figures.

    A reader resolves ``Bijna de helft verwacht ...`` to the group named last
    in the same paragraph (an earlier figure's group, or the plural subject of
    a sentence); across a paragraph break, to the population of the survey
    being reported.

    Figures are resolved in text order and :meth:`remember` adds each one's
    group as it goes; look-ups are binary searches, so an article with
    thousands of figures stays fast.
    """

    def __init__(self, text: str = "", groups: Iterable[Antecedent] = ()) -> None:
        """Start from the groups known before any figure is resolved."""
        self.text = text
        kinds: tuple[AntecedentKind, ...] = ("finding", "sentence", "population")
        self._by_kind: dict[AntecedentKind, list[Antecedent]] = {kind: [] for kind in kinds}
        for group in sorted(groups, key=lambda a: a.position):
            self._by_kind[group.kind].append(group)
        self.last: tuple[int, int, Offsets] | None = None
        """Start and end of the previous figure and its subject, for ``van 7 naar 19 procent``."""

    @classmethod
    def from_doc(cls, doc: Doc, mentions: Iterable[SurveyMention] = ()) -> Discourse:
        """Collect the survey populations and the plural subjects of sentences."""
        found = [Antecedent(start, start, end, "sentence") for start, end in sentence_subject_groups(doc)]
        found += [
            Antecedent(m.population[0], *core_phrase(doc, m.population), "population")
            for m in mentions
            if m.population is not None
        ]
        return cls(text_of(doc), found)

    def remember(self, expression: PercentExpression, choice: SubjectChoice) -> None:
        """Add the group of a finding: the next elliptical figure may refer to it."""
        self.last = None if choice.subject is None else (expression.start, expression.end, choice.subject)
        if choice.subject is not None and choice.method in ("of_group", "quantified_noun", "fronted_group"):
            insort(self._by_kind["finding"], Antecedent(expression.start, *choice.subject, "finding"))

    def partner(self, expression: PercentExpression) -> tuple[Method, Offsets] | None:
        """The subject of the figure this one continues, and how it continues it.

        ``van 7 procent naar 19 procent`` (a change) or ``86% van de meisjes -
        en 73% wereldwijd`` (a coordination right after the first figure's group).
        """
        if self.last is None:
            return None
        start, end, subject = self.last
        starts_change = CHANGE_START.search(self.text, max(0, start - 20), start) is not None
        if starts_change and CHANGE_LINK.fullmatch(self.text, end, expression.start):
            return "change_partner", subject
        group_end = max(end, subject[1])
        if expression.start - group_end <= MAX_LINK and COORDINATION_LINK.fullmatch(
            self.text, group_end, expression.start
        ):
            return "coordinated_figure", subject
        return None

    def antecedent(self, position: int) -> tuple[Offsets, ContextBasis] | None:
        """The group a reader takes for an elliptical figure at ``position``, and where it came from.

        Preference, measured on held-out news: a group named earlier in the
        same paragraph (a figure's group, then a sentence subject); across a
        paragraph break the survey's population, else the last figure's group;
        and for a figure before any group, the first population or group named.
        """
        paragraph = self.text.rfind("\n", 0, position) + 1
        nearest: tuple[tuple[Antecedent | None, ContextBasis], ...] = (
            (self._nearest_before("finding", position, paragraph), "paragraph_finding"),
            (self._nearest_before("sentence", position, paragraph), "paragraph_sentence"),
            (self._nearest_before("population", position), "population"),
            (self._nearest_before("finding", position), "earlier_finding"),
            (self._first_named(), "first_named"),
        )
        for group, basis in nearest:
            if group is not None:
                return (group.start, group.end), basis
        return None

    def _nearest_before(self, kind: AntecedentKind, position: int, floor: int = 0) -> Antecedent | None:
        """The last group of ``kind`` named before ``position`` (and at or after ``floor``)."""
        groups = self._by_kind[kind]
        index = bisect_left(groups, position, key=lambda a: a.position)
        if index == 0:
            return None
        group = groups[index - 1]
        if group.position < floor or position - group.position > MAX_ANTECEDENT_DISTANCE:
            return None
        return group

    def _first_named(self) -> Antecedent | None:
        """The survey population, else the first group of the article (for a lead figure)."""
        if self._by_kind["population"]:
            return self._by_kind["population"][0]
        firsts = [groups[0] for groups in self._by_kind.values() if groups]
        return min(firsts, key=lambda a: a.position) if firsts else None


# --------------------------------------------------------------------------- noun phrases


# --------------------------------------------------------------------------- the rules


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


def of_group(doc: Doc, span: SpacySpan) -> tuple[Offsets, bool] | None:
    """``dertig procent van de bestuurders`` -> ``de bestuurders``.

    The ``van`` may stand inside the expression (``een derde van het senior
    management (35 procent)``) or right after it. The flag tells whether the
    group is a denominator (``12 procent van de stemmen``).
    """
    first_end = first_form_end(span)
    for i in (*range(span.start + 1, first_end), next_word(doc, span.end)):
        if i < len(doc) and doc[i].lower_ == "van" and not (i + 1 < len(doc) and _is_number(doc[i + 1])):
            textual = noun_phrase_after(doc, i + 1)
            candidates = [t for t in (_parsed_object(doc, i), textual) if t]
            if candidates:
                tokens = max(candidates, key=lambda t: t[1])
                head = doc[(textual or tokens)[1] - 1]  # "de uitgaven van een gezin": uitgaven
                return char_offsets(doc, restricted(doc, tokens)), head.lower_ in DENOMINATOR_HEADS
    return None


def _parsed_object(doc: Doc, preposition: int) -> tuple[int, int] | None:
    """The phrase a preposition introduces, by the parse, when the parse agrees."""
    if not has_annotation(doc, "DEP"):
        return None
    head = doc[preposition].head
    while head.dep_ in ("amod", "compound", "flat") and head.head.i > head.i and is_noun(head.head):
        head = head.head  # "van het senior management": the parse may hang "van" on "senior"
    if head.i <= preposition or not is_group_head(head) or head.i - preposition > MAX_NOUN_PHRASE:
        return None
    start, end = phrase_of_head(head)
    return (preposition + 1, end) if start == preposition + 1 else None


def quantified_noun(doc: Doc, span: SpacySpan, expression: PercentExpression) -> Offsets | None:
    """``Zeven op de tien IT’ers``, ``De meeste bruggers (70%)`` -> the noun.

    The noun may stand inside the first wording of the claim or right after
    the expression. A figure followed by a bare noun is a measure (``25
    procent korting``), so figures and words only take a following plural.
    """
    first_end = first_form_end(span)
    inside = []
    quantity_seen = False
    for token in doc[span.start : first_end]:
        if _names_a_group_inside(token, quantity_seen):
            inside.append(token.i)
        quantity_seen = quantity_seen or is_quantity(token)
    if inside:
        head = inside[0]
        start = max(phrase_start(doc, head, head + 1), _after_quantity(doc, span.start, head))
        return char_offsets(doc, (start, head + 1))
    after = next_word(doc, span.end)
    if after >= len(doc) or doc[after].lower_ in DETERMINERS:
        return None
    phrase = noun_phrase_after(doc, after, determiner=False)
    if phrase is None:
        return None
    head_token = doc[phrase[1] - 1]
    # "Helft bevolking ...": a headline's "de helft van de bevolking" takes a singular noun too.
    headline_fraction = expression.form == "fraction" and span[0].lower_ not in DETERMINERS
    nominalized = is_nominalized(head_token) and (head_token.pos_ == "ADJ" or is_participle(head_token))
    plural = "Plur" in morph(head_token, "Number")
    tagged_people = (
        head_token.pos_ == "NOUN"
        and plural
        and (names_people_or_organisations(head_token) or expression.form == "ratio")
    )  # "een op de vijf minderjarigen": a ratio counts people, whatever their ending
    people = clearly_people(head_token) or nominalized or tagged_people or head_token.pos_ == "PROPN"
    if not (headline_fraction or people):
        return None  # "7 op de 10 vinden ...": the word after the figure is its verb
    if expression.form in ("figure", "words", "fraction") and not plural and not headline_fraction:
        return None
    return char_offsets(doc, phrase)


def _names_a_group_inside(token: Token, quantity_seen: bool) -> bool:
    """A word inside a claim that names its group: ``bruggers`` in ``De meeste bruggers (70%)``.

    It must follow the quantity; qualifiers and number words in the claim
    (``Zo’n``, ``Eén``, ``6%``) do not name a group.
    """
    followed_by_quantity = token.i + 1 < len(token.doc) and is_quantity(token.nbor(1))
    return quantity_seen and is_group_head(token) and not is_quantity(token) and not followed_by_quantity


def _is_number(token: Token) -> bool:
    """A figure or number word: ``61%`` in ``een meerderheid van 61%``."""
    return token.like_num or any(c.isdigit() for c in token.text) or parse_number(token.text) is not None


def is_quantity(token: Token) -> bool:
    """A number, number word, fraction word or quantity word (``zeven``, ``driekwart``, ``meeste``)."""
    word = token.text
    return (
        token.like_num
        or any(c.isdigit() for c in word)
        or token.lower_ in QUANTITY_WORDS
        or parse_number(word) is not None
        or parse_fraction(word) is not None
    )


def _after_quantity(doc: Doc, start: int, head: int) -> int:
    """The first token after the quantity words before ``head`` (``Zeven op de tien``)."""
    position = start
    for k in range(start, head):
        if doc[k].like_num or parse_number(doc[k].text) is not None or doc[k].lower_ in DETERMINERS:
            position = k + 1
    return position


def apposition(doc: Doc, expression: PercentExpression) -> Offsets | None:
    """``het Verenigd Koninkrijk (36 procent)`` -> ``het Verenigd Koninkrijk``."""
    text = text_of(doc)
    opening = text.rfind("(", 0, expression.start + 1)
    if opening < 0 or not _only_qualifying_words(text[opening + 1 : expression.start]):
        return None
    bracket = doc.char_span(opening, opening + 1)
    if bracket is None:
        return None
    phrase = noun_phrase_before(doc, bracket.start)
    if phrase is None or _bare_verb(doc, phrase):
        return None
    start = min(_attached_phrase_start(doc, phrase), _van_head_start(doc, phrase[0]))
    return char_offsets(doc, (start, phrase[1]))


def _van_head_start(doc: Doc, start: int) -> int:
    """``betrouwbaarheid van de overheid (63 procent)``: the item is the noun the ``van`` hangs on.

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
    """``kan op minder steun rekenen (28 procent)``: the bracket follows the clause's verb.

    A verb form with no determiner or modifier of its own is no item; the
    figure is the clause subject's. After a preposition, a comma or ``en`` it
    is a list item all the same (``gevolgd door wonen (31 procent)``).
    """
    if phrase[1] - phrase[0] != 1 or doc[phrase[0]].pos_ not in ("VERB", "AUX"):
        return False
    previous = doc[phrase[0] - 1] if phrase[0] > 0 else None
    return previous is not None and previous.pos_ not in ("ADP", "PUNCT", "CCONJ")  # "gevolgd door wonen"


def _only_qualifying_words(between: str) -> bool:
    """``(beide 38 procent)``, ``(-3,2%)``: at most two short words before the figure."""
    words = between.strip(" +-–\u00a0").split()
    return len(words) <= 2 and all(word.isalpha() and word.islower() for word in words)


def _attached_phrase_start(doc: Doc, phrase: tuple[int, int]) -> int:
    """Widen ``het fietspad`` to ``scooters en brommers op het fietspad`` when the parse agrees.

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


def clause_subject(doc: Doc, span: SpacySpan) -> Offsets | None:
    """``De AMX daalde 2,3%`` -> ``De AMX``: the subject of the clause the figure is in.

    Walks up from the expression to its verb (or its copula predicate) and
    takes a nominal subject outside the expression. A figure that is itself
    the only subject makes the sentence elliptical, and this rule gives way.
    """
    if not has_annotation(doc, "DEP") or _governed_by_group_preposition(doc, span):
        return None
    after_colon = colon_subject(doc, span)
    if after_colon is not None:
        return after_colon
    if _opens_main_clause(doc, span):
        return None
    parsed = _parsed_clause_subject(span)
    own = _coordinated_clause_subject(doc, span)
    if own is not None and (parsed is None or parsed[0] < own[0]):
        return own
    return parsed


def _parsed_clause_subject(span: SpacySpan) -> Offsets | None:
    """The nominal subject the parse gives the figure's verb (or a verb above it)."""
    token = span.root
    if token.dep_ in SUBJECT_DEPS:
        verb = token.head
        subject = _subject_child(verb, span, before_only=True)
        if subject is None and verb.dep_ == "xcomp":  # "gaat een gezin 12 procent meer betalen"
            subject = _subject_child(verb.head, span, before_only=True)
        return subject
    crossed_clause = False
    for _ in range(4):
        subject = _subject_child(token, span, before_only=crossed_clause)
        if subject is not None:
            return subject
        if token.head.i == token.i or token.dep_ in COORDINATED_CLAUSE_DEPS:
            break
        crossed_clause = crossed_clause or token.dep_ in CLAUSE_DEPS
        token = token.head
    return None


def _coordinated_clause_subject(doc: Doc, span: SpacySpan) -> Offsets | None:
    """``De beurs in Shanghai verloor 1,4% en de Hangseng ging 1,8% omlaag`` -> ``de Hangseng``.

    When the figure's own clause, after a comma, colon or ``en``/``maar``,
    opens with a noun phrase followed by its finite verb, that phrase is the
    subject, wherever the parse hung the clause. After ``en`` the verb may be
    left out (``en Volkswagen met 8 procent``).
    """
    first = clause_start(doc, span)
    starts = [first] + [k + 1 for k in range(first, span.start) if doc[k].lower_ in CLAUSE_COORDINATORS]
    opening = next_word(doc, starts[-1])
    if not any(is_finite_verb(t) for t in doc[window_start(doc, span.start) : starts[-1]]):
        return None  # no clause before it: "met NSC, VVD, GroenLinks kan ..." is one clause
    after_coordinator = len(starts) > 1
    phrase = _subject_like_phrase(doc, opening, span.start, names_capitalised=after_coordinator)
    if phrase is None:
        return None
    between = [t for t in doc[phrase[1] : span.start] if not t.is_space]
    following = next_word(doc, span.end)
    conjunct_ends = following >= len(doc) or doc[following].is_punct or doc[following].lower_ in COORDINATORS
    only_a_preposition = len(between) <= 1 and all(t.pos_ == "ADP" for t in between)
    gapped = after_coordinator and conjunct_ends and only_a_preposition
    if gapped:  # "Kia volgde met 9 procent en Volkswagen met 8 procent": the verb is left out
        return char_offsets(doc, phrase)
    verb = next((t.i for t in between if is_finite_verb(t)), None)
    if verb is None or any(t.is_punct for t in doc[phrase[1] : verb]):
        return None  # "NSC, VVD, GroenLinks-PvdA - nu goed voor 76 zetels - kan": a list, not a clause
    return char_offsets(doc, phrase)


def _opens_main_clause(doc: Doc, span: SpacySpan) -> bool:
    """``Slechts 12 procent vindt het beleid voldoende``: the figure is the subject itself.

    A Dutch main clause has one phrase before its finite verb; when that is
    the figure (after at most adverbs and a conjunction), a noun after the
    verb is an object, whatever the parse says. So is a figure right after
    the verb when an adverbial was fronted.
    """
    first = next_word(doc, clause_start(doc, span))
    before = [t for t in doc[first : span.start] if not t.is_space]
    if all(t.pos_ in ("ADV", "CCONJ") for t in before):
        verb = next_word(doc, span.end)
        return verb < len(doc) and is_finite_verb(doc[verb])
    return _after_fronted_adverbial(before)


def _after_fronted_adverbial(before: list[Token]) -> bool:
    """``toen maakte 78 procent zich zorgen``, ``In 2019 had 30 procent ...``: inverted order.

    The figure stands right after the finite verb, and what precedes the verb
    is an adverb or a prepositional phrase, not a subject.
    """
    if len(before) < 2 or not is_finite_verb(before[-1]):
        return False
    fronted = before[:-1]
    return all(t.pos_ == "ADV" for t in fronted) or fronted[0].pos_ == "ADP"


def colon_subject(doc: Doc, span: SpacySpan) -> Offsets | None:
    """``Opnieuw zijn de jongeren het meest enthousiast: 95 procent.`` -> ``de jongeren``.

    Figures after a colon that close the sentence state the share of the
    group the clause before the colon is about: its ``bij``/``onder`` group
    (``Het grootst is de steun bij de aanhang van VVD en CDA: 86 en 87
    procent``), else its subject. In ``A ... vaker dan B: 92 tegenover 98
    procent`` the figure after ``tegenover`` is B's.
    """
    colon = _colon_before_tail(doc, span)
    if colon is None:
        return None
    first = clause_start(doc, doc[colon : colon + 1])
    phrase = None
    if any(doc[k].lower_ in CONTRASTING_LINKS for k in range(colon + 1, span.start)):
        phrase = _compared_phrase(doc, first, colon)
    phrase = (
        phrase or _group_phrase_in_clause(doc, first, colon, last=True) or _fronted_phrase(doc, first, colon)
    )
    if phrase is not None:
        return char_offsets(doc, restricted(doc, phrase))
    head = doc[colon - 1]
    while head.head.i != head.i and first <= head.head.i < colon:
        head = head.head
    subject = _subject_child(head, span, before_only=True)
    if subject is None:
        found = _phrase_in_subject_position(doc, first, colon)
        subject = None if found is None else char_offsets(doc, found)
    return subject


def _colon_before_tail(doc: Doc, span: SpacySpan) -> int | None:
    """The colon before a tail of figures that closes the sentence (``: 86 en 87 procent.``)."""
    sentence_start, sentence_end = sentence_bounds(doc, span.start)

    def in_tail(token: Token) -> bool:
        return (
            token.is_space
            or (token.is_punct and token.text != ":")
            or token.lower_ in TAIL_LINKS
            or in_expression(token)
        )

    k = span.start - 1
    floor = max(sentence_start, span.start - MAX_TAIL_TOKENS)
    while k > floor and doc[k].text != ":" and in_tail(doc[k]):
        k -= 1
    if k <= sentence_start or doc[k].text != ":":
        return None
    rest = doc[span.end : min(sentence_end, span.end + MAX_TAIL_TOKENS + 1)]
    return k if len(rest) <= MAX_TAIL_TOKENS and all(in_tail(token) for token in rest) else None


def _compared_phrase(doc: Doc, first: int, limit: int) -> tuple[int, int] | None:
    """The phrase after ``dan`` in a comparison: ``vaker ... dan kinderen uit een rijk gezin``."""
    for k in range(limit - 2, first - 1, -1):
        if doc[k].lower_ == "dan":
            j = k + 2 if k + 2 < limit and doc[k + 1].pos_ == "ADP" else k + 1  # "dan bij particuliere huur"
            phrase = noun_phrase_after(doc, j)
            return phrase if phrase is not None and phrase[1] <= limit else None
    return None


def _governed_by_group_preposition(doc: Doc, span: SpacySpan) -> bool:
    """``zorgt bij een derde voor slecht slapen``: the figure is a group of people itself.

    Not in ``goed voor 14 procent van de uitgaven``, where ``voor`` belongs to
    the verb phrase ("accounts for").
    """
    if span.start == 0 or doc[span.start - 1].lower_ not in ELLIPTICAL_PREPOSITIONS:
        return False
    words_before = doc[max(0, span.start - 2) : span.start].text.lower()
    return words_before != "goed voor"


def clause_first_phrase(doc: Doc, span: SpacySpan) -> Offsets | None:
    """``De prijzen van koopwoningen stegen vorig jaar met 3 procent`` -> ``De prijzen``.

    When the parse gives the figure's clause no subject (a verb misread as a
    noun), word order stands in: a Dutch main clause opens with its subject,
    or, after a fronted adverbial, puts it right after the finite verb (``In
    1989 was de opkomst 47,5 procent``). After a comma the phrase must be
    followed by a verb: ``bij het Waterschap Rijn, Maas en Waal 12 procent``
    continues a name, not a clause.
    """
    first = clause_start(doc, span)
    phrase = _phrase_in_subject_position(doc, first, span.start)
    if phrase is None:
        return None
    after_comma = first > sentence_bounds(doc, span.start)[0] and doc[first - 1].text == ","
    if after_comma and not any(is_finite_verb(t) for t in doc[phrase[1] : span.start]):
        return None
    return char_offsets(doc, phrase)


def _phrase_in_subject_position(doc: Doc, first: int, limit: int) -> tuple[int, int] | None:
    """The noun phrase first in a main clause, or right after its finite verb (V2 order)."""
    first = next_word(doc, first)
    if first + 2 < limit and fronted_superlative(doc[first + 1]):
        return _subject_like_phrase(doc, next_word(doc, first + 3), limit)  # "Het best scoorde de ..."
    phrase = _subject_like_phrase(doc, first, limit)
    if phrase is None and first < limit and doc[first].pos_ in ("ADP", "ADV", "DET"):
        verb = next((k for k in range(first, limit) if is_finite_verb(doc[k])), None)
        phrase = None if verb is None else _subject_like_phrase(doc, next_word(doc, verb + 1), limit)
    return phrase


def _subject_like_phrase(
    doc: Doc, first: int, limit: int, *, names_capitalised: bool = False
) -> tuple[int, int] | None:
    """A determiner-led or named noun phrase at ``first`` that ends before ``limit``.

    ``names_capitalised``: inside a sentence a capital marks a name whatever
    its tag (``en Volkswagen met 8 procent``).
    """
    if first + 1 < limit and fronted_superlative(doc[first + 1]):
        return None  # "Het slechtst scoorden ...": an adverbial and a verb
    phrase = noun_phrase_after(doc, first) if first < limit else None
    if phrase is None and first + 1 < limit and doc[first].lower_ in DETERMINERS:
        phrase = share_phrase(doc[first + 1])
    if phrase is None or phrase[1] > limit or any(in_expression(t) for t in doc[phrase[0] : phrase[1]]):
        return None
    opener, head = doc[phrase[0]], doc[phrase[1] - 1]
    verb_read_as_noun = bool(morph(head, "VerbForm")) and not misread_after_article(head)
    named = opener.pos_ == "PROPN" or (names_capitalised and capitalised(opener))
    if verb_read_as_noun or not (opener.lower_ in DETERMINERS or named):
        return None  # "Het slechtst scoorden ...": a verb the tagger read as a noun
    return phrase


def copular_predicate(doc: Doc, span: SpacySpan) -> Offsets | None:
    """``Die 0,3 procent is de doorsnee koopkrachtontwikkeling`` -> the predicate noun.

    When the figure is the subject of a copula, the noun it is equated with
    names what the figure measures.
    """
    if not has_annotation(doc, "DEP") or span.root.dep_ not in SUBJECT_DEPS:
        return None
    predicate = span.root.head
    has_copula = any(child.dep_ == "cop" for child in predicate.children)
    has_determiner = any(child.dep_ == "det" for child in predicate.children)
    nominal = predicate.pos_ == "NOUN" and is_group_head(predicate) and not in_expression(predicate)
    if not (has_copula and has_determiner and nominal) or predicate.i < span.end:
        return None
    return char_offsets(doc, phrase_of_head(predicate))


def _subject_child(token: Token, span: SpacySpan, *, before_only: bool) -> Offsets | None:
    """A nominal subject of ``token`` outside the expression.

    When the parse also calls the figure a subject (``Slechts achttien procent
    heeft alle dossiers ...``), only a subject before the figure is believed
    (``De AEX-index eindigde 1,7%``): Dutch puts the subject first or right
    after the finite verb.
    """
    for child in token.children:
        if child.dep_ not in SUBJECT_DEPS or in_expression(child):
            continue
        if before_only and child.i > span.start:
            continue
        if _inside_fronted_phrase(child, span):
            continue
        if is_group_head(child):
            return char_offsets(child.doc, phrase_of_head(child))
        shared = share_phrase(child)
        if shared is not None:
            return char_offsets(child.doc, shared)
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


def _inside_fronted_phrase(token: Token, span: SpacySpan) -> bool:
    """``In het basisonderwijs en voortgezet onderwijs wil 56 procent ...``: no subject there.

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


def fronted_group(doc: Doc, span: SpacySpan) -> Offsets | None:
    """``Van de jongeren geeft 57 procent aan ...`` -> ``de jongeren``.

    The group stands first in the sentence, in a ``van``/``onder``/``bij``/``in``
    phrase, after at most an adverb (``Vooral in het mbo``); times (``In
    2009``, ``In maart``) do not count.
    """
    starts = [clause_start(doc, span)]
    sentence_start = window_start(doc, span.start)
    if sentence_start < starts[0]:
        starts.append(sentence_start)
    clause = starts[0]
    phrase = _fronted_phrase(doc, clause, span.start) or _group_phrase_in_clause(doc, clause, span.start)
    if phrase is None and len(starts) > 1:
        phrase = _fronted_phrase(doc, starts[1], span.start)
    return None if phrase is None else char_offsets(doc, phrase)


def _word_before_finite_verb(doc: Doc, k: int, limit: int) -> tuple[int, int] | None:
    """``Bij hockeyclubs ging het ...``: a plural the tagger missed, known by Dutch word order.

    A main clause puts its finite verb second, so one word between a fronted
    preposition and that verb completes the phrase.
    """
    if k + 1 >= limit or doc[k + 1].pos_ not in ("VERB", "AUX"):
        return None
    word = doc[k]
    return (k, k + 1) if word.is_alpha and word.is_lower and len(word) >= 5 and looks_plural(word) else None


def _group_phrase_in_clause(
    doc: Doc, first: int, limit: int, *, last: bool = False
) -> tuple[int, int] | None:
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


def _fronted_phrase(doc: Doc, first: int, limit: int) -> tuple[int, int] | None:
    while first < limit and (doc[first].is_punct or doc[first].is_space or doc[first].pos_ == "ADV"):
        first += 1
    if first >= limit or doc[first].lower_ not in FRONTING_PREPOSITIONS | {"voor"}:
        return None
    phrase = noun_phrase_after(doc, first + 1) or _word_before_finite_verb(doc, first + 1, limit)
    if phrase is None or phrase[1] > limit:
        return None
    head = doc[phrase[1] - 1]
    if doc[first].lower_ == "voor" and not names_people_or_organisations(head):
        return None  # "Voor kiezers is ..." names a group; "Voor de zomer ..." does not
    bare_singular = phrase[1] - phrase[0] == 1 and head.pos_ == "NOUN" and not looks_plural(head)
    return None if bare_singular else phrase  # "In vergelijking met ..." is no group


def respective_item(doc: Doc, span: SpacySpan) -> Offsets | None:
    """``Rotterdam en Amsterdam hebben respectievelijk 65 en 57 procent`` -> ``Amsterdam`` for 57.

    ``respectievelijk`` pairs the n-th figure of a series with the n-th item of
    the coordination before it (``A, B en C``).
    """
    sentence_start, sentence_end = sentence_bounds(doc, span.start)
    cue = next(
        (
            k
            for k in range(span.start - 1, window_start(doc, span.start) - 1, -1)
            if doc[k].lower_ == "respectievelijk"
        ),
        None,
    )
    if cue is None:
        return None
    figures = _expressions_between(doc, cue, min(sentence_end, cue + MAX_CLAUSE_TOKENS))
    items = coordinated_items(doc, window_start(doc, cue), cue) or _previous_sentence_items(
        doc, sentence_start
    )
    position = next((n for n, figure in enumerate(figures) if figure.start == span.start), None)
    if position is None or len(items) != len(figures):
        return None
    return char_offsets(doc, items[position])


def _previous_sentence_items(doc: Doc, sentence_start: int) -> list[tuple[int, int]]:
    """``Het electoraat van BBB en PVV is sceptisch. Respectievelijk 46 en 32 procent ...``.

    A sentence that opens with ``respectievelijk`` pairs its figures with the
    coordination of the sentence before, in the same paragraph.
    """
    k = sentence_start - 1
    while k >= 0 and doc[k].is_space and "\n" not in doc[k].text:
        k -= 1
    if k < 0 or doc[k].is_space or not has_annotation(doc, "SENT_START"):
        return []
    previous_start, previous_end = sentence_bounds(doc, k)
    return coordinated_items(doc, max(previous_start, previous_end - MAX_CLAUSE_TOKENS), previous_end)


def coordinated_items(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """The items of the last ``A, B en C`` coordination of names or nouns in ``doc[start:end]``."""
    conjunction = next(
        (
            c
            for c in range(end - 2, start, -1)
            if doc[c].lower_ == "en" and is_noun(doc[c - 1]) and is_noun(doc[c + 1])
        ),
        None,
    )
    if conjunction is None:
        return []
    items = [(conjunction + 1, name_end(doc, conjunction + 1, end))]
    item_end = conjunction
    while True:
        item_start = _name_start(doc, item_end - 1, start)
        items.insert(0, (item_start, item_end))
        if item_start - 1 <= start or doc[item_start - 1].text != ",":
            return items
        item_end = item_start - 1


def _name_start(doc: Doc, j: int, limit: int) -> int:
    """Start of the item ending at ``j``: link words only inside a name (``Partij van de Arbeid``).

    In ``De aanhang van PVV en Forum voor Democratie`` the first item is ``PVV``:
    a lowercase noun before ``van`` is what the items share, not a part of one.
    """
    start = j
    while start - 1 > limit:
        k = start - 1
        while k > limit and doc[k].lower_ in NAME_LINKS:
            k -= 1
        crossed_link = k < start - 1
        if not is_noun(doc[k]) or (crossed_link and not capitalised(doc[k])):
            break
        start = k
    return start


def clause_start(doc: Doc, span: SpacySpan) -> int:
    """Token index where the clause of ``span`` starts: after the last , ; : in its sentence."""
    floor = window_start(doc, span.start)
    for k in range(span.start - 1, floor - 1, -1):
        if doc[k].text in (",", ";", ":"):
            return k + 1
    return floor


def sentence_subject_groups(doc: Doc) -> list[Offsets]:
    """Plural subjects of main clauses: ``Nederlandse organisaties lopen achter``.

    These are the groups a reader carries to the next elliptical figure.
    """
    if not has_annotation(doc, "DEP"):
        return []
    return [
        char_offsets(doc, phrase_of_head(token, narrowing=False))
        for token in doc
        if token.dep_ in SUBJECT_DEPS
        and token.head.dep_ == "ROOT"
        and token.pos_ == "NOUN"
        and "Plur" in morph(token, "Number")
        and token.lower_ not in REPORTING_NOUNS
        and names_people_or_organisations(token)
        and is_group_head(token)
    ]


# --------------------------------------------------------------------------- statement


def clause_bounds(text: str, start: int, end: int, sentence: Offsets) -> Offsets:
    """The stretch of the sentence between the clause breaks around ``start:end``.

    At most :data:`MAX_CLAUSE_CHARS` either side: a statement is a clause,
    and the bound keeps a text without punctuation linear.
    """
    left, right = max(sentence[0], start - MAX_CLAUSE_CHARS), min(sentence[1], end + MAX_CLAUSE_CHARS)
    i = start
    while i > left and not _breaks_clause(text, i - 1):
        i -= 1
    j = end
    while j < right and not _breaks_clause(text, j):
        j += 1
    return i, j


def _breaks_clause(text: str, i: int) -> bool:
    """Punctuation that ends a clause; not the decimal comma of ``18,5``."""
    if text[i] not in CLAUSE_BREAKS:
        return False
    decimal = text[i] == "," and 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()
    return not decimal


# A list of bracketed items after a figure: ", Zwitserland (30 procent) en
# Oostenrijk (28 procent)". Bounded repetitions keep the match linear.
_BRACKETED_ITEMS = regex.compile(r"(?:\s*(?:,|\ben\b|\bof\b)\s*[^,;:()\n]{1,60}?\([^()\n]{1,40}\)){1,12}")
# Words that lead up to a figure at the end of a clause: "steeg met", "van", "uit op een".
_FIGURE_LINK = regex.compile(r"(?:\s+(?:van|met|naar|tot|op|een|ruim|bijna|zo'n|circa|ongeveer)){1,4}\s*\Z")
# The start of a coordinated clause or conjunct: "en Volkswagen met 8 procent".
_CONJUNCT = regex.compile(r"\s*(?:en|of|maar)\s")
# Asides between spaced dashes (bounded, so matching stays linear).
_DASH_ASIDE = regex.compile(r"[-–—]\s[^-–—\n]{1,80}?\s[-–—]\s+")
_DASH_OPENING = regex.compile(r"\s[-–—]\s[^-–—\n]{0,18}\Z")
_DASH_CLOSING = regex.compile(r"[^-–—\n]{0,80}?\s[-–—]\s+")
# What may continue a list item's clause without saying what holds for it.
_LIST_CONTINUATIONS = regex.compile(r"\s*,?\s*(?:gevolgd door|en|of|tegenover|naast|dan)\b")


def statement_offsets(
    doc: Doc, span: SpacySpan, after: int, method: Method, subject: Offsets | None = None
) -> Offsets | None:
    """What holds for the share: the rest of the clause after the expression and its group.

    ``Slechts zestien procent heeft de technologie volledig geïntegreerd, ...``
    -> ``heeft de technologie volledig geïntegreerd``. A bracketed figure in a
    list (``het Verenigd Koninkrijk (36 procent) en Zwitserland (30 procent)
    ligt ... hoger``) skips the rest of the list. When nothing follows in the
    clause (``De AMX daalde 2,3%``), the clause before the figure stands in,
    as it does for figures after a colon (``Het meest enthousiast zijn de
    jongeren: 95 procent``).
    """
    text = text_of(doc)
    if not has_annotation(doc, "SENT_START"):
        sentence = (0, len(text))
    else:
        sentence = char_offsets(doc, sentence_bounds(doc, span.start))
        colon = _colon_before_tail(doc, span)
        if colon is not None:
            return _trimmed(text, doc[clause_start(doc, doc[colon : colon + 1])].idx, doc[colon].idx)
    after = _past_change_target(doc, span, after)
    while after < sentence[1] and text[after] in " )\u00a0":
        after += 1
    after = _past_dash_insert(text, span.start_char, after, sentence)
    if method == "apposition":
        items = _BRACKETED_ITEMS.match(text, after, sentence[1])
        after = items.end() if items else after
    start, end = after, clause_bounds(text, after, after, sentence)[1]
    if method == "apposition" and _LIST_CONTINUATIONS.match(text, start, end):
        end = start
    start = _past_coordinated_figure(doc, span, start, end)
    if not text[start:end].strip().strip(".!?") or _only_a_time(doc, start, end):
        start, end = _clause_before(doc, span, sentence)
        opens_clause = subject is not None and start <= subject[0] <= start + MAX_LEADING_PREPOSITION
        if subject is not None and opens_clause and subject[1] < end:
            start = subject[1]  # "De AMX daalde 2,3%": what holds is "daalde"
    return _trimmed(text, start, end)


def _clause_before(doc: Doc, span: SpacySpan, sentence: Offsets) -> Offsets:
    """``De AMX daalde 2,3%`` -> ``De AMX daalde``: the clause up to the figure (or its partner).

    The preposition that introduces the figure (``steeg met``, ``van 28 naar``)
    belongs to the figure, not to what holds for it.
    """
    text = text_of(doc)
    before = span.start_char
    while before > sentence[0] and text[before - 1] in " (\u00a0":
        before -= 1
    start = clause_bounds(text, before, before, sentence)[0]
    previous = _previous_expression(doc, span)
    if previous is not None and start <= previous.start_char < before:
        before = previous.start_char  # "is gestegen van 28 procent in 2022 naar 34 procent"
    link = _FIGURE_LINK.search(text, max(start, before - MAX_LINK), before)  # bounded: linear time
    return start, link.start() if link else before


def _previous_expression(doc: Doc, span: SpacySpan) -> SpacySpan | None:
    """The percentage expression before ``span``, if any."""
    spans = doc.spans.get(SPANS_KEY, ())
    index = bisect_left(spans, span.start, key=lambda s: s.start)
    return spans[index - 1] if index > 0 else None


def _past_coordinated_figure(doc: Doc, span: SpacySpan, start: int, end: int) -> int:
    """Skip a coordinated figure and its group: they share what is said after them.

    ``een derde van het management en dertig procent van de bestuurders is
    actief betrokken`` -> ``is actief betrokken`` for both; in ``met 9,5 procent
    en Volkswagen met 8 procent.`` nothing follows, and the clause before stands in.
    """
    following = _following_expression(doc, span)
    if (
        following is None
        or not (start <= following.start_char < end)
        or not _CONJUNCT.match(text_of(doc), start, end)
    ):
        return start
    k = following.end
    if k < len(doc) and doc[k].lower_ == "van":
        group = noun_phrase_after(doc, k + 1)
        k = group[1] if group is not None else k
    return end if k >= len(doc) else min(max(doc[k].idx, start), end)


def _only_a_time(doc: Doc, start: int, end: int) -> bool:
    """``naar 34 procent dit jaar``: what follows the figure only says when."""
    if end - start > MAX_LINK:
        return False
    tokens = doc.char_span(start, end, alignment_mode="contract")
    if tokens is None or not any(t.lower_ in TIME_WORDS for t in tokens):
        return False
    return all(t.lower_ in TIME_WORDS or t.pos_ in TIME_PHRASE_TAGS or t.is_punct for t in tokens)


def _expressions_between(doc: Doc, start: int, end: int) -> list[SpacySpan]:
    """The percentage expressions that start in ``doc[start:end]``, found by bisection."""
    spans = doc.spans.get(SPANS_KEY, ())
    first = bisect_left(spans, start, key=lambda s: s.start)
    last = bisect_left(spans, end, key=lambda s: s.start)
    return [spans[k] for k in range(first, last)]


def _following_expression(doc: Doc, span: SpacySpan) -> SpacySpan | None:
    """The next percentage expression after ``span`` (the component stores them in text order)."""
    spans = doc.spans.get(SPANS_KEY, ())
    index = bisect_left(spans, span.end, key=lambda s: s.start)
    return spans[index] if index < len(spans) else None


def _past_change_target(doc: Doc, span: SpacySpan, after: int) -> int:
    """``van 21 naar 18,5 procent geslonken``: the first figure's statement follows the second."""
    following = _following_expression(doc, span)
    if following is not None and CHANGE_LINK.fullmatch(text_of(doc), after, following.start_char):
        return int(following.end_char)
    return after


def _past_dash_insert(text: str, figure: int, after: int, sentence: Offsets) -> int:
    """Skip an aside between dashes: ``86% van de meisjes - en 73% wereldwijd - denkt ...``.

    The aside may follow the figure, or the figure may stand in it; either
    way what holds is said after the closing dash.
    """
    opened = _DASH_OPENING.search(text, max(sentence[0], figure - 20), figure)
    if opened is not None:
        closing = _DASH_CLOSING.match(text, after, sentence[1])
        return closing.end() if closing else after
    aside = _DASH_ASIDE.match(text, after, sentence[1])
    return aside.end() if aside else after


def _trimmed(text: str, start: int, end: int) -> Offsets | None:
    piece = text[start:end]
    lead = len(piece) - len(piece.lstrip())
    piece = piece.strip()
    while piece and piece[-1] in ".!?\"”’'":
        piece = piece[:-1].rstrip()
    return None if not piece else (start + lead, start + lead + len(piece))


# --------------------------------------------------------------------------- resolution


def resolve_subject(doc: Doc, expression: PercentExpression, discourse: Discourse) -> SubjectChoice:
    """Choose the subject of one finding by the rules above, in order."""
    span = expression_tokens(doc, expression)
    method, subject = explicit_subject(doc, span, expression)
    partner = discourse.partner(expression)
    if partner is not None and _partner_overrides(partner[0], method):
        method, subject = partner
    group_end = expression.end
    if subject is not None and method in ("of_group", "quantified_noun"):
        group_end = max(group_end, subject[1])
    basis: ContextBasis | None = None
    if subject is None:
        found = discourse.antecedent(expression.start)
        method, subject, basis = ("none", None, None) if found is None else ("context", *found)
    return SubjectChoice(subject, statement_offsets(doc, span, group_end, method, subject), method, basis)


def _partner_overrides(partner: Method, method: Method) -> bool:
    """A figure's own group wins over a partner's; a bracketed item wins over a coordination."""
    if method in ("of_group", "quantified_noun", "respective_item"):
        return False
    return partner == "change_partner" or method != "apposition"


def explicit_subject(
    doc: Doc, span: SpacySpan, expression: PercentExpression
) -> tuple[Method, Offsets | None]:
    """Try the rules that find the subject in the sentence itself, in order.

    A denominator (``12 procent van de stemmen``) gives way to the clause
    subject (``De partij``), and is the answer only when there is none.
    """
    group = of_group(doc, span)
    if group is not None and not group[1]:
        return "of_group", group[0]
    rules: tuple[tuple[Method, Callable[[], Offsets | None]], ...] = (
        ("respective_item", lambda: respective_item(doc, span)),
        ("quantified_noun", lambda: quantified_noun(doc, span, expression)),
        ("apposition", lambda: apposition(doc, expression)),
        ("clause_subject", lambda: copular_predicate(doc, span) or clause_subject(doc, span)),
        ("clause_subject", lambda: clause_first_phrase(doc, span)),
        ("fronted_group", lambda: fronted_group(doc, span)),
    )
    for method, rule in rules:
        subject = rule()
        if subject is not None:
            return method, subject
    return ("of_group", group[0]) if group is not None else ("none", None)
