"""Run many pages: worker processes, a bounded window of work in flight, ordered results.

Results come back in input order whatever the number of workers, and at most
``jobs * WINDOW_PER_JOB`` pages are in flight, so memory stays flat for any number of files.
Each page has a time limit (SIGALRM in the worker); a page that fails becomes an error record.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import tempfile
import time
from collections import deque
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

from ..errors import NewsExtractError, describe
from ..page.load import DEFAULT_MAX_BYTES
from ..pipeline import extract
from .discover import Input
from .formats import render
from .output import error_record
from .sources import read_bytes

WINDOW_PER_JOB = 16  # deep enough that one slow page does not idle the others


class _PageTimeout(BaseException):
    """Raised by the alarm; a BaseException so no ``except Exception`` on the way swallows it."""


_alarm_rang = False  # set by the alarm: the page is over its limit, whatever else happened


def _on_alarm(signum, frame) -> None:  # noqa: ARG001 - signal handler signature
    global _alarm_rang
    _alarm_rang = True
    raise _PageTimeout()


class Job(NamedTuple):
    """What every page of a batch is read with."""

    url: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    timeout: float = 30.0
    fmt: str = "jsonl"
    force: bool = False
    language: str | None = None  # keep only pages in this language; others are skipped
    status: int | None = 200  # the HTTP status of the archive's responses to take
    domains: tuple[str, ...] = ()  # the hosts (and their subdomains) to take from archives


class Result(NamedTuple):
    """One page's outcome: its error (or None), its record in the batch's format (None
    where the format has nothing for it), and why it was skipped (or None)."""

    error: dict | None
    text: str | None
    skipped: str | None = None


def process(item: Input, job: Job) -> dict[str, Any]:
    """One page to one record (article or error); never raises."""
    return _record(lambda: read_bytes(item.path, job.max_bytes), item.path, job.url, job)


def _record(load, source: str, url: str | None, job: Job) -> dict[str, Any]:
    """The record of the page ``load()`` gives, within the job's time limit; never raises."""
    global _alarm_rang
    timeout = job.timeout
    use_alarm = timeout > 0 and hasattr(signal, "SIGALRM")
    timed_out = error_record(source, "timeout", f"took longer than {timeout:g} s")
    if use_alarm:
        _alarm_rang = False
        previous = signal.signal(signal.SIGALRM, _on_alarm)
        signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
        article = extract(load(), url=url, source=source, max_bytes=job.max_bytes, force=job.force)
        record = article.to_dict()
        # The alarm's exception is lost when it rings inside a finaliser the garbage
        # collector runs ("Exception ignored in ..."): the flag still tells.
        return timed_out if _alarm_rang else record
    except NewsExtractError as exc:
        return timed_out if _alarm_rang else error_record(source, exc.code, exc.message)
    except _PageTimeout:
        return timed_out
    except RecursionError:
        return error_record(source, "internal", "page nested too deeply")
    except Exception as exc:  # a bug in newsextract: report it as a record, keep going
        return error_record(source, "internal", f"{type(exc).__name__}: {exc}")
    finally:
        if use_alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)


class WarcResult(NamedTuple):
    """One archive's outcome: its records rendered into a temporary file (in record order,
    error records of faults included), the messages of the pages that failed, and the
    records left out, by reason."""

    path: str
    records: int
    failures: list[tuple[str, str]]  # (source, one-line message)
    skipped: dict[str, int]


def warc_records(path: str, job: Job, tally, shown: str | None = None) -> Iterator[dict[str, Any]]:
    """The records of one archive, in record order: each HTML response extracted as a page
    would be (the record's target URI as the page's address) with its ``warc`` object, an
    error record where the file breaks; records left out are counted in ``tally``. The one
    function the command line's workers and the Spark job both run for an archive."""
    from . import warc

    if not warc.is_warc(path):  # a page, a missing or empty file: as the command line reads it
        record = process(Input(path, path), job)
        if shown is not None:
            record["source"] = shown
        if "error" in record or not job.language or _in_language(record, job.language):
            yield record
        return
    try:
        for page in warc.read(path, tally, job.status, job.domains, shown):
            if isinstance(page, warc.Fault):
                yield error_record(page.source, "unreadable", page.message)
                continue
            record = _record(lambda p=page: p.data, page.source, page.url or job.url, job)
            record["warc"] = page.warc  # an error record too: which URL failed
            if "error" not in record and job.language and not _in_language(record, job.language):
                tally.add(f"language {record['language'] or 'unknown'}")
                continue
            yield record
    except OSError as exc:
        yield error_record(shown or path, "unreadable", exc.strerror or str(exc))


def _archive_texts(item: Input, job: Job, summary: dict) -> Iterator[str]:
    """An archive's records rendered, in record order; when exhausted, ``summary`` holds
    the messages of the failed pages and the records left out."""
    from . import warc

    tally = warc.Tally()
    failures: list[tuple[str, str]] = []
    for record in warc_records(item.path, job, tally):
        error = record.get("error")
        if error is not None:
            failures.append((record["source"], describe(error["code"], error["message"])))
        text = render(record, job.fmt, pretty=True)
        if text is not None:
            yield text
    summary.update(failures=failures, skipped=tally.skipped)


def process_warc(item: Input, job: Job, path: str) -> WarcResult:
    """One archive, one worker: its records rendered into the file at ``path``, one JSON
    string a line (a record may span lines), flushed record by record so that the parent
    writes them out while the archive is still read, with flat memory for a 1 GB WARC."""
    summary: dict = {}
    count = 0
    with open(path, "w", encoding="utf-8") as out:
        for text in _archive_texts(item, job, summary):
            out.write(json.dumps(text, ensure_ascii=False) + "\n")
            out.flush()
            count += 1
    return WarcResult(path, count, summary["failures"], summary["skipped"])


class ArchiveStream:
    """An archive being read: its rendered records as they come (``texts``), then what
    became of it (``result``). From a worker, the parent follows the worker's file; with one
    job, the records are made as they are asked for."""

    POLL = 0.02  # seconds between looks at a worker's file that has no new record yet

    def __init__(self, item: Input, job: Job, answer=None, path: str | None = None) -> None:
        self.item, self.job, self.answer, self.path = item, job, answer, path
        self._summary: dict = {}
        self._count = 0

    def texts(self) -> Iterator[str]:
        """The records, in record order, each as soon as it is made."""
        if self.answer is None:  # inline: one job
            for text in _archive_texts(self.item, self.job, self._summary):
                self._count += 1
                yield text
            return
        with open(self.path, encoding="utf-8") as lines:
            partial = ""
            while True:
                line = lines.readline()
                if line.endswith("\n"):
                    yield json.loads(partial + line)
                    partial = ""
                    continue
                partial += line
                if self.answer.ready():
                    rest = partial + lines.read()
                    yield from (json.loads(x) for x in rest.splitlines() if x)
                    return
                time.sleep(self.POLL)

    def result(self) -> WarcResult:
        """The counts and failures, once ``texts`` is exhausted."""
        if self.answer is None:
            summary = self._summary
            return WarcResult(
                "", self._count, summary.get("failures", []), summary.get("skipped", {})
            )
        try:
            return self.answer.get()
        except Exception as exc:  # the worker died: the records it wrote were written out
            failure = (self.item.path, describe("internal", f"worker failed: {type(exc).__name__}"))
            return WarcResult(self.path or "", 0, [failure], {})

    def close(self) -> None:
        """Remove the worker's file."""
        if self.path:
            Path(self.path).unlink(missing_ok=True)


def process_to_text(item: Input, job: Job) -> Result:
    """One page to its result, rendered in the worker, so the parent only writes and does
    not become the bottleneck. A page in another language than ``job.language`` is
    skipped (its record not written)."""
    record = process(item, job)
    if job.language and "error" not in record and not _in_language(record, job.language):
        return Result(None, None, f"language {record['language'] or 'unknown'}")
    return Result(record.get("error"), render(record, job.fmt, pretty=True))


def _in_language(record: dict[str, Any], code: str) -> bool:
    """The record's language is ``code`` ("de" takes "de-AT" too)."""
    language = (record["language"] or "").lower()
    return language == code.lower() or language.split("-")[0] == code.lower()


def _worker_init() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C


def run(items: list[Input], jobs: int, job: Job) -> Iterator[tuple[Input, Result | ArchiveStream]]:
    """Yield ``(input, result)`` in input order; an archive's result is a stream of its
    records, to be written (and closed) before the next input is asked for."""
    if jobs <= 1 or len(items) <= 1:
        for item in items:
            yield item, (ArchiveStream(item, job) if item.warc else process_to_text(item, job))
        return
    context = multiprocessing.get_context("fork" if hasattr(signal, "SIGALRM") else "spawn")
    pool = context.Pool(jobs, initializer=_worker_init, maxtasksperchild=200)
    pending: deque = deque()
    try:
        queue = iter(items)
        window = jobs * WINDOW_PER_JOB
        for item in queue:
            pending.append(_submit(pool, item, job))
            if len(pending) >= window:
                break
        while pending:
            item, result, path = pending.popleft()
            if item.warc:
                yield item, ArchiveStream(item, job, result, path)
            else:
                yield item, _get(result, item, job)
            nxt = next(queue, None)
            if nxt is not None:
                pending.append(_submit(pool, nxt, job))
        pool.close()
    finally:
        pool.terminate()
        pool.join()
        for _, _, path in pending:  # archives never written (Ctrl-C, --fail-fast)
            if path:
                Path(path).unlink(missing_ok=True)


def _submit(pool, item: Input, job: Job):
    """An input handed to a worker: (input, its async result, the file an archive's records
    go to, or None)."""
    if not item.warc:
        return item, pool.apply_async(process_to_text, (item, job)), None
    fd, path = tempfile.mkstemp(prefix="newsextract-", suffix=".part")
    os.close(fd)
    return item, pool.apply_async(process_warc, (item, job, path)), path


def _get(result, item: Input, job: Job) -> Result:
    """The worker's answer; a worker that died or hung past its own alarm gives an error."""
    timeout = job.timeout
    limit = timeout * 2 + 30 if timeout > 0 else None
    try:
        return Result(*result.get(limit))
    except multiprocessing.TimeoutError:
        record = error_record(item.path, "timeout", f"took longer than {timeout:g} s")
    except Exception as exc:
        record = error_record(item.path, "internal", f"worker failed: {type(exc).__name__}")
    return Result(record["error"], render(record, job.fmt, pretty=True))
