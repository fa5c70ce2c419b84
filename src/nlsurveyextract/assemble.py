"""Assemble result models from a processed Doc: findings, surveys and their links.

The stages before this one each answer one question on their own (where are
the percentages, who is each about, which surveys are mentioned); this module
turns their answers into the public :mod:`~nlsurveyextract.schema` objects,
links every finding to the survey it most likely comes from, and estimates a
confidence.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from .claims import claim_at
from .schema import Finding, Span, Survey
from .stages.subjects import Discourse, SubjectChoice, resolve_subject
from .stages.surveys import SurveyMention, find_surveys
from .text.phrases import char_offsets, has_annotation, sentence_bounds, text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan

    from .stages.percentages import PercentExpression

NO_PARSE_NOTE = "the pipeline has no dependency parser: subjects rest on word order alone"

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
    "population": 0.36,  # 7 of 20: quotes in the first person, headlines with another group
}

# Share of detected expressions with the right value. Held-out dev scores
# 1.00; texts never seen will do somewhat worse, so a margin is kept.
VALUE_RELIABILITY = 0.97
VAGUE_RELIABILITY = 0.6
"""A vague quantifier ('een meerderheid') has no value to be right about."""


def findings_and_surveys(
    doc: Doc, spans_key: str, text: str | None = None
) -> tuple[tuple[Finding, ...], tuple[Survey, ...], tuple[str, ...]]:
    """Build findings and surveys from a Doc the percentage finder has run on.

    ``text`` is the article as the result reports it, of the same length as
    ``text_of(doc)`` (see :func:`nlsurveyextract.pipeline.parser_text`); spans quote it.
    """
    text = text_of(doc) if text is None else text
    mentions = find_surveys(text)
    surveys = tuple(survey_model(text, mention) for mention in mentions)
    discourse = Discourse.from_doc(doc, mentions)
    findings = []
    for span in doc.spans[spans_key]:
        expression: PercentExpression = span._.nlse_percentage
        choice = resolve_subject(doc, expression, discourse)
        discourse.remember(expression, choice)
        findings.append(finding_model(doc, text, span, expression, choice, mentions))
    notes = () if has_annotation(doc, "DEP") else (NO_PARSE_NOTE,)
    return tuple(findings), surveys, notes


def optional_span(text: str, offsets: tuple[int, int] | None) -> Span | None:
    """A Span for ``text[start:end]``, or None when there are no offsets."""
    return None if offsets is None else Span.of(text, *offsets)


def survey_model(text: str, mention: SurveyMention) -> Survey:
    """The public Survey of one survey mention."""
    return Survey(
        conductor=tuple(Span.of(text, *offsets) for offsets in mention.conductors),
        sample_size=mention.sample_size,
        sample=optional_span(text, mention.sample_span),
        population=optional_span(text, mention.population),
        period=optional_span(text, mention.period),
    )


def finding_model(
    doc: Doc,
    text: str,
    span: SpacySpan,
    expression: PercentExpression,
    choice: SubjectChoice,
    mentions: list[SurveyMention],
) -> Finding:
    """The public Finding of one percentage expression and its resolved subject."""
    return Finding(
        value=expression.value,
        unit=expression.unit,
        low=expression.low,
        high=expression.high,
        qualifier=expression.qualifier,
        direction=expression.direction,
        form=expression.form,
        span=Span.of(text, expression.start, expression.end),
        subject=optional_span(text, choice.subject),
        subject_method=choice.method,
        statement=optional_span(text, choice.statement),
        sentence=Span.of(text, *sentence_offsets(doc, span)),
        survey=survey_index(expression.start, mentions),
        confidence=confidence(expression, choice),
        claim=claim_at(text, expression, choice.subject, choice.statement),
    )


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


def survey_index(position: int, mentions: list[SurveyMention]) -> int | None:
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
