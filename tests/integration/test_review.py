"""The review page, rendered by a real headless Chromium.

The page must read without network or JavaScript: the screenshot is a real
PNG of the asked size with varied colours, and the DOM Chromium builds holds
one findings-table row per finding. Without chromium on the machine (CI
installs it) the browser tests are skipped, saying so.
"""

from __future__ import annotations

import shutil
import struct
import subprocess
import tempfile
import zlib
from html.parser import HTMLParser
from pathlib import Path

import pytest

import nlsurveyextract
from nlsurveyextract.logs import CHECK_BELOW
from nlsurveyextract.review import HtmlWriter, render_index, render_page, write_review

ARTICLE = (
    "Webwinkels verkopen meer tweedehands kleding\n\n"
    "Ruim een derde van de Nederlanders kocht vorig jaar tweedehands kleding online. "
    "Dat blijkt uit onderzoek van Retailpeil onder 2.400 consumenten.\n\n"
    "Van de jongeren onder de 25 jaar doet zelfs 61 procent dat, tegen 19 procent van de 65-plussers. "
    "Een webwinkel die <script>alert('korting')</script> in haar advertenties zette, "
    "zag de verkoop met 4 procent dalen.\n"
)
WINDOW = (1200, 1600)
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None, reason="chromium is not installed (apt-get install -y chromium); .ci/run installs it"
)


def chromium(*args: str) -> subprocess.CompletedProcess[bytes]:
    assert CHROMIUM is not None
    with tempfile.TemporaryDirectory() as profile:
        return subprocess.run(
            [
                CHROMIUM,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                f"--user-data-dir={profile}",
                *args,
            ],
            capture_output=True,
            timeout=120,
            check=False,
        )


def png_rows(data: bytes, rows: int) -> tuple[int, int, list[bytes]]:
    """Width, height and the first ``rows`` unfiltered pixel rows of an 8-bit RGB(A) PNG."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG file"
    chunks, offset = {}, 8
    while offset < len(data):
        length, kind = struct.unpack(">I4s", data[offset : offset + 8])
        chunks.setdefault(kind, []).append(data[offset + 8 : offset + 8 + length])
        offset += 12 + length
    width, height, depth, colour_type = struct.unpack(">IIBB", chunks[b"IHDR"][0][:10])
    assert depth == 8 and colour_type in (2, 6), (depth, colour_type)
    channels = 4 if colour_type == 6 else 3
    raw = zlib.decompressobj().decompress(b"".join(chunks[b"IDAT"]), (width * channels + 1) * rows)
    return width, height, unfilter(raw, width * channels, channels, rows)


def unfilter(raw: bytes, stride: int, channels: int, rows: int) -> list[bytes]:
    previous, result = bytearray(stride), []
    for row in range(rows):
        start = row * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1 : start + 1 + stride])
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up, up_left = previous[i], previous[i - channels] if i >= channels else 0
            predictor = (0, left, up, (left + up) // 2, paeth(left, up, up_left))[kind]
            line[i] = (line[i] + predictor) & 0xFF
        result.append(bytes(line))
        previous = line
    return result


def paeth(left: int, up: int, up_left: int) -> int:
    estimate = left + up - up_left
    distances = (abs(estimate - left), abs(estimate - up), abs(estimate - up_left))
    return (left, up, up_left)[distances.index(min(distances))]


class TableRows(HTMLParser):
    """Counts the body rows of the findings table in a DOM dump."""

    def __init__(self) -> None:
        super().__init__()
        self.in_findings = self.in_body = False
        self.rows = 0

    def handle_starttag(self, tag, attrs):
        if tag == "table" and ("class", "findings") in attrs:
            self.in_findings = True
        self.in_body = self.in_body or (self.in_findings and tag == "tbody")
        self.rows += self.in_body and tag == "tr"

    def handle_endtag(self, tag):
        if tag == "table":
            self.in_findings = self.in_body = False


@pytest.fixture(scope="module")
def result(nlp):
    return nlsurveyextract.extract(ARTICLE, source="kleding.txt", nlp=nlp)


@pytest.fixture(scope="module")
def page(result, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("review") / "kleding.html"
    assert write_review([result], path) == [path]
    return path


def test_every_finding_is_marked_and_linked(result):
    html = render_page(result)
    assert len(result.findings) >= 4
    for number, finding in enumerate(result.findings, start=1):
        assert f'id="f{number}"' in html and f'id="row-{number}"' in html
        if finding.subject is not None:
            assert f'href="#f{number}" title="finding {number}">{number} subject' in html
        if finding.statement is not None:
            assert f'href="#f{number}" title="finding {number}">{number} statement' in html


def test_article_markup_is_shown_as_text(result):
    html = render_page(result)
    assert "<script>" not in html
    assert "&lt;script&gt;alert(&#x27;korting&#x27;)&lt;/script&gt;" in html


def test_low_confidence_findings_stand_out(result):
    doubtful = result.findings[1].model_copy(update={"confidence": CHECK_BELOW - 0.2})
    changed = result.model_copy(update={"findings": (result.findings[0], doubtful, *result.findings[2:])})
    html = render_page(changed)
    assert '<tr id="row-2" class="check"' in html
    assert "0.40 check" in html
    assert "1 to check" in html


def test_a_folder_gets_one_page_per_article_and_an_index(result, tmp_path):
    other = result.model_copy(update={"source": "map/kleding.txt"})
    written = write_review([result, other], tmp_path / "review")
    assert [path.name for path in written] == ["index.html", "kleding.html", "kleding-2.html"]
    index = written[0].read_text(encoding="utf-8")
    assert 'href="kleding.html"' in index and 'href="kleding-2.html"' in index
    assert render_index([("kleding.html", result)]).count("<tr>") == 2


def test_the_html_writer_puts_several_articles_on_one_page(result):
    import io

    from nlsurveyextract.schema import ErrorInfo, ErrorRecord

    out = io.StringIO()
    writer = HtmlWriter(out)
    writer.begin()
    for record in (
        result,
        ErrorRecord(source="weg.txt", error=ErrorInfo(kind="unreadable", message="weg")),
        result,
    ):
        writer.write(record)
    writer.end()
    page = out.getvalue()
    assert page.count("<!DOCTYPE html>") == 1
    assert 'href="#a1"' in page and 'id="a3"' in page and 'id="a3-f1"' in page and 'href="#a3-row-1"' in page
    assert 'id="f1"' not in page  # every anchor belongs to its article


def test_the_html_writer_gives_one_article_its_own_page(result):
    import io

    out = io.StringIO()
    writer = HtmlWriter(out)
    writer.write(result)
    writer.end()
    assert out.getvalue() == render_page(result)


@needs_chromium
def test_chromium_renders_a_page_that_is_not_blank(page, tmp_path):
    screenshot = tmp_path / "page.png"
    done = chromium(f"--screenshot={screenshot}", f"--window-size={WINDOW[0]},{WINDOW[1]}", page.as_uri())
    assert screenshot.is_file(), done.stderr.decode(errors="replace")
    width, height, rows = png_rows(screenshot.read_bytes(), rows=500)
    assert (width, height) == WINDOW
    colours = {bytes(row[i : i + 3]) for row in rows[::5] for i in range(0, len(row), 12)}
    assert len(colours) > 20, f"the page looks blank: {len(colours)} colours"


@needs_chromium
def test_chromium_dom_has_one_table_row_per_finding(page, result):
    done = chromium("--dump-dom", page.as_uri())
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    dom = done.stdout.decode("utf-8")
    counter = TableRows()
    counter.feed(dom)
    assert counter.rows == len(result.findings)
    assert "<script" not in dom.lower().replace("&lt;script", "")
