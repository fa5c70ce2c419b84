"""Writing records: one small writer per format, and safe ways to open the output.

``WRITERS`` maps a format name to its writer class; adding a format is one
class and one line there. JSON Lines is written in place and flushed record
by record, so a run that is killed leaves only whole lines, and ``--resume``
can carry on after the last one. JSON and CSV are written to a temporary file
beside the output and renamed over it at the end, so a reader never sees half
a file.
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TextIO, cast

from .tables import COLUMNS, finding_rows

if TYPE_CHECKING:
    from .schema import ArticleResult, ErrorRecord


class Writer(Protocol):
    """Writes records of one format to an open text stream."""

    streams: bool
    """Whether the format can be written in place, record by record (and resumed)."""

    def __init__(self, out: TextIO) -> None:
        """Write to ``out``."""

    def begin(self) -> None:
        """Write what comes before the first record."""

    def write(self, record: ArticleResult | ErrorRecord) -> None:
        """Write one record."""

    def end(self) -> None:
        """Write what comes after the last record."""


class JsonLinesWriter:
    """One compact JSON object per line, flushed at once."""

    streams = True

    def __init__(self, out: TextIO) -> None:
        self.out = out

    def begin(self) -> None:
        """JSON Lines has no header."""

    def write(self, record: ArticleResult | ErrorRecord) -> None:
        """One line; flushed so a killed run leaves whole lines only."""
        self.out.write(record.model_dump_json() + "\n")
        self.out.flush()

    def end(self) -> None:
        """JSON Lines has no footer."""


class JsonArrayWriter:
    """A JSON array of indented objects, also for a single input."""

    streams = False

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.separator = "\n"

    def begin(self) -> None:
        """Open the array."""
        self.out.write("[")

    def write(self, record: ArticleResult | ErrorRecord) -> None:
        """One element of the array."""
        self.out.write(self.separator + record.model_dump_json(indent=2))
        self.separator = ",\n"

    def end(self) -> None:
        """Close the array."""
        self.out.write("\n]\n")


class CsvWriter:
    """One row per finding, with its article and survey (see :mod:`nlsurveyextract.tables`)."""

    streams = False

    def __init__(self, out: TextIO) -> None:
        self.rows = csv.DictWriter(out, fieldnames=COLUMNS)

    def begin(self) -> None:
        """The header row."""
        self.rows.writeheader()

    def write(self, record: ArticleResult | ErrorRecord) -> None:
        """The rows of one record: at least one."""
        self.rows.writerows(finding_rows([record]))

    def end(self) -> None:
        """CSV has no footer."""


WRITERS: dict[str, str] = {
    "jsonl": "output:JsonLinesWriter",
    "json": "output:JsonArrayWriter",
    "csv": "output:CsvWriter",
    "html": "review:HtmlWriter",
    "table": "terminal:TableWriter",
}
"""Format name -> ``module:Class`` of its writer; the CLI's ``--format`` choices come from here.

Named, not imported, so that ``extract --help`` loads no writer (the HTML and
table writers read the pydantic models).
"""


def writer_class(name: str) -> type[Writer]:
    """The writer class of format ``name``, imported on first use.

    >>> writer_class("jsonl").__name__
    'JsonLinesWriter'
    """
    from importlib import import_module

    module, _, attribute = WRITERS[name].partition(":")
    return cast("type[Writer]", getattr(import_module(f"nlsurveyextract.{module}"), attribute))


SUFFIX_FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".csv": "csv", ".html": "html"}
"""The format an output file's suffix implies when ``--format`` is not given."""


def format_for(output: str | None) -> str:
    """The default format for an output path: by its suffix, else JSON Lines.

    >>> format_for("uit.csv"), format_for(None), format_for("uit.txt")
    ('csv', 'jsonl', 'jsonl')
    """
    return SUFFIX_FORMATS.get(Path(output).suffix.lower(), "jsonl") if output else "jsonl"


def is_stdout(output: str | None) -> bool:
    """Whether records go to standard output (no ``-o``, or ``-o -``)."""
    return output is None or output == "-"


@contextlib.contextmanager
def open_output(output: str | None, *, in_place: bool, append: bool = False) -> Iterator[TextIO]:
    """Open where records go: stdout, the file itself, or a temporary file renamed at the end."""
    if is_stdout(output):
        yield sys.stdout
        sys.stdout.flush()
        return
    assert output is not None
    if in_place:
        with open(output, "a" if append else "w", encoding="utf-8", newline="") as out:
            yield out
        return
    path = Path(output)
    handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 -- renamed over the output below
        "w",
        encoding="utf-8",
        newline="",
        dir=path.parent,
        prefix=f".{path.name}.",
        suffix=".tmp",
        delete=False,
    )
    try:
        with handle:
            yield cast(TextIO, handle)
        os.replace(handle.name, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(handle.name)


def recorded_sources(output: str) -> tuple[set[str], int]:
    """Sources already in a JSON Lines output, and how many of them are error records.

    A line cut off by a killed run is removed from the file first, so new
    records are appended after the last whole line.
    """
    if not os.path.exists(output):
        return set(), 0
    with open(output, "rb+") as handle:
        data = handle.read()
        handle.truncate(data.rfind(b"\n") + 1)
    lines = data[: data.rfind(b"\n") + 1].splitlines()
    records = [_record(output, number, line) for number, line in enumerate(lines, 1) if line.strip()]
    return {str(record["source"]) for record in records}, sum("error" in record for record in records)


def _record(output: str, number: int, line: bytes) -> dict[str, object]:
    try:
        record = json.loads(line)
    except ValueError:
        record = None
    if not isinstance(record, dict) or "source" not in record:
        raise ValueError(
            f"{output}: line {number} is not a record of this program, so the run cannot be resumed "
            "from it; remove that line, or write to a new file"
        )
    return record
