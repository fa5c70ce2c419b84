"""Cutting long texts into slices: where the cuts fall, and that nothing is lost."""

from __future__ import annotations

import itertools

import pytest

from nlsurveyextract.slices import slice_bounds


def pieces(text: str, limit: int) -> list[str]:
    return [text[start:end] for start, end in slice_bounds(text, limit)]


def test_a_text_within_the_limit_is_one_slice():
    assert slice_bounds("Vier op de tien boeren stoppen.", 100) == [(0, 31)]
    assert slice_bounds("", 100) == [(0, 0)]


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        pytest.param(
            "Een kwart stopt. De helft twijfelt.\n\nRuim 30 procent gaat door.",
            45,
            ["Een kwart stopt. De helft twijfelt.\n\n", "Ruim 30 procent gaat door."],
            id="paragraph-before-sentence",
        ),
        pytest.param(
            "De helft van de telers, zegt de bond, stopt.\nDe rest gaat door.",
            50,
            ["De helft van de telers, zegt de bond, stopt.\n", "De rest gaat door."],
            id="line-before-clause",
        ),
        pytest.param(
            "Een kwart van de telers stopt. De helft twijfelt nog, zegt de bond.",
            45,
            ["Een kwart van de telers stopt. ", "De helft twijfelt nog, zegt de bond."],
            id="sentence-before-clause",
        ),
        pytest.param(
            "X (3 procent), Y (4 procent), Z (5 procent), W (6 procent)",
            32,
            ["X (3 procent), Y (4 procent), ", "Z (5 procent), W (6 procent)"],
            id="clause",
        ),
        pytest.param(
            "drie procent vier procent vijf procent",
            16,
            ["drie procent ", "vier procent ", "vijf procent"],
            id="word",
        ),
        pytest.param("x" * 25, 10, ["x" * 10, "x" * 10, "x" * 5], id="no-boundary-at-all"),
    ],
)
def test_a_slice_ends_at_the_strongest_boundary_near_its_limit(text, limit, expected):
    assert pieces(text, limit) == expected


@pytest.mark.parametrize("limit", [7, 50, 333])
def test_slices_cover_the_text_without_gap_or_overlap_and_keep_to_the_limit(limit):
    text = "Ruim 40 procent van de kiezers, bijna de helft!\nDe rest: 12 procent.\n\n" * 40
    bounds = slice_bounds(text, limit)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(end == start for (_, end), (start, _) in itertools.pairwise(bounds))
    assert all(0 < end - start <= limit for start, end in bounds)
    assert "".join(pieces(text, limit)) == text


def test_a_limit_without_room_is_refused():
    with pytest.raises(ValueError, match="at least one character, not 0"):
        slice_bounds("Een kwart stopt.", 0)
