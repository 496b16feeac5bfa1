"""CPU time per page of newsextract against trafilatura, in one process, page by page.

    pip install ".[bench]"
    python bench/speed.py [--lang de|en|all] [--runs 3] [--limit N] [--corpus DIR]

Both extractors run in this one process on the same corpus pages (the original bytes and
the manifest URL), interleaved page by page, the order of the two swapped on every page,
so that the machine's noise (other processes, frequency changes, a cold cache) falls on
both alike. Each call is timed with ``time.process_time`` (CPU time of this process, not
wall time); with ``--runs N`` every page is measured N times and its median is kept. One
untimed warm-up pass over the first pages loads what each library loads lazily.

Prints a Markdown table, one row each for the German, English and other pages and for all:
the median, p95 and total CPU milliseconds per page of newsextract and of trafilatura, and
the ratio newsextract / trafilatura of each (below 1: newsextract is faster). trafilatura
is called as the benchmark's adapter calls it (``bare_extraction`` with metadata). A page
either extractor fails on is timed all the same; the failures are counted.
"""

from __future__ import annotations

import argparse
import gzip
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from score_corpus import DEFAULT_CORPUS, get_extractor, load_manifest

WARM_UP_PAGES = 20
Run = Callable[[bytes, "str | None"], object]


def p95(values: list[float]) -> float:
    """Nearest-rank 95th percentile, as score_corpus.py reports it."""
    ordered = sorted(values)
    return ordered[max(0, -(-95 * len(ordered) // 100) - 1)]


def timed(run: Run, html: bytes, url: str | None) -> tuple[float, bool]:
    """CPU milliseconds of one call, and whether it raised."""
    start = time.process_time()
    try:
        run(html, url)
        failed = False
    except Exception:  # a refusal (not_article) is a result; any failure still costs time
        failed = True
    return (time.process_time() - start) * 1000, failed


def measure(pages: list[tuple[bytes, str | None]], runs: int) -> dict[str, list[float]]:
    """Per extractor, each page's median CPU ms over ``runs`` interleaved runs."""
    extractors = {
        "newsextract": get_extractor("newsextract"),
        "trafilatura": get_extractor("trafilatura"),
    }
    for html, url in pages[:WARM_UP_PAGES]:
        for run in extractors.values():
            timed(run, html, url)
    samples: dict[str, list[list[float]]] = {name: [[] for _ in pages] for name in extractors}
    failures = dict.fromkeys(extractors, 0)
    names = list(extractors)
    for round_ in range(runs):
        for index, (html, url) in enumerate(pages):
            order = names if (index + round_) % 2 == 0 else names[::-1]
            for name in order:
                ms, failed = timed(extractors[name], html, url)
                samples[name][index].append(ms)
                failures[name] += failed and round_ == 0
    for name, count in failures.items():
        print(f"{name}: {count} of {len(pages)} pages raised", file=sys.stderr)
    return {name: [statistics.median(s) for s in per_page] for name, per_page in samples.items()}


def row(label: str, ours: list[float], theirs: list[float]) -> str:
    figures = [
        (statistics.median(ours), statistics.median(theirs)),
        (p95(ours), p95(theirs)),
        (sum(ours), sum(theirs)),
    ]
    cells = [f"{a:.1f} / {b:.1f} / {a / b:.2f}×" for a, b in figures]
    return f"| {label} | {len(ours)} | " + " | ".join(cells) + " |"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lang", choices=("de", "en", "all"), default="all")
    parser.add_argument("--runs", type=int, default=3, help="timed runs per page (median kept)")
    parser.add_argument("--limit", type=int, default=0, help="first N selected pages")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args(argv)
    if not (args.corpus / "manifest.jsonl").is_file():
        print(
            f"speed.py: no corpus at {args.corpus} (manifest.jsonl); pass --corpus DIR",
            file=sys.stderr,
        )
        return 2
    entries = [
        e for e in load_manifest(args.corpus) if args.lang == "all" or e["lang"] == args.lang
    ]
    entries = entries[: args.limit] if args.limit else entries
    pages = [
        (gzip.decompress((args.corpus / e["file"]).read_bytes()), e.get("url")) for e in entries
    ]
    times = measure(pages, args.runs)
    runs = f"{args.runs} runs, per-page median"
    print(f"# CPU ms per page: newsextract / trafilatura / ratio ({runs})\n")
    print("| pages | n | median | p95 | total |")
    print("|---|---:|---:|---:|---:|")
    present = {e["lang"] for e in entries}
    groups = {lang: (lang,) for lang in ("de", "en") if lang in present}
    if present - {"de", "en"}:
        groups["other"] = tuple(sorted(present - {"de", "en"}))
    if len(groups) > 1:
        groups["all"] = tuple(sorted(present))
    for label, langs in groups.items():
        picked = [i for i, e in enumerate(entries) if e["lang"] in langs]
        if picked:
            ours = [times["newsextract"][i] for i in picked]
            theirs = [times["trafilatura"][i] for i in picked]
            print(row(label, ours, theirs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
