"""repair(): mojibake made from clean Dutch text is restored exactly; clean text is left alone.

The damaged texts are made here, from paragraphs written for these tests, the
way programs break UTF-8 text in the wild.
"""

from __future__ import annotations

import html
import html.entities

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nlsurveyextract.intake.repair import (
    FLATTENED_NBSP_STEP,
    FTFY_CONFIG,
    RepairedText,
    repair,
    restore_flattened_nbsp,
)

NBSP = "\u00a0"

HEADLINE = "Vier op de tien werkenden twijfelen over pensioen — vooral zzp’ers"
PARAGRAPHS = (
    f"Ruim 40{NBSP}procent van de werkenden maakt zich zorgen over de hoogte van "
    "zijn pensioen. Dat blijkt uit een peiling van onderzoeksbureau Veldkamp onder "
    "2.100 Nederlanders, gehouden in opdracht van een financiële vergelijkingssite.",
    "„We zien vooral bij zzp’ers en IT’ers een groeiende onzekerheid”, zegt "
    "onderzoeker Anneloes de Vrièze. Bijna één op de drie ondervraagden begrijpt de "
    f"regels niet — ook niet na een voorlichtingscampagne van €{NBSP}12 miljoen.",
    "Het Spaanse bureau van Álvaro Núñez kwam eerder tot een vergelijkbare uitkomst: "
    f"daar ging het om 38{NBSP}% van de coöperatieleden, na de reünie in Zürich.",
    "Het onderwerp komt terug in de Q&A-sessie die het ministerie in oktober houdt. "
    "Winkelketens als Dille & Kamille doen mee aan het geïntegreerde overzicht; "
    "ruim tweeëntwintig procent van hun personeel heeft er al één.",
)
ARTICLE = "\n\n".join((HEADLINE, *PARAGRAPHS))


# --- how the world breaks text ---------------------------------------------------

# Windows-1252 leaves five bytes undefined; sloppy decoders (and Windows itself)
# give them the C1 control of the same number. "Á" is C3 81 in UTF-8.
_UNDEFINED_1252 = frozenset(b"\x81\x8d\x8f\x90\x9d")


def read_as_cp1252(data: bytes) -> str:
    return "".join(chr(b) if b in _UNDEFINED_1252 else bytes([b]).decode("cp1252") for b in data)


def cp1252_mojibake(text: str) -> str:
    """UTF-8 bytes read as Windows-1252: "geïntegreerd" -> "geÃ¯ntegreerd"."""
    return read_as_cp1252(text.encode("utf-8"))


def latin1_mojibake(text: str) -> str:
    """UTF-8 bytes read as Latin-1: "’" becomes "â" and two C1 controls."""
    return text.encode("utf-8").decode("latin-1")


def twice(text: str) -> str:
    return cp1252_mojibake(cp1252_mojibake(text))


def one_paragraph(text: str, index: int = 2) -> str:
    paragraphs = text.split("\n\n")
    paragraphs[index] = cp1252_mojibake(paragraphs[index])
    return "\n\n".join(paragraphs)


def flattened_nbsp(text: str) -> str:
    """cp1252 mojibake, then every no-break space replaced by a plain one."""
    return cp1252_mojibake(text).replace(NBSP, " ")


def entities(text: str) -> str:
    """Non-ASCII letters written as HTML entities, named where HTML has a name."""
    names = {char: name for name, char in html.entities.html5.items() if name.endswith(";")}
    return "".join(c if ord(c) < 128 else f"&{names[c]}" if c in names else f"&#{ord(c)};" for c in text)


def numeric_entities(text: str) -> str:
    return text.encode("ascii", "xmlcharrefreplace").decode("ascii")


def cp1252_in_one_line(text: str) -> str:
    """One sentence pasted in broken next to clean letters on the same line."""
    return text.replace("zzp’ers en IT’ers", cp1252_mojibake("zzp’ers en IT’ers"))


DAMAGE = [
    pytest.param(cp1252_mojibake, id="utf8-read-as-cp1252"),
    pytest.param(latin1_mojibake, id="utf8-read-as-latin1"),
    pytest.param(twice, id="cp1252-twice"),
    pytest.param(one_paragraph, id="one-paragraph-only"),
    pytest.param(lambda t: one_paragraph(t, 0), id="headline-only"),
    pytest.param(flattened_nbsp, id="nbsp-flattened"),
    pytest.param(entities, id="html-named-entities"),
    pytest.param(numeric_entities, id="html-numeric-entities"),
    pytest.param(cp1252_in_one_line, id="mixed-within-one-line"),
    pytest.param(lambda t: html.escape(t, quote=False), id="html-escaped-ampersands"),
]


@pytest.mark.parametrize("damage", DAMAGE)
def test_damage_is_restored_exactly(damage) -> None:
    damaged = damage(ARTICLE)
    assert damaged != ARTICLE
    result = repair(damaged)
    assert result.text == ARTICLE
    assert result.steps


@pytest.mark.parametrize("damage", DAMAGE)
def test_repair_is_idempotent_on_damaged_text(damage) -> None:
    once = repair(damage(ARTICLE))
    again = repair(once.text)
    assert again == RepairedText(text=once.text, steps=())


@pytest.mark.parametrize(
    ("damaged", "expected", "step"),
    [
        pytest.param(
            "Ruim een derde is geÃ¯ntegreerd.",
            "Ruim een derde is geïntegreerd.",
            "re-decoded UTF-8 that was read as Latin-1",
            id="diaeresis",
        ),
        pytest.param(
            "De ITâ€™ers zijn â€žtevredenâ€\x9d.",
            "De IT’ers zijn „tevreden”.",
            "re-decoded UTF-8 that was read as Windows-1252",
            id="curly-quotes",
        ),
        pytest.param(
            "Slechts 8Â procent van de ketens",
            f"Slechts 8{NBSP}procent van de ketens",
            FLATTENED_NBSP_STEP,
            id="nbsp-flattened-alone-on-its-line",
        ),
        pytest.param(
            "Het kost 12Â %.",
            f"Het kost 12{NBSP}%.",
            FLATTENED_NBSP_STEP,
            id="nbsp-flattened-before-percent-sign",
        ),
        pytest.param(
            "Zo’n 36Â procent zegt â€žjaâ€\x9d.",
            f"Zo’n 36{NBSP}procent zegt „ja”.",
            "re-decoded stray UTF-8 mojibake",
            id="nbsp-flattened-next-to-clean",
        ),
        pytest.param(
            "Een ge&iuml;ntegreerd plan", "Een geïntegreerd plan", "decoded HTML entities", id="entity"
        ),
        pytest.param(
            "De ﬁnanciële sector", "De financiële sector", "split typographic ligatures", id="pdf-ligature"
        ),
        pytest.param(
            "Het cafe\u0301 en de reee\u0308n",
            "Het café en de reeën",
            "NFC normalisation",
            id="combining-accents",
        ),
        pytest.param(
            "Eerste regel\r\nTweede regel",
            "Eerste regel\nTweede regel",
            "normalised line breaks",
            id="windows-line-breaks",
        ),
    ],
)
def test_single_repairs_and_their_step(damaged: str, expected: str, step: str) -> None:
    result = repair(damaged)
    assert result.text == expected
    assert step in result.steps


def test_double_mojibake_is_named_twice() -> None:
    result = repair(twice("Ruim een derde van de IT’ers"))
    assert result.text == "Ruim een derde van de IT’ers"
    assert result.steps == (
        "re-decoded UTF-8 that was read as Windows-1252",
        "re-decoded UTF-8 that was read as Windows-1252 (again)",
    )


CLEAN = [
    pytest.param(ARTICLE, id="whole-article"),
    pytest.param("Een financiële coöperatie in Zürich: één op de drie.", id="accents"),
    pytest.param("De campagne kostte €\u00a012 miljoen — veel te veel.", id="euro-nbsp-emdash"),
    pytest.param("„Dat klopt”, zegt ze. ‘Echt’ en “zeker” en IT’ers.", id="curly-quotes"),
    pytest.param("Een Q&A met Dille & Kamille; AT&T en R&D.", id="ampersands"),
    pytest.param("Bij < 5 procent &amp-achtige tekens: niets te doen.", id="not-an-entity"),
    pytest.param("Het kost 5\u00a0% en 36\u00a0procent.", id="nbsp-before-percent"),
    pytest.param("RENÂ SCHOLTEN EN ANDRÉ", id="capital-a-circumflex-in-capitals"),
    pytest.param("Crème brûlée à la carte, naïef en reünie", id="french-loans"),
    pytest.param("", id="empty"),
    pytest.param("\n\n  \n", id="only-white-space"),
]


@pytest.mark.parametrize("text", CLEAN)
def test_clean_text_is_returned_unchanged(text: str) -> None:
    assert repair(text) == RepairedText(text=text, steps=())


def test_the_config_keeps_the_authors_typography() -> None:
    assert FTFY_CONFIG.uncurl_quotes is False
    assert FTFY_CONFIG.fix_character_width is False
    assert FTFY_CONFIG.unescape_html is True
    assert FTFY_CONFIG.normalization == "NFC"


def test_restore_flattened_nbsp_leaves_other_a_circumflex_alone() -> None:
    assert restore_flattened_nbsp("Nee: 40Â procent") == f"Nee: 40{NBSP}procent"
    assert restore_flattened_nbsp("Â\u00a0en ÂB") == "Â\u00a0en ÂB"
    assert restore_flattened_nbsp("MÂ NIET") == "MÂ NIET"


# --- properties -------------------------------------------------------------------

# Letters and signs of Dutch news text. No ";" so that no HTML entity can form
# by chance ("&amp;" in a clean text is an entity, and is decoded on purpose).
DUTCH_ALPHABET = (
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    " .,:!?'\"()-/%&\n"
    "éëïöüèàçóáêôûîÉËÏÖÜÈ"
    "’‘„”“–—€…\u00a0"
)
dutch_text = st.text(alphabet=DUTCH_ALPHABET, max_size=200)


@settings(max_examples=300, deadline=None)
@given(dutch_text)
def test_property_clean_dutch_text_is_unchanged(text: str) -> None:
    assert repair(text) == RepairedText(text=text, steps=())


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_property_repair_is_idempotent_on_any_text(text: str) -> None:
    once = repair(text).text
    assert repair(once).text == once


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=DUTCH_ALPHABET + "ÂÃâ€™\x81\x8d\x90Ã©", max_size=200))
def test_property_repair_is_idempotent_on_mojibake_alphabets(text: str) -> None:
    once = repair(text)
    assert repair(once.text) == RepairedText(text=once.text, steps=())


# Words as the property draws them: Dutch words with accents, joined by spaces
# and punctuation, which is what the mojibake properties have to hold for.
_WORDS = st.sampled_from(
    [
        "één",
        "40\u00a0procent",
        "geïntegreerd",
        "financiële",
        "coöperatie",
        "IT’ers",
        "„ja”",
        "procent",
        "€",
        "zo’n",
        "reünie",
        "café",
        "—",
        "Nederlanders",
        "36",
        "Q&A",
        "naïef",
    ]
)
dutch_sentences = st.lists(_WORDS, min_size=1, max_size=30).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(dutch_sentences)
def test_property_mojibake_of_dutch_words_is_restored(text: str) -> None:
    for damage in (cp1252_mojibake, latin1_mojibake, twice, flattened_nbsp):
        assert repair(damage(text)).text == text


def test_property_alphabet_cannot_form_an_entity() -> None:
    assert ";" not in DUTCH_ALPHABET
