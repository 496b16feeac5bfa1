"""The output formats of the command line: the JSON record, or the article as a reader reads
it (``text``), as Markdown (``markdown``), or as one spreadsheet row (``csv``).

Every format is rendered from the JSON record (``Article.to_dict()`` or an error record), so
the formats never disagree with the JSON. A page that failed gives its error record in
``json`` and ``jsonl``, a row with its error code in ``csv``, and nothing in ``text`` and
``markdown`` (its one-line error goes to stderr as always).
"""

from __future__ import annotations

import csv
import io
from typing import Any

from .output import dumps

FORMATS = ("json", "jsonl", "text", "markdown", "csv")
SUFFIXES = {"json": ".json", "jsonl": ".json", "text": ".txt", "markdown": ".md", "csv": ".csv"}
CSV_COLUMNS = (
    "source",
    "url",
    "published",
    "site",
    "section",
    "headline",
    "authors",
    "word_count",
    "error",
)


def render(record: dict[str, Any], fmt: str, pretty: bool = False) -> str | None:
    """The record in ``fmt``; None where the format has nothing for a failed page."""
    if fmt in ("json", "jsonl"):
        return dumps(record, pretty=pretty and fmt == "json")
    if fmt == "csv":
        return csv_row(record)
    if "error" in record:
        return None
    return markdown(record) if fmt == "markdown" else text(record)


def _dateline(record: dict[str, Any]) -> str:
    """The byline and the date as one line: "Von Anna Muster · 2024-03-14T10:12:00+01:00"."""
    names = ", ".join(a["name"] for a in record["authors"])
    byline = record["byline"] or names
    return " · ".join(part for part in (byline, record["published"]) if part)


def _plain_block(block: dict[str, Any]) -> str:
    if block["type"] == "list":
        ordered = block.get("ordered")
        return "\n".join(
            f"{i}. {item}" if ordered else f"- {item}" for i, item in enumerate(block["items"], 1)
        )
    if block["type"] == "table":
        return "\n".join(" | ".join(row) for row in block["rows"])
    return block["text"]


def text(record: dict[str, Any]) -> str:
    """The article as a reader reads it: kicker, headline, byline and date line, summary,
    body; paragraphs apart by a blank line."""
    parts = [record["kicker"], record["headline"], _dateline(record)]
    parts += record["summary"]
    parts += [_plain_block(b) for b in record["body"]["blocks"]]
    return "\n\n".join(p for p in parts if p)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _markdown_block(block: dict[str, Any]) -> str:
    kind = block["type"]
    if kind == "heading":
        return f"{'#' * min(max(block.get('level') or 2, 2), 6)} {block['text']}"
    if kind == "quote":
        return "\n".join(f"> {line}" for line in block["text"].split("\n"))
    if kind == "table" and block["rows"]:
        rows = block["rows"]
        width = max(len(row) for row in rows)
        rows = [row + [""] * (width - len(row)) for row in rows]
        lines = [
            "| " + " | ".join(_cell(c) for c in rows[0]) + " |",
            "|" + "---|" * width,
        ]
        lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows[1:]]
        return "\n".join(lines)
    return _plain_block(block)


def markdown(record: dict[str, Any]) -> str:
    """The article in Markdown: ``#`` headline (the kicker above it in italics), the byline
    and date line, the lead image, the summary in bold (key points as a list), the body
    with ``##`` headings, lists, quotes and tables, and the related links at the end."""
    parts = []
    if record["kicker"]:
        parts.append(f"*{record['kicker']}*")
    parts.append(f"# {record['headline'] or record['title'] or ''}".rstrip())
    if _dateline(record):
        parts.append(f"*{_dateline(record)}*")
    image = record["image"]
    if image:
        parts.append(f"![{image['caption'] or ''}]({image['url']})")
    summary = record["summary"]
    if len(summary) == 1:
        parts.append(f"**{summary[0]}**")  # a standfirst
    elif summary:
        parts.append("\n".join(f"- **{item}**" for item in summary))  # the key points
    parts += [_markdown_block(b) for b in record["body"]["blocks"]]
    if record["related"]:
        links = "\n".join(f"- [{r['title']}]({r['url']})" for r in record["related"])
        parts.append(f"## Related\n\n{links}")
    return "\n\n".join(p for p in parts if p)


def csv_header() -> str:
    return _csv_line(CSV_COLUMNS)


def csv_row(record: dict[str, Any]) -> str:
    """One page as one row of ``CSV_COLUMNS``: authors joined by "; ", the error's code."""
    error = record.get("error")
    row = [
        record.get("source") or "",
        record.get("url") or "",
        record.get("published") or "",
        record.get("site") or "",
        record.get("section") or "",
        record.get("headline") or "",
        "; ".join(a["name"] for a in record.get("authors", [])),
        "" if error else str(record.get("word_count", "")),
        error["code"] if error else "",
    ]
    return _csv_line(row)


def _csv_line(values) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="").writerow(values)
    return out.getvalue()
