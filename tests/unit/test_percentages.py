"""The percentage finder, driven by the expression table in fixtures/expressions/.

Each line of ``fixtures/expressions/*.jsonl`` is one Dutch sentence with the
findings a careful reader lists (or none). The table is the specification;
these tests only read it.
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any

import pytest

from nlsurveyextract.stages.percentages import (
    PercentExpression,
    find_percentages,
)

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "expressions"
FIELDS = ("value", "unit", "qualifier", "low", "high", "direction")


def _load_cases() -> list[Any]:
    cases = []
    for path in sorted(FIXTURES.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                case = json.loads(line)
                cases.append(pytest.param(case["text"], case["expected"], id=case["id"]))
    return cases


CASES = _load_cases()


def _as_row(text: str, e: PercentExpression) -> dict[str, Any]:
    row = {"quote": text[e.start : e.end]}
    row.update({f: getattr(e, f) for f in FIELDS})
    return row


def _same_number(a: float | None, b: float | None) -> bool:
    return a is None if b is None else a is not None and a == pytest.approx(b, abs=0.051)


def test_table_is_large_enough() -> None:
    assert len(CASES) >= 200
    ids = [c.id for c in CASES]
    assert len(ids) == len(set(ids)), "labels must be unique"


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_expression(text: str, expected: list[dict[str, Any]]) -> None:
    got = [_as_row(text, e) for e in find_percentages(text)]
    assert [g["quote"] for g in got] == [x["quote"] for x in expected]
    for g, x in zip(got, expected, strict=True):
        for field in ("value", "low", "high"):
            assert _same_number(g[field], x[field]), (x["quote"], field, g[field])
        for field in ("unit", "qualifier", "direction"):
            assert g[field] == x[field], (x["quote"], field, g[field])


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_invariants(text: str, expected: list[dict[str, Any]]) -> None:
    found = find_percentages(text)
    for e in found:
        assert 0 <= e.start < e.end <= len(text)
        assert text[e.start : e.end] == text[e.start : e.end].strip()
        if e.low is not None and e.high is not None:
            assert e.low < e.high
    for a, b in itertools.pairwise(found):
        assert a.end <= b.start, "findings are sorted and never overlap"


def test_vague_has_no_value_and_form_vague() -> None:
    (e,) = find_percentages("Een meerderheid van de leden stemde voor.")
    assert e.value is None
    assert e.form == "vague"


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("Dat vindt 45% van de ouders.", "figure"),
        ("Dat vindt vijfenveertig procent van de ouders.", "words"),
        ("Dat vindt een derde van de ouders.", "fraction"),
        ("Dat vindt vier op de tien ouders.", "ratio"),
        ("Dat vindt de meerderheid van de ouders.", "vague"),
        ("Bijna de helft (49 procent) vindt dat.", "figure"),
    ],
)
def test_form(text: str, form: str) -> None:
    (e,) = find_percentages(text)
    assert e.form == form


def test_qualifier_never_changes_value() -> None:
    plain = find_percentages("Het gaat om 40 procent.")[0].value
    for word in ("bijna", "ruim", "maar liefst", "nog geen", "hooguit"):
        assert find_percentages(f"Het gaat om {word} 40 procent.")[0].value == plain


@pytest.mark.parametrize(
    ("hostile", "values"),
    [
        ("1" * 20_000, []),
        ("1," * 10_000, []),
        ("1 en " * 5_000, []),
        ("een op de " * 4_000, []),
        ("bijna " * 5_000 + "procent", []),
        ("tussen de " * 4_000, []),
        ("(" * 10_000 + "5%", [5.0]),
        ("1.000." * 5_000, []),
        ("meer dan " * 5_000, []),
    ],
    ids=lambda s: repr(s[:12]) if isinstance(s, str) else "",
)
def test_hostile_input_gives_only_its_real_figures(hostile: str, values: list[float]) -> None:
    """Runs of number-like words are no figures (their time is in ``benchmarks/hostile.py``)."""
    found = find_percentages(hostile)
    assert [e.value for e in found] == values
    assert all(hostile[e.start : e.end].rstrip("%").endswith("5") for e in found)


def test_a_long_run_of_fractions_gives_one_finding_each() -> None:
    text = "de helft van de " * 3_000 + "(50 procent)"
    found = find_percentages(text)
    assert len(found) == 3_000
    assert {e.value for e in found} == {50.0}
    assert text[found[-1].start : found[-1].end].endswith("(50 procent)")


def test_a_text_without_a_unit_word_has_no_figure_with_a_unit() -> None:
    assert find_percentages("Ruim 16 mensen kwamen, en 30 anderen bleven weg.") == []
    assert [e.value for e in find_percentages("Ruim 16 PROCENT kwam, 30 Pct. bleef weg.")] == [16.0, 30.0]


# --- known misses: a fix shows up as an unexpected pass -------------------


@pytest.mark.xfail(strict=True, reason="mixed numbers with a slash fraction are not read")
def test_known_miss_mixed_number() -> None:
    (e,) = find_percentages("De spaarrente is 3 1/2 procent.")
    assert e.value == 3.5


@pytest.mark.xfail(strict=True, reason="an elided unit is read only after 'percentage'/'aandeel'")
def test_known_miss_elided_unit_without_share_noun() -> None:
    found = find_percentages("Onder ouders steeg het van 48 naar 67, onder kinderen niet.")
    assert [e.value for e in found] == [48, 67]
