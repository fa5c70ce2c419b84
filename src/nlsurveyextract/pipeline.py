"""load() and extract(): read -> repair -> spaCy -> findings -> result models.

The layers follow ftfy's example: :func:`extract` for most users,
:func:`extract_doc` for users who run their own spaCy pipeline, and the
stage functions (:func:`nlsurveyextract.intake.reading.decode`,
:func:`nlsurveyextract.intake.repair.repair`,
:func:`nlsurveyextract.stages.percentages.find_percentages`, ...) on their own.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path
from typing import TYPE_CHECKING

from . import logs
from .config import DEFAULT_CONFIG, ExtractConfig
from .errors import InputError, InputTooLargeError, InputTypeError, ModelError, internal_errors
from .intake.prepare import PreparedText, parser_text, prepare_file, prepare_text
from .schema import ArticleResult, Finding, Survey
from .stages.percentages import FACTORY as PERCENTAGES_PIPE
from .stages.surveys import FACTORY as SURVEYS_PIPE

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = [
    "DEFAULT_CONFIG",
    "ExtractConfig",
    "PreparedText",
    "extract",
    "extract_doc",
    "extract_file",
    "load",
    "parser_text",
]

MODEL_NAME = "nl_nlsurveyextract_sm"
"""The Dutch pipeline trained by this project and shipped inside the package."""

UNREAD_COMPONENTS = ("tagger", "trainable_lemmatizer")
"""Components of the shipped pipeline whose output (``tag_``, ``lemma_``) no stage reads: not loaded."""


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
    network needed), without the components whose output no stage reads
    (:data:`UNREAD_COMPONENTS`). A name or path loads another Dutch pipeline
    whole (``load("nl_core_news_lg")``). The percentage finder is added when
    the pipeline does not have it yet.
    """
    import spacy

    from .saved_tokenizer import FACTORY as SAVED_TOKENIZER

    shipped = name_or_path is None
    target: str | Path = shipped_model_path() if name_or_path is None else name_or_path
    overrides = {"nlp": {"tokenizer": {"@tokenizers": SAVED_TOKENIZER}}} if shipped else {}
    try:
        nlp = spacy.load(target, exclude=UNREAD_COMPONENTS if shipped else (), config=overrides)
    except OSError as error:
        raise ModelError(
            f"cannot load the spaCy pipeline {str(target)!r}: {error}. Install it, "
            "or call load() without arguments for the bundled Dutch pipeline"
        ) from error
    if nlp.lang != "nl":
        raise ModelError(f"the pipeline {str(target)!r} is for language {nlp.lang!r}, not Dutch ('nl')")
    return add_extraction_pipes(nlp)


def add_extraction_pipes(nlp: Language) -> Language:
    """Add this library's components to any Dutch pipeline, once, in the order they run.

    Sentence marks go before the parser; the percentages, subjects,
    statements and linking go last, each reading what the one before put on
    the Doc (see ``ARCHITECTURE.md``).
    """
    from .stages import sentences  # registers its factory, as importing percentages above does

    sentences.free_common_words(nlp)
    if sentences.FACTORY not in nlp.pipe_names:
        before = next((name for name in ("parser", "senter", "sentencizer") if name in nlp.pipe_names), None)
        if before is None:
            nlp.add_pipe(sentences.FACTORY, first=True)
        else:
            nlp.add_pipe(sentences.FACTORY, before=before)
    for factory in extraction_stages():
        if factory not in nlp.pipe_names:
            nlp.add_pipe(factory, last=True)
    return nlp


def extraction_stages() -> tuple[str, ...]:
    """The factories this library adds after the model's own components, in order."""
    from .stages import linking, statements, subjects  # registers their factories

    return (PERCENTAGES_PIPE, SURVEYS_PIPE, subjects.FACTORY, statements.FACTORY, linking.FACTORY)


@functools.lru_cache(maxsize=1)
def default_nlp() -> Language:
    """The bundled pipeline, loaded once per process and shared by extract()."""
    return load()


# --------------------------------------------------------------------------- extraction


def extract_doc(doc: Doc, prepared: PreparedText | None = None) -> ArticleResult:
    """Build the result from a Doc that a pipeline with the percentage finder made.

    For users who run their own pipeline: ``extract_doc(nlp(text))``. The
    Doc's text must be the repaired article; ``prepared`` carries what was
    learned before NLP (source, date, repairs).
    """
    from spacy.tokens import Doc

    from .stages.linking import EXTENSION as FINDINGS
    from .text.docview import text_of

    if not isinstance(doc, Doc):
        raise InputTypeError(_type_message("extract_doc", doc, "a spaCy Doc, as nlp(text) returns it"))
    if not doc.has_extension(FINDINGS) or doc._.get(FINDINGS) is None:
        raise ModelError(
            f"extract_doc: the Doc has no findings (doc._.{FINDINGS}); run it through a pipeline "
            "from nlsurveyextract.load(), or add the components with add_extraction_pipes(nlp)"
        )
    prepared = prepared or PreparedText(source="<doc>", text=doc.text)
    if parser_text(prepared.text) != parser_text(text_of(doc)):
        raise InputError("extract_doc: the Doc's text differs from the prepared text it came with")
    return _assemble(doc, prepared)


def _assemble(doc: Doc, prepared: PreparedText) -> ArticleResult:
    """Read the findings and surveys off a Doc of ``prepared``'s text and build the public result."""
    from .assemble import findings_and_surveys

    with internal_errors(prepared.source, "building the result"):
        return _result(prepared, *findings_and_surveys(doc, prepared.text))


def _result(
    prepared: PreparedText, findings: tuple[Finding, ...], surveys: tuple[Survey, ...], notes: tuple[str, ...]
) -> ArticleResult:
    """The public result of one article from its findings, surveys and notes."""
    return ArticleResult(
        source=prepared.source,
        date=prepared.date,
        title=prepared.title,
        text=prepared.text,
        encoding=prepared.encoding,
        repairs=prepared.repairs,
        findings=findings,
        surveys=surveys,
        warnings=logs.logged_warnings(prepared.source, prepared.warnings + notes, findings),
    )


def extract(
    text: str | bytes,
    *,
    source: str = "<text>",
    nlp: Language | None = None,
    config: ExtractConfig = DEFAULT_CONFIG,
) -> ArticleResult:
    """Extract the percentage findings of one article given as text or bytes.

    ``bytearray`` and ``memoryview`` are read as bytes. Anything else is
    refused with an :class:`~nlsurveyextract.errors.InputTypeError` (a
    ``TypeError``) that says what to pass; only errors of
    :mod:`nlsurveyextract.errors` are raised.

    >>> result = extract("Vier op de tien Nederlanders sporten wekelijks.")  # doctest: +SKIP
    >>> result.findings[0].value  # doctest: +SKIP
    40.0
    """
    checked = _checked_config(config)
    prepared = prepare_text(_article_input(text), _source_name(source), checked)
    return extract_prepared(nlp or default_nlp(), prepared, checked)


def extract_file(
    path: str | os.PathLike[str], *, nlp: Language | None = None, config: ExtractConfig = DEFAULT_CONFIG
) -> ArticleResult:
    """Extract the findings of one article file (any encoding)."""
    if not isinstance(path, (str, os.PathLike)):
        raise InputTypeError(_type_message("extract_file", path, "a path (str or pathlib.Path)"))
    checked = _checked_config(config)
    return extract_prepared(nlp or default_nlp(), prepare_file(path, checked), checked)


def extract_prepared(
    nlp: Language, prepared: PreparedText, config: ExtractConfig = DEFAULT_CONFIG
) -> ArticleResult:
    """The result of one prepared article: every way of extracting (a text, a file, a batch) ends here.

    An article without a figure gets its result (its surveys, no findings)
    from the text alone, without a Doc. A text longer than
    ``config.slice_chars`` (or than ``nlp.max_length``) is read slice by slice
    (:mod:`.slices`), each slice's Doc freed before the next is made, so that
    peak memory does not grow with the length.
    """
    from .assemble import surveys_in_text
    from .slices import slice_bounds
    from .stages.percentages import find_percentages

    bounds = slice_bounds(prepared.text, min(config.slice_chars, _checked_nlp(nlp).max_length))
    if len(bounds) > 1:
        return _extract_slices(nlp, prepared, bounds)
    text = parser_text(prepared.text)
    if not find_percentages(text):  # most news: no figure, so no Doc at all
        return _result(prepared, (), surveys_in_text(prepared.text, text), ())
    return _assemble(_parsed(nlp, text, prepared.source), prepared)  # one slice: within max_length


def _extract_slices(nlp: Language, prepared: PreparedText, bounds: list[tuple[int, int]]) -> ArticleResult:
    """The result of a long article read slice by slice: one Doc alive at a time."""
    from .assemble import findings_and_surveys

    findings: list[Finding] = []
    surveys: list[Survey] = []
    notes: dict[str, None] = {}
    text = parser_text(prepared.text)
    for start, end in bounds:
        doc = _parsed(nlp, text[start:end], prepared.source)
        with internal_errors(prepared.source, "building the result"):
            found, named, noted = findings_and_surveys(
                doc, prepared.text, offset=start, first_survey=len(surveys)
            )
        del doc
        findings.extend(found)
        surveys.extend(named)
        notes.update(dict.fromkeys(noted))
    return _result(prepared, tuple(findings), tuple(surveys), tuple(notes))


def parse(nlp: Language, prepared: PreparedText) -> Doc:
    """The Doc of one prepared article, parsed only where its findings read (``stages/selection.py``).

    Any failure inside spaCy or the stages is an ExtractionError; a text
    longer than the pipeline's ``nlp.max_length`` is refused (extract it with
    :func:`extract_prepared`, which slices it).
    """
    if len(prepared.text) > _checked_nlp(nlp).max_length:
        raise InputTooLargeError(
            f"{prepared.source}: {len(prepared.text)} characters after repair is more than the "
            f"spaCy pipeline's limit of {nlp.max_length} characters; extract_prepared() reads such "
            "a text in slices"
        )
    return _parsed(nlp, parser_text(prepared.text), prepared.source)


def _parsed(nlp: Language, text: str, source: str) -> Doc:
    """The selectively parsed Doc of ``text``; a failure inside spaCy or the stages is an ExtractionError."""
    from .stages.selection import parse_selectively

    with internal_errors(source, "the spaCy pipeline"):
        return next(parse_selectively(nlp, [text]))


def _checked_nlp(nlp: object) -> Language:
    """The ``nlp`` argument, checked: a spaCy pipeline, as load() returns it."""
    from spacy.language import Language

    if not isinstance(nlp, Language):
        raise InputTypeError(_type_message("extract", nlp, "nlp as a spaCy pipeline from load()"))
    return nlp


def _article_input(text: object) -> str | bytes:
    """The article as ``str`` or ``bytes``; a clear InputTypeError for anything else."""
    if isinstance(text, (str, bytes)):
        return text
    if isinstance(text, (bytearray, memoryview)):
        return bytes(text)
    raise InputTypeError(_type_message("extract", text, "the article as str or bytes"))


def _checked_config(config: object) -> ExtractConfig:
    """The ``config`` argument, checked: ``ExtractConfig(max_bytes=...)``, not a dict."""
    if not isinstance(config, ExtractConfig):
        raise InputTypeError(_type_message("extract", config, "config as an ExtractConfig(...)"))
    return config


def _source_name(source: object) -> str:
    """The ``source`` argument, checked: it names the input in results and errors."""
    if not isinstance(source, str):
        raise InputTypeError(_type_message("extract", source, "source as a str (a name for the input)"))
    return source


def _type_message(function: str, value: object, wanted: str) -> str:
    """Say what a function was given, what it takes, and which function fits the value.

    >>> _type_message("extract", Path("a.txt"), "the article as str or bytes")
    'extract() takes the article as str or bytes, not PosixPath; to read a file, use extract_file(path)'
    """
    message = f"{function}() takes {wanted}, not {type(value).__name__}"
    if isinstance(value, os.PathLike) and function != "extract_file":
        return f"{message}; to read a file, use extract_file(path)"
    if isinstance(value, (str, bytes)) and function != "extract":
        return f"{message}; for the text or bytes of an article, use extract(text)"
    if value is None:
        return f"{message}; None usually means a file or a database field was not read"
    return message
