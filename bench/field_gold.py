"""The field gold beside the corpus (``fields.jsonl``, scored by its own ``score_fields.py``):
which pages have it, and the table of its keys and clean records for one or more
extractors, from the records they returned on the same run as the manifest scores.

``score_fields.py`` lives in the corpus folder (read-only, shared with CI); it is loaded
from there by path, so its rules are the corpus's own, never a copy.
"""

from __future__ import annotations

import importlib.util
import json
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

GOLD_FILE = "fields.jsonl"
SCORER_FILE = "score_fields.py"
# What score_fields reads of a record; the rest of a record is left in the worker.
RECORD_KEYS = (
    "headline", "kicker", "authors", "published", "summary", "headings", "body", "related",
    "image", "tags", "signature", "error",
)  # fmt: skip


@cache
def scorer(corpus: str) -> ModuleType | None:
    """The corpus's ``score_fields`` module, or None when the corpus has no field gold."""
    path = Path(corpus) / SCORER_FILE
    if not path.exists() or not (Path(corpus) / GOLD_FILE).exists():
        return None
    spec = importlib.util.spec_from_file_location("score_fields", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@cache
def gold_rows(corpus: str) -> tuple[dict[str, Any], ...]:
    path = Path(corpus) / GOLD_FILE
    if not path.exists():
        return ()
    lines = path.read_text(encoding="utf-8").splitlines()
    return tuple(json.loads(line) for line in lines if line.strip())


@cache
def gold_ids(corpus: str) -> frozenset[str]:
    return frozenset(row["id"] for row in gold_rows(corpus))


def record_of(got: dict[str, Any], error: str | None) -> dict[str, Any]:
    """The part of an extracted dict the field scorer reads, in newsextract's shapes (other
    extractors' adapters may give authors as strings and the body as a string); a failed
    page is an error."""
    if error:
        return {"error": error}
    record = {key: got[key] for key in RECORD_KEYS if key in got}
    authors = record.get("authors") or []
    record["authors"] = [{"name": a, "role": None} if isinstance(a, str) else a for a in authors]
    if isinstance(record.get("body"), str):
        record["body"] = {"text": record["body"]}
    return record


def table(corpus: str, records: dict[str, dict[str, dict[str, Any]]]) -> str:
    """A Markdown table: one row per key (and the clean-record shares), one column per
    extractor; ``records`` maps extractor → page id → record."""
    module = scorer(corpus)
    if module is None or not records:
        return ""
    rows = [r for r in gold_rows(corpus) if any(r["id"] in recs for recs in records.values())]
    results = {name: module.score(rows, recs) for name, recs in records.items()}
    names = list(results)
    lines = [
        f"## Field gold ({len(rows)} annotated pages, {GOLD_FILE})\n",
        "| key | " + " | ".join(names) + " |",
        "|---|" + "---:|" * len(names),
    ]

    def cell(part: list[int]) -> str:
        return f"{part[0] / part[1]:.3f} ({part[0]}/{part[1]})" if part[1] else "–"

    lines.append("| is_article | " + " | ".join(cell(results[n][1]) for n in names) + " |")
    for key in module.KEYS:
        lines.append(f"| {key} | " + " | ".join(cell(results[n][0][key]) for n in names) + " |")
    for kind in ("mission", "all"):
        cells = " | ".join(f"**{cell(results[n][2][kind])}**" for n in names)
        lines.append(f"| clean records ({kind} fields) | {cells} |")
    return "\n".join(lines)
