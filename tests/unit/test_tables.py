"""Flat rows and writers: one row per finding with its article and survey; every input accounted for."""

from __future__ import annotations

import datetime
import io
import json
from pathlib import Path

import pytest

from nlsurveyextract.output import JsonArrayWriter, format_for, open_output, recorded_sources
from nlsurveyextract.schema import ArticleResult, ErrorInfo, ErrorRecord, Finding, Span, Survey
from nlsurveyextract.tables import COLUMNS, finding_rows

TEXT = "Uit onderzoek van Peilbureau onder 500 boeren blijkt dat 30 procent stopt."


def result() -> ArticleResult:
    def span(words: str) -> Span:
        return Span.of(TEXT, TEXT.index(words), TEXT.index(words) + len(words))

    survey = Survey(conductor=(span("Peilbureau"),), sample_size=500, population=span("boeren"))
    finding = Finding(
        value=30.0,
        form="figure",
        span=span("30 procent"),
        subject=span("boeren"),
        subject_method="context",
        sentence=span(TEXT),
        survey=0,
        confidence=0.8,
    )
    return ArticleResult(
        source="boer.txt",
        title="Boeren",
        date=datetime.date(2025, 5, 1),
        text=TEXT,
        findings=(finding,),
        surveys=(survey,),
    )


FAILED = ErrorRecord(source="leeg.txt", error=ErrorInfo(kind="empty", message="leeg.txt: leeg"))


def test_a_finding_row_carries_its_article_and_its_survey():
    (row,) = finding_rows([result()])
    assert list(row) == list(COLUMNS)
    assert (row["source"], row["title"], row["date"]) == ("boer.txt", "Boeren", "2025-05-01")
    assert (row["value"], row["quote"], row["subject"], row["start"]) == (30.0, "30 procent", "boeren", 57)
    assert (row["survey_conductor"], row["survey_sample_size"], row["survey_population"]) == (
        "Peilbureau",
        500,
        "boeren",
    )


def test_an_article_without_findings_and_an_error_each_get_one_row():
    bare = ArticleResult(source="niets.txt", text="Het regent.")
    rows = list(finding_rows([bare, FAILED]))
    assert [(r["source"], r["finding"], r["error_kind"]) for r in rows] == [
        ("niets.txt", None, None),
        ("leeg.txt", None, "empty"),
    ]


def test_to_dataframe_has_one_row_per_finding_and_typed_columns():
    pytest.importorskip("pandas")
    from nlsurveyextract import to_dataframe

    frame = to_dataframe([result(), FAILED])
    assert list(frame.columns) == list(COLUMNS)
    assert list(frame["source"]) == ["boer.txt", "leeg.txt"]
    assert str(frame["value"].dtype) == "float64" and str(frame["survey_sample_size"].dtype) == "Int64"


def test_a_json_array_is_valid_with_no_records_and_with_one():
    for records in ([], [FAILED]):
        out = io.StringIO()
        writer = JsonArrayWriter(out)
        writer.begin()
        for record in records:
            writer.write(record)
        writer.end()
        assert [r["source"] for r in json.loads(out.getvalue())] == [r.source for r in records]


def test_a_file_output_appears_only_when_complete(tmp_path: Path):
    target = tmp_path / "uit.json"
    with pytest.raises(RuntimeError), open_output(str(target), in_place=False) as out:
        out.write("[half")
        raise RuntimeError("onderbroken")
    assert list(tmp_path.iterdir()) == []
    with open_output(str(target), in_place=False) as out:
        out.write("[]")
    assert target.read_text(encoding="utf-8") == "[]"
    assert [p.name for p in tmp_path.iterdir()] == ["uit.json"]


def test_resume_reads_the_sources_and_drops_a_cut_off_line(tmp_path: Path):
    out = tmp_path / "uit.jsonl"
    out.write_text(FAILED.model_dump_json() + "\n" + '{"source": "half', encoding="utf-8")
    assert recorded_sources(str(out)) == ({"leeg.txt"}, 1)
    assert out.read_text(encoding="utf-8") == FAILED.model_dump_json() + "\n"


def test_the_format_follows_the_output_suffix():
    assert [format_for(name) for name in ("a.csv", "a.JSON", "a.jsonl", "a.txt", None)] == [
        "csv",
        "json",
        "jsonl",
        "jsonl",
        "jsonl",
    ]


def test_resume_refuses_a_file_that_is_not_ours(tmp_path: Path):
    out = tmp_path / "uit.jsonl"
    out.write_text("dit is geen json\n", encoding="utf-8")
    with pytest.raises(ValueError, match="line 1 is not a record of this program"):
        recorded_sources(str(out))
