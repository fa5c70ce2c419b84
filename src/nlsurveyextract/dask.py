"""Run extraction on a Dask cluster: ``pip install "nlsurveyextract[dask]"``.

Each partition of inputs goes through :func:`nlsurveyextract.batch.extract_many`,
the same code path as a local run, with a pipeline loaded once per worker
process and kept (:func:`worker_nlp`). So a Dask run gives the same records
as ``extract_many`` on the same inputs.

>>> from dask.distributed import Client                     # doctest: +SKIP
>>> client = Client("tcp://scheduler:8786")                 # doctest: +SKIP
>>> bag = to_bag(["map/a.txt", "map/b.txt"], npartitions=2)  # doctest: +SKIP
>>> frame = findings_frame(["map/a.txt", "map/b.txt"])      # doctest: +SKIP
>>> frame.groupby("subject").value.mean().compute()         # doctest: +SKIP

The per-article time budget uses ``SIGALRM``, which works only in a main
thread; Dask runs tasks in worker threads, so on a cluster an article has no
time budget.
"""

from __future__ import annotations

import collections
import functools
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from .config import DEFAULT_CONFIG, ExtractConfig
from .errors import MissingExtraError
from .inputs import BatchInput, Task, normalize

if TYPE_CHECKING:
    from spacy.language import Language

    from .schema import ArticleResult, ErrorRecord

__all__ = ["extract_on_cluster", "extract_partition", "findings_frame", "to_bag", "worker_nlp"]

PARTITION_SIZE = 16
"""Inputs per task sent to the cluster by :func:`extract_on_cluster`."""


@functools.lru_cache(maxsize=4)
def worker_nlp(model: str | None = None) -> Language:
    """The pipeline of this worker process, loaded on first use and then kept."""
    from .pipeline import default_nlp, load

    return default_nlp() if model is None else load(model)


def extract_partition(
    tasks: Iterable[Task], model: str | None = None, config: ExtractConfig = DEFAULT_CONFIG
) -> list[ArticleResult | ErrorRecord]:
    """Extract one partition with :func:`extract_many` and this worker's pipeline."""
    from .batch import extract_many

    return list(extract_many(tasks, nlp=worker_nlp(model), config=config))


def _numbered_tasks(items: Iterable[BatchInput]) -> list[Task]:
    return [normalize(item, index) for index, item in enumerate(items)]


def to_bag(
    items: Iterable[BatchInput],
    *,
    npartitions: int | None = None,
    model: str | None = None,
    config: ExtractConfig = DEFAULT_CONFIG,
) -> Any:
    """A Dask Bag of records (ArticleResult or ErrorRecord), one per input, in input order."""
    bag_module = _dask_module("dask.bag")
    tasks = _numbered_tasks(items)
    bag = bag_module.from_sequence(tasks, npartitions=npartitions or max(1, len(tasks) // PARTITION_SIZE))
    return bag.map_partitions(extract_partition, model=model, config=config)


def findings_frame(
    items: Iterable[BatchInput],
    *,
    npartitions: int | None = None,
    model: str | None = None,
    config: ExtractConfig = DEFAULT_CONFIG,
) -> Any:
    """A Dask DataFrame of findings: the rows of :func:`nlsurveyextract.tables.finding_rows`."""
    from .tables import COLUMNS, column_dtypes, finding_rows

    pandas = _dask_module("pandas")
    meta = pandas.DataFrame({column: [] for column in COLUMNS}).astype(column_dtypes())
    bag = to_bag(items, npartitions=npartitions, model=model, config=config)
    return bag.map_partitions(lambda records: list(finding_rows(records))).to_dataframe(meta=meta)


def extract_on_cluster(
    items: Sequence[BatchInput],
    address: str,
    *,
    model: str | None = None,
    config: ExtractConfig = DEFAULT_CONFIG,
    partition_size: int = PARTITION_SIZE,
) -> Iterator[ArticleResult | ErrorRecord]:
    """Stream the records of ``items`` computed on the cluster at ``address``, in input order.

    A few partitions run ahead per worker; their records come back in
    order, so the caller can write them as they arrive (``extract
    --scheduler``).
    """
    client = _dask_module("distributed").Client(address)
    try:
        ahead = 2 * max(1, len(client.scheduler_info()["workers"]))
        yield from _in_order(client, _numbered_tasks(items), ahead, partition_size, model, config)
    finally:
        client.close()


def _in_order(
    client: Any, tasks: list[Task], ahead: int, size: int, model: str | None, config: ExtractConfig
) -> Iterator[ArticleResult | ErrorRecord]:
    futures: collections.deque[Any] = collections.deque()
    for start in range(0, len(tasks), size):
        futures.append(
            client.submit(extract_partition, tasks[start : start + size], model, config, pure=False)
        )
        if len(futures) >= ahead:
            yield from futures.popleft().result()
    while futures:
        yield from futures.popleft().result()


def _dask_module(name: str) -> Any:
    from importlib import import_module

    try:
        return import_module(name)
    except ImportError as error:
        raise MissingExtraError(
            f"running on Dask needs {name.split('.')[0]}, which is not installed; "
            'install it with: pip install "nlsurveyextract[dask]"'
        ) from error
