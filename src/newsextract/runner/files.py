"""Records as files under ``--output-dir``: names that mirror the input tree and never leave
the directory, atomic writes, and which pages an earlier run already did."""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from pathlib import Path

from .discover import Input, output_name


def _target(output_dir: Path, item: Input, suffix: str = ".json") -> Path:
    """Where a page's record goes; never outside ``output_dir``."""
    root = output_dir.resolve()
    target = (root / output_name(item.relative, suffix)).resolve()
    if root not in target.parents:
        target = root / output_name(Path(item.relative).name, suffix)
    return target


def targets_for(output_dir: Path, items: list[Input], suffix: str = ".json") -> dict[Input, Path]:
    """Each page's record file (``NAME.json``, or the format's ``.txt``, ``.md``, ``.csv``);
    pages that would share one get "-2", "-3", ... names."""
    targets: dict[Input, Path] = {}
    taken: set[Path] = set()
    for item in items:
        target = _target(output_dir, item, suffix)
        n = 1
        while target in taken:
            n += 1
            target = target.with_name(f"{_target(output_dir, item, suffix).stem}-{n}{suffix}")
        taken.add(target)
        targets[item] = target
    return targets


def already_done(target: Path) -> bool:
    """A record from an earlier run that is an article (failed pages are tried again: their
    JSON is an error record, their text or Markdown file is never written, their CSV row
    names the error in its last column)."""
    try:
        written = target.read_text(encoding="utf-8")
    except OSError:
        return False
    if target.suffix == ".json":
        try:
            return "error" not in json.loads(written)
        except ValueError:
            return False
    if target.suffix == ".csv":
        rows = list(csv.reader(io.StringIO(written)))
        return len(rows) == 2 and rows[1][-1:] == [""]  # the row's error column is empty
    return bool(written.strip())


def write_atomically(target: Path, text: str) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text + "\n")
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
