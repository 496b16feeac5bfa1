"""Visible dates that only the markup marks: date classes, ``<time>`` without ``datetime``.

Searched near the headline, inside the article region, never in body paragraphs: a date in
the running text is what the article is about, not when it was published.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from lxml import etree

from ..lexicon.dates import parse_visible
from ..lexicon.labels import MODIFIED_TEXT, PUBLISHED_LABEL, PUBLISHED_WORD, UPDATE_LABEL_ONLY
from ..lexicon.markup import COMMENT_NAMES, DATE_NAMES, TEASER_NAMES, lower_case
from ..page.page import Elements, Page
from ..page.text import clean, longer_than, string_value, text_lines
from ..page.tree import class_and_id

# Dates kept in an attribute for a script or a CSS ``content: attr(data-date)`` to show.
_DATE_ATTRIBUTES = ("data-date", "data-published", "data-publish-date", "data-pubdate")
_DIGIT = re.compile(r"\d")
_DATE_WORDS, _TEASER_WORDS = lower_case(DATE_NAMES), lower_case(TEASER_NAMES)


def find(
    root: etree._Element, h1: etree._Element | None, positions: tuple[int, int] | None, page: Page
) -> datetime | date | None:
    """The date in the date-marked element nearest the headline (publication, not update);
    a day-only date takes the time another date-marked element gives for that day."""
    anchor = page.position(h1) if h1 is not None else 0
    page_of_headline = {h1, *h1.iterancestors()} if h1 is not None else set()
    best = None
    candidates: list[tuple[int, datetime | date]] = []
    elements = page.elements if root is page.root else Elements.of(root)
    for el, tag, names in zip(elements.nodes, elements.tags, elements.names):
        if not tag or tag in ("script", "style", "meta", "body", "html"):
            continue
        names = f"{names} {el.get('itemprop', '')} {el.get('data-testid', '')}"
        attribute = next((el.get(a) for a in _DATE_ATTRIBUTES if el.get(a)), None)
        named = tag == "time" or bool(_DATE_WORDS.search(names.lower()))
        if not named and not attribute and tag not in ("p", "li") and not _labelled(el):
            continue  # an element counts by its class, its attribute, or its own label
        if not attribute and not _DIGIT.search("".join(el.itertext())):
            continue  # every date a page shows has a digit (a day, a year, an hour)
        if (h1 is not None and _in_teaser(el, page_of_headline)) or _after_update_label(el):
            continue
        # Paragraphs and list items count only with a label: their dates are the story's.
        found = _date_in(text_lines(el), bare=named and tag != "p")
        if found is None and attribute and not MODIFIED_TEXT.match(attribute):
            found = parse_visible(attribute)  # <div data-date="18. März 2020"> drawn by CSS
        if found is None:
            continue
        pos = page.position(el)
        if positions is not None and pos >= positions[1] and dates_another(el, page):
            continue  # after the article, a teaser's or a reader's date
        outside = positions is not None and not positions[0] <= pos <= positions[1]
        distance = abs(pos - anchor) + (300 if outside else 0)
        candidates.append((distance, found))
        if best is None or distance < best[0]:
            best = (distance, found)
    if best is None:
        return None
    if not isinstance(best[1], datetime):  # a day: another element may give its time
        timed = [(d, f) for d, f in candidates if isinstance(f, datetime) and f.date() == best[1]]
        return min(timed, key=lambda pair: pair[0])[1] if timed else best[1]
    return best[1]


def _labelled(el: etree._Element) -> bool:
    """The element's own text opens with a published label ("Erstellt am", "Posted")."""
    own = el.text
    return bool(own) and len(own) <= 160 and bool(PUBLISHED_WORD.search(own))


def _after_update_label(el: etree._Element) -> bool:
    """A date set after an update label of its own ("<span>Updated</span><span>20:49, 5 Aug
    2024</span>"): the update, not the publication."""
    for before in el.itersiblings(preceding=True):
        shown = string_value(before) if isinstance(before.tag, str) else ""
        label = clean(shown + (before.tail or ""))
        if label:
            return bool(UPDATE_LABEL_ONLY.match(label))
    parent = el.getparent()
    return parent is not None and bool(UPDATE_LABEL_ONLY.match(clean(parent.text or "")))


def _in_teaser(el: etree._Element, page_of_headline: set[etree._Element]) -> bool:
    """A date in a teaser card for another story ("default-teaser__date") or in a reader's
    comment ("comment_time"). Names count up to the container that holds the headline too:
    that one is the story's page, whatever its class says."""
    for node in (el, *el.iterancestors()):
        if node in page_of_headline:
            return False
        if _TEASER_WORDS.search(node.get("class", "").lower()):
            return True
    return False


CARD_TEXT_MAX = 250  # a teaser's card or a comment's head: a title, a date, a name
CARD_CLIMB = 2


def dates_another(el: etree._Element, page: Page) -> bool:
    """A date set in a small card with a link to another page (a teaser: "<li><a>Title</a>
    <span>13 March 2020</span></li>") or in a reader's comment."""
    if any(COMMENT_NAMES.search(class_and_id(n)) for n in el.iterancestors()):
        return True
    node = el
    for _ in range(CARD_CLIMB):
        node = node.getparent()
        if node is None or longer_than(node, CARD_TEXT_MAX):
            return False
        for a in node.iter("a"):
            href = (a.get("href") or "").strip()
            url = page.resolve(href) if href and not href.startswith("#") else None
            if url is not None and url != page.url:
                return True
    return False


def _date_in(lines: list[str], bare: bool) -> datetime | date | None:
    """The date an element shows: a labelled one on any of its lines ("Datum 28.04.2023",
    "Erschienen am: 01.11.2023" under a footer's first line), else a short date-marked text."""
    text = clean(" ".join(lines))
    if not text:
        return None
    for line in (text, *lines) if len(lines) > 1 else (text,):
        labelled = PUBLISHED_LABEL.search(line) if len(line) <= 120 else None
        if labelled:
            return parse_visible(labelled.group(1))  # "Letzte Änderung: ... Erschienen am: .."
    if not bare or len(text) > 60 or MODIFIED_TEXT.match(text):
        return None
    return parse_visible(text)
