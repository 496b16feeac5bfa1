"""Score an article extractor against the shared news corpus (stdlib only).

Usage:
    python bench/score_corpus.py [--lang de|en|all] [--source NAME] [--limit N] [--jobs N]
                                 [--json OUT] [--failures FIELD] [--extractor NAME]
                                 [--id PAGE_ID] [--corpus DIR]

The corpus (default ../shared/corpus, see its README.md) has one manifest line per page
with `gold` fields; pages are gzipped HTML.  Every page is handed to an extractor adapter as
the original bytes plus the manifest URL; the adapter returns a dict shaped like
`newsextract.Article.to_dict()`.  Pure metric functions compare that dict with the gold and
return one record per page; the records are aggregated per language and per source into
Markdown tables.

Adding a competitor (trafilatura, newspaper4k, ...) means adding one entry to `EXTRACTORS`:
a zero-argument loader that imports the library lazily and returns a function
`(html_bytes, url) -> dict` with the newsextract keys (headline, kicker, authors, published,
summary, headings, body); url is None for the 8 manifest pages that have none.  Loaders keep
imports out of the timed call and let this script run even when a library is not installed.
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import os
import re
import statistics
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone, tzinfo
from functools import cache
from multiprocessing import Pool
from pathlib import Path
from typing import Any

import field_gold
from adapters import COMPETITORS

# The corpus sits beside the checkout (../shared/corpus); NEWSEXTRACT_CORPUS overrides it.
DEFAULT_CORPUS = Path(
    os.environ.get("NEWSEXTRACT_CORPUS", Path(__file__).resolve().parents[2] / "shared" / "corpus")
)
UTC = timezone(timedelta(0))  # datetime.UTC needs Python 3.11; the project supports 3.9

Extracted = dict[str, Any]
Extractor = Callable[[bytes, "str | None"], Extracted]
Record = dict[str, Any]
MetricFn = Callable[[dict[str, Any], Extracted, str], "Record | None"]

#: Sources whose gold `published` is the UTC calendar day (README caveat), not the local one.
UTC_DATE_SOURCES = frozenset({"postlight-parser-fixtures"})
SHINGLE_SIZE = 4
SUMMARY_MATCH_F1 = 0.8
BODY_FAILURE_F1 = 0.9
SHORT = 160

CAVEATS = """\
Notes:
- fundus: gold body = section headings + paragraphs *without* the summary; compared as is.
- postlight: gold date is the UTC day, so the extracted timestamp is converted to UTC first;
  elsewhere a timezone-aware extracted timestamp is converted to the gold timestamp's offset
  (when the gold has one), so a page that passes `time` cannot fail `date`.
- time: skipped where the gold time is exactly 00:00:00 (a date-only value upstream).
- readability/goose3 titles may carry a site suffix; their and newspaper4k's metadata are
  snapshots of those tools' output, not human gold.  postlight authors are one string
  ("A, B and C"), so author names also match by word-sequence containment.
- with/without are pooled over snippets (found / all snippets); `without` is lower-is-better.
- ms: the extract call alone, timed in the worker; with --jobs above the CPU count workers
  compete and times inflate, so quote timings from --jobs 1."""


# --------------------------------------------------------------------------------------------
# Extractor adapters: name -> loader returning (html_bytes, url) -> dict
# --------------------------------------------------------------------------------------------


def _load_newsextract() -> Extractor:
    """Import lazily so the metrics can be exercised before newsextract exists."""
    from newsextract import extract

    def run(html: bytes, url: str | None) -> Extracted:
        return extract(html, url=url).to_dict()

    return run


def _load_empty() -> Extractor:
    """Baseline that finds nothing: shows the floor each metric gives for free."""

    def run(html: bytes, url: str | None) -> Extracted:
        return {}

    return run


EXTRACTORS: dict[str, Callable[[], Extractor]] = {
    "newsextract": _load_newsextract,
    "empty": _load_empty,
    **COMPETITORS,
}


@cache
def get_extractor(name: str) -> Extractor:
    """Load each adapter once per process (workers included), outside the timed call."""
    return EXTRACTORS[name]()


# --------------------------------------------------------------------------------------------
# Text normalisation (pure)
# --------------------------------------------------------------------------------------------

_QUOTES = str.maketrans({c: '"' for c in "„“”\"‘’‚'«»‹›‟‛"})
_DASHES = str.maketrans({c: "-" for c in "‐‑‒–—―"})
_WORD_RE = re.compile(r"\w+")


def visible(text: str | None) -> str:
    """Drop invisible format characters (soft hyphen, zero-width space/joiner, word joiner).

    Gold texts contain them on a few pages; an extractor that removes them must not lose
    words, shingles or exact matches for it.
    """
    return "".join(c for c in text or "" if unicodedata.category(c) != "Cf")


def collapse_ws(text: str | None) -> str:
    """Collapse all whitespace (including NBSP) to single spaces, as the corpus prescribes."""
    return " ".join((text or "").split())


def words(text: str | None) -> list[str]:
    """Lower-cased `\\w+` tokens: language-agnostic, the tokenisation the AEB metric uses."""
    return _WORD_RE.findall(visible(text).lower())


def normalize_title(text: str | None) -> str:
    """Headline/heading key that ignores typography pages and gold sources disagree on."""
    text = unicodedata.normalize("NFKC", visible(text)).casefold()
    text = collapse_ws(text.translate(_QUOTES).translate(_DASHES))
    while text and (text[-1].isspace() or unicodedata.category(text[-1]).startswith("P")):
        text = text[:-1]
    return text


def name_tokens(name: str | None) -> tuple[str, ...]:
    """Accent- and case-free word sequence of a person name, for containment matching."""
    text = unicodedata.normalize("NFKD", visible(name)).casefold()
    text = "".join(c for c in text if not unicodedata.combining(c))
    return tuple(_WORD_RE.findall(text))


def shorten(value: Any, limit: int = SHORT) -> str:
    """One-line preview so failure listings stay readable."""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    text = collapse_ws(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --------------------------------------------------------------------------------------------
# Accessors for extracted dicts (defensive: plug-in adapters may return slightly other shapes)
# --------------------------------------------------------------------------------------------


def text_field(got: Extracted, key: str) -> str | None:
    """A string field, or None: a non-string value from an adapter counts as not found."""
    value = got.get(key)
    return value if isinstance(value, str) and value.strip() else None


def body_text(got: Extracted) -> str:
    """Body text from `{"body": {"text": ...}}` or a plain string body."""
    body = got.get("body")
    if isinstance(body, dict):
        return body.get("text") or ""
    return body if isinstance(body, str) else ""


def article_text(got: Extracted) -> str:
    """Summary (a standfirst lives there, not in the body) followed by the body: the whole
    main text an extractor returns, which is what trafilatura's with/without snippets judge."""
    summary = got.get("summary") or []
    lead = "\n".join(s for s in summary if isinstance(s, str)) if isinstance(summary, list) else ""
    return f"{lead}\n\n{body_text(got)}" if lead else body_text(got)


def author_names(got: Extracted) -> list[str]:
    """Author names from `[{"name", "role"}]` or a plain list of strings."""
    authors = got.get("authors") or []
    names = []
    for author in [authors] if isinstance(authors, str) else authors:
        name = author.get("name") if isinstance(author, dict) else author
        if isinstance(name, str) and name.strip():
            names.append(name)
    return names


def str_list(value: Any) -> list[str]:
    """A list of non-empty strings, whatever the adapter returned."""
    if isinstance(value, str):
        value = [value]
    return [v for v in value or [] if isinstance(v, str) and v.strip()]


# --------------------------------------------------------------------------------------------
# Date helpers
# --------------------------------------------------------------------------------------------

_OFFSET_RE = re.compile(r"([+-]\d{2})(\d{2})$")


def parse_timestamp(value: str | None) -> datetime | None:
    """Parse the corpus/extractor timestamp spellings with `fromisoformat`.

    Handles "Z", "+0100" and goose3's "2023/02/21 21:20" so Python 3.9 copes as well.
    """
    if not value:
        return None
    text = value.strip().replace("Z", "+00:00")
    text = _OFFSET_RE.sub(r"\1:\2", text) if len(text) > 10 else text
    text = text[:10].replace("/", "-") + text[10:]
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def has_time(value: str | None) -> bool:
    """True when the gold timestamp carries a real time of day.

    Exactly 00:00:00 is treated as a date-only value that upstream padded with midnight.
    """
    parsed = parse_timestamp(value)
    if parsed is None or len((value or "").strip()) <= 10:
        return False
    return (parsed.hour, parsed.minute, parsed.second, parsed.microsecond) != (0, 0, 0, 0)


def gold_date_zone(gold: dict[str, Any], source: str) -> tzinfo | None:
    """Timezone in which the gold calendar day was taken (None: use the extracted text)."""
    if source in UTC_DATE_SOURCES:
        return UTC
    parsed = parse_timestamp(gold.get("published_datetime"))
    return parsed.tzinfo if parsed is not None else None


def calendar_day(published: str | None, zone: tzinfo | None) -> str | None:
    """Extracted day, converted to `zone` when both the value and the zone know offsets."""
    if not published:
        return None
    parsed = parse_timestamp(published)
    if parsed is None:
        return published.strip()[:10]
    if zone is not None and parsed.tzinfo is not None:
        parsed = parsed.astimezone(zone)
    return parsed.date().isoformat()


def to_minute(value: datetime, compare_instants: bool) -> datetime:
    """Truncate to the minute, as a UTC instant or as naive wall-clock time."""
    if compare_instants:
        value = value.astimezone(UTC)
    return value.replace(second=0, microsecond=0, tzinfo=None)


# --------------------------------------------------------------------------------------------
# Metrics: (gold, extracted, source) -> record | None.  None = page has no gold for it.
# Every record has "value" (1.0 = perfect) plus "gold"/"got" previews for --failures.
# --------------------------------------------------------------------------------------------


def record(value: float | bool, gold: Any, got: Any, **extra: Any) -> Record:
    """Uniform per-page result so aggregation and failure listing stay generic."""
    return {"value": float(value), "gold": shorten(gold), "got": shorten(got), **extra}


def score_headline(gold: dict[str, Any], got: Extracted, source: str) -> Record | None:
    """Exact normalised match; a gold that glues the kicker on ("Kicker: Headline") counts."""
    expected = gold.get("headline")
    if expected is None:
        return None
    headline = text_field(got, "headline") or ""
    kicker = normalize_title(text_field(got, "kicker"))
    candidates = {normalize_title(headline)}
    if kicker:
        candidates |= {normalize_title(f"{kicker}{sep}{headline}") for sep in (": ", " ")}
    ok = bool(headline) and normalize_title(expected) in candidates
    shown = f"[{text_field(got, 'kicker')}] {headline}" if kicker else headline
    return record(ok, expected, shown)


def names_match(gold_name: str, got_name: str) -> bool:
    """Equal or word-sequence contained either way; tolerates "A, B und C" gold strings."""
    a, b = name_tokens(gold_name), name_tokens(got_name)
    if not a or not b:
        return False
    if "".join(a) == "".join(b):
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return any(long_[i : i + len(short)] == short for i in range(len(long_) - len(short) + 1))


def score_authors(gold: dict[str, Any], got: Extracted, source: str) -> Record | None:
    """Any gold name found; gold [] means the page explicitly has no author."""
    expected = gold.get("authors")
    if expected is None:
        return None
    names = author_names(got)
    if not expected:
        return record(not names, expected, names)
    ok = any(names_match(g, n) for g in expected for n in names)
    return record(ok, expected, names)


def score_date(gold: dict[str, Any], got: Extracted, source: str) -> Record | None:
    """Calendar day equality, taken in the same zone the gold day was taken in."""
    expected = gold.get("published")
    if not expected:
        return None
    published = text_field(got, "published")
    day = calendar_day(published, gold_date_zone(gold, source))
    return record(day == expected, expected, published)


def score_time(gold: dict[str, Any], got: Extracted, source: str) -> Record | None:
    """Same instant to the minute; naive gold times compare as wall-clock time."""
    expected = gold.get("published_datetime")
    if not has_time(expected):
        return None
    published = text_field(got, "published")
    gold_dt, got_dt = parse_timestamp(expected), parse_timestamp(published)
    ok = False
    if gold_dt is not None and got_dt is not None and len(published or "") > 10:
        instants = gold_dt.tzinfo is not None and got_dt.tzinfo is not None
        ok = to_minute(gold_dt, instants) == to_minute(got_dt, instants)
    return record(ok, expected, published)


def shingles(text: str | None, size: int = SHINGLE_SIZE) -> Counter[tuple[str, ...]]:
    """Bag of word n-grams; a text shorter than `size` words is one shorter shingle (AEB)."""
    tokens = words(text)
    return Counter(
        tuple(tokens[i : i + size])
        for i in range(max(1, len(tokens) - size + 1))
        if tokens[i : i + size]
    )


def precision_recall(gold: Counter, got: Counter) -> tuple[float, float]:
    """Bag precision/recall; both empty is perfect, one side empty scores zero."""
    if not gold and not got:
        return 1.0, 1.0
    if not gold or not got:
        return 0.0, 0.0
    overlap = sum((gold & got).values())
    return overlap / sum(got.values()), overlap / sum(gold.values())


def f1(precision: float, recall: float) -> float:
    """Harmonic mean, 0 when both are 0."""
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def first_unmatched(ordered: Iterable[tuple[str, ...]], other: Counter, n: int = 3) -> list:
    """A few shingles missing from `other`, in text order: where to start looking."""
    return [" ".join(s) for s in ordered if s not in other][:n]


def score_body(gold: dict[str, Any], got: Extracted, source: str) -> Record | None:
    """Article-extraction-benchmark shingle P/R of the body text (fundus: no summary)."""
    expected = gold.get("body")
    if expected is None:
        return None
    text = body_text(got)
    gold_bag, got_bag = shingles(expected), shingles(text)
    precision, recall = precision_recall(gold_bag, got_bag)
    return record(
        f1(precision, recall),
        expected,
        text,
        precision=precision,
        recall=recall,
        missing=first_unmatched(gold_bag, got_bag),
        extra=first_unmatched(got_bag, gold_bag),
    )


def score_body_prefix(gold: dict[str, Any], got: Extracted, source: str) -> Record | None:
    """goose3/postlight assert how the text starts; compared word by word (punctuation-blind)."""
    expected = gold.get("body_prefix")
    if not expected:
        return None
    want, have = words(expected), words(body_text(got))
    return record(have[: len(want)] == want, expected, body_text(got)[: len(expected) + 40])


def snippet_hits(snippets: list[str], text: str) -> list[str]:
    """Snippets present in the text after whitespace normalisation of both."""
    haystack = collapse_ws(visible(text))
    return [s for s in snippets if collapse_ws(visible(s)) in haystack]


def score_with(gold: dict[str, Any], got: Extracted, source: str) -> Record | None:
    """Share of must-appear snippets found in the main text (summary + body)."""
    snippets = gold.get("with") or []
    if not snippets:
        return None
    text = article_text(got)
    found = snippet_hits(snippets, text)
    missing = [s for s in snippets if s not in found]
    share = len(found) / len(snippets)
    return record(share, snippets, text, hits=len(found), total=len(snippets), missing=missing)


def score_without(gold: dict[str, Any], got: Extracted, source: str) -> Record | None:
    """Share of must-not-appear snippets that leaked into the main text (lower is better)."""
    snippets = gold.get("without") or []
    if not snippets:
        return None
    text = article_text(got)
    leaked = snippet_hits(snippets, text)
    share = len(leaked) / len(snippets)
    return record(share, snippets, text, hits=len(leaked), total=len(snippets), leaked=leaked)


def word_f1(gold_text: str, got_text: str) -> float:
    """Multiset word-overlap F1, robust to paragraph splitting and punctuation."""
    gold_bag, got_bag = Counter(words(gold_text)), Counter(words(got_text))
    return f1(*precision_recall(gold_bag, got_bag))


def score_summary(gold: dict[str, Any], got: Extracted, source: str) -> Record | None:
    """Summary matches when its word-overlap F1 with the gold is at least 0.8."""
    expected = str_list(gold.get("summary"))
    if not expected:
        return None
    extracted = str_list(got.get("summary"))
    overlap = word_f1(" ".join(expected), " ".join(extracted))
    return record(overlap >= SUMMARY_MATCH_F1, expected, extracted, f1=overlap)


def score_headings(gold: dict[str, Any], got: Extracted, source: str) -> Record | None:
    """F1 of the normalised heading sets (order and duplicates ignored)."""
    expected = str_list(gold.get("section_headings"))
    if not expected:
        return None
    extracted = str_list(got.get("headings"))
    want = {normalize_title(h) for h in expected}
    have = {normalize_title(h) for h in extracted}
    common = len(want & have)
    value = 2 * common / (len(want) + len(have)) if want or have else 1.0
    return record(value, sorted(want - have), sorted(have - want))


METRICS: dict[str, MetricFn] = {
    "headline": score_headline,
    "authors": score_authors,
    "date": score_date,
    "time": score_time,
    "body": score_body,
    "body_prefix": score_body_prefix,
    "with": score_with,
    "without": score_without,
    "summary": score_summary,
    "headings": score_headings,
}


def score_page(gold: dict[str, Any], got: Extracted, source: str) -> dict[str, Record]:
    """All metrics that have gold on this page."""
    scores = {}
    for name, metric in METRICS.items():
        result = metric(gold, got, source)
        if result is not None:
            scores[name] = result
    return scores


# --------------------------------------------------------------------------------------------
# Running pages (also inside Pool workers)
# --------------------------------------------------------------------------------------------


def describe_error(exc: Exception) -> str:
    """Type plus NewsExtractError-style `.code`, the key the error summary groups by."""
    code = getattr(exc, "code", None)
    return f"{type(exc).__name__}({code})" if code else type(exc).__name__


def timed_extract(extractor: Extractor, html: bytes, url: str | None) -> tuple[Extracted, Record]:
    """Run the extractor, timing only this call; an exception becomes an empty result."""
    start = time.perf_counter()
    try:
        got = extractor(html, url)
    except Exception as exc:  # noqa: BLE001 - count every failure, keep scoring
        ms = (time.perf_counter() - start) * 1000
        kind = describe_error(exc)
        message = f"{kind}: {shorten(str(exc))}"
        return {}, {"value": 1.0, "ms": ms, "type": kind, "gold": "", "got": message}
    ms = (time.perf_counter() - start) * 1000
    return (got if isinstance(got, dict) else {}), {"value": 0.0, "ms": ms}


def run_page(task: tuple[str, str, dict[str, Any]]) -> dict[str, Any]:
    """Score one manifest entry; top-level so multiprocessing can pickle it."""
    extractor_name, corpus_dir, entry = task
    extractor = get_extractor(extractor_name)
    html = gzip.decompress((Path(corpus_dir) / entry["file"]).read_bytes())
    got, error = timed_extract(extractor, html, entry["url"])
    scores = score_page(entry["gold"], got, entry["source"])
    scores["errors"] = error
    page = {
        "id": entry["id"],
        "url": entry["url"],
        "source": entry["source"],
        "lang": entry["lang"],
        "ms": error["ms"],
        "error": error.get("got"),
        "scores": scores,
    }
    if entry["id"] in field_gold.gold_ids(corpus_dir):
        page["record"] = field_gold.record_of(got, error.get("got"))
    return page


def run_all(tasks: list[tuple[str, str, dict[str, Any]]], jobs: int) -> list[dict[str, Any]]:
    """Sequential or Pool-parallel; results come back in manifest order either way."""
    if jobs <= 1:
        return [run_page(task) for task in tasks]
    with Pool(jobs) as pool:
        return list(pool.imap(run_page, tasks, chunksize=1))


# --------------------------------------------------------------------------------------------
# Aggregation and tables
# --------------------------------------------------------------------------------------------


def mean_of(key: str) -> Callable[[list[Record]], float]:
    """Mean of one record field over the pages that have the metric."""
    return lambda records: statistics.fmean(r[key] for r in records)


def pooled(records: list[Record]) -> float:
    """Snippets found (or leaked) over all snippets, as trafilatura's evaluation counts."""
    return sum(r["hits"] for r in records) / sum(r["total"] for r in records)


def f1_of_means(records: list[Record]) -> float:
    """AEB headline number: F1 of mean precision and mean recall."""
    return f1(mean_of("precision")(records), mean_of("recall")(records))


def percentile(values: list[float], pct: float) -> float:
    """Nearest-rank percentile; no interpolation surprises with few pages."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(pct / 100 * len(ordered)) - 1)]


@dataclass(frozen=True)
class Row:
    """One table row: which metric's records, how to reduce them, how to print."""

    label: str
    metric: str
    reduce: Callable[[list[Record]], float]
    fmt: str = "{:.3f}"


ROWS = [
    Row("headline", "headline", mean_of("value")),
    Row("authors", "authors", mean_of("value")),
    Row("date", "date", mean_of("value")),
    Row("time (minute)", "time", mean_of("value")),
    Row("body precision (mean)", "body", mean_of("precision")),
    Row("body recall (mean)", "body", mean_of("recall")),
    Row("body F1 (of means)", "body", f1_of_means),
    Row("body F1 (per-page mean)", "body", mean_of("value")),
    Row("body prefix", "body_prefix", mean_of("value")),
    Row("with: snippets found", "with", pooled),
    Row("without: snippets leaked ↓", "without", pooled),
    Row(f"summary (word F1 ≥ {SUMMARY_MATCH_F1})", "summary", mean_of("value")),
    Row("headings F1 (mean)", "headings", mean_of("value")),
    Row("errors (count)", "errors", lambda rs: sum(r["value"] for r in rs), "{:.0f}"),
    Row(
        "ms per page, median", "errors", lambda rs: statistics.median(r["ms"] for r in rs), "{:.1f}"
    ),
    Row("ms per page, p95", "errors", lambda rs: percentile([r["ms"] for r in rs], 95), "{:.1f}"),
]


def cell(row: Row, pages: list[dict[str, Any]]) -> str:
    """`value (n)` where n counts pages with gold for the row's metric."""
    records = [p["scores"][row.metric] for p in pages if row.metric in p["scores"]]
    if not records:
        return "–"
    return f"{row.fmt.format(row.reduce(records))} ({len(records)})"


def markdown_table(columns: dict[str, list[dict[str, Any]]]) -> str:
    """Rows = metrics, columns = page groups."""
    lines = [
        "| metric | " + " | ".join(f"{k} ({len(v)})" for k, v in columns.items()) + " |",
        "|---|" + "---:|" * len(columns),
    ]
    for row in ROWS:
        lines.append(
            f"| {row.label} | " + " | ".join(cell(row, v) for v in columns.values()) + " |"
        )
    return "\n".join(lines)


def group_by(pages: list[dict[str, Any]], key: str, keys: Iterable[str]) -> dict[str, list]:
    """Columns for the given key values, after an "all" column."""
    groups: dict[str, list] = {"all": pages}
    for value in keys:
        members = [p for p in pages if p[key] == value]
        if members:
            groups[value] = members
    return groups


def source_columns(pages: list[dict[str, Any]]) -> dict[str, list]:
    """One column per source; "all" only when it differs from the single source column."""
    sources = sorted({p["source"] for p in pages})
    columns = group_by(pages, "source", sources)
    return columns if len(sources) > 1 else {k: v for k, v in columns.items() if k != "all"}


def aggregate(pages: list[dict[str, Any]]) -> dict[str, dict[str, str]]:
    """Table cells as data, for --json consumers that do not want to parse Markdown."""
    columns = {
        **group_by(pages, "lang", ("de", "en")),
        **source_columns(pages),
    }
    return {
        name: {row.label: cell(row, members) for row in ROWS} for name, members in columns.items()
    }


def error_summary(pages: list[dict[str, Any]]) -> str:
    """Exception types with counts, so a crash class is visible at a glance."""
    kinds = Counter(p["scores"]["errors"]["type"] for p in pages if p["error"])
    if not kinds:
        return "Errors: none"
    return "Errors: " + ", ".join(f"{kind} ×{n}" for kind, n in kinds.most_common())


# --------------------------------------------------------------------------------------------
# Failure listing
# --------------------------------------------------------------------------------------------

#: What counts as a failing page per metric (default: value below 1).
FAILS: dict[str, Callable[[Record], bool]] = {
    "body": lambda r: r["value"] < BODY_FAILURE_F1,
    "without": lambda r: r["value"] > 0,
    "errors": lambda r: r["value"] > 0,
}
FAILURE_FIELDS = [*METRICS, "errors"]


def describe_failure(page: dict[str, Any], rec: Record) -> list[str]:
    """A few indented lines: gold vs got plus whatever diagnostics the metric recorded."""
    lines = [
        f"- {page['id']}  [{page['source']}/{page['lang']}]  value={rec['value']:.3f}",
        f"    url:  {page['url']}",
        f"    gold: {rec.get('gold', '')}",
        f"    got:  {rec.get('got', '')}",
    ]
    for key in ("precision", "recall", "f1", "missing", "extra", "leaked"):
        if key in rec:
            value = rec[key]
            lines.append(
                f"    {key}: " + (f"{value:.3f}" if isinstance(value, float) else shorten(value))
            )
    return lines


def failure_report(pages: list[dict[str, Any]], field: str) -> str:
    """Failing pages for one metric, worst first, so the biggest misses come up top."""
    failing = FAILS.get(field, lambda r: r["value"] < 1)
    hits = [
        (p, p["scores"][field])
        for p in pages
        if field in p["scores"] and failing(p["scores"][field])
    ]
    reverse = field in ("without", "errors")
    hits.sort(key=lambda pr: (pr[1]["value"], pr[0]["id"]), reverse=reverse)
    total = sum(field in p["scores"] for p in pages)
    lines = [f"## Failures: {field} ({len(hits)} of {total} pages with gold)", ""]
    for page, rec in hits:
        lines.extend(describe_failure(page, rec))
    return "\n".join(lines)


# --------------------------------------------------------------------------------------------
# CLI
# --------------------------------------------------------------------------------------------


def require_corpus(corpus: Path, script: str) -> None:
    """Exit 2 with one line when the corpus is not there (a fresh clone without ../shared)."""
    if not (corpus / "manifest.jsonl").is_file():
        print(
            f"{script}: no corpus at {corpus} (a manifest.jsonl is expected there: the shared "
            "corpus beside the checkout, ../shared/corpus, or NEWSEXTRACT_CORPUS or --corpus DIR)",
            file=sys.stderr,
        )
        sys.exit(2)


def load_manifest(corpus: Path) -> list[dict[str, Any]]:
    """Manifest entries in file order (stable, so --limit picks the same pages every run)."""
    require_corpus(corpus, Path(sys.argv[0]).name)
    with (corpus / "manifest.jsonl").open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def select(entries: list[dict[str, Any]], args: argparse.Namespace) -> list[dict[str, Any]]:
    """Apply --id / --lang / --source / --limit filters."""
    if args.id:
        entries = [e for e in entries if e["id"] in set(args.id)]
    if args.lang != "all":
        entries = [e for e in entries if e["lang"] == args.lang]
    if args.source:
        sources = sorted({e["source"] for e in entries})
        if args.source not in sources:
            sys.exit(f"unknown source {args.source!r}; choose from: {', '.join(sources)}")
        entries = [e for e in entries if e["source"] == args.source]
    return entries[: args.limit] if args.limit else entries


def records_of(pages: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Page id → the record kept for the field gold (pages with field gold only)."""
    return {p["id"]: p["record"] for p in pages if "record" in p}


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """Command line; see the module docstring."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lang", choices=("de", "en", "all"), default="all")
    parser.add_argument("--source", help="only this manifest source (e.g. fundus)")
    parser.add_argument("--limit", type=int, default=0, help="first N selected pages")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes (default 1)")
    parser.add_argument("--json", type=Path, metavar="OUT", help="write per-page results")
    parser.add_argument(
        "--failures",
        choices=FAILURE_FIELDS,
        metavar="FIELD",
        help="list failing pages for: " + ", ".join(FAILURE_FIELDS),
    )
    parser.add_argument("--extractor", choices=sorted(EXTRACTORS), default="newsextract")
    parser.add_argument("--id", action="append", help="only this page id (repeatable)")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Score, print tables (and failures), optionally dump JSON."""
    args = parse_args(argv)
    entries = select(load_manifest(args.corpus), args)
    if not entries:
        sys.exit("no pages selected")
    try:
        get_extractor(args.extractor)  # fail fast, before any worker starts
    except ImportError as exc:
        sys.exit(f"cannot load extractor {args.extractor!r}: {exc}")
    tasks = [(args.extractor, str(args.corpus), e) for e in entries]
    pages = run_all(tasks, args.jobs)

    print(f"# {args.extractor} on {len(pages)} pages ({args.corpus})\n")
    print("## By language\n")
    print(markdown_table(group_by(pages, "lang", ("de", "en"))) + "\n")
    print("## By source\n")
    print(markdown_table(source_columns(pages)) + "\n")
    print(error_summary(pages) + "\n")
    fields_table = field_gold.table(str(args.corpus), {args.extractor: records_of(pages)})
    if fields_table:
        print(fields_table + "\n")
    print(CAVEATS)
    if args.failures:
        print("\n" + failure_report(pages, args.failures))
    if args.json:
        payload = {
            "extractor": args.extractor,
            "corpus": str(args.corpus),
            "aggregate": aggregate(pages),
            "pages": pages,
        }
        args.json.write_text(json.dumps(payload, ensure_ascii=False, indent=1), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
