"""extract_many: many inputs, in order, streaming; one record per input."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from .config import DEFAULT_CONFIG, ExtractConfig
from .errors import describe
from .intake.prepare import PreparedText, prepare_file
from .pipeline import default_nlp, extract_doc, parser_text
from .schema import ArticleResult, ErrorInfo, ErrorRecord
from .stages.selection import parse_selectively

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


def extract_many(
    paths: Iterable[str | Path],
    *,
    nlp: Language | None = None,
    config: ExtractConfig = DEFAULT_CONFIG,
) -> Iterator[ArticleResult | ErrorRecord]:
    """Extract many files in order, streaming; a bad file yields an ErrorRecord.

    Texts go through ``nlp.pipe`` in batches, so the model is applied
    efficiently, and every input is accounted for in the output, in input order.
    """
    nlp = nlp or default_nlp()
    prepared_or_errors = (_prepare_or_error(path, config) for path in paths)
    yield from _pipe_prepared(nlp, prepared_or_errors, config.batch_size)


def _prepare_or_error(path: str | Path, config: ExtractConfig) -> PreparedText | ErrorRecord:
    try:
        return prepare_file(path, config)
    except Exception as error:
        return error_record(str(path), error)


def _pipe_prepared(
    nlp: Language, items: Iterable[PreparedText | ErrorRecord], batch_size: int
) -> Iterator[ArticleResult | ErrorRecord]:
    """Run nlp.pipe over the prepared texts, passing error records through in place."""
    for batch in _batches(items, batch_size):
        texts = [item for item in batch if isinstance(item, PreparedText)]
        docs = parse_selectively(nlp, [parser_text(item.text) for item in texts], batch_size)
        for item in batch:
            if isinstance(item, ErrorRecord):
                yield item
                continue
            yield _result_or_error(next(docs), item)


def _result_or_error(doc: Doc, prepared: PreparedText) -> ArticleResult | ErrorRecord:
    try:
        return extract_doc(doc, prepared)
    except Exception as error:
        return error_record(prepared.source, error)


def _batches(
    items: Iterable[PreparedText | ErrorRecord], size: int
) -> Iterator[list[PreparedText | ErrorRecord]]:
    batch: list[PreparedText | ErrorRecord] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def error_record(source: str, error: BaseException) -> ErrorRecord:
    """The output record that stands in for an input that failed."""
    return ErrorRecord(source=source, error=ErrorInfo(**describe(error)))
