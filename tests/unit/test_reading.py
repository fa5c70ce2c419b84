"""reading: bytes in every encoding Dutch articles come in, binary refused, the header split off."""

from __future__ import annotations

import datetime
import os
import random
import re

import pytest

from nlsurveyextract.errors import (
    BinaryInputError,
    EmptyInputError,
    InputError,
    InputTooLargeError,
    UnreadableInputError,
)
from nlsurveyextract.intake.reading import (
    ArticleHeader,
    DecodedText,
    decode,
    decode_cp1252,
    read_file,
    split_header,
)
from nlsurveyextract.intake.repair import repair

NBSP = "\u00a0"
# Written for these tests; every character Windows-1252 can hold, so that the
# legacy encoding round-trips too.
ARTICLE = (
    "Zes op de tien jongeren sporten minder dan vroeger\n\n"
    f"Bijna 60{NBSP}procent van de jongeren tussen 13 en 17 jaar sport minder dan een "
    "uur per week. Dat blijkt uit een enquête van het Mulier Instituut onder 1.800 "
    "scholieren, die het instituut in opdracht van het ministerie hield.\n\n"
    "„Vooral de coördinatie met school is lastig”, zegt onderzoeker Eva Büskens. "
    "Ruim een kwart noemt de kosten — gemiddeld €\u00a0240 per jaar — een reden om te "
    "stoppen; één op de vijf zegt dat de club te ver weg is. Het geïntegreerde "
    "sportbeleid van gemeenten is volgens 44 procent van de ouders ‘onvoldoende’.\n"
)


# --- decode: every encoding -----------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        pytest.param(ARTICLE.encode("utf-8"), "utf-8", id="utf-8"),
        pytest.param(b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"), "utf-8-sig", id="utf-8-bom"),
        pytest.param(ARTICLE.encode("utf-16"), "utf-16", id="utf-16-bom"),
        pytest.param(b"\xfe\xff" + ARTICLE.encode("utf-16-be"), "utf-16", id="utf-16-be-bom"),
        pytest.param(b"\xff\xfe" + ARTICLE.encode("utf-16-le"), "utf-16", id="utf-16-le-bom"),
        pytest.param(ARTICLE.encode("utf-16-le"), "utf-16-le", id="utf-16-le-no-bom"),
        pytest.param(ARTICLE.encode("utf-16-be"), "utf-16-be", id="utf-16-be-no-bom"),
        pytest.param(ARTICLE.encode("utf-32"), "utf-32", id="utf-32-bom"),
        pytest.param(b"\x00\x00\xfe\xff" + ARTICLE.encode("utf-32-be"), "utf-32", id="utf-32-be-bom"),
        pytest.param(ARTICLE.encode("cp1252"), "cp1252", id="windows-1252"),
    ],
)
def test_decode_every_encoding(data: bytes, encoding: str) -> None:
    assert decode(data) == DecodedText(text=ARTICLE, encoding=encoding)


def test_latin1_file_reads_as_windows_1252() -> None:
    latin1 = "Een enquête onder caféhouders: 45 procent is tevreden.".encode("latin-1")
    assert decode(latin1).text == "Een enquête onder caféhouders: 45 procent is tevreden."


def test_windows_1252_punctuation_is_decoded() -> None:
    data = b"\x84Prima\x94, zegt 62 procent \x96 en \x80 5 per maand\x85"
    assert decode(data).text == "„Prima”, zegt 62 procent – en € 5 per maand…"


def test_undefined_windows_1252_bytes_map_to_c1_controls() -> None:
    assert decode_cp1252(b"Caf\xe9 \x81\x8d\x8f\x90\x9d") == "Café \x81\x8d\x8f\x90\x9d"
    assert decode(b"Caf\xe9 \x81 open").text == "Café \x81 open"


def test_decode_leaves_mojibake_for_repair() -> None:
    damaged = "Het geÃ¯ntegreerde beleid".encode()
    decoded = decode(damaged)
    assert decoded == DecodedText(text="Het geÃ¯ntegreerde beleid", encoding="utf-8")
    assert repair(decoded.text).text == "Het geïntegreerde beleid"


def test_truncated_utf16_keeps_the_article() -> None:
    data = "Negen op de tien kiezers twijfelen nog.".encode("utf-16") + b"\x00"
    assert decode(data).text.startswith("Negen op de tien kiezers twijfelen nog.")


def test_utf8_with_a_bom_but_legacy_bytes_falls_back_to_windows_1252() -> None:
    data = b"\xef\xbb\xbfEen caf\xe9 in Delft"
    assert decode(data) == DecodedText(text="Een café in Delft", encoding="cp1252")


# --- decode: refusals ------------------------------------------------------------------

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10"
ELF = b"\x7fELF\x02\x01\x01\x00" + bytes(8) + b"\x02\x00>\x00"


def _random_bytes_with_nuls(size: int = 2048) -> bytes:
    rng = random.Random(20251023)
    data = bytearray(rng.randbytes(size))
    data[100] = data[700] = 0
    return bytes(data)


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        pytest.param("foto.png", PNG, "PNG image", id="png"),
        pytest.param("programma", ELF, "ELF executable", id="elf"),
        pytest.param("foto.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG image", id="jpeg"),
        pytest.param("rapport.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF document", id="pdf"),
        pytest.param("stuk.docx", b"PK\x03\x04\x14\x00\x06\x00", "ZIP archive", id="zip"),
        pytest.param("stuk.txt.gz", b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "gzip", id="gzip"),
        pytest.param("ruis.bin", _random_bytes_with_nuls(), "NUL bytes", id="random-with-nuls"),
        pytest.param("ruis2.bin", bytes(range(1, 32)) * 20, "control characters", id="control-characters"),
    ],
)
def test_binary_file_is_refused_with_its_name(tmp_path, name: str, data: bytes, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(BinaryInputError) as caught:
        read_file(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: looks like binary data")
    assert reason in message
    assert "not a text article" in message
    assert "pass a .txt file" in message


def test_decode_names_its_source_in_the_binary_message() -> None:
    with pytest.raises(BinaryInputError, match=r"^upload\.png: looks like binary data \(PNG"):
        decode(PNG, source="upload.png")


def test_a_few_stray_control_characters_are_not_binary() -> None:
    text = "Vier op de tien\x0c Nederlanders\x1a sporten wekelijks, meldt het CBS vandaag."
    assert decode(text.encode()).text == text


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"", id="zero-bytes"),
        pytest.param(b" \n\t\r\n  ", id="white-space"),
        pytest.param(b"\xef\xbb\xbf", id="only-utf8-bom"),
        pytest.param("  \n ".encode("utf-16"), id="utf16-white-space"),
        pytest.param(b"\xa0\xa0\n", id="windows-1252-no-break-spaces"),
    ],
)
def test_empty_input_is_refused(data: bytes) -> None:
    with pytest.raises(EmptyInputError, match=r"^leeg\.txt: the input is empty"):
        decode(data, source="leeg.txt")


def test_too_large_input_is_refused() -> None:
    with pytest.raises(InputTooLargeError, match=r"groot\.txt: 20 bytes .* limit of 10 bytes"):
        decode(b"Twintig bytes tekst.", source="groot.txt", max_bytes=10)
    assert decode(b"Tien bytes", max_bytes=10).text == "Tien bytes"


# --- read_file -------------------------------------------------------------------------


def test_read_file_decodes(tmp_path) -> None:
    path = tmp_path / "artikel.txt"
    path.write_bytes(ARTICLE.encode("cp1252"))
    assert read_file(path) == DecodedText(text=ARTICLE, encoding="cp1252")
    assert read_file(str(path)).text == ARTICLE
    assert split_header(ARTICLE).title == "Zes op de tien jongeren sporten minder dan vroeger"


def test_read_file_refuses_an_empty_file_by_name(tmp_path) -> None:
    path = tmp_path / "leeg.txt"
    path.write_bytes(b"")
    with pytest.raises(EmptyInputError, match=r"leeg\.txt: the input is empty"):
        read_file(path)


def test_read_file_checks_the_size_before_reading(tmp_path) -> None:
    path = tmp_path / "groot.txt"
    path.write_bytes(b"x" * 100)
    with pytest.raises(InputTooLargeError, match=r"groot\.txt: 100 bytes"):
        read_file(path, max_bytes=99)


def test_missing_file(tmp_path) -> None:
    path = tmp_path / "bestaat-niet.txt"
    with pytest.raises(UnreadableInputError) as caught:
        read_file(path)
    assert str(caught.value) == f"{path}: no such file; check the path and the current folder"
    assert isinstance(caught.value.__cause__, FileNotFoundError)


def test_directory(tmp_path) -> None:
    with pytest.raises(UnreadableInputError, match=r"is a folder, not a file") as caught:
        read_file(tmp_path)
    assert str(caught.value).startswith(f"{tmp_path}: ")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may read anything")
def test_permission_denied(tmp_path) -> None:
    path = tmp_path / "geheim.txt"
    path.write_text("Geheim.")
    path.chmod(0)
    with pytest.raises(UnreadableInputError, match="permission denied"):
        read_file(path)


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        pytest.param(PermissionError(13, "Permission denied"), "permission denied; check", id="permission"),
        pytest.param(
            OSError(5, "Input/output error"), "could not be read (Input/output error)", id="io-error"
        ),
    ],
)
def test_other_os_errors_name_the_file(tmp_path, monkeypatch, error: OSError, expected: str) -> None:
    import nlsurveyextract.intake.reading as reading

    path = tmp_path / "artikel.txt"
    path.write_text("Zes op de tien sporten.")

    def failing_open(*args: object, **kwargs: object) -> None:
        raise error

    monkeypatch.setattr(reading, "open", failing_open, raising=False)
    with pytest.raises(UnreadableInputError, match=f"^{re.escape(str(path))}: {re.escape(expected)}"):
        read_file(path)


def test_every_refusal_is_an_input_error_with_a_kind() -> None:
    for error, kind in [
        (EmptyInputError, "empty"),
        (BinaryInputError, "binary"),
        (InputTooLargeError, "too_large"),
        (UnreadableInputError, "unreadable"),
    ]:
        assert issubclass(error, InputError)
        assert error.kind == kind


# --- split_header ----------------------------------------------------------------------

BODY = "Ruim de helft van de Nederlanders sport wekelijks, blijkt uit een peiling."


@pytest.mark.parametrize(
    ("text", "date", "title", "body"),
    [
        pytest.param(
            f" date 2025-10-23 {BODY}\n\nDat meldt het CBS.",
            datetime.date(2025, 10, 23),
            None,
            BODY,
            id="seed-layout-same-line",
        ),
        pytest.param(
            f"date: 2025-10-23\n{BODY}", datetime.date(2025, 10, 23), None, BODY, id="date-colon-own-line"
        ),
        pytest.param(
            f"datum: 23 oktober 2025\n\n{BODY}", datetime.date(2025, 10, 23), None, BODY, id="dutch-month"
        ),
        pytest.param(
            f"Datum: donderdag 3 april 2025 {BODY}",
            datetime.date(2025, 4, 3),
            None,
            BODY,
            id="weekday-and-capital",
        ),
        pytest.param(
            f"datum 3 mrt. 2024\n{BODY}", datetime.date(2024, 3, 3), None, BODY, id="month-abbreviation"
        ),
        pytest.param(
            f"date: 23-10-2025\n{BODY}", datetime.date(2025, 10, 23), None, BODY, id="day-month-year"
        ),
        pytest.param(
            f"date 2025-10-23T08:15 {BODY}", datetime.date(2025, 10, 23), None, BODY, id="with-time"
        ),
        pytest.param(
            f"titel: Nederlanders sporten vaker\ndatum: 1 juni 2024\n\n{BODY}",
            datetime.date(2024, 6, 1),
            "Nederlanders sporten vaker",
            BODY,
            id="title-and-date-fields",
        ),
        pytest.param(
            f"title: Sport in cijfers\nDe kop boven het stuk\n\n{BODY}",
            None,
            "Sport in cijfers",
            "De kop boven het stuk\n\n" + BODY,
            id="title-field-wins-over-headline",
        ),
        pytest.param(
            f"date 2025-10-23 Sporters in de meerderheid\n\n{BODY}",
            datetime.date(2025, 10, 23),
            "Sporters in de meerderheid",
            "Sporters in de meerderheid\n\n" + BODY,
            id="date-then-headline",
        ),
        pytest.param(
            f"Sporters in de meerderheid\n\n{BODY}",
            None,
            "Sporters in de meerderheid",
            f"Sporters in de meerderheid\n\n{BODY}",
            id="headline-only",
        ),
        pytest.param(
            f"„Sporten is gezond”, vindt 80 procent\n{BODY}",
            None,
            "„Sporten is gezond”, vindt 80 procent",
            f"„Sporten is gezond”, vindt 80 procent\n{BODY}",
            id="headline-with-quotes",
        ),
    ],
)
def test_split_header(text: str, date: datetime.date | None, title: str | None, body: str) -> None:
    header = split_header(text)
    assert (header.date, header.title) == (date, title)
    assert text[header.body_start :].startswith(body)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(f"{BODY}\nDat meldt het CBS.", id="first-sentence"),
        pytest.param("Sporten Nederlanders genoeg?\n\nNee, zegt het RIVM.", id="question"),
        pytest.param("Dit zijn de cijfers:\n\n- 40 procent sport", id="colon"),
        pytest.param("„Ik sport elke dag,” zegt Anna.\nZij is niet de enige.", id="quote-closes"),
        pytest.param("Sporters in de meerderheid", id="no-line-break"),
        pytest.param(
            " ".join(["Een kop die veel te lang is om een kop te zijn"] * 4) + "\nTekst.", id="too-long"
        ),
        pytest.param(f"Datum van de peiling was onbekend.\n{BODY}", id="datum-as-a-word"),
        pytest.param(f"Titel van het rapport: Sport telt.\n{BODY}", id="titel-as-a-word"),
        pytest.param(f"date 2025-02-30 {BODY}", id="no-such-day"),
        pytest.param(f"De datum: 2025 was een goed jaar.\n{BODY}", id="date-later-in-line"),
    ],
)
def test_no_header(text: str) -> None:
    assert split_header(text) == ArticleHeader(date=None, title=None, body_start=0)


def test_seed_layout_after_decode_and_repair() -> None:
    """The layout of real exports: a date field on the line of the first, broken sentence."""
    raw = f" date 2025-10-23 Slechts zes procent heeft AI volledig geïntegreerd.\n\n{BODY}\n"
    data = raw.encode("utf-8").decode("cp1252").encode("utf-8")
    text = repair(decode(data, source="export.txt").text).text
    header = split_header(text)
    assert header.date == datetime.date(2025, 10, 23)
    assert header.title is None
    assert text[header.body_start :].startswith("Slechts zes procent heeft AI volledig geïntegreerd.")
