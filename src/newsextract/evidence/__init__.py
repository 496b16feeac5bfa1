"""Machine-readable evidence a page carries about itself, read once per page: JSON-LD
(``jsonld``), ``<meta>``/``<link>`` (``meta``) and microdata dates (``microdata``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from lxml import etree

from ..page.text import clean
from . import jsonld, microdata
from .meta import link_href, meta_tags

MIN_DESCRIPTION = 40  # shorter descriptions are too short to recognise a standfirst by


@dataclass(frozen=True)
class Evidence:
    """What the page's metadata says, by syntax; every field reads it from here."""

    objects: tuple[dict, ...]  # every JSON-LD object, in document order
    ld: dict[str, Any]  # the article's JSON-LD object, {} when there is none
    meta: dict[str, list[str]]  # meta and microdata values by lower-case key
    canonical: str | None  # <link rel=canonical>

    @classmethod
    def read(cls, root: etree._Element) -> Evidence:
        objects = jsonld.objects(root)
        values = microdata.dates(root)
        for key, found in meta_tags(root).items():
            values.setdefault(key, []).extend(found)
        return cls(
            tuple(objects), jsonld.article(objects) or {}, values, link_href(root, "canonical")
        )

    def first(self, *keys: str) -> str | None:
        """The first meta value under any of ``keys`` (tried in order)."""
        for key in keys:
            found = self.meta.get(key)
            if found:
                return found[0]
        return None

    def values(self, key: str) -> tuple[str, ...]:
        """Every meta value under ``key``, in document order."""
        return tuple(self.meta.get(key, ()))

    def ld_text(self, key: str) -> str | None:
        """The article object's ``key`` as one plain string (a name, a URL, a date)."""
        return jsonld.first_text(self.ld.get(key))

    @property
    def paywalled(self) -> bool:
        """The article's JSON-LD says it is not free to read (``isAccessibleForFree`` false,
        on the article or a part of it)."""
        parts = self.ld.get("hasPart")
        items = [self.ld, *(parts if isinstance(parts, list) else [parts])]
        return any(
            isinstance(item, dict) and str(item.get("isAccessibleForFree", "")).lower() == "false"
            for item in items
        )

    @property
    def address_claims(self) -> tuple[str | None, ...]:
        """The addresses the page claims for itself, most reliable first."""
        return (
            self.canonical,
            self.first("og:url"),
            self.ld_text("url"),
            self.ld_text("mainEntityOfPage"),
        )

    @property
    def headlines(self) -> tuple[tuple[str, str], ...]:
        """The headlines the metadata gives, with where each is from, most reliable first."""
        found = ((self.ld_text("headline"), "JSON-LD"), (self.first("og:title"), "og:title"))
        return tuple((value, origin) for value, origin in found if value)

    @property
    def sections(self) -> tuple[str, ...]:
        """The sections the metadata files the article in (JSON-LD, ``article:section``); a
        value that is no section's name (a CMS that writes the description there) is none."""
        found = (self.ld_text("articleSection"), self.first("article:section"))
        return tuple(s for s in found if s and _section_name(s))

    @property
    def site_names(self) -> tuple[str, ...]:
        """The names the page gives its site (og:site_name, the JSON-LD publisher)."""
        return tuple(n for n in (self.first("og:site_name"), self.ld_text("publisher")) if n)

    @property
    def descriptions(self) -> list[str]:
        """The page's own descriptions of the article, long enough to recognise a
        standfirst by."""
        found = (
            self.first("og:description", "description", "twitter:description"),
            self.ld_text("description"),
        )
        return list(
            dict.fromkeys(clean(d) for d in found if d and len(clean(d)) >= MIN_DESCRIPTION)
        )


SECTION_MAX = 60  # a section's name is a word or a few ("Politik", "Unternehmen & Märkte")


def _section_name(value: str) -> bool:
    """A section's name, not a sentence: short, and no sentence ending inside it."""
    text = clean(value)
    return len(text) <= SECTION_MAX and not re.search(r"[.!?]\s+\S", text)
