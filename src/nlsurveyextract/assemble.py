"""Assemble result models from a processed Doc: findings and surveys.

The stages before this one each answer one question on the Doc (where are
the percentages, who is each about, what holds for them, which survey each
comes from); this module only turns their answers, in
``doc._.nlse_findings``, into the public :mod:`~nlsurveyextract.schema`
objects.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypeVar

from pydantic import BaseModel

from .claims import claim_for
from .schema import Finding, Span, Survey
from .stages.linking import EXTENSION as FINDINGS
from .stages.linking import LinkedFinding
from .stages.mentions import survey_mentions
from .stages.surveys import find_surveys
from .text.docview import has_annotation, text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .stages.surveys import SurveyMention

SPAN_FIELDS = set(Span.model_fields)
FINDING_FIELDS = set(Finding.model_fields)
NO_PARSE_NOTE = "the pipeline has no dependency parser: subjects rest on word order alone"

Model = TypeVar("Model", bound=BaseModel)


def compact(model: Model, fields_set: set[str]) -> Model:
    """``model`` with its record of the fields it was given shared with its siblings.

    Pydantic keeps a set of the field names each instance was given (about
    700 bytes for a Finding). Every Finding and Span this module builds is
    given the same fields, so one set serves them all: in an article of
    66,666 figures that is 90 MB. The model is validated as usual before;
    ``model_copy`` copies the set, so no instance can change another's.
    """
    if model.__pydantic_fields_set__ == fields_set:
        object.__setattr__(model, "__pydantic_fields_set__", fields_set)
    return model


@dataclass
class Quoter:
    """The Spans of one Doc's offsets in the article's text, each distinct span made once.

    Findings of one sentence share its ``sentence`` Span, and often their
    subject: the models are frozen, so one object serves them all, which keeps
    an article of thousands of figures small. ``offset`` is where the Doc's
    text starts in the article (a slice of a long text, :mod:`..slices`).
    """

    text: str
    offset: int = 0
    made: dict[tuple[int, int], Span] = field(default_factory=dict)

    def span(self, start: int, end: int) -> Span:
        """The Span of the Doc's characters ``start:end``."""
        found = self.made.get((start, end))
        if found is None:
            span = Span.of(self.text, start + self.offset, end + self.offset)
            found = self.made[(start, end)] = compact(span, SPAN_FIELDS)
        return found

    def optional(self, offsets: tuple[int, int] | None) -> Span | None:
        """The Span of ``offsets``, or None when there are none."""
        return None if offsets is None else self.span(*offsets)


def findings_and_surveys(
    doc: Doc, text: str | None = None, *, offset: int = 0, first_survey: int = 0
) -> tuple[tuple[Finding, ...], tuple[Survey, ...], tuple[str, ...]]:
    """Build findings and surveys from a Doc the extraction components have run on.

    ``text`` is the article as the result reports it; the Doc's text is
    ``text[offset:]`` up to its length, in the form the parser read
    (:func:`nlsurveyextract.pipeline.parser_text`), and spans quote ``text``.
    ``first_survey`` is the number of surveys earlier slices of the article
    reported, so that each finding's survey index points into the article's list.
    """
    quoter = Quoter(text_of(doc) if text is None else text, offset)
    surveys = tuple(survey_model(quoter, mention) for mention in survey_mentions(doc))
    findings = tuple(finding_model(quoter, linked, first_survey) for linked in doc._.get(FINDINGS))
    notes = (NO_PARSE_NOTE,) if findings and not has_annotation(doc, "DEP") else ()
    return findings, surveys, notes


def surveys_in_text(text: str, parsed_text: str) -> tuple[Survey, ...]:
    """The surveys of an article read without a Doc, as the survey stage reads them on one.

    ``parsed_text`` is ``text`` in the form the stages read it (``parser_text``).
    """
    quoter = Quoter(text)
    return tuple(survey_model(quoter, mention) for mention in find_surveys(parsed_text))


def survey_model(quoter: Quoter, mention: SurveyMention) -> Survey:
    """The public Survey of one survey mention."""
    return Survey(
        conductor=tuple(quoter.span(*offsets) for offsets in mention.conductors),
        sample_size=mention.sample_size,
        sample=quoter.optional(mention.sample_span),
        population=quoter.optional(mention.population),
        period=quoter.optional(mention.period),
    )


def finding_model(quoter: Quoter, linked: LinkedFinding, first_survey: int = 0) -> Finding:
    """The public Finding of one percentage expression and what the stages found about it."""
    expression, choice = linked.expression, linked.choice
    span = quoter.span(expression.start, expression.end)
    subject = quoter.optional(choice.subject)
    statement = quoter.optional(linked.statement)
    finding = Finding(
        value=expression.value,
        unit=expression.unit,
        low=expression.low,
        high=expression.high,
        qualifier=expression.qualifier,
        direction=expression.direction,
        form=expression.form,
        span=span,
        subject=subject,
        subject_method=choice.method,
        statement=statement,
        sentence=quoter.span(*linked.sentence),
        survey=None if linked.survey is None else linked.survey + first_survey,
        confidence=linked.confidence,
        claim=claim_for(
            expression.value,
            expression.unit,
            span.text,
            None if subject is None else subject.text,
            None if statement is None else statement.text,
        ),
    )
    return compact(finding, FINDING_FIELDS)
