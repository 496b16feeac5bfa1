"""A batch as the command line runs it: records to stdout or files, progress, summary, Ctrl-C."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

from ..errors import describe
from .discover import discover
from .files import already_done, targets_for, write_atomically
from .pool import run
from .progress import Progress


class _NoInterrupt:
    """Hold Ctrl-C back while a record is written, so stdout never ends in half a line."""

    def __enter__(self) -> None:
        if hasattr(signal, "pthread_sigmask"):
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})

    def __exit__(self, *exc) -> None:
        if hasattr(signal, "pthread_sigmask"):
            signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def run_batch(
    paths: list[str],
    *,
    url: str | None,
    output_dir: str | None,
    skip_existing: bool,
    jobs: int,
    timeout: float,
    fail_fast: bool,
    quiet: bool,
    max_bytes: int,
) -> int:
    """Run a batch; returns the exit code (0 all good, 1 any failure, 130 interrupted)."""
    items, skipped = discover(paths)
    out_root = Path(output_dir) if output_dir else None
    targets = targets_for(out_root, items) if out_root is not None else {}
    if out_root is not None and skip_existing:
        todo = [i for i in items if not already_done(targets[i])]
        skipped += len(items) - len(todo)
        items = todo
    stdout = sys.stdout.buffer
    progress = Progress(len(items), sys.stderr, enabled=not quiet and sys.stderr.isatty())
    try:
        pretty = out_root is not None
        for item, error, text in run(items, jobs, url, max_bytes, timeout, pretty):
            failed = error is not None
            if failed:
                progress.finish()
                sys.stderr.write(
                    f"newsextract: {item.path}: {describe(error['code'], error['message'])}\n"
                )
            with _NoInterrupt():
                if out_root is not None:
                    write_atomically(targets[item], text)
                else:
                    stdout.write(text.encode("utf-8") + b"\n")
                    stdout.flush()
            progress.update(failed)
            if failed and fail_fast:
                break
    except KeyboardInterrupt:
        progress.finish()
        sys.stderr.write("newsextract: interrupted\n")
        return 130
    except BrokenPipeError:  # `| head`: the reader has gone; stop quietly, flush nowhere
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    progress.finish()
    if not quiet:
        sys.stderr.write(
            f"newsextract: {progress.done} pages, {progress.failed} failed, "
            f"{skipped} skipped, {progress.seconds:.1f} s\n"
        )
    return 1 if progress.failed else 0
