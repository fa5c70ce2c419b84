"""The groups an article has named so far: what a reader takes for an elliptical figure.

``Slechts negen procent heeft een plan klaarliggen`` names no group: a reader
takes the group named last before it, in the same paragraph the group of an
earlier figure or the plural subject of a sentence, across a paragraph break
the population of the survey being reported. A figure may also continue the
one before it: ``van 12 naar 17 procent`` (a change), ``61% van de vaders -
en 55% in heel Europa`` (a coordination right after the first figure's group).

:class:`Discourse` is a value: resolving a figure gives a new one with that
figure's group added (:meth:`Discourse.remember`), so no rule sees state that
another changed. Look-ups are binary searches, so an article with thousands
of figures stays fast.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Literal

import regex

from ...lexicon.grammar import DETERMINERS
from ...text.docview import Offsets, has_annotation, text_of, view_of
from ...text.phrases import core_phrase
from .anaphors import Cue
from .antecedents import (
    LIST_MARKS,
    counted_sets,
    heading_starts,
    is_heading,
    named_groups,
    paragraph_start,
    words_name_people,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ...schema import SubjectMethod
    from ..percentages import PercentExpression
    from ..surveys import SurveyMention

# What stands between the two figures of a change: "van 12 naar 17 procent",
# "van 8,4% in maart, gezakt naar 7,9%" (bounded, so the match stays linear).
CHANGE_LINK = regex.compile(r"[^.!?;:\n]{0,40}?\b(?:naar|tot)\s+(?:(?:ruim|bijna|zo'n|circa|ongeveer)\s+)?")
# What stands before the first figure of a change: "van 7", "van ruim 7".
CHANGE_START = regex.compile(r"\bvan\s+(?:\w+\s+)?\Z")
# What stands between a figure with its group and a figure coordinated with it:
# "61% van de vaders - en 55% in heel Europa", "30 procent van de vrouwen, en ook 25 procent".
COORDINATION_LINK = regex.compile(r"\s*[-–—,]?\s*(?:en|of)\s+(?:ook\s+|zelfs\s+|nog\s+)?")
MAX_LINK = 40
"""Characters of the words that link two figures or lead to one; longer is no link."""
MAX_ANTECEDENT_DISTANCE = 2500
"""Characters; about four paragraphs, beyond which a reader has lost the thread."""
GROUP_METHODS = ("of_group", "quantified_noun", "fronted_group")
"""Methods whose subject is a group named with the figure: the next elliptical figure may refer to it."""
PEOPLE_METHODS = ("clause_subject", "apposition")
"""Methods whose subject is a group when it names people (``Veel deelnemers (88%) denken ...``)."""
MEASURE_METHODS = ("clause_subject",)
"""Methods whose subject is what the figure measures: ``dat``/``het`` may restate it."""

AntecedentKind = Literal["finding", "sentence", "mention", "population", "measure"]
"""A figure's group, a main clause's subject, another naming (``onder boeren``, ``4000 jongeren``), ..."""
ContextBasis = Literal[
    "paragraph_finding",
    "paragraph_sentence",
    "population",
    "earlier_finding",
    "first_named",
    "headline_lead",
    "restated_measure",
]
"""Where a context subject came from; their reliability differs."""


@dataclass(frozen=True, order=True)
class Antecedent:
    """A group named in the text: where it was named or used, and its words."""

    position: int
    start: int
    end: int
    kind: AntecedentKind
    method: str | None = field(default=None, compare=False)
    """For a figure's group: how that figure's subject was found (its uncertainty passes on)."""
    value: float | None = field(default=None, compare=False)
    """For a figure's group: the figure's value (a headline restates it below)."""
    people: bool = field(default=True, compare=False)
    """Whether the group names people or organisations: else it is carried within its sentence only."""


@dataclass(frozen=True)
class Previous:
    """The figure resolved just before: its offsets, its subject and how it was found."""

    start: int
    end: int
    subject: Offsets
    method: str = "none"


@dataclass(frozen=True)
class Discourse:
    """The groups named so far in an article, each kind in text order."""

    text: str = ""
    findings: tuple[Antecedent, ...] = ()
    sentences: tuple[Antecedent, ...] = ()
    populations: tuple[Antecedent, ...] = ()
    last: Previous | None = None
    """The previous figure and its subject, for ``van 7 naar 19 procent``."""
    measures: tuple[Antecedent, ...] = ()
    """Subjects of figures stated for a measure (``De inflatie kwam uit op 3,1 procent``)."""
    headings: tuple[int, ...] = ()
    """Where the title and the intertitles start: no group is carried across one."""
    sentence_starts: tuple[int, ...] = ()
    """Where each sentence starts: a sentence's topic is the group it names first."""
    counts: tuple[Antecedent, ...] = ()
    """Sets counted (``900 schepen``), of people or things: what ``Daarvan`` may split."""

    @classmethod
    def from_doc(cls, doc: Doc, mentions: Iterable[SurveyMention] = ()) -> Discourse:
        """Start from the groups the text names and the survey populations."""
        sentences = [
            Antecedent(start, start, end, "sentence" if subject else "mention")
            for (start, end), subject in named_groups(doc)
        ]
        populations = [
            Antecedent(m.population[0], *core_phrase(doc, m.population), "population")
            for m in mentions
            if m.population is not None
        ]
        text = text_of(doc)
        return cls(
            text,
            (),
            tuple(sentences),
            tuple(sorted(populations, key=lambda a: a.position)),
            headings=tuple(heading_starts(text)),
            sentence_starts=sentence_starts(doc),
            counts=tuple(
                Antecedent(start, start, end, "mention", people=False) for start, end in counted_sets(doc)
            ),
        )

    def remember(
        self, expression: PercentExpression, subject: Offsets | None, method: SubjectMethod
    ) -> Discourse:
        """The discourse after a finding: its group may be the next elliptical figure's."""
        last = None if subject is None else Previous(expression.start, expression.end, subject, method)
        findings, measures = self.findings, self.measures
        people = subject is not None and words_name_people(self.text[subject[0] : subject[1]])
        if subject is not None and (method in GROUP_METHODS or (method in PEOPLE_METHODS and people)):
            found = Antecedent(expression.start, *subject, "finding", method, expression.value, people)
            findings = (*findings, found)
        if subject is not None and method in MEASURE_METHODS:
            stated = Antecedent(expression.start, *subject, "measure", method, expression.value)
            measures = (*measures, stated)
        return replace(self, findings=findings, last=last, measures=measures)

    def partner(self, expression: PercentExpression) -> tuple[SubjectMethod, Offsets] | None:
        """The subject of the figure this one continues, and how it continues it."""
        if self.last is None:
            return None
        start, end, subject = self.last.start, self.last.end, self.last.subject
        starts_change = CHANGE_START.search(self.text, max(0, start - 20), start) is not None
        if starts_change and CHANGE_LINK.fullmatch(self.text, end, expression.start):
            return "change_partner", subject
        group_end = max(end, subject[1])
        if expression.start - group_end <= MAX_LINK and COORDINATION_LINK.fullmatch(
            self.text, group_end, expression.start
        ):
            return "coordinated_figure", subject
        return None

    def section_start(self, position: int) -> int:
        """Where the section of ``position`` starts: after the last heading before it."""
        index = bisect_left(self.headings, position)
        return 0 if index == 0 else self.headings[index - 1]

    def antecedent(self, position: int, cue: Cue | None = None) -> Found | None:
        """The group a reader takes for an elliptical figure at ``position``, and where it came from.

        The topic is the group named last before the figure in its paragraph,
        whether a figure's group or a sentence's (recency over kind: ``Ook
        apothekers klagen. Zo'n 40 procent ...``). Across a paragraph break a
        reader takes the group the paragraph before turned to last (a main
        clause's subject after any figure's group there), else the
        survey's population, else the last figure's group of the same
        section (a group of people stated with a figure as its subject or
        bracketed item counts: ``Veel bezoekers (64%) vinden ...``); never on
        a group named after the figure.
        ``dat``/``het`` restating a figure takes the last measure instead;
        ``Daarvan`` the last set counted when none was named after it.
        """
        section = self.section_start(position)
        restated = self.restated(position, section) if cue == "measure" else None
        if restated is not None:
            return restated
        paragraph = max(paragraph_start(self.text, position), section)
        findings = self.carried_findings(position)
        named = [nearest_before(groups, position, paragraph) for groups in (findings, self.sentences)]
        candidates = [group for group in named if group is not None]
        counted = nearest_before(self.counts, position, paragraph) if cue == "partitive" else None
        if counted is not None and all(counted.position > group.position for group in candidates):
            return found(counted, "paragraph_sentence")  # "Er kwamen 900 schepen aan. Daarvan ..."
        if candidates:
            return self.topic(candidates, paragraph)
        previous = max(previous_paragraph_start(self.text, paragraph), section)
        named = [nearest_before(groups, position, previous) for groups in (findings, self.sentences)]
        candidates = [group for group in named if group is not None and group.kind != "mention"]
        if candidates and max(candidates).kind == "sentence":  # the paragraph before turned to a new group
            return self.topic(candidates, previous)
        if self.populations:
            population = nearest_before(self.populations, position) or self.populations[0]
            return found(population, "population")
        earlier = nearest_before(findings, position, section)
        return None if earlier is None else found(earlier, "earlier_finding")

    def restated(self, position: int, section: int) -> Found | None:
        """What ``dat``/``het`` restates: the figure just before in the sentence, else the last measure.

        ``Een derde doet het samen, in 2007 was dat nog een kwart``: the
        same share of the same group, however that figure's subject was found.
        """
        last = self.last
        if last is not None and self.sentence_start(last.start) == self.sentence_start(position):
            return Found(last.subject, "restated_measure", last.method)
        restated = [nearest_before(kind, position, section) for kind in (self.measures, self.findings)]
        latest = max((a for a in restated if a is not None), default=None, key=lambda a: a.position)
        return None if latest is None else found(latest, "restated_measure")

    def carried_findings(self, position: int) -> tuple[Antecedent, ...]:
        """The figures' groups a reader may carry to ``position``: of people, or in its own sentence.

        ``40 procent van de woningen is verouderd, 20 procent staat leeg``
        carries ``de woningen`` within the sentence; a next sentence's ``Een
        derde wil verhuizen`` counts people, not dwellings.
        """
        sentence = self.sentence_start(position)
        return tuple(a for a in self.findings if a.people or a.position >= sentence)

    def topic(self, candidates: list[Antecedent], floor: int) -> Found:
        """The topic of the sentence that named the latest of ``candidates``, as a figure's subject."""
        group = self.topic_of_sentence(max(candidates, key=lambda a: a.position), floor)
        return found(group, "paragraph_finding" if group.kind == "finding" else "paragraph_sentence")

    def topic_of_sentence(self, latest: Antecedent, floor: int) -> Antecedent:
        """The first group named in the sentence of ``latest``: its topic (subject or fronted phrase).

        ``Onder boeren groeit de onvrede over de regels van gemeenten``: the
        topic is ``boeren``, named first, not the group named last.
        """
        sentence = max(self.sentence_start(latest.position), floor)
        same = [a for a in (*self.findings, *self.sentences) if sentence <= a.position <= latest.position]
        return min(same, key=lambda a: (a.kind not in ("sentence", "finding"), a.position))

    def sentence_start(self, position: int) -> int:
        """Where the sentence of ``position`` starts."""
        index = bisect_right(self.sentence_starts, position)
        return 0 if index == 0 else self.sentence_starts[index - 1]

    def headline_antecedent(self, expression: PercentExpression) -> Found | None:
        """The group of a headline or intertitle figure, named in the lead or paragraph below it.

        ``Een op de vijf slaat ontbijt over`` / ``Een op de vijf
        basisschoolleerlingen komt zonder ontbijt ...``: the body figure with
        the same value names the group (or the measure: ``Stijging van 8
        procent`` over ``De energierekening stijgt met 8 procent``), else the
        first group of the lead, else the survey's population.
        """
        lead_end = paragraph_below_end(self.text, self.headings, expression.end)
        below = [a for a in self.findings if expression.end < a.position < lead_end]
        stated = sorted(below + [a for a in self.measures if expression.end < a.position < lead_end])
        same = [a for a in stated if a.value is not None and abs(a.value - (expression.value or -99)) <= 1]
        named = below + [a for a in self.sentences if expression.end < a.position < lead_end]
        subjects = [a for a in named if a.kind != "mention"]  # a figure's group or a sentence's subject
        for group in same[:1] or sorted(subjects)[:1] or sorted(named)[:1] or self.populations[:1]:
            return found(group, "headline_lead")
        return None

    def bare_group(self, group: Found | None) -> Found | None:
        """``Een op de vier [Nederlandse fabrieksmedewerkers]``: a ratio takes its group without an article.

        A headline ratio stands for ``een op de vier`` followed by the plural
        named below it (``Een kwart van de Nederlandse fabrieksmedewerkers``).
        """
        if group is None:
            return None
        start, end = group.subject
        words = self.text[start:end].split(" ", 1)
        if len(words) == 2 and words[0].lower() in DETERMINERS:
            start += len(words[0]) + 1
        return replace(group, subject=(start, end))


@dataclass(frozen=True)
class Found:
    """An antecedent taken for a figure: its words, where it came from, how it was found itself."""

    subject: Offsets
    basis: ContextBasis
    method: str | None = None


def found(group: Antecedent, basis: ContextBasis) -> Found:
    """The antecedent ``group`` as a figure's subject."""
    return Found((group.start, group.end), basis, group.method)


def sentence_starts(doc: Doc) -> tuple[int, ...]:
    """Where each sentence of ``doc`` starts, in characters (none without sentence boundaries)."""
    if not has_annotation(doc, "SENT_START"):
        return ()
    return tuple(doc[i].idx for i in view_of(doc).sentence_starts)


def paragraph_below_end(text: str, headings: Sequence[int], end: int) -> int:
    r"""Where the paragraph below the heading that ends at ``end`` ends: at a blank line or the next heading.

    >>> paragraph_below_end("Een op de vijf stopt\nDe helft van de boeren stopt.\n\nRest.", (0,), 20)
    50
    """
    lead_end = text.find("\n\n", text.find("\n", end) + 2)
    lead_end = len(text) if lead_end < 0 else lead_end
    next_heading = bisect_right(headings, end)
    if next_heading < len(headings):
        lead_end = min(lead_end, headings[next_heading])  # an intertitle's paragraph ends there
    return lead_end


def is_headline(text: str, position: int) -> bool:
    """Whether ``position`` is in the title: a heading line first in a text with a body below it."""
    newline = text.find("\n")
    return 0 <= position < newline and is_heading(text[:newline])


def in_heading(text: str, position: int) -> bool:
    """Whether ``position`` is in the title or in an intertitle with a paragraph below it.

    ``48% twijfelt aan de opleiding`` over a paragraph that says who doubts:
    like a title, an intertitle states a figure whose group the text below names.
    """
    if is_headline(text, position):
        return True
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    if start == 0 or end < 0 or text[start:end].lstrip()[:1] in LIST_MARKS or not is_heading(text[start:end]):
        return False
    below = text[end:].lstrip()
    return bool(below) and not is_heading(below.split("\n", 1)[0])


def previous_paragraph_start(text: str, paragraph: int) -> int:
    """Where the paragraph before the one starting at ``paragraph`` starts (0 for the first)."""
    end = len(text[:paragraph].rstrip())
    return text.rfind("\n", 0, end) + 1 if end > 0 else 0


def nearest_before(groups: tuple[Antecedent, ...], position: int, floor: int = 0) -> Antecedent | None:
    """The last of ``groups`` named before ``position`` (and at or after ``floor``), if not too far."""
    index = bisect_left(groups, position, key=lambda a: a.position)
    if index == 0:
        return None
    group = groups[index - 1]
    if group.position < floor or position - group.position > MAX_ANTECEDENT_DISTANCE:
        return None
    return group
