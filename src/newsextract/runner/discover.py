"""Find the pages to read: files as given, directories walked recursively, in sorted order."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PAGE_SUFFIXES = (".html", ".htm", ".xhtml")


@dataclass(frozen=True)
class Input:
    """One page to read: where it is, and its name relative to the directory it was found in
    (what ``--output-dir`` mirrors)."""

    path: str
    relative: str


def is_page_name(name: str) -> bool:
    """``*.html``, ``*.htm``, ``*.xhtml`` and their ``.gz`` forms."""
    lower = name.lower()
    if lower.endswith(".gz"):
        lower = lower[:-3]
    return lower.endswith(PAGE_SUFFIXES)


def discover(paths: list[str]) -> tuple[list[Input], int]:
    """The pages under ``paths`` (sorted, each once) and the number of other files skipped.

    Files named explicitly are always read, whatever their suffix; directories contribute
    only page files. Symlinked directories are followed once (loops end)."""
    found: list[Input] = []
    skipped = 0
    for given in paths:
        if given == "-":
            found.append(Input(given, "stdin"))
            continue
        if not os.path.isdir(given):
            found.append(Input(given, _file_relative(given)))
            continue
        seen: set[tuple[int, int]] = set()
        for dirpath, dirnames, filenames in os.walk(given, followlinks=True):
            try:
                stat = os.stat(dirpath)
            except OSError:
                dirnames[:] = []
                continue
            key = (stat.st_dev, stat.st_ino)
            if key in seen:  # a symlink loop or a second way into the same directory
                dirnames[:] = []
                continue
            seen.add(key)
            dirnames.sort()
            for name in sorted(filenames):
                full = os.path.join(dirpath, name)
                if is_page_name(name):
                    found.append(Input(full, os.path.relpath(full, given)))
                else:
                    skipped += 1
    unique = list({item.path: item for item in found}.values())
    return sorted(unique, key=lambda item: item.path), skipped


def _file_relative(given: str) -> str:
    """A file argument's name under --output-dir: its relative path when it stays below the
    current directory ("2024/a.html"), else its base name."""
    norm = os.path.normpath(given)
    if os.path.isabs(norm) or norm.startswith(".."):
        return os.path.basename(norm)
    return norm


def output_name(relative: str) -> Path:
    """``a/b/page.html.gz`` → ``a/b/page.json``: the record's file name under --output-dir."""
    path = Path(relative)
    name = path.name
    if name.lower().endswith(".gz"):
        name = name[:-3]
    stem = name.rsplit(".", 1)[0] if "." in name else name
    return path.with_name(f"{stem or 'page'}.json")
