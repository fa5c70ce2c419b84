"""Benchmark: do decode() + repair() restore articles broken the ways the world breaks them?

Runs the shared damage tool (make_mojibake.py) on a folder of clean articles,
then reads every damaged file with ``reading.decode`` and ``repair.repair`` and
compares the result with ``expected/NNN.txt`` the way the tool's docstring
says: fold non-breaking spaces to spaces and strip the ends. Prints, per kind of
damage, how many files were restored exactly; for ``clean``, whether the text
came back unchanged (no repair steps). The target is 100 % for every kind.

Usage:
    .venv/bin/python benchmarks/repair.py [--src DIR] [--out DIR] [--tool PATH] [--verbose]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from nlsurveyextract.intake.reading import decode
from nlsurveyextract.intake.repair import repair

DEFAULT_SRC = Path("/work/shared/corpus/dev")
DEFAULT_TOOL = Path("/work/shared/tools/make_mojibake.py")
CONTEXT = 40


@dataclass
class KindResult:
    files: int = 0
    restored: int = 0
    unchanged: int = 0


def normalise(text: str) -> str:
    """Compare as the damage tool defines it: NBSP folded to space, ends stripped."""
    return text.replace("\u00a0", " ").strip()


def first_difference(got: str, want: str) -> str:
    """Show both texts around the first character where they differ."""
    pairs = enumerate(zip(got, want, strict=False))
    at = next((i for i, (a, b) in pairs if a != b), min(len(got), len(want)))
    lo, hi = max(0, at - CONTEXT), at + CONTEXT
    return f"at {at}:\n      got  {got[lo:hi]!r}\n      want {want[lo:hi]!r}"


def make_damaged(tool: Path, src: Path, out: Path) -> None:
    subprocess.run([sys.executable, str(tool), str(src), str(out)], check=True,
                   stdout=subprocess.DEVNULL)


def evaluate(out: Path, verbose: bool) -> dict[str, KindResult]:
    results: dict[str, KindResult] = defaultdict(KindResult)
    for path in sorted(out.glob("*.*.txt")):
        stem, kind = path.name.split(".")[:2]
        want = normalise((out / "expected" / f"{stem}.txt").read_text(encoding="utf-8"))
        repaired = repair(decode(path.read_bytes(), source=path.name).text)
        got = normalise(repaired.text)
        result = results[kind]
        result.files += 1
        result.restored += got == want
        result.unchanged += not repaired.steps
        if got != want and verbose:
            print(f"FAIL {path.name} {first_difference(got, want)}")
    return results


def print_table(results: dict[str, KindResult]) -> bool:
    print(f"{'kind':<12}{'files':>6}{'restored exactly':>22}   unchanged (clean)")
    all_ok = True
    for kind in sorted(results, key=lambda k: (k == "clean", k)):
        r = results[kind]
        share = 100 * r.restored / r.files if r.files else 0.0
        note = ""
        if kind == "clean":
            note = f"{r.unchanged}/{r.files} unchanged, no steps"
            all_ok &= r.unchanged == r.files
        all_ok &= r.restored == r.files
        print(f"{kind:<12}{r.files:>6}{r.restored:>12} ({share:5.1f} %)   {note}")
    total = sum(r.files for r in results.values())
    restored = sum(r.restored for r in results.values())
    print(f"{'all':<12}{total:>6}{restored:>12} ({100 * restored / max(total, 1):5.1f} %)")
    return all_ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--src", type=Path, default=DEFAULT_SRC, help="folder of clean NNN.txt")
    parser.add_argument("--out", type=Path, help="where to write damaged files (default: temp)")
    parser.add_argument("--tool", type=Path, default=DEFAULT_TOOL, help="make_mojibake.py")
    parser.add_argument("--verbose", "-v", action="store_true", help="show failures in context")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="mojibake-") as temp:
        out = args.out or Path(temp)
        make_damaged(args.tool, args.src, out)
        ok = print_table(evaluate(out, args.verbose))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
