"""Where the headline is: the visible ``<h1>`` (or an ``<h2>`` the metadata confirms) and
the kicker (Dachzeile) above or inside it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from urllib.parse import urlsplit

from lxml import etree

from ..lexicon.dates import parse_visible
from ..lexicon.labels import GENRE_BADGE, STATUS_BADGE, is_furniture
from ..lexicon.markup import (
    HEADLINE_NAMES,
    HIDDEN_NAMES,
    KICKER_NAMES,
    LOGO_NAMES,
    SUBTITLE_NAMES,
)
from ..page.text import clean, raw_text, tag_of, text_lines, text_of
from ..page.tree import class_and_id
from .chrome import chrome_reason

_SEPARATOR = re.compile(r"^[\s:|–—·/-]*$")


@dataclass
class Headline:
    """The headline element (None when only metadata had one) and its texts."""

    el: etree._Element | None
    text: str | None
    kicker: str | None
    kicker_el: etree._Element | None = None


def _similar(a: str, b: str) -> float:
    return SequenceMatcher(None, a.casefold(), b.casefold()).ratio()


def visible(el: etree._Element) -> bool:
    """Not inside a small chrome box (a logo h1 in a menu); big wrappers and forms (a
    page-wide ASP.NET form) do not count."""
    for ancestor in el.iterancestors():
        if tag_of(ancestor) in ("body", "html"):
            return True
        reason = chrome_reason(ancestor)
        if reason not in (None, "form") and len(text_of(ancestor)) < 2000:
            return False
    return True


def _home_logo(h: etree._Element) -> bool:
    """A logo heading: short, and linking to the site's front page, or named a logo and
    showing the logo's picture (<h1 id="logo"><img alt="TSV ..."><span>TSV ...</span>)."""
    if len(text_of(h)) > 40:
        return False
    if LOGO_NAMES.search(class_and_id(h)) and h.find(".//img") is not None:
        return True
    hrefs = [(a.get("href") or "").strip() for a in h.iter("a")]
    return any(href not in ("", "#") and urlsplit(href).path in ("", "/") for href in hrefs)


def _breadcrumb_item(h: etree._Element) -> bool:
    """The last item of a breadcrumb trail: an h1 after two or more sibling links."""
    before = [p for p in h.itersiblings(preceding=True) if isinstance(p.tag, str)]
    return len(before) >= 2 and all(
        tag_of(p) == "a" or (len(p) and all(tag_of(c) == "a" for c in p)) for p in before
    )


def _texts_of(h: etree._Element) -> list[str]:
    """The heading's text and, for a heading made of parts (kicker, headline), each part's."""
    return [text_of(h)] + [text_of(p) for p in _parts(h) or []]


H2_CONFIRMED = 0.8  # an h2 as the headline: the metadata's title says the same
H2_REWORDED = 0.6  # or rewords it, when the only h1 is hidden in a menu or breadcrumb
SECTION_H1 = 0.4  # an h1 this far from every metadata headline names no story


def _section_h1(
    h1s: list[etree._Element], root: etree._Element, hints: list[str]
) -> etree._Element | None:
    """The h2 after the page's h1 that the metadata's headline confirms, when no h1 says
    anything like it: the h1 names the page's section ("Aktuelles aus Hollerbach" over a
    Joomla article's own title, each heading in its own wrapper), the h2 is the story's
    headline."""
    if any(max(_similar(text_of(h), t) for t in hints) >= SECTION_H1 for h in h1s):
        return None
    parts = _with_title_parts(hints)
    passed = False
    for el in root.iter("h1", "h2"):
        passed = passed or el is h1s[0]
        if not passed or tag_of(el) != "h2" or not visible(el):
            continue
        # An h2 beside the h1 in its header is a dek a title may say, unless its markup
        # names it the headline ("c-heading--headline" under a section's name as h1).
        if el.getparent() is h1s[0].getparent() and not _named_headline(el):
            continue
        if max(_similar(x, t) for x in _texts_of(el) for t in parts) > H2_CONFIRMED:
            return el
    return None


def _named_headline(el: etree._Element) -> bool:
    """The element's class, id or test id names it the headline (a template's own style
    name; microdata's itemprop marks a dek as the headline as often)."""
    names = f"{class_and_id(el)} {el.get('data-testid', '')}"
    return bool(HEADLINE_NAMES.search(names)) and not SUBTITLE_NAMES.search(names)


def _heads_group(h: etree._Element) -> bool:
    """A heading inside an <hgroup>: the headline with its kicker or dek."""
    return any(tag_of(a) == "hgroup" for a in h.iterancestors())


def find(root: etree._Element, hints: list[str]) -> Headline:
    """Pick the page's ``<h1>``; of several, the one closest to the metadata headline."""
    h1s = [h for h in root.iter("h1") if text_of(h)]
    candidates = [h for h in h1s if visible(h) and not _breadcrumb_item(h) and not _home_logo(h)]
    section = _section_h1(candidates, root, hints) if candidates and hints else None
    if section is not None:
        found = _split_kicker(root, section, hints)
        if found.kicker_el is not None and next(found.kicker_el.iter("h1"), None) is not None:
            return Headline(found.el, found.text, None)  # the section's name is no kicker
        return found
    if not candidates and hints:
        # Some templates use an h2 for the headline; accept one only if metadata confirms it
        # (the whole heading or, when it is made of a kicker and a headline, one part).
        parts = _with_title_parts(hints)
        scored = [
            (max(_similar(x, t) for x in _texts_of(h) for t in parts), h) for h in root.iter("h2")
        ]
        candidates = [h for score, h in scored if score > H2_CONFIRMED]
        if not candidates:  # the microdata marks the h2 as the headline: that confirms it
            candidates = [h for _, h in scored if h.get("itemprop") == "headline" and visible(h)]
        logos = [h for h in root.iter("h1") if not text_of(h) or _home_logo(h)]
        if not candidates and (logos or any(not visible(h) for h in h1s)):
            # The only h1 is the breadcrumb's last item (the SEO title) or the site's logo;
            # the visible headline is an h2 that heads an <hgroup>, else the first h2 that
            # rewords it.
            grouped = [h for h in root.iter("h2") if visible(h) and _heads_group(h)]
            candidates = grouped[:1] or [h for score, h in scored if score > H2_REWORDED][:1]
    if not candidates and hints:
        # Only a breadcrumb or menu h1 is left: its text, when the <title> or og:title agrees.
        for h in h1s:
            text = text_of(h)
            folded = text.casefold()
            if len(text) >= 15 and any(
                t.casefold() == folded or t.casefold().startswith(folded + " ") for t in hints
            ):
                return Headline(None, text, None)
    if not candidates:
        return Headline(None, None, None)
    if len(candidates) > 1 and hints:
        chosen = max(
            candidates,
            key=lambda h: (
                max(_similar(text_of(h), t) for t in hints),
                len(text_of(h)),
            ),
        )
    else:
        chosen = max(candidates[:3], key=lambda h: len(text_of(h)))
    strapline = _strapline(chosen)
    if strapline is not None:
        return Headline(strapline, text_of(strapline), _text(chosen), chosen)
    return _split_kicker(root, chosen, hints)


_TITLE_PARTS = re.compile(r"\s+[-–—|·]\s+")


def _with_title_parts(hints: list[str]) -> list[str]:
    """The metadata's headlines and the parts of each between a title's separators
    ("Drei Titel bei den Kreismeisterschaften - TSV Lindenau 1911 e.V."): the site's name
    after the headline, unknown where no metadata names the site, confirms no h2."""
    parts = [p for h in hints for p in _TITLE_PARTS.split(h) if len(p.split()) >= 3]
    return list(dict.fromkeys([*hints, *parts]))


def _strapline(h1: etree._Element) -> etree._Element | None:
    """An h1 named as a kicker (``<h1 class="strapline">``) right above an h2: the h2 is
    the headline, set under the line the template marks up as the page's h1."""
    if not KICKER_NAMES.search(class_and_id(h1)):
        return None
    after = h1.getnext()
    if after is None or tag_of(after) != "h2" or not 0 < len(_text(after)) <= 150:
        return None
    if SUBTITLE_NAMES.search(class_and_id(after)):
        return None  # headline then subtitle
    return after


def _text(el: etree._Element) -> str:
    return text_of(el)


def _block_style_classes(root: etree._Element) -> set[str]:
    """Class names the page's own CSS displays as blocks (a kicker span on its own line)."""
    css = " ".join(s.text or "" for s in root.iter("style"))
    found = set()
    for selector, rules in re.findall(r"([^{}]+)\{([^}]*)\}", css):
        if re.search(r"display\s*:\s*(block|flex)", rules):
            found.update(re.findall(r"\.([\w-]+)\s*$", selector.strip()))
    return found


def _parts(h1: etree._Element) -> list[etree._Element] | None:
    """The h1's text-bearing child elements when it is made of such parts only
    (``<span>Kicker</span><span> – </span><span>Headline</span>``), else None."""
    if not _SEPARATOR.match(h1.text or ""):
        return None
    parts = []
    for child in h1:
        text = text_of(child)
        if not _SEPARATOR.match(child.tail or ""):
            return None
        names = class_and_id(child)
        if (
            not text
            or _SEPARATOR.match(text)
            or (HIDDEN_NAMES.search(names) or child.get("aria-hidden") == "true")
            and len(text) < 4
        ):
            continue
        parts.append(child)
    return parts


def _split_kicker(root: etree._Element, h1: etree._Element, hints: list[str]) -> Headline:
    lines = text_lines(h1)
    full = clean(" ".join(lines))
    parts = _parts(h1)
    if parts and len(parts) == 2:
        first, second = (text_of(p) for p in parts)
        if SUBTITLE_NAMES.search(parts[1].get("class", "")):
            # Title then subtitle: the subtitle is no headline, unless the page's metadata
            # titles the article with both ("Title: Subtitle").
            joined = f"{_strip_separators(first)}: {_strip_separators(second)}"
            if any(t.casefold() == joined.casefold() for t in hints):
                return Headline(h1, joined, None)
            return Headline(h1, first, None)
        return Headline(h1, _strip_separators(second), _strip_separators(first), parts[0])
    # A kicker inside the h1: a leading child displayed on its own line.
    first = next(iter(h1), None)
    if first is not None and not clean(h1.text or ""):
        kicker = clean(raw_text(first).replace("\x00", " "))
        rest = clean(full[len(kicker) :]) if full.startswith(kicker) else ""
        rest = _strip_separators(rest)  # "Kicker: Headline" keeps no leading colon
        own_line = (
            len(lines) > 1
            or KICKER_NAMES.search(class_and_id(first))
            or set(first.get("class", "").split()) & _block_style_classes(root)
            or (first.tail is None and len(first) and tag_of(first[-1]) == "br")
            or _glued(kicker, first.tail)
            or _hidden_separator(first.getnext())
            or _bold_lead(first, kicker, rest)
        )
        if kicker and rest and own_line and tag_of(first) != "a":
            return Headline(h1, rest, _strip_separators(kicker), first)
    kicker, kicker_el = _kicker_before(h1)
    return Headline(h1, full, kicker, kicker_el)


BOLD_LEAD_WORDS = 5  # a kicker set in bold inside the heading is a few words


def _bold_lead(first: etree._Element, kicker: str, rest: str) -> bool:
    """A heading that opens with a bold part (<h2><strong>Deutschlandtakt</strong> Flixbus
    attackiert ...</h2>): the heading is bold already; its bold lead is a part apart."""
    return (
        tag_of(first) in ("strong", "b")
        and len(kicker.split()) <= BOLD_LEAD_WORDS
        and len(rest.split()) >= 3
        and not kicker.endswith((",", "-"))
    )


def _hidden_separator(el: etree._Element | None) -> bool:
    """A separator only screen readers read (<span class="sr-only">: </span>): the parts
    around it are set apart on the screen."""
    return (
        el is not None
        and _SEPARATOR.match(text_of(el) or "x") is not None
        and bool(HIDDEN_NAMES.search(class_and_id(el)) or el.get("aria-hidden") == "true")
    )


def _glued(kicker: str, tail: str | None) -> bool:
    """A word ends and a capitalised one starts with no space between them
    (``<span>Nationale Demo</span>Der 9. Juli``): the kicker is set on its own line, or the
    words would run together."""
    return bool(tail) and kicker[-1:].islower() and tail[:1].isupper()


def _strip_separators(text: str) -> str:
    return text.strip(" :|–—·-").strip()


KICKER_CLIMB = 2  # wrappers the headline opens, above which its kicker may stand


def _kicker_before(h1: etree._Element) -> tuple[str | None, etree._Element | None]:
    """A short line right before the headline, in the same header (not a section link):
    before the headline itself or before the wrapper the headline opens
    (<p>Nachruf</p><div><h1>...</h1><p>1. Februar 2022</p></div>)."""
    node, own = h1, text_of(h1)
    for _ in range(KICKER_CLIMB + 1):
        prev = node.getprevious()
        # past empty elements and a subscription badge of its own ("Article réservé aux
        # abonnés" between the kicker and the headline)
        while prev is not None and (not text_of(prev) or STATUS_BADGE.match(text_of(prev))):
            prev = prev.getprevious()
        if prev is not None:
            break
        if not _opens(node):
            return None, None  # text above the headline inside its wrapper: no kicker
        node = node.getparent()
        if node is None:
            return None, None
    if prev is not None and tag_of(prev) in ("ul", "ol") and len(prev) == 1:
        prev = prev[0]  # a list of one category (<ul class="category"><li><a>): its item
    if prev is None or tag_of(prev) in ("ul", "ol", "nav", "figure", "img", "time"):
        return None, None
    text = _without_date(prev) or _after_section_link(prev)
    if STATUS_BADGE.match(text):
        text = text_of(prev)  # the second line is a badge: the label is the first
    text = _without_badges(text, prev)
    if STATUS_BADGE.match(text):
        return None, None  # only a badge ("Member-only story", "Premium"): no kicker
    if not _is_kicker(text, prev) or text.casefold() == own.casefold():
        return None, None
    if node is not h1 and len(text_lines(prev)) > 1:
        return None, None  # above the wrapper, lines of their own: a menu, a share bar
    return text.rstrip(":").strip(), prev


def _without_date(box: etree._Element) -> str | None:
    """The label of a kicker line that also holds the date, each in its own element
    (<div class="kicker"><span>Energie</span><time>12.12.2022, 08:30 Uhr</time></div>): the
    one part that is no date; None when the line is not so made."""
    parts = [c for c in box if isinstance(c.tag, str) and text_of(c)]
    if len(parts) != 2 or clean(box.text or "") or any(clean(c.tail or "") for c in parts):
        return None
    dated = [c for c in parts if tag_of(c) in ("time", "date") or parse_visible(text_of(c))]
    if len(dated) != 1:
        return None
    return next(text_of(c) for c in parts if c is not dated[0])


def _without_badges(text: str, box: etree._Element) -> str:
    """The line without a status badge of its own element at its start or end (<span
    class="badge">Abonnés</span> <a>Sécheresse</a>): the badge says how the story is
    offered, the kicker what it is about."""
    for node in box.iterdescendants():
        badge = text_of(node)
        badged = STATUS_BADGE.match(badge) or GENRE_BADGE.match(badge) or is_furniture(badge)
        if not badge or badge == text or not badged:
            continue  # a badge, or a button's words beside the label ("Artikel merken")
        if text.startswith(badge + " "):
            text = text[len(badge) + 1 :]
        elif text.endswith(" " + badge):
            text = text[: -len(badge) - 1]
    return text


def _opens(node: etree._Element) -> bool:
    """No text stands before ``node`` in its parent: neither the parent's own text nor a
    tail of an earlier sibling (their own text the caller has found empty)."""
    parent = node.getparent()
    if parent is None or clean(parent.text or ""):
        return False
    return not any(clean(s.tail or "") for s in node.itersiblings(preceding=True))


def _after_section_link(box: etree._Element) -> str:
    """The box's text, or, when it is two lines and the first is a link of its own (the
    section: <li><a>Politik</a></li><li>Mietenstreik in den USA</li>), the second line."""
    lines = text_lines(box)
    links = list(box.iter("a"))
    if len(lines) == 2 and len(links) == 1 and text_of(links[0]) == lines[0]:
        return lines[1]
    return text_of(box)


_NOT_KICKER = re.compile(
    r"(?i)^(?:von|by|erstellt|aktualisiert|stand|updated?|published|veröffentlicht)\b"
    r"|\d{1,2}\.\d{1,2}\.|\d{1,2}/\d{1,2}/\d{2,4}|^vor \d+ \w+$|\bago$"
    r"|\b\d+ (?:views|comments|kommentare)\b"
    r"|\d{4}年\d{1,2}月|^(?:supported by|sponsored|advertisement|anzeige|werbung)\b"
    r"|continue reading|^(?:来源|quelle|source|fonte|fuente)\s*[:：]|\.$"
    r"|\b\d+\s*(?:min|minuten|minutes?)\.?\s*(?:read|lesezeit|lesedauer)\b"
    r"|^[>›»<‹«]\s"  # "> Evangelische Kirche: ...": a link back to another page
    r"|^(?:lesezeit|lesedauer|reading time)\b"
    r"|^(?:jan|feb|mär|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec)[a-zä]*\.? \d{1,2}"
    r"(?:st|nd|rd|th)?$"
)
_WORD = re.compile(r"[^\W\d_]{2}")  # a kicker says something: a word of two letters


def _is_kicker(text: str, box: etree._Element) -> bool:
    """A short line that is no dateline, byline, breadcrumb or section link."""
    if (
        not text
        or len(text) > 80
        or len(text.split()) > 8
        or _NOT_KICKER.search(text)
        or not _WORD.search(text)
        or len(re.findall(r"\s[|›»>/]\s|[|›»>/]$", text)) >= 2  # a breadcrumb "Front | Ausland |"
    ):
        return False
    if parse_visible(text):
        return False  # "Apr 28, 2024 10:00 AM"
    links = list(box.iter("a"))
    if len(links) > 1:
        return False  # the categories as a row of links: "Allgemein Diss Information"
    # A link that is the whole line: the section's or topic's label set over the headline
    # (<a href="/category/smartphones/">Smartphones</a>), or set as a kicker by name
    # (<a class="entry-kicker">Wissen</a>); not a skip link, an ad's or a share button's.
    if links and len(text_of(links[0])) >= len(text) * 0.9:
        named = any(KICKER_NAMES.search(class_and_id(n)) for n in (box, links[0]))
        return named or _section_page(links[0].get("href"))
    return True


SECTION_DEPTH = 3  # /news/politics/europe/: deeper paths are stories, not sections


def _section_page(href: str | None) -> bool:
    """A link to a section or topic page of a site: a short path of words, no file, no
    query (a redirect, an ad server's click counter, a share form), not the home page."""
    try:
        parts = urlsplit((href or "").strip())
    except ValueError:
        return False
    if parts.scheme not in ("", "http", "https") or parts.query:
        return False
    segments = [s for s in parts.path.split("/") if s]
    if segments and _INDEX_PAGE.match(segments[-1]):
        segments.pop()  # "/de/sport/olympia/index.html": the section's own page
    return 0 < len(segments) <= SECTION_DEPTH and not any("." in s for s in segments)


_INDEX_PAGE = re.compile(r"^(?:index|default)\.(?:s?html?|php|aspx?|jsp)$", re.I)
