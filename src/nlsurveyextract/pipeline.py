"""load() and extract(): read -> repair -> spaCy -> findings -> result models.

The layers follow ftfy's example: :func:`extract` for most users,
:func:`extract_doc` for users who run their own spaCy pipeline, and the
stage functions (:func:`nlsurveyextract.reading.decode`,
:func:`nlsurveyextract.repair.repair`,
:func:`nlsurveyextract.percentages.find_percentages`, ...) on their own.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, Field

from . import language
from .errors import EmptyInputError, InputTooLargeError, ModelError, describe
from .percentages import FACTORY as PERCENTAGES_PIPE
from .percentages import SPANS_KEY
from .reading import decode, read_file, split_header
from .repair import repair
from .schema import ArticleResult, ErrorInfo, ErrorRecord

if TYPE_CHECKING:
    import datetime

    from spacy.language import Language
    from spacy.tokens import Doc

MODEL_NAME = "nl_nlsurveyextract_sm"
"""The Dutch pipeline trained by this project and shipped inside the package."""


class ExtractConfig(BaseModel):
    """Options of an extraction, validated once and then frozen."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    max_bytes: int = Field(
        default=1_000_000,
        gt=0,
        description="Refuse inputs larger than this many bytes (a news article is ~10 kB; spaCy's "
        "default nlp.max_length is 1,000,000 characters).",
    )
    batch_size: int = Field(default=32, gt=0, description="Documents per nlp.pipe batch.")


DEFAULT_CONFIG = ExtractConfig()


@dataclass(frozen=True)
class PreparedText:
    """An article after reading and repair, before any NLP: what the result reports."""

    source: str
    text: str
    date: datetime.date | None = None
    title: str | None = None
    encoding: str | None = None
    repairs: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()


# --------------------------------------------------------------------------- model


def shipped_model_path() -> Path:
    """Find the bundled pipeline: inside the installed package, else in the source tree.

    A wheel carries it as ``nlsurveyextract/models/<name>``; an editable install
    or a checkout uses ``models/<name>`` at the repository root.
    """
    package_dir = Path(__file__).resolve().parent
    for candidate in (package_dir / "models" / MODEL_NAME, package_dir.parents[1] / "models" / MODEL_NAME):
        if (candidate / "meta.json").is_file():
            return candidate
    raise ModelError(
        f"the bundled Dutch pipeline {MODEL_NAME!r} is missing from this installation; "
        "reinstall nlsurveyextract with 'pip install .' from a complete checkout, "
        "or pass a pipeline of your own to load('path/or/name')"
    )


def load(name_or_path: str | Path | None = None) -> Language:
    """Load a Dutch spaCy pipeline ready for extraction.

    Without an argument it loads the pipeline shipped with the package (no
    network needed). A name or path loads another Dutch pipeline
    (``load("nl_core_news_lg")``). The percentage finder is added when the
    pipeline does not have it yet.
    """
    import spacy

    target = shipped_model_path() if name_or_path is None else name_or_path
    try:
        nlp = spacy.load(target)
    except OSError as error:
        raise ModelError(
            f"cannot load the spaCy pipeline {str(target)!r}: {error}. Install it, "
            "or call load() without arguments for the bundled Dutch pipeline"
        ) from error
    if nlp.lang != "nl":
        raise ModelError(f"the pipeline {str(target)!r} is for language {nlp.lang!r}, not Dutch ('nl')")
    return add_extraction_pipes(nlp)


def add_extraction_pipes(nlp: Language) -> Language:
    """Add this library's components to any Dutch pipeline, once."""
    from . import sentences  # registers its factory, as importing percentages above does

    sentences.free_common_words(nlp)
    if sentences.FACTORY not in nlp.pipe_names:
        before = next((name for name in ("parser", "senter", "sentencizer") if name in nlp.pipe_names), None)
        if before is None:
            nlp.add_pipe(sentences.FACTORY, first=True)
        else:
            nlp.add_pipe(sentences.FACTORY, before=before)
    if PERCENTAGES_PIPE not in nlp.pipe_names:
        nlp.add_pipe(PERCENTAGES_PIPE, last=True)
    return nlp


@functools.lru_cache(maxsize=1)
def default_nlp() -> Language:
    """The bundled pipeline, loaded once per process and shared by extract()."""
    return load()


# --------------------------------------------------------------------------- input


def prepare_text(raw: str | bytes, source: str, config: ExtractConfig = DEFAULT_CONFIG) -> PreparedText:
    """Decode, repair and split off a metadata header: everything before NLP.

    Raises an :class:`~nlsurveyextract.errors.InputError` for input that is
    not an article (binary, empty, too large).
    """
    if isinstance(raw, bytes):
        decoded = decode(raw, source=source, max_bytes=config.max_bytes)
        return prepare_decoded(decoded.text, source, decoded.encoding)
    if len(raw) > config.max_bytes:
        raise InputTooLargeError(
            f"{source}: the text has {len(raw):,} characters, more than the limit of "
            f"{config.max_bytes:,}; split it, or raise ExtractConfig(max_bytes=...)"
        )
    return prepare_decoded(raw, source, None)


def prepare_decoded(raw: str, source: str, encoding: str | None) -> PreparedText:
    """Repair decoded text and split off its metadata header."""
    repaired = repair(raw)
    header = split_header(repaired.text)
    body = repaired.text[header.body_start :]
    if not body.strip():
        raise EmptyInputError(f"{source}: there is no article text, only white space or a header")
    return PreparedText(
        source=source,
        text=body,
        date=header.date,
        title=header.title,
        encoding=encoding,
        repairs=repaired.steps,
        warnings=language.warnings_for(body),
    )


def prepare_file(path: str | Path, config: ExtractConfig = DEFAULT_CONFIG) -> PreparedText:
    """Read a file (``-`` is standard input) and prepare its text."""
    source = str(path)
    if source == "-":
        import sys

        return prepare_text(sys.stdin.buffer.read(), source, config)
    decoded = read_file(path, max_bytes=config.max_bytes)
    return prepare_decoded(decoded.text, source, decoded.encoding)


# --------------------------------------------------------------------------- extraction

# Spaces a tokenizer and parser trained on treebanks have never seen: spaCy
# makes each a token of its own, which the parser then attaches at random.
# Mapped one character to one, so every offset stays valid for the article.
_PARSER_SPACES = str.maketrans({"\u00a0": " ", "\u2007": " ", "\u2009": " ", "\u202f": " "})


def parser_text(text: str) -> str:
    """The article as the parser sees it: non-breaking and thin spaces made plain.

    The result has the same length as ``text``, so offsets found in it point
    into ``text`` too; results always quote the article's own characters.

    >>> parser_text("36\u00a0procent") == "36 procent"
    True
    """
    return text.translate(_PARSER_SPACES)


def extract_doc(doc: Doc, prepared: PreparedText | None = None) -> ArticleResult:
    """Build the result from a Doc that a pipeline with the percentage finder made.

    For users who run their own pipeline: ``extract_doc(nlp(text))``. The
    Doc's text must be the repaired article; ``prepared`` carries what was
    learned before NLP (source, date, repairs).
    """
    from .findings import findings_and_surveys

    if SPANS_KEY not in doc.spans:
        raise ModelError(
            f"extract_doc: the Doc has no {SPANS_KEY!r} spans; run it through a pipeline "
            "from nlsurveyextract.load(), or add the components with add_extraction_pipes(nlp)"
        )
    prepared = prepared or PreparedText(source="<doc>", text=doc.text)
    if parser_text(prepared.text) != parser_text(doc.text):
        raise ValueError("extract_doc: the Doc's text differs from the prepared text it came with")
    findings, surveys, notes = findings_and_surveys(doc, SPANS_KEY, prepared.text)
    return ArticleResult(
        source=prepared.source,
        date=prepared.date,
        title=prepared.title,
        text=prepared.text,
        encoding=prepared.encoding,
        repairs=prepared.repairs,
        findings=findings,
        surveys=surveys,
        warnings=prepared.warnings + notes,
    )


def extract(
    text: str | bytes,
    *,
    source: str = "<text>",
    nlp: Language | None = None,
    config: ExtractConfig = DEFAULT_CONFIG,
) -> ArticleResult:
    """Extract the percentage findings of one article given as text or bytes.

    >>> result = extract("Vier op de tien Nederlanders sporten wekelijks.")  # doctest: +SKIP
    >>> result.findings[0].value  # doctest: +SKIP
    40.0
    """
    prepared = prepare_text(text, source, config)
    return extract_doc((nlp or default_nlp())(parser_text(prepared.text)), prepared)


def extract_file(
    path: str | Path, *, nlp: Language | None = None, config: ExtractConfig = DEFAULT_CONFIG
) -> ArticleResult:
    """Extract the findings of one article file (any encoding; ``-`` reads stdin)."""
    prepared = prepare_file(path, config)
    return extract_doc((nlp or default_nlp())(parser_text(prepared.text)), prepared)


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
        docs = iter(nlp.pipe(parser_text(item.text) for item in texts))
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
