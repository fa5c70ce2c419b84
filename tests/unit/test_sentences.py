"""Sentence boundaries set before the parser: line breaks and stops, nothing else."""

import pytest
import spacy

from nlsurveyextract.stages.sentences import FACTORY


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
            "Bouwer Heijmans zakte 2,6% weg. Philips Lighting won juist terrein.",
            ["Bouwer Heijmans zakte 2,6% weg.", "Philips Lighting won juist terrein."],
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


def test_a_text_without_stops_is_cut_into_bounded_sentences():
    from nlsurveyextract.stages.sentences import MAX_SENTENCE_TOKENS, sentence_marks

    nlp = spacy.blank("nl")
    doc = nlp("de kiezers van partij A kregen 5 procent, " * 200)
    marks = sentence_marks(doc)
    starts = [i for i, mark in enumerate(marks) if mark == 1]
    lengths = [b - a for a, b in zip(starts, [*starts[1:], len(doc)], strict=True)]
    assert max(lengths) <= MAX_SENTENCE_TOKENS + 9  # cut at the first comma past the bound
    assert all(doc[start - 1].text == "," for start in starts[1:])


def test_an_endless_sentence_without_commas_is_cut_at_twice_the_bound():
    from nlsurveyextract.stages.sentences import MAX_SENTENCE_TOKENS, sentence_marks

    doc = spacy.blank("nl")("woord " * (5 * MAX_SENTENCE_TOKENS))
    starts = [i for i, mark in enumerate(sentence_marks(doc)) if mark == 1]
    assert starts[:3] == [0, 2 * MAX_SENTENCE_TOKENS, 4 * MAX_SENTENCE_TOKENS]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Eén.",
        "Kop zonder punt\n\nDe helft stopt. Een kwart twijfelt!\nVier op de tien blijft",
        "A. B. C. D.",
    ],
)
def test_sentence_token_starts_are_those_of_doc_sents(nlp, text):
    from nlsurveyextract.text.docview import sentence_token_starts

    doc = nlp(text)
    assert list(sentence_token_starts(doc)) == [sentence.start for sentence in doc.sents]
