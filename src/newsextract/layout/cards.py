"""The title of a teaser card: what a reader reads as the other story's headline, from the
card's structure rather than its whole link text (which also holds the kicker, a date, a
description or a "| mehr")."""

from __future__ import annotations

import copy
import re

from lxml import etree

from ..lexicon.markup import CARD_NAMES, HIDDEN_NAMES, KICKER_NAMES, SUBTITLE_NAMES
from ..page.text import HEADING_TAGS, clean, tag_of, text_lines, text_of
from ..page.tree import class_and_id, inside

# The element of a card that holds its title, by class word; a kicker is not one.
_TITLE_NAMES = re.compile(r"title|headline|heading|head\b|hl\b|ueberschrift", re.I)
# A trailing link word after a separator ("Title | mehr", "Title › more"): no part of a title.
_MORE_SUFFIX = re.compile(
    r"\s*[|›»>]\s*(?:mehr|more|weiterlesen|read more|lire la suite)\s*$", re.I
)
_JOINED_KICKER = (":", "|", "–", "—", "-")  # a kicker's mark before the title it joins
KICKER_WORDS = 5  # a kicker line over a card's title is a few words
TITLE_MAX_WORDS = 20  # a card's title is a headline, not its date, kicker and teaser run on
# Parts of a link that show no text (an icon, a picture).
_SILENT = frozenset(("svg", "img", "picture", "figure", "i", "source"))
_DATE_ONLY = re.compile(r"^[\d.:/ -]+$")
# Where a card ends above its link: a title element further up is another card's.
_CARD_TAGS = frozenset(("li", "article", "section", "div"))


def card_title(a: etree._Element) -> str:
    """The title of the card that link ``a`` opens: the heading or title element inside or
    around the link, without the kicker over it, else the link's first line that is no
    date; "" when it has no text."""
    after_separator = _after_hidden_separator(a)
    if after_separator:
        return _MORE_SUFFIX.sub("", after_separator)
    headings = [
        n for n in a.iter() if n is not a and tag_of(n) in HEADING_TAGS and not _is_kicker(n, a)
    ]
    if len(headings) > 1 and tag_of(headings[0]) > tag_of(headings[1]):
        # <h4>kicker</h4><h3>title</h3>: a lesser heading over a greater one is its kicker
        title = clean(" ".join(_lines_without_kicker(headings[1])))
    elif len(headings) > 1:  # <h3>kicker</h3><h4>title</h4> inside one link
        lines = [clean(" ".join(_lines_without_kicker(h))) for h in headings]
        title = _main_line([line for line in lines if line] or [""])
    else:
        holder = headings[0] if headings else _title_element(a)
        parts = _styled_parts(holder) if holder is a else []
        title = (
            _after_leading_kicker(holder)
            or (_main_line(parts) if len(parts) > 1 else "")
            or clean(" ".join(_lines_without_kicker(holder)))
        )
    title = _MORE_SUFFIX.sub("", title).lstrip(":|–—- ")  # ": Title" once the kicker is gone
    said = _READ_CUE.sub("", clean(a.get("title") or a.get("aria-label") or ""))
    if len(title.split()) > TITLE_MAX_WORDS and len(said.split()) >= 3 and said in title:
        return said  # a card read as one run (date, kicker, title, teaser): its link names it
    # "Plus-badge Kicker Title": the link names the title under its badge and kicker; a
    # kicker the page joins to the title ("Crash-Risiko: Wo ...") is read with it
    glued = title != said and title.endswith(said)
    if (
        glued
        and len(said.split()) >= 3
        and not title[: -len(said)].rstrip().endswith(_JOINED_KICKER)
    ):
        return said
    if not title and len(said.split()) >= 3:
        return said  # an empty link laid over the whole card names its story
    if not title and not said and not len(a):
        return _overlaid_heading(a)  # or leaves that to the card's own heading beside it
    return title


# A reading cue before the title in a link's title attribute ("Den Artikel lesen: ...",
# "Read more: ..."): the title is what follows.
_READ_CUE = re.compile(
    r"^(?:(?:den |zum )?artikel(?: lesen| öffnen)?|weiterlesen|mehr lesen|beitrag lesen|"
    r"read (?:more|the (?:full )?(?:article|story))|lire (?:l'article|la suite)|"
    r"leggi (?:l'articolo|tutto)|lees (?:meer|verder))\s*:\s*",
    re.I,
)


def _overlaid_heading(a: etree._Element) -> str:
    """The title of the card an empty link is laid over (<li><a href=...></a><div><h3>
    Title</h3></div></li>): the one heading of the small box the link stands in."""
    node = a.getparent()
    for _ in range(CARD_CLIMB):
        if node is None or len(text_of(node)) > CARD_CHARS:
            return ""
        if any(other is not a and other.get("href") for other in node.iter("a")):
            return ""  # the list of cards, past the card
        headings = [h for h in node.iter(*HEADING_TAGS) if text_of(h)]
        if len(headings) == 1:  # ": Title" once the kicker is gone
            return clean(" ".join(_lines_without_kicker(headings[0]))).lstrip(":|–—- ")
        if headings:
            return ""
        node = node.getparent()
    return ""


_SEPARATOR_MARK = " ⟦sep⟧ "  # stands for the hidden separator while the text is read


def _after_hidden_separator(a: etree._Element) -> str | None:
    """The title after a kicker glued to it by a separator only screen readers see
    ("<span>Höhere Preise</span><span class='visually-hidden'>: </span><span>Empörte
    Seltenfahrer</span>"): the text after the separator, or None."""
    for index, node in enumerate(a.iter()):
        if node is a or not HIDDEN_NAMES.search(class_and_id(node)):
            continue
        if clean(node.text or "") not in (":", "-", "–", "—", "|") or len(node):
            continue
        marked = copy.deepcopy(a)  # the page's tree stays as it is
        separator = next(n for i, n in enumerate(marked.iter()) if i == index)
        separator.text = _SEPARATOR_MARK
        # The title ends with the element that holds kicker, separator and title: a card's
        # description after it ("<p class=text>...") is no part of it. The separator may
        # sit inside the kicker's element: the holder is the nearest with text after it.
        holder = separator.getparent()
        while True:
            _, found, title = text_of(holder).partition(_SEPARATOR_MARK.strip())
            title = clean(title)
            if (found and len(title.split()) >= 2) or holder is marked:
                break
            holder = holder.getparent()
        return title if found and len(title.split()) >= 2 else None
    return None


def _styled_parts(holder: etree._Element) -> list[str]:
    """The lines a card link shows as parts of their own ("<span>Landesregierung</span>
    <span>Ministerin tritt zurück</span>": a kicker over its title), where all of its text
    sits in separate elements; [] for a link whose text runs through its elements."""
    if clean(holder.text or ""):
        return []
    parts = []
    silent = [n for n in holder.iterdescendants() if tag_of(n) in _SILENT or tag_of(n) == "svg"]
    for node in holder.iterdescendants():
        if not isinstance(node.tag, str) or any(inside(node, s) for s in silent):
            continue  # an icon's title ("FAZ+") is no line of the card
        if clean(node.tail or ""):
            return []  # text between the parts: one line of words and styles
        own = clean(node.text or "")
        if own and any(clean(c.text or "") or clean(c.tail or "") for c in node):
            return []  # a part with styled words inside it
        if own:
            parts.append(own)
    return parts


def _after_leading_kicker(holder: etree._Element) -> str | None:
    """The title after a kicker set as the link's first styled part: "<a><span>Alarmierende
    Klimadaten</span> „Es zeigen sich ...“</a>" (the span a few words, the bare text after
    it longer); None for any other shape."""
    if clean(holder.text or ""):
        return None
    parts = [c for c in holder if tag_of(c) not in _SILENT]
    if len(parts) != 1 or tag_of(parts[0]) not in ("span", "strong", "b", "em"):
        return None
    kicker, rest = clean(" ".join(text_lines(parts[0]))), clean(parts[0].tail or "")
    if not kicker or len(kicker.split()) > KICKER_WORDS or len(rest) <= len(kicker):
        return None
    return rest


def _title_element(a: etree._Element) -> etree._Element:
    """The heading around the link, else the element inside it that its class names a
    title (a subtitle only where no other is named and no text follows it), else the link
    itself."""
    for node in a.iterancestors():
        if tag_of(node) in HEADING_TAGS:
            return node
        if tag_of(node) in _CARD_TAGS:
            break
    subtitle = None
    for node in a.iter():
        names = class_and_id(node)
        if node is a or not _TITLE_NAMES.search(names) or KICKER_NAMES.search(names):
            continue
        if not SUBTITLE_NAMES.search(names):
            return node
        if subtitle is None and not clean(node.tail or ""):
            subtitle = node  # a type style ("text-subtitle1") where nothing else is named
    # A subtitle beside a title or before the link's own text is the line over the title:
    # <span class="subheadline">Kicker</span><p class="headline">Title</p>, or
    # <span class="subtitle">Kicker</span> Title.
    return a if subtitle is None else subtitle


def _lines_without_kicker(holder: etree._Element) -> list[str]:
    """The holder's text lines without its kicker's ("Analyse", "Boom-Region Osthessen");
    of several lines left (a kicker, a date, the title, a description) the title is the
    main line."""
    if any(_is_kicker(n, holder) for n in holder.iter()):
        holder = copy.deepcopy(holder)  # the page's tree stays as it is
        for node in [n for n in holder.iter() if _is_kicker(n, holder)]:
            if node.getparent() is not None:
                _drop(node)
    lines = text_lines(holder)
    return lines if len(lines) <= 1 else [_main_line(lines)]


def _is_kicker(node: etree._Element, holder: etree._Element) -> bool:
    return node is not holder and bool(KICKER_NAMES.search(class_and_id(node)))


def _drop(node: etree._Element) -> None:
    """Remove ``node`` and its subtree, keeping the text after it."""
    parent = node.getparent()
    tail = node.tail or ""
    previous = node.getprevious()
    if previous is not None:
        previous.tail = (previous.tail or "") + tail
    else:
        parent.text = (parent.text or "") + tail
    parent.remove(node)


def _main_line(lines: list[str]) -> str:
    """The title among a card's lines (dates left out): the first, unless it is a short
    kicker line over a longer title ("Nach Explosionen auf Mülldeponie" / "Bürgermeister:
    ..."); a line ending in a full stop after it is a description, no title."""
    lines = [line for line in lines if not _DATE_ONLY.match(line)] or lines
    first = lines[0]
    if (
        len(lines) > 1
        and len(first.split()) <= KICKER_WORDS
        and not first.endswith((".", "!", "?"))
    ):
        second = lines[1]
        if len(second.split()) > len(first.split()) and not second.endswith("."):
            return second
    return first


CARD_CHARS = 400  # a card (kicker, title, a line of description, a date) is short
CARD_CLIMB = 3  # how far above its link a card's wrapper may be
ALONE_WORDS = 5  # a link set as a paragraph of its own is a teaser when it reads as a headline


def card_shaped(a: etree._Element, stop: etree._Element) -> bool:
    """Link ``a`` opens a card of another story, by its shape: it or a short wrapper around
    it (below ``stop``) is named a teaser, preview or card, is an ``<article>``, or holds a
    picture or a heading beside the link, or is a paragraph of its own holding only the link
    to a headline of five words or more; a bare link word is none ("Weiterlesen >>")."""
    parent = a.getparent()
    alone = parent is not None and tag_of(parent) == "p" and text_of(parent) == text_of(a)
    if alone and len(text_of(a).split()) >= ALONE_WORDS:
        return True
    node = a
    for _ in range(CARD_CLIMB + 1):
        if node is None or node is stop or len(text_of(node)) > CARD_CHARS:
            return False
        if CARD_NAMES.search(class_and_id(node)) or (node is not a and tag_of(node) == "article"):
            return True
        if any(True for _ in node.iter("img", "picture", *HEADING_TAGS)):
            return True
        node = node.getparent()
    return False


def titled_links(el: etree._Element, links: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The (text, href) ``links`` of a block under ``el`` as (card title, href): each link
    text replaced by its card's title, where the link is found and has one."""
    anchors = {(text_of(a), a.get("href") or ""): a for a in el.iter("a")}
    out = []
    for text, href in links:
        if not text or not href:
            continue
        a = anchors.get((text, href))
        out.append(((card_title(a) if a is not None else "") or text, href))
    return out
