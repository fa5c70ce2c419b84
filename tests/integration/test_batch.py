"""extract_many as a library user calls it: in order, one record per input, across processes."""

from __future__ import annotations

from pathlib import Path

import pytest

import nlsurveyextract
from nlsurveyextract.config import ExtractConfig
from nlsurveyextract.inputs import Article
from nlsurveyextract.schema import ArticleResult, ErrorRecord

SPORT = "Vier op de tien Nederlanders sporten wekelijks. Bijna de helft (48 procent) wil vaker bewegen.\n"
SURVEY = "Uit een peiling van Peilbureau Noord onder 1.500 huurders blijkt dat 30 procent verhuist.\n"
ZORG = "Een derde van de cliënten van huisartsen wacht te lang, meldt de LHV na een peiling.\n"


@pytest.fixture
def mixed_inputs(tmp_path: Path) -> list:
    good = tmp_path / "zorg.txt"
    good.write_text(ZORG, encoding="utf-8")
    return [
        Article("sport", SPORT),
        good,
        str(tmp_path / "weg.txt"),
        ZORG.encode("cp1252"),
        ("tuple", SPORT.encode("utf-16")),
        Article("leeg", ""),
        *[Article(f"kopie-{n}", f"{n + 10} procent van de leden stemde voor.") for n in range(8)],
    ]


def dumped(records) -> list[dict]:
    return [record.model_dump() for record in records]


def test_inputs_of_every_kind_get_one_record_each_in_order(nlp, mixed_inputs):
    records = list(nlsurveyextract.extract_many(mixed_inputs, nlp=nlp))
    sources = [record.source for record in records]
    assert sources[:6] == ["sport", str(mixed_inputs[1]), mixed_inputs[2], "<input 3>", "tuple", "leeg"]
    assert [type(r).__name__ for r in records[:6]] == [
        "ArticleResult",
        "ArticleResult",
        "ErrorRecord",
        "ArticleResult",
        "ArticleResult",
        "ErrorRecord",
    ]
    assert records[3].encoding == "cp1252" and records[4].encoding == "utf-16"
    assert [f.value for f in records[0].findings] == [40.0, 48.0]
    assert [r.findings[0].value for r in records[6:]] == [float(n + 10) for n in range(8)]


def test_two_processes_give_what_one_gives(nlp, mixed_inputs):
    one = dumped(nlsurveyextract.extract_many(mixed_inputs, nlp=nlp))
    two = dumped(nlsurveyextract.extract_many(mixed_inputs, n_process=2, batch_size=2))
    assert two == one


def test_a_generator_of_inputs_is_read_lazily(nlp):
    taken = []

    def inputs():
        for n in range(50):
            taken.append(n)
            yield Article(f"a{n}", f"{n} procent van de kiezers twijfelt.")

    records = nlsurveyextract.extract_many(inputs(), nlp=nlp, n_process=2, batch_size=2)
    first = next(records)
    assert first.source == "a0" and first.findings[0].value == 0.0
    assert len(taken) < 50  # bounded: the pool runs only a few chunks ahead
    records.close()


LONG = "Zestig procent van de inwoners van Gouda fietst naar het werk, meldt de gemeente. " * 800


@pytest.mark.parametrize("n_process", [1, 2], ids=["here", "pool"])
def test_an_article_over_its_time_budget_gets_a_timeout_record(nlp, n_process):
    config = ExtractConfig(timeout_seconds=0.001)
    inputs = [Article("lang", LONG), Article("lang-2", LONG)]
    records = list(nlsurveyextract.extract_many(inputs, nlp=nlp, config=config, n_process=n_process))
    assert [record.source for record in records] == ["lang", "lang-2"]
    for record in records:
        assert isinstance(record, ErrorRecord)
        assert record.error.kind == "timeout"
        assert "time budget of 0.001 s" in record.error.message
        assert "timeout_seconds" in record.error.message
    after = next(nlsurveyextract.extract_many([Article("kort", SPORT)], nlp=nlp))
    assert isinstance(after, ArticleResult) and after.findings[0].value == 40.0


def test_nlp_pipe_with_two_processes_keeps_the_extension_values(nlp):
    from nlsurveyextract.stages.percentages import EXTENSION, SPANS_KEY
    from nlsurveyextract.stages.surveys import surveys_of

    texts = [SPORT, ZORG, SURVEY]
    here = list(nlp.pipe(texts))
    there = list(nlp.pipe(texts, n_process=2, batch_size=1))
    for doc in (here[0], there[0]):
        assert doc.spans[SPANS_KEY][0]._.get(EXTENSION).value == 40.0
    assert [[s._.get(EXTENSION) for s in doc.spans[SPANS_KEY]] for doc in there] == [
        [s._.get(EXTENSION) for s in doc.spans[SPANS_KEY]] for doc in here
    ]
    assert [surveys_of(doc) for doc in there] == [surveys_of(doc) for doc in here]
    assert surveys_of(there[2])[0].sample_size == 1500
    assert [doc.to_json() for doc in there] == [doc.to_json() for doc in here]


def test_a_pipeline_that_cannot_load_in_the_workers_is_a_model_error(tmp_path: Path):
    from nlsurveyextract.errors import ModelError

    records = nlsurveyextract.extract_many(
        [Article("a", SPORT), Article("b", SPORT)], nlp=str(tmp_path / "geen-model"), n_process=2
    )
    with pytest.raises(ModelError, match="could not load the pipeline"):
        next(records)


def test_a_worker_that_dies_costs_at_most_the_input_it_was_on():
    from nlsurveyextract.pool import WorkerPool

    inputs = [Article(f"a{n}", f"{n} procent van de kiezers twijfelt.") for n in range(16)]
    with WorkerPool(2, None, ExtractConfig()) as pool:
        records = pool.map(iter(inputs), 2)
        first = next(records)
        pool._workers[0].process.kill()  # as the kernel's OOM killer or a segfault would
        rest = list(records)
    records = [first, *rest]
    assert [record.source for record in records] == [item.source for item in inputs]
    crashed = [record for record in records if isinstance(record, ErrorRecord)]
    assert len(crashed) <= 1
    assert all(
        record.error.kind == "crash" and "worker process died" in record.error.message for record in crashed
    )
    assert all(r.findings[0].value == float(n) for n, r in enumerate(records) if isinstance(r, ArticleResult))
