"""Teaser sections the article presents outside its text: a labelled box after the headline
("Mehr zum Thema", "Das könnte Sie auch interessieren", "Related stories", "Lire aussi")
holding cards that link to other stories.

The body walk finds the teasers among the body's own blocks; these boxes sit beside the
text (after it, in an ``<aside>``, in the article's footer) where the walk never goes, or
inside the body's element as cards the walk does not read as links. A section is found by
its label; a box without one only where its markup names it for related stories
("related-posts", "further-reading") and its shape, links and first line agree (a few
story cards, no label of the site's own lists). Its cards' titles are read from their
structure (see ``cards``): the heading or title element of the card, without the kicker
over it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from typing import NamedTuple
from urllib.parse import urlsplit

from lxml import etree

from ..lexicon.credits import CREDIT_PREFIX
from ..lexicon.labels import (
    GENERIC_FEEDS,
    MORE_FROM_NAME,
    SITE_LIST_LABEL,
    SITE_MORE_LABEL,
    TAGS_LABEL,
    TEASER_LABEL,
    channel_href,
    is_furniture,
)
from ..lexicon.markup import (
    COMMENT_NAMES,
    FOOTER_NAMES,
    PROFILE_LINK,
    RECOMMENDER_NAMES,
    RELATED_NAMES,
)
from ..page.page import Page, host_of
from ..page.text import HEADING_TAGS, blank, clean, tag_of, text_lines, text_of
from ..page.tree import class_and_id, inside
from .cards import card_title

LABEL_MAX = 60  # a label is a short line of its own
SECTION_CLIMB = 4  # how far above its label a section's links may start
SECTION_CHARS = 5000  # a teaser section is cards, not a page region
PROSE_CHARS = 250  # a paragraph this long without a link is the story's prose, no card
_CARD_CONTENT = HEADING_TAGS | frozenset(("div", "article", "figure", "p"))
SENTENCE_SHARE = 0.5  # a card's link is most of its line; a link in a sentence is less
# Elements that are the page's navigation or footer: no teaser section lives there.
_NAV_TAGS = frozenset(("nav", "menu", "dialog"))
_NAV_ROLES = frozenset(("navigation", "menu", "menubar", "contentinfo", "search", "dialog"))
TITLE_MIN_WORDS = 2
BADGE_WORDS = 3  # a picture link's badge or label, shorter than a title
# A story's path: a slug of three words or more, or an id or year of four digits or more.
_STORY_SLUG = re.compile(r"[^\W_]+(?:[-_+][^\W_]+){2,}", re.U)
_STORY_NUMBER = re.compile(r"\d{4,}")
# A file to download or view (a press kit's PDF, a press picture), no story page.
_DOWNLOAD = re.compile(
    r"\.(?:pdf|docx?|xlsx?|pptx?|odt|zip|rar|jpe?g|png|gif|webp|svg|tiff?|mp3|mp4|mov|csv)$", re.I
)
# A page file named by a lower-case slug of two words or more ("/geschichte/funde-im-
# keller.html"): a section's page is its folder or "index.html", an application's page
# is named in capitals ("Buch-Info.php").
_STORY_FILE = re.compile(r"/[a-zäöüß0-9]+(?:[-_][a-zäöüß0-9]+)+\.(?:s?html?|php|aspx?)$")


class TeaserBox(NamedTuple):
    """A labelled teaser section: its element (never text) and its cards (title, URL)."""

    el: etree._Element
    cards: list[tuple[str, str]]


def find(
    page: Page, after: int, body_root: etree._Element, site_names: tuple[str, ...] = ()
) -> list[TeaserBox]:
    """Every labelled teaser section that starts after document position ``after`` (the
    headline's), in page order, never one labelled "More from <the site>" (by its host or
    one of ``site_names``): beside the body, or a box of its own inside the body's
    element (a label standing among the body's paragraphs heads links the body walk
    reads); with them the cards that carry their label inside their link and the link
    cards set as figures in the text; then the boxes their markup names as related."""
    boxes: list[TeaserBox] = []
    for label in _labels(page, after, site_names):
        if any(a is box.el for box in boxes for a in label.iterancestors()):
            continue  # a second label inside a section already read
        section = _section(label, body_root)
        cards = _cards(page, section, label) if section is not None else []
        if cards:  # a label over no story links heads no teaser box
            boxes.append(TeaserBox(section, cards))
    boxes = boxes + _cards_labelled_inside(page, after, boxes)
    boxes = sorted(boxes + _figure_cards(page, after, body_root, boxes), key=_position(page))
    return boxes + list(_named_boxes(page, after, body_root, boxes, site_names))


FIGURE_CARD_LINES = (2, 4)  # a card: its title, a description, maybe its site and author


def _figure_cards(
    page: Page, after: int, body_root: etree._Element, found: list[TeaserBox]
) -> list[TeaserBox]:
    """Link cards set into the text as a figure or aside of their own (Ghost's bookmark
    card, an embed card, a rich link with its "Read more"): a <figure> or <aside> whose one
    link wraps a title over a description or a cue, to a story of the site. Each is a
    teaser box of its own."""
    site = _site_of(page.url)
    cards: list[TeaserBox] = []
    for fig in body_root.iter("figure", "aside"):
        links = list(fig.iter("a"))
        if len(links) != 1 or page.position(fig) <= after:
            continue
        a = links[0]
        # an empty link laid over the card (its kicker, title and cue beside it): the
        # card's lines are the box's
        lines = text_lines(a) or text_lines(fig)
        # an aside's card may run its label, title and count on one line beside a picture
        pictured = tag_of(fig) == "aside" and next(a.iter("img", "picture"), None) is not None
        least = 1 if pictured else FIGURE_CARD_LINES[0]
        if not least <= len(lines) <= FIGURE_CARD_LINES[1]:
            continue
        if text_lines(fig) != lines or any(inside(fig, box.el) for box in found):
            continue  # a caption beside the link: a picture linked to its source
        url = page.resolve(a.get("href"))
        if not url or url == page.url or not _story_link(url, site) or channel_href(url):
            continue  # a newsletter's or app's page: a promo card, no story
        title = card_title(a)
        credit = bool(CREDIT_PREFIX.match(title))  # "Foto: Jane Doe" on a linked picture
        if len(title.split()) >= TITLE_MIN_WORDS and _title_like(title) and not credit:
            cards.append(TeaserBox(fig, [(title, url)]))
    return cards


def _position(page: Page):
    return lambda box: page.position(box.el)


def _cards_labelled_inside(page: Page, after: int, found: list[TeaserBox]) -> list[TeaserBox]:
    """Cards that carry their label inside their own link, set into the text or beside it
    (``<a href="/story"><span>Lees ook</span><img><span>Title</span></a>``, "Related
    Article" over an ``<h3>``): the label is the link's first line, a title follows it.
    Each card is a box of its own: the link, with the wrappers that hold nothing else."""
    site = _site_of(page.url)
    cards: list[TeaserBox] = []
    for a in page.root.iter("a"):
        first = next((t for t in a.itertext() if t.strip()), "")  # the cheap test first:
        if len(first) > LABEL_MAX * 2 or not TEASER_LABEL.match(clean(first)):
            continue  # most links open with no teaser label
        lines = _label_and_rest(a)
        if lines is None:
            continue
        if SITE_MORE_LABEL.match(lines[0]) or page.position(a) <= after or _in_navigation(a):
            continue
        if any(inside(a, box.el) for box in (*found, *cards)):
            continue
        url = page.resolve(a.get("href"))
        if not url or url == page.url or not _story_link(url, site):
            continue
        title = _title_after_label(a, lines)
        if title is None:
            continue
        box, own = a, text_lines(a)
        while box.getparent() is not None and text_lines(box.getparent()) == own:
            box = box.getparent()
        cards.append(TeaserBox(box, [(title, url)]))
    return cards


def _label_and_rest(a: etree._Element) -> list[str] | None:
    """A link's label and the lines after it, when it opens with a teaser label: its first
    line (a block of its own), or its first element's text (an inline ``<span>`` before
    the title's; after a picture, the first element with words of its own)."""
    lines = text_lines(a)
    if not lines or not clean(text_of(a)):
        return None
    first = lines[0]
    if len(lines) < 2:
        child = next((c for c in a if isinstance(c.tag, str)), None)
        if child is not None and not text_of(child):  # a picture first: the first words
            child = next((c for c in a.iterdescendants() if not blank(c.text)), None)
        first = text_of(child) if child is not None and not clean(a.text or "") else ""
        rest = clean(lines[0][len(first) :]).lstrip(":|–—- ") if lines[0].startswith(first) else ""
        if not first or not rest:
            return None
        lines = [first, rest]
    if len(first) > LABEL_MAX or not TEASER_LABEL.match(first):
        return None
    return lines


def _title_after_label(a: etree._Element, lines: list[str]) -> str | None:
    """A labelled card's title as any card's (its title element, without kicker and
    badge), without the label it opens with."""
    title = card_title(a)
    if title.startswith(lines[0]):
        title = clean(title[len(lines[0]) :]).lstrip(":|–—- ")
    if len(title.split()) < TITLE_MIN_WORDS or is_furniture(title) or title == lines[0]:
        return None
    return title


def _named_boxes(
    page: Page,
    after: int,
    body_root: etree._Element,
    labelled: list[TeaserBox],
    site_names: tuple[str, ...] = (),
) -> Iterator[TeaserBox]:
    """The teaser boxes without a label that their markup names for related stories
    ("related-posts", "further-reading"), after the headline: the outermost such box that
    is teaser-shaped and links to stories of the site, outside the navigation and the
    comments, neither holding the article nor inside a labelled box, nor labelled as the
    site's own feed ("More Stories From <the site>")."""
    found = [box.el for box in labelled]
    elements = page.elements
    for el, names in zip(elements.nodes, elements.names):
        testid = el.get("data-testid")  # hashed classes, the name in a test id
        if testid:
            names = f"{names} {testid.lower()}"
        if not _RELATED_HINT.search(names) or not RELATED_NAMES.search(names):
            continue  # most elements: none of the words in their names, a cheap test
        if any(inside(el, box) or inside(box, el) for box in found):
            continue
        if page.position(el) <= after or inside(body_root, el) or _in_navigation(el):
            continue
        if not _teaser_shaped(el) or not _mostly_links(el) or _site_list(el):
            continue
        lines = text_lines(el)
        if lines and _names_the_site(lines[0], page, site_names):
            continue  # "More Stories From WNHP" over the box: the site's feed
        cards = _cards(page, el, None)
        if NAMED_BOX_CARDS[0] <= len(cards) <= NAMED_BOX_CARDS[1]:
            found.append(el)
            yield TeaserBox(el, cards)


_RELATED_HINT = re.compile("relat|verwandt|further|more|read")  # RELATED_NAMES's words

# A box of teasers holds a few cards: one card named "related" is an item of a feed, and
# a dozen or more are the site's feed under that name (articles present at most 11 on the
# field gold's pages).
NAMED_BOX_CARDS = (2, 12)


def _site_list(box: etree._Element) -> bool:
    """A box labelled as one of the site's own lists ("Aktuelle News", "Meistgelesen",
    "Weitere Nachrichten"), by its first line or the line right before it: the site's
    latest or most read, no teasers of this story."""
    lines = (next(iter(text_lines(box)), ""), _line_before(box))
    return any(SITE_LIST_LABEL.match(line) or SITE_MORE_LABEL.match(line) for line in lines)


def _line_before(box: etree._Element) -> str:
    """The short line right before ``box`` (<h3>Mehr Nachrichten</h3><ul class="related">),
    also when the box is the first part of its wrappers; "" when text or nothing is there."""
    node = box
    for _ in range(SECTION_CLIMB):
        before = node.getprevious()
        while before is not None and not tag_of(before):
            before = before.getprevious()  # comments
        if before is not None:
            lines = text_lines(before)
            return lines[0] if len(lines) == 1 and len(lines[0]) <= LABEL_MAX else ""
        parent = node.getparent()
        if parent is None or clean(parent.text or ""):
            return ""  # the page's top, or text opens the wrapper before the box
        node = parent
    return ""


LINKED_SHARE = 0.2  # of a box inside the body's element, the share of its text in links


def prunable(box: TeaserBox, body_root: etree._Element) -> bool:
    """Whether the walks leave the box out as a whole: always beside the body; inside the
    body's element only when a fifth of its text or more is links, as cards are (a section
    of the story that happens to hold a "Lesen Sie auch" label keeps its prose)."""
    if not inside(box.el, body_root):
        return True
    chars = sum(len(line) for line in text_lines(box.el))
    linked = sum(len(text_of(a)) for a in box.el.iter("a"))
    return chars > 0 and linked >= LINKED_SHARE * chars


def _labels(page: Page, after: int, site_names: tuple[str, ...] = ()) -> Iterator[etree._Element]:
    """Elements after ``after`` whose whole text is a teaser label and no link."""
    elements = page.elements
    for el, tag in zip(elements.nodes, elements.tags):
        if not tag or tag == "title":
            continue
        own = el.text
        icon = bool(len(el)) and blank(own)
        if icon:
            own = el[0].tail  # <span><i class="material-icons">filter_none</i> Label</span>
        if not own or len(own) > LABEL_MAX:
            continue
        text = clean(own)
        if not text or not TEASER_LABEL.match(text) or SITE_MORE_LABEL.match(text):
            continue
        if _names_the_site(text, page, site_names):
            continue  # "More from the BBC": the site's feed, no teasers of this story
        if icon and not _icon(el[0]):
            continue  # words after an element that shows something: no label of this one
        if tag == "a" and _real_href(el) and not _linked_label(el):
            continue  # a link's text; a tab's "#" link is the label itself
        if page.position(el) <= after:
            continue
        whole = clean(f"{el[0].text or ''} {text}") if icon else text
        if len(el) and clean(" ".join(text_lines(el))) != whole:
            continue  # a sentence that opens with the words, or a label with a link in it
        linked = any(
            tag_of(a) == "a" and _real_href(a) and not _linked_label(a) for a in el.iterancestors()
        )
        if not linked and not _in_navigation(el):  # <a name="..."> is an anchor, no link
            yield el


def _names_the_site(label: str, page: Page, site_names: tuple[str, ...] = ()) -> bool:
    """A "More from ..." label that names the site itself (its host's words: "More from
    TMZ" on tmz.com, "More from NBC News" on nbcnews.com, "More From the Los Angeles
    Times" on latimes.com, the initials before the last word; the site's name as the page
    declares it) or all its stories ("More in News")."""
    more = MORE_FROM_NAME.match(label)
    if more is None:
        return False
    words = re.findall(r"\w+", more["name"].casefold())
    name = "".join(words)
    host = re.sub(r"\W", "", host_of(page.url) or "")
    short = "".join(w[0] for w in words[:-1]) + words[-1] if len(words) > 1 else ""
    if name in GENERIC_FEEDS or any(len(n) >= 3 and n in host for n in (name, short)):
        return True
    named = {"".join(re.findall(r"\w+", n.casefold())) for n in site_names}
    return name in named  # "More from ANN" where the publisher is "ANN"


def _other_title(a: etree._Element, label: str) -> bool:
    """A link with a text of its own, not the label's."""
    return clean(text_of(a)) not in ("", label)


LABEL_LINK_CLIMB = 3  # how far above a linked label its card's title link may sit


def _linked_label(a: etree._Element) -> bool:
    """A teaser label set as a link to the card's own story (<h3><a href="/x">Lesen Sie
    auch</a></h3><h2><a href="/x">Title</a></h2>): a link after it in the card goes to the
    same story under another text, the title; a label linked to a section's page is the
    site's list."""
    href, text = (a.get("href") or "").strip(), clean(text_of(a))
    if not _story_path(urlsplit(href).path):
        return False  # the label links to its section's page ("/redaktion-empfiehlt")
    node = a
    for _ in range(LABEL_LINK_CLIMB):
        node = node.getparent()
        if node is None:
            return False
        passed = False
        for other in node.iter("a"):  # in page order: the links after the label
            if other is a:
                passed = True
            elif passed and (other.get("href") or "").strip() == href and _other_title(other, text):
                return True
    return False


_ICON_NAMES = re.compile(r"icon", re.I)
_LIGATURE = re.compile(r"^[a-z]+(?:_[a-z]+)*$")


def _icon(el: etree._Element) -> bool:
    """An icon before a label's words: an icon font's glyph written as its ligature name
    (<i class="material-icons">filter_none</i>), or an empty ``<i>``, ``<span>`` or
    ``<svg>`` that a style or a picture fills (<i class="fa fa-hand-point-right"></i>): no
    text a reader sees."""
    if tag_of(el) == "svg" or tag_of(el) in ("i", "span") and not clean(text_of(el)):
        return not any(tag_of(n) in ("a", "img") for n in el.iter())
    return (
        tag_of(el) in ("i", "span")
        and bool(_ICON_NAMES.search(el.get("class") or ""))
        and bool(_LIGATURE.match(clean(el.text or "")))
    )


def _real_href(a: etree._Element) -> bool:
    """A link that goes somewhere: not an anchor without href, nor a tab's "#" or script."""
    href = (a.get("href") or "").strip()
    return bool(href) and href != "#" and not href.lower().startswith("javascript:")


# A footer named for the article's end ("endofarticle", "article-footer"): the article's own.
_ARTICLE_FOOTER = re.compile(r"article|story|artikel|beitrag|post\b|entry", re.I)


def _in_navigation(el: etree._Element) -> bool:
    """Inside the site's navigation, its footer (not an article's own), the comments or a
    recommendation network's widget."""
    for node in el.iterancestors():
        tag = tag_of(node)
        if tag in _NAV_TAGS or (node.get("role") or "").lower() in _NAV_ROLES:
            return True
        names = class_and_id(node)
        if COMMENT_NAMES.search(names) or RECOMMENDER_NAMES.search(names):
            return True
        site_footer = tag == "footer" or FOOTER_NAMES.search(names)
        if site_footer and not _has_article(node) and not _ARTICLE_FOOTER.search(names):
            return True
    return False


def _has_article(node: etree._Element) -> bool:
    return any(tag_of(a) == "article" for a in node.iterancestors())


def _section(label: etree._Element, body_root: etree._Element) -> etree._Element | None:
    """The nearest wrapper above ``label`` that holds links after it: the teaser section
    (wrappers around the label alone climbed free). When that wrapper holds the article's
    text or a page region, the teaser-shaped box right after the label; when the label is
    the body's last line, the box right after the body. None for a label whose box a
    script fills later, or that heads the body's own links (the body walk reads them)."""
    node, child = label.getparent(), label
    label_text = clean(text_of(label))
    climbed = 0
    while climbed < SECTION_CLIMB:
        if node is None or tag_of(node) in ("body", "html"):
            return None
        if node is body_root:
            # The label heads the body's own links, which the body walk reads, or, as the
            # body's last line, the box that follows the body.
            return _box_after_body(body_root) if _closes(label, body_root) else None
        if any(a is node for a in body_root.iterancestors()):
            return _box_after(child)  # beside the body: the box after the label, if any
        if any(True for _ in _links_after(node, label)):
            if _teaser_shaped(node):
                return node
            return _box_after(child)
        alone = clean(text_of(node)) == label_text
        if alone and len(node) > 1 and _filled_later(child):
            return None  # the label's box is empty: a script fills it with its teasers
        if len(node) > 1 or not alone:
            climbed += 1  # a styled heading's wrappers around the label alone are free
        node, child = node.getparent(), node
    return None


def _filled_later(child: etree._Element) -> bool:
    """After ``child``, a box that holds elements but no text, link or picture: a box a
    script fills (<div data-load="/suggested/..."><div class="loader"></div></div>)."""
    return any(
        len(sib) and not any(True for _ in sib.iter("a", "img", "picture"))
        for sib in child.itersiblings()
        if tag_of(sib) in ("div", "section", "ul", "ol")
    )


def _closes(label: etree._Element, body_root: etree._Element) -> bool:
    """No text follows ``label`` inside the body's element: the label ends the body."""
    node = label
    while node is not body_root and node is not None:
        if clean(node.tail or ""):
            return False  # text right after the label or one of its wrappers
        node = node.getparent()
    passed = False
    for el in body_root.iter():
        if el is label:
            passed = True
        elif passed and not inside(el, label) and (clean(el.text or "") or clean(el.tail or "")):
            return False
    return passed


AFTER_BODY_CLIMB = 6  # wrappers the body's element may close before the next box opens


def _box_after_body(body_root: etree._Element) -> etree._Element | None:
    """The box that opens right after the body's element closes (and the wrappers it is
    the last part of): not a sidebar (<aside>) beside the article, a box of its own."""
    node = body_root
    for _ in range(AFTER_BODY_CLIMB):
        if node is None or tag_of(node) in ("body", "html"):
            return None
        following = next((s for s in node.itersiblings() if tag_of(s)), None)
        if following is not None:
            return None if tag_of(following) in _SIDE_TAGS else _box_after(node)
        node = node.getparent()
    return None


_SIDE_TAGS = frozenset(("aside", "nav", "footer", "menu"))


def _box_after(child: etree._Element) -> etree._Element | None:
    """The box right after the label (or the label's wrapper) when the label stands in a
    larger container of its own, the story's among them (<h4>Ähnliche Artikel</h4> then
    <div class="related">...): that box, if it is teaser-shaped and a fifth or more of its
    text is links, as cards are (not the rest of a story behind a "Read more" button)."""
    box = child.getnext()
    while box is not None and not tag_of(box):
        box = box.getnext()  # comments
    if box is None or not _teaser_shaped(box):
        return None
    return box if _mostly_links(box) else None


def _mostly_links(box: etree._Element) -> bool:
    """A fifth or more of the box's text is links, as in a box of cards."""
    chars = sum(len(line) for line in text_lines(box))
    linked = sum(len(text_of(a)) for a in box.iter("a"))
    return chars > 0 and linked >= LINKED_SHARE * chars


def _teaser_shaped(section: etree._Element) -> bool:
    """Cards, not a page region nor the story: under 5,000 characters, and at most one
    long paragraph that is no link (a card's description is short; the story's prose is
    not)."""
    if sum(len(line) for line in text_lines(section)) > SECTION_CHARS:
        return False
    prose = 0
    for p in section.iter("p"):
        text = text_of(p)
        if len(text) >= PROSE_CHARS and not any(True for _ in p.iter("a")):
            prose += not _describes_card(p, section)
    return prose <= 1


CARD_TEXT_MAX = 1000  # a card: a title link, a date or topic, a paragraph of description
CARD_DEPTH = 3  # how far above its paragraph a card's links may sit


def _describes_card(p: etree._Element, section: etree._Element) -> bool:
    """A long paragraph that is a card's description: the nearest wrapper above it that
    holds a link (the card's title or picture) is short and holds no other long paragraph;
    the story's paragraphs stand together in a long text."""
    node = p.getparent()
    for _ in range(CARD_DEPTH):
        if node is None or node is section:
            return False
        if any(_real_href(a) for a in node.iter("a")):
            long = sum(len(text_of(q)) >= PROSE_CHARS for q in node.iter("p"))
            return long == 1 and sum(len(line) for line in text_lines(node)) <= CARD_TEXT_MAX
        node = node.getparent()
    return False


def _in_a_sentence(a: etree._Element) -> bool:
    """A link set inside a sentence of a paragraph or list item ("Big story: <a>Think
    again</a> about ..."): a phrase of a text, no card of its own; a link around a heading
    or a box is a card, and so is an empty link laid over a card (named by its label)."""
    if any(tag_of(n) in _CARD_CONTENT for n in a.iterdescendants()):
        return False
    own = text_of(a)
    if not own:
        return False
    for node in a.iterancestors():
        tag = tag_of(node)
        if tag in HEADING_TAGS:
            return False
        if tag in ("p", "li", "dd", "td"):
            return len(own) < SENTENCE_SHARE * len(text_of(node))
    return False


def _links_after(section: etree._Element, label: etree._Element | None) -> Iterator[etree._Element]:
    """The links of ``section`` after its label (all of them for a box without one), up to
    the next label of another list ("Meistgelesen", "Themen") or another section's label."""
    passed = label is None or not inside(label, section)  # a box after its label: all links
    for el in section.iter():
        if el is label:
            passed = True
            continue
        if not passed or (label is not None and inside(el, label)):
            continue
        if el.text and len(el.text) <= LABEL_MAX and tag_of(el) != "a":
            text = clean(el.text)
            if text and (SITE_LIST_LABEL.match(text) or TAGS_LABEL.match(text)):
                return
        if tag_of(el) == "a" and el.get("href"):
            yield el


def _cards(
    page: Page, section: etree._Element, label: etree._Element | None
) -> list[tuple[str, str]]:
    """One (title, URL) per story the section links to: a card's image link and title link
    name the same URL once. Left out: links off the site (ads), to a part of a page (its
    comments, "#top"), to a section, author or service page rather than a story, and links
    without a title; a title given to several stories is the box's category label."""
    site = _site_of(page.url)
    cards: list[tuple[str, str]] = []
    seen: set[str] = set()
    for a in _links_after(section, label):
        url = page.resolve(a.get("href"))
        if not url or url == page.url:
            continue
        title = None if _in_a_sentence(a) else _title(a)
        if not _story_link(url, site) and not (
            label is not None and _headed_story(url, site, title)
        ):
            continue
        if title and url in seen:
            # A card's picture link names its story first, by a badge ("mit Video") or the
            # picture's text; its title link after it says more.
            at = next(i for i, (_, u) in enumerate(cards) if u == url)
            if len(cards[at][0].split()) <= BADGE_WORDS < len(title.split()) and _title_like(title):
                cards[at] = (title, url)
        elif title:
            seen.add(url)
            cards.append((title, url))
    titles = Counter(title for title, _ in cards)
    return [(title, url) for title, url in cards if titles[title] == 1]


_SENTENCES = re.compile(r"[.!?]\s")


def _title_like(text: str) -> bool:
    """A title rather than a card's description: short, no sentence ending inside it."""
    return len(text.split()) <= CARD_TITLE_WORDS and not _SENTENCES.search(text)


CARD_TITLE_WORDS = 15


def story_link(url: str, page_url: str | None) -> bool:
    """``url`` names a story of the page's own site: not another site (an ad), not a part
    of a page (its comments, "#top"), not a section, author or service page."""
    return _story_link(url, _site_of(page_url))


def _story_link(url: str, site: str | None) -> bool:
    parts = urlsplit(url)
    return not (site and _site_of(url) != site) and not parts.fragment and _story_path(parts.path)


def numbered_story(url: str) -> bool:
    """An address that names one story by its number or its file ("-1234567.html",
    "/2025/03/05/", "/meldung-100.html"); a slug of words alone may name a topic's page
    ("/all-about/coldbrook-county-council/")."""
    path = urlsplit(url).path
    if PROFILE_LINK.search(path) or _DOWNLOAD.search(path):
        return False
    return bool(_STORY_NUMBER.search(path) or _STORY_FILE.search(path))


def download(url: str) -> bool:
    """A link to a file to download or view (a PDF, a press picture), no page of a story."""
    return bool(_DOWNLOAD.search(urlsplit(url).path))


def _story_path(path: str) -> bool:
    """A path that names one story: a slug of three words or more, or a number of four
    digits or more (an id, a year), not a section, author or service page ("/business",
    "/author/jane-doe/", "/info/privacy", "/newsletter/signup")."""
    if PROFILE_LINK.search(path) or _DOWNLOAD.search(path):
        return False
    return bool(_STORY_SLUG.search(path) or _STORY_NUMBER.search(path) or _STORY_FILE.search(path))


# Second-level labels under a country's domain that a site's own name comes below.
_SECOND_LEVEL = frozenset("co com org net ac gov edu ltd plc or ne go".split())


_TWO_WORD_PAGE = re.compile(r"/[^/]+/[^\W_]+[-_][^\W_]+/?$", re.U)
HEADED_TITLE_WORDS = 4  # a story's headline, not a section's name ("Gesunde Ernährung")


def _headed_story(url: str, site: str | None, title: str | None) -> bool:
    """Under a teaser label, a page of the site whose slug has two words, below a folder
    ("/ernaehrung/eisenreiche-lebensmittel/"), linked by a headline of four words or more:
    a story too; unlabelled, such a path as often names a section."""
    if not title or len(title.split()) < HEADED_TITLE_WORDS:
        return False
    parts = urlsplit(url)
    if (site and _site_of(url) != site) or parts.fragment or PROFILE_LINK.search(parts.path):
        return False
    return bool(_TWO_WORD_PAGE.search(parts.path))


def _site_of(url: str | None) -> str | None:
    """The registrable part of a host, roughly: its last two labels ("wdr.de" for
    "www1.wdr.de"), three for a two-letter second level ("bbc.co.uk")."""
    host = host_of(url)
    if not host:
        return None
    parts = host.split(".")
    second_level = len(parts) >= 3 and len(parts[-1]) == 2 and parts[-2] in _SECOND_LEVEL
    return ".".join(parts[-3:] if second_level else parts[-2:])


def _title(a: etree._Element) -> str | None:
    title = card_title(a)
    if len(title.split()) < TITLE_MIN_WORDS or is_furniture(title) or CREDIT_PREFIX.match(title):
        return None  # too short, a button's words, or the picture's credit ("© X / Agentur")
    return title
