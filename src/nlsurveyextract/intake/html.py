"""Web pages as input: the article's own text, without menus, footers and banners.

A saved news page holds far more than the article: navigation, related
links, a footer with ``Wij gebruiken cookies: 98% van onze lezers gaat
akkoord``. Read as text, its tags would end up inside subjects
(``procent</b``) and its banners would give findings no article states.
trafilatura, built for exactly this, finds the article's paragraphs and
the page's metadata; this module hands the rest of the library that text
(paragraphs on lines of their own, a blank line between them) and the
page's title and date. Every offset of the result points into that text.

trafilatura is an optional dependency (``pip install "nlsurveyextract[html]"``):
plain-text articles need none of it.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from typing import Any

from ..errors import UnreadableInputError

HTML_SUFFIXES = (".html", ".htm")
"""Files read as web pages whatever they hold."""

_EVIDENT_HTML = re.compile(
    r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.I | re.S
)
_PARAGRAPH_BREAKS = re.compile(r"\n+")

INSTALL_HINT = 'reading HTML needs trafilatura: pip install "nlsurveyextract[html]"'


@dataclass(frozen=True)
class PageArticle:
    """The article found in a web page, with the page's own title and date."""

    text: str
    title: str | None = None
    date: datetime.date | None = None


def is_html(text: str, source: str) -> bool:
    """Whether an input is a web page: by its file name, or because it evidently is one.

    Only a document that opens like HTML counts, so an article that quotes a
    tag (``de code <b>vet</b>``) stays text.

    >>> is_html("<!DOCTYPE html><html><body><p>Tekst</p></body></html>", "-")
    True
    >>> is_html("Ruim <b>40 procent</b> van de studenten.", "artikel.txt")
    False
    """
    return source.lower().endswith(HTML_SUFFIXES) or _EVIDENT_HTML.match(text) is not None


def page_date(value: str | None) -> datetime.date | None:
    """The page's publication date from trafilatura's ``YYYY-MM-DD``, if it is one.

    >>> page_date("2026-02-14"), page_date(None)
    (datetime.date(2026, 2, 14), None)
    """
    try:
        return None if value is None else datetime.date.fromisoformat(value[:10])
    except ValueError:
        return None


def extract_page(markup: str, source: str) -> Any:
    """Run trafilatura on the page: the main text and its metadata, or None.

    Precision first: on a short page trafilatura's recall mode keeps the menu
    and breaks a paragraph at every inline tag (``Ruim`` / ``40 procent`` /
    ``van de studenten``); only when precision finds nothing is recall tried.
    """
    try:
        import trafilatura
    except ImportError as error:
        raise UnreadableInputError(f"{source}: {INSTALL_HINT}") from error
    document: Any = None
    for precision in (True, False):
        document = trafilatura.bare_extraction(
            markup,
            favor_precision=precision,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
        )
        if document is not None and (document.text or "").strip():
            break
    return document


def page_article(markup: str, source: str) -> PageArticle:
    """The article of a web page: its paragraphs separated by blank lines, title and date."""
    document = extract_page(markup, source)
    text = getattr(document, "text", None) or ""
    if not text.strip():
        raise UnreadableInputError(
            f"{source}: no article text was found in this HTML page; save the article's text "
            "as a .txt file, or pass the page's article element alone"
        )
    paragraphs = _PARAGRAPH_BREAKS.sub("\n\n", text.strip())
    return PageArticle(text=paragraphs + "\n", title=document.title or None, date=page_date(document.date))


def article_text(raw: str, source: str) -> PageArticle:
    """What to read: the article of a web page, or ``raw`` itself (no title, no date) when it is no page.

    >>> article_text("Vier op de tien Nederlanders sporten.", "sport.txt").text
    'Vier op de tien Nederlanders sporten.'
    """
    return page_article(raw, source) if is_html(raw, source) else PageArticle(text=raw)
