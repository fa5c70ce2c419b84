"""The `extract` command as a user runs it: a real subprocess on real files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from nlsurveyextract.cli import EXIT_MODEL, EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE

ARTICLE = (
    "Vier op de tien Nederlanders sporten wekelijks. Dat blijkt uit onderzoek van "
    "Sportbond onder tweeduizend volwassenen. Bijna de helft (48 procent) wil vaker bewegen.\n"
)


def run_extract(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "nlsurveyextract", *args],
        input=stdin,
        capture_output=True,
        timeout=300,
        check=False,
    )


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "sport.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_one_file_prints_one_json_object(article: Path):
    done = run_extract(str(article))
    assert done.returncode == EXIT_OK, done.stderr.decode()
    result = json.loads(done.stdout)
    assert result["source"] == str(article)
    assert [f["value"] for f in result["findings"]] == [40.0, 48.0]
    for finding in result["findings"]:
        span = finding["span"]
        assert result["text"][span["start"] : span["end"]] == span["text"]


def test_jsonl_keeps_argument_order_and_records_a_bad_file(tmp_path: Path, article: Path):
    binary = tmp_path / "plaatje.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    missing = tmp_path / "bestaat-niet.txt"
    done = run_extract("--format", "jsonl", str(binary), str(article), str(missing))
    assert done.returncode == EXIT_SOME_FAILED
    lines = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert [line["source"] for line in lines] == [str(binary), str(article), str(missing)]
    assert lines[0]["error"]["kind"] == "binary"
    assert "plaatje.png" in lines[0]["error"]["message"]
    assert lines[1]["findings"][0]["value"] == 40.0
    assert lines[2]["error"]["kind"] == "unreadable"
    stderr = done.stderr.decode()
    assert "plaatje.png" in stderr and "bestaat-niet.txt" in stderr


def test_stdin_dash_reads_bytes_in_any_encoding():
    done = run_extract("-", stdin=ARTICLE.encode("utf-16"))
    assert done.returncode == EXIT_OK, done.stderr.decode()
    result = json.loads(done.stdout)
    assert result["source"] == "-"
    assert result["encoding"].startswith("utf-16")
    assert result["findings"][0]["span"]["text"] == "Vier op de tien"


def test_folder_gives_its_text_files_in_sorted_order(tmp_path: Path):
    for name in ("b.txt", "a.txt", "notities.md"):
        (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    done = run_extract("--format", "jsonl", str(tmp_path))
    sources = [json.loads(line)["source"] for line in done.stdout.decode().splitlines()]
    assert sources == [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]


def test_json_array_for_several_files_and_output_file(tmp_path: Path, article: Path):
    out = tmp_path / "uit.json"
    done = run_extract(str(article), str(article), "-o", str(out))
    assert done.returncode == EXIT_OK
    assert done.stdout == b""
    results = json.loads(out.read_text(encoding="utf-8"))
    assert len(results) == 2 and results[0]["text"] == results[1]["text"]


def test_schema_flag_prints_the_json_schema():
    done = run_extract("--schema")
    assert done.returncode == EXIT_OK
    schema = json.loads(done.stdout)
    assert schema["title"] == "ArticleResult"
    assert "Finding" in schema["$defs"]


def test_no_arguments_is_a_usage_error():
    done = run_extract()
    assert done.returncode == EXIT_USAGE
    assert b"give at least one article file" in done.stderr


def test_unloadable_model_is_reported_with_its_own_exit_code(tmp_path: Path, article: Path):
    done = run_extract("--model", str(tmp_path / "geen-model"), str(article))
    assert done.returncode == EXIT_MODEL
    assert b"cannot load the spaCy pipeline" in done.stderr
