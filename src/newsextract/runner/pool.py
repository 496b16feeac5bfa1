"""Run many pages: worker processes, a bounded window of work in flight, ordered results.

Results come back in input order whatever the number of workers, and at most
``jobs * WINDOW_PER_JOB`` pages are in flight, so memory stays flat for any number of files.
Each page has a time limit (SIGALRM in the worker); a page that fails becomes an error record.
"""

from __future__ import annotations

import multiprocessing
import signal
from collections import deque
from collections.abc import Iterator
from typing import Any

from ..errors import NewsExtractError
from ..pipeline import extract
from .discover import Input
from .output import dumps, error_record
from .sources import read_bytes

WINDOW_PER_JOB = 16  # deep enough that one slow page does not idle the others


class _PageTimeout(BaseException):
    """Raised by the alarm; a BaseException so no ``except Exception`` on the way swallows it."""


_alarm_rang = False  # set by the alarm: the page is over its limit, whatever else happened


def _on_alarm(signum, frame) -> None:  # noqa: ARG001 - signal handler signature
    global _alarm_rang
    _alarm_rang = True
    raise _PageTimeout()


def process(item: Input, url: str | None, max_bytes: int, timeout: float) -> dict[str, Any]:
    """One page to one record (article or error); never raises."""
    global _alarm_rang
    use_alarm = timeout > 0 and hasattr(signal, "SIGALRM")
    timed_out = error_record(item.path, "timeout", f"took longer than {timeout:g} s")
    if use_alarm:
        _alarm_rang = False
        previous = signal.signal(signal.SIGALRM, _on_alarm)
        signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
        data = read_bytes(item.path, max_bytes)
        record = extract(data, url=url, source=item.path, max_bytes=max_bytes).to_dict()
        # The alarm's exception is lost when it rings inside a finaliser the garbage
        # collector runs ("Exception ignored in ..."): the flag still tells.
        return timed_out if _alarm_rang else record
    except NewsExtractError as exc:
        return timed_out if _alarm_rang else error_record(item.path, exc.code, exc.message)
    except _PageTimeout:
        return timed_out
    except RecursionError:
        return error_record(item.path, "internal", "page nested too deeply")
    except Exception as exc:  # a bug in newsextract: report it as a record, keep going
        return error_record(item.path, "internal", f"{type(exc).__name__}: {exc}")
    finally:
        if use_alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)


def process_to_text(
    item: Input, url: str | None, max_bytes: int, timeout: float, pretty: bool
) -> tuple[dict | None, str]:
    """One page to (its error or None, its record as JSON text): serialised in the worker, so
    the parent only writes lines and does not become the bottleneck."""
    record = process(item, url, max_bytes, timeout)
    return record.get("error"), dumps(record, pretty=pretty)


def _worker_init() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C


def run(
    items: list[Input],
    jobs: int,
    url: str | None,
    max_bytes: int,
    timeout: float,
    pretty: bool = False,
) -> Iterator[tuple[Input, dict | None, str]]:
    """Yield ``(input, error or None, record JSON text)`` in input order."""
    args = (url, max_bytes, timeout, pretty)
    if jobs <= 1 or len(items) <= 1:
        for item in items:
            yield (item, *process_to_text(item, *args))
        return
    context = multiprocessing.get_context("fork" if hasattr(signal, "SIGALRM") else "spawn")
    pool = context.Pool(jobs, initializer=_worker_init, maxtasksperchild=200)
    try:
        pending: deque = deque()
        queue = iter(items)
        window = jobs * WINDOW_PER_JOB
        for item in queue:
            pending.append((item, pool.apply_async(process_to_text, (item, *args))))
            if len(pending) >= window:
                break
        while pending:
            item, result = pending.popleft()
            yield (item, *_get(result, item, timeout, pretty))
            nxt = next(queue, None)
            if nxt is not None:
                pending.append((nxt, pool.apply_async(process_to_text, (nxt, *args))))
        pool.close()
    finally:
        pool.terminate()
        pool.join()


def _get(result, item: Input, timeout: float, pretty: bool) -> tuple[dict | None, str]:
    """The worker's answer; a worker that died or hung past its own alarm gives an error."""
    limit = timeout * 2 + 30 if timeout > 0 else None
    try:
        return result.get(limit)
    except multiprocessing.TimeoutError:
        record = error_record(item.path, "timeout", f"took longer than {timeout:g} s")
    except Exception as exc:
        record = error_record(item.path, "internal", f"worker failed: {type(exc).__name__}")
    return record["error"], dumps(record, pretty=pretty)
