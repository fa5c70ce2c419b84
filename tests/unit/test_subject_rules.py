"""Subject rules on hand-parsed sentences: the rule's Dutch grammar, independent of the tagger's mood.

The integration tests run the shipped pipeline, whose parse of a given sentence
may be right; these give each rule the wrong parses it is meant to survive.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from nlsurveyextract.stages import subjects
from nlsurveyextract.stages.percentages import FACTORY, SPANS_KEY
from nlsurveyextract.text import phrases


@pytest.fixture(scope="module")
def blank_nl():
    nlp = spacy.blank("nl")
    nlp.add_pipe(FACTORY)
    return nlp


def parsed(nlp, rows: list[tuple[str, str, str, int, str]]) -> Doc:
    """A Doc from (word, pos, dep, head, morph) rows, with its percentage spans."""
    words = [row[0] for row in rows]
    spaces = [i + 1 < len(rows) and rows[i + 1][1] != "PUNCT" for i in range(len(rows))]
    doc = Doc(
        nlp.vocab,
        words=words,
        spaces=spaces,
        pos=[row[1] for row in rows],
        deps=[row[2] for row in rows],
        heads=[row[3] for row in rows],
        morphs=[row[4] for row in rows],
        sent_starts=[i == 0 for i in range(len(rows))],
    )
    return nlp.get_pipe(FACTORY)(doc)


def subject_text(doc: Doc, offsets: tuple[int, int] | None) -> str | None:
    return None if offsets is None else doc.text[offsets[0] : offsets[1]]


FIN = "VerbForm=Fin"


def test_a_noun_inside_a_fronted_prepositional_phrase_is_no_subject(blank_nl):
    # The parse calls "onderwijs" the subject; Dutch word order says it is the object of "In".
    doc = parsed(
        blank_nl,
        [
            ("In", "ADP", "case", 2, ""),
            ("het", "DET", "det", 2, ""),
            ("basisonderwijs", "NOUN", "nmod", 5, ""),
            ("en", "CCONJ", "cc", 4, ""),
            ("speciaal", "ADJ", "amod", 5, ""),
            ("onderwijs", "NOUN", "nsubj", 10, ""),
            ("wil", "VERB", "aux", 10, FIN),
            ("56", "NUM", "nummod", 8, ""),
            ("procent", "NOUN", "obl", 10, ""),
            ("eerder", "ADV", "advmod", 10, ""),
            ("stoppen", "VERB", "ROOT", 10, "VerbForm=Inf"),
            (".", "PUNCT", "punct", 10, ""),
        ],
    )
    span = doc.spans[SPANS_KEY][0]
    assert span.text == "56 procent"
    assert subjects.clause_subject(doc, span) is None
    assert subject_text(doc, subjects.fronted_group(doc, span)) == "het basisonderwijs en speciaal onderwijs"


def test_a_subject_after_the_finite_verb_still_counts(blank_nl):
    doc = parsed(
        blank_nl,
        [
            ("In", "ADP", "case", 1, ""),
            ("2019", "NUM", "obl", 2, ""),
            ("daalde", "VERB", "ROOT", 2, FIN),
            ("de", "DET", "det", 4, ""),
            ("werkloosheid", "NOUN", "nsubj", 2, ""),
            ("met", "ADP", "case", 7, ""),
            ("2", "NUM", "nummod", 7, ""),
            ("procent", "NOUN", "obl", 2, ""),
            (".", "PUNCT", "punct", 2, ""),
        ],
    )
    span = doc.spans[SPANS_KEY][0]
    assert subject_text(doc, subjects.clause_subject(doc, span)) == "de werkloosheid"


def test_figures_after_a_colon_take_the_subject_word_order_gives(blank_nl):
    # The parse hangs the subject on the predicate; V2 order finds it after "oogde".
    doc = parsed(
        blank_nl,
        [
            ("De", "DET", "det", 2, ""),
            ("laatste", "ADJ", "amod", 2, ""),
            ("jaren", "NOUN", "obl", 3, ""),
            ("oogde", "VERB", "ROOT", 3, FIN),
            ("de", "DET", "det", 5, ""),
            ("koers", "NOUN", "nsubj", 6, ""),
            ("stabiel", "ADJ", "xcomp", 3, ""),
            (":", "PUNCT", "punct", 11, ""),
            ("rond", "ADP", "case", 11, ""),
            ("de", "DET", "det", 11, ""),
            ("60", "NUM", "nummod", 11, ""),
            ("procent", "NOUN", "parataxis", 3, ""),
            (".", "PUNCT", "punct", 3, ""),
        ],
    )
    span = doc.spans[SPANS_KEY][0]
    assert span.text.endswith("60 procent")
    assert subject_text(doc, subjects.colon_subject(doc, span)) == "de koers"


def phrase_text(doc: Doc, tokens: tuple[int, int] | None) -> str | None:
    return None if tokens is None else doc[tokens[0] : tokens[1]].text


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # the tagger read a compound on a name as a verb
        (
            [("de", "DET"), ("potentiële", "ADJ"), ("GL-PvdA-achterban", "VERB"), ("zegt", "VERB")],
            "de potentiële GL-PvdA-achterban",
        ),
        # a hyphenated adjective still stands before its noun
        (
            [("de", "DET"), ("Oost-Europese", "ADJ"), ("werknemers", "NOUN"), ("zeggen", "VERB")],
            "de Oost-Europese werknemers",
        ),
        # "de" is never a pronoun: the word after it is a noun
        ([("De", "DET"), ("energieprijzen", "PRON"), ("stegen", "NOUN")], "De energieprijzen"),
        # an uninflected adjective after "de" with a number after it is a noun
        ([("de", "DET"), ("uitstoot", "ADJ"), ("2", "NUM"), ("procent", "NOUN")], "de uitstoot"),
        # but an adverbial adjective before a participle is not
        (
            [("de", "DET"), ("nieuw", "ADJ"), ("bebouwde", "VERB"), ("grond", "NOUN")],
            "de nieuw bebouwde grond",
        ),
        # names keep their link words
        (
            [("Partij", "PROPN"), ("voor", "ADP"), ("de", "DET"), ("Dieren", "PROPN"), ("wint", "VERB")],
            "Partij voor de Dieren",
        ),
        # capitals with digits make a name, however tagged
        ([("JA21", "ADV"), ("wint", "VERB")], "JA21"),
    ],
)
def test_noun_phrases_over_a_fallible_tagging(blank_nl, rows, expected):
    full = [(word, pos, "dep", 0, "VerbForm=Part" if word == "bebouwde" else "") for word, pos in rows]
    doc = parsed(blank_nl, full)
    assert phrase_text(doc, phrases.noun_phrase_after(doc, 0)) == expected
