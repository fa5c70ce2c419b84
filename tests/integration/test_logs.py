"""The library logs what a result warns about, through logging only; it never prints."""

from __future__ import annotations

import io
import logging

import nlsurveyextract
from nlsurveyextract import logs

ELLIPTICAL = (
    "Kinderopvang wordt duurder\n\n"
    "Dat blijkt uit onderzoek van Ouderpanel onder 1.200 ouders van jonge kinderen.\n\n"
    "Zestien procent vindt de opvang inmiddels onbetaalbaar.\n"
)
ENGLISH = (
    "Sixty percent of the managers said that they expect more remote work next year, while the rest "
    "of the people who were asked in the poll did not know what they would do about it.\n"
)


def test_low_confidence_is_stored_and_logged(nlp, caplog, capsys):
    with caplog.at_level(logging.WARNING, logger="nlsurveyextract"):
        result = nlsurveyextract.extract(ELLIPTICAL, source="opvang.txt", nlp=nlp)
    assert result.findings[0].confidence < logs.CHECK_BELOW
    note = "1 finding has a confidence below 0.6 (finding 1: Zestien procent): check its subject"
    assert note in result.warnings
    assert [(record.name, record.getMessage()) for record in caplog.records] == [
        ("nlsurveyextract", f"opvang.txt: {note}")
    ]
    assert capsys.readouterr() == ("", "")


def test_a_text_that_is_not_dutch_is_logged_as_a_warning(nlp, caplog):
    with caplog.at_level(logging.WARNING, logger="nlsurveyextract"):
        result = nlsurveyextract.extract(ENGLISH, source="engels.txt", nlp=nlp)
    (warning,) = [w for w in result.warnings if "does not look Dutch" in w]
    assert f"engels.txt: {warning}" in [record.getMessage() for record in caplog.records]


def test_configure_maps_verbose_and_quiet_to_levels(nlp):
    stream = io.StringIO()
    handler = logs.configure(verbose=True, stream=stream)
    try:
        nlsurveyextract.extract(ELLIPTICAL, source="opvang.txt", nlp=nlp)
        assert "extract: opvang.txt: 1 findings" in stream.getvalue().splitlines()
        logs.configure(quiet=True, stream=stream)
        assert logs.logger.level == logging.ERROR
    finally:
        for extra in [h for h in logs.logger.handlers if isinstance(h, logging.StreamHandler)]:
            logs.logger.removeHandler(extra)
        logs.logger.setLevel(logging.NOTSET)
    assert handler not in logs.logger.handlers
