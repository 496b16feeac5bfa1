"""Find the pages to read: files as given, directories walked recursively, in sorted order."""

from __future__ import annotations

import os
from dataclasses import dataclass
from fnmatch import fnmatch
from pathlib import Path

from .sniff import file_head, html_head
from .warc import WARC_SUFFIXES, is_warc

PAGE_SUFFIXES = (".html", ".htm", ".xhtml")


@dataclass(frozen=True)
class Input:
    """One page to read: where it is, and its name relative to the directory it was found in
    (what ``--output-dir`` mirrors)."""

    path: str
    relative: str
    warc: bool = False  # a web archive: its HTML responses are the pages


def is_page_name(name: str) -> bool:
    """``*.html``, ``*.htm``, ``*.xhtml`` and their ``.gz`` forms."""
    lower = name.lower()
    if lower.endswith(".gz"):
        lower = lower[:-3]
    return lower.endswith(PAGE_SUFFIXES)


def discover(
    paths: list[str], globs: tuple[str, ...] = (), sniff: bool = False
) -> tuple[list[Input], list[str]]:
    """The pages under ``paths`` (sorted, each once) and the other files found in their
    directories, which were not taken (sorted).

    Files named explicitly are always read, whatever their suffix. In directories a file is
    a page by its name: ``*.html``, ``*.htm``, ``*.xhtml`` and their ``.gz`` forms, or, with
    ``globs``, a name or relative path matching one of the patterns (wget mirrors save
    ``index.html?id=3``, ``.php``, ``.asp`` or names without suffix); with ``sniff`` also
    any file whose first bytes are HTML. Symlinked directories are followed once (loops
    end)."""
    found: list[Input] = []
    others: list[str] = []
    for given in paths:
        if given == "-":
            found.append(Input(given, "stdin"))
            continue
        if not os.path.isdir(given):
            found.append(Input(given, _file_relative(given), warc=is_warc(given)))
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
                relative = os.path.relpath(full, given)
                if name.lower().endswith(WARC_SUFFIXES) and is_warc(full):
                    found.append(Input(full, relative, warc=True))
                elif _chosen(name, relative, globs) or (sniff and looks_like_html(full)):
                    found.append(Input(full, relative))
                else:
                    others.append(full)
    unique = list({item.path: item for item in found}.values())
    return sorted(unique, key=lambda item: item.path), sorted(others)


def _chosen(name: str, relative: str, globs: tuple[str, ...]) -> bool:
    if not globs:
        return is_page_name(name)
    return any(fnmatch(name, g) or fnmatch(relative, g) for g in globs)


def looks_like_html(path: str) -> bool:
    """The file's first bytes (gunzipped when gzip) open an HTML document."""
    return html_head(file_head(path))


def _file_relative(given: str) -> str:
    """A file argument's name under --output-dir: its relative path when it stays below the
    current directory ("2024/a.html"), else its base name."""
    norm = os.path.normpath(given)
    if os.path.isabs(norm) or norm.startswith(".."):
        return os.path.basename(norm)
    return norm


def output_name(relative: str, suffix: str = ".json") -> Path:
    """``a/b/page.html.gz`` → ``a/b/page.json`` (or the format's suffix): the record's file
    name under --output-dir."""
    path = Path(relative)
    name = path.name
    if name.lower().endswith(".gz"):
        name = name[:-3]
    stem = name.rsplit(".", 1)[0] if "." in name else name
    return path.with_name(f"{stem or 'page'}{suffix}")
