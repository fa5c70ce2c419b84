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

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Literal

import regex

from ...lexicon.grammar import REPORTING_NOUNS
from ...text.clauses import SUBJECT_DEPS
from ...text.docview import Offsets, char_offsets, has_annotation, text_of
from ...text.phrases import core_phrase, phrase_of_head
from ...text.tokens import is_group_head, morph, names_people_or_organisations

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

AntecedentKind = Literal["finding", "sentence", "population"]
ContextBasis = Literal[
    "paragraph_finding", "paragraph_sentence", "population", "earlier_finding", "first_named"
]
"""Where a context subject came from, in the order :meth:`Discourse.antecedent` prefers them."""


@dataclass(frozen=True, order=True)
class Antecedent:
    """A group named in the text: where it was named or used, and its words."""

    position: int
    start: int
    end: int
    kind: AntecedentKind


@dataclass(frozen=True)
class Previous:
    """The figure resolved just before: its offsets and its subject."""

    start: int
    end: int
    subject: Offsets


@dataclass(frozen=True)
class Discourse:
    """The groups named so far in an article, each kind in text order."""

    text: str = ""
    findings: tuple[Antecedent, ...] = ()
    sentences: tuple[Antecedent, ...] = ()
    populations: tuple[Antecedent, ...] = ()
    last: Previous | None = None
    """The previous figure and its subject, for ``van 7 naar 19 procent``."""

    @classmethod
    def from_doc(cls, doc: Doc, mentions: Iterable[SurveyMention] = ()) -> Discourse:
        """Start from the plural subjects of sentences and the survey populations."""
        sentences = [Antecedent(start, start, end, "sentence") for start, end in sentence_subject_groups(doc)]
        populations = [
            Antecedent(m.population[0], *core_phrase(doc, m.population), "population")
            for m in mentions
            if m.population is not None
        ]
        return cls(text_of(doc), (), tuple(sentences), tuple(sorted(populations, key=lambda a: a.position)))

    def remember(
        self, expression: PercentExpression, subject: Offsets | None, method: SubjectMethod
    ) -> Discourse:
        """The discourse after a finding: its group may be the next elliptical figure's."""
        last = None if subject is None else Previous(expression.start, expression.end, subject)
        findings = self.findings
        if subject is not None and method in GROUP_METHODS:
            findings = (*findings, Antecedent(expression.start, *subject, "finding"))
        return replace(self, findings=findings, last=last)

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

    def antecedent(self, position: int) -> tuple[Offsets, ContextBasis] | None:
        """The group a reader takes for an elliptical figure at ``position``, and where it came from.

        Preference, measured on held-out news: a group named earlier in the
        same paragraph (a figure's group, then a sentence subject); across a
        paragraph break the survey's population, else the last figure's group;
        and for a figure before any group, the first population or group named.
        """
        paragraph = self.text.rfind("\n", 0, position) + 1
        nearest: tuple[tuple[Antecedent | None, ContextBasis], ...] = (
            (nearest_before(self.findings, position, paragraph), "paragraph_finding"),
            (nearest_before(self.sentences, position, paragraph), "paragraph_sentence"),
            (nearest_before(self.populations, position), "population"),
            (nearest_before(self.findings, position), "earlier_finding"),
            (self.first_named(), "first_named"),
        )
        for group, basis in nearest:
            if group is not None:
                return (group.start, group.end), basis
        return None

    def first_named(self) -> Antecedent | None:
        """The survey population, else the first group of the article (for a lead figure)."""
        if self.populations:
            return self.populations[0]
        firsts = [groups[0] for groups in (self.findings, self.sentences) if groups]
        return min(firsts, key=lambda a: a.position) if firsts else None


def nearest_before(groups: tuple[Antecedent, ...], position: int, floor: int = 0) -> Antecedent | None:
    """The last of ``groups`` named before ``position`` (and at or after ``floor``), if not too far."""
    index = bisect_left(groups, position, key=lambda a: a.position)
    if index == 0:
        return None
    group = groups[index - 1]
    if group.position < floor or position - group.position > MAX_ANTECEDENT_DISTANCE:
        return None
    return group


def sentence_subject_groups(doc: Doc) -> list[Offsets]:
    """Plural subjects of main clauses: ``Veel gemeenten kampen met tekorten``.

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
