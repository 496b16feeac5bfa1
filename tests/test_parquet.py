"""``newsextract ... -o records.parquet``: one Parquet file of a batch's records (pyarrow,
an optional extra), the same records as the JSON Lines of the same batch. Skipped without
pyarrow unless NEWSEXTRACT_REQUIRE_PARQUET=1 (as CI sets it)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsextract.cli import main
from test_warc import write_warc

FIXTURES = Path(__file__).parent / "fixtures" / "whole-pages" / "g"

if os.environ.get("NEWSEXTRACT_REQUIRE_PARQUET") == "1":
    import pyarrow.parquet as pq
else:
    pq = pytest.importorskip("pyarrow.parquet")


def _pruned(value):
    """A record without its null values: a Parquet row has every column, null where the
    JSON record has no key (a paragraph's level, an article's error)."""
    if isinstance(value, dict):
        return {k: _pruned(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_pruned(v) for v in value]
    return value


def _pages(tmp_path: Path) -> Path:
    pages = tmp_path / "pages"
    pages.mkdir()
    for page in sorted(FIXTURES.glob("*.html"))[:3]:
        (pages / page.name).write_bytes(page.read_bytes())
    (pages / "empty.html").write_text("<html><body></body></html>", encoding="utf-8")
    write_warc(pages / "crawl.warc.gz")
    return pages


def test_the_parquet_rows_are_the_records_of_the_json_lines(tmp_path) -> None:
    pages = _pages(tmp_path)
    out = tmp_path / "out" / "records.parquet"
    lines = CliRunner().invoke(main, ["-q", "-j", "2", str(pages)])
    written = CliRunner().invoke(main, ["-q", "-j", "2", str(pages), "-o", str(out)])
    assert written.exit_code == lines.exit_code == 1  # the empty page
    assert written.stdout == ""
    expected = [_pruned(json.loads(line)) for line in lines.stdout.splitlines()]
    rows = [_pruned(row) for row in pq.read_table(out).to_pylist()]
    assert rows == expected
    assert len(rows) == 8  # 3 pages, the empty page's error, 4 archive records
    assert [r["error"]["code"] for r in rows if "error" in r] == ["empty"]
    assert rows[4]["source"].endswith("crawl.warc.gz#" + str(rows[4]["warc"]["offset"]))
    assert list(out.parent.iterdir()) == [out]  # no temporary file left beside it


def test_parquet_takes_no_other_format_and_no_skip_existing(tmp_path) -> None:
    page = str(sorted(FIXTURES.glob("*.html"))[0])
    for extra in (["--format", "csv"], ["--jsonl"], ["--skip-existing"]):
        result = CliRunner().invoke(main, [page, "-o", str(tmp_path / "r.parquet"), *extra])
        assert result.exit_code == 2, extra
    assert not (tmp_path / "r.parquet").exists()


def test_an_output_dir_that_is_a_file_is_refused(tmp_path) -> None:
    taken = tmp_path / "records"
    taken.write_text("x", encoding="utf-8")
    page = str(sorted(FIXTURES.glob("*.html"))[0])
    result = CliRunner().invoke(main, [page, "-o", str(taken)])
    assert result.exit_code == 2
    assert "is a file, not a directory" in result.output


def test_without_pyarrow_the_batch_says_how_to_install_it(tmp_path, monkeypatch) -> None:
    import newsextract.runner.parquet as parquet

    monkeypatch.setattr(parquet, "available", lambda: False)
    page = str(sorted(FIXTURES.glob("*.html"))[0])
    result = CliRunner().invoke(main, [page, "-o", str(tmp_path / "r.parquet")])
    assert result.exit_code == 2
    assert result.stderr == (
        'newsextract: Parquet output needs pyarrow: pip install "newsextract[parquet]"\n'
    )
