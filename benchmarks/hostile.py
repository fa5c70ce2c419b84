"""Time of extraction on hostile shapes of text: it must grow linearly with length.

Usage:
    python benchmarks/hostile.py [--figures N]

Each shape is one endless sentence (no full stops, so every rule sees the
same sentence) built from a repeated unit with a figure in it, at N and at 2N
repetitions. A ratio near 2 means linear time; near 4, quadratic. The shapes
are the constructions the subject rules look back over: brackets, colons,
commas, ``en``-chains, dash asides, ``van ... naar`` changes, ``respectievelijk``
series, and long runs of spaces.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

import nlsurveyextract
from nlsurveyextract.pipeline import default_nlp

SHAPES: dict[str, Callable[[int], str]] = {
    "brackets": lambda n: "Y (5 procent) " * n,
    "colons": lambda n: "X" + ": 5 procent" * n,
    "commas": lambda n: ", ".join(f"de kiezers van partij {i} kregen {i % 90} procent" for i in range(n)),
    "en-chain": lambda n: " en ".join(f"Kia volgde met {i % 90} procent" for i in range(n)),
    "dash asides": lambda n: " ".join(f"86% van de meisjes - en {i % 90}% wereldwijd -" for i in range(n)),
    "van-naar": lambda n: " ".join(f"van {i % 90} naar {(i + 1) % 90} procent" for i in range(n)),
    "respectievelijk": lambda n: "A, B en C hebben respectievelijk "
    + ", ".join(f"{i % 90} procent" for i in range(n)),
    "spaces": lambda n: "De AEX" + " " * (40 * n) + "daalde 5 procent en" + " " * (40 * n) + "40 procent",
}


def seconds(text: str) -> float:
    nlp = default_nlp()
    started = time.perf_counter()
    nlsurveyextract.extract(text, nlp=nlp)
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--figures", type=int, default=1000, help="repetitions of the unit (N)")
    args = parser.parse_args(argv)
    seconds("Vier op de tien Nederlanders sporten.")  # load the pipeline once, outside the timings
    print(f"{'shape':18} {'chars N':>9} {'s at N':>8} {'s at 2N':>8} {'ratio':>6}")
    for name, build in SHAPES.items():
        small, large = build(args.figures), build(2 * args.figures)
        at_n, at_2n = seconds(small), seconds(large)
        print(f"{name:18} {len(small):9,} {at_n:8.2f} {at_2n:8.2f} {at_2n / at_n:6.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
