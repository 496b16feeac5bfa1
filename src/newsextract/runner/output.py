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
