"""newsextract on a cluster: web archives in, one DataFrame row per record, as a Spark job.

    pip install "newsextract[spark]"
    python -m newsextract.spark warc.paths out/ --format parquet      # local[*]
    echo 'import sys; from newsextract.spark import main; sys.exit(main())' > job.py
    spark-submit --master yarn job.py warc.paths out/                 # on a cluster

Each archive is one task: its records come from the same function the command line's
workers run for one WARC (``runner.pool.warc_records``), so the rows are exactly the
records ``newsextract FILE.warc.gz`` writes, error records included (with ``error`` set).
The DataFrame has an explicit schema that mirrors the JSON record (``record_schema``), with
the ``warc`` object and an ``error`` struct beside the article's keys.

A path with a scheme ("s3a://bucket/CC-NEWS-....warc.gz", "hdfs:///crawl/x.warc.gz",
"file:///...") is read by Spark's own file systems (``binaryFiles``: the archive whole in
the executor's memory, then a local temporary copy); a plain path must be readable by every
executor under that name (local for ``local[*]``, a shared file system on a cluster).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Iterator
from typing import Any

from .columns import BOOL, INT, LONG, RECORD, STRING, build, struct
from .runner.pool import Job, warc_records
from .runner.warc import Tally


def record_schema():
    """The Spark schema of a record (article or error), key for key as in the JSON
    (``columns.RECORD``)."""
    from pyspark.sql import types as t

    scalars = {
        STRING: t.StringType(),
        INT: t.IntegerType(),
        LONG: t.LongType(),
        BOOL: t.BooleanType(),
    }

    def fields(pairs):
        return t.StructType([t.StructField(name, kind) for name, kind in pairs])

    return build(struct(*RECORD), scalars, t.ArrayType, fields)


def _rows(path: str, job: Job) -> Iterator[dict[str, Any]]:
    """One archive's records as rows (a task's work)."""
    yield from warc_records(path, job, Tally())


def _remote_rows(named: tuple[str, bytes], job: Job) -> Iterator[dict[str, Any]]:
    """One archive that Spark read from its file system (S3, HDFS, ...): its bytes go to a
    local temporary file on the executor, its records name the archive as given."""
    name, data = named
    with tempfile.NamedTemporaryFile(suffix=".warc.gz") as local:
        local.write(data)
        local.flush()
        yield from warc_records(local.name, job, Tally(), shown=name)


def _remote(path: str) -> bool:
    """A path Spark's file systems read ("s3a://", "hdfs://", "gs://", "file://")."""
    return "://" in path


def extract_warcs(
    spark,
    paths: list[str],
    *,
    status: int | None = 200,
    domains: tuple[str, ...] = (),
    language: str | None = None,
    force: bool = False,
    timeout: float = 30.0,
):
    """A DataFrame of the records of the archives at ``paths``, one archive per task, one row
    per record (``record_schema()``; error records have ``error`` set)."""
    job = Job(
        timeout=timeout, fmt="jsonl", force=force, language=language, status=status,
        domains=tuple(d.lower().lstrip(".") for d in domains),
    )  # fmt: skip
    paths = list(paths)
    local = [p for p in paths if not _remote(p)]
    remote = [p for p in paths if _remote(p)]
    context = spark.sparkContext
    rows = context.parallelize(local, max(len(local), 1)).flatMap(lambda path: _rows(path, job))
    if remote:  # read by Spark itself, one archive a task, whole into the executor's memory
        archives = context.binaryFiles(",".join(remote), minPartitions=len(remote))
        rows = rows.union(archives.flatMap(lambda named: _remote_rows(named, job)))
    return spark.createDataFrame(rows, record_schema())


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m newsextract.spark", description=main.__doc__)
    parser.add_argument("paths_file", help="a file naming one WARC path per line")
    parser.add_argument("out", help="the output folder Spark writes")
    parser.add_argument("--format", choices=("parquet", "json"), default="parquet")
    parser.add_argument("--status", type=int, default=200, help="HTTP status to take (0: any)")
    parser.add_argument("--domain", action="append", default=[], help="only this host (repeatable)")
    parser.add_argument("--language", help="only pages in this language")
    parser.add_argument(
        "--overwrite", action="store_true", help="replace OUT when it exists (else: refuse)"
    )
    return parser.parse_args(argv)


def run(spark, argv: list[str] | None = None) -> int:
    """The job with a session of the caller's: read the paths file, write OUT."""
    args = _arguments(argv)
    try:
        with open(args.paths_file, encoding="utf-8") as listing:
            paths = [line.strip() for line in listing if line.strip() and not line.startswith("#")]
    except OSError as exc:
        print(f"newsextract.spark: {args.paths_file}: {exc.strerror}", file=sys.stderr)
        return 2
    frame = extract_warcs(
        spark, paths, status=args.status or None, domains=tuple(args.domain), language=args.language
    )
    if os.path.exists(args.out) and not args.overwrite:
        print(
            f"newsextract.spark: {args.out} exists; pass --overwrite to replace it", file=sys.stderr
        )
        return 2
    writer = frame.write.mode("overwrite" if args.overwrite else "errorifexists")
    if args.format == "json":  # every key, as the command line writes it: null, not left out
        writer.option("ignoreNullFields", "false").json(args.out)
    else:
        writer.parquet(args.out)
    return 0


def main(argv: list[str] | None = None) -> int:
    """``python -m newsextract.spark PATHS_FILE OUT``: the archives listed in PATHS_FILE (one
    path per line, as Common Crawl's warc.paths) to OUT as Parquet or JSON Lines."""
    _arguments(argv)  # --help and usage errors before a JVM starts
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        print(
            'newsextract.spark: pyspark is not installed: pip install "newsextract[spark]"',
            file=sys.stderr,
        )
        return 2
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName("newsextract")
    if "PYSPARK_GATEWAY_PORT" not in os.environ:  # not under spark-submit: run locally
        builder = builder.master(os.environ.get("SPARK_MASTER", "local[*]"))
    spark = builder.getOrCreate()
    try:
        return run(spark, argv)
    finally:
        spark.stop()


if __name__ == "__main__":
    sys.exit(main())
