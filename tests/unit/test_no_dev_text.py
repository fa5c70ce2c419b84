"""No text of the dev articles in the repository: they are measuring material only.

Every tracked text file is read and compared with the dev corpus by runs of
eight consecutive words (case and white space normalised): a run that long is
a quotation, not a coincidence of Dutch.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
import regex

REPO = Path(__file__).resolve().parents[2]
DEV = REPO.parent / "shared" / "corpus" / "dev"
RUN = 8
TEXT_SUFFIXES = (".py", ".md", ".json", ".jsonl", ".txt", ".cfg", ".toml")
# README.md quotes the seed article on purpose; the seed is not a dev article.
EXEMPT = frozenset({"README.md"})
# Files that still quote a dev article, each in an area another branch restructures
# (issue 9); the test fails when one of them is clean, so the list only shrinks.
KNOWN_QUOTING = {
    "fixtures/expressions/expressions.jsonl": "percentages fixtures (issue 9, percentages branch)",
    "tests/integration/test_surveys_in_articles.py": "surveys tests (issue 9, surveys branch)",
    "tests/unit/test_sentences.py": "sentences tests (issue 9, sentences branch)",
}
WORD = regex.compile(r"\w+")


def runs(text: str) -> set[int]:
    """Hashes of every run of RUN consecutive words of ``text``, lowercased."""
    words = WORD.findall(text.lower())
    return {hash(tuple(words[k : k + RUN])) for k in range(len(words) - RUN + 1)}


def tracked_text_files() -> list[str]:
    listed = subprocess.run(["git", "ls-files"], cwd=REPO, capture_output=True, text=True, check=True)
    return [
        name for name in listed.stdout.splitlines() if name.endswith(TEXT_SUFFIXES) and name not in EXEMPT
    ]


def test_no_tracked_file_quotes_a_dev_article():
    if not DEV.is_dir():
        pytest.skip(f"no dev corpus at {DEV}: nothing to compare with")
    dev_runs: set[int] = set()
    for article in sorted(DEV.glob("*.txt")):
        dev_runs |= runs(article.read_text(encoding="utf-8"))
    quoting = [
        name
        for name in tracked_text_files()
        if (REPO / name).is_file()
        and runs((REPO / name).read_text(encoding="utf-8", errors="replace")) & dev_runs
    ]
    unknown = [name for name in quoting if name not in KNOWN_QUOTING]
    assert unknown == [], f"files quoting a dev article (8 or more words in a row): {unknown}"
    cleaned = sorted(set(KNOWN_QUOTING) - set(quoting))
    assert cleaned == [], f"no longer quoting a dev article; take them off KNOWN_QUOTING: {cleaned}"
