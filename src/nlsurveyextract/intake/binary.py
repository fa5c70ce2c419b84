r"""Is this text at all? Refusing images, archives and random bytes with a clear message.

People pass whatever lies in a folder: a photo next to the article, a zip of
last year's exports, a file a crashed program left half written. Each is
refused with a :class:`~nlsurveyextract.errors.BinaryInputError` that names
the input and says what to pass instead, rather than producing a page of
nonsense findings.

Two tests decide. Bytes that start with the signature of a known binary
format are binary (:func:`refuse_known_formats`). Decoded text in which more
than :data:`MAX_UNREADABLE_SHARE` of the characters are stray control
characters, unassigned or private-use code points, lone surrogates or
replacement characters is binary too (:func:`refuse_unreadable_text`):
random bytes read as Windows-1252 give about 11 % controls, and read as
UTF-16 after a byte-order mark about 15 % unassigned and private-use code
points, while real articles have at most a stray few.

NUL characters follow the same rule as every other stray control, for bytes
and ``str`` alike: a few are dropped by the repair (recorded as the step
"removed invisible control characters"), and text made mostly of them is
binary. Only BOM-less UTF-16, where every other byte is NUL, is recognised
by them (:func:`nlsurveyextract.intake.reading.decode`).

>>> refuse_unreadable_text("Ruim 40 procent\x00 stemt voor.", "a.txt") is None
True
"""

from __future__ import annotations

import regex

from ..errors import BinaryInputError

__all__ = ["MAGIC_NUMBERS", "MAX_UNREADABLE_SHARE", "refuse_known_formats", "refuse_unreadable_text"]

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

# Control characters that plain text has no use for: C0 controls other than
# tab, line feed, vertical tab, form feed, carriage return and escape.
_STRAY_CONTROLS = regex.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
# Code points no text is written in: unassigned, private use, lone surrogates,
# and the replacement character a decoder leaves for bytes it could not read.
_UNREADABLE = regex.compile(r"[\p{Cn}\p{Co}\p{Cs}\ufffd]")
MAX_UNREADABLE_SHARE = 0.05
"""Share of stray controls and unreadable code points above which "text" is binary."""

WHAT_TO_DO = "pass a .txt file with the article text (UTF-8, UTF-16 or Windows-1252)"


def refuse_known_formats(data: bytes, source: str) -> None:
    """Raise :class:`BinaryInputError` if ``data`` starts with a known signature."""
    for magic, kind in MAGIC_NUMBERS:
        if data.startswith(magic):
            raise binary_error(source, f"looks like binary data ({kind})")


def refuse_unreadable_text(text: str, source: str) -> None:
    r"""Raise :class:`BinaryInputError` if ``text`` is full of characters no text has.

    >>> refuse_unreadable_text("\x00\x01\x02 ab", "ruis.bin")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    nlsurveyextract.errors.BinaryInputError: ...: it has 3 control characters (NUL bytes among them) in 6, ...
    """
    controls = _STRAY_CONTROLS.findall(text)
    unreadable = len(_UNREADABLE.findall(text))
    if len(controls) + unreadable <= MAX_UNREADABLE_SHARE * len(text):
        return
    if len(controls) >= unreadable:
        nuls = " (NUL bytes among them)" if "\x00" in controls else ""
        raise binary_error(source, f"it has {len(controls)} control characters{nuls} in {len(text)}")
    raise binary_error(source, f"{unreadable} of its {len(text)} characters are unassigned or unreadable")


def binary_error(source: str, reason: str) -> BinaryInputError:
    """Build the error for binary input, worded the same way for every cause."""
    if not reason.startswith("looks like"):
        reason = f"looks like binary data: {reason}"
    return BinaryInputError(f"{source}: {reason}, not a text article; {WHAT_TO_DO}")
