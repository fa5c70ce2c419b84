"""Fuzz extract(): generated text and bytes raise only the library's errors, and results stay honest.

Usage:
    python benchmarks/fuzz.py [--count 50000] [--seed 14]

Inputs are generated from families that real-world junk resembles: Dutch
percentage vocabulary in random order, the same text turned into mojibake
(UTF-8 read as Windows-1252 or Latin-1, once or twice), text sprinkled with
control and format characters (NUL, C1 controls, soft hyphens, bidi marks,
lone surrogates), random Unicode, numbers of absurd length, and bytes (random,
after a byte-order mark, Dutch text in UTF-16 or Windows-1252 with damage).
Each goes through ``nlsurveyextract.extract`` with one loaded pipeline; most
inputs are short, so the run takes a few minutes.

It prints the number of inputs, the library's errors by ``kind``, and three
counts that must be 0: unexpected exceptions (anything that is not an error of
``nlsurveyextract.errors``, and ``internal`` errors, which are bugs), offset
violations (a span that does not slice back into the text) and value
violations (a value, low or high that is not finite or beyond MAX_PERCENT; a
confidence outside 0..1). The first few offending inputs are printed.
"""

from __future__ import annotations

import argparse
import codecs
import collections
import math
import random
import time
from collections.abc import Callable

import nlsurveyextract
from nlsurveyextract.errors import ExtractionError, NlsurveyextractError
from nlsurveyextract.pipeline import default_nlp
from nlsurveyextract.stages.percentages import MAX_PERCENT

NUMBERS = ["16", "16,5", "1.024", "49", "-3,2", "+4", "0,1", "100", "999", "1000", "1001", "12.500,75",
           "zestien", "vijfenzeventig", "drieënzestig", "honderd", "anderhalf", "één", "twee", "tien"]
UNITS = ["procent", "%", "pct.", "pct", "procentpunt", "procentpunten", "%-punt", "percent"]
QUALIFIERS = ["bijna", "ruim", "ongeveer", "circa", "zo'n", "slechts", "maar liefst", "minder dan",
              "meer dan", "tussen", "tot", "van", "naar", "met", "respectievelijk", "rond de"]
SHARES = ["de helft", "een derde", "een kwart", "driekwart", "twee derde", "vier op de tien",
          "één op de vijf", "een meerderheid", "de meeste", "een minderheid", "negen van de tien"]
WORDS = ["de", "het", "een", "van", "kiezers", "Nederlanders", "daalde", "steeg", "volgens", "onderzoek",
         "CBS", "I&O", "Ipsos", "peiling", "onder", "ondervraagden", "zegt", "vindt", "en", "of", "dat",
         "jongeren", "IT’ers", "geïntegreerd", "financiële", "„", "”", "’", "(", ")", ",", ".", ":", ";",
         "-", "–", "\n", "\n\n", "\u00a0", "?", "!", "/", "…"]
ODD_CHARS = ["\x00", "\x01", "\x07", "\x1b", "\x7f", "\x81", "\x8d", "\x9d", "\u00ad", "\u200b", "\u200c",
             "\u200d", "\u200e", "\u200f", "\u202e", "\u2060", "\u2066", "\ufeff", "\ufffd", "\u0301",
             "\ufb01", "\ufb03", "\ud800", "\udfff", "\U000e0001", "\uf0b7", "\u2028", "\r", "\x0c", "Ã", "Â"]
MOJIBAKE_CODECS = ["cp1252", "latin-1"]


def dutch(rng: random.Random) -> str:
    """A short run of Dutch percentage vocabulary in random order."""
    pools = [NUMBERS, UNITS, QUALIFIERS, SHARES, WORDS, WORDS]
    count = rng.choice([1, 2, 3, 4, 6, 9, 13]) if rng.random() < 0.98 else rng.randint(40, 300)
    return " ".join(rng.choice(rng.choice(pools)) for _ in range(count))


def mojibake(rng: random.Random) -> str:
    """Dutch text with UTF-8 read as a single-byte encoding, once or twice."""
    text = dutch(rng)
    for _ in range(rng.choice([1, 1, 2])):
        text = text.encode("utf-8").decode(rng.choice(MOJIBAKE_CODECS), errors="replace")
    return text


def sprinkled(rng: random.Random) -> str:
    """Dutch text with control, format and other odd characters inserted anywhere."""
    chars = list(dutch(rng))
    for _ in range(rng.randint(1, 6)):
        chars.insert(rng.randint(0, len(chars)), rng.choice(ODD_CHARS) * rng.choice([1, 1, 2, 30]))
    return "".join(chars)


def any_unicode(rng: random.Random) -> str:
    """Random code points from every plane, surrogates included."""
    top = rng.choice([0x7F, 0x2FF, 0xFFFF, 0x10FFFF])
    return "".join(chr(rng.randint(0, top)) for _ in range(rng.randint(1, 60)))


def absurd_number(rng: random.Random) -> str:
    """Numbers far too long or too large: ``2222...%``, ``1.000.000...``, ``9,999...``."""
    digits = rng.choice("123456789") * rng.choice([5, 40, 309, 400, 5000])
    shape = rng.choice(["{d}%", "{d} procent", "{d},5 procent", "1.{d} procent", "tussen 5 en {d} procent"])
    return shape.format(d=digits)


def random_bytes(rng: random.Random) -> bytes:
    """Random bytes, alone or after a byte-order mark."""
    data = rng.randbytes(rng.choice([1, 2, 7, 64, 500, 2000]))
    marks = [b"", b"", codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE]
    return rng.choice(marks) + data


def damaged_bytes(rng: random.Random) -> bytes:
    """Dutch text encoded in UTF-8, UTF-16 or Windows-1252, with a few bytes changed or cut."""
    encoding = rng.choice(["utf-8", "utf-16", "utf-16-le", "cp1252", "utf-32"])
    data = bytearray(dutch(rng).encode(encoding, errors="replace"))
    for _ in range(rng.randint(0, 4)):
        if data:
            data[rng.randrange(len(data))] = rng.choice([0, 0xFF, 0xC3, 0x80, rng.randrange(256)])
    return bytes(data[: rng.randint(0, len(data))] if rng.random() < 0.2 else data)


FAMILIES: dict[str, Callable[[random.Random], str | bytes]] = {
    "dutch": dutch,
    "mojibake": mojibake,
    "format and control characters": sprinkled,
    "random unicode": any_unicode,
    "absurd numbers": absurd_number,
    "random bytes": random_bytes,
    "damaged bytes": damaged_bytes,
}
WEIGHTS = [30, 15, 20, 10, 5, 10, 10]


def violations(result: nlsurveyextract.ArticleResult) -> tuple[int, int]:
    """Count spans that do not slice back, and values or confidences out of range."""
    offsets = values = 0
    for finding in result.findings:
        offsets += sum(result.text[s.start : s.end] != s.text for s in finding.spans())
        for value in (finding.value, finding.low, finding.high):
            values += value is not None and not (math.isfinite(value) and abs(value) <= MAX_PERCENT)
        values += not 0.0 <= finding.confidence <= 1.0
    for survey in result.surveys:
        offsets += sum(result.text[s.start : s.end] != s.text for s in survey.spans())
    return offsets, values


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=50_000, help="number of generated inputs")
    parser.add_argument("--seed", type=int, default=14, help="seed of the generator")
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    nlp = default_nlp()
    kinds: collections.Counter[str] = collections.Counter()
    families: collections.Counter[str] = collections.Counter()
    unexpected: list[tuple[str, str | bytes, BaseException]] = []
    offset_violations = value_violations = findings = 0
    started = time.perf_counter()
    for _ in range(args.count):
        family = rng.choices(list(FAMILIES), WEIGHTS)[0]
        raw = FAMILIES[family](rng)
        families[family] += 1
        try:
            result = nlsurveyextract.extract(raw, nlp=nlp)
        except ExtractionError as error:
            unexpected.append((family, raw, error))
            continue
        except NlsurveyextractError as error:
            kinds[error.kind] += 1
            continue
        except Exception as error:
            unexpected.append((family, raw, error))
            continue
        offsets, values = violations(result)
        offset_violations, value_violations = offset_violations + offsets, value_violations + values
        findings += len(result.findings)
        kinds["(result)"] += 1
    elapsed = time.perf_counter() - started
    print(f"inputs                {args.count:,} in {elapsed:.0f} s ({args.count / elapsed:,.0f} per second)")
    print("  by family           " + ", ".join(f"{name} {n:,}" for name, n in families.most_common()))
    print(f"results               {kinds.pop('(result)', 0):,} (with {findings:,} findings)")
    errors = ", ".join(f"{kind} {n:,}" for kind, n in sorted(kinds.items()))
    print(f"library errors        {sum(kinds.values()):,} ({errors or 'none'})")
    print(f"unexpected exceptions {len(unexpected)}")
    print(f"offset violations     {offset_violations}")
    print(f"value violations      {value_violations}")
    for family, raw, error in unexpected[:5]:
        print(f"  {family}: {raw[:120]!r} -> {type(error).__name__}: {str(error)[:300]}")
    return 1 if unexpected or offset_violations or value_violations else 0


if __name__ == "__main__":
    raise SystemExit(main())
