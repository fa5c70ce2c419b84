"""The rule registry: its order, the records' promises, and each rule on the sentence it exists for."""

from __future__ import annotations

import re
from typing import get_args

import pytest
from handparsed import figure_at

from nlsurveyextract.schema import SubjectMethod
from nlsurveyextract.stages.percentages import EXTENSION, SPANS_KEY
from nlsurveyextract.stages.subjects import RULES, first_match
from nlsurveyextract.text.clauses import Figure, clause_of

NAMES = [rule.name for rule in RULES]


def test_rule_names_are_unique_and_methods_are_the_schemas():
    assert len(set(NAMES)) == len(NAMES)
    assert {rule.method for rule in RULES} <= set(get_args(SubjectMethod))


@pytest.mark.parametrize("rule", RULES, ids=NAMES)
def test_each_rule_resolves_its_own_example(rule, nlp):
    bracketed = re.fullmatch(r"([^\[]*)\[([^\]]+)\](.*)", rule.example, re.DOTALL)
    assert bracketed is not None, "an example marks its subject with [ and ]"
    before, subject, after = bracketed.groups()
    doc = nlp(before + subject + after)
    matches = [first_match(clause_of(f), f) for f in figures(doc)]
    found = [(m[0].name, doc.text[m[1][0] : m[1][1]]) for m in matches if m is not None]
    assert (rule.name, subject) in found


def figures(doc) -> list[Figure]:
    return [Figure(span, span._.get(EXTENSION)) for span in doc.spans[SPANS_KEY]]


def test_a_rule_that_needs_a_parse_is_skipped_without_one(parse):
    rows = """
        De/DET/det/1 rente/NOUN/nsubj/2 steeg/VERB/ROOT/2@VerbForm=Fin naar/ADP/case/5
        3,5/NUM/nummod/5 procent/NOUN/obl/2 ./PUNCT/punct/2
        """
    with_parse = first_match(*figure_at(parse(rows)))
    without = first_match(*figure_at(parse(rows, parsed=False)))
    assert with_parse is not None and with_parse[0].name == "clause_subject"
    assert without is not None and without[0].name == "clause_first_phrase"
    assert with_parse[1] == without[1]
