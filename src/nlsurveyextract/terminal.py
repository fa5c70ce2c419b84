"""A table of findings for a person at a terminal.

JSON is for programs; someone who runs ``extract artikel.txt`` in a terminal
wants to read the claims. Each article gets a heading and one row per
finding: the value, who it is about, what holds for them, which survey it
comes from and how sure the extractor is. Long subjects and statements wrap
inside their column; a finding whose confidence is below
:data:`nlsurveyextract.logs.CHECK_BELOW` is marked ``!`` for checking.

>>> print(render_row(("54%", "zorgmanagers", "verwacht minder fouten", "Zorgmonitor", "0.76"),
...                  (5, 12, 12, 11, 4)))
54%   zorgmanagers  verwacht      Zorgmonitor  0.76
                    minder fouten
"""

from __future__ import annotations

import shutil
import textwrap
from collections.abc import Iterable, Sequence
from typing import TextIO

from .logs import CHECK_BELOW
from .schema import ArticleResult, ErrorRecord, Finding

HEADINGS = ("value", "subject", "statement", "survey", "conf.")
VALUE_WIDTH, CONFIDENCE_WIDTH = 7, 6
"""Value and confidence keep their width; survey, subject and statement share the rest."""
GAP = "  "
MAX_LINES = 3
"""A cell wraps onto at most this many lines; the rest is cut with an ellipsis."""


def column_widths(width: int) -> tuple[int, ...]:
    """Widths of the five columns for a terminal ``width`` characters wide.

    >>> column_widths(100), column_widths(60)
    ((7, 23, 36, 20, 6), (7, 10, 17, 12, 6))
    """
    survey = min(20, max(10, width // 5))
    fixed = VALUE_WIDTH + survey + CONFIDENCE_WIDTH + len(GAP) * (len(HEADINGS) - 1)
    free = max(width - fixed, 20)
    subject = max(free * 2 // 5, 10)
    return (VALUE_WIDTH, subject, free - subject, survey, CONFIDENCE_WIDTH)


def cell_lines(text: str, width: int) -> list[str]:
    """A cell's text wrapped to ``width``, at most :data:`MAX_LINES` lines.

    >>> cell_lines("heeft alle dossiers volledig gedigitaliseerd", 12)
    ['heeft alle', 'dossiers', 'volledig …']
    """
    lines = textwrap.wrap(" ".join(text.split()), width) or [""]
    if len(lines) > MAX_LINES:
        lines = lines[:MAX_LINES]
        lines[-1] = textwrap.shorten(lines[-1] + " …", width, placeholder=" …")
        if not lines[-1].endswith("…"):
            lines[-1] = lines[-1][: width - 2] + " …"
    return lines


def render_row(cells: Sequence[str], widths: Sequence[int]) -> str:
    """One table row; cells that wrap make it several lines high."""
    wrapped = [cell_lines(cell, width) for cell, width in zip(cells, widths, strict=True)]
    height = max(len(lines) for lines in wrapped)
    out = []
    for i in range(height):
        parts = [
            (lines[i] if i < len(lines) else "").ljust(width)
            for lines, width in zip(wrapped, widths, strict=True)
        ]
        out.append(GAP.join(parts).rstrip())
    return "\n".join(out)


def value_text(finding: Finding) -> str:
    """The value as a reader writes it: ``54%``, ``3 pp`` for percentage points, or the quantifier's words.

    >>> from nlsurveyextract.schema import Span
    >>> value_text(Finding(value=33.3, form="fraction", span=Span.of("een derde", 0, 9),
    ...                    sentence=Span.of("een derde", 0, 9), confidence=0.9))
    '33.3%'
    """
    if finding.value is None:
        return finding.span.text
    return f"{finding.value:g}" + (" pp" if finding.unit == "percentage_point" else "%")


def survey_text(result: ArticleResult, finding: Finding) -> str:
    """Who ran the survey a finding comes from, and how many were asked."""
    if finding.survey is None:
        return "–"
    survey = result.surveys[finding.survey]
    names = ", ".join(span.text for span in survey.conductor) or "survey"
    return names + ("" if survey.sample_size is None else f" (n={survey.sample_size})")


def finding_cells(result: ArticleResult, finding: Finding) -> tuple[str, ...]:
    """The five cells of one finding."""
    flag = " !" if finding.confidence < CHECK_BELOW else ""
    return (
        value_text(finding),
        finding.subject.text if finding.subject else "–",
        finding.statement.text if finding.statement else "–",
        survey_text(result, finding),
        f"{finding.confidence:.2f}{flag}",
    )


def article_table(result: ArticleResult, widths: Sequence[int]) -> str:
    """An article's heading and its findings, or a line saying there are none."""
    heading = result.source + (f" · {result.title}" if result.title else "")
    lines = [heading, *(f"  ! {warning}" for warning in result.warnings)]
    if not result.findings:
        return "\n".join([*lines, "  no percentage findings"])
    lines.append(render_row(HEADINGS, widths))
    lines.append(GAP.join("─" * width for width in widths))
    lines.extend(render_row(finding_cells(result, finding), widths) for finding in result.findings)
    return "\n".join(lines)


def render_table(results: Iterable[ArticleResult | ErrorRecord], width: int = 100) -> str:
    """All results as tables for a terminal ``width`` characters wide, one per article."""
    widths = column_widths(width)
    blocks = []
    for record in results:
        if isinstance(record, ErrorRecord):
            blocks.append(f"{record.source}\n  error ({record.error.kind}): {record.error.message}")
        else:
            blocks.append(article_table(record, widths))
    return "\n\n".join(blocks) + "\n"


class TableWriter:
    """Writes each record's table as it comes (``extract`` on a terminal), fitted to its width."""

    streams = True

    def __init__(self, out: TextIO, width: int | None = None) -> None:
        """Write to ``out``, ``width`` characters wide (default: the terminal's width)."""
        self.out = out
        self.width = width or shutil.get_terminal_size().columns
        self.separator = ""

    def begin(self) -> None:
        """A table needs no header before its first article."""

    def write(self, record: ArticleResult | ErrorRecord) -> None:
        """One article's table, flushed so a person sees it at once."""
        self.out.write(self.separator + render_table([record], self.width))
        self.separator = "\n"
        self.out.flush()

    def end(self) -> None:
        """Nothing follows the last table."""
