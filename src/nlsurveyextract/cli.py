"""The ``extract`` command: a thin layer over the library's own functions.

It parses arguments, calls :func:`nlsurveyextract.batch.extract_many`
(the same path a library user takes), and writes JSON or JSON Lines. A file
that fails becomes an error record in the output and a line on stderr; the
others are still processed.

Exit codes: 0 all inputs extracted, 1 some inputs failed, 2 usage error,
3 the pipeline could not be loaded.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TextIO

from . import __version__
from .errors import ModelError
from .schema import ArticleResult, ErrorRecord, json_schema

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, EXIT_MODEL = 0, 1, 2, 3

TEXT_SUFFIXES = (".txt",)
"""Files taken from a folder argument; a file named on the command line is always read."""


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``extract``."""
    parser = argparse.ArgumentParser(
        prog="extract",
        description="Extract percentage claims, their subjects and surveys from Dutch news articles.",
        epilog="Examples: extract artikel.txt | extract --format jsonl map/ > uit.jsonl | "
        "cat artikel.txt | extract -",
    )
    parser.add_argument(
        "inputs",
        nargs="*",
        metavar="FILE",
        help="article files, folders (their .txt files, sorted) or '-' for standard input",
    )
    parser.add_argument(
        "-f",
        "--format",
        choices=("json", "jsonl"),
        default="json",
        help="json: one pretty object (an array for several inputs); jsonl: one line per input",
    )
    parser.add_argument("-o", "--output", type=Path, help="write here instead of standard output")
    parser.add_argument("--model", help="another Dutch spaCy pipeline (name or path) to use")
    parser.add_argument("--schema", action="store_true", help="print the JSON Schema of a result and stop")
    parser.add_argument("--version", action="version", version=f"nlsurveyextract {__version__}")
    return parser


def expand_inputs(inputs: Sequence[str]) -> Iterator[str]:
    """Yield files in argument order; a folder gives its text files in sorted order."""
    for item in inputs:
        path = Path(item)
        if item != "-" and path.is_dir():
            yield from sorted(str(p) for p in path.rglob("*") if p.suffix in TEXT_SUFFIXES and p.is_file())
        else:
            yield item


def render(record: ArticleResult | ErrorRecord, output_format: str) -> str:
    """One record as JSON text: compact for JSON Lines, indented for JSON."""
    return record.model_dump_json(indent=None if output_format == "jsonl" else 2)


def write_records(
    records: Iterator[ArticleResult | ErrorRecord], out: TextIO, output_format: str, as_array: bool
) -> int:
    """Write records as they come; report failures on stderr; return the failure count."""
    failures = 0
    separator = ""
    if as_array:
        out.write("[\n")
    for record in records:
        if isinstance(record, ErrorRecord):
            failures += 1
            print(f"extract: {record.error.message}", file=sys.stderr)
        out.write(separator + render(record, output_format) + ("\n" if not as_array else ""))
        separator = ",\n" if as_array else ""
        out.flush()
    if as_array:
        out.write("\n]\n")
    return failures


def run(args: argparse.Namespace) -> int:
    """Carry out a parsed command line; return the exit code."""
    from .batch import extract_many
    from .pipeline import load

    if args.schema:
        print(json.dumps(json_schema(), indent=2, ensure_ascii=False))
        return EXIT_OK
    try:
        nlp = load(args.model)
    except ModelError as error:
        print(f"extract: {error}", file=sys.stderr)
        return EXIT_MODEL
    paths = list(expand_inputs(args.inputs))
    as_array = args.format == "json" and len(paths) != 1
    out = args.output.open("w", encoding="utf-8") if args.output else sys.stdout
    try:
        failures = write_records(extract_many(paths, nlp=nlp), out, args.format, as_array)
    finally:
        if args.output:
            out.close()
    return EXIT_SOME_FAILED if failures else EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``extract`` console script."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.inputs and not args.schema:
        parser.error("give at least one article file, a folder, or '-' for standard input")
    try:
        return run(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
