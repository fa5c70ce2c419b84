"""Accuracy on a gold-annotated corpus: run the extractor, then the project's scorer.

Usage:
    python benchmarks/accuracy.py [GOLD_DIR] [--scorer PATH] [--out FILE] [-v]

GOLD_DIR defaults to ../shared/corpus/dev (NNN.txt beside NNN.gold.json); the
scorer defaults to ../shared/tools/score.py. The extractor runs exactly as a
user runs it (extract_many with the bundled pipeline); its JSON Lines output
is kept in --out for inspection.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

import nlsurveyextract

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def write_predictions(gold_dir: Path, out: Path, model: str | None = None) -> tuple[int, float]:
    """Extract every article of ``gold_dir`` into ``out``; return (articles, seconds)."""
    articles = sorted(p for p in gold_dir.glob("*.txt") if p.name.split(".")[0].isalnum())
    nlp = nlsurveyextract.load(model)
    started = time.perf_counter()
    with out.open("w", encoding="utf-8") as handle:
        for record in nlsurveyextract.extract_many(articles, nlp=nlp):
            handle.write(record.model_dump_json() + "\n")
    return len(articles), time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold_dir", nargs="?", type=Path, default=SHARED / "corpus" / "dev")
    parser.add_argument("--scorer", type=Path, default=SHARED / "tools" / "score.py")
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "out" / "accuracy.jsonl")
    parser.add_argument("--model", help="another pipeline (name or path) instead of the bundled one")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    args = parser.parse_args(argv)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    count, seconds = write_predictions(args.gold_dir, args.out, args.model)
    print(f"extracted {count} articles from {args.gold_dir} in {seconds:.1f} s -> {args.out}")
    command = [sys.executable, str(args.scorer), str(args.gold_dir), str(args.out)]
    return subprocess.call(command + (["-v"] if args.verbose else []))


if __name__ == "__main__":
    sys.exit(main())
