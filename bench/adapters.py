"""Competitor adapters for the corpus benchmark: each turns (html bytes, url) into the dict
shape the scorer reads (headline, authors, published, body). Benchmark-only dependencies
(`pip install ".[bench]"`); none of them is a runtime dependency of newsextract."""

from __future__ import annotations

import warnings
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

Extracted = dict[str, Any]
Extractor = Callable[[bytes, "str | None"], Extracted]


def _text(html: bytes) -> str:
    """Decoded text for tools that need str: bs4's UnicodeDammit, the usual choice."""
    from bs4.dammit import UnicodeDammit

    return UnicodeDammit(html, is_html=True).unicode_markup or html.decode("utf-8", "replace")


def _iso(value: Any) -> str | None:
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return str(value) if value else None


def load_trafilatura() -> Extractor:
    import trafilatura

    def run(html: bytes, url: str | None) -> Extracted:
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True)
        if doc is None:
            return {}
        data = doc if isinstance(doc, dict) else doc.as_dict()
        authors = [a.strip() for a in (data.get("author") or "").split(";") if a.strip()]
        return {
            "headline": data.get("title"),
            "authors": authors,
            "published": data.get("date"),
            "body": {"text": data.get("text") or ""},
        }

    return run


def load_newspaper4k() -> Extractor:
    warnings.filterwarnings("ignore", module="newspaper")
    import newspaper

    config = newspaper.Config()
    config.fetch_images = False  # never touch the network: the benchmark is offline
    config.memorize_articles = False
    config.request_timeout = 1

    def run(html: bytes, url: str | None) -> Extracted:
        article = newspaper.Article(url or "https://example.invalid/", config=config)
        article.download(input_html=_text(html))
        article.parse()
        return {
            "headline": article.title,
            "authors": list(article.authors),
            "published": _iso(article.publish_date),
            "body": {"text": article.text or ""},
        }

    return run


def load_goose3() -> Extractor:
    from goose3 import Goose

    goose = Goose({"enable_image_fetching": False, "http_timeout": 0.001})

    def run(html: bytes, url: str | None) -> Extracted:
        article = goose.extract(raw_html=_text(html))
        return {
            "headline": article.title,
            "authors": list(article.authors or []),
            "published": _iso(article.publish_date),
            "body": {"text": article.cleaned_text or ""},
        }

    return run


def load_readability() -> Extractor:
    import lxml.html
    from readability import Document

    def run(html: bytes, url: str | None) -> Extracted:
        doc = Document(_text(html), url=url)
        summary = doc.summary(html_partial=True)
        body = (
            "\n\n".join(
                " ".join(p.text_content().split())
                for p in lxml.html.fromstring(summary).iter(
                    "p", "h2", "h3", "h4", "li", "blockquote"
                )
                if p.text_content().strip()
            )
            if summary.strip()
            else ""
        )
        return {
            "headline": doc.short_title(),
            "authors": [],
            "published": None,
            "body": {"text": body},
        }

    return run


COMPETITORS: dict[str, Callable[[], Extractor]] = {
    "trafilatura": load_trafilatura,
    "newspaper4k": load_newspaper4k,
    "goose3": load_goose3,
    "readability": load_readability,
}
