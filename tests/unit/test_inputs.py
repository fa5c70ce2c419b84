"""Folders become files without recursion, loops or dot-files; special files are refused unopened."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from nlsurveyextract.errors import NotAFileError
from nlsurveyextract.inputs import (
    Article,
    check_regular_file,
    expand_paths,
    normalize,
    source_of,
    walk_folder,
    would_read,
)


def touch(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("Tien procent.", encoding="utf-8")
    return path


def test_a_folder_walk_is_sorted_depth_first_and_skips_dot_entries(tmp_path: Path):
    for name in ("b.txt", "a/z.txt", "a/b/c.txt", "a.txt", ".geheim.txt", ".git/x.txt", "notities.md"):
        touch(tmp_path / name)
    names = [os.path.relpath(path, tmp_path) for path in walk_folder(str(tmp_path))]
    assert names == ["a/b/c.txt", "a/z.txt", "a.txt", "b.txt"]


def test_a_symlinked_folder_is_not_entered_so_a_loop_ends(tmp_path: Path):
    touch(tmp_path / "a.txt")
    (tmp_path / "terug").symlink_to(tmp_path)
    (tmp_path / "ook.txt").symlink_to(tmp_path / "a.txt")
    assert [Path(p).name for p in walk_folder(str(tmp_path))] == ["a.txt", "ook.txt"]


def test_a_thousand_folders_deep_is_walked_without_recursion(tmp_path: Path):
    deep = str(tmp_path)
    for _ in range(1000):
        deep = os.path.join(deep, "d")
        os.mkdir(deep)
    bottom = os.path.join(deep, "bodem.txt")
    Path(bottom).write_text("Tien procent.", encoding="utf-8")
    try:
        assert list(walk_folder(str(tmp_path))) == [bottom]
    finally:
        os.remove(bottom)
        while deep != str(tmp_path):
            os.rmdir(deep)
            deep = os.path.dirname(deep)


def test_a_matching_folder_is_yielded_and_walked(tmp_path: Path):
    touch(tmp_path / "x.txt" / "binnen.txt")
    assert [os.path.relpath(p, tmp_path) for p in walk_folder(str(tmp_path))] == ["x.txt", "x.txt/binnen.txt"]


def test_arguments_keep_their_order_and_a_glob_chooses_files(tmp_path: Path):
    touch(tmp_path / "map" / "a.tekst")
    touch(tmp_path / "map" / "b.txt")
    found = list(expand_paths(["-", str(tmp_path / "map"), "weg.txt"], "*.tekst"))
    assert found == ["-", str(tmp_path / "map" / "a.tekst"), "weg.txt"]


def test_a_fifo_is_refused_without_being_opened(tmp_path: Path):
    fifo = tmp_path / "pijp.txt"
    os.mkfifo(fifo)
    with pytest.raises(NotAFileError, match="named pipe"):
        check_regular_file(str(fifo))
    with pytest.raises(NotAFileError, match="a folder"):
        check_regular_file(str(tmp_path))
    check_regular_file(str(tmp_path / "weg.txt"))  # missing: left to the reader's message


def test_inputs_are_normalized_to_paths_and_articles():
    assert normalize(Path("a.txt"), 0) == "a.txt"
    assert normalize(b"Tien procent.", 4) == Article("<input 4>", b"Tien procent.")
    assert normalize(("brief", "Tien procent."), 1) == Article("brief", "Tien procent.")
    assert source_of(Article("brief", "")) == "brief"


def test_an_output_is_read_from_a_folder_only_when_the_glob_takes_it(tmp_path: Path):
    assert would_read(tmp_path, tmp_path / "sub" / "uit.txt")
    assert would_read(tmp_path / "sub" / "..", tmp_path / "uit.txt")
    assert not would_read(tmp_path, tmp_path / "uit.jsonl")
    assert not would_read(tmp_path, tmp_path / ".verborgen" / "uit.txt")
    assert not would_read(tmp_path / "sub", tmp_path / "uit.txt")
