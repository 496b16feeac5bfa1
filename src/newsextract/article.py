"""The extracted article and its JSON form (schema_version 1, key order fixed)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from .page.text import count_words

SCHEMA_VERSION = 1


@dataclass
class Author:
    name: str
    role: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "role": self.role}


@dataclass
class BodyBlock:
    """One body unit: paragraph, heading (with level), list (with items), quote or table
    (with rows of cells)."""

    type: str
    text: str
    level: int | None = None
    items: list[str] | None = None
    ordered: bool | None = None
    rows: list[list[str]] | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"type": self.type, "text": self.text}
        if self.type == "heading":
            out["level"] = self.level
        if self.type == "list":
            out["items"] = list(self.items or [])
            out["ordered"] = bool(self.ordered)
        if self.type == "table":
            out["rows"] = [list(row) for row in self.rows or []]
        return out


@dataclass
class Link:
    title: str
    url: str

    def to_dict(self) -> dict[str, Any]:
        return {"title": self.title, "url": self.url}


@dataclass
class Image:
    url: str
    caption: str | None = None
    credit: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"url": self.url, "caption": self.caption, "credit": self.credit}


@dataclass(frozen=True)
class Body:
    """The body as the JSON has it: ``text`` (blocks joined by a blank line) and ``blocks``."""

    text: str
    blocks: list[BodyBlock]


def _moment(value: str | None) -> datetime | date | None:
    """An RFC 3339 time as a ``datetime`` (aware when it has its offset), a day as a
    ``date``."""
    if value is None:
        return None
    return datetime.fromisoformat(value) if "T" in value else date.fromisoformat(value)


@dataclass
class Article:
    """Everything newsextract found on one page; ``to_dict()`` is the documented JSON."""

    source: str | None = None
    url: str | None = None
    site: str | None = None
    language: str | None = None
    section: str | None = None
    title: str | None = None
    kicker: str | None = None
    headline: str | None = None
    authors: list[Author] = field(default_factory=list)
    byline: str | None = None
    published: str | None = None
    modified: str | None = None
    summary: list[str] = field(default_factory=list)
    headings: list[str] = field(default_factory=list)
    blocks: list[BodyBlock] = field(default_factory=list)
    related: list[Link] = field(default_factory=list)
    image: Image | None = None
    tags: list[str] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    signature: str | None = None
    paywalled: bool = False
    warnings: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The body as a reader reads it: blocks separated by a blank line."""
        return "\n\n".join(block.text for block in self.blocks)

    @property
    def body(self) -> Body:
        """``article.body.text`` and ``article.body.blocks``, as in the JSON."""
        return Body(self.text, self.blocks)

    @property
    def published_at(self) -> datetime | date | None:
        """``published`` as a ``datetime`` (aware: it carries the page's UTC offset; naive
        only when the page gives none, with a warning), or a ``date`` for a day only."""
        return _moment(self.published)

    @property
    def modified_at(self) -> datetime | date | None:
        """``modified``, as ``published_at`` gives ``published``."""
        return _moment(self.modified)

    @property
    def word_count(self) -> int:
        return count_words(self.text)

    def to_dict(self) -> dict[str, Any]:
        """The JSON record, keys in the documented order (see schema.json)."""
        return {
            "schema_version": SCHEMA_VERSION,
            "source": self.source,
            "url": self.url,
            "site": self.site,
            "language": self.language,
            "section": self.section,
            "title": self.title,
            "kicker": self.kicker,
            "headline": self.headline,
            "authors": [a.to_dict() for a in self.authors],
            "byline": self.byline,
            "published": self.published,
            "modified": self.modified,
            "summary": list(self.summary),
            "headings": list(self.headings),
            "body": {"text": self.text, "blocks": [b.to_dict() for b in self.blocks]},
            "related": [r.to_dict() for r in self.related],
            "image": self.image.to_dict() if self.image else None,
            "tags": list(self.tags),
            "keywords": list(self.keywords),
            "signature": self.signature,
            "word_count": self.word_count,
            "paywalled": self.paywalled,
            "warnings": list(self.warnings),
        }
