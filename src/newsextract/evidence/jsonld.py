"""JSON-LD: find the article object in any of its shapes, tolerating broken JSON.

Pages put it in ``@graph``, in arrays, in several scripts, nest it in ``mainEntity``, and
often ship it broken (trailing commas, raw newlines in strings, HTML comments around it).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from lxml import etree

ARTICLE_TYPES = frozenset(
    "article newsarticle reportagenewsarticle analysisnewsarticle opinionnewsarticle "
    "reviewnewsarticle backgroundnewsarticle askpublicnewsarticle blogposting "
    "liveblogposting socialmediaposting techarticle scholarlyarticle report ".split()
)
LISTING_TYPES = frozenset(("collectionpage", "itemlist", "searchresultspage", "website"))
PAGE_TYPES = frozenset(("webpage", "medicalwebpage", "itempage"))

_TRAILING_COMMA = re.compile(r",\s*([}\]])")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _loads(raw: str) -> Any:
    raw = raw.strip()
    raw = re.sub(r"^(<!--|//\s*<!\[CDATA\[|<!\[CDATA\[)", "", raw).strip()
    raw = re.sub(r"(-->|//\s*\]\]>|\]\]>)$", "", raw).strip().rstrip(";")
    for attempt in (raw, _TRAILING_COMMA.sub(r"\1", raw)):
        try:
            return json.loads(attempt, strict=False)
        except ValueError:
            continue
    try:
        return json.loads(_CONTROL.sub(" ", _TRAILING_COMMA.sub(r"\1", raw)), strict=False)
    except ValueError:
        return None


def _walk(node: Any, depth: int = 0) -> Iterator[dict]:
    """Every object in the JSON, including those nested in @graph, lists and mainEntity."""
    if depth > 8:
        return
    if isinstance(node, list):
        for item in node:
            yield from _walk(item, depth + 1)
    elif isinstance(node, dict):
        yield node
        for key in ("@graph", "mainEntity", "mainEntityOfPage", "hasPart", "itemListElement"):
            if isinstance(node.get(key), (list, dict)):
                yield from _walk(node[key], depth + 1)


def types_of(obj: dict) -> set[str]:
    """Lower-case schema.org type names of an object (``@type`` may be a list or a URL)."""
    kind = obj.get("@type", [])
    kinds = kind if isinstance(kind, list) else [kind]
    return {str(k).rsplit("/", 1)[-1].lower() for k in kinds if k}


def objects(root: etree._Element) -> list[dict]:
    """All JSON-LD objects on the page, in document order."""
    found: list[dict] = []
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        data = _loads(script.text or "")
        if data is not None:
            found.extend(_walk(data))
    return found


def article(objs: list[dict]) -> dict | None:
    """The article object: the first with an article type that has a headline or body;
    without one, a page object that describes an article of its own, with a headline and a
    publication date (a health portal's MedicalWebPage, a WebPage)."""
    candidates = [o for o in objs if types_of(o) & ARTICLE_TYPES]
    for obj in candidates:
        if obj.get("headline") or obj.get("articleBody") or obj.get("datePublished"):
            return obj
    if candidates:
        return candidates[0]
    pages = [o for o in objs if types_of(o) & PAGE_TYPES]
    return next((o for o in pages if o.get("headline") and o.get("datePublished")), None)


def first_text(value: Any) -> str | None:
    """A plain string from a JSON-LD value that may be a list, an object or a string."""
    if isinstance(value, list):
        for item in value:
            text = first_text(item)
            if text:
                return text
        return None
    if isinstance(value, dict):
        return first_text(
            value.get("name") or value.get("@value") or value.get("url") or value.get("@id")
        )
    if isinstance(value, (str, int, float)) and str(value).strip():
        return str(value).strip()
    return None


_ORGANISATIONS = {"organization", "newsmediaorganization", "corporation", "website"}


def names(value: Any, organisations: bool = False) -> list[str]:
    """Person names from an ``author``-like value in any shape, or with ``organisations``
    the names of the organisations it credits instead ("DER SPIEGEL" as author)."""
    items = value if isinstance(value, list) else [value]
    out: list[str] = []
    for item in items:
        is_organisation = isinstance(item, dict) and bool(types_of(item) & _ORGANISATIONS)
        if is_organisation != organisations:
            continue
        name = item.get("name") if isinstance(item, dict) else item
        if isinstance(name, list):
            name = first_text(name)
        if isinstance(name, str) and name.strip():
            out.append(" ".join(name.split()))
    return out


def bios(value: Any) -> list[str]:
    """What an ``author`` value says about its people (``description``, often HTML): an
    author bio that the page also shows, which is neither summary nor story."""
    items = value if isinstance(value, list) else [value]
    found = (item.get("description") for item in items if isinstance(item, dict))
    return [
        " ".join(re.sub(r"<[^>]+>", " ", text).split()) for text in found if isinstance(text, str)
    ]
