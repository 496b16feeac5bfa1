"""README: its jq recipes run as written and give exactly these results."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import NEWSDE

ROOT = Path(__file__).parent.parent


def _recipes() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"<!-- recipes -->\s*```sh\n(.*?)```", readme, re.S).group(1)
    return [line for line in block.splitlines() if line.strip()]


@pytest.fixture()
def pages(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    for name in ("desktop-2024", "embeds-2024", "tag-page"):
        shutil.copy(NEWSDE / f"{name}.html", folder / f"{name}.html")
    return tmp_path


def _sh(command: str, cwd: Path) -> str:
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    proc = subprocess.run(
        command, shell=True, cwd=cwd, env=env, capture_output=True, text=True, check=False
    )
    # --quiet leaves only the failed page's one-line error on stderr.
    assert (
        proc.stderr
        == "newsextract: pages/tag-page.html: not an article: a tag/listing page (by its URL)\n"
    )
    return proc.stdout


@pytest.mark.skipif(shutil.which("jq") is None, reason="jq is not installed")
def test_recipes(pages) -> None:
    headlines, failures, authors, csv = (_sh(c, pages) for c in _recipes())
    assert headlines == (
        "Hagelsturm verwüstet Dörfer in Franken: Feuerwehr im Dauereinsatz\n"
        "Lenja Falk: Tournee abgesagt! Sängerin meldet sich mit emotionaler Botschaft\n"
    )
    assert failures == '{"source":"pages/tag-page.html","code":"not_article"}\n'
    assert sorted(line.split() for line in authors.splitlines()) == [
        ["1", "Jonas", "Kettler"],
        ["1", "Lea", "Marquardt"],
        ["1", "Miriam", "Sennwald"],
    ]
    assert csv == (
        '"2024-09-12T11:05:00+02:00","panorama","Hagelsturm verwüstet Dörfer in Franken: '
        'Feuerwehr im Dauereinsatz"\n'
        '"2024-03-14T16:20:00+01:00","promis","Lenja Falk: Tournee abgesagt! Sängerin meldet '
        'sich mit emotionaler Botschaft"\n'
    )


def test_library_example_runs_as_written() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    code = re.search(r"## Library\n\n```python\n(.*?)```", readme, re.S).group(1)
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == (
        "Hitzeschutz-Streit: Großstädte fordern Milliarden vom Bund - Bündnis droht mit Klage "
        "2025-08-14T16:08:00+02:00 ['Jonas Wehrberg']\n"
    )


def _examples(section: str) -> list[str]:
    """The command lines of the first ``sh`` block under a README heading, comments off."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(rf"## {section}\n.*?```sh\n(.*?)```", readme, re.S).group(1)
    lines = [re.sub(r"\s+#\s.*$", "", line).strip() for line in block.splitlines()]
    return [line for line in lines if line]


@pytest.fixture()
def workdir(tmp_path):
    """Where the README's examples run: page.html and saved.html (the example page), pages/
    (three fixture pages), mirror/ (a wget mirror's names)."""
    page = ROOT / "examples" / "article.html"
    shutil.copy(page, tmp_path / "page.html")
    shutil.copy(page, tmp_path / "saved.html")
    (tmp_path / "pages").mkdir()
    for name in ("desktop-2024", "embeds-2024", "amp-2025-full"):
        shutil.copy(NEWSDE / f"{name}.html", tmp_path / "pages" / f"{name}.html")
    (tmp_path / "mirror").mkdir()
    shutil.copy(page, tmp_path / "mirror" / "index.html?id=3")
    shutil.copy(page, tmp_path / "mirror" / "artikel.php")
    return tmp_path


@pytest.mark.skipif(shutil.which("jq") is None, reason="jq is not installed")
@pytest.mark.parametrize(
    "command", _examples("Command line") + _examples("Batches"), ids=lambda c: c[:50]
)
def test_each_cli_example_in_the_readme_runs(command: str, workdir: Path) -> None:
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    proc = subprocess.run(
        f"set -o pipefail; {command}",
        shell=True,
        executable="/bin/bash",
        cwd=workdir,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    written = proc.stdout or "".join(
        p.read_text(encoding="utf-8", errors="replace")
        for p in workdir.rglob("*.*")
        if p.suffix in (".md", ".csv", ".jsonl", ".json", ".parquet")
    )
    assert written.strip()
