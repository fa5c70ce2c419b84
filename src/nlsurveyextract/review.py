"""A review page: the article with every finding, its subject and statement marked.

Someone checking an extraction wants to see, in the article itself, which
words were read as the figure, who it is about and what holds for them. Each
finding gets a number and a colour; its subject and statement carry the same
number and colour and link to it (``3 subject``), so ``Ruim de helft (54 procent)``
and ``zorgmanagers`` two sentences earlier are visibly one claim. Findings
whose confidence is below :data:`CHECK_BELOW` stand out for checking.

The page is one self-contained HTML file: inline CSS, no network, no
JavaScript. Every piece of article text is escaped, so an article quoting
``<script>`` shows it as text.
"""

from __future__ import annotations

import html
import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from .logs import CHECK_BELOW
from .schema import ArticleResult, ErrorRecord, Finding, Span, Survey

PALETTE = ("#fde68a", "#bfdbfe", "#bbf7d0", "#fbcfe8", "#ddd6fe", "#fed7aa", "#a5f3fc", "#d9f99d")
"""Light background colours, one per finding number, repeating."""

ROLES = ("finding", "subject", "statement")
"""The marks of a finding, from the one drawn on top to the one beneath."""

STYLE = """
body { font: 16px/1.6 Georgia, 'Times New Roman', serif; margin: 2em auto; max-width: 1100px;
       color: #1f2933; padding: 0 1em; }
h1 { font-size: 1.5em; margin-bottom: .2em; } h2 { font-size: 1.15em; margin-top: 1.6em; }
.meta, .note { color: #52606d; font: 13px/1.5 system-ui, sans-serif; }
.warning { color: #9b2c2c; }
.article { white-space: pre-wrap; border: 1px solid #e4e7eb; padding: 1em 1.4em; border-radius: 6px; }
.m { border-radius: 3px; }
.finding { font-weight: bold; }
.subject { border-bottom: 3px solid #334e68; }
.statement { text-decoration: underline dotted #52606d; text-underline-offset: 4px; }
.check { outline: 2px dashed #c53030; }
sup.n { font: bold 11px system-ui, sans-serif; padding: 0 3px; border-radius: 8px; margin: 0 1px;
        border: 1px solid #7b8794; white-space: nowrap; }
sup.n a { color: #1f2933; text-decoration: none; }
table { border-collapse: collapse; width: 100%; font: 13px/1.4 system-ui, sans-serif; }
th, td { border-bottom: 1px solid #e4e7eb; padding: 4px 6px; text-align: left; vertical-align: top; }
tr.check td { background: #fff5f5; }
.low { color: #c53030; font-weight: bold; }
.legend span { margin-right: 1.5em; }
"""


@dataclass(frozen=True)
class Mark:
    """One marked stretch of the article: a finding's figure, subject or statement."""

    number: int
    role: str
    start: int
    end: int
    check: bool
    prefix: str = ""
    """Starts every anchor of the article, so several articles can share one page."""


def colour(number: int) -> str:
    """The background colour of finding ``number``."""
    return PALETTE[(number - 1) % len(PALETTE)]


def marks_of(findings: Sequence[Finding], prefix: str = "") -> list[Mark]:
    """Every finding's figure, subject and statement as marks, numbered from 1."""
    marks = []
    for number, finding in enumerate(findings, start=1):
        check = finding.confidence < CHECK_BELOW
        for role, span in zip(ROLES, (finding.span, finding.subject, finding.statement), strict=True):
            if span is not None and span.end > span.start:
                marks.append(Mark(number, role, span.start, span.end, check, prefix))
    return marks


def boundaries(text: str, marks: Iterable[Mark]) -> list[int]:
    """Where the marked text changes: every mark's start and end, plus both ends."""
    points = {0, len(text)}
    for mark in marks:
        points.update((mark.start, mark.end))
    return sorted(points)


def on_top(covering: Sequence[Mark], role: str) -> Mark | None:
    """Of the marks of one role over a stretch of text, the narrowest (drawn on top)."""
    of_role = [mark for mark in covering if mark.role == role]
    return min(of_role, key=lambda mark: mark.end - mark.start, default=None)


def badge(mark: Mark) -> str:
    """The numbered label where a mark begins, linking a subject or statement to its figure."""
    label = str(mark.number) + ("" if mark.role == "finding" else f" {mark.role}")
    target = f"{mark.prefix}row-{mark.number}" if mark.role == "finding" else f"{mark.prefix}f{mark.number}"
    anchor = f' id="{mark.prefix}f{mark.number}"' if mark.role == "finding" else ""
    return (
        f'<sup class="n" style="background:{colour(mark.number)}"{anchor}>'
        f'<a href="#{target}" title="finding {mark.number}">{html.escape(label)}</a></sup>'
    )


def styled_segment(segment: str, covering: Sequence[Mark]) -> str:
    """One stretch of article text with the classes and colour of the marks over it."""
    escaped = html.escape(segment)
    if not covering:
        return escaped
    tops = {role: on_top(covering, role) for role in ROLES}
    classes = ["m", *(role for role, mark in tops.items() if mark is not None)]
    if any(mark.check for mark in covering if mark.role == "finding"):
        classes.append("check")
    leading = tops["finding"] or tops["subject"] or tops["statement"]
    assert leading is not None  # covering is not empty
    background = f"background:{colour(leading.number)}" if tops["finding"] or tops["subject"] else ""
    return f'<span class="{" ".join(classes)}" style="{background}">{escaped}</span>'


def marked_article(text: str, findings: Sequence[Finding], prefix: str = "") -> str:
    """The article as HTML, every mark coloured and labelled where it begins."""
    marks = marks_of(findings, prefix)
    points = boundaries(text, marks)
    parts: list[str] = []
    for start, end in itertools.pairwise(points):
        parts.extend(badge(mark) for mark in marks if mark.start == start)
        covering = [mark for mark in marks if mark.start <= start and end <= mark.end]
        parts.append(styled_segment(text[start:end], covering))
    return "".join(parts)


def span_text(span: Span | None) -> str:
    """Escaped span text, or a dash when there is none."""
    return "–" if span is None else html.escape(span.text)


def finding_row(number: int, finding: Finding, prefix: str = "") -> str:
    """The table row of one finding; a low confidence is flagged for checking."""
    check = finding.confidence < CHECK_BELOW
    value = "–" if finding.value is None else f"{finding.value:g}"
    confidence = (
        f'<span class="low">{finding.confidence:.2f} check</span>' if check else f"{finding.confidence:.2f}"
    )
    cells = (
        f'<a href="#{prefix}f{number}">{number}</a>',
        html.escape(value),
        span_text(finding.span),
        f'{span_text(finding.subject)} <span class="meta">{finding.subject_method}</span>',
        span_text(finding.statement),
        "–" if finding.survey is None else str(finding.survey + 1),
        confidence,
        html.escape(finding.claim),
    )
    row_class = ' class="check"' if check else ""
    tds = "".join(f"<td>{cell}</td>" for cell in cells)
    return (
        f'<tr id="{prefix}row-{number}"{row_class} style="border-left:6px solid {colour(number)}">{tds}</tr>'
    )


def findings_table(findings: Sequence[Finding], prefix: str = "") -> str:
    """All findings, one row each, in text order."""
    head = "".join(
        f"<th>{name}</th>"
        for name in ("#", "value", "figure", "subject", "statement", "survey", "confidence", "claim")
    )
    rows = "\n".join(finding_row(number, finding, prefix) for number, finding in enumerate(findings, start=1))
    return f'<table class="findings">\n<thead><tr>{head}</tr></thead>\n<tbody>\n{rows}\n</tbody>\n</table>'


def survey_item(number: int, survey: Survey) -> str:
    """One survey as a list item: who ran it, how many were asked, among whom, when."""
    conductors = ", ".join(html.escape(span.text) for span in survey.conductor) or "unknown"
    details = [f"<b>{conductors}</b>"]
    if survey.sample_size is not None:
        details.append(f"{survey.sample_size:,} asked".replace(",", "."))
    for label, span in (("population", survey.population), ("period", survey.period)):
        if span is not None:
            details.append(f"{label}: {html.escape(span.text)}")
    return f"<li>Survey {number}: {'; '.join(details)}</li>"


def surveys_list(surveys: Sequence[Survey]) -> str:
    """The surveys of the article, numbered as the table refers to them."""
    if not surveys:
        return '<p class="note">No survey or source was found.</p>'
    items = "\n".join(survey_item(number, survey) for number, survey in enumerate(surveys, start=1))
    return f"<ul>\n{items}\n</ul>"


def page_title(result: ArticleResult) -> str:
    """The headline, else a short first line of the text, else the source."""
    first_line = result.text.strip().split("\n", 1)[0]
    return result.title or (first_line if len(first_line) <= 100 else result.source)


def metadata_lines(result: ArticleResult) -> str:
    """Source, date, encoding, repairs and warnings above the article."""
    facts = [f"source {html.escape(result.source)}"]
    if result.date is not None:
        facts.append(f"date {result.date.isoformat()}")
    if result.encoding:
        facts.append(f"encoding {html.escape(result.encoding)}")
    if result.repairs:
        facts.append("repairs " + html.escape(", ".join(result.repairs)))
    lines = [f'<p class="meta">{" · ".join(facts)}</p>']
    lines += [f'<p class="meta warning">⚠ {html.escape(warning)}</p>' for warning in result.warnings]
    return "\n".join(lines)


def legend(findings: Sequence[Finding]) -> str:
    """How to read the marks, and how many findings need checking."""
    to_check = sum(finding.confidence < CHECK_BELOW for finding in findings)
    return (
        f'<p class="meta legend"><span>{len(findings)} findings, {to_check} to check '
        f"(confidence below {CHECK_BELOW})</span>"
        '<span class="m finding">figure</span><span class="subject">subject</span>'
        '<span class="statement">statement</span><span class="check">check</span></p>'
    )


def document(title: str, body: str) -> str:
    """A complete, self-contained HTML document."""
    return (
        '<!DOCTYPE html>\n<html lang="nl">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{html.escape(title)}</title>\n<style>{STYLE}</style>\n</head>\n"
        f"<body>\n{body}\n</body>\n</html>\n"
    )


def article_body(result: ArticleResult, prefix: str = "") -> str:
    """An article's part of a page: heading, marked text, surveys and the findings table."""
    return "\n".join(
        (
            f"<h1>{html.escape(page_title(result))}</h1>",
            metadata_lines(result),
            legend(result.findings),
            f'<div class="article">{marked_article(result.text, result.findings, prefix)}</div>',
            "<h2>Surveys</h2>",
            surveys_list(result.surveys),
            "<h2>Findings</h2>",
            findings_table(result.findings, prefix),
        )
    )


def render_page(result: ArticleResult) -> str:
    """The review page of one article: marked text, surveys and a table of findings."""
    return document(page_title(result), article_body(result))


def render_pages(records: Sequence[ArticleResult | ErrorRecord]) -> str:
    """Several articles on one page (for one output stream): contents, then each article.

    Anchors are prefixed per article (``a2-f3``), so every link stays within its article.
    """
    if len(records) == 1 and isinstance(records[0], ArticleResult):
        return render_page(records[0])
    pages = [(f"#a{number}", record) for number, record in enumerate(records, start=1)]
    sections = [
        f'<section id="a{number}">\n{article_body(record, f"a{number}-")}\n</section>'
        for number, record in enumerate(records, start=1)
        if isinstance(record, ArticleResult)
    ]
    return document("Review", index_body(pages) + "\n" + "\n<hr>\n".join(sections))


class HtmlWriter:
    """Writes the review of all records to one stream (``extract --format html``).

    One article gives its page; several give one page holding them all. For a
    folder with one page per article, call :func:`write_review`.
    """

    streams = False

    def __init__(self, out: TextIO) -> None:
        """Write to ``out`` when the run ends."""
        self.out = out
        self.records: list[ArticleResult | ErrorRecord] = []

    def begin(self) -> None:
        """Nothing is written before the page is complete."""

    def write(self, record: ArticleResult | ErrorRecord) -> None:
        """Keep the record for the page."""
        self.records.append(record)

    def end(self) -> None:
        """Write the page."""
        self.out.write(render_pages(self.records))


def index_row(href: str, record: ArticleResult | ErrorRecord) -> str:
    """One line of the index: a link to an article's page, or the error of an input."""
    if isinstance(record, ErrorRecord):
        message = html.escape(record.error.message)
        return f'<tr><td>{html.escape(record.source)}</td><td colspan="3" class="low">{message}</td></tr>'
    to_check = sum(finding.confidence < CHECK_BELOW for finding in record.findings)
    link = f'<a href="{html.escape(href, quote=True)}">{html.escape(page_title(record))}</a>'
    return (
        f"<tr><td>{html.escape(record.source)}</td><td>{link}</td>"
        f"<td>{len(record.findings)}</td><td>{to_check}</td></tr>"
    )


def render_index(pages: Sequence[tuple[str, ArticleResult | ErrorRecord]]) -> str:
    """The index of a folder's review: ``(page file name, result)`` pairs, in input order."""
    return document("Review", index_body(pages))


def index_body(pages: Sequence[tuple[str, ArticleResult | ErrorRecord]]) -> str:
    """The table of contents: one row per input, linking each article's page or section."""
    head = "<tr><th>source</th><th>article</th><th>findings</th><th>to check</th></tr>"
    rows = "\n".join(index_row(href, record) for href, record in pages)
    table = f"<table>\n<thead>{head}</thead>\n<tbody>\n{rows}\n</tbody>\n</table>"
    return f"<h1>Review of {len(pages)} articles</h1>\n{table}"


_UNSAFE_NAME = re.compile(r"[^\w.-]+")


def page_name(source: str, taken: set[str]) -> str:
    """A file name for an article's page, from its source, unique among ``taken``.

    >>> page_name("map/artikel één.txt", {"artikel_één.html"})
    'artikel_één-2.html'
    """
    stem = _UNSAFE_NAME.sub("_", Path(source).stem).strip("_") or "article"
    name, counter = f"{stem}.html", 1
    while name in taken:
        counter += 1
        name = f"{stem}-{counter}.html"
    return name


def write_review(results: Iterable[ArticleResult | ErrorRecord], out: str | Path) -> list[Path]:
    """Write review pages and return their paths.

    ``out`` ending in ``.html`` receives the one page of a single result;
    otherwise ``out`` is a folder that receives one page per article and an
    ``index.html`` linking them (error records are listed in the index).
    """
    records = list(results)
    out = Path(out)
    if out.suffix.lower() in (".html", ".htm"):
        articles = [record for record in records if isinstance(record, ArticleResult)]
        if len(records) != 1 or not articles:
            raise ValueError(f"{out}: one page holds one article; give a folder for {len(records)} inputs")
        out.write_text(render_page(articles[0]), encoding="utf-8")
        return [out]
    out.mkdir(parents=True, exist_ok=True)
    return write_folder(records, out)


def write_folder(records: Sequence[ArticleResult | ErrorRecord], folder: Path) -> list[Path]:
    """One page per article in ``folder`` plus ``index.html``."""
    taken: set[str] = {"index.html"}
    pages: list[tuple[str, ArticleResult | ErrorRecord]] = []
    written = []
    for record in records:
        if isinstance(record, ErrorRecord):
            pages.append(("", record))
            continue
        name = page_name(record.source, taken)
        taken.add(name)
        (folder / name).write_text(render_page(record), encoding="utf-8")
        pages.append((name, record))
        written.append(folder / name)
    index = folder / "index.html"
    index.write_text(render_index(pages), encoding="utf-8")
    return [index, *written]
