"""Batch speed of the ``extract`` command: one process against two, on real news.

Usage:
    python benchmarks/batch.py [--archive PATH] [--limit N] [--jobs 1 2]

Writes the news items of ../shared/corpus/archive.jsonl.gz (fields id, title,
date, url, text) as files into a temporary folder (never into the repository),
adds broken inputs of its own (empty, binary, and articles saved as cp1252,
latin-1 and utf-16), and runs ``extract --jobs N -o OUT FOLDER`` for each N.
It prints articles/s with and without the start-up (measured on a run with
a few one-line inputs per process), the ratio to --jobs 1, the exit codes, and the
peak resident memory per process (psutil when installed, else /proc), and the
CPU seconds the run's processes used, which tells the pool's own cost apart
from a busy machine.
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
STARTUP_TEXT = "Tien procent van de leden stemde voor het plan.\n"
STARTUP_INPUTS_PER_PROCESS = 4
"""The CLI starts no more workers than it has chunks of inputs (ExtractConfig.batch_size, 4)."""


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


def tree_usage(pid: int) -> dict[int, tuple[int, float]]:
    """Resident bytes and CPU seconds so far of a process and all its descendants, by pid."""
    try:
        import psutil
    except ImportError:
        return _proc_tree_usage(pid)
    try:
        root = psutil.Process(pid)
        processes = [root, *root.children(recursive=True)]
    except psutil.Error:
        return {}
    usage = {}
    for process in processes:
        with contextlib.suppress(psutil.Error):
            times = process.cpu_times()
            usage[process.pid] = (process.memory_info().rss, times.user + times.system)
    return usage


def _proc_tree_usage(pid: int) -> dict[int, tuple[int, float]]:
    usage, todo, tick = {}, [pid], os.sysconf("SC_CLK_TCK")
    while todo:
        current = todo.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            fields = Path(f"/proc/{current}/stat").read_text().rsplit(")", 1)[1].split()
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except OSError:
            continue
        rss = next(
            (int(line.split()[1]) * 1024 for line in status.splitlines() if line.startswith("VmRSS:")), 0
        )
        usage[current] = (rss, (int(fields[11]) + int(fields[12])) / tick)
        todo.extend(int(child) for child in children)
    return usage


def run(folder: Path, out: Path, jobs: int) -> tuple[float, int, list[int], float]:
    """Run the CLI; return wall seconds, exit code, peak RSS per process (largest first), CPU seconds."""
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
    cpu: dict[int, float] = {}
    while process.poll() is None:
        for pid, (rss, seconds) in tree_usage(process.pid).items():
            peaks[pid] = max(peaks.get(pid, 0), rss)
            cpu[pid] = max(cpu.get(pid, 0.0), seconds)
        time.sleep(0.2)
    seconds = time.perf_counter() - started
    return seconds, process.returncode, sorted(peaks.values(), reverse=True), sum(cpu.values())


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
        for number in range(max(args.jobs) * STARTUP_INPUTS_PER_PROCESS):  # enough to start every worker
            (single / f"kort-{number}.txt").write_text(STARTUP_TEXT, encoding="utf-8")
        print(
            f"{count} inputs ({BROKEN_PER_KIND * 2} broken, {BROKEN_PER_KIND * len(LEGACY)} legacy-encoded)"
        )
        rates, efficiency = {}, {}
        for jobs in args.jobs:
            startup, _, _, cpu_startup = run(single, Path(temporary, f"een-{jobs}.jsonl"), jobs)
            seconds, code, peaks, cpu = run(folder, Path(temporary, f"uit-{jobs}.jsonl"), jobs)
            rates[jobs] = count / max(seconds - startup, 1e-9)
            efficiency[jobs] = count / max(cpu - cpu_startup, 1e-9)
            peak_text = ", ".join(f"{rss / 2**20:.0f}" for rss in peaks[: jobs + 2])
            print(
                f"--jobs {jobs}: {seconds:6.1f} s wall, start-up {startup:4.1f} s, "
                f"{count / seconds:6.1f} articles/s ({rates[jobs]:6.1f} without start-up), exit {code}, "
                f"peak RSS per process (MiB, largest first): {peak_text}; "
                f"{cpu:.0f} CPU s, {efficiency[jobs]:.1f} articles per CPU s without start-up"
            )
        if 1 in rates and len(rates) > 1:
            best = max(jobs for jobs in rates if jobs != 1)
            print(
                f"ratio --jobs {best} / --jobs 1: {rates[best] / rates[1]:.2f} (target >= 1.7 on two cores)"
            )
            print(
                f"articles per CPU s, --jobs {best} / --jobs 1: {efficiency[best] / efficiency[1]:.2f} "
                "(the pool's own cost, whatever the load: near 1 means only free cores bound the ratio)"
            )
    print(f"load average after: {os.getloadavg()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
