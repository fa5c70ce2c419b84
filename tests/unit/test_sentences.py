"""Sentence boundaries set before the parser: line breaks and stops, nothing else."""

import pytest
import spacy

from nlsurveyextract.sentences import FACTORY


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("nl")
    nlp.add_pipe(FACTORY)
    return nlp


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        pytest.param(
            "Helft scholieren ervaart stress\n\nDe helft van de scholieren voelt druk.",
            ["Helft scholieren ervaart stress", "De helft van de scholieren voelt druk."],
            id="headline-line",
        ),
        pytest.param(
            "Uitzender Randstad ging 3,8% omlaag. Aalberts Industries kreeg een tik.",
            ["Uitzender Randstad ging 3,8% omlaag.", "Aalberts Industries kreeg een tik."],
            id="stop-then-capital",
        ),
        pytest.param(
            "Het bleef stil. 40 procent zei niets.",
            ["Het bleef stil.", "40 procent zei niets."],
            id="stop-then-digit",
        ),
        pytest.param(
            'Hij zei: "Het klopt." Daarna ging hij weg.',
            ['Hij zei: "Het klopt."', "Daarna ging hij weg."],
            id="quote-closes-sentence",
        ),
        pytest.param(
            "Het gaat om ca. tien procent van de leden.",
            ["Het gaat om ca. tien procent van de leden."],
            id="abbreviation-before-lowercase",
        ),
    ],
)
def test_sentence_boundaries(nlp, text, sentences):
    doc = nlp(text)
    assert [sentence.text.strip() for sentence in doc.sents] == sentences
