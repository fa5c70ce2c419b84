"""The worker pool behind ``extract_many(n_process=N)``: processes that survive bad articles.

The standard pools give up when a worker dies (``concurrent.futures`` breaks
the whole pool, ``multiprocessing.Pool`` waits forever), and a batch must not:
an article that crashes the parser or hangs in it costs that article a
record, not the run. So each worker is a process of its own with a pipe to
this one. It loads the pipeline once, then takes small chunks of inputs and
sends back one record per input as soon as it has it. This side

- hands each worker its next chunk while it works on the one before (so it
  never waits for this process), never running more than a few chunks
  ahead of the output, so memory stays bounded whatever the number of inputs;
- puts the records back in input order;
- replaces a worker that died, recording a ``crash`` for the input it was on
  and handing the rest of its chunk to the new worker;
- kills and replaces a worker that is stuck on one input well past the time
  budget (the worker's own ``SIGALRM`` budget normally ends it first).

Workers start with the ``forkserver`` method where it exists, else ``spawn``:
never ``fork``, which copies this process's threads and locks.
"""

from __future__ import annotations

import collections
import contextlib
import multiprocessing
import os
import signal
import time
from collections.abc import Iterable, Iterator
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .batch import error_record, extract_task
from .config import ExtractConfig
from .errors import ExtractionTimeout, ModelError, WorkerCrashError, describe
from .inputs import Task, source_of

if TYPE_CHECKING:
    from multiprocessing.process import BaseProcess

    from spacy.language import Language

    from .schema import ArticleResult, ErrorRecord

Numbered = tuple[int, Task]

WATCHDOG_GRACE_SECONDS = 10.0
"""How long past its budget a worker may stay silent before it is killed."""
ONE_THREAD_VARIABLES = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")
"""Math libraries start a thread per core; N workers times N threads would fight over the cores."""
CHUNKS_AHEAD_PER_WORKER = 4
"""How many chunks beyond the oldest unwritten one may be handed out, per worker."""


class ShippedPipeline:
    """A loaded pipeline sent to a worker the way spaCy rebuilds one: its config and its bytes.

    Unpickling a Language would skip the component factories, and with them
    the registration of the Span extensions they own; building from the
    config runs them.
    """

    def __init__(self, nlp: Language) -> None:
        self.config = nlp.config.to_str()
        self.data = nlp.to_bytes()

    def load(self) -> Language:
        """Build the pipeline from its config, then fill in its weights and vocabulary."""
        from spacy.util import load_model_from_config
        from thinc.api import Config

        nlp = load_model_from_config(Config().from_str(self.config), auto_fill=False)
        return nlp.from_bytes(self.data)


def _work(conn: Connection, nlp: ShippedPipeline | str | Path | None, config: ExtractConfig) -> None:
    """A worker's life: load the pipeline once, then answer chunks until told to stop."""
    from .batch import _nlp_here

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    for variable in ONE_THREAD_VARIABLES:  # before numpy loads: the workers are the parallelism
        os.environ.setdefault(variable, "1")
    try:
        loaded = nlp.load() if isinstance(nlp, ShippedPipeline) else _nlp_here(nlp)
    except Exception as error:
        conn.send(("fatal", describe(error)))
        return
    conn.send(("ready",))
    while (chunk := conn.recv()) is not None:
        for index, task in chunk:
            conn.send(("done", index, extract_task(loaded, task, config)))


class _Worker:
    """One worker process, its pipe, and the inputs it holds but has not answered."""

    def __init__(self, context: Any, nlp: ShippedPipeline | str | Path | None, config: ExtractConfig) -> None:
        self.conn, child_conn = context.Pipe()
        self.process: BaseProcess = context.Process(target=_work, args=(child_conn, nlp, config), daemon=True)
        self.process.start()
        child_conn.close()
        self.pending: collections.deque[Numbered] = collections.deque()
        self.ready = False
        self.last_news = time.monotonic()

    def assign(self, chunk: list[Numbered]) -> None:
        """Hand the worker a chunk of numbered inputs."""
        self.pending.extend(chunk)
        self.last_news = time.monotonic()
        self.conn.send(chunk)

    def stop(self, *, kill: bool) -> None:
        """End the process: politely when it is idle, at once when ``kill``."""
        if not kill and self.process.is_alive():
            with contextlib.suppress(OSError):
                self.conn.send(None)
            self.process.join(timeout=5)
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        self.conn.close()


class WorkerPool:
    """``n_process`` workers, each with the pipeline loaded once; used as a context manager."""

    def __init__(self, n_process: int, nlp: Language | str | Path | None, config: ExtractConfig) -> None:
        methods = multiprocessing.get_all_start_methods()
        self._context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
        self._nlp = nlp if nlp is None or isinstance(nlp, (str, Path)) else ShippedPipeline(nlp)
        self._config = config
        self._workers = [self._start() for _ in range(n_process)]
        self._done: dict[int, ArticleResult | ErrorRecord] = {}

    def _start(self) -> _Worker:
        return _Worker(self._context, self._nlp, self._config)

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, kind: object, error: object, trace: object) -> None:
        for worker in self._workers:
            worker.stop(kill=kind is not None or bool(worker.pending))

    def map(self, tasks: Iterable[Task], chunk_size: int) -> Iterator[ArticleResult | ErrorRecord]:
        """Yield one record per task, in task order, while the workers run ahead."""
        chunks = _chunks(enumerate(tasks), chunk_size)
        limit = chunk_size * CHUNKS_AHEAD_PER_WORKER * len(self._workers)
        handed_out, next_out, exhausted = 0, 0, False
        while True:
            for worker in self._hungry(chunk_size):
                if exhausted or handed_out - next_out >= limit:
                    break
                chunk = next(chunks, None)
                if chunk is None:
                    exhausted = True
                    break
                worker.assign(chunk)
                handed_out += len(chunk)
            while next_out in self._done:
                yield self._done.pop(next_out)
                next_out += 1
            if exhausted and next_out == handed_out:
                return
            if next_out < handed_out:
                self._collect()

    def _hungry(self, chunk_size: int) -> list[_Worker]:
        """The workers holding less than a chunk beyond the one they are on; a dead idle one is replaced.

        Each worker gets its next chunk while it still works on the last one,
        so it never waits for this process to notice it is done.
        """
        for worker in self._workers:
            if not worker.pending and not worker.process.is_alive():
                worker.stop(kill=True)
                self._workers[self._workers.index(worker)] = self._start()
        return [worker for worker in self._workers if len(worker.pending) <= chunk_size]

    def _collect(self) -> None:
        """Wait briefly for news from the busy workers and file what they sent."""
        busy = [worker for worker in self._workers if worker.pending]
        waitables = [w.conn for w in busy] + [w.process.sentinel for w in busy]
        ready = set(wait(waitables, timeout=1.0))
        for worker in busy:
            if worker.conn in ready and self._read(worker):
                continue
            if worker.process.sentinel in ready or not worker.process.is_alive():
                self._replace(worker, self._crash(worker))
            elif self._stuck(worker):
                self._replace(worker, self._timeout(worker))

    def _read(self, worker: _Worker) -> bool:
        """File every message waiting from ``worker``; False when its pipe closed."""
        try:
            while worker.conn.poll():
                self._file(worker, worker.conn.recv())
        except (EOFError, OSError):
            return False
        return True

    def _file(self, worker: _Worker, message: tuple[Any, ...]) -> None:
        worker.last_news = time.monotonic()
        if message[0] == "ready":
            worker.ready = True
        elif message[0] == "done":
            worker.pending.popleft()
            self._done[message[1]] = message[2]
        else:
            raise ModelError(f"a worker process could not load the pipeline: {message[1]['message']}")

    def _stuck(self, worker: _Worker) -> bool:
        budget = self._config.timeout_seconds
        silent = time.monotonic() - worker.last_news
        return worker.ready and budget is not None and silent > budget + WATCHDOG_GRACE_SECONDS

    def _crash(self, worker: _Worker) -> WorkerCrashError:
        if not worker.ready:
            raise ModelError(
                f"a worker process died while loading the pipeline (exit code {worker.process.exitcode}); "
                "check that the machine has memory to spare, or run with one process (extract --jobs 1)"
            )
        source = source_of(worker.pending[0][1])
        return WorkerCrashError(
            f"{source}: the worker process died on this input (exit code {worker.process.exitcode}); "
            "the other inputs went on. Report a bug with this file attached"
        )

    def _timeout(self, worker: _Worker) -> ExtractionTimeout:
        source = source_of(worker.pending[0][1])
        return ExtractionTimeout(
            f"{source}: processing took longer than the time budget of {self._config.timeout_seconds:g} s "
            "and its worker was stopped; split the article, or raise ExtractConfig(timeout_seconds=...) "
            "(extract --timeout)"
        )

    def _replace(self, worker: _Worker, failure: Exception) -> None:
        """Record ``failure`` for the input ``worker`` was on; a new worker takes the rest."""
        index, task = worker.pending.popleft()
        self._done[index] = error_record(source_of(task), failure)
        rest = list(worker.pending)
        worker.pending.clear()
        worker.stop(kill=True)
        fresh = self._start()
        self._workers[self._workers.index(worker)] = fresh
        if rest:
            fresh.assign(rest)


def _chunks(numbered: Iterator[Numbered], size: int) -> Iterator[list[Numbered]]:
    chunk: list[Numbered] = []
    for item in numbered:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
