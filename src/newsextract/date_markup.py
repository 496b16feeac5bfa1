"""Visible dates that only the markup marks: date classes, ``<time>`` without ``datetime``.

Searched near the headline, inside the article region, never in body paragraphs: a date in
the running text is what the article is about, not when it was published.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from lxml import etree

from .dates import parse_visible
from .parse import Page
from .text import clean, tag_of, text_lines

_DATE_NAMES = re.compile(
    r"date|datum|time|zeit|publish|pubdate|posted|created|veroeffentlicht|dateline|"
    r"article-?meta|entry-?meta|post-?meta|byline|info",
    re.I,
)
_MODIFIED = re.compile(r"aktualisiert|updated|geändert|modified|stand|letzte änderung", re.I)
# A paragraph that labels the publication date is not body text ("Erschienen am: 01.11.2023").
_PUBLISHED_LABEL = re.compile(
    r"(?:^|\s)(?:veröffentlicht|erschienen|publiziert|datum|"
    r"published|posted)(?: am| on)?\s*:?\s*(.{6,40})",
    re.I,
)


def find(
    root: etree._Element, h1: etree._Element | None, positions: tuple[int, int] | None, page: Page
) -> datetime | date | None:
    """The date in the date-marked element nearest the headline (publication, not update)."""
    anchor = page.position(h1) if h1 is not None else 0
    best = None
    for el in root.iter():
        tag = tag_of(el)
        if not tag or tag in ("script", "style", "meta", "body", "html"):
            continue
        names = (
            f"{el.get('class', '')} {el.get('id', '')} {el.get('itemprop', '')} "
            f"{el.get('data-testid', '')}"
        )
        if tag != "time" and tag != "p" and not _DATE_NAMES.search(names):
            continue
        text = clean(" ".join(text_lines(el)))
        if not text or len(text) > 120:
            continue
        labelled = _PUBLISHED_LABEL.search(text)
        if labelled:
            text = labelled.group(1)  # "Letzte Änderung: ... Erschienen am: 01.11.2023"
        elif tag == "p" or len(text) > 60 or _MODIFIED.match(text):
            continue
        found = parse_visible(text)
        if found is None:
            continue
        pos = page.position(el)
        outside = positions is not None and not positions[0] <= pos <= positions[1]
        distance = abs(pos - anchor) + (300 if outside else 0)
        if best is None or distance < best[0]:
            best = (distance, found)
    return best[1] if best else None
