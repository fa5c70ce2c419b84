"""The command's views for people: review pages, the version line, the log on stderr.

Real subprocesses of ``extract`` on Dutch articles written for these tests.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from test_cli import run_extract as run_cli

ARTICLES = {
    "fiets.txt": (
        "Fietsers willen meer ruimte\n\n"
        "Zeven op de tien fietsers vinden de fietspaden te smal. Dat blijkt uit een peiling van "
        "Fietsersbond onder 2.400 leden.\n"
    ),
    "huur.txt": "Ruim de helft van de huurders (54 procent) vindt de huur te hoog.\n",
}


def run_extract(*args: str) -> subprocess.CompletedProcess[str]:
    done = run_cli(*args)
    return subprocess.CompletedProcess(done.args, done.returncode, done.stdout.decode(), done.stderr.decode())


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    articles = tmp_path / "artikelen"
    articles.mkdir()
    for name, text in ARTICLES.items():
        (articles / name).write_text(text, encoding="utf-8")
    return articles


def test_html_into_a_folder_writes_a_page_per_article_and_an_index(tmp_path: Path, folder: Path):
    out = tmp_path / "review"
    done = run_extract(str(folder), "--format", "html", "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert sorted(path.name for path in out.iterdir()) == ["fiets.html", "huur.html", "index.html"]
    index = (out / "index.html").read_text(encoding="utf-8")
    assert 'href="fiets.html"' in index and 'href="huur.html"' in index
    assert "Zeven op de tien" in (out / "fiets.html").read_text(encoding="utf-8")


def test_html_to_standard_output_is_one_page(folder: Path):
    done = run_extract(str(folder / "huur.txt"), "--format", "html")
    assert done.returncode == 0, done.stderr
    assert done.stdout.lstrip().lower().startswith("<!doctype html>")
    assert "Ruim de helft van de huurders (54 procent)" in done.stdout


def test_version_names_package_model_and_spacy():
    done = run_extract("--version")
    assert done.returncode == 0
    assert done.stdout.startswith("nlsurveyextract ")
    assert "(model nlsurveyextract_sm " in done.stdout and "spaCy 3." in done.stdout


def test_verbose_logs_each_article_and_quiet_logs_nothing(folder: Path):
    loud = run_extract(str(folder / "fiets.txt"), "--verbose")
    assert loud.returncode == 0, loud.stderr
    assert f"{folder / 'fiets.txt'}: 1 findings" in loud.stderr
    silent = run_extract(str(folder / "fiets.txt"), "--quiet")
    assert silent.returncode == 0
    assert silent.stderr == ""
