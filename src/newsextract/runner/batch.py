"""A batch as the command line runs it: records to stdout or files, progress, summary, Ctrl-C."""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..errors import describe
from .discover import discover
from .files import already_done, shard_for, targets_for, write_atomically, write_shard
from .formats import SUFFIXES, csv_header
from .output import stdout_sink
from .pool import ArchiveStream, Job, run
from .progress import Progress

# Between two articles in a text or Markdown stream: a blank line, a rule, a blank line.
RECORD_RULE = b"\n---\n\n"


class _Interrupts:
    """Ctrl-C, held back while a record is written, acted on right after it: stdout never
    ends in half a line, and the count of records written is exact. While a record is
    written the signal is blocked (a write to a full pipe that a signal interrupts loses
    its rest); one that comes meanwhile, or was caught just before and is handled at the
    next bytecode, is remembered and raised once the record is out."""

    def __init__(self) -> None:
        self.writing = False
        self.requested = False
        self._previous = None

    def _on_sigint(self, signum, frame) -> None:  # noqa: ARG002 - signal handler signature
        self.requested = True
        if not self.writing:
            raise KeyboardInterrupt

    def __enter__(self) -> _Interrupts:
        self._previous = signal.signal(signal.SIGINT, self._on_sigint)
        return self

    def __exit__(self, *exc) -> None:
        signal.signal(signal.SIGINT, self._previous)

    @contextmanager
    def record(self) -> Iterator[None]:
        """Around writing one record."""
        self.writing = True
        if hasattr(signal, "pthread_sigmask"):
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
        try:
            yield
        finally:
            if hasattr(signal, "pthread_sigmask"):
                signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
            self.writing = False
        if self.requested:
            raise KeyboardInterrupt


def _copy_archive(texts, stdout, interrupts: _Interrupts, fmt: str, written: list[int]) -> None:
    """Write an archive's records to stdout as they come, one at a time as Ctrl-C allows,
    counting each in ``written[0]`` (the batch's count, right also when Ctrl-C ends it)."""
    for text in texts:
        with interrupts.record():
            if written[0] and fmt in ("text", "markdown"):
                stdout.write(RECORD_RULE)
            stdout.write(text.encode("utf-8") + b"\n")
            stdout.flush()
            written[0] += 1


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _why_not_taken(globs: tuple[str, ...], sniff: bool) -> str:
    """Why a file in a directory was not read, in the terms of the options given."""
    if globs and sniff:
        return "matches no --glob and its bytes are not HTML"
    if globs:
        return "matches no --glob; patterns match a name or the path under the directory"
    if sniff:
        return "its name is no page's and its bytes are not HTML"
    return "by its name; see --glob, --sniff"


def _without_pages(paths: list[str], items: list, written: list[str]) -> list[str]:
    """The directory arguments under which nothing was found, beside others that had pages."""
    found = [i.path for i in items] + written
    return [
        p
        for p in paths
        if os.path.isdir(p)
        and not any(f == p or f.startswith(p.rstrip(os.sep) + os.sep) for f in found)
    ]


def run_batch(
    paths: list[str],
    *,
    url: str | None,
    output_dir: str | None,
    skip_existing: bool,
    parquet: str | None = None,
    jobs: int,
    timeout: float,
    fail_fast: bool,
    quiet: bool,
    max_bytes: int,
    globs: tuple[str, ...] = (),
    sniff: bool = False,
    verbose: bool = False,
    fmt: str | None = None,
    force: bool = False,
    language: str | None = None,
    status: int | None = 200,
    domains: tuple[str, ...] = (),
) -> int:
    """Run a batch; returns the exit code (0 all good, 1 any failure or no page found, 130
    interrupted). With ``parquet`` (a file name) the records go to that one Parquet file
    instead of stdout."""
    items, others = discover(paths, globs, sniff)
    out_root = Path(output_dir) if output_dir else None
    # JSON Lines on stdout, one indented JSON file per page under --output-dir, unless asked
    fmt = "jsonl" if parquet else fmt or ("json" if out_root is not None else "jsonl")
    targets = targets_for(out_root, items, SUFFIXES[fmt]) if out_root is not None else {}
    taken: set = set()
    for item in items:  # an archive's records go to one shard: DIR/<archive name>.jsonl.gz
        if item.warc and out_root is not None:
            shard, n = shard_for(out_root, item, fmt), 1
            while shard in taken:  # two archives of one name: "x1.jsonl.gz", "x1-2.jsonl.gz"
                n += 1
                base = shard_for(out_root, item, fmt)
                stem = base.name.split(".", 1)
                shard = base.with_name(f"{stem[0]}-{n}.{stem[1]}")
            taken.add(shard)
            targets[item] = shard
    written: list[str] = []
    if out_root is not None and skip_existing:
        written = [i.path for i in items if already_done(targets[i])]
        items = [i for i in items if i.path not in set(written)]
    if verbose and not quiet:
        why = _why_not_taken(globs, sniff)
        for path in others:
            sys.stderr.write(f"newsextract: {path}: not a page ({why})\n")
        for path in written:
            sys.stderr.write(f"newsextract: {path}: already written\n")
    hint = "" if globs or sniff else "; see --glob, --sniff"
    if not items and not written:
        where = ", ".join(paths)
        sys.stderr.write(f"newsextract: no pages found under {where}")
        sys.stderr.write(f" ({_plural(len(others), 'other file')}{hint})\n" if others else "\n")
        return 1
    for empty in _without_pages(paths, items, written):
        sys.stderr.write(f"newsextract: no pages found under {empty}\n")
    if parquet:
        from .parquet import ParquetSink

        stdout = ParquetSink(Path(parquet))
    else:
        stdout = stdout_sink() if out_root is None else sys.stdout.buffer
    progress = Progress(len(items), sys.stderr, enabled=not quiet and sys.stderr.isatty())
    records = 0  # written in full: Ctrl-C comes only between two records
    other_language = 0
    left_out: dict[str, int] = {}  # archive records that are no page to read, by reason
    interrupts = _Interrupts()
    try:
        with interrupts:
            if fmt == "csv" and out_root is None:
                stdout.write(csv_header().encode("utf-8") + b"\n")
            job = Job(url, max_bytes, timeout, fmt, force, language, status, domains)
            for item, result in run(items, jobs, job):
                if isinstance(result, ArchiveStream):
                    progress.finish()
                    try:
                        if out_root is not None:
                            count = write_shard(targets[item], result.texts(), fmt)
                            records += count
                        else:
                            box = [records]
                            try:
                                _copy_archive(result.texts(), stdout, interrupts, fmt, box)
                            finally:
                                count, records = box[0] - records, box[0]
                    finally:
                        result.close()
                    result = result.result()
                    for reason, n in result.skipped.items():
                        if reason.startswith("language "):
                            other_language += n  # as for pages: not written, counted
                            continue
                        left_out[reason] = left_out.get(reason, 0) + n
                    for source, message in result.failures:
                        sys.stderr.write(f"newsextract: {source}: {message}\n")
                    progress.update(False, pages=count, failures=len(result.failures))
                    if result.failures and fail_fast:
                        break
                    continue
                error, text, skipped = result
                if skipped is not None:
                    other_language += 1
                    if verbose and not quiet:
                        sys.stderr.write(f"newsextract: {item.path}: skipped ({skipped})\n")
                    progress.update(False)
                    continue
                failed = error is not None
                if failed:
                    progress.finish()
                    message = describe(error["code"], error["message"])
                    sys.stderr.write(f"newsextract: {item.path}: {message}\n")
                with interrupts.record():
                    if text is None:
                        pass  # text and Markdown have nothing for a failed page
                    elif out_root is not None:
                        head = csv_header() + "\n" if fmt == "csv" else ""
                        write_atomically(targets[item], head + text)
                    else:
                        if records and fmt in ("text", "markdown"):
                            stdout.write(RECORD_RULE)  # where one article ends
                        stdout.write(text.encode("utf-8") + b"\n")
                        stdout.flush()
                    records += text is not None
                progress.update(failed)
                if failed and fail_fast:
                    break
    except KeyboardInterrupt:
        progress.finish()
        where = str(out_root) if out_root is not None else parquet or "stdout"
        sys.stderr.write(
            f"newsextract: interrupted after {_plural(records, 'record')} written to {where}\n"
        )
        return 130
    except BrokenPipeError:  # `| head`: the reader has gone; stop quietly, flush nowhere
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    finally:
        if stdout is not sys.stdout.buffer:
            stdout.close()  # the gzip member's end: the file reads back whole
    progress.finish()
    if not quiet:
        parts = [_plural(progress.done, "page"), f"{progress.failed} failed"]
        if language:
            parts.append(f"{other_language} in another language")
        if left_out:
            kinds = ", ".join(f"{n} {reason}" for reason, n in sorted(left_out.items()))
            parts.append(f"archive records left out: {kinds}")
        if written:
            parts.append(f"{len(written)} already written")
        if others:
            parts.append(f"{len(others)} not a page")
        sys.stderr.write(f"newsextract: {', '.join(parts)}, {progress.seconds:.1f} s\n")
    return 1 if progress.failed else 0
