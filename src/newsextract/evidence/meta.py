"""``<meta>``, ``<link>`` and ``<html>`` attributes: OpenGraph, article:, Dublin Core, itemprop."""

from __future__ import annotations

from lxml import etree

from ..page.text import clean

_MICRODATA_DATES = frozenset(
    (
        "datepublished",
        "datecreated",
        "schema:datepublished",
        "schema:datecreated",
        "dc:date",
        "dcterms:created",
        "datemodified",
        "schema:datemodified",
        "dcterms:modified",
    )
)


def meta_tags(root: etree._Element) -> dict[str, list[str]]:
    """All meta values keyed by lower-case name/property/itemprop, in document order; dates
    given as microdata/RDFa on other elements (``<span property="schema:dateCreated"
    content="...">``) are included under their property name without the prefix."""
    found: dict[str, list[str]] = {}
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag in ("meta", "time"):
            continue
        key = (el.get("itemprop") or el.get("property") or "").strip().lower()
        value = el.get("content") or el.get("datetime")
        if key in _MICRODATA_DATES and value:
            found.setdefault(key.split(":")[-1], []).append(clean(value))
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


def first(meta: dict[str, list[str]], *keys: str) -> str | None:
    """The first value found under any of ``keys`` (tried in order)."""
    for key in keys:
        values = meta.get(key)
        if values:
            return values[0]
    return None


def link_href(root: etree._Element, rel: str) -> str | None:
    """``href`` of the first ``<link rel=...>`` with that relation."""
    for el in root.iter("link"):
        rels = (el.get("rel") or "").lower().split()
        if rel in rels and el.get("href", "").strip():
            return el.get("href").strip()
    return None
