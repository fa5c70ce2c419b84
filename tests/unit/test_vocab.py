"""The closed sets live in vocab.py: the schema validates with them, the stages annotate with them."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import get_args

import pytest

from nlsurveyextract import schema, vocab

PACKAGE = Path(vocab.__file__).resolve().parent
STAGE_SOURCES = sorted(
    [
        *(PACKAGE / "stages" / "percentages").glob("*.py"),
        *(PACKAGE / "stages" / "surveys").glob("*.py"),
        PACKAGE / "stages" / "sentences.py",
        *(PACKAGE / "lexicon").glob("*.py"),
        PACKAGE / "vocab.py",
    ]
)


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            found.add("." * node.level + (node.module or ""))
    return found


@pytest.mark.parametrize("name", ["Unit", "Qualifier", "Form", "Direction", "SubjectMethod"])
def test_the_schema_uses_the_vocab_sets(name: str) -> None:
    assert getattr(schema, name) is getattr(vocab, name)


def test_the_schema_publishes_the_vocab_values() -> None:
    finding = schema.Finding.model_json_schema()["properties"]
    assert finding["unit"]["enum"] == list(get_args(vocab.Unit))
    assert finding["form"]["enum"] == list(get_args(vocab.Form))


@pytest.mark.parametrize("path", STAGE_SOURCES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_stages_and_lexicon_need_neither_pydantic_nor_the_schema(path: Path) -> None:
    modules = imported_modules(path)
    assert not any(m.split(".")[0] == "pydantic" or m.endswith("schema") for m in modules)
