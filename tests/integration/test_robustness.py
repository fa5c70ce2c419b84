"""Hostile and odd input: extraction never crashes and every span stays honest."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import nlsurveyextract
from nlsurveyextract.errors import InputError

WORDS = [
    "De", "de", "het", "een", "van", "procent", "%", "pct.", "helft", "derde", "kwart", "op", "tien",
    "vier", "Zeven", "bijna", "ruim", "(", ")", ",", ".", ":", "respectievelijk", "en", "naar", "tot",
    "kiezers", "Nederlanders", "daalde", "steeg", "met", "16,5", "1.024", "49", "-3,2%", "\n", "\n\n",
    "\u00a0", "Ã", "â€™", "’", "„", "”", "meerderheid", "meeste", "dat.", "IT’ers", "onderzoek", "CBS",
]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=60))
def test_any_word_salad_gives_a_valid_result(nlp, words):
    text = " ".join(words)
    if not text.strip():
        return
    result = nlsurveyextract.extract(text, nlp=nlp)
    for finding in result.findings:
        for span in finding.spans():
            assert result.text[span.start : span.end] == span.text
        assert finding.survey is None or finding.survey < len(result.surveys)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(min_size=1, max_size=400))
def test_any_unicode_text_gives_a_result_or_a_clear_error(nlp, text):
    try:
        result = nlsurveyextract.extract(text, nlp=nlp)
    except InputError as error:
        assert str(error)
        return
    assert all(result.text[f.span.start : f.span.end] == f.span.text for f in result.findings)
