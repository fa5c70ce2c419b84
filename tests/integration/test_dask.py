"""The Dask path gives what the local path gives: a real LocalCluster of two worker processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import nlsurveyextract
from nlsurveyextract.cli import EXIT_OK, EXIT_RUN_FAILED

pytest.importorskip("distributed")

ARTICLES = {
    "a.txt": "Vier op de tien Nederlanders sporten. Bijna de helft (48 procent) wil vaker bewegen.\n",
    "b.txt": "Uit een peiling van Fietsbond onder duizend leden blijkt dat 62 procent de paden smal vindt.",
    "c.txt": "",
    "d.txt": "Een kwart van de scholieren in Zwolle ontbijt niet, en 15 procent eet geen lunch.\n",
    "e.txt": "Het regent in Utrecht.\n",
}


@pytest.fixture(scope="module")
def cluster():
    from dask.distributed import Client, LocalCluster

    with (
        LocalCluster(
            n_workers=2, processes=True, threads_per_worker=1, host="127.0.0.1", dashboard_address=None
        ) as local,
        Client(local) as client,
    ):
        yield local, client


@pytest.fixture
def folder(tmp_path: Path) -> list[str]:
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return [str(tmp_path / name) for name in sorted(ARTICLES)]


def test_bag_gives_the_records_of_the_local_path(cluster, folder, nlp):
    from nlsurveyextract.dask import to_bag

    local = [record.model_dump() for record in nlsurveyextract.extract_many(folder, nlp=nlp)]
    remote = [record.model_dump() for record in to_bag(folder, npartitions=2).compute()]
    assert remote == local
    assert [len(r.get("findings", ())) for r in local] == [2, 1, 0, 2, 0]


def test_findings_frame_gives_the_rows_of_the_local_path(cluster, folder, nlp):
    from nlsurveyextract.dask import findings_frame

    local = nlsurveyextract.to_dataframe(nlsurveyextract.extract_many(folder, nlp=nlp))
    remote = findings_frame(folder, npartitions=3).compute().reset_index(drop=True)
    as_json = {"orient": "records", "date_format": "iso"}  # None and NaN are both null
    assert json.loads(remote.to_json(**as_json)) == json.loads(local.to_json(**as_json))
    assert list(remote["value"].dropna()) == [40.0, 48.0, 62.0, 25.0, 15.0]


def test_cli_on_a_scheduler_writes_what_a_local_run_writes(cluster, folder, tmp_path: Path):
    local_cluster, _ = cluster
    command = [sys.executable, "-m", "nlsurveyextract", *folder, "--quiet"]
    here = subprocess.run(command, capture_output=True, timeout=300, check=False)
    there = subprocess.run(
        [*command, "--scheduler", local_cluster.scheduler_address],
        capture_output=True,
        timeout=300,
        check=False,
    )
    assert there.returncode == here.returncode == 1, there.stderr.decode()
    assert [json.loads(line) for line in there.stdout.splitlines()] == [
        json.loads(line) for line in here.stdout.splitlines()
    ]


def test_an_unreachable_scheduler_fails_the_run(folder):
    environment = {**os.environ, "DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "1s"}
    done = subprocess.run(
        [sys.executable, "-m", "nlsurveyextract", folder[0], "--scheduler", "tcp://127.0.0.1:9"],
        capture_output=True,
        timeout=300,
        check=False,
        env=environment,
    )
    assert done.returncode == EXIT_RUN_FAILED
    assert b"the run failed" in done.stderr and b"Traceback" not in done.stderr
    assert done.returncode != EXIT_OK
