"""The ``extract`` command: a thin layer over the library's own functions.

It parses arguments, refuses what cannot work before any model is loaded,
expands folders into files (:mod:`nlsurveyextract.inputs`), reads standard
input for ``-``, calls :func:`nlsurveyextract.batch.extract_many` (the same
path a library user takes; :mod:`nlsurveyextract.dask` with ``--scheduler``)
and writes the records with a writer from :mod:`nlsurveyextract.output`.
Heavy imports (spaCy, pydantic) wait until they are needed, so ``extract
--help`` is quick.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import MissingExtraError, ModelError
from .inputs import DEFAULT_GLOB, Article, Task, expand_paths, source_of, would_read
from .logs import configure as configure_logging
from .output import WRITERS, format_for, is_stdout, open_output, recorded_sources, writer_class

if TYPE_CHECKING:
    from .config import ExtractConfig
    from .schema import ArticleResult, ErrorRecord

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, EXIT_MODEL, EXIT_RUN_FAILED = 0, 1, 2, 3, 4

EXIT_CODES = """exit codes:
  0  every input was extracted
  1  some inputs failed; each has an error record in the output
  2  usage error (bad arguments, output is an input, output folder missing)
  3  the spaCy pipeline could not be loaded
  4  the run itself failed (output not writable, cluster unreachable, ...)"""

EXAMPLES = """examples:
  extract artikel.txt
  extract map/ -o uit.jsonl                 (all .txt files below map/, two processes per two cores)
  extract map/ -o uit.jsonl --resume        (carry on after an interrupted run)
  extract map/ --format csv -o bevindingen.csv
  cat artikel.txt | extract -"""


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``extract``."""
    parser = argparse.ArgumentParser(
        prog="extract",
        description="Extract percentage claims, their subjects and surveys from Dutch news articles.",
        epilog=f"{EXAMPLES}\n\n{EXIT_CODES}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "inputs",
        nargs="*",
        metavar="PATH",
        help="article files, folders (their files matching --glob, recursively, sorted) or '-' for stdin",
    )
    _add_output_arguments(parser)
    _add_run_arguments(parser)
    parser.add_argument("--model", help="another Dutch spaCy pipeline (name or path) to use")
    parser.add_argument("--schema", action="store_true", help="print the JSON Schema of a result and stop")
    parser.add_argument("--version", action=_VersionAction, help="the package, model and spaCy versions")
    return parser


def _add_output_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-o", "--output", metavar="OUT", help="write here; '-' or absent: standard output")
    parser.add_argument(
        "-f",
        "--format",
        choices=tuple(WRITERS),
        help="jsonl: one line per input; json: an array; csv: one row per finding; html: a review "
        "page (-o FOLDER: one page per article and an index); table: for reading "
        "(default: from OUT's suffix; a table on a terminal, else jsonl)",
    )
    parser.add_argument(
        "--resume", action="store_true", help="skip inputs already recorded in OUT (JSON Lines only)"
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress bar, no messages per failure")
    parser.add_argument("-v", "--verbose", action="store_true", help="log each article's findings count too")


def _add_run_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--glob", default=DEFAULT_GLOB, help=f"files taken from folders (default {DEFAULT_GLOB})"
    )
    parser.add_argument(
        "-j", "--jobs", type=_positive_int, default=os.cpu_count() or 1, help="processes (default: all cores)"
    )
    parser.add_argument(
        "--max-bytes", type=_positive_int, help="refuse inputs larger than this (default 1 MB)"
    )
    parser.add_argument(
        "--timeout", type=float, metavar="SECONDS", help="time budget per article (default 60; 0: none)"
    )
    parser.add_argument("--scheduler", metavar="ADDRESS", help="run on this Dask cluster (tcp://host:8786)")


class _VersionAction(argparse.Action):
    """``--version``: the versions are looked up only when asked (the model's reads its meta.json)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, help=str(kwargs.get("help", "")))

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        from .about import version_line

        print(version_line())
        parser.exit()


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {value}")
    return value


# --------------------------------------------------------------------------- checks


def usage_problem(args: argparse.Namespace) -> str | None:
    """What makes this command line unworkable, found before anything is loaded."""
    if args.resume and (is_stdout(args.output) or output_format(args) != "jsonl"):
        return "--resume needs a JSON Lines output file: add -o OUT.jsonl"
    if args.scheduler and not _dask_installed():
        return 'the Dask scheduler needs the dask extra: pip install "nlsurveyextract[dask]"'
    if is_stdout(args.output) or review_folder(args):
        return None
    return output_problem(Path(args.output), args.inputs, args.glob)


def review_folder(args: argparse.Namespace) -> Path | None:
    """The folder ``--format html -o FOLDER`` fills with one page per article, if that was asked."""
    if (
        args.format != "html"
        or is_stdout(args.output)
        or Path(args.output).suffix.lower() in (".html", ".htm")
    ):
        return None
    return Path(args.output)


def output_problem(output: Path, inputs: Sequence[str], pattern: str) -> str | None:
    """Why ``output`` cannot be written: a missing folder, a folder, or one of the inputs."""
    if output.is_dir():
        return f"the output {output} is a folder; name a file in it, e.g. -o {output / 'uit.jsonl'}"
    folder = output.parent
    if not folder.is_dir():
        return f"the output folder {folder} does not exist; create it first (mkdir -p {folder})"
    for argument in inputs:
        if argument == "-":
            continue
        path = Path(argument)
        if path.resolve() == output.resolve() or (path.is_dir() and would_read(path, output, pattern)):
            return (
                f"the output {output} is also an input ({argument}) and would be overwritten; write elsewhere"
            )
    return None


def _dask_installed() -> bool:
    from importlib.util import find_spec

    return find_spec("distributed") is not None


def output_format(args: argparse.Namespace) -> str:
    """The asked format, else the one the output's suffix implies; a table for a person at a terminal."""
    if args.format:
        return str(args.format)
    if is_stdout(args.output):
        return "table" if sys.stdout.isatty() else "jsonl"
    return format_for(args.output)


# --------------------------------------------------------------------------- running


def batch_inputs(args: argparse.Namespace) -> list[Task]:
    """The inputs in argument order; ``-`` becomes the bytes of standard input."""
    limit = (args.max_bytes or 1_000_000) + 1  # one byte more, so the limit is still detected
    return [
        Article("-", sys.stdin.buffer.read(limit)) if path == "-" else path
        for path in expand_paths(args.inputs, args.glob)
    ]


def extract_config(args: argparse.Namespace) -> ExtractConfig:
    """The ExtractConfig the command line asks for."""
    from .config import ExtractConfig

    options: dict[str, object] = {}
    if args.max_bytes:
        options["max_bytes"] = args.max_bytes
    if args.timeout is not None:
        options["timeout_seconds"] = args.timeout or None
    return ExtractConfig.model_validate(options)


def records_for(
    args: argparse.Namespace, inputs: list[Task], config: ExtractConfig
) -> Iterator[ArticleResult | ErrorRecord]:
    """Run the batch here (extract_many) or on a Dask cluster (--scheduler)."""
    if args.scheduler:
        from .dask import extract_on_cluster

        return extract_on_cluster(inputs, args.scheduler, model=args.model, config=config)
    from .batch import extract_many

    if not inputs:
        return iter(())
    chunks = -(-len(inputs) // config.batch_size)  # no more workers than there are chunks to give
    return extract_many(inputs, nlp=args.model, config=config, n_process=min(args.jobs, chunks))


def write_all(args: argparse.Namespace, records: Iterator[ArticleResult | ErrorRecord], total: int) -> int:
    """Write every record as it comes; return how many were error records."""
    from tqdm import tqdm

    from .schema import ErrorRecord

    first = next(records, None)  # the pipeline loads here: a failure leaves the output untouched
    make_writer = writer_class(output_format(args))
    progress = tqdm(
        total=total, unit="article", file=sys.stderr, disable=args.quiet or not sys.stderr.isatty()
    )
    failures = 0
    with progress, open_output(args.output, in_place=_in_place(args), append=args.resume) as out:
        writer = make_writer(out)
        writer.begin()
        for record in _chain(first, records):
            writer.write(record)
            progress.update()
            if isinstance(record, ErrorRecord):
                failures += 1
                if not args.quiet:
                    progress.write(f"extract: {record.error.message}", file=sys.stderr)
        writer.end()
    return failures


def _in_place(args: argparse.Namespace) -> bool:
    return writer_class(output_format(args)).streams


def _chain(
    first: ArticleResult | ErrorRecord | None, rest: Iterator[ArticleResult | ErrorRecord]
) -> Iterator[ArticleResult | ErrorRecord]:
    if first is not None:
        yield first
        yield from rest


def run(args: argparse.Namespace) -> int:
    """Carry out a checked command line; return the exit code."""
    inputs = batch_inputs(args)
    earlier_failures = 0
    if args.resume:
        done, earlier_failures = recorded_sources(args.output)
        inputs = [item for item in inputs if source_of(item) not in done]
    if not inputs and not args.quiet and not args.resume:
        print("extract: no input files found (folders give their files matching --glob)", file=sys.stderr)
    records = records_for(args, inputs, extract_config(args))
    folder = review_folder(args)
    failures = write_review_folder(records, folder) if folder else write_all(args, records, len(inputs))
    return EXIT_SOME_FAILED if failures + earlier_failures else EXIT_OK


def write_review_folder(records: Iterator[ArticleResult | ErrorRecord], folder: Path) -> int:
    """One review page per article in ``folder`` and an index; return how many inputs failed."""
    from .review import write_review
    from .schema import ErrorRecord

    kept = list(records)
    write_review(kept, folder)
    return sum(isinstance(record, ErrorRecord) for record in kept)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``extract`` console script."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.schema:
        return _print_schema()
    if not args.inputs:
        parser.error("give at least one article file, a folder, or '-' for standard input")
    configure_logging(verbose=args.verbose, quiet=args.quiet)
    problem = usage_problem(args)
    if problem:
        print(f"extract: {problem}", file=sys.stderr)
        return EXIT_USAGE
    return _guarded(args)


def _guarded(args: argparse.Namespace) -> int:
    """Run, turning each way a run can end into its exit code and one line on stderr."""
    try:
        return run(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except ModelError as error:
        print(f"extract: {error}", file=sys.stderr)
        return EXIT_MODEL
    except (MissingExtraError, ValueError) as error:
        print(f"extract: {error}", file=sys.stderr)
        return EXIT_USAGE
    except Exception as error:
        print(f"extract: the run failed: {type(error).__name__}: {error}", file=sys.stderr)
        return EXIT_RUN_FAILED


def _print_schema() -> int:
    import json

    from .schema import json_schema

    print(json.dumps(json_schema(), indent=2, ensure_ascii=False))
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
