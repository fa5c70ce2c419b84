"""Bad, hostile and huge input: a clear error of the library, or an honest result.

Every case builds its bad input itself and goes through the public API with
the real pipeline. An error must be one of :mod:`nlsurveyextract.errors`,
with its ``kind`` and a message that says what to do; a result must have
every span slice back into its text and every value in range.
"""

from __future__ import annotations

import codecs
import json
import os
import random
from pathlib import Path

import pytest
import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

import nlsurveyextract
from nlsurveyextract.errors import (
    BinaryInputError,
    ExtractionError,
    InputError,
    InputTooLargeError,
    InputTypeError,
    NlsurveyextractError,
    UnreadableInputError,
    describe,
)
from nlsurveyextract.intake.reading import decode
from nlsurveyextract.intake.repair import INVISIBLE_STEP, repair
from nlsurveyextract.pipeline import add_extraction_pipes
from nlsurveyextract.stages.percentages import MAX_PERCENT

WORDS = [
    "De",
    "de",
    "het",
    "een",
    "van",
    "procent",
    "%",
    "pct.",
    "helft",
    "derde",
    "kwart",
    "op",
    "tien",
    "vier",
    "Zeven",
    "bijna",
    "ruim",
    "(",
    ")",
    ",",
    ".",
    ":",
    "respectievelijk",
    "en",
    "naar",
    "tot",
    "kiezers",
    "Nederlanders",
    "daalde",
    "steeg",
    "met",
    "16,5",
    "1.024",
    "49",
    "-3,2%",
    "\n",
    "\n\n",
    "\u00a0",
    "Ã",
    "â€™",
    "’",
    "„",
    "”",
    "meerderheid",
    "meeste",
    "dat.",
    "IT’ers",
    "onderzoek",
    "CBS",
    "\u00ad",
    "\u200b",
    "\u200e",
    "\u2060",
    "\x00",
    "\ufb03",
    "Ã©",
    "&eacute;",
    "9" * 40,
    "((((((((",
]
FUZZ = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
CLAIM = "Ruim 40 procent van de kiezers stemt voor het plan."


def assert_honest(result: nlsurveyextract.ArticleResult) -> None:
    """Every span slices back into the returned text; every value is finite and in range; JSON works."""
    assert json.loads(result.model_dump_json())["text"] == result.text
    for finding in result.findings:
        for span in finding.spans():
            assert result.text[span.start : span.end] == span.text
        for value in (finding.value, finding.low, finding.high):
            assert value is None or abs(value) <= MAX_PERCENT
        assert finding.survey is None or finding.survey < len(result.surveys)


def findings_of(result: nlsurveyextract.ArticleResult) -> list[tuple[float | None, str]]:
    return [(f.value, f.span.text) for f in result.findings]


# --- types at the door -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "hint"),
    [
        pytest.param(None, "None usually means a file or a database field was not read", id="none"),
        pytest.param(123, "not int", id="int"),
        pytest.param(Path("artikel.txt"), "to read a file, use extract_file(path)", id="path"),
        pytest.param(["Ruim 40 procent"], "not list", id="list"),
    ],
)
def test_extract_refuses_what_is_not_text_with_a_hint(nlp, value, hint):
    with pytest.raises(TypeError) as caught:
        nlsurveyextract.extract(value, nlp=nlp)
    assert isinstance(caught.value, InputTypeError)
    assert describe(caught.value)["kind"] == "type"
    assert str(caught.value).startswith("extract() takes the article as str or bytes, not ")
    assert hint in str(caught.value)


@pytest.mark.parametrize("wrap", [bytearray, memoryview], ids=["bytearray", "memoryview"])
def test_bytearray_and_memoryview_are_read_as_bytes(nlp, wrap):
    result = nlsurveyextract.extract(wrap(CLAIM.encode("utf-8")), nlp=nlp)
    assert result.encoding == "utf-8"
    assert findings_of(result) == [(40.0, "Ruim 40 procent")]


@pytest.mark.parametrize(
    ("value", "hint"),
    [
        pytest.param(None, "not NoneType", id="none"),
        pytest.param(7, "not int", id="int"),
        pytest.param(CLAIM.encode(), "for the text or bytes of an article, use extract(text)", id="bytes"),
    ],
)
def test_extract_file_refuses_what_is_not_a_path(nlp, value, hint):
    with pytest.raises(InputTypeError, match=r"^extract_file\(\) takes a path") as caught:
        nlsurveyextract.extract_file(value, nlp=nlp)
    assert hint in str(caught.value)


def test_extract_doc_refuses_a_string_and_says_to_use_extract(nlp):
    with pytest.raises(InputTypeError, match=r"takes a spaCy Doc.*not str; .*use extract\(text\)"):
        nlsurveyextract.extract_doc(CLAIM)


def test_extract_refuses_a_source_that_is_not_a_string(nlp):
    with pytest.raises(InputTypeError, match="source as a str"):
        nlsurveyextract.extract(CLAIM, source=Path("a.txt"), nlp=nlp)


def test_extract_refuses_options_of_the_wrong_type(nlp):
    with pytest.raises(InputTypeError, match=r"takes config as an ExtractConfig\(\.\.\.\), not dict"):
        nlsurveyextract.extract(CLAIM, nlp=nlp, config={"max_bytes": 10})
    with pytest.raises(InputTypeError, match="takes nlp as a spaCy pipeline from load"):
        nlsurveyextract.extract(CLAIM, nlp="nl_core_news_sm")


# --- binary data and NUL characters -------------------------------------------------------


@pytest.mark.parametrize("mark", [codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE])
def test_a_byte_order_mark_before_random_bytes_is_binary(nlp, mark):
    noise = random.Random(14).randbytes(2000)
    with pytest.raises(BinaryInputError) as caught:
        nlsurveyextract.extract(mark + noise, source="ruis.txt", nlp=nlp)
    assert describe(caught.value)["kind"] == "binary"
    assert str(caught.value).startswith("ruis.txt: looks like binary data: ")
    assert "pass a .txt file with the article text" in str(caught.value)


@pytest.mark.parametrize("as_bytes", [pytest.param(False, id="str"), pytest.param(True, id="bytes")])
def test_a_stray_nul_is_removed_the_same_way_for_str_and_bytes(nlp, as_bytes):
    text = "Ruim 40\x00 procent van de kiezers stemt voor het plan."
    result = nlsurveyextract.extract(text.encode() if as_bytes else text, nlp=nlp)
    assert result.text == CLAIM
    assert "removed invisible control characters" in result.repairs
    assert findings_of(result) == [(40.0, "Ruim 40 procent")]


def test_a_file_with_a_stray_nul_is_read_like_the_same_str(nlp, tmp_path):
    path = tmp_path / "artikel.txt"
    path.write_bytes(b"Ruim 40\x00 procent van de kiezers stemt voor het plan.")
    result = nlsurveyextract.extract_file(path, nlp=nlp)
    assert result.text == CLAIM
    assert findings_of(result) == [(40.0, "Ruim 40 procent")]


@pytest.mark.parametrize("as_bytes", [pytest.param(False, id="str"), pytest.param(True, id="bytes")])
def test_text_made_of_nuls_is_binary_for_str_and_bytes(nlp, as_bytes):
    text = "Ruim 40 procent" + "\x00" * 30
    with pytest.raises(BinaryInputError, match=r"control characters \(NUL bytes among them\)"):
        nlsurveyextract.extract(text.encode() if as_bytes else text, nlp=nlp)


# --- invisible characters ----------------------------------------------------------------

INVISIBLE = {
    "soft-hyphen": "\u00ad",
    "zero-width-space": "\u200b",
    "left-to-right-mark": "\u200e",
    "right-to-left-mark": "\u200f",
    "word-joiner": "\u2060",
    "zero-width-no-break-space": "\ufeff",
    "left-to-right-isolate": "\u2066",
}


@pytest.mark.parametrize("char", [pytest.param(c, id=name) for name, c in INVISIBLE.items()])
@pytest.mark.parametrize(
    "where",
    ["Ruim 40{} procent", "Ruim 4{}0 procent", "Ruim 40 pro{}cent", "Ru{}im 40 procent"],
    ids=["before-unit", "inside-number", "inside-unit", "inside-qualifier"],
)
def test_an_invisible_character_inside_a_claim_does_not_hide_it(nlp, char, where):
    text = where.format(char) + " van de kiezers stemt voor het plan."
    result = nlsurveyextract.extract(text, nlp=nlp)
    assert result.text == CLAIM
    assert {INVISIBLE_STEP, "removed invisible control characters"} & set(result.repairs)
    assert findings_of(result) == [(40.0, "Ruim 40 procent")]
    assert_honest(result)


def test_the_zero_width_joiner_of_an_emoji_is_kept(nlp):
    text = "Ruim 40 procent van de ontwikkelaars (👩\u200d💻) werkt thuis."
    result = nlsurveyextract.extract(text, nlp=nlp)
    assert result.text == text
    assert findings_of(result) == [(40.0, "Ruim 40 procent")]


# --- sizes -------------------------------------------------------------------------------


def test_ligatures_that_repair_makes_too_long_are_refused_cleanly(nlp, tmp_path):
    data = ("\ufb03" * 400_000).encode("utf-16")  # 800,002 bytes; 1,200,000 letters once repaired
    path = tmp_path / "pdf-export.txt"
    path.write_bytes(data)
    for call in (nlsurveyextract.extract, nlsurveyextract.extract_file):
        with pytest.raises(InputTooLargeError) as caught:
            call(data if call is nlsurveyextract.extract else path, nlp=nlp)
        message = str(caught.value)
        assert describe(caught.value)["kind"] == "too_large"
        assert "1200000 bytes after repair (as UTF-8) is more than the limit of 1000000 bytes" in message
        assert "ExtractConfig(max_bytes=...)" in message
        assert "--max-bytes" in message


@pytest.mark.parametrize("kind", ["str", "bytes", "file"])
def test_the_size_limit_counts_utf8_bytes_for_str_bytes_and_files(nlp, tmp_path, kind):
    config = nlsurveyextract.ExtractConfig(max_bytes=100)
    claim = "Één op de vijf kiezers twijfelt. "  # 35 bytes in UTF-8, 33 characters
    fits, too_long = claim + "é" * 32 + ".", claim + "é" * 33 + "."  # 100 and 102 bytes

    def run(text):
        if kind == "str":
            return nlsurveyextract.extract(text, nlp=nlp, config=config)
        if kind == "bytes":
            return nlsurveyextract.extract(text.encode(), nlp=nlp, config=config)
        path = tmp_path / "artikel.txt"
        path.write_bytes(text.encode())
        return nlsurveyextract.extract_file(path, nlp=nlp, config=config)

    assert run(fits).findings[0].value == 20.0
    with pytest.raises(InputTooLargeError, match=r"102 bytes.* is more than the limit of 100 bytes; split"):
        run(too_long)


@pytest.mark.skipif(
    os.name == "posix" and os.geteuid() == 0,
    reason="runs as root (as CI does): root may read a file whatever its permissions",
)
def test_an_unreadable_file_is_an_unreadable_error(nlp, tmp_path):
    path = tmp_path / "geheim.txt"
    path.write_text(CLAIM, encoding="utf-8")
    path.chmod(0)
    with pytest.raises(UnreadableInputError, match="permission denied; check that you may read") as caught:
        nlsurveyextract.extract_file(path, nlp=nlp)
    assert describe(caught.value)["kind"] == "unreadable"


# --- failures inside spaCy -----------------------------------------------------------------


@Language.component("nlsurveyextract_test_recursing")
def _recursing(doc):
    raise RecursionError("maximum recursion depth exceeded")


def test_a_failure_inside_the_pipeline_becomes_an_extraction_error():
    nlp = add_extraction_pipes(spacy.blank("nl"))
    nlp.add_pipe("nlsurveyextract_test_recursing", last=True)
    with pytest.raises(ExtractionError) as caught:
        nlsurveyextract.extract(CLAIM, source="artikel.txt", nlp=nlp)
    message = str(caught.value)
    assert message.startswith("artikel.txt: RecursionError in the spaCy pipeline: maximum recursion")
    assert "this is a bug in nlsurveyextract, not in your input; please report it" in message
    assert describe(caught.value)["kind"] == "internal"
    assert isinstance(caught.value.__cause__, RecursionError)


# --- values --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("2" * 309 + "%", [], id="infinite"),
        pytest.param("De prijs steeg met 1500 procent.", [], id="above-1000"),
        pytest.param("Tussen 5 en 5000 procent.", [], id="range-above-1000"),
        pytest.param("De prijs steeg met 999 procent.", [(999.0, "999 procent")], id="999-kept"),
        pytest.param("Het tekort liep op met -1000 procent.", [(-1000.0, "-1000 procent")], id="minus-1000"),
    ],
)
def test_values_outside_a_sane_range_are_not_findings(nlp, text, expected):
    assert findings_of(nlsurveyextract.extract(text, nlp=nlp)) == expected


# --- hostile shapes: results stay honest (their time is measured in benchmarks/hostile.py) --


@pytest.mark.parametrize(
    "run",
    [
        pytest.param("(" * 3000, id="brackets"),
        pytest.param("%" * 3000, id="percent-signs"),
        pytest.param("?!" * 1500, id="mixed-marks"),
        pytest.param("=" * 25, id="just-over-the-cut"),
    ],
)
def test_a_long_run_of_symbols_keeps_the_claims_around_it(nlp, run):
    text = f"Ruim 40 procent stemt voor {run} en een kwart stemt tegen."
    result = nlsurveyextract.extract(text, nlp=nlp)
    assert result.text == text
    assert findings_of(result) == [(40.0, "Ruim 40 procent"), (25.0, "een kwart")]
    assert_honest(result)


# --- properties over the public API ---------------------------------------------------------


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=60))
def test_any_word_salad_gives_a_valid_result(nlp, words):
    text = " ".join(words)
    try:
        result = nlsurveyextract.extract(text, nlp=nlp)
    except InputError as error:
        assert str(error)
        return
    assert_honest(result)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(min_size=1, max_size=400))
def test_any_unicode_text_gives_a_result_or_a_clear_error(nlp, text):
    try:
        result = nlsurveyextract.extract(text, nlp=nlp)
    except InputError as error:
        assert str(error)
        return
    assert all(result.text[f.span.start : f.span.end] == f.span.text for f in result.findings)


@FUZZ
@given(st.one_of(st.text(max_size=300), st.binary(max_size=300)))
def test_extract_raises_only_the_librarys_errors(nlp, raw):
    try:
        result = nlsurveyextract.extract(raw, nlp=nlp)
    except NlsurveyextractError as error:
        assert not isinstance(error, ExtractionError), error
        assert describe(error)["kind"] in {"empty", "binary", "too_large"}
        return
    assert_honest(result)


@FUZZ
@given(st.binary(max_size=2000))
def test_decode_raises_only_input_errors_and_gives_text(data):
    try:
        decoded = decode(data)
    except InputError:
        return
    assert isinstance(decoded.text, str)
    assert decoded.text.strip()


MOJIBAKE_PIECES = [*WORDS, "Ã", "Â", "â€", "™", "©", "¯", "Ÿ", "\u0301", "\x81", "\x8d", "\r", "ﬁ"]


@FUZZ
@given(st.one_of(st.text(max_size=200), st.lists(st.sampled_from(MOJIBAKE_PIECES), max_size=40).map("".join)))
def test_repair_is_idempotent_on_any_text(text):
    once = repair(text).text
    again = repair(once)
    assert again.text == once
    assert again.steps == ()


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("X (3 procent), ", id="bracket-then-comma"),
        pytest.param("De leden, 16 procent, ", id="apposition"),
        pytest.param("Y (4 procent), X (3 procent),\n", id="list-to-the-end"),
    ],
)
def test_a_figure_in_apposition_at_the_very_end_of_the_text_keeps_its_statement(nlp, text):
    finding = nlsurveyextract.extract(text, nlp=nlp).findings[-1]
    assert finding.statement is not None
    assert finding.statement.text in ("X", "De leden", "Y (4 procent), X")  # the second of a pair: the pair


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Airbus (\n\neen kwart volgens de bond.", id="bracket-then-paragraph"),
        pytest.param("Brouwerij De Klok ( \r\r\reen derde stopt.", id="bracket-then-carriage-returns"),
        pytest.param("Zuivelbedrijven (\n\n\n40 procent meldt verlies.", id="bracket-then-lines"),
    ],
)
def test_an_open_bracket_before_a_paragraph_names_no_item_for_the_figure_after_it(nlp, text):
    """The item before a bracket that closes nowhere stands in another sentence: it is no subject."""
    result = nlsurveyextract.extract(text, nlp=nlp)
    [finding] = result.findings
    assert finding.subject_method != "apposition"
    for span in (finding.span, finding.subject, finding.statement, finding.sentence):
        if span is not None:
            assert span.start <= span.end and result.text[span.start : span.end] == span.text
