"""Web pages as input: only the article's findings, with clean subjects, title and date."""

from __future__ import annotations

import datetime
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import nlsurveyextract

pytest.importorskip("trafilatura", reason='HTML input needs the html extra: pip install ".[html]"')

PAGE = """<!DOCTYPE html>
<html lang="nl">
<head>
  <meta charset="utf-8">
  <title>Studenten wonen langer thuis | Het Dagblad</title>
  <meta property="og:title" content="Studenten wonen langer thuis">
  <meta property="article:published_time" content="2026-02-14T08:30:00+01:00">
  <style>nav { color: grey; }</style>
</head>
<body>
  <nav>
    <a href="/">Home</a> <a href="/binnenland">Binnenland</a> <a href="/economie">Economie</a>
    <a href="/acties">Nu 50% korting op een digitaal abonnement</a>
  </nav>
  <article>
    <h1>Studenten wonen langer thuis</h1>
    <p>Ruim <b>40 procent</b> van de <em>studenten</em> woont nog bij de ouders. Dat blijkt uit
       onderzoek van Kamerpeil onder 3.000 studenten.</p>
    <p>Van de eerstejaars woont zelfs <strong>68 procent</strong> thuis, tegen 21 procent van de
       masterstudenten.</p>
    <p>Een kwart van de <a href="/wonen">thuiswonende studenten</a> zegt dat de huur van een kamer
       te hoog is.</p>
  </article>
  <footer>
    <p>Wij gebruiken cookies: 98% van onze lezers gaat akkoord. <a href="#">Akkoord</a></p>
    <p>&copy; 2026 Het Dagblad</p>
  </footer>
</body>
</html>
"""


@pytest.fixture(scope="module")
def page_result(nlp, tmp_path_factory):
    path = tmp_path_factory.mktemp("html") / "studenten.html"
    path.write_text(PAGE, encoding="utf-8")
    return nlsurveyextract.extract_file(path, nlp=nlp)


def test_only_the_articles_findings_are_found(page_result):
    assert [finding.value for finding in page_result.findings] == [40.0, 68.0, 21.0, 25.0]
    assert "cookies" not in page_result.text and "korting" not in page_result.text


def test_subjects_and_statements_carry_no_markup(page_result):
    subjects = [finding.subject.text for finding in page_result.findings if finding.subject]
    assert subjects == ["de studenten", "de eerstejaars", "de masterstudenten", "de thuiswonende studenten"]
    for finding in page_result.findings:
        for span in finding.spans():
            assert "<" not in span.text and ">" not in span.text
            assert page_result.text[span.start : span.end] == span.text


def test_title_and_date_come_from_the_pages_metadata(page_result):
    assert page_result.title == "Studenten wonen langer thuis"
    assert page_result.date == datetime.date(2026, 2, 14)
    assert page_result.surveys[0].sample_size == 3000


def test_text_that_is_evidently_html_is_read_as_a_page(nlp, page_result):
    from_text = nlsurveyextract.extract(PAGE, nlp=nlp)
    assert from_text.text == page_result.text
    assert [finding.value for finding in from_text.findings] == [40.0, 68.0, 21.0, 25.0]


def test_a_text_quoting_a_tag_stays_text(nlp):
    result = nlsurveyextract.extract("Ruim 40 procent van de <b>studenten</b> woont thuis.", nlp=nlp)
    assert "<b>" in result.text


def test_without_trafilatura_the_error_says_what_to_install(tmp_path: Path):
    page = tmp_path / "pagina.html"
    page.write_text(PAGE, encoding="utf-8")
    script = textwrap.dedent(
        f"""
        import sys
        sys.modules["trafilatura"] = None  # as if the html extra was not installed
        from nlsurveyextract.errors import InputError
        from nlsurveyextract.intake.prepare import prepare_file
        try:
            prepare_file({str(page)!r})
        except InputError as error:
            print(error)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert 'pip install "nlsurveyextract[html]"' in done.stdout
    assert "pagina.html" in done.stdout


def test_a_short_page_keeps_its_sentence_whole_and_drops_the_menu(nlp):
    short = (
        "<!DOCTYPE html><html><head><title>Studenten wonen langer thuis</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/acties'>Nu 50% korting</a></nav>"
        "<article><h1>Studenten wonen langer thuis</h1>"
        "<p>Ruim <b>40 procent</b> van de studenten woont nog bij de ouders.</p></article></body></html>"
    )
    result = nlsurveyextract.extract(short, nlp=nlp)
    assert (
        result.text
        == "Studenten wonen langer thuis\n\nRuim 40 procent van de studenten woont nog bij de ouders.\n"
    )
    assert [(finding.value, finding.subject.text) for finding in result.findings] == [(40.0, "de studenten")]


def test_the_command_reads_a_saved_page(tmp_path: Path):
    import json

    page = tmp_path / "studenten.html"
    page.write_text(PAGE, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "nlsurveyextract", str(page)], capture_output=True, timeout=300, check=False
    )
    assert done.returncode == 0, done.stderr.decode()
    result = json.loads(done.stdout)
    assert result["title"] == "Studenten wonen langer thuis"
    assert [finding["value"] for finding in result["findings"]] == [40.0, 68.0, 21.0, 25.0]
