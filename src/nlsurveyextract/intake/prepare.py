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
    """Read a file and prepare its text (standard input is the caller's business)."""
    source = str(path)
    decoded = read_file(path, max_bytes=config.max_bytes)
    return prepare_decoded(decoded.text, source, decoded.encoding)
