"""The Spark job over local[2]: the same rows as the command line writes for the same
archives, one archive per task. Skipped without pyspark or Java, unless
NEWSEXTRACT_REQUIRE_SPARK=1 (as CI sets it): then their absence fails the test."""

from __future__ import annotations

import json
import os
import shutil
import sys

import pytest
from click.testing import CliRunner

from newsextract.cli import main
from test_warc import write_warc

REQUIRED = os.environ.get("NEWSEXTRACT_REQUIRE_SPARK") == "1"


def _spark_or_skip():
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        if REQUIRED:
            pytest.fail("pyspark is not installed but NEWSEXTRACT_REQUIRE_SPARK=1")
        pytest.skip("pyspark is not installed")
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        if REQUIRED:
            pytest.fail("Java is not installed but NEWSEXTRACT_REQUIRE_SPARK=1")
        pytest.skip("Java is not installed")
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    return (
        SparkSession.builder.master("local[2]")
        .appName("newsextract-test")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.ui.enabled", "false")
        .getOrCreate()
    )


@pytest.fixture(scope="module")
def spark():
    session = _spark_or_skip()
    yield session
    session.stop()


def _normalised(record: dict) -> str:
    """A record with its absent keys as null, so rows and JSON lines compare key for key."""
    return json.dumps(record, sort_keys=True, ensure_ascii=False)


def test_the_spark_rows_are_the_records_the_cli_writes(spark, tmp_path) -> None:
    from newsextract.spark import extract_warcs, record_schema

    first, second = tmp_path / "a.warc.gz", tmp_path / "b.warc"
    write_warc(first)
    write_warc(second, gz=False)
    cut = tmp_path / "c.warc.gz"
    cut.write_bytes(first.read_bytes()[:3000])
    paths = [str(first), str(second), str(cut)]
    cli = [
        json.loads(line)
        for line in CliRunner().invoke(main, ["-j", "1", *paths]).stdout.splitlines()
    ]
    frame = extract_warcs(spark, paths)
    assert frame.rdd.getNumPartitions() == 3  # one archive per task
    assert frame.schema == record_schema()
    names = [f.name for f in record_schema().fields]
    rows = [json.loads(row) for row in frame.toJSON().collect()]
    expected = [
        {name: record.get(name) for name in names if record.get(name) is not None} for record in cli
    ]
    got = [{k: v for k, v in row.items() if v is not None} for row in rows]
    assert sorted(map(_normalised, got)) == sorted(map(_normalised, expected))
    assert sum(1 for r in got if "error" in r) == 1  # the cut file's fault


def test_the_command_line_entry_writes_json_lines_and_parquet(spark, tmp_path) -> None:
    from newsextract.spark import extract_warcs, run

    archive = tmp_path / "a.warc.gz"
    write_warc(archive)
    listing = tmp_path / "warc.paths"
    listing.write_text(f"# one archive\n{archive}\n", encoding="utf-8")
    out = tmp_path / "out"
    assert run(spark, [str(listing), str(out), "--format", "json"]) == 0
    lines = [json.loads(line) for p in out.glob("part-*") for line in p.read_text().splitlines()]
    assert sorted(r["source"] for r in lines) == sorted(
        r["source"]
        for r in map(json.loads, extract_warcs(spark, [str(archive)]).toJSON().collect())
    )
    assert len(lines) == 4
    parquet = tmp_path / "parquet"
    assert run(spark, [str(listing), str(parquet), "--format", "parquet"]) == 0
    assert spark.read.parquet(str(parquet)).count() == 4


def test_the_entry_refuses_an_output_folder_that_exists(spark, tmp_path, capsys) -> None:
    from newsextract.spark import run

    archive = tmp_path / "a.warc.gz"
    write_warc(archive)
    listing = tmp_path / "warc.paths"
    listing.write_text(f"{archive}\n", encoding="utf-8")
    out = tmp_path / "kept"
    out.mkdir()
    (out / "keep.txt").write_text("important", encoding="utf-8")
    assert run(spark, [str(listing), str(out), "--format", "json"]) == 2
    assert (out / "keep.txt").read_text(encoding="utf-8") == "important"
    assert (
        f"newsextract.spark: {out} exists; pass --overwrite to replace it"
        in capsys.readouterr().err
    )
    assert run(spark, [str(listing), str(out), "--format", "json", "--overwrite"]) == 0
    lines = [json.loads(line) for p in out.glob("part-*") for line in p.read_text().splitlines()]
    assert all("modified" in r and "signature" in r for r in lines)  # nulls written, not left out


def test_an_archive_named_by_a_url_is_read_by_sparks_file_system(spark, tmp_path) -> None:
    from newsextract.spark import extract_warcs

    archive = tmp_path / "a.warc.gz"
    write_warc(archive)
    rows = [json.loads(r) for r in extract_warcs(spark, [f"file://{archive}"]).toJSON().collect()]
    cli = [
        json.loads(line)
        for line in CliRunner().invoke(main, ["-j", "1", str(archive)]).stdout.splitlines()
    ]
    assert len(rows) == len(cli) == 4
    for row, record in zip(sorted(rows, key=lambda r: r["warc"]["offset"]), cli):
        assert row["source"].endswith(f"{archive}#{record['warc']['offset']}")  # "file:/..."
        assert row["source"].startswith("file:")
        assert (row["headline"], row["warc"]["offset"], row["warc"]["file"]) == (
            record["headline"],
            record["warc"]["offset"],
            "a.warc.gz",
        )
