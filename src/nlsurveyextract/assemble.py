"""Assemble result models from a processed Doc: findings and surveys.

The stages before this one each answer one question on the Doc (where are
the percentages, who is each about, what holds for them, which survey each
comes from); this module only turns their answers, in
``doc._.nlse_findings``, into the public :mod:`~nlsurveyextract.schema`
objects.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .claims import claim_at
from .schema import Finding, Span, Survey
from .stages.linking import EXTENSION as FINDINGS
from .stages.linking import LinkedFinding
from .stages.mentions import survey_mentions
from .text.docview import has_annotation, text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .stages.surveys import SurveyMention

NO_PARSE_NOTE = "the pipeline has no dependency parser: subjects rest on word order alone"


def findings_and_surveys(
    doc: Doc, text: str | None = None
) -> tuple[tuple[Finding, ...], tuple[Survey, ...], tuple[str, ...]]:
    """Build findings and surveys from a Doc the extraction components have run on.

    ``text`` is the article as the result reports it, of the same length as
    ``text_of(doc)`` (see :func:`nlsurveyextract.pipeline.parser_text`); spans quote it.
    """
    text = text_of(doc) if text is None else text
    surveys = tuple(survey_model(text, mention) for mention in survey_mentions(doc))
    findings = tuple(finding_model(text, linked) for linked in doc._.get(FINDINGS))
    notes = (NO_PARSE_NOTE,) if findings and not has_annotation(doc, "DEP") else ()
    return findings, surveys, notes


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


def finding_model(text: str, linked: LinkedFinding) -> Finding:
    """The public Finding of one percentage expression and what the stages found about it."""
    expression, choice = linked.expression, linked.choice
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
        statement=optional_span(text, linked.statement),
        sentence=Span.of(text, *linked.sentence),
        survey=linked.survey,
        confidence=linked.confidence,
        claim=claim_at(text, expression, choice.subject, linked.statement),
    )
