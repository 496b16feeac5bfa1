"""project: CI runs the README's test command, and the code is ruff-clean."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
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


@pytest.mark.parametrize("script", ["score_corpus", "compare", "speed", "throughput", "warc_speed"])
def test_bench_scripts_without_the_corpus_say_where_it_is_expected(script, tmp_path) -> None:
    env = {**os.environ, "NEWSEXTRACT_CORPUS": str(tmp_path / "no-corpus")}
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / f"{script}.py")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2
    assert done.stdout == ""
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(
        f"{script}.py: no corpus at {tmp_path / 'no-corpus'}"
    )
