"""Batch speed of the ``extract`` command: one process against two, on real news.

Usage:
    python benchmarks/batch.py [--archive PATH] [--limit N] [--jobs 1 2]

Writes the news items of ../shared/corpus/archive.jsonl.gz (fields id, title,
date, url, text) as files into a temporary folder (never into the repository),
adds broken inputs of its own (empty, binary, and articles saved as cp1252,
latin-1 and utf-16), and runs ``extract --jobs N -o OUT FOLDER`` for each N.
It prints articles/s with and without the start-up (measured on a run with
one small input per process), the ratio to --jobs 1, the exit codes, and the
peak resident memory per process (psutil when installed, else /proc).
The machine load (os.getloadavg) is printed too: rerun on a quiet machine.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
ARCHIVE = REPO.parent / "shared" / "corpus" / "archive.jsonl.gz"
LEGACY = ("cp1252", "latin-1", "utf-16")
BROKEN_PER_KIND = 3


def write_folder(archive: Path, folder: Path, limit: int | None) -> int:
    """Write the archive's articles and the broken inputs; return the number of files."""
    count = 0
    with gzip.open(archive, "rt", encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            if limit is not None and number >= limit:
                break
            item = json.loads(line)
            encoding = LEGACY[number % len(LEGACY)] if number < BROKEN_PER_KIND * len(LEGACY) else "utf-8"
            data = item["text"].encode(encoding, errors="replace")
            (folder / f"{number:05d}.txt").write_bytes(data)
            count += 1
    for number in range(BROKEN_PER_KIND):
        (folder / f"leeg-{number}.txt").write_bytes(b"")
        (folder / f"binair-{number}.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(2048))
        count += 2
    return count


def tree_rss(pid: int) -> dict[int, int]:
    """Resident bytes of a process and all its descendants, by pid."""
    try:
        import psutil
    except ImportError:
        return _proc_tree_rss(pid)
    try:
        root = psutil.Process(pid)
        processes = [root, *root.children(recursive=True)]
    except psutil.Error:
        return {}
    sizes = {}
    for process in processes:
        with contextlib.suppress(psutil.Error):
            sizes[process.pid] = process.memory_info().rss
    return sizes


def _proc_tree_rss(pid: int) -> dict[int, int]:
    sizes, todo = {}, [pid]
    while todo:
        current = todo.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except OSError:
            continue
        for line in status.splitlines():
            if line.startswith("VmRSS:"):
                sizes[current] = int(line.split()[1]) * 1024
        todo.extend(int(child) for child in children)
    return sizes


def run(folder: Path, out: Path, jobs: int) -> tuple[float, int, list[int]]:
    """Run the CLI; return wall seconds, exit code, and peak RSS per process (bytes, largest first)."""
    command = [
        sys.executable,
        "-m",
        "nlsurveyextract",
        "--quiet",
        "--jobs",
        str(jobs),
        "-o",
        str(out),
        str(folder),
    ]
    started = time.perf_counter()
    process = subprocess.Popen(command)
    peaks: dict[int, int] = {}
    while process.poll() is None:
        for pid, rss in tree_rss(process.pid).items():
            peaks[pid] = max(peaks.get(pid, 0), rss)
        time.sleep(0.2)
    seconds = time.perf_counter() - started
    return seconds, process.returncode, sorted(peaks.values(), reverse=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--archive", type=Path, default=ARCHIVE)
    parser.add_argument("--limit", type=int, help="only the first N news items (quick runs)")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args(argv)
    print(f"load average before: {os.getloadavg()}")
    with tempfile.TemporaryDirectory(prefix="nlse-batch-") as temporary:
        folder, single = Path(temporary, "artikelen"), Path(temporary, "een")
        folder.mkdir()
        single.mkdir()
        count = write_folder(args.archive, folder, args.limit)
        write_folder(args.archive, single, max(args.jobs))  # one small input per process
        for extra in single.glob("[lb]*.txt"):
            extra.unlink()
        print(
            f"{count} inputs ({BROKEN_PER_KIND * 2} broken, {BROKEN_PER_KIND * len(LEGACY)} legacy-encoded)"
        )
        rates = {}
        for jobs in args.jobs:
            startup, _, _ = run(single, Path(temporary, f"een-{jobs}.jsonl"), jobs)
            seconds, code, peaks = run(folder, Path(temporary, f"uit-{jobs}.jsonl"), jobs)
            rates[jobs] = count / max(seconds - startup, 1e-9)
            peak_text = ", ".join(f"{rss / 2**20:.0f}" for rss in peaks[: jobs + 2])
            print(
                f"--jobs {jobs}: {seconds:6.1f} s wall, start-up {startup:4.1f} s, "
                f"{count / seconds:6.1f} articles/s ({rates[jobs]:6.1f} without start-up), exit {code}, "
                f"peak RSS per process (MiB, largest first): {peak_text}"
            )
        if 1 in rates and len(rates) > 1:
            best = max(jobs for jobs in rates if jobs != 1)
            print(
                f"ratio --jobs {best} / --jobs 1: {rates[best] / rates[1]:.2f} (target >= 1.7 on two cores)"
            )
    print(f"load average after: {os.getloadavg()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
