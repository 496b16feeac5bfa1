"""Records as files under ``--output-dir``: names that mirror the input tree and never leave
the directory, atomic writes, and which pages an earlier run already did."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from .discover import Input, output_name


def _target(output_dir: Path, item: Input) -> Path:
    """Where a page's record goes; never outside ``output_dir``."""
    root = output_dir.resolve()
    target = (root / output_name(item.relative)).resolve()
    if root not in target.parents:
        target = root / output_name(Path(item.relative).name)
    return target


def targets_for(output_dir: Path, items: list[Input]) -> dict[Input, Path]:
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


def already_done(target: Path) -> bool:
    """A record from an earlier run that is an article (failed pages are tried again)."""
    try:
        return "error" not in json.loads(target.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False


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
