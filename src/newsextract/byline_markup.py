"""Bylines that only the markup marks: ``itemprop=author``, ``rel=author``, author classes.

Many sites print the names without "Von" (``<div class="article-byline"><span>A</span>
<span>B</span></div>``); the element, not the text, says these are authors.
"""

from __future__ import annotations

import re

from lxml import etree

from .byline import labelled_names
from .parse import Page
from .text import clean, tag_of, text_lines

_AUTHOR_NAMES = re.compile(
    r"(?:^|[\s_-])(?:byline|author|authors|autor|autoren|autorin|verfasser|writer|creator|"
    r"article-origins|contributor)(?:s|name|-name|__name|_name|info|-info|box)?(?:$|[\s_-])",
    re.I,
)
_PROFILE_LINK = re.compile(
    r"/(?:autor|autoren|author|authors|profil|profile|redaktion|team)"
    r"(?:/|-|$)",
    re.I,
)


def _candidates(root: etree._Element):
    for el in root.iter():
        if not isinstance(el.tag, str) or tag_of(el) in ("meta", "link", "script", "body", "html"):
            continue
        names = f"{el.get('class', '')} {el.get('id', '')}"
        if (
            el.get("itemprop") == "author"
            or "author" in (el.get("rel") or "").split()
            or _AUTHOR_NAMES.search(names)
        ):
            yield el


def _names_in(el: etree._Element) -> list[str]:
    """Names inside a byline element: a labelled name ("Autor: X"), itemprop=name, profile
    links, or one child per name."""
    labelled = labelled_names(clean(" ".join(text_lines(el))))
    if labelled:
        return labelled
    named = [clean(" ".join(text_lines(n))) for n in el.iter() if n.get("itemprop") == "name"]
    if named:
        return [n for n in named if n]
    links = [a for a in el.iter("a") if _PROFILE_LINK.search(a.get("href") or "")]
    if links:
        return [clean(" ".join(text_lines(a))) for a in links]
    children = [clean(" ".join(text_lines(c))) for c in el if isinstance(c.tag, str)]
    children = [c for c in children if c]
    if len(children) >= 2 and not clean(el.text or "") and all(len(c) < 60 for c in children):
        return children
    return [clean(" ".join(text_lines(el)))]


def find(
    root: etree._Element, h1: etree._Element | None, positions: tuple[int, int] | None, page: Page
) -> tuple[str, list[str]] | None:
    """The byline element nearest the headline, as (its text, the names it holds)."""
    best = None
    anchor = page.position(h1) if h1 is not None else 0
    for el in _candidates(root):
        text = clean(" ".join(text_lines(el)))
        if not text or len(text) > 200:
            continue
        pos = page.position(el)
        outside = positions is not None and not positions[0] <= pos <= positions[1]
        # Nearest the headline wins; before it or outside the article costs distance.
        distance = abs(pos - anchor) + (0 if pos >= anchor else 50) + (300 if outside else 0)
        if best is None or distance < best[0]:
            best = (distance, el, text)
    if best is None:
        return None
    _, el, text = best
    return text, _names_in(el)
