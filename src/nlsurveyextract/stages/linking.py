"""Each finding's survey and confidence: the last stage, a spaCy component.

News states a figure first and its source after it (``Dat blijkt uit een
peiling van ...``), or the source first and the figures after; so a figure
belongs to the last survey mentioned before it, or, before any mention, to
the first one. The confidence is the probability that value and subject are
both right, from how each was found.

The component :class:`FindingLinker` (``nlsurveyextract_linking``) puts one
:class:`LinkedFinding` per percentage span in ``doc._.nlse_findings``: plain
frozen values, so a Doc pickles with them.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from ..errors import ModelError
from ..text.docview import (
    Offsets,
    build_view,
    char_offsets,
    has_annotation,
    sentence_bounds,
    text_of,
)
from .mentions import survey_mentions
from .percentages import EXTENSION as PERCENTAGE
from .stage import doc_extension, register
from .statements import EXTENSION as STATEMENTS
from .subjects import EXTENSION as SUBJECTS
from .subjects import SubjectChoice
from .surveys import EXTENSION as SURVEYS

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan

    from .percentages import PercentExpression
    from .surveys import SurveyMention

FACTORY = "nlsurveyextract_linking"
EXTENSION = doc_extension("nlse_findings")
"""``doc._.nlse_findings``: one :class:`LinkedFinding` per percentage span, in text order."""

# How often a subject found each way was right (lenient match) on the dev
# corpus, as printed by benchmarks/calibration.py, smoothed as (right + 1) /
# (found + 2) so that a rule seen a few times is not trusted fully. Rerun it
# and update these when the rules or the model change.
SUBJECT_RELIABILITY: dict[str, float] = {
    "of_group": 0.97,  # 144 of 147
    "quantified_noun": 0.97,  # 36 of 36
    "apposition": 0.88,  # 60 of 67
    "respective_item": 0.92,  # 10 of 10
    "fronted_group": 0.94,  # 31 of 32
    "change_partner": 0.88,  # 6 of 6
    "coordinated_figure": 0.75,  # 2 of 2
    "clause_subject": 0.91,  # 68 of 74
    "context": 0.82,  # 98 of 119; by basis below
    "none": 0.0,
}

CONTEXT_RELIABILITY: dict[str, float] = {
    "paragraph_finding": 0.95,  # 71 of 74
    "paragraph_sentence": 0.78,  # 6 of 7
    "earlier_finding": 0.73,  # 10 of 13
    "first_named": 0.5,  # 1 of 2
    "headline_lead": 0.6,
    "restated_measure": 0.7,
    "population": 0.36,  # 7 of 20: quotes in the first person, headlines with another group
}

# Share of detected expressions with the right value. Held-out dev scores
# 1.00; texts never seen will do somewhat worse, so a margin is kept.
VALUE_RELIABILITY = 0.97

VAGUE_RELIABILITY = 0.6
"""A vague quantifier ('een meerderheid') has no value to be right about."""


@dataclass(frozen=True)
class LinkedFinding:
    """Everything the stages found about one percentage span."""

    expression: PercentExpression
    sentence: Offsets
    choice: SubjectChoice
    statement: Offsets | None
    survey: int | None
    """Index of the survey it comes from among the Doc's survey mentions."""
    confidence: float


def sentence_offsets(doc: Doc, span: SpacySpan) -> tuple[int, int]:
    """Offsets of the sentence around ``span``, trimmed of surrounding white space.

    Without sentence boundaries (a blank pipeline) the paragraph stands in.
    """
    text = text_of(doc)
    if has_annotation(doc, "SENT_START"):
        start, end = char_offsets(doc, sentence_bounds(doc, span.start))
    else:
        start = text.rfind("\n", 0, span.start_char) + 1
        newline = text.find("\n", span.end_char)
        end = len(text) if newline < 0 else newline
    start = min(start, span.start_char)
    end = max(end, span.end_char)
    stripped = text[start:end]
    lead = len(stripped) - len(stripped.lstrip())
    trail = len(stripped) - len(stripped.rstrip())
    return start + lead, end - trail


def survey_index(position: int, mentions: Sequence[SurveyMention]) -> int | None:
    """The survey a figure at ``position`` most likely belongs to.

    News states the figure first and the source after it ("Dat blijkt uit
    onderzoek van ..."), or the source first and figures after; so a figure
    belongs to the last survey mentioned before it, or, before any mention,
    to the first one.
    """
    if not mentions:
        return None
    starts = [mention.cue[0] for mention in mentions]
    return max(bisect_right(starts, position) - 1, 0)


def confidence(expression: PercentExpression, choice: SubjectChoice) -> float:
    """Probability that value and subject are both right, from how each was found."""
    value_reliability = VALUE_RELIABILITY if expression.value is not None else VAGUE_RELIABILITY
    if choice.method == "context" and choice.basis is not None:
        return round(value_reliability * CONTEXT_RELIABILITY[choice.basis], 2)
    return round(value_reliability * SUBJECT_RELIABILITY[choice.method], 2)


def linked(doc: Doc, span: SpacySpan, choice: SubjectChoice, statement: Offsets | None) -> LinkedFinding:
    """The finding of one percentage span, linked to its survey."""
    expression = span._.get(PERCENTAGE)
    survey = survey_index(expression.start, survey_mentions(doc))
    return LinkedFinding(
        expression, sentence_offsets(doc, span), choice, statement, survey, confidence(expression, choice)
    )


class FindingLinker:
    """spaCy component: each finding with its sentence, survey and confidence, in ``doc._.nlse_findings``."""

    def __init__(self, spans_key: str) -> None:
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        """Link every percentage span; the subjects and statements must be on the Doc."""
        choices, statements = doc._.get(SUBJECTS), doc._.get(STATEMENTS)
        if choices is None or statements is None:
            raise ModelError(
                f"{FACTORY} needs the subjects and statements: build the pipeline with "
                "nlsurveyextract.load() or add_extraction_pipes(nlp)"
            )
        spans = build_view(doc, self.spans_key).expressions
        rows = zip(spans, choices, statements, strict=True)
        doc._.set(EXTENSION, tuple(linked(doc, *row) for row in rows))
        return doc


make_finding_linker = register(FACTORY, FindingLinker, EXTENSION, requires=(SURVEYS, SUBJECTS, STATEMENTS))
