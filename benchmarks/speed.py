"""Speed and memory of extraction: articles/s on a folder, and scaling with article length.

Usage:
    python benchmarks/speed.py [FOLDER] [--repeat N]

FOLDER defaults to ../shared/corpus/dev. Prints the time to load the
pipeline, articles and words per second for extract_many over the folder
(best of --repeat runs), the time for one synthetic article at growing
lengths (extraction must stay linear), and the peak resident memory.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

import nlsurveyextract

REPO = Path(__file__).resolve().parents[1]
PARAGRAPH = (
    "Ruim zestig procent van de boeren wil de stal verduurzamen. Een kwart heeft daar al geld voor "
    "gereserveerd, blijkt uit een peiling van Agrimonitor onder 1.200 veehouders.\n\n"
)


def timed(function, *args, **kwargs) -> tuple[object, float]:
    started = time.perf_counter()
    result = function(*args, **kwargs)
    return result, time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, default=REPO.parent / "shared" / "corpus" / "dev")
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args(argv)

    nlp, load_seconds = timed(nlsurveyextract.load)
    print(f"load pipeline          {load_seconds:8.2f} s")
    paths = sorted(args.folder.glob("*.txt"))
    words = sum(len(path.read_text(encoding="utf-8").split()) for path in paths)
    runs = [timed(lambda: list(nlsurveyextract.extract_many(paths, nlp=nlp)))[1] for _ in range(args.repeat)]
    best = min(runs)
    print(f"folder                 {len(paths)} articles, {words} words")
    rates = f"{len(paths) / best:8.1f} articles/s   {words / best:9.0f} words/s"
    print(f"extract_many           {best:8.2f} s   {rates}")
    for repeats in (10, 100, 1000):
        text = PARAGRAPH * repeats
        result, seconds = timed(nlsurveyextract.extract, text, nlp=nlp)
        print(f"{len(text):>9} characters  {seconds:8.2f} s   {len(result.findings):6d} findings")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak resident memory   {peak:8.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
