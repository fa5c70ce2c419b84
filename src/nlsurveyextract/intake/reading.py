"""From bytes to article text: encodings, byte-order marks and the header line.

Dutch news articles reach us as files saved by many programs. Most are UTF-8
(sometimes with a byte-order mark), some are UTF-16 from Windows tools, and
older ones are in the legacy Windows encoding (Windows-1252, a superset of
Latin-1), where ``geïntegreerd`` is stored with the single byte ``0xEF`` for
``ï``. :func:`decode` tells these apart without guessing libraries: strict
UTF-8 almost never succeeds by accident on legacy Dutch text, so "valid UTF-8,
else Windows-1252" is both simple and right. Mojibake that is already inside a
valid UTF-8 file (``geÃ¯ntegreerd``) is not this module's business; see
:mod:`nlsurveyextract.intake.repair`.

Files that are not text at all (an image, a PDF, a zip) are refused with a
:class:`~nlsurveyextract.errors.BinaryInputError` that names the file and says
what to pass instead, rather than producing a page of nonsense.

:func:`split_header` then finds the metadata some exports put in front of the
article (``date 2025-10-23``, ``datum: 23 oktober 2025``, ``titel: ...``) and
the headline, so that later stages read only the article.

>>> decoded = decode("Vier op de tien Nederlanders sporten.".encode("utf-16"))
>>> decoded.encoding, decoded.text
('utf-16', 'Vier op de tien Nederlanders sporten.')
"""

from __future__ import annotations

import codecs
import datetime
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass

from ..errors import BinaryInputError, EmptyInputError, InputTooLargeError, UnreadableInputError
from ..lexicon.calendar import MONTH_NUMBERS, WEEKDAYS, month_pattern
from ..lexicon.punctuation import CLOSING_BRACKETS, CLOSING_QUOTES, LINE_END_MARKS

__all__ = ["ArticleHeader", "DecodedText", "decode", "read_file", "split_header"]


@dataclass(frozen=True)
class DecodedText:
    """Text decoded from bytes, and the encoding it was read with.

    ``encoding`` is a Python codec name: ``utf-8``, ``utf-8-sig`` (UTF-8 with a
    byte-order mark), ``utf-16``/``utf-32`` (with a byte-order mark),
    ``utf-16-le``/``utf-16-be`` (without one) or ``cp1252`` (legacy Windows).
    """

    text: str
    encoding: str


@dataclass(frozen=True)
class ArticleHeader:
    """Metadata found in front of an article, and where the article starts.

    ``text[body_start:]`` is the article, headline included. ``date`` and
    ``title`` are ``None`` when the text does not give them.
    """

    date: datetime.date | None
    title: str | None
    body_start: int


# --- decoding -----------------------------------------------------------------

# Byte-order marks, longest first: the UTF-32-LE mark starts with the UTF-16-LE
# one (Unicode Standard, §23.8 "Specials", table 23-6).
BYTE_ORDER_MARKS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Signatures of binary formats people mistake for articles, from the formats'
# specifications (as collected in the file(1) magic database). Only signatures
# of three or more bytes: shorter ones ("MZ", "BM") begin ordinary words too.
MAGIC_NUMBERS: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive, or a .docx/.xlsx/.odt document"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "old Microsoft Office document (.doc/.xls)"),
    (b"\x7fELF", "ELF executable"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh91AY&SY", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"\x00asm", "WebAssembly module"),
)

# Windows-1252 leaves 0x81, 0x8D, 0x8F, 0x90 and 0x9D undefined; Windows itself
# (MultiByteToWideChar) and the WHATWG encoding standard map them to the C1
# controls of the same number, as Latin-1 does. Python's cp1252 codec refuses
# them, so they are decoded here.
_CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")

# Control characters that plain text has no use for: C0 controls other than
# tab, line feed, vertical tab, form feed, carriage return and escape.
_STRAY_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
# Share of stray control characters above which decoded "text" is really
# binary. Random bytes give about 11 %; real articles, at most a stray few.
MAX_CONTROL_SHARE = 0.05

# BOM-less UTF-16 is recognised by its NUL bytes: in Dutch text nearly every
# character is below U+0100, so one byte of each pair is NUL. Demand that at
# least this share of the pairs has the NUL on one side, and none on the other.
MIN_UTF16_NUL_SHARE = 0.6

_WHAT_TO_DO = "pass a .txt file with the article text (UTF-8, UTF-16 or Windows-1252)"


def decode(data: bytes, source: str = "<bytes>", *, max_bytes: int | None = None) -> DecodedText:
    r"""Decode the bytes of an article, whatever program saved them.

    Tried in order: a byte-order mark (UTF-8, UTF-16, UTF-32), BOM-less UTF-16
    (recognised by its NUL bytes), strict UTF-8, and legacy Windows-1252, which
    is what Dutch Windows programs wrote before UTF-8 (``Caf\xe9`` is
    ``Café``). ``source`` names the input in error messages.

    >>> decode(b"Caf\xe9bezoek steeg met 4\xa0procent").text
    'Cafébezoek steeg met 4\xa0procent'
    >>> decode("€ 5".encode()).encoding
    'utf-8'

    Raises:
        InputTooLargeError: ``data`` is longer than ``max_bytes``.
        EmptyInputError: there is no text, only white space or nothing.
        BinaryInputError: the bytes are an image, archive, program or the like.

    """
    if max_bytes is not None and len(data) > max_bytes:
        raise _too_large(source, len(data), max_bytes)
    _refuse_known_binary(data, source)
    decoded = _decode_text(data, source)
    _refuse_control_characters(decoded.text, source)
    if not decoded.text.strip():
        raise EmptyInputError(f"{source}: the input is empty (no text, only white space)")
    return decoded


def _decode_text(data: bytes, source: str) -> DecodedText:
    """Pick the encoding: byte-order mark, then BOM-less UTF-16, UTF-8, Windows-1252."""
    for mark, encoding in BYTE_ORDER_MARKS:
        if data.startswith(mark):
            if encoding == "utf-8-sig":
                return _decode_utf8_or_legacy(data[len(mark) :], bom=True)
            # A truncated last character should not cost the whole article.
            return DecodedText(data.decode(encoding, errors="replace"), encoding)
    utf16 = _bomless_utf16(data)
    if utf16 is not None:
        return DecodedText(data.decode(utf16, errors="replace"), utf16)
    if b"\x00" in data:
        raise _binary_error(source, "it contains NUL bytes")
    return _decode_utf8_or_legacy(data, bom=False)


def _decode_utf8_or_legacy(data: bytes, *, bom: bool) -> DecodedText:
    r"""Strict UTF-8 if the bytes are valid UTF-8, else Windows-1252.

    Legacy Dutch text is almost never valid UTF-8 by accident: ``é`` is the
    lone byte ``0xE9``, which UTF-8 only allows as the start of a three-byte
    sequence (``Caf\xe9 de Paris`` is not UTF-8).

    >>> _decode_utf8_or_legacy(b"Caf\xe9 de Paris", bom=False)
    DecodedText(text='Café de Paris', encoding='cp1252')
    """
    try:
        return DecodedText(data.decode("utf-8"), "utf-8-sig" if bom else "utf-8")
    except UnicodeDecodeError:
        return DecodedText(decode_cp1252(data), "cp1252")


def decode_cp1252(data: bytes) -> str:
    r"""Decode Windows-1252 the way Windows does, undefined bytes included.

    >>> decode_cp1252(b"\x93Prima\x94, zegt 62\x81procent")
    '“Prima”, zegt 62\x81procent'
    """
    if not _CP1252_UNDEFINED.intersection(data):
        return data.decode("cp1252")
    return "".join(
        chr(byte) if byte in _CP1252_UNDEFINED else bytes([byte]).decode("cp1252") for byte in data
    )


def _bomless_utf16(data: bytes) -> str | None:
    r"""Return ``utf-16-le`` or ``utf-16-be`` if the NUL bytes say so, else ``None``.

    ``Ja`` in UTF-16-LE is ``J\x00a\x00``: the NULs sit on the odd positions.

    >>> _bomless_utf16("Zes op de tien".encode("utf-16-le"))
    'utf-16-le'
    >>> _bomless_utf16(b"Zes op de tien") is None
    True
    """
    pairs = len(data) // 2
    if pairs < 2 or len(data) % 2:
        return None
    even_nuls, odd_nuls = data[0::2].count(0), data[1::2].count(0)
    if odd_nuls >= MIN_UTF16_NUL_SHARE * pairs and even_nuls == 0:
        return "utf-16-le"
    if even_nuls >= MIN_UTF16_NUL_SHARE * pairs and odd_nuls == 0:
        return "utf-16-be"
    return None


def _too_large(source: str, size: int, max_bytes: int) -> InputTooLargeError:
    """Build the error for input over the size limit."""
    return InputTooLargeError(
        f"{source}: {size} bytes is more than the limit of {max_bytes} bytes; "
        "pass a smaller file or raise max_bytes"
    )


def _refuse_known_binary(data: bytes, source: str) -> None:
    """Raise :class:`BinaryInputError` if ``data`` starts with a known signature."""
    for magic, kind in MAGIC_NUMBERS:
        if data.startswith(magic):
            raise _binary_error(source, f"looks like binary data ({kind})")


def _refuse_control_characters(text: str, source: str) -> None:
    """Raise :class:`BinaryInputError` if ``text`` is full of control characters."""
    controls = len(_STRAY_CONTROLS.findall(text))
    if controls and controls > MAX_CONTROL_SHARE * len(text):
        raise _binary_error(source, f"it has {controls} control characters in {len(text)}")


def _binary_error(source: str, reason: str) -> BinaryInputError:
    """Build the error for binary input, worded the same way for every cause."""
    if not reason.startswith("looks like"):
        reason = f"looks like binary data: {reason}"
    return BinaryInputError(f"{source}: {reason}, not a text article; {_WHAT_TO_DO}")


def read_file(path: str | os.PathLike[str], *, max_bytes: int | None = None) -> DecodedText:
    """Read and decode an article file, with errors that name the file.

    The size is checked before reading, so a huge file is refused without
    loading it.

    Raises:
        UnreadableInputError: the file is missing, a folder, or not permitted.
        InputTooLargeError, EmptyInputError, BinaryInputError: see :func:`decode`.

    """
    source = os.fspath(path)
    try:
        size = os.stat(source).st_size
        if max_bytes is None or size <= max_bytes:
            with open(source, "rb") as handle:
                data = handle.read()
    except OSError as error:
        raise UnreadableInputError(_unreadable_message(source, error)) from error
    if max_bytes is not None and size > max_bytes:
        raise _too_large(source, size, max_bytes)
    return decode(data, source, max_bytes=max_bytes)


def _unreadable_message(source: str, error: OSError) -> str:
    """Say why a file could not be read and what to do about it."""
    if isinstance(error, FileNotFoundError):
        return f"{source}: no such file; check the path and the current folder"
    if isinstance(error, IsADirectoryError):
        return f"{source}: is a folder, not a file; pass one article file, or use batch mode"
    if isinstance(error, PermissionError):
        return f"{source}: permission denied; check that you may read the file"
    return f"{source}: could not be read ({error.strerror or error}); check the file"


# --- the header ------------------------------------------------------------------

# Names of metadata fields, English and Dutch, and what they hold.
HEADER_FIELDS: Mapping[str, str] = {
    "date": "date",
    "datum": "date",
    "title": "title",
    "titel": "title",
}

_MONTH_NAMES = month_pattern(tuple(MONTH_NUMBERS))
_WEEKDAYS = "|".join(WEEKDAYS)
_DATE_VALUE = (
    r"(?:(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"
    r"|(?P<d2>\d{1,2})[-/.](?P<m2>\d{1,2})[-/.](?P<y2>\d{4})"
    rf"|(?:(?:{_WEEKDAYS}),?\s+)?(?P<d3>\d{{1,2}})\s+(?P<mname>{_MONTH_NAMES})\.?\s+(?P<y3>\d{{4}}))"
    r"(?:(?:T|,?[ \t]+)\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*uur)?)?"
)
# A date field: the name, an optional colon, a date. Without the colon only a
# real date makes it a field, so "Datum van de peiling ..." stays text.
_DATE_FIELD = re.compile(rf"(?P<name>date|datum)[ \t]*:?[ \t]*{_DATE_VALUE}(?![\w-])\s*", re.IGNORECASE)
# A title field needs its colon ("Titel van het rapport" is a sentence) and runs
# to the end of its line.
_TITLE_FIELD = re.compile(r"(?P<name>title|titel)[ \t]*:[ \t]*(?P<title>[^\n]*)\n?\s*", re.IGNORECASE)

MAX_TITLE_LENGTH = 150
# A line that ends in one of these is a sentence, not a headline.
# Closing quotes and brackets that may follow the final punctuation: 'zegt hij."'
_CLOSERS = "".join(sorted(CLOSING_QUOTES | CLOSING_BRACKETS))


def split_header(text: str) -> ArticleHeader:
    r"""Find leading metadata and the headline; return where the article starts.

    Exports put fields such as ``date 2025-10-23`` or ``datum: 23 oktober
    2025`` in front of the article, sometimes on the same line as the first
    sentence. They become metadata and ``body_start`` points past them:

    >>> text = " date 2025-10-23 Ruim de helft van de Nederlanders sport wekelijks."
    >>> header = split_header(text)
    >>> header.date, text[header.body_start:header.body_start + 9]
    (datetime.date(2025, 10, 23), 'Ruim de h')

    The first line is the headline when it is short, does not end like a
    sentence and a line break follows:

    >>> split_header("Jongeren sporten minder\n\nVier op de tien jongeren ...").title
    'Jongeren sporten minder'
    >>> split_header("Vier op de tien jongeren sporten.\nDat blijkt ...").title is None
    True
    """
    date: datetime.date | None = None
    field_title: str | None = None
    position, body_start = _skip_space(text, 0), 0
    while True:
        field = _read_field(text, position)
        if field is None:
            break
        value, position = field
        if isinstance(value, datetime.date):
            date = date or value
        else:
            field_title = field_title or value
        body_start = position
    title = field_title or _headline(text, _skip_space(text, body_start))
    return ArticleHeader(date=date, title=title, body_start=body_start)


def _skip_space(text: str, position: int) -> int:
    """Return the index of the first non-space character from ``position`` on."""
    while position < len(text) and text[position].isspace():
        position += 1
    return position


def _read_field(text: str, position: int) -> tuple[datetime.date | str, int] | None:
    """Read one metadata field at ``position``: its value and where the text goes on."""
    match = _DATE_FIELD.match(text, position)
    if match:
        date = _parse_date(match)
        return None if date is None else (date, match.end())
    match = _TITLE_FIELD.match(text, position)
    if match and match.group("title").strip():
        return match.group("title").strip(), match.end()
    return None


def _parse_date(match: re.Match[str]) -> datetime.date | None:
    """Turn a matched date into a :class:`datetime.date`; ``None`` if no such day.

    ``31-02-2025`` has the shape of a date but no such day exists.
    """
    if match.group("y"):
        year, month, day = match.group("y"), match.group("m"), match.group("d")
    elif match.group("y2"):
        year, month, day = match.group("y2"), match.group("m2"), match.group("d2")
    else:
        year, day = match.group("y3"), match.group("d3")
        month = str(MONTH_NUMBERS[match.group("mname").lower()])
    try:
        return datetime.date(int(year), int(month), int(day))
    except ValueError:
        return None


def _headline(text: str, start: int) -> str | None:
    """Return the line at ``start`` if it reads as a headline, else ``None``.

    A headline is short, ends without sentence punctuation and is followed by
    a line break: ``Steeds minder jongeren lezen de krant`` above the article.
    """
    end = text.find("\n", start)
    if end == -1:
        return None
    line = text[start:end].strip()
    if not line or len(line) > MAX_TITLE_LENGTH:
        return None
    if line.rstrip(_CLOSERS).endswith(tuple(LINE_END_MARKS)):
        return None
    return line
