"""Records as files under ``--output-dir``: names that mirror the input tree and never leave
the directory, atomic writes, and which pages an earlier run already did."""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import tempfile
from pathlib import Path

from .discover import Input, output_name
from .formats import csv_header
from .output import dumps


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


_SHARD_SUFFIX = {
    "json": ".jsonl.gz",
    "jsonl": ".jsonl.gz",
    "text": ".txt.gz",
    "markdown": ".md.gz",
    "csv": ".csv.gz",
}


def shard_for(output_dir: Path, item: Input, fmt: str) -> Path:
    """Where an archive's records go under --output-dir: one gzipped shard per archive,
    named after it and mirroring the input tree ("2024/CC-NEWS-1.warc.gz" gives
    "2024/CC-NEWS-1.jsonl.gz")."""
    name = Path(item.relative).name
    for suffix in (".warc.gz", ".arc.gz", ".warc", ".arc", ".gz"):
        if name.lower().endswith(suffix):
            name = name[: -len(suffix)]
            break
    target = (
        output_dir.resolve() / Path(item.relative).parent / f"{name}{_SHARD_SUFFIX[fmt]}"
    ).resolve()
    if output_dir.resolve() not in target.parents:
        target = output_dir.resolve() / f"{name}{_SHARD_SUFFIX[fmt]}"
    return target


def write_shard(target: Path, texts, fmt: str) -> int:
    """Write an archive's records (rendered, as they come) into a gzipped shard, atomically
    (a temporary file, then rename: a shard that exists is whole); the number of records."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=target.parent)
    count = 0
    try:
        readable(fd)
        with os.fdopen(fd, "wb") as raw, gzip.open(raw, "wt", encoding="utf-8") as out:
            for text in texts:
                if fmt in ("json", "jsonl"):  # a shard is JSON Lines: one record, one line
                    text = dumps(json.loads(text), pretty=False)
                if count and fmt in ("text", "markdown"):
                    out.write("\n---\n\n")
                if count == 0 and fmt == "csv":
                    out.write(csv_header() + "\n")
                out.write(text + "\n")
                count += 1
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return count


def already_done(target: Path) -> bool:
    """A record from an earlier run that is an article (failed pages are tried again: their
    JSON is an error record, their text or Markdown file is never written, their CSV row
    names the error in its last column)."""
    if target.name.endswith(".gz"):
        return target.is_file()  # a shard is written whole or not at all
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


def readable(fd: int) -> None:
    """A temporary file is made for its owner alone: give the record the mode a file the
    user creates gets (0666 less the umask), so a shared output folder stays readable."""
    umask = os.umask(0)
    os.umask(umask)
    os.fchmod(fd, 0o666 & ~umask)


def write_atomically(target: Path, text: str) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=target.parent)
    try:
        readable(fd)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text + "\n")
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
