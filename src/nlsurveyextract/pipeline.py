"""load() and extract(): read -> repair -> spaCy -> findings -> result models.

The layers follow ftfy's example: :func:`extract` for most users,
:func:`extract_doc` for users who run their own spaCy pipeline, and the
stage functions (:func:`nlsurveyextract.intake.reading.decode`,
:func:`nlsurveyextract.intake.repair.repair`,
:func:`nlsurveyextract.stages.percentages.find_percentages`, ...) on their own.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING

from .config import DEFAULT_CONFIG, ExtractConfig
from .errors import ModelError
from .intake.prepare import PreparedText, prepare_file, prepare_text
from .schema import ArticleResult
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

    target = shipped_model_path() if name_or_path is None else name_or_path
    try:
        nlp = spacy.load(target, exclude=UNREAD_COMPONENTS if name_or_path is None else ())
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
    from .assemble import findings_and_surveys
    from .stages.linking import EXTENSION as FINDINGS
    from .text.docview import text_of

    if doc._.get(FINDINGS) is None:
        raise ModelError(
            f"extract_doc: the Doc has no findings (doc._.{FINDINGS}); run it through a pipeline "
            "from nlsurveyextract.load(), or add the components with add_extraction_pipes(nlp)"
        )
    prepared = prepared or PreparedText(source="<doc>", text=doc.text)
    if parser_text(prepared.text) != parser_text(text_of(doc)):
        raise ValueError("extract_doc: the Doc's text differs from the prepared text it came with")
    findings, surveys, notes = findings_and_surveys(doc, prepared.text)
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
    return extract_doc(annotate(nlp or default_nlp(), prepared), prepared)


def extract_file(
    path: str | Path, *, nlp: Language | None = None, config: ExtractConfig = DEFAULT_CONFIG
) -> ArticleResult:
    """Extract the findings of one article file (any encoding; ``-`` reads stdin)."""
    prepared = prepare_file(path, config)
    return extract_doc(annotate(nlp or default_nlp(), prepared), prepared)


def annotate(nlp: Language, prepared: PreparedText) -> Doc:
    """The Doc of one prepared article, parsed only where its findings read (see ``stages/selection.py``)."""
    from .stages.selection import parse_selectively

    return next(parse_selectively(nlp, [parser_text(prepared.text)]))
