"""newsextract side by side with the established extractors, on the same pages in one run.

    pip install ".[bench]"
    python bench/compare.py [--jobs 1] [--lang de,en,all] [--extractors newsextract,trafilatura,...]

Prints, per language, one table: rows are the metrics of score_corpus.py, columns the
extractors, plus newsextract's median time as a ratio of trafilatura's. Timings are only
comparable at --jobs 1 (the default) on a quiet machine.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

import field_gold
from score_corpus import (
    DEFAULT_CORPUS,
    EXTRACTORS,
    ROWS,
    cell,
    get_extractor,
    load_manifest,
    records_of,
    run_all,
)

DEFAULT_EXTRACTORS = "newsextract,trafilatura,newspaper4k,goose3,readability"
# The targets for German pages (issue 5; body, with and without raised by issue 14).
TARGETS = {
    "headline": "≥ 0.95",
    "authors": "≥ 0.90",
    "date": "≥ 0.97",
    "time (minute)": "≥ 0.90",
    "body F1 (of means)": "≥ 0.965",
    "with: snippets found": "≥ 0.97",
    "without: snippets leaked ↓": "≤ 0.02",
    "headings F1 (mean)": "≥ 0.90",
    "errors (count)": "0",
}


def table(results: dict[str, list[dict]], lang: str) -> str:
    """One Markdown table for one language ("all" for every page)."""
    names = list(results)
    pick = (lambda p: True) if lang == "all" else (lambda p: p["lang"] == lang)
    columns = {name: [p for p in pages if pick(p)] for name, pages in results.items()}
    count = len(next(iter(columns.values())))
    head = "| metric | " + " | ".join(names) + (" | target |" if lang == "de" else " |")
    lines = [
        f"### {lang} ({count} pages)\n",
        head,
        "|---|" + "---:|" * len(names) + ("---|" if lang == "de" else ""),
    ]
    for row in ROWS:
        cells = [cell(row, columns[n]).split(" (")[0] for n in names]
        target = f" {TARGETS.get(row.label, '')} |" if lang == "de" else ""
        lines.append(f"| {row.label} | " + " | ".join(cells) + " |" + target)
    if "trafilatura" in columns and "newsextract" in columns:
        ours = statistics.median(p["scores"]["errors"]["ms"] for p in columns["newsextract"])
        theirs = statistics.median(p["scores"]["errors"]["ms"] for p in columns["trafilatura"])
        lines.append(
            f"\nmedian time newsextract / trafilatura: **{ours / theirs:.2f}×** "
            f"({ours:.1f} ms / {theirs:.1f} ms)"
        )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--extractors", default=DEFAULT_EXTRACTORS)
    parser.add_argument("--lang", default="de,en,all")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()
    entries = load_manifest(args.corpus)
    langs = args.lang.split(",")
    if "all" not in langs:
        entries = [e for e in entries if e["lang"] in langs]
    results = {}
    for name in args.extractors.split(","):
        if name not in EXTRACTORS:
            sys.exit(f"unknown extractor {name!r}")
        try:
            get_extractor(name)
        except ImportError as exc:
            print(f"skipping {name}: {exc} (pip install '.[bench]')", file=sys.stderr)
            continue
        print(f"running {name} on {len(entries)} pages ...", file=sys.stderr)
        results[name] = run_all([(name, str(args.corpus), e) for e in entries], args.jobs)
    print(f"# newsextract and the established extractors ({args.corpus.name})\n")
    for lang in langs:
        print(table(results, lang) + "\n")
    records = {name: records_of(pages) for name, pages in results.items()}
    fields_table = field_gold.table(str(args.corpus), records)
    if fields_table:
        print(fields_table + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
