"""Every ```python block of README.md runs as written and prints what it shows.

Blocks run in order, each in a fresh namespace, in a temporary folder that
holds the repository's ``fixtures`` and ``models`` and, for every file name a
block mentions (``"artikel.txt"``, ``"pagina.html"``) that is not there yet,
an example article written for this project. A full-line ``# ...`` comment
right after a statement is that statement's output when the statement prints
something (the printed lines) or is a bare expression (its ``repr``); other
comments are prose and are not checked.
"""

from __future__ import annotations

import ast
import contextlib
import io
import re
import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
README = REPO / "README.md"
EXAMPLE = REPO / "fixtures" / "articles" / "zorg_digitalisering.txt"
PAGE = (
    "<!DOCTYPE html><html lang='nl'><head><title>Studenten wonen thuis</title></head><body>"
    "<nav><a href='/'>Home</a></nav><article><h1>Studenten wonen thuis</h1>"
    "<p>Ruim <b>40 procent</b> van de studenten woont nog bij de ouders.</p></article>"
    "<footer>Wij gebruiken cookies.</footer></body></html>"
)
_BLOCK = re.compile(r"^```python\n(.*?)^```", re.M | re.S)
_FILE_NAME = re.compile(r"^[\w./-]+\.(?:txt|html?)$")


def python_blocks() -> list[tuple[int, str]]:
    text = README.read_text(encoding="utf-8")
    return [(text.count("\n", 0, match.start()) + 1, match.group(1)) for match in _BLOCK.finditer(text)]


def output_comments(lines: list[str], after: int) -> list[str]:
    """The full-line comments directly below line ``after`` (1-based), without their '# '."""
    found = []
    for line in lines[after:]:
        stripped = line.strip()
        if not stripped.startswith("#"):
            break
        found.append(stripped[1:].strip())
    return found


def example_files(source: str, folder: Path) -> None:
    """Write an example article for every file name the block mentions that does not exist."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and _FILE_NAME.match(node.value):
            path = folder / node.value
            if not path.exists():
                path.parent.mkdir(parents=True, exist_ok=True)
                if path.suffix == ".txt":
                    shutil.copyfile(EXAMPLE, path)
                else:
                    path.write_text(PAGE, encoding="utf-8")


def run_block(source: str, first_line: int = 0) -> None:
    """Run a block statement by statement, checking each one's output comments."""
    lines = source.splitlines()
    namespace: dict[str, object] = {"__name__": "__readme__"}
    for statement in ast.parse(source).body:
        expected = output_comments(lines, statement.end_lineno or statement.lineno)
        ast.increment_lineno(statement, first_line)  # tracebacks name the README's own line
        module = ast.Module(body=[statement], type_ignores=[])
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            if isinstance(statement, ast.Expr) and not is_print(statement):
                shown = repr(eval(compile(ast.Expression(statement.value), "README.md", "eval"), namespace))
            else:
                exec(compile(module, "README.md", "exec"), namespace)
                shown = printed.getvalue().rstrip("\n")
        if expected and (shown or isinstance(statement, ast.Expr)):
            assert shown.splitlines() == expected, ast.unparse(statement)


def is_print(statement: ast.Expr) -> bool:
    call = statement.value
    return isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id == "print"


@pytest.mark.parametrize(
    ("line", "source"), [pytest.param(*block, id=f"line-{block[0]}") for block in python_blocks()]
)
def test_readme_block_runs_as_written(line, source, tmp_path, monkeypatch):
    for name in ("fixtures", "models"):
        (tmp_path / name).symlink_to(REPO / name, target_is_directory=True)
    example_files(source, tmp_path)
    monkeypatch.chdir(tmp_path)
    run_block(source, first_line=line)


def test_the_readme_has_python_blocks():
    assert len(python_blocks()) >= 2
