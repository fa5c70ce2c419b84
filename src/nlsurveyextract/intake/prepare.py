"""Everything before NLP: decode, repair, split off the header, warn; no spaCy here."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from pathlib import Path

from ..config import DEFAULT_CONFIG, ExtractConfig
from ..errors import EmptyInputError, InputTooLargeError
from . import language
from .reading import decode, read_file, split_header
from .repair import repair


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
    from .html import article_text  # here, so web pages stay one call in this module

    page = article_text(raw, source)  # a web page gives its article, title and date
    repaired = repair(page.text)
    header = split_header(repaired.text)
    body = repaired.text[header.body_start :]
    if not body.strip():
        raise EmptyInputError(f"{source}: there is no article text, only white space or a header")
    return PreparedText(
        source=source,
        text=body,
        date=page.date or header.date,
        title=page.title or header.title,
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
