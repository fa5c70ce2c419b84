"""`extract ARTICLE` on a terminal shows a table; piped, it writes JSON Lines.

The command runs as a real subprocess under a pseudo-terminal (``pty``), the
way a person runs it, and again with its output piped, the way a program does.
"""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

ARTICLE = (
    "Huurders betalen steeds meer\n\n"
    "Ruim de helft van de huurders (54 procent) vindt de huur te hoog. Dat blijkt uit een "
    "peiling van Woonpanel onder 1.800 huishoudens.\n"
)


def run_on_a_terminal(*args: str) -> str:
    """Run ``extract`` with its standard output and error on a pseudo-terminal; return what it showed."""
    leader, follower = pty.openpty()
    env = {**os.environ, "COLUMNS": "100"}
    with subprocess.Popen(
        [sys.executable, "-m", "nlsurveyextract", *args], stdout=follower, stderr=follower, env=env
    ) as process:
        os.close(follower)
        shown = bytearray()
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # the terminal closes when the command ends
                break
            if not chunk:
                break
            shown += chunk
        process.wait(timeout=300)
    os.close(leader)
    return shown.decode("utf-8", errors="replace").replace("\r\n", "\n")


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "huur.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_a_terminal_gets_a_table_and_a_pipe_gets_json_lines(article: Path):
    shown = run_on_a_terminal(str(article))
    lines = shown.splitlines()
    header = next(line for line in lines if line.startswith("value"))
    assert header.split() == ["value", "subject", "statement", "survey", "conf."]
    assert any(line.startswith("54%") and "de huurders" in line for line in lines)
    piped = subprocess.run(
        [sys.executable, "-m", "nlsurveyextract", str(article)], capture_output=True, timeout=300, check=True
    )
    (record,) = [json.loads(line) for line in piped.stdout.decode("utf-8").splitlines()]
    assert record["findings"][0]["value"] == 54.0
