"""The batch path of the command line: records to stdout or files, progress, summary, Ctrl-C."""

from __future__ import annotations

import json
import os
import signal
import sys
import tempfile
from pathlib import Path

from ..errors import describe
from .discover import Input, discover, output_name
from .pool import Progress, run


def _target(output_dir: Path, item: Input) -> Path:
    """Where a page's record goes; never outside ``output_dir``."""
    root = output_dir.resolve()
    target = (root / output_name(item.relative)).resolve()
    if root not in target.parents:
        target = root / output_name(Path(item.relative).name)
    return target


def _targets(output_dir: Path, items: list[Input]) -> dict[Input, Path]:
    """Each page's record file; pages that would share one get "-2", "-3", ... names."""
    targets: dict[Input, Path] = {}
    taken: set[Path] = set()
    for item in items:
        target = _target(output_dir, item)
        n = 1
        while target in taken:
            n += 1
            target = target.with_name(f"{_target(output_dir, item).stem}-{n}.json")
        taken.add(target)
        targets[item] = target
    return targets


def _already_done(target: Path) -> bool:
    """A record from an earlier run that is an article (failed pages are tried again)."""
    try:
        return "error" not in json.loads(target.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False


def _write_atomically(target: Path, text: str) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text + "\n")
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


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
    targets = _targets(out_root, items) if out_root is not None else {}
    if out_root is not None and skip_existing:
        todo = [i for i in items if not _already_done(targets[i])]
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
                    _write_atomically(targets[item], text)
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
