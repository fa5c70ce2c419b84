"""Time and memory of extraction on hostile shapes of text: both must grow linearly with length.

Usage:
    python benchmarks/hostile.py [--sizes 0.1,1] [--shapes NAME,...] [--scaling] [--figures N] [--finders]

The first table takes adversarial inputs that arrive as one huge "article":
an unbroken run of ``(``, the word ``procent`` over and over, a run of
qualifiers (``bijna bijna ...``), an endless list ``X (3 procent), ...``, one
long number, a run of ``Ã`` (mojibake debris) and a run of ligatures (PDF
debris, which repair makes three times longer). Each is built to the given
sizes in UTF-8 bytes (0.1 MB and 1 MB; 1 MB is the default limit,
``ExtractConfig.max_bytes``) plus one byte over the limit, and extracted in a
fresh subprocess, so the peak RSS (``ru_maxrss`` of the child) belongs to
that size alone; the child's RSS with the pipeline loaded is shown as "base".
Seconds per MB that stay flat from 0.1 to 1 MB mean linear time.

``--scaling`` adds the older table: endless sentences built from a repeated
unit with a figure in it, at N and 2N repetitions (a ratio near 2 is linear,
near 4 quadratic), over the constructions the subject rules look back over.

``--finders`` times the percentage and survey finders alone on shapes that
would make their regular expressions backtrack, at 20,000, 40,000 and 80,000
characters (time doubling with length is linear).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from collections.abc import Callable

import nlsurveyextract
from nlsurveyextract.config import DEFAULT_CONFIG
from nlsurveyextract.errors import NlsurveyextractError
from nlsurveyextract.pipeline import default_nlp

MB = 1_000_000

# Adversarial shapes: a unit repeated until the text has the asked size.
HOSTILE: dict[str, str] = {
    "( runs": "(",
    "procent runs": "procent ",
    "qualifier runs": "bijna ",
    "X (3 procent) lists": "X (3 procent), ",
    "digits": "7",
    "Ã runs": "Ã",
    "ligatures": "\ufb03",
}

SCALING: dict[str, Callable[[int], str]] = {
    "brackets": lambda n: "Y (5 procent) " * n,
    "colons": lambda n: "X" + ": 5 procent" * n,
    "commas": lambda n: ", ".join(f"de kiezers van partij {i} kregen {i % 90} procent" for i in range(n)),
    "en-chain": lambda n: " en ".join(f"Kia volgde met {i % 90} procent" for i in range(n)),
    "dash asides": lambda n: " ".join(f"86% van de meisjes - en {i % 90}% wereldwijd -" for i in range(n)),
    "van-naar": lambda n: " ".join(f"van {i % 90} naar {(i + 1) % 90} procent" for i in range(n)),
    "respectievelijk": lambda n: (
        "A, B en C hebben respectievelijk " + ", ".join(f"{i % 90} procent" for i in range(n))
    ),
    "spaces": lambda n: "De AEX" + " " * (40 * n) + "daalde 5 procent en" + " " * (40 * n) + "40 procent",
}


# Shapes that would make a finder's regular expressions backtrack, and the finder they aim at.
FINDER_SHAPES: dict[str, tuple[str, str]] = {
    "digit run": ("percentages", "1"),
    "comma numbers": ("percentages", "1,"),
    "en-series": ("percentages", "1 en "),
    "op de chain": ("percentages", "een op de "),
    "tussen de chain": ("percentages", "tussen de "),
    "helft van de": ("percentages", "de helft van de "),
    "dotted thousands": ("percentages", "1.000."),
    "meer dan chain": ("percentages", "meer dan "),
    "capital sentences": ("surveys", "A. "),
    "repeated cue": ("surveys", "onderzoek van Ipsos "),
    "hyphen chain": ("surveys", "a-"),
    "repeated person": ("surveys", "Jan de Vries van Ipsos zegt 5 procent. "),
}


def finders_table(chars: list[int]) -> None:
    """Print the finders' time on each of :data:`FINDER_SHAPES` at each length, and its growth."""
    from nlsurveyextract.stages.percentages import find_percentages
    from nlsurveyextract.stages.surveys import find_surveys

    finders = {"percentages": find_percentages, "surveys": find_surveys}
    print(f"{'finder shape':22} {'finder':12} " + " ".join(f"{f's at {n:,}':>12}" for n in chars))
    for name, (finder, unit) in FINDER_SHAPES.items():
        times = []
        for n in chars:
            text = unit * (n // len(unit))
            started = time.perf_counter()
            finders[finder](text)
            times.append(time.perf_counter() - started)
        print(f"{name:22} {finder:12} " + " ".join(f"{t:12.3f}" for t in times), flush=True)


def build(unit: str, size: int) -> str:
    """``unit`` repeated to exactly ``size`` bytes in UTF-8, topped up with spaces."""
    text = unit * (size // len(unit.encode()))
    return text + " " * (size - len(text.encode()))


def peak_rss_mb() -> float:
    """Peak resident memory of this process in MB (Linux reports ru_maxrss in kB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(shape: str, size: int) -> None:
    """Run one extraction and print its time, peak memory and outcome as JSON."""
    nlp = default_nlp()
    nlsurveyextract.extract("Vier op de tien Nederlanders sporten.", nlp=nlp)
    base = peak_rss_mb()
    text = build(HOSTILE[shape], size)
    started = time.perf_counter()
    try:
        outcome = f"{len(nlsurveyextract.extract(text, nlp=nlp).findings)} findings"
    except NlsurveyextractError as error:
        outcome = error.kind
    seconds = time.perf_counter() - started
    print(json.dumps({"seconds": seconds, "base": base, "peak": peak_rss_mb(), "outcome": outcome}))


def measure(shape: str, size: int) -> dict[str, object]:
    """Run :func:`child` in a fresh interpreter and read what it printed."""
    command = [sys.executable, __file__, "--child", shape, str(size)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or [""])[-1][:80]
        return {"seconds": float("nan"), "base": 0.0, "peak": 0.0, "outcome": f"crashed: {last}"}
    measured: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return measured


def sizes_table(shapes: list[str], sizes: list[int]) -> None:
    """Print time, seconds per MB and peak RSS per shape and size."""
    print(f"{'shape':22} {'bytes':>10} {'seconds':>8} {'s/MB':>7} {'base MB':>8} {'peak MB':>8}  outcome")
    for shape in shapes:
        for size in sizes:
            row = measure(shape, size)
            seconds = float(row["seconds"])  # type: ignore[arg-type]
            print(
                f"{shape:22} {size:10,} {seconds:8.2f} {seconds / (size / MB):7.1f} "
                f"{row['base']:8.0f} {row['peak']:8.0f}  {row['outcome']}",
                flush=True,
            )


def seconds(text: str) -> float:
    nlp = default_nlp()
    started = time.perf_counter()
    nlsurveyextract.extract(text, nlp=nlp)
    return time.perf_counter() - started


def scaling_table(figures: int) -> None:
    """Print the time at N and 2N repetitions of each scaling shape, and their ratio."""
    seconds("Vier op de tien Nederlanders sporten.")  # load the pipeline once, outside the timings
    print(f"{'shape':18} {'chars N':>9} {'s at N':>8} {'s at 2N':>8} {'ratio':>6}")
    for name, make in SCALING.items():
        small, large = make(figures), make(2 * figures)
        at_n, at_2n = seconds(small), seconds(large)
        print(f"{name:18} {len(small):9,} {at_n:8.2f} {at_2n:8.2f} {at_2n / at_n:6.2f}", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="0.1,1", help="sizes in MB, comma-separated")
    parser.add_argument("--shapes", default=",".join(HOSTILE), help="hostile shapes, comma-separated")
    parser.add_argument("--scaling", action="store_true", help="also print the N/2N scaling table")
    parser.add_argument("--figures", type=int, default=1000, help="repetitions of the unit (N) for --scaling")
    parser.add_argument("--finders", action="store_true", help="also time the finders on their own shapes")
    parser.add_argument("--child", nargs=2, metavar=("SHAPE", "BYTES"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.child[0], int(args.child[1]))
        return 0
    sizes = sorted({int(float(mb) * MB) for mb in args.sizes.split(",")} | {DEFAULT_CONFIG.max_bytes + 1})
    sizes_table([name for name in args.shapes.split(",") if name], sizes)
    if args.scaling:
        scaling_table(args.figures)
    if args.finders:
        finders_table([20_000, 40_000, 80_000])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
