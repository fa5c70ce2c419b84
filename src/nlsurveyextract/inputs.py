"""What a batch reads: the input type of extract_many, and folders expanded into files.

An input is one of

- a path (``str`` or :class:`os.PathLike`): a file to read, in any encoding;
- an :class:`Article` ``(source, text)``: a text you already hold, ``str`` or
  ``bytes``, named ``source`` in the output (a plain tuple works too);
- ``bytes``: an unnamed text, reported as ``<input N>`` (N counts from 0).

A plain ``str`` is always a path, as on the command line; wrap a text in an
:class:`Article` to pass it as text.

>>> normalize(Article("brief-1", "Vier op de tien Nederlanders sporten."), 0).source
'brief-1'
>>> normalize("map/artikel.txt", 3)
'map/artikel.txt'
"""

from __future__ import annotations

import fnmatch
import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

from .errors import NotAFileError

DEFAULT_GLOB = "*.txt"
"""The files taken from a folder; a file named on its own is always read."""


class Article(NamedTuple):
    """A text given directly, with the name it has in the output."""

    source: str
    text: str | bytes


BatchInput = str | os.PathLike[str] | bytes | Article | tuple[str, str | bytes]
"""Anything :func:`~nlsurveyextract.batch.extract_many` accepts as one input."""

Task = str | Article
"""An input after :func:`normalize`: a path as text, or an Article."""


def normalize(item: BatchInput, index: int) -> Task:
    """One input in the form that travels to a worker: a path string or an Article."""
    if isinstance(item, Article):
        return item
    if isinstance(item, tuple):
        source, text = item
        return Article(str(source), text)
    if isinstance(item, bytes):
        return Article(f"<input {index}>", item)
    return os.fspath(item)


def source_of(task: Task) -> str:
    """The name a task has in the output."""
    return task.source if isinstance(task, Article) else task


def check_regular_file(path: str) -> None:
    """Refuse a FIFO, socket, device or folder before anything opens it.

    Opening a FIFO blocks until someone writes to it, so the kind of file is
    checked with ``stat`` first. A missing file, a dangling symlink or a
    symlink loop is left to the reader, which reports it as unreadable.
    """
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return
    if not stat.S_ISREG(mode):
        raise NotAFileError(
            f"{path}: this is {_kind_of(mode)}, not a regular file; pass the article file itself"
        )


def _kind_of(mode: int) -> str:
    kinds = {
        stat.S_ISDIR: "a folder",
        stat.S_ISFIFO: "a named pipe (FIFO)",
        stat.S_ISSOCK: "a socket",
        stat.S_ISCHR: "a character device",
        stat.S_ISBLK: "a block device",
    }
    return next((name for test, name in kinds.items() if test(mode)), "a special file")


# --------------------------------------------------------------------------- folders


def expand_paths(arguments: Iterable[str], pattern: str = DEFAULT_GLOB) -> Iterator[str]:
    """Yield the paths named on a command line; a folder gives its matching files.

    Arguments keep their order; ``-`` and anything that is not a folder are
    passed through (a missing file still gets its error record later). A
    folder named here is walked even when it is a symlink; inside it, no
    symlinked folder is entered.
    """
    for argument in arguments:
        if argument != "-" and os.path.isdir(argument):
            yield from walk_folder(argument, pattern)
        else:
            yield argument


def walk_folder(folder: str, pattern: str = DEFAULT_GLOB) -> Iterator[str]:
    """Yield the entries of ``folder`` whose name matches ``pattern``, in sorted order.

    The walk keeps its own stack instead of recursing, so a tree a thousand
    folders deep is fine. Dot-files and dot-folders are skipped; symlinked
    folders are not entered, so a symlink loop cannot trap the walk. A matching
    entry that is not a regular file (a folder named ``x.txt``, a FIFO, a
    dangling symlink) is still yielded, so it gets its error record.
    """
    stack: list[Iterator[os.DirEntry[str]]] = [_sorted_entries(folder)]
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
            continue
        if entry.name.startswith("."):
            continue
        if fnmatch.fnmatch(entry.name, pattern):
            yield entry.path
        if entry.is_dir(follow_symlinks=False):
            stack.append(_sorted_entries(entry.path))


def _sorted_entries(folder: str) -> Iterator[os.DirEntry[str]]:
    try:
        with os.scandir(folder) as entries:
            return iter(sorted(entries, key=lambda entry: entry.name))
    except OSError:
        return iter(())


def would_read(folder: str | Path, path: Path, pattern: str = DEFAULT_GLOB) -> bool:
    """Whether walking ``folder`` reaches ``path`` (both resolved): an output must not be there."""
    try:
        relative = path.resolve().relative_to(Path(folder).resolve())
    except ValueError:
        return False
    parts = relative.parts
    return bool(parts) and fnmatch.fnmatch(path.name, pattern) and not any(p.startswith(".") for p in parts)
