"""Everything before NLP: decode, repair, split off the header, warn; no spaCy here.

Sizes are counted in one unit everywhere: bytes, as ``ExtractConfig.max_bytes``
says. A file or ``bytes`` counts its own length; a ``str`` counts its length in
UTF-8, the bytes it would take in a file. The repaired text is held to the same
limit, because repair can make a text longer than its input (a ligature such
as ``ﬃ`` becomes three letters; UTF-16 input stores them in two bytes).
"""

from __future__ import annotations

import datetime
import os
import re
from dataclasses import dataclass

from ..config import DEFAULT_CONFIG, ExtractConfig
from ..errors import EmptyInputError
from . import language
from .binary import refuse_unreadable_text
from .reading import decode, read_file, split_header, too_large_error
from .repair import repair

__all__ = ["PreparedText", "parser_text", "prepare_decoded", "prepare_file", "prepare_text", "utf8_size"]


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


def utf8_size(text: str) -> int:
    """The number of bytes ``text`` takes in UTF-8 (lone surrogates count three).

    >>> utf8_size("één procent")
    13
    """
    return len(text.encode("utf-8", errors="surrogatepass"))


def prepare_text(raw: str | bytes, source: str, config: ExtractConfig = DEFAULT_CONFIG) -> PreparedText:
    """Decode, repair and split off a metadata header: everything before NLP.

    ``str`` and ``bytes`` are treated alike: the same size limit (in bytes),
    the same refusal of binary data, the same repair (a stray NUL is removed).

    Raises an :class:`~nlsurveyextract.errors.InputError` for input that is
    not an article (binary, empty, too large).
    """
    if isinstance(raw, bytes):
        decoded = decode(raw, source=source, max_bytes=config.max_bytes)
        return prepare_decoded(decoded.text, source, decoded.encoding, config)
    size = utf8_size(raw)
    if size > config.max_bytes:
        raise too_large_error(source, size, config.max_bytes, after=" (as UTF-8)")
    refuse_unreadable_text(raw, source)
    return prepare_decoded(raw, source, None, config)


def prepare_decoded(
    raw: str, source: str, encoding: str | None, config: ExtractConfig = DEFAULT_CONFIG
) -> PreparedText:
    """Repair decoded text and split off its metadata header."""
    from .html import article_text  # here, so web pages stay one call in this module

    page = article_text(raw, source)  # a web page gives its article, title and date
    repaired = repair(page.text)
    header = split_header(repaired.text)
    body = repaired.text[header.body_start :]
    if not body.strip():
        raise EmptyInputError(f"{source}: there is no article text, only white space or a header")
    size = utf8_size(body)
    if size > config.max_bytes:
        raise too_large_error(source, size, config.max_bytes, after=" after repair (as UTF-8)")
    return PreparedText(
        source=source,
        text=body,
        date=page.date or header.date,
        title=page.title or header.title,
        encoding=encoding,
        repairs=repaired.steps,
        warnings=language.warnings_for(body),
    )


def prepare_file(path: str | os.PathLike[str], config: ExtractConfig = DEFAULT_CONFIG) -> PreparedText:
    """Read a file and prepare its text (standard input is the caller's business)."""
    source = str(path)
    decoded = read_file(path, max_bytes=config.max_bytes)
    return prepare_decoded(decoded.text, source, decoded.encoding, config)


# --------------------------------------------------------------------------- the parser's copy

# Spaces a tokenizer and parser trained on treebanks have never seen: spaCy
# makes each a token of its own, which the parser then attaches at random.
# Mapped one character to one, so every offset stays valid for the article.
_PARSER_SPACES = str.maketrans({"\u00a0": " ", "\u2007": " ", "\u2009": " ", "\u202f": " "})

MAX_SYMBOL_RUN = 20
"""Longest run of punctuation and symbols the tokenizer is given unbroken.

spaCy's tokenizer strips a prefix or suffix at a time and rehashes the rest of
the token after each, so a run of ``(`` or ``%`` costs time quadratic in its
length (21 s for 10,000 characters). No Dutch sentence needs more than a few
in a row (``?!”).``); dot leaders and rules of ``=====`` keep their first 20.
"""
_SYMBOL_RUN = re.compile(rf"[^\w\s]{{{MAX_SYMBOL_RUN + 1},}}")


def parser_text(text: str) -> str:
    """The article as the parser sees it: odd spaces made plain, symbol runs cut short.

    The result has the same length as ``text``, so offsets found in it point
    into ``text`` too; results always quote the article's own characters.
    Past :data:`MAX_SYMBOL_RUN` characters a run of symbols becomes spaces.

    >>> parser_text("36\u00a0procent") == "36 procent"
    True
    >>> parser_text("Zie hier" + "!" * 24) == "Zie hier" + "!" * 20 + "    "
    True
    """
    return _SYMBOL_RUN.sub(_cut_run, text.translate(_PARSER_SPACES))


def _cut_run(match: re.Match[str]) -> str:
    """Keep the first :data:`MAX_SYMBOL_RUN` symbols of a run; blank the rest."""
    run = match.group()
    return run[:MAX_SYMBOL_RUN] + " " * (len(run) - MAX_SYMBOL_RUN)
