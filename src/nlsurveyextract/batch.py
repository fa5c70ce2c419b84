"""extract_many: many inputs, in order, streaming; exactly one record per input.

Each input becomes an :class:`~nlsurveyextract.schema.ArticleResult` or, when
it fails, an :class:`~nlsurveyextract.schema.ErrorRecord` whose message says
what to do; one bad input never stops the run. With ``n_process=1`` the work
happens in this process; with more, in the worker pool of
:mod:`nlsurveyextract.pool`, which loads the pipeline once per worker. The
Dask integration (:mod:`nlsurveyextract.dask`) calls this same function per
partition.

>>> from nlsurveyextract.inputs import Article
>>> records = extract_many([Article("a", "Vier op de tien Nederlanders sporten.")])  # doctest: +SKIP
>>> [f.value for f in next(records).findings]  # doctest: +SKIP
[40.0]
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING

from .config import DEFAULT_CONFIG, ExtractConfig
from .errors import ExtractionTimeout, describe
from .inputs import Article, BatchInput, Task, check_regular_file, normalize, source_of

if TYPE_CHECKING:
    from spacy.language import Language

    from .schema import ArticleResult, ErrorRecord

__all__ = ["Article", "BatchInput", "error_record", "extract_many", "extract_task"]


def extract_many(
    items: Iterable[BatchInput],
    *,
    nlp: Language | str | Path | None = None,
    config: ExtractConfig = DEFAULT_CONFIG,
    n_process: int = 1,
    batch_size: int | None = None,
) -> Iterator[ArticleResult | ErrorRecord]:
    """Extract many inputs (paths, texts), yielding one record per input, in input order.

    ``items`` is any iterable of inputs (see :mod:`nlsurveyextract.inputs`),
    read lazily, so a generator over millions of files runs in bounded
    memory. ``nlp`` is a loaded pipeline, or the name or path of one; it
    defaults to the bundled pipeline. ``n_process`` > 1 runs the work in that
    many worker processes, each loading the pipeline once; ``batch_size``
    (default ``config.batch_size``) is the number of inputs per task handed
    to a worker. An article that takes longer than ``config.timeout_seconds``
    gets a ``timeout`` error record.
    """
    tasks = (normalize(item, index) for index, item in enumerate(items))
    if n_process <= 1:
        yield from _extract_here(tasks, _nlp_here(nlp), config)
        return
    from .pool import WorkerPool

    with WorkerPool(n_process, nlp, config) as pool:
        yield from pool.map(tasks, batch_size or config.batch_size)


def _nlp_here(nlp: Language | str | Path | None) -> Language:
    from .pipeline import default_nlp, load

    if nlp is None:
        return default_nlp()
    if isinstance(nlp, (str, Path)):
        return load(nlp)
    return nlp


def _extract_here(
    tasks: Iterable[Task], nlp: Language, config: ExtractConfig
) -> Iterator[ArticleResult | ErrorRecord]:
    for task in tasks:
        yield extract_task(nlp, task, config)


def extract_task(nlp: Language, task: Task, config: ExtractConfig) -> ArticleResult | ErrorRecord:
    """One input from start to end, within its time budget; any failure becomes its error record."""
    source = source_of(task)
    try:
        with time_budget(config.timeout_seconds, source):
            return _extract_one(nlp, task, config)
    except Exception as error:
        return error_record(source, error)


def _extract_one(nlp: Language, task: Task, config: ExtractConfig) -> ArticleResult:
    from .intake.prepare import prepare_file, prepare_text
    from .pipeline import extract_prepared

    if isinstance(task, Article):
        prepared = prepare_text(task.text, task.source, config)
    else:
        check_regular_file(task)
        prepared = prepare_file(task, config)
    return extract_prepared(nlp, prepared, config)


def error_record(source: str, error: BaseException) -> ErrorRecord:
    """The output record that stands in for an input that failed."""
    from .schema import ErrorInfo, ErrorRecord

    return ErrorRecord(source=source, error=ErrorInfo(**describe(error)))


# --------------------------------------------------------------------------- time budget


@contextlib.contextmanager
def time_budget(seconds: float | None, source: str) -> Iterator[None]:
    """Raise :class:`ExtractionTimeout` in this block once ``seconds`` have passed.

    It uses ``SIGALRM``, so it works in the main thread of a process on POSIX
    systems (the CLI, the worker processes); elsewhere (a thread, Windows) the
    block runs without a budget, and the pool's watchdog still ends a worker
    that is stuck.
    """
    if seconds is None or not _alarm_available():
        yield
        return

    def on_alarm(signum: int, frame: FrameType | None) -> None:
        raise ExtractionTimeout(
            f"{source}: processing took longer than the time budget of {seconds:g} s and was stopped; "
            "split the article, or raise ExtractConfig(timeout_seconds=...) (extract --timeout)"
        )

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _alarm_available() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
