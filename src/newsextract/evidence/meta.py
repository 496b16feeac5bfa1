"""``<meta>`` and ``<link>``: OpenGraph, ``article:``, Dublin Core, itemprop, http-equiv."""

from __future__ import annotations

from lxml import etree

from ..page.text import clean


def meta_tags(root: etree._Element) -> dict[str, list[str]]:
    """All ``<meta>`` values keyed by lower-case name/property/itemprop/http-equiv, in
    document order."""
    found: dict[str, list[str]] = {}
    for el in root.iter("meta"):
        key = el.get("property") or el.get("name") or el.get("itemprop") or el.get("http-equiv")
        # "value" where "content" belongs: pages saved through Mercury/Postlight tooling
        value = el.get("content") if el.get("content") is not None else el.get("value")
        if not key or value is None:
            continue
        value = clean(value)
        if value:
            found.setdefault(key.strip().lower(), []).append(value)
    return found


def link_href(root: etree._Element, rel: str) -> str | None:
    """``href`` of the first ``<link rel=...>`` with that relation."""
    for el in root.iter("link"):
        rels = (el.get("rel") or "").lower().split()
        if rel in rels and el.get("href", "").strip():
            return el.get("href").strip()
    return None
