"""Who or what each percentage is about, and what holds for that share.

Dutch news names the group of a proportion in a handful of ways, tried here
from the most explicit to the least:

1. ``of_group``: a partitive ``van``-phrase, ``dertig procent van de
   bestuurders``, ``een derde van het senior management (35 procent)``.
2. ``quantified_noun``: the group follows the quantity directly, ``Zeven op
   de tien IT’ers``, ``De meeste bruggers (70%)``, ``Bijna alle kiezers``.
3. ``apposition``: a figure in brackets after what it is stated for, ``het
   Verenigd Koninkrijk (36 procent)``, ``Randstad (-3,2%)``.
4. ``clause_subject``: the figure is a rate or change of the clause's
   subject, ``de inflatie kwam uit op 3,1 procent``, ``De AMX daalde 2,3%``.
5. ``fronted_group``: the group is fronted in a prepositional phrase,
   ``Van de jongeren geeft 57 procent aan ...``, ``Onder de 55-plussers is
   bijna 80 procent ...``, ``In het mbo is dat 53 procent``.
6. ``context``: the sentence is elliptical, ``Slechts zestien procent heeft
   ...``, ``Bijna de helft (49 procent) verwacht ...``: a reader takes the group
   named last before it: the subject of an earlier finding, the plural subject
   of a preceding sentence, or the population of the survey.

Rules 1-3 read the part-of-speech tags around the expression; rules 4-5 read
the dependency parse; rule 6 reads the article as a discourse. None of them
knows any particular group: they follow Dutch syntax.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

    from .percentages import PercentExpression
    from .surveys import SurveyMention

Method = Literal[
    "of_group", "quantified_noun", "apposition", "clause_subject", "fronted_group", "context", "none"
]
Offsets = tuple[int, int]

# Words that open a noun phrase: articles, demonstratives, possessives and
# 'alle' (Dutch determiners as in the UD Dutch treebanks' DET and PRON[Poss]).
DETERMINERS = frozenset(
    """de het een 't alle al deze die dit dat hun zijn haar mijn je jouw onze ons uw hun elke
    ieder iedere""".split()
)

# Prepositions that front the group of an elliptical figure: "Van de jongeren
# geeft 57 procent aan ...", "Onder kiezers is ...", "Bij de SP is dat 64 procent".
FRONTING_PREPOSITIONS = frozenset({"van", "onder", "bij", "in"})

# Heads of fronted phrases that set a time or a place in a text, not a group:
# "In 2009 was ...", "In die periode ...", "Bij de verkiezingen ...".
NON_GROUP_HEADS = frozenset(
    """jaar jaren maand maanden week weken dag dagen periode tijd keer geval verkiezingen
    onderzoek peiling enquête enquete vragenlijst rapport cijfers januari februari maart april
    mei juni juli augustus september oktober november december voorjaar zomer najaar winter
    totaal praktijk""".split()
)

# Plural sentence subjects that report a survey rather than form its group
# ("De onderzoekers zagen ...", "De cijfers laten zien ..."): never an antecedent.
REPORTING_NOUNS = frozenset(
    """onderzoekers wetenschappers auteurs experts deskundigen cijfers resultaten uitkomsten
    gegevens percentages data onderzoeken peilingen enquêtes vragen antwoorden""".split()
)

# Pronouns and stand-ins that never name a group by themselves.
NON_NAMING_WORDS = frozenset(
    """dat dit het er die deze wat ze zij hij je we wij ik men u jij hen hun iedereen niemand
    velen""".split()
)

NOUN_TAGS = frozenset({"NOUN", "PROPN"})
PREMODIFIER_TAGS = frozenset({"ADJ", "NUM", "ADV", "VERB", "X"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass"})
CLAUSE_BREAKS = frozenset(",;:()[]–—")
MAX_NOUN_PHRASE = 8
MAX_ANTECEDENT_DISTANCE = 2500
"""Characters; about four paragraphs, beyond which a reader has lost the thread."""


@dataclass(frozen=True)
class SubjectChoice:
    """The resolved subject and statement of one finding, and how it was found."""

    subject: Offsets | None
    statement: Offsets | None
    method: Method


@dataclass(frozen=True)
class Discourse:
    """The groups named so far in an article, for elliptical figures.

    ``groups`` holds (position, start, end): where a group was last named
    or used, and the offsets of its words.
    """

    groups: tuple[tuple[int, int, int], ...] = ()

    @classmethod
    def from_doc(cls, doc: Doc, mentions: Iterable[SurveyMention] = ()) -> Discourse:
        """Collect the survey populations and the plural subjects of sentences."""
        found = [(start, start, end) for start, end in sentence_subject_groups(doc)]
        found += [(m.population[0], *m.population) for m in mentions if m.population is not None]
        return cls(tuple(sorted(found)))

    def remember(self, expression: PercentExpression, choice: SubjectChoice) -> Discourse:
        """Add the subject of a finding: the next elliptical figure may refer to it."""
        if choice.subject is None or choice.method in ("apposition", "clause_subject"):
            return self
        entry = (expression.start, *choice.subject)
        return Discourse(tuple(sorted((*self.groups, entry))))

    def antecedent(self, position: int) -> Offsets | None:
        """The group named last before ``position``; else the first one named after it."""
        index = bisect_left(self.groups, (position, -1, -1))
        if index > 0:
            where, start, end = self.groups[index - 1]
            if position - where <= MAX_ANTECEDENT_DISTANCE:
                return start, end
        if index < len(self.groups):
            return self.groups[index][1:]
        return None


# --------------------------------------------------------------------------- noun phrases


def is_noun(token: Token) -> bool:
    """A noun or name; a capitalised word the tagger missed counts as a name."""
    return token.pos_ in NOUN_TAGS or (token.is_title and token.pos_ == "X")


def is_group_head(token: Token) -> bool:
    """A noun that can name a group: not a pronoun, not a number, not a time."""
    return is_noun(token) and token.lower_ not in NON_NAMING_WORDS and not token.like_num


def noun_phrase_after(doc: Doc, i: int) -> tuple[int, int] | None:
    """Token range of the noun phrase starting at token ``i``: ``de 350 kinderen``.

    Optional determiner, premodifiers (adjectives, participles, numbers,
    ``wereldwijd``), then one or more nouns or names (``Royal Dutch Shell``).
    """
    j, limit = i, min(len(doc), i + MAX_NOUN_PHRASE)
    if j < limit and (doc[j].lower_ in DETERMINERS or doc[j].pos_ == "DET"):
        j += 1
    while j < limit and not is_noun(doc[j]) and doc[j].pos_ in PREMODIFIER_TAGS:
        j += 1
    if j >= limit or not is_group_head(doc[j]):
        return None
    while j + 1 < limit and is_noun(doc[j + 1]) and not doc[j + 1].is_punct:
        j += 1
    return i, j + 1


def noun_phrase_before(doc: Doc, end: int) -> tuple[int, int] | None:
    """Token range of the noun phrase that ends just before token ``end``.

    ``het Verenigd Koninkrijk (36 procent)``: walk back over nouns, names and
    adjectives, then take a determiner when one stands in front.
    """
    j = end - 1
    if j < 0 or not is_group_head(doc[j]):
        return None
    start = j
    while start - 1 >= 0 and end - start < MAX_NOUN_PHRASE:
        previous = doc[start - 1]
        if is_noun(previous) or previous.pos_ == "ADJ":
            start -= 1
        elif previous.lower_ in DETERMINERS or previous.pos_ == "DET":
            start -= 1
            break
        else:
            break
    return start, end


def char_offsets(doc: Doc, tokens: tuple[int, int]) -> Offsets:
    """Character offsets of a token range."""
    return doc[tokens[0]].idx, doc[tokens[1] - 1].idx + len(doc[tokens[1] - 1])


# --------------------------------------------------------------------------- the rules


def expression_tokens(doc: Doc, expression: PercentExpression) -> SpacySpan:
    """The tokens that cover an expression (expanded to token boundaries)."""
    span = doc.char_span(expression.start, expression.end, alignment_mode="expand")
    if span is None:  # only when offsets fall outside the text
        raise ValueError(f"expression {expression.start}:{expression.end} is outside the text")
    return span


def of_group(doc: Doc, span: SpacySpan) -> Offsets | None:
    """``dertig procent van de bestuurders`` -> ``de bestuurders``.

    The ``van`` may stand inside the expression (``een derde van het senior
    management (35 procent)``) or right after it.
    """
    last = min(span.end + 1, len(doc))
    for i in range(span.start + 1, last):
        token = doc[i]
        if token.lower_ == "van" and (i == span.end or _before_bracket(doc, span, i)):
            phrase = noun_phrase_after(doc, i + 1)
            if phrase is not None:
                return char_offsets(doc, phrase)
    return None


def _before_bracket(doc: Doc, span: SpacySpan, i: int) -> bool:
    """Whether token ``i`` inside ``span`` lies before any bracket in it."""
    return all(doc[k].text not in "(," for k in range(span.start, i))


def quantified_noun(doc: Doc, span: SpacySpan, expression: PercentExpression) -> Offsets | None:
    """``Zeven op de tien IT’ers``, ``De meeste bruggers (70%)`` -> the noun.

    A figure followed by a bare noun is a measure (``25 procent korting``),
    so figures and words only count a following plural noun as their group.
    """
    inside = [t.i for t in span if t.text == "("]
    i = inside[0] if inside else span.end
    phrase = noun_phrase_after(doc, i) if i < len(doc) else None
    if phrase is None or doc[phrase[0]].lower_ in DETERMINERS:
        return None
    head = doc[phrase[1] - 1]
    if expression.form in ("figure", "words", "fraction") and "Plur" not in head.morph.get("Number"):
        return None
    return char_offsets(doc, phrase)


def apposition(doc: Doc, span: SpacySpan, expression: PercentExpression) -> Offsets | None:
    """``het Verenigd Koninkrijk (36 procent)`` -> ``het Verenigd Koninkrijk``."""
    text = doc.text
    opening = text.rfind("(", 0, expression.start + 1)
    if opening < 0 or text[opening + 1 : expression.start].strip(" +-–"):
        return None
    bracket = doc.char_span(opening, opening + 1)
    if bracket is None:
        return None
    phrase = noun_phrase_before(doc, bracket.start)
    return None if phrase is None else char_offsets(doc, phrase)


def clause_subject(doc: Doc, span: SpacySpan) -> Offsets | None:
    """``De AMX daalde 2,3%`` -> ``De AMX``: the subject of the clause the figure is in.

    Walks up from the expression to its verb (or its copula predicate) and
    takes a nominal subject outside the expression. When the expression is
    itself the subject, the sentence is elliptical and this rule gives way.
    """
    if not doc.has_annotation("DEP"):
        return None
    token = span.root
    if token.dep_ in SUBJECT_DEPS:
        return None
    for _ in range(4):
        subject = _subject_child(token, span)
        if subject is not None:
            return subject
        if token.head is token or token.dep_ in ("ccomp", "advcl", "acl:relcl", "parataxis"):
            return None
        token = token.head
    return None


def _subject_child(token: Token, span: SpacySpan) -> Offsets | None:
    for child in token.children:
        if child.dep_ in SUBJECT_DEPS and not (span.start <= child.i < span.end) and is_group_head(child):
            return _subject_phrase(child)
    return None


def _subject_phrase(head: Token) -> Offsets:
    """The subject's words: its left part and close right modifiers (``De beurs in Shanghai``)."""
    doc = head.doc
    start = min(
        (t.i for t in head.lefts if t.dep_ in ("det", "amod", "nmod:poss", "compound", "nummod")),
        default=head.i,
    )
    end = head.i + 1
    for child in head.rights:
        if (
            child.dep_ in ("flat", "compound", "nmod", "amod", "appos")
            and child.right_edge.i - head.i < MAX_NOUN_PHRASE
        ):
            end = child.right_edge.i + 1
        else:
            break
    while end - 1 > head.i and doc[end - 1].is_punct:
        end -= 1
    return char_offsets(doc, (start, end))


def fronted_group(doc: Doc, span: SpacySpan) -> Offsets | None:
    """``Van de jongeren geeft 57 procent aan ...`` -> ``de jongeren``.

    The group stands first in the sentence, in a ``van``/``onder``/``bij``/``in``
    phrase; times and places in time (``In 2009``, ``In maart``) do not count.
    """
    sentence = span.sent if doc.has_annotation("SENT_START") else doc[: span.end]
    first = sentence.start
    while first < span.start and doc[first].is_punct:
        first += 1
    if first >= span.start or doc[first].lower_ not in FRONTING_PREPOSITIONS:
        return None
    phrase = noun_phrase_after(doc, first + 1)
    if phrase is None or phrase[1] > span.start or doc[phrase[1] - 1].lower_ in NON_GROUP_HEADS:
        return None
    return char_offsets(doc, phrase)


def sentence_subject_groups(doc: Doc) -> list[Offsets]:
    """Plural subjects of main clauses: ``Nederlandse organisaties lopen achter``.

    These are the groups a reader carries to the next elliptical figure.
    """
    if not doc.has_annotation("DEP"):
        return []
    groups = []
    for token in doc:
        if (
            token.dep_ in SUBJECT_DEPS
            and token.head.dep_ == "ROOT"
            and token.pos_ == "NOUN"
            and "Plur" in token.morph.get("Number")
            and token.lower_ not in REPORTING_NOUNS
        ):
            phrase = noun_phrase_before(doc, token.i + 1)
            if phrase is not None:
                groups.append(char_offsets(doc, phrase))
    return groups


# --------------------------------------------------------------------------- statement


def clause_bounds(text: str, start: int, end: int, sentence: Offsets) -> Offsets:
    """The stretch of the sentence between the clause breaks around ``start:end``."""
    left, right = sentence
    i = start
    while i > left and text[i - 1] not in CLAUSE_BREAKS:
        i -= 1
    j = end
    while j < right and text[j] not in CLAUSE_BREAKS:
        j += 1
    return i, j


def statement_offsets(doc: Doc, span: SpacySpan, after: int) -> Offsets | None:
    """What holds for the share: the rest of the clause after the expression and its group.

    ``Slechts zestien procent heeft de technologie volledig geïntegreerd, ...``
    -> ``heeft de technologie volledig geïntegreerd``. When the figure closes its
    clause (``De AMX daalde 2,3%``), the clause before it stands in.
    """
    text = doc.text
    sentence = (
        (span.sent.start_char, span.sent.end_char) if doc.has_annotation("SENT_START") else (0, len(text))
    )
    while after < sentence[1] and text[after] in " )\u00a0":
        after += 1
    clause = clause_bounds(text, after, after, sentence)
    start, end = after, clause[1]
    if not text[start:end].strip(" .!?"):
        start, end = clause_bounds(text, span.start_char, span.start_char, sentence)[0], span.start_char
    return _trimmed(text, start, end)


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
    method, subject = _explicit_subject(doc, span, expression)
    group_end = expression.end
    if subject is not None and method in ("of_group", "quantified_noun"):
        group_end = max(group_end, subject[1])
    if subject is None:
        subject = discourse.antecedent(expression.start)
        method = "context" if subject is not None else "none"
    return SubjectChoice(subject, statement_offsets(doc, span, group_end), method)


def _explicit_subject(
    doc: Doc, span: SpacySpan, expression: PercentExpression
) -> tuple[Method, Offsets | None]:
    """Try the explicit rules in order and stop at the first that names a group."""
    rules: tuple[tuple[Method, Callable[[], Offsets | None]], ...] = (
        ("of_group", lambda: of_group(doc, span)),
        ("quantified_noun", lambda: quantified_noun(doc, span, expression)),
        ("apposition", lambda: apposition(doc, span, expression)),
        ("clause_subject", lambda: clause_subject(doc, span)),
        ("fronted_group", lambda: fronted_group(doc, span)),
    )
    for method, rule in rules:
        subject = rule()
        if subject is not None:
            return method, subject
    return "none", None
