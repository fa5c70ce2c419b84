"""The public contract: Pydantic models of what an extraction returns.

Every model is frozen and forbids unknown fields, so a result cannot be
changed by accident after it was checked, and a typo in a field name is an
error rather than silently dropped data. The JSON paths that downstream tools
read (``source``, ``text``, ``findings[].value``, ``findings[].span.start``,
``findings[].subject.text``, ``surveys[].conductor[].text``,
``surveys[].sample_size``) are part of the contract.

Offsets are honest: every :class:`Span` of an :class:`ArticleResult` indexes
into that result's ``text``, and ``text[start:end] == span.text`` is checked
when the result is built.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from .vocab import Direction, Form, Qualifier, SubjectMethod, Unit

__all__ = [
    "ArticleResult",
    "Direction",
    "ErrorInfo",
    "ErrorRecord",
    "Finding",
    "Form",
    "Qualifier",
    "Span",
    "SubjectMethod",
    "Survey",
    "Unit",
    "json_schema",
]

_FROZEN = ConfigDict(frozen=True, extra="forbid")


class Span(BaseModel):
    """A stretch of the article text, by character offsets.

    ``start`` and ``end`` are Python string offsets (code points, end
    exclusive) into the ``text`` of the :class:`ArticleResult` that holds
    the span, so ``result.text[span.start:span.end] == span.text``.
    """

    model_config = _FROZEN

    text: str = Field(description="The words of the span, exactly as they stand in the text.")
    start: int = Field(ge=0, description="Offset of the first character in the article text.")
    end: int = Field(ge=0, description="Offset just past the last character (exclusive).")

    @model_validator(mode="after")
    def _length_matches(self) -> Span:
        """Reject a span whose offsets cannot hold its text."""
        if self.end < self.start:
            raise ValueError(f"span end {self.end} lies before its start {self.start}")
        if self.end - self.start != len(self.text):
            raise ValueError(
                f"span {self.text!r} has {len(self.text)} characters "
                f"but its offsets {self.start}:{self.end} cover {self.end - self.start}"
            )
        return self

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """Make the span of ``text[start:end]``.

        >>> Span.of("Vier op de tien", 0, 4)
        Span(text='Vier', start=0, end=4)
        """
        return cls(text=text[start:end], start=start, end=end)


class Finding(BaseModel):
    """One proportion claim: a share of a group, a rate, or a percentage change.

    ``Bijna de helft (49 procent) verwacht ...`` is one finding with value 49,
    qualifier ``exact`` (the precise figure wins) and a span that runs from
    ``Bijna`` to ``procent)``.
    """

    model_config = _FROZEN

    value: float | None = Field(
        description="The proportion in percent (or percentage points); the midpoint for a range; "
        "None for a vague quantifier such as 'een meerderheid'."
    )
    unit: Unit = Field(default="percent", description="'percent' or 'percentage_point'.")
    low: float | None = Field(default=None, description="Lower bound of a range, else None.")
    high: float | None = Field(default=None, description="Upper bound of a range, else None.")
    qualifier: Qualifier = Field(
        default="exact", description="What a qualifier such as 'bijna' or 'ruim' says of the value."
    )
    direction: Direction | None = Field(
        default=None, description="'up' or 'down' for a change ('steeg met 3 procent'), else None."
    )
    form: Form = Field(description="How the proportion is written (figure, words, fraction, ...).")
    span: Span = Field(description="The expression, qualifiers included: 'Slechts zestien procent'.")
    subject: Span | None = Field(
        default=None,
        description="Who or what the proportion is about: 'de bestuurders' in 'dertig procent van "
        "de bestuurders'; for an elliptical sentence the group understood from context.",
    )
    subject_method: SubjectMethod = Field(
        default="none", description="Which rule found the subject; 'context' means an earlier sentence."
    )
    statement: Span | None = Field(
        default=None, description="What holds for that share: the rest of its clause."
    )
    sentence: Span = Field(description="The sentence that holds the expression.")
    survey: int | None = Field(
        default=None, ge=0, description="Index into the article's `surveys` this figure comes from."
    )
    confidence: float = Field(
        ge=0.0, le=1.0, description="Estimated probability that value and subject are both right."
    )

    @model_validator(mode="after")
    def _range_is_ordered(self) -> Finding:
        """A range must run from low to high and hold its value."""
        if self.low is not None and self.high is not None and self.low > self.high:
            raise ValueError(f"range low {self.low} is above high {self.high}")
        return self

    def spans(self) -> Iterator[Span]:
        """Yield every span this finding reports, for offset checks."""
        yield self.span
        yield self.sentence
        if self.subject is not None:
            yield self.subject
        if self.statement is not None:
            yield self.statement


class Survey(BaseModel):
    """A survey, poll or statistics source whose results the article reports.

    ``Uit onderzoek van TOPdesk onder zesduizend IT-managers`` gives conductor
    ``TOPdesk``, sample size 6000 and population ``IT-managers``.
    """

    model_config = _FROZEN

    conductor: tuple[Span, ...] = Field(
        default=(), description="Who ran or commissioned it, organisation names as written."
    )
    sample_size: int | None = Field(
        default=None, ge=1, description="How many were asked; None when not stated (registers)."
    )
    sample: Span | None = Field(default=None, description="Where the sample size is written.")
    population: Span | None = Field(default=None, description="Who was asked: 'IT-managers'.")
    period: Span | None = Field(default=None, description="When it was held, when stated.")

    def spans(self) -> Iterator[Span]:
        """Yield every span this survey reports, for offset checks."""
        yield from self.conductor
        for span in (self.sample, self.population, self.period):
            if span is not None:
                yield span


class ArticleResult(BaseModel):
    """Everything extracted from one article.

    ``text`` is the repaired article, headline included; only a metadata
    header such as ``date 2025-10-23`` is left out of it, and lands in
    ``date``. All spans index into ``text``.
    """

    model_config = _FROZEN

    source: str = Field(description="Where the article came from: a path, '-' for stdin, or a name.")
    date: datetime.date | None = Field(default=None, description="Date from a metadata header.")
    title: str | None = Field(default=None, description="The headline, when the text starts with one.")
    text: str = Field(description="The repaired article text that every span points into.")
    encoding: str | None = Field(default=None, description="How the input bytes were decoded.")
    repairs: tuple[str, ...] = Field(default=(), description="Repairs applied to the text, in order.")
    findings: tuple[Finding, ...] = Field(default=(), description="Proportion claims, in text order.")
    surveys: tuple[Survey, ...] = Field(default=(), description="Surveys and sources reported.")
    warnings: tuple[str, ...] = Field(default=(), description="Things a reviewer should know.")

    @model_validator(mode="after")
    def _offsets_point_into_text(self) -> ArticleResult:
        """Check that every span slices back to its own text and survey links exist."""
        for span in self._all_spans():
            if self.text[span.start : span.end] != span.text:
                raise ValueError(
                    f"span {span.text!r} at {span.start}:{span.end} does not match the text there "
                    f"({self.text[span.start : span.end]!r})"
                )
        for finding in self.findings:
            if finding.survey is not None and finding.survey >= len(self.surveys):
                raise ValueError(f"finding links to survey {finding.survey}, which does not exist")
        return self

    def _all_spans(self) -> Iterator[Span]:
        for finding in self.findings:
            yield from finding.spans()
        for survey in self.surveys:
            yield from survey.spans()


class ErrorInfo(BaseModel):
    """Why an input could not be processed."""

    model_config = _FROZEN

    kind: str = Field(description="Short name of the failure: 'binary', 'empty', 'unreadable', ...")
    message: str = Field(description="What happened and what to do about it.")


class ErrorRecord(BaseModel):
    """Stands in the output for an input that failed, so no input is lost."""

    model_config = _FROZEN

    source: str = Field(description="The input that failed.")
    error: ErrorInfo = Field(description="What went wrong.")


def json_schema() -> dict[str, Any]:
    """Return the JSON Schema of :class:`ArticleResult`, as ``extract --schema`` prints it."""
    return ArticleResult.model_json_schema()
