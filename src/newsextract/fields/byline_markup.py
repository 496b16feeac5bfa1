"""Bylines that only the markup marks: ``itemprop=author``, ``rel=author``, author classes.

Many sites print the names without "Von" (``<div class="article-byline"><span>A</span>
<span>B</span></div>``); the element, not the text, says these are authors.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree

from ..layout.chrome import names_of
from ..lexicon.bylines import labelled_names, parse
from ..lexicon.labels import LABEL_ONLY
from ..lexicon.markup import (
    AUTHOR_LINK,
    AUTHOR_NAMES,
    FOREIGN_BYLINE_NAMES,
    PROFILE_LINK,
    SHARE_NAMES,
)
from ..page.page import Elements, Page
from ..page.text import clean, tag_of, text_lines, text_of
from ..page.tree import class_and_id


def _label_of(el: etree._Element) -> etree._Element | None:
    """The author label ("Autor:", "Autorin/Autor") an element opens with, as its own child."""
    for child in el:
        text = child.text or ""
        leaf = len(child) == 0 and isinstance(child.tag, str)
        if leaf and 0 < len(text) < 40 and LABEL_ONLY.match(clean(text)):
            return child
    return None


def _after_label(label: etree._Element) -> str:
    """The text after a label element up to the next <br> or element that is another label."""
    parts = [label.tail or ""]
    for sib in label.itersiblings():
        if tag_of(sib) == "br" or (sib.text and clean(sib.text).endswith(":")):
            break
        parts.append(text_of(sib))
        parts.append(sib.tail or "")
    return clean(" ".join(parts))


# Every word of AUTHOR_NAMES, searched first in the lower-cased class and id: most elements
# hold none of them, and this one test costs a fifth of the full pattern's.
_AUTHOR_HINT = re.compile(
    "byline|author|autor|verfasser|writer|creator|article-origins|contributor"
)


def _named_author(el: etree._Element) -> bool:
    """Class or id name an author part (metaInfoAuthorList: meta-Info-Author-List)."""
    return bool(_AUTHOR_HINT.search(class_and_id(el).lower()) and AUTHOR_NAMES.search(names_of(el)))


def _candidates(elements: Elements) -> Iterator[etree._Element]:
    for el, tag, names in zip(elements.nodes, elements.tags, elements.names):
        if not tag or tag in ("meta", "link", "script", "body", "html"):
            continue
        if tag == "byline" or (
            el.get("itemprop") == "author"
            or "author" in (el.get("rel") or "").split()
            or (_AUTHOR_HINT.search(names) and AUTHOR_NAMES.search(names_of(el)))
            or (tag == "a" and _author_link(el))
            or (len(el) and _label_of(el) is not None)
        ):
            yield el


def _author_link(el: etree._Element) -> bool:
    """A link to an author page whose text is a two- to four-word name."""
    if not AUTHOR_LINK.search(el.get("href") or ""):
        return False
    for line in text_lines(el):
        words = line.split()
        if 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words):
            return True
    return False


def names_in(el: etree._Element) -> list[str]:
    """Names inside a byline element: a labelled name ("Autor: X"), itemprop=name, profile
    links, or one child per name."""
    label = _label_of(el)
    named = _after_label(label) if label is not None else ""
    if named:
        return [p["name"] for p in parse(named)] or [named]
    labelled = labelled_names(text_of(el))
    if labelled:
        return labelled
    named = [text_of(n) for n in el.iter() if n.get("itemprop") == "name"]
    if named:
        return [n for n in named if n]
    links = [a for a in el.iter("a") if PROFILE_LINK.search(a.get("href") or "")]
    if links:
        return [text_of(a) for a in links]
    children = [
        text_of(c)
        for c in el
        if isinstance(c.tag, str)
        and tag_of(c) != "aside"
        and not SHARE_NAMES.search(c.get("class", ""))
    ]
    children = [c for c in children if c]
    if len(children) >= 2 and not clean(el.text or "") and all(len(c) < 60 for c in children):
        return children
    return [text_of(el)]


def _foreign(el: etree._Element) -> str | None:
    """A byline of something else: a teaser card (a link around more than the name), a
    comment, a quote."""
    own = len(text_of(el))
    for anc in el.iterancestors():
        tag = tag_of(anc)
        if tag in ("blockquote", "q"):
            return tag
        href = anc.get("href") or ""
        card = tag == "a" and href and not PROFILE_LINK.search(href)
        if card and len(text_of(anc)) > own + 40:
            return "card link"
    if FOREIGN_BYLINE_NAMES.search(class_and_id(el)):
        return "own class"
    return None


# Names set as sibling elements of one marking: at most this many, each this short.
SIBLING_NAMES_MAX = 6
SIBLING_NAME_CHARS = 80
SEPARATOR_CHARS = 5  # what may stand between two of them: ", ", "und", "&"


def _marking(el: etree._Element) -> tuple[str, str] | None:
    """How the markup marks an element as an author's: itemprop, rel, or its class."""
    if el.get("itemprop") == "author":
        return ("itemprop", "author")
    if "author" in (el.get("rel") or "").split():
        return ("rel", "author")
    if el.get("class") and _named_author(el):
        return ("class", el.get("class"))
    return None


def _alike_siblings(el: etree._Element) -> list[etree._Element]:
    """The byline's names set one element each, side by side, of one marking (two
    ``itemprop=author`` spans, "Dr. A," and "B"): the element and its like siblings in
    page order, or the element alone."""
    key = _marking(el)
    if key is None or el.getparent() is None or not text_of(el):
        return [el]
    group, gap = [el], False
    for sib in el.itersiblings():  # the run of like siblings from el on, nothing between
        if not isinstance(sib.tag, str):
            continue
        if _marking(sib) != key:
            gap = gap or len(text_of(sib)) > SEPARATOR_CHARS  # a ", " or "und" span may
            if gap:
                break
            continue
        if text_of(sib):  # an avatar's link beside the name's is no name
            group.append(sib)
    if not 2 <= len(group) <= SIBLING_NAMES_MAX:
        return [el]
    if any(len(text_of(c)) > SIBLING_NAME_CHARS for c in group):
        return [el]
    return group


def _joined_text(group: list[etree._Element]) -> str:
    """The names of sibling elements as the byline reads: each with the words between them
    ("und"), or a comma where nothing stands between."""
    parts = []
    for member in group[:-1]:
        own, between = text_of(member), clean(member.tail or "")
        if not between and not own.endswith((",", ";", "/", "&")):
            between = ","
        glued = not between or between[0] in ",;"
        parts.append(f"{own}{between}" if glued else f"{own} {between}")
    parts.append(text_of(group[-1]))
    return clean(" ".join(parts))


def find_all(
    root: etree._Element, h1: etree._Element | None, positions: tuple[int, int] | None, page: Page
) -> list[tuple[str, list[str]]]:
    """Byline elements, nearest the headline first, as (text, names); names set in sibling
    elements of one marking are one byline."""
    found = []
    anchor = page.position(h1) if h1 is not None else 0
    grouped: set[etree._Element] = set()
    elements = page.elements if root is page.root else Elements.of(root)
    for el in _candidates(elements):
        if el in grouped:
            continue
        group = _alike_siblings(el)
        grouped.update(group)
        text = _joined_text(group) if len(group) > 1 else text_of(el)
        if not text or len(text) > 200 or _foreign(el):
            continue
        pos = page.position(el)
        outside = positions is not None and not positions[0] <= pos <= positions[1]
        distance = abs(pos - anchor) + (0 if pos >= anchor else 50) + (300 if outside else 0)
        found.append((distance, text, group))
    found.sort(key=lambda t: t[0])
    return [
        (text, [n for member in group for n in names_in(member)]) for _, text, group in found[:3]
    ]
