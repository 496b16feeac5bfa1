"""cli: the command line, through Click's runner and once through a real process."""

from __future__ import annotations

import json
import subprocess
import sys

from click.testing import CliRunner

from conftest import NEWSDE
from newsextract import __version__
from newsextract.cli import main

PAGE = NEWSDE / "amp-2025-full.html"


def _run(*args: str, stdin: bytes | None = None):
    return CliRunner().invoke(main, list(args), input=stdin)


def test_file_gives_pretty_utf8_json() -> None:
    result = _run(str(PAGE))
    assert result.exit_code == 0
    assert result.stdout.startswith('{\n  "schema_version": 1,\n  "source": ')
    record = json.loads(result.stdout)
    assert record["source"] == str(PAGE)
    assert "\\u00" not in result.stdout  # umlauts are written as UTF-8, not escaped
    assert "ü" in result.stdout


def test_compact_is_one_line() -> None:
    result = _run("--compact", str(PAGE))
    assert result.exit_code == 0
    assert result.stdout.count("\n") == 1
    assert json.loads(result.stdout)["headline"]


def test_stdin_is_read_for_dash() -> None:
    result = _run("-", stdin=PAGE.read_bytes())
    assert result.exit_code == 0
    assert json.loads(result.stdout)["source"] == "-"


def test_url_option_sets_the_url_of_pages_without_one() -> None:
    page = NEWSDE / "no-metadata.html"
    url = "https://www.news.de/panorama/857000001/ein-test/1/"
    record = json.loads(_run("--url", url, str(page)).stdout)
    assert record["url"] == url
    assert record["section"] == "panorama"


def test_not_an_article_exits_1_with_one_line() -> None:
    result = _run(str(NEWSDE / "tag-page.html"))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert "tag-page.html: not an article: " in result.stderr


def test_missing_file_is_a_clean_error() -> None:
    result = _run("does-not-exist.html")
    assert result.exit_code == 1
    assert result.stderr == "newsextract: does-not-exist.html: cannot read: no such file\n"


def test_bad_usage_exits_2() -> None:
    assert _run().exit_code == 2
    assert _run("--no-such-option", str(PAGE)).exit_code == 2


def test_schema_and_version() -> None:
    schema = json.loads(_run("--schema").stdout)
    assert schema["properties"]["schema_version"] == {"const": 1}
    assert _run("--version").stdout.strip() == f"newsextract, version {__version__}"


def test_help_shows_examples() -> None:
    result = _run("--help")
    assert result.exit_code == 0
    assert "cat page.html | newsextract -" in result.stdout


def test_real_process_pipes_utf8() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "newsextract", "--compact", "-"],
        input=PAGE.read_bytes(),
        capture_output=True,
        check=False,
        env={"PYTHONIOENCODING": "ascii", "PATH": ""},
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == b""
    record = json.loads(proc.stdout.decode("utf-8"))
    assert record["headline"] == json.loads((NEWSDE / "amp-2025-full.json").read_text())["headline"]
