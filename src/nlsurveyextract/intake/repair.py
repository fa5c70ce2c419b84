"""Mojibake repair: give Dutch articles back the characters their authors typed.

Dutch news text is full of characters outside ASCII (``één``, ``geïntegreerd``,
``financiële``, ``„…”``, ``’``), and every program that reads UTF-8 bytes as
Windows-1252 turns them into mojibake: ``geÃ¯ntegreerd``, ``â€™``. ftfy
(Speer, 2019, https://ftfy.readthedocs.io) undoes that reliably; this module
runs it with one deliberate configuration (:data:`FTFY_CONFIG`) that repairs
encodings but keeps the author's typography, and adds the repairs ftfy leaves
out (:func:`restore_flattened_nbsp`).

ftfy decides per segment whether text is mojibake, and a segment that is both
clean and broken looks to it like neither. So :func:`repair` works line by
line, as :func:`ftfy.fix_text` does, which also handles articles of which only
one paragraph was damaged.

>>> result = repair("Ruim een derde van de ITâ€™ers is geÃ¯ntegreerd")
>>> result.text
'Ruim een derde van de IT’ers is geïntegreerd'
>>> result.steps
('re-decoded UTF-8 that was read as Windows-1252',)
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

import ftfy
import regex
from ftfy import ExplanationStep, TextFixerConfig

__all__ = ["FTFY_CONFIG", "RepairedText", "remove_invisible_characters", "repair", "restore_flattened_nbsp"]


@dataclass(frozen=True)
class RepairedText:
    """Repaired text and the names of the repairs, in the order they were made.

    ``steps`` is empty when the text was already clean and is returned as is.
    """

    text: str
    steps: tuple[str, ...]


# The one ftfy configuration of the library. It fixes what programs broke and
# leaves what authors chose:
# - ``unescape_html=True``: articles copied out of web pages arrive with their
#   letters written as entities (``ge&iuml;ntegreerd``, ``&euro;``). ftfy only
#   decodes complete, semicolon-terminated entities, so ``Q&A`` and ``Dille &
#   Kamille`` stay. Not ``"auto"``: that switches unescaping off for any line
#   with a ``<`` in it, and ``< 5 procent`` is ordinary Dutch.
# - ``uncurl_quotes=False``: curly quotes (``IT’ers``, ``„Dat klopt”``) are the
#   author's typography, and the offsets we report should quote it faithfully.
# - ``fix_character_width=False``: folding full-width forms would change
#   characters that no mojibake process produces.
# - ``fix_latin_ligatures=True``: ligatures such as ``ﬁ`` are not typed by
#   authors but left by PDF text extraction (``ﬁnanciële``); split, the word is
#   the word the dictionaries and patterns know. It is recorded as a step.
# - ``replace_lossy_sequences=False``: where a decoder already replaced a byte
#   by "?", ftfy would swap the whole sequence for U+FFFD. That restores
#   nothing, and it can eat a question mark the author typed after accented
#   letters. The rest of such a line is still repaired.
# - ``normalization="NFC"``: ``e`` + combining diaeresis becomes the single
#   ``ë`` that Dutch text, spaCy's tables and our patterns use.
FTFY_CONFIG = TextFixerConfig(
    unescape_html=True,
    remove_terminal_escapes=True,
    fix_encoding=True,
    restore_byte_a0=True,
    replace_lossy_sequences=False,
    decode_inconsistent_utf8=True,
    fix_c1_controls=True,
    fix_latin_ligatures=True,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=True,
    fix_surrogates=True,
    remove_control_chars=True,
    normalization="NFC",
    explain=True,
)

# Readable names of ftfy's fixes (ftfy's documentation, "Fixing text"), for
# ``RepairedText.steps``. Encodings are named in :data:`ENCODING_NAMES`.
FIX_NAMES: Mapping[str, str] = {
    "unescape_html": "decoded HTML entities",
    "restore_byte_a0": "restored no-break spaces flattened to spaces",
    "replace_lossy_sequences": "marked bytes lost by a sloppy decoder with \ufffd",
    "decode_inconsistent_utf8": "re-decoded stray UTF-8 mojibake",
    "fix_c1_controls": "replaced C1 control characters by Windows-1252 punctuation",
    "fix_latin_ligatures": "split typographic ligatures",
    "fix_character_width": "folded full-width characters",
    "uncurl_quotes": "straightened curly quotes",
    "fix_line_breaks": "normalised line breaks",
    "fix_surrogates": "joined UTF-16 surrogate pairs",
    "remove_terminal_escapes": "removed terminal escape codes",
    "remove_control_chars": "removed invisible control characters",
}
# The single-byte encodings ftfy tries (ftfy.chardata.CHARMAP_ENCODINGS),
# named as people know them.
ENCODING_NAMES: Mapping[str, str] = {
    "latin-1": "Latin-1",
    "sloppy-windows-1252": "Windows-1252",
    "windows-1252": "Windows-1252",
    "sloppy-windows-1250": "Windows-1250",
    "sloppy-windows-1251": "Windows-1251",
    "iso-8859-2": "ISO-8859-2",
    "macroman": "Mac Roman",
    "cp437": "DOS code page 437",
}
# Without encoding repair, for lines where ftfy's re-decoding would produce
# characters Dutch news does not contain (see :func:`_plausible`).
_WITHOUT_ENCODING_FIX = FTFY_CONFIG._replace(fix_encoding=False)

# The characters Dutch news text is written in, as Unicode blocks (Unicode
# Standard, Blocks.txt): Latin with the accents of European names (Latin-1,
# Latin Extended-A, Romanian ș and ț, Vietnamese in Latin Extended Additional),
# punctuation, super- and subscripts (CO₂), currency, letterlike and number
# forms, arrows, mathematical and technical signs, symbols and dingbats, and
# emoji. Greek, Cyrillic, Arabic and CJK are left out on purpose: no Dutch
# article writes them, and they are exactly what a wrong re-decoding of dense
# Dutch accents yields ("”Ü" read as Mac Roman mojibake would become "ӆ").
DUTCH_NEWS_REPERTOIRE: tuple[tuple[int, int], ...] = (
    (0x0000, 0x017F),  # Basic Latin, Latin-1 Supplement, Latin Extended-A
    (0x0218, 0x021B),  # Ș ș Ț ț (Romanian)
    (0x0300, 0x036F),  # combining diacritical marks
    (0x1E00, 0x1EFF),  # Latin Extended Additional
    (0x2000, 0x23FF),  # punctuation, super/subscripts, currency, letterlike, arrows, maths
    (0x2460, 0x27BF),  # enclosed numbers, shapes, miscellaneous symbols, dingbats
    (0x2B00, 0x2BFF),  # miscellaneous symbols and arrows
    (0xFB00, 0xFB06),  # Latin ligatures
    (0xFE00, 0xFE0F),  # variation selectors (emoji presentation)
    (0x1F000, 0x1FAFF),  # emoji and pictographs
)
FLATTENED_NBSP_STEP = "restored no-break spaces flattened to spaces"
INVISIBLE_STEP = "removed invisible formatting characters (soft hyphens, zero-width spaces, direction marks)"
# ftfy repeats its own fixes until a line is stable; the outer passes let ftfy
# and the flattened-NBSP rule see each other's results. The bound only keeps
# two fixes that would undo each other from looping.
MAX_PASSES = 3

# A line and its line feed. Only "\n" ends a segment, as in ftfy.fix_text; a
# lone "\r" is a line break ftfy itself normalises inside the segment.
_LINE = re.compile(r"[^\n]*\n?")
# "Â" and a space, the "Â" not preceded by a capital. UTF-8 writes the no-break
# space as C2 A0; read as Windows-1252 that is "Â" + no-break space, and programs
# that then flatten the no-break space leave "36Â procent". C2 followed by a
# plain space is not UTF-8, so nothing else can have been meant. Dutch has no
# "Â" of its own, French loans have it inside words ("pâté"), and a capital "Â"
# ending a word in capitals ("RENÂ") is left alone.
_FLATTENED_NBSP = re.compile(r"(?<![A-ZÀ-ÖØ-Þ])Â ")
# A line of printable ASCII, tabs and line feeds without "&": it holds no
# mojibake (which needs bytes above 127), no entity, no control character,
# ligature or carriage return, so ftfy would return it as it is.
_PLAIN_ASCII = re.compile(r"[\t\n\x20-\x25\x27-\x7e]*")
# Format characters that web pages and word processors leave inside words and
# numbers, invisible on screen but not to a pattern: the soft hyphen (U+00AD,
# "proce\u00adnt"), zero-width space and non-joiner, left-to-right and
# right-to-left marks, bidirectional embeddings and isolates, the word joiner
# and invisible operators, and a byte-order mark inside the text (Unicode
# Standard, §23.2 "Layout Controls" and §23.3 "Deprecated Format Characters").
# The zero-width joiner is kept where it joins two emoji into one ("👩‍💻").
_INVISIBLE = regex.compile(
    r"[\u00ad\u180e\u200b\u200c\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
    r"|(?<![\p{So}\p{Sk}\ufe0f])\u200d|\u200d(?!\p{So})"
)


def repair(text: str) -> RepairedText:
    r"""Repair mojibake and entities in ``text``; name the repairs made.

    Clean text, Dutch letters and typography included, comes back unchanged
    with no steps. Repairing the result again changes nothing.

    >>> repair("„Dat klopt”, zegt 36Â procent van de IT’ers").text
    '„Dat klopt”, zegt 36\xa0procent van de IT’ers'
    >>> repair("Een Q&A met Dille & Kamille over caf&eacute;s").text
    'Een Q&A met Dille & Kamille over cafés'
    >>> repair("Ruim 40\xa0procent vindt het geïntegreerd — „prima”").steps
    ()
    """
    steps: list[str] = []
    for _ in range(MAX_PASSES):
        repaired, pass_steps = _repair_once(text)
        if repaired == text:
            break
        text = repaired
        steps.extend(pass_steps)
    return RepairedText(text=text, steps=_unique(steps))


def _repair_once(text: str) -> tuple[str, list[str]]:
    """One pass: ftfy line by line, then the flattened no-break spaces."""
    pieces: list[str] = []
    steps: list[str] = []
    for line in _lines(text):
        if _PLAIN_ASCII.fullmatch(line):
            pieces.append(line)  # nothing ftfy fixes can be in it
            continue
        fixed, explanation = ftfy.fix_and_explain(line, FTFY_CONFIG)
        if not _plausible(fixed, line):
            fixed, explanation = ftfy.fix_and_explain(line, _WITHOUT_ENCODING_FIX)
        pieces.append(fixed)
        steps.extend(describe_steps(explanation or []))
    joined = "".join(pieces)
    repaired = restore_flattened_nbsp(joined)
    if repaired != joined:
        steps.append(FLATTENED_NBSP_STEP)
    visible = remove_invisible_characters(repaired)
    if visible != repaired:
        steps.append(INVISIBLE_STEP)
    return visible, steps


def _lines(text: str) -> Iterator[str]:
    """Yield the lines of ``text`` with their line breaks, as ftfy segments them."""
    for match in _LINE.finditer(text):
        if match.group():
            yield match.group()


def _plausible(fixed: str, original: str) -> bool:
    """Whether every character a repair introduced belongs in Dutch news text.

    ftfy judges a segment by itself, and a short run of dense accents and
    quotes can look like mojibake to it: ``€ï`` would "decode" to the Arabic
    ``ە``. Real mojibake of Dutch text decodes to Latin letters and
    punctuation (``geÃ¯ntegreerd`` to ``geïntegreerd``).
    """
    return all(_in_repertoire(char) for char in set(fixed) - set(original))


def _in_repertoire(char: str) -> bool:
    """Whether ``char`` lies in one of the :data:`DUTCH_NEWS_REPERTOIRE` blocks."""
    code = ord(char)
    return any(low <= code <= high for low, high in DUTCH_NEWS_REPERTOIRE)


def restore_flattened_nbsp(text: str) -> str:
    r"""Turn the ``Â`` that a flattened no-break space leaves back into one.

    ``36\xa0procent`` in UTF-8, read as Windows-1252, is ``36Â\xa0procent``;
    when a program then replaces the no-break space by a space, ftfy no longer
    sees mojibake on a line that has nothing else wrong: ``36Â procent``.

    >>> restore_flattened_nbsp("Slechts 8Â procent van de ketens")
    'Slechts 8\xa0procent van de ketens'
    >>> restore_flattened_nbsp("FRANÇOIS EN RENÂ BELLEN")
    'FRANÇOIS EN RENÂ BELLEN'
    """
    return _FLATTENED_NBSP.sub("\u00a0", text)


def remove_invisible_characters(text: str) -> str:
    r"""Drop the format characters that hide inside words and numbers.

    A soft hyphen or a zero-width space between a number and its unit is not
    seen by a reader, but it would hide the claim from every pattern. Removed
    (not replaced), so the returned text is the text the reader sees, and
    every offset found in it is an offset into it.

    >>> remove_invisible_characters("Ruim 40\u00ad procent van de pro\u200bcent")
    'Ruim 40 procent van de procent'
    >>> remove_invisible_characters("de 👩\u200d💻 van") == "de 👩\u200d💻 van"
    True
    """
    visible: str = _INVISIBLE.sub("", text)
    return visible


def describe_steps(explanation: Sequence[ExplanationStep]) -> list[str]:
    """Name ftfy's explanation steps for people, a repeated decode as "again".

    >>> describe_steps([ExplanationStep("encode", "sloppy-windows-1252"),
    ...                 ExplanationStep("decode", "utf-8")])
    ['re-decoded UTF-8 that was read as Windows-1252']
    """
    names: list[str] = []
    encoding = ""
    for action, parameter in explanation:
        if action == "encode":
            encoding = ENCODING_NAMES.get(parameter, parameter)
            continue
        name = _step_name(action, parameter, encoding)
        names.append(f"{name} (again)" if name in names else name)
    return names


def _step_name(action: str, parameter: str, encoding: str) -> str:
    """Name one ftfy step; ``encoding`` is the one the text was read as."""
    if action == "decode":
        return f"re-decoded UTF-8 that was read as {encoding}"
    if action == "normalize":
        return f"{parameter} normalisation"
    return FIX_NAMES.get(parameter, parameter.replace("_", " "))


def _unique(names: Sequence[str]) -> tuple[str, ...]:
    """Keep the first occurrence of each name, in order."""
    return tuple(dict.fromkeys(names))
