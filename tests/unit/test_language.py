"""The Dutch check warns on other languages and stays quiet on Dutch."""

import pytest

from nlsurveyextract.intake.language import warnings_for

DUTCH = (
    "Bijna de helft van de Nederlanders maakt zich zorgen over de stijgende huren. Dat blijkt uit "
    "een peiling onder ruim duizend huurders, die vorige maand werd gehouden. Vooral jongeren zeggen "
    "dat zij hun woonlasten niet meer kunnen betalen."
)
ENGLISH = (
    "Almost half of the Dutch are worried about rising rents. This is shown by a poll among more "
    "than a thousand tenants, which was held last month. Young people in particular say they can "
    "no longer pay their housing costs, according to the researchers."
)
GERMAN = (
    "Fast die Hälfte der Niederländer macht sich Sorgen über die steigenden Mieten. Das zeigt eine "
    "Umfrage unter mehr als tausend Mietern, die im vergangenen Monat durchgeführt wurde. Vor allem "
    "junge Menschen sagen, dass sie ihre Wohnkosten nicht mehr bezahlen können."
)


def test_dutch_text_gets_no_warning():
    assert warnings_for(DUTCH) == ()


@pytest.mark.parametrize("text", [pytest.param(ENGLISH, id="english"), pytest.param(GERMAN, id="german")])
def test_other_languages_get_a_warning(text):
    (warning,) = warnings_for(text)
    assert "does not look Dutch" in warning


def test_short_text_is_not_judged():
    assert warnings_for("The end.") == ()
