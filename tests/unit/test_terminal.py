"""The terminal table: readable rows, wrapped cells, flags for checking."""

from __future__ import annotations

from nlsurveyextract.schema import ArticleResult, ErrorInfo, ErrorRecord, Finding, Span, Survey
from nlsurveyextract.terminal import render_table

TEXT = (
    "Uit een peiling van Zorgmonitor blijkt het: ruim de helft van de zorgmanagers verwacht "
    "dat digitale dossiers fouten bij de overdracht van patiënten tussen afdelingen voorkomen."
)

STATEMENT = (
    "verwacht dat digitale dossiers fouten bij de overdracht van patiënten tussen afdelingen voorkomen"
)


def span(words: str) -> Span:
    start = TEXT.index(words)
    return Span.of(TEXT, start, start + len(words))


def result(confidence: float = 0.94) -> ArticleResult:
    finding = Finding(
        value=50.0,
        form="fraction",
        span=span("ruim de helft"),
        subject=span("de zorgmanagers"),
        statement=span(STATEMENT),
        sentence=Span.of(TEXT, 0, len(TEXT)),
        survey=0,
        confidence=confidence,
    )
    survey = Survey(conductor=(span("Zorgmonitor"),), sample_size=2000)
    return ArticleResult(source="zorg.txt", text=TEXT, findings=(finding,), surveys=(survey,))


def test_a_finding_is_one_row_with_its_cells_in_columns():
    lines = render_table([result()], width=100).splitlines()
    assert lines[0] == "zorg.txt"
    assert lines[1].split() == ["value", "subject", "statement", "survey", "conf."]
    assert lines[3].startswith("50%      de zorgmanagers")
    assert "Zorgmonitor (n=2000)" in lines[3] and lines[3].endswith("0.94")
    assert all(len(line) <= 100 for line in lines)


def test_long_statements_wrap_inside_their_column_on_a_narrow_terminal():
    lines = render_table([result()], width=60).splitlines()
    assert all(len(line) <= 60 for line in lines)
    column = lines[1].index("statement")
    continued = [line[column:].split("  ")[0] for line in lines[3:]]
    assert continued[0] == "verwacht dat"
    assert len(continued) == 3 and continued[-1].endswith("…")


def test_low_confidence_is_flagged_and_errors_are_listed():
    error = ErrorRecord(
        source="leeg.txt", error=ErrorInfo(kind="empty", message="leeg.txt: there is no text")
    )
    table = render_table([result(confidence=0.35), error], width=100)
    assert "0.35 !" in table
    assert table.endswith("leeg.txt\n  error (empty): leeg.txt: there is no text\n")


def test_the_table_writer_writes_each_article_as_it_comes():
    import io

    from nlsurveyextract.terminal import TableWriter

    out = io.StringIO()
    writer = TableWriter(out, width=100)
    writer.begin()
    writer.write(result())
    first = out.getvalue()
    writer.write(result(confidence=0.35))
    writer.end()
    assert first == render_table([result()], width=100)
    assert out.getvalue() == first + "\n" + render_table([result(confidence=0.35)], width=100)
