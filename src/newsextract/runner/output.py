"""Serialise records: pretty JSON for one page, JSON Lines for streams; always UTF-8."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from ..article import SCHEMA_VERSION


def dumps(record: dict[str, Any], pretty: bool = True) -> str:
    """JSON text of one record: 2-space indented, or one compact line; umlauts unescaped."""
    if pretty:
        return json.dumps(record, ensure_ascii=False, indent=2)
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


def schema_text() -> str:
    """The JSON Schema of the article record, as shipped in the package."""
    return resources.files("newsextract").joinpath("schema.json").read_text(encoding="utf-8")


def error_record(source: str | None, code: str, message: str) -> dict[str, Any]:
    """The record a batch writes for a page it could not extract."""
    return {
        "schema_version": SCHEMA_VERSION,
        "source": source,
        "error": {"code": code, "message": message},
    }


def stdout_sink():
    """Where records go: stdout's bytes, gzip-compressed when stdout is a file whose name
    ends in ".gz" (``newsextract crawl.warc.gz > articles.jsonl.gz``). Each record is flushed
    through (a gzip sync point), so what was written before a Ctrl-C can be read back."""
    import gzip
    import os
    import stat
    import sys

    raw = sys.stdout.buffer
    try:
        fd = sys.stdout.fileno()
        regular = stat.S_ISREG(os.fstat(fd).st_mode)
        name = os.readlink(f"/proc/self/fd/{fd}") if regular else ""
    except (OSError, ValueError, AttributeError):
        name = ""
    if not name.endswith(".gz"):
        return raw
    return gzip.GzipFile(fileobj=raw, mode="wb")
