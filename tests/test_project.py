"""project: CI runs the README's test command, and the code is ruff-clean."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
TEST_COMMAND = 'pip install ".[test]" && python -m pytest'
INSTALL_COMMAND = "pip install . && newsextract examples/article.html"


def test_ci_runs_the_readme_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    for command in (TEST_COMMAND, INSTALL_COMMAND):
        assert command in readme
    assert TEST_COMMAND in ci
    assert "pip install . && newsextract examples/article.html" in ci


@pytest.mark.skipif(shutil.which("ruff") is None, reason="ruff is in the test extra")
def test_ruff_clean() -> None:
    proc = subprocess.run(
        ["ruff", "check", "src", "tests", "bench"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout
