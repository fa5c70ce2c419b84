"""Noun phrases read from tags and Dutch word order together, over taggings that are wrong."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from nlsurveyextract.text import phrases


def phrase_text(doc: Doc, tokens: tuple[int, int] | None) -> str | None:
    return None if tokens is None else doc[tokens[0] : tokens[1]].text


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # the tagger read a compound on a name as a verb
        (
            [("de", "DET"), ("potentiële", "ADJ"), ("SP-achterban", "VERB"), ("zegt", "VERB")],
            "de potentiële SP-achterban",
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
            [("de", "DET"), ("slordig", "ADJ"), ("geschilderde", "VERB"), ("gevel", "NOUN")],
            "de slordig geschilderde gevel",
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
def test_noun_phrases_over_a_fallible_tagging(parse, rows, expected):
    full = [(word, pos, "dep", 0, "VerbForm=Part" if word == "geschilderde" else "") for word, pos in rows]
    doc = parse(full)
    assert phrase_text(doc, phrases.noun_phrase_after(doc, 0)) == expected


def test_a_counted_time_the_parse_hung_on_the_noun_is_no_part_of_its_phrase(parse):
    doc = parse(
        """
        de/DET/det/1 rente/NOUN/nsubj/6 vorig/ADJ/amod/3 jaar/NOUN/nmod/1 nog/ADV/advmod/5
        4/NUM/nummod/5 procent/NOUN/obj/6 bedroeg/VERB/ROOT/6@VerbForm=Fin ./PUNCT/punct/6
        """
    )
    assert phrase_text(doc, phrases.phrase_of_head(doc[1])) == "de rente"


def test_a_bare_noun_after_a_share_noun_stays_in_its_phrase(parse):
    doc = parse(
        """
        het/DET/det/1 aandeel/NOUN/nsubj/3 vrouwen/NOUN/nmod/1 steeg/VERB/ROOT/3@VerbForm=Fin
        naar/ADP/case/6 31/NUM/nummod/6 procent/NOUN/obl/3 ./PUNCT/punct/3
        """
    )
    assert phrase_text(doc, phrases.phrase_of_head(doc[1])) == "het aandeel vrouwen"


def test_a_change_with_met_the_parse_hung_on_the_subject_is_no_part_of_its_phrase(parse):
    doc = parse(
        """
        Onderaan/ADV/advmod/1 sloot/VERB/ROOT/1@VerbForm=Fin de/DET/det/3 bank/NOUN/nsubj/1
        met/ADP/case/6 een/DET/det/6 verlies/NOUN/nmod/3 van/ADP/case/9 2/NUM/nummod/9
        procent/NOUN/nmod/6 ./PUNCT/punct/1
        """
    )
    assert phrase_text(doc, phrases.phrase_of_head(doc[3])) == "de bank"


def test_a_group_narrowed_before_its_figure_keeps_its_noun(parse):
    doc = parse(
        """
        van/ADP/case/1 studenten/NOUN/nmod/5 met/ADP/case/4 een/DET/det/4 beurs/NOUN/nmod/1
        zegt/VERB/ROOT/5@VerbForm=Fin 30/NUM/nummod/7 procent/NOUN/nsubj/5 ja/ADV/advmod/5
        """
    )
    assert phrase_text(doc, phrases.phrase_of_head(doc[1])) == "studenten met een beurs"


def test_a_phrase_before_the_participle_after_an_article_is_part_of_the_noun_phrase(parse):
    doc = parse(
        [
            ("de", "DET", "det", 0, ""),
            ("in", "ADP", "case", 0, ""),
            ("de", "DET", "det", 0, ""),
            ("afgelopen", "VERB", "amod", 0, "VerbForm=Part"),
            ("weken", "NOUN", "obl", 0, "Number=Plur"),
            ("gedaalde", "VERB", "amod", 0, "VerbForm=Part"),
            ("bank", "NOUN", "nsubj", 0, ""),
            ("sloot", "VERB", "ROOT", 0, "VerbForm=Fin"),
        ]
    )
    assert phrase_text(doc, phrases.noun_phrase_after(doc, 0)) == "de in de afgelopen weken gedaalde bank"


def test_a_prepositional_phrase_without_a_participle_is_no_attribute(parse):
    doc = parse(
        [
            ("de", "DET", "det", 0, ""),
            ("in", "ADP", "case", 0, ""),
            ("de", "DET", "det", 0, ""),
            ("stad", "NOUN", "nmod", 0, ""),
            ("wonende", "ADJ", "amod", 0, ""),
        ]
    )
    assert phrases.noun_phrase_after(doc, 0) is None
