"""How the article sits on its page, read once and handed to every field: the content root,
and the region's blocks classified into header, body and trailer (``Layout``).

Modules: ``chrome`` (what is never article, by structure and name), ``content`` (the element
holding the prose), ``blocks`` (reading-order segmentation), ``headline`` (the headline
element and its kicker), ``classify`` (what one block is), ``header`` and ``body`` (the
walks), ``ending`` (where the body ends), ``boxes`` (what inside the body is no story by its
shape), ``teasers`` and ``cards`` (teaser boxes and their titles), ``lead`` (the standfirst
settled), ``parts`` (``Draft`` and ``Layout``).
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from lxml import etree

from ..errors import NewsExtractError
from ..evidence import Evidence, jsonld
from ..lexicon.markup import BULLET_NAMES
from ..page.page import Page
from ..page.tree import class_and_id, common_ancestor
from ..sites import Profile
from . import header, lead, teasers
from .boxes import appeal_boxes, key_points_box, product_boxes, signup_boxes
from .chrome import chrome_reason, is_hidden, widget_boxes
from .classify import teaser_box
from .content import analyse
from .headline import Headline
from .parts import Layout

__all__ = ["Layout", "read"]


def read(page: Page, evidence: Evidence, profile: Profile, headline: Headline) -> Layout:
    """The article's layout on ``page``, around its located ``headline``. Raises
    ``NewsExtractError`` ("not_article") for a page without article prose."""
    root, h1 = page.root, headline.el
    body_root, chrome = analyse(page.elements, chrome_reason, h1, page.position)
    if body_root is None:
        raise NewsExtractError("not_article", "no article text found on the page")
    region = body_root if h1 is None else common_ancestor(h1, body_root)
    sections = (profile.section_of(page.url), *evidence.sections)
    section_names = {s.casefold() for s in sections if s}
    after = page.position(h1 if h1 is not None else body_root)
    boxes = teasers.find(page, after, body_root, evidence.site_names)
    prunable = {box.el for box in boxes if teasers.prunable(box, body_root)}
    skip = _pruner(body_root, headline, chrome, profile, prunable)
    draft = header.walk(region, h1, body_root, skip, profile, section_names, _own_story(page))
    start = page.position(region)
    span = (start, start + sum(1 for _ in region.iter()))
    bios = jsonld.bios(evidence.ld.get("author"))
    described = evidence.descriptions
    lead.settle(draft, root, body_root, h1, described, bios, profile, page.position)
    box_cards = [card for box in boxes for card in box.cards]
    if box_cards and draft.related:  # the boxes' cards among the text's teasers, in order
        draft.related.extend(box_cards)
        draft.related.sort(key=_link_order(page, after))
    else:
        draft.related.extend(box_cards)
    return Layout.of(draft, body_root, span)


def _link_order(page: Page, after: int) -> Callable[[tuple[str, str]], int]:
    """The position of a (title, href) teaser's first link after the headline (``after``),
    for page order; the same story may be linked from the menu or a list above."""
    first: dict[str | None, int] = {}
    for a in page.root.iter("a"):
        url = page.resolve(a.get("href"))
        if url is not None and url not in first and page.position(a) > after:
            first[url] = page.position(a)
    return lambda link: first.get(page.resolve(link[1]), sys.maxsize)  # no anchor: last


def _own_story(page: Page) -> Callable[[str], bool]:
    """Whether an href of the page names a story of the page's own site."""

    def own(href: str) -> bool:
        url = page.resolve(href)
        return url is not None and teasers.story_link(url, page.url)

    return own


def _pruner(
    body_root: etree._Element,
    headline: Headline,
    chrome: Callable[[etree._Element], bool],
    profile: Profile,
    teaser_boxes: set[etree._Element],
) -> Callable[[etree._Element], bool]:
    """Which subtrees the walks leave out: the kicker (read with the headline), the
    labelled teaser boxes (their cards are read apart), the widgets around form controls
    (polls, sign-ups), funding appeals and product boxes, the site's ad slots, and chrome,
    except boxes of teasers (read for ``related``); never the headline's or the body's own
    wrappers."""
    keep = {body_root, *body_root.iterancestors()}
    if headline.el is not None:
        keep.update((headline.el, *headline.el.iterancestors()))
    kicker = headline.kicker_el
    widgets = (
        widget_boxes(body_root, keep)
        | appeal_boxes(body_root, keep)
        | signup_boxes(body_root, keep)
        | product_boxes(body_root, keep)
    )

    def skip(el: etree._Element) -> bool:
        if kicker is not None and el is kicker:
            return True
        if el in keep:
            return False
        if el in teaser_boxes or el in widgets:
            return True
        if profile.ad_names.search(class_and_id(el)):
            return True
        if not chrome(el) or teaser_box(el):
            return False  # boxes of teasers are read for related
        # A box of key points is read for the summary: one named so, or one labelled so,
        # above the body's element or in it (asked of chrome only: the test reads the box).
        if BULLET_NAMES.search(class_and_id(el)) or key_points_box(el):
            return is_hidden(el)
        return True

    return skip
