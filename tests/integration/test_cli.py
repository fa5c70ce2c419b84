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


# --------------------------------------------------------------------------- batch runs

OTHER_ARTICLE = (
    "Datum: 12 maart 2025\n"
    "Fietsers tevreden over nieuwe paden\n"
    "Zeven op de tien fietsers in Utrecht zijn tevreden over de nieuwe paden. Dat meldt de Fietsersbond "
    "na een peiling onder duizend leden. Ruim een kwart wil nog meer ruimte voor de fiets.\n"
)


def one_line(stderr: bytes) -> str:
    text = stderr.decode()
    assert "Traceback" not in text
    assert text.count("\n") == 1, text
    return text


def test_output_that_is_an_input_is_refused_and_the_article_untouched(tmp_path: Path):
    folder = tmp_path / "map"
    folder.mkdir()
    article = folder / "artikel.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    for inputs in ([str(folder)], [str(article)], [str(tmp_path / "map" / ".." / "map")]):
        done = run_extract(*inputs, "-o", str(article))
        assert done.returncode == EXIT_USAGE
        assert "is also an input" in one_line(done.stderr)
        assert article.read_text(encoding="utf-8") == ARTICLE


def test_output_beside_the_inputs_that_no_glob_takes_is_fine(tmp_path: Path, article: Path):
    out = tmp_path / "uit.jsonl"
    done = run_extract(str(tmp_path), "-o", str(out))
    assert done.returncode == EXIT_OK, done.stderr.decode()
    assert json.loads(out.read_text(encoding="utf-8"))["source"] == str(article)


def test_dash_output_is_standard_output_not_a_file(tmp_path: Path, article: Path):
    done = subprocess.run(
        [sys.executable, "-m", "nlsurveyextract", str(article), "-o", "-"],
        cwd=tmp_path,
        capture_output=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == EXIT_OK
    assert json.loads(done.stdout)["source"] == str(article)
    assert not (tmp_path / "-").exists()


def test_missing_output_folder_is_refused_before_the_model_loads(tmp_path: Path, article: Path):
    # A model that cannot load would exit 3; the output is refused first, with 2.
    out = tmp_path / "bestaat-niet" / "uit.jsonl"
    done = run_extract(str(article), "-o", str(out), "--model", str(tmp_path / "geen-model"))
    assert done.returncode == EXIT_USAGE
    assert "does not exist; create it first" in one_line(done.stderr)
    assert not out.parent.exists()


def test_resume_needs_a_json_lines_file(article: Path):
    done = run_extract(str(article), "--resume")
    assert done.returncode == EXIT_USAGE
    assert "--resume needs a JSON Lines output file" in one_line(done.stderr)


def test_json_format_is_an_array_even_for_one_input(tmp_path: Path, article: Path):
    out = tmp_path / "uit.json"
    done = run_extract(str(article), "--format", "json", "-o", str(out))
    assert done.returncode == EXIT_OK
    results = json.loads(out.read_text(encoding="utf-8"))
    assert isinstance(results, list) and [r["source"] for r in results] == [str(article)]
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_csv_has_a_row_per_finding_with_article_and_survey_and_a_row_per_failure(tmp_path: Path):
    import csv

    (tmp_path / "a_sport.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b_fiets.txt").write_text(OTHER_ARTICLE, encoding="utf-8")
    (tmp_path / "c_leeg.txt").write_bytes(b"")
    (tmp_path / "d_niets.txt").write_text("Het regent in Utrecht.\n", encoding="utf-8")
    out = tmp_path / "uit" / "rijen.csv"
    out.parent.mkdir()
    done = run_extract(str(tmp_path), "-o", str(out), "--glob", "*_*.txt")
    assert done.returncode == EXIT_SOME_FAILED
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    names = [Path(row["source"]).name for row in rows]
    assert names == ["a_sport.txt", "a_sport.txt", "b_fiets.txt", "b_fiets.txt", "c_leeg.txt", "d_niets.txt"]
    sport = rows[0]
    assert (sport["value"], sport["subject"], sport["quote"]) == ("40.0", "Nederlanders", "Vier op de tien")
    assert (sport["survey_conductor"], sport["survey_sample_size"]) == ("Sportbond", "2000")
    assert (rows[2]["date"], rows[2]["title"]) == ("2025-03-12", "Fietsers tevreden over nieuwe paden")
    assert rows[4]["error_kind"] == "empty" and rows[4]["value"] == ""
    assert rows[5]["error_kind"] == "" and rows[5]["finding"] == ""


def write_articles(folder: Path, count: int) -> list[Path]:
    folder.mkdir(exist_ok=True)
    paths = []
    for number in range(count):
        path = folder / f"artikel-{number:03d}.txt"
        path.write_text(
            f"{number + 5} procent van de bezoekers komt uit Gouda. " * 12 + "\n" + OTHER_ARTICLE,
            encoding="utf-8",
        )
        paths.append(path)
    return paths


def whole_json_lines(path: Path) -> list[dict]:
    data = path.read_text(encoding="utf-8")
    assert data.endswith("\n")
    return [json.loads(line) for line in data.splitlines()]


def test_a_killed_run_resumes_with_one_record_per_input(tmp_path: Path):
    import os
    import signal
    import time

    paths = write_articles(tmp_path / "map", 40)
    out = tmp_path / "uit.jsonl"
    command = [sys.executable, "-m", "nlsurveyextract", "--jobs", "2", "-o", str(out), str(tmp_path / "map")]
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    process = subprocess.Popen(command, **quiet, start_new_session=True)
    try:
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline and process.poll() is None:
            lines = out.read_bytes().count(b"\n") if out.exists() else 0
            if 0 < lines < len(paths):
                break
            time.sleep(0.02)
        assert process.poll() is None, "the run ended before it could be killed halfway"
    finally:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    before = out.read_bytes().count(b"\n")
    assert 0 < before < len(paths)
    done = subprocess.run([*command, "--resume"], capture_output=True, timeout=300, check=False)
    assert done.returncode == EXIT_OK, done.stderr.decode()
    records = whole_json_lines(out)
    assert sorted(record["source"] for record in records) == [str(path) for path in paths]
    assert all(record["findings"] for record in records)


def remove_deep_tree(deepest: str, stop: str) -> None:
    """Remove a deep chain of folders bottom-up: shutil.rmtree (and pytest's cleanup) would recurse."""
    import os

    os.remove(os.path.join(deepest, "bodem.txt"))
    while deepest != stop:
        os.rmdir(deepest)
        deepest = os.path.dirname(deepest)


def test_every_entry_of_a_hostile_folder_gets_its_record(tmp_path: Path):
    import os

    folder = tmp_path / "map"
    folder.mkdir()
    (folder / "goed.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "leeg.txt").write_bytes(b"")
    (folder / "plaatje.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (folder / "oud.txt").write_bytes("Caféhouders: 35 procent van de cafés sluit eerder.\n".encode("cp1252"))
    (folder / "x.txt").mkdir()
    (folder / "los.txt").symlink_to(folder / "weg.txt")
    (folder / "lus.txt").symlink_to(folder / "lus.txt")
    (folder / "terug").symlink_to(folder)  # a folder loop the walk must not enter
    (folder / ".verborgen.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "ligaturen.txt").write_bytes(("\ufb03" * 400_000).encode("utf-16"))  # repair triples it
    os.mkfifo(folder / "pijp.txt")
    deep = str(folder)
    for _ in range(1000):  # one by one: pathlib and os.makedirs recurse
        deep = os.path.join(deep, "d")
        os.mkdir(deep)
    Path(deep, "bodem.txt").write_text(ARTICLE, encoding="utf-8")
    try:
        done = run_extract(str(folder), str(folder / "pijp.txt"), "--jobs", "2")
    finally:
        remove_deep_tree(deep, stop=str(folder))
    assert done.returncode == EXIT_SOME_FAILED
    records = [json.loads(line) for line in done.stdout.decode().splitlines()]
    by_name = {}
    for record in records:
        by_name.setdefault(Path(record["source"]).name, []).append(record)
    kinds = {name: [r["error"]["kind"] if "error" in r else "ok" for r in rs] for name, rs in by_name.items()}
    assert kinds == {
        "bodem.txt": ["ok"],
        "goed.txt": ["ok"],
        "leeg.txt": ["empty"],
        "ligaturen.txt": ["too_large"],
        "los.txt": ["unreadable"],
        "lus.txt": ["unreadable"],
        "oud.txt": ["ok"],
        "pijp.txt": ["not_a_file", "not_a_file"],
        "plaatje.txt": ["binary"],
        "x.txt": ["not_a_file"],
    }
    assert [f["value"] for f in by_name["goed.txt"][0]["findings"]] == [40.0, 48.0]
    assert [f["value"] for f in by_name["bodem.txt"][0]["findings"]] == [40.0, 48.0]
    old = by_name["oud.txt"][0]
    assert old["encoding"] == "cp1252" and old["findings"][0]["subject"]["text"] == "de cafés"
    assert "named pipe" in by_name["pijp.txt"][0]["error"]["message"]
    assert "after repair" in by_name["ligaturen.txt"][0]["error"]["message"]
