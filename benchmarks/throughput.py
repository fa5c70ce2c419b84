"""Throughput side by side: the tokenizer floor, the bundled pipeline, and nlsurveyextract end to end.

Usage:
    python benchmarks/throughput.py [--dev-words N] [--archive-limit N] [--skip-memory]

Two corpora, each measured three ways in one process (CPU time, so that other
load on the machine counts less):

    (a) ``spacy.blank("nl")`` tokenising the texts: the floor;
    (b) the bundled pipeline's ``nlp.pipe`` over the full texts: what a user
        would otherwise run;
    (c) nlsurveyextract end to end: read the files, repair, extract, build results.

Corpus (i) is the development corpus (survey-heavy), repeated to at least
``--dev-words`` words; corpus (ii) is ordinary news, the real items of
``../shared/corpus/archive.jsonl.gz``. Both are written to a temporary folder
as files, never into the repository. It also prints, each in a fresh process,
the import time, the time ``load()`` takes, the time to the first result of
``extract`` on the example article, and peak resident memory for one
synthetic article of 0.1 MB, 1 MB and the size limit.
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
EXAMPLE = REPO / "fixtures" / "articles" / "zorg_digitalisering.txt"
PARAGRAPH = (
    "Ruim zestig procent van de boeren wil de stal verduurzamen. Een kwart heeft daar al geld voor "
    "gereserveerd, blijkt uit een peiling van Agrimonitor onder 1.200 veehouders. De melkprijs "
    "bleef het hele jaar laag en veel bedrijven stellen investeringen uit tot na de zomer.\n\n"
)


def dev_texts(min_words: int) -> list[str]:
    """The development articles, repeated until they hold at least ``min_words`` words."""
    paths = sorted((SHARED / "corpus" / "dev").glob("*.txt"))
    articles = [path.read_text(encoding="utf-8") for path in paths]
    texts: list[str] = []
    while sum(len(text.split()) for text in texts) < min_words:
        texts.extend(articles)
    return texts


def archive_texts(limit: int | None) -> list[str]:
    """The ordinary news items of the archive, their title on the first line."""
    texts = []
    with gzip.open(SHARED / "corpus" / "archive.jsonl.gz", "rt", encoding="utf-8") as handle:
        for line in handle:
            item = json.loads(line)
            texts.append(f"{item.get('title') or ''}\n\n{item['text']}")
            if limit is not None and len(texts) >= limit:
                break
    return texts


def write_files(texts: Iterable[str], folder: Path) -> list[Path]:
    """Write the texts as UTF-8 files, in order, and return their paths."""
    paths = []
    for number, text in enumerate(texts):
        path = folder / f"{number:05d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def cpu_seconds(function: Callable[[], object]) -> float:
    """CPU time of this process spent in ``function``."""
    started = time.process_time()
    function()
    return time.process_time() - started


def measure_corpus(name: str, texts: list[str], folder: Path) -> None:
    """Print words/s for (a), (b) and (c) on one corpus, and their ratios."""
    import spacy

    import nlsurveyextract
    from nlsurveyextract.pipeline import shipped_model_path

    paths = write_files(texts, folder)
    words = sum(len(text.split()) for text in texts)
    blank = spacy.blank("nl")
    bundled = spacy.load(shipped_model_path())
    ours = nlsurveyextract.load()
    seconds = {
        "a": cpu_seconds(lambda: [len(doc) for doc in blank.pipe(texts)]),
        "b": cpu_seconds(lambda: [len(doc) for doc in bundled.pipe(texts)]),
        "c": cpu_seconds(lambda: list(nlsurveyextract.extract_many(paths, nlp=ours))),
    }
    print(f"\n({name}) {len(texts)} texts, {words:,} words")
    labels = {"a": "blank tokenizer", "b": "bundled nlp.pipe", "c": "nlsurveyextract"}
    for key, label in labels.items():
        print(f"  ({key}) {label:18} {words / seconds[key]:10,.0f} words/s   {seconds[key]:7.1f} s CPU")
    print(f"  ratio c/b (speed-up over the plain pipeline) {seconds['b'] / seconds['c']:6.2f}")
    print(f"  ratio a/c (how far from the tokenizer floor) {seconds['c'] / seconds['a']:6.2f}")


def run_python(code: str) -> tuple[float, str]:
    """Wall time of a fresh interpreter running ``code``, and what it printed."""
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return time.perf_counter() - started, done.stdout.strip()


def measure_start() -> None:
    """Import time, load() time and time to the first result, each in a fresh process."""
    baseline, _ = run_python("pass")
    imported, _ = run_python("import nlsurveyextract")
    print(f"\nimport nlsurveyextract      {imported - baseline:6.3f} s (beyond a bare interpreter)")
    _, loaded = run_python(
        "import time; import nlsurveyextract as n; t = time.perf_counter(); n.load(); "
        "print(time.perf_counter() - t)"
    )
    print(f"load()                      {float(loaded):6.3f} s")
    extract = Path(sys.executable).with_name("extract")
    for args in (["--help"], [str(EXAMPLE.relative_to(REPO))]):
        started = time.perf_counter()
        subprocess.run([str(extract), *args], capture_output=True, check=False, cwd=REPO)
        print(f"extract {' '.join(args):40} {time.perf_counter() - started:6.3f} s")


def measure_memory() -> None:
    """Peak resident memory of one extracting process for articles of 0.1 MB, 1 MB and the limit."""
    from nlsurveyextract.config import DEFAULT_CONFIG

    limit = DEFAULT_CONFIG.max_bytes / 1_000_000
    for megabytes in sorted({0.1, 1.0, limit}):
        characters = int(megabytes * 1_000_000)
        # VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the parent
        # through fork and exec, so a large benchmark process would report its own peak.
        code = (
            "import nlsurveyextract as n\n"
            f"text = ({PARAGRAPH!r} * {characters // len(PARAGRAPH) + 1})[:{characters - 100}]\n"
            "result = n.extract(text)\n"
            "peak = next(l for l in open('/proc/self/status') if l.startswith('VmHWM')).split()[1]\n"
            "print(len(result.findings), int(peak) // 1024)"
        )
        _, printed = run_python(code)
        findings, peak = printed.split()
        at_limit = " (the default limit)" if megabytes == limit else ""
        print(f"peak RSS, {megabytes:4.1f} MB article   {int(peak):6d} MB   ({findings} findings){at_limit}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dev-words", type=int, default=50_000)
    parser.add_argument("--archive-limit", type=int, default=None, help="fewer archive items (quick run)")
    parser.add_argument("--skip-memory", action="store_true")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        corpora = (("i: dev", dev_texts(args.dev_words)), ("ii: archive", archive_texts(args.archive_limit)))
        for name, texts in corpora:
            folder = Path(scratch) / name.split(":")[0]
            folder.mkdir()
            measure_corpus(name, texts, folder)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    print(f"\npeak RSS of this benchmark process {peak} MB")
    measure_start()
    if not args.skip_memory:
        measure_memory()
    return 0


if __name__ == "__main__":
    sys.exit(main())
