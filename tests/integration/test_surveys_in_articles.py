"""Surveys in short articles we wrote: fields, and which survey each finding links to."""

from __future__ import annotations

import nlsurveyextract

TWO_SOURCES = """Jongeren sparen minder

Bijna zes op de tien jongeren (58 procent) sparen minder dan vorig jaar. Dat blijkt uit een enquête van Ipsos in opdracht van de Nibud onder ruim duizend jongeren tussen 18 en 25 jaar, gehouden in oktober.

Van de studenten zegt 41 procent dat ze geld lenen bij hun ouders.

Volgens cijfers van het CBS stegen de huren dit jaar met 5,4 procent. De energieprijzen daalden met 12 procent.
"""  # noqa: E501


def test_two_sources_each_with_their_fields(nlp):
    result = nlsurveyextract.extract(TWO_SOURCES, nlp=nlp)
    assert len(result.surveys) == 2
    poll, statistics = result.surveys
    assert [c.text for c in poll.conductor] == ["Ipsos", "Nibud"]
    assert poll.sample_size == 1000
    assert poll.population is not None and poll.population.text.startswith("jongeren")
    assert poll.period is not None and "oktober" in poll.period.text
    assert [c.text for c in statistics.conductor] == ["CBS"]
    assert statistics.sample_size is None


def test_findings_link_to_the_survey_they_come_from(nlp):
    result = nlsurveyextract.extract(TWO_SOURCES, nlp=nlp)
    links = {finding.span.text: finding.survey for finding in result.findings}
    assert links["Bijna zes op de tien jongeren (58 procent)"] == 0  # stated before its source
    assert links["41 procent"] == 0
    assert links["5,4 procent"] == 1
    assert links["12 procent"] == 1


def test_subjects_and_statements_across_the_article(nlp):
    result = nlsurveyextract.extract(TWO_SOURCES, nlp=nlp)
    by_quote = {finding.span.text: finding for finding in result.findings}
    huren = by_quote["5,4 procent"]
    assert huren.subject is not None and huren.subject.text == "de huren"
    assert huren.statement is not None and "stegen" in huren.statement.text
    studenten = by_quote["41 procent"]
    assert studenten.subject is not None and studenten.subject.text == "de studenten"
    assert studenten.statement is not None and "geld lenen" in studenten.statement.text
    for finding in result.findings:
        for span in (finding.span, finding.subject, finding.statement):
            if span is not None:
                assert result.text[span.start : span.end] == span.text
