"""The shared construction sentences (issue 10), read from ../shared at run time, never copied here.

Each record of ``../shared/corpus/constructions.jsonl`` is one invented sentence for one Dutch
construction, with the subject (``kind: subject``) or survey fields (``kind: survey``) a careful
reader gives. The issue asks that every one pass; those that fail today are listed in
``NOT_HANDLED_YET`` and run as strict xfails, so a fix turns up as an XPASS failure and the id
is then taken off the list.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from construction_checks import assert_offsets, assert_subject, assert_survey, finding_for

import nlsurveyextract

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "constructions.jsonl"

if not SHARED.is_file():
    pytest.skip(
        f"the shared construction sentences are not here ({SHARED}); "
        "link the project's shared folder as ../shared beside the repository to run them",
        allow_module_level=True,
    )

# Ids of the shared cases that fail today (issue 10); take an id off when its construction is handled.
NOT_HANDLED_YET: set[str] = set()  # every shared construction is handled today


def category_of(record: dict) -> str:
    """The record's construction; survey records carry none, so they count as ``survey``."""
    return str(record.get("category", record["kind"])).lower()


def load_cases() -> list:
    """One pytest param per shared record, numbered within its category: ``short_pp-1``."""
    records = [json.loads(line) for line in SHARED.read_text(encoding="utf-8").splitlines() if line.strip()]
    seen: Counter[str] = Counter()
    params = []
    for record in records:
        category = category_of(record)
        seen[category] += 1
        case_id = f"{category}-{seen[category]}"
        reason = f"issue 10: {category.upper()} not handled yet"
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if case_id in NOT_HANDLED_YET else []
        params.append(pytest.param(record, id=case_id, marks=marks))
    return params


@pytest.mark.parametrize("record", load_cases())
def test_shared_construction(record, nlp):
    result = nlsurveyextract.extract(record["text"], nlp=nlp)
    assert_offsets(result)
    if record["kind"] == "survey":
        assert_survey(result, record["expect"])
        return
    for expected in record["expect"]:
        accepted = [expected["subject"], *expected.get("alts", []), *expected.get("subject_alts", [])]
        assert_subject(finding_for(result, expected["figure"]), accepted)


def test_no_stale_ids():
    ids = {param.id for param in load_cases()}
    assert ids >= NOT_HANDLED_YET, f"listed but not in the shared file: {sorted(NOT_HANDLED_YET - ids)}"
