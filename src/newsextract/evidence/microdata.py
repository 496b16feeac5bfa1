"""Microdata and RDFa dates on page elements (``<span itemprop="datePublished"
content="...">``, ``<div property="schema:dateCreated" content="...">``). A ``<time>`` is
read by the dates field, nearest the headline first; ``<meta>`` by ``meta``."""

from __future__ import annotations

from lxml import etree

from ..page.text import clean

_DATE_PROPERTIES = frozenset(
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


def dates(root: etree._Element) -> dict[str, list[str]]:
    """Date values keyed by their lower-case property name without its prefix
    ("datecreated"), in document order; ``<meta>`` elements are the meta reader's."""
    found: dict[str, list[str]] = {}
    # Only elements with a property name can hold one: lxml's XPath picks them out in C.
    for el in root.xpath("descendant-or-self::*[@itemprop or @property]"):
        if el.tag in ("meta", "time"):
            continue
        key = (el.get("itemprop") or el.get("property") or "").strip().lower()
        value = el.get("content") or el.get("datetime")
        if key in _DATE_PROPERTIES and value:
            found.setdefault(key.split(":")[-1], []).append(clean(value))
    return found
