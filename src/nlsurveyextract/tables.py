"""Results as flat rows: one per finding, for CSV files, pandas and Dask.

A spreadsheet or a DataFrame wants one row per figure, with everything a
reader filters on beside it: the article's source, title and date, and the
fields of the survey the figure came from. An article without findings and
an input that failed each still get one row (with empty finding columns, or
with ``error_kind`` and ``error_message``), so a table accounts for every
input just as the JSON Lines output does.

>>> from nlsurveyextract.schema import ErrorInfo, ErrorRecord
>>> row = next(finding_rows([ErrorRecord(source="x.txt", error=ErrorInfo(kind="empty", message="leeg"))]))
>>> row["source"], row["error_kind"], row["value"]
('x.txt', 'empty', None)
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from .errors import MissingExtraError

if TYPE_CHECKING:
    import pandas

    from .schema import ArticleResult, ErrorRecord, Finding, Span, Survey

Row = dict[str, Any]

ARTICLE_COLUMNS = ("source", "title", "date", "error_kind", "error_message")
FINDING_COLUMNS = (
    "finding",
    "value",
    "unit",
    "low",
    "high",
    "qualifier",
    "direction",
    "form",
    "quote",
    "start",
    "end",
    "subject",
    "subject_method",
    "statement",
    "sentence",
    "confidence",
)
SURVEY_COLUMNS = ("survey", "survey_conductor", "survey_sample_size", "survey_population", "survey_period")
COLUMNS = ARTICLE_COLUMNS + FINDING_COLUMNS + SURVEY_COLUMNS
"""Every row has exactly these keys, in this order."""

FLOAT_COLUMNS = ("value", "low", "high", "confidence")
INTEGER_COLUMNS = ("finding", "start", "end", "survey", "survey_sample_size")


def finding_rows(results: Iterable[ArticleResult | ErrorRecord]) -> Iterator[Row]:
    """Yield one flat row per finding; one row for an article without any, or an error."""
    for result in results:
        yield from _rows_of(result)


def _rows_of(result: ArticleResult | ErrorRecord) -> Iterator[Row]:
    from .schema import ErrorRecord

    if isinstance(result, ErrorRecord):
        yield _row(source=result.source, error_kind=result.error.kind, error_message=result.error.message)
        return
    article = {
        "source": result.source,
        "title": result.title,
        "date": result.date.isoformat() if result.date else None,
    }
    if not result.findings:
        yield _row(**article)
    for number, finding in enumerate(result.findings):
        survey = result.surveys[finding.survey] if finding.survey is not None else None
        yield _row(**article, finding=number, **_finding_fields(finding), **_survey_fields(survey))


def _row(**fields: Any) -> Row:
    return {column: fields.get(column) for column in COLUMNS}


def _finding_fields(finding: Finding) -> Row:
    return {
        "value": finding.value,
        "unit": finding.unit,
        "low": finding.low,
        "high": finding.high,
        "qualifier": finding.qualifier,
        "direction": finding.direction,
        "form": finding.form,
        "quote": finding.span.text,
        "start": finding.span.start,
        "end": finding.span.end,
        "subject": _text(finding.subject),
        "subject_method": finding.subject_method,
        "statement": _text(finding.statement),
        "sentence": finding.sentence.text,
        "confidence": finding.confidence,
        "survey": finding.survey,
    }


def _survey_fields(survey: Survey | None) -> Row:
    if survey is None:
        return {}
    return {
        "survey_conductor": "; ".join(span.text for span in survey.conductor) or None,
        "survey_sample_size": survey.sample_size,
        "survey_population": _text(survey.population),
        "survey_period": _text(survey.period),
    }


def _text(span: Span | None) -> str | None:
    return span.text if span is not None else None


def to_dataframe(results: Iterable[ArticleResult | ErrorRecord]) -> pandas.DataFrame:
    """The rows of :func:`finding_rows` as a pandas DataFrame (``pip install "nlsurveyextract[pandas]"``).

    Numbers are floats, counts and offsets nullable integers (``Int64``), the
    rest strings; every input has at least one row.
    """
    pd = _pandas()
    frame = pd.DataFrame(list(finding_rows(results)), columns=list(COLUMNS))
    return frame.astype(column_dtypes())


def column_dtypes() -> dict[str, str]:
    """The pandas dtype of each column, so every frame (and Dask's meta) agrees."""
    return {
        column: "float64" if column in FLOAT_COLUMNS else "Int64" if column in INTEGER_COLUMNS else "object"
        for column in COLUMNS
    }


def _pandas() -> Any:
    try:
        import pandas
    except ImportError as error:
        raise MissingExtraError(
            "to_dataframe needs pandas, which is not installed; "
            'install it with: pip install "nlsurveyextract[pandas]"'
        ) from error
    return pandas
