"""The article's topics: ``shown`` gives the tags a reader sees with the article (under a
topics label, a list of links to topic pages, the keywords the page shows as links), most
reliable first; ``keywords`` the keyword metadata written for search engines.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import urlsplit

from lxml import etree

from ..layout.chrome import chrome_reason, names_of
from ..layout.teasers import numbered_story
from ..lexicon.bylines import FOLLOW_BUTTON
from ..lexicon.labels import SITE_LIST_LABEL, TAGS_LABEL, TAGS_LABEL_WEAK
from ..lexicon.markup import FOOTER_NAMES, TAG_BOX_NAMES
from ..page.text import HEADING_TAGS, clean, tag_of, text_lines, text_of
from ..page.tree import class_and_id, inside
from .context import Context

LABEL_MAX = 40  # a label ("Themen") is a short text of its own
# Keyword values a CMS writes for itself, not for readers: ids and slugs.
_MACHINE_TOKEN = re.compile(
    r"^(?:[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}|[a-z0-9]+(?:[-_][a-z0-9]+){2,})$"
)


def shown(ctx: Context, keywords: list[str]) -> list[str]:
    """The topics shown with the article: under a topics label, else a list of links to
    topic pages, else the keywords shown as links; a link's separator ("Keir Starmer,") is
    no part of its topic, a navigation label ("Alle Themen") no topic. Keywords written
    only into the page's metadata are no tags (they are ``keywords``)."""
    lists: dict[etree._Element, bool] = {}  # which boxes are the site's lists, each read once
    topics = (
        _labelled_topics(ctx)
        or _topic_page_links(ctx, lists)
        or _rel_tags(ctx)
        or _named_topics(ctx)
        or _shown_keywords(ctx, keywords, lists)
    )
    found = [t.strip(" ,;·|") for t in topics]
    if len(found) > 1 and all(_COUNT.search(t) for t in found):
        found = [_COUNT.sub("", t) for t in found]  # "Kirche 3922": the topic's article count
    return list(dict.fromkeys(t for t in found if t and not _NAVIGATION_LABEL.match(t)))


_COUNT = re.compile(r"\s+\(?\d+\)?$")


# A tag's or topic's page ("/tag/ab-initio/", "/thema/us-militaer"), anywhere in the path;
# a category's page is a section of the site (its menu), no topic of the article.
_TAG_PATH = re.compile(
    r"/(?:tags?|thema|themen|topics?|schlagworte?|schlagwörter|stichworte?|keywords?|"
    r"sujets?|temas?|argomenti)/[^/?#]+",
    re.I,
)
TOPIC_CLIMB = 3  # how far above a topic link its list of topic links may reach
TOPIC_LINKS_MIN = 2  # one link to a topic page is a pointer ("Alle Artikel zum Thema")
TOPIC_CHARS = 40  # a topic is a name or a term, no card's title
TOPIC_BOX_CHARS = 400  # a box of topic chips holds little but them and its label


def _topic_page_links(ctx: Context, lists: dict[etree._Element, bool]) -> list[str]:
    """Without a label, the first list after the headline of two or more short links to
    topic pages, never in a sentence of the text or the site's menu or footer: the topics
    shown as chips or a line of links (a card or a lone "all articles" link names none)."""
    page, h1 = ctx.page, ctx.headline.el
    start = page.position(h1) if h1 is not None else ctx.layout.region_positions[0]
    judged: list[etree._Element] = []  # boxes already read: their other links say no more
    for a in page.root.iter("a"):
        if page.position(a) <= start or not _topic_link(a) or _in_prose(a):
            continue
        if any(inside(a, box) for box in judged):
            continue
        if any(_site_footer(n) or tag_of(n) == "nav" for n in a.iterancestors()):
            continue
        box = a
        for _ in range(TOPIC_CLIMB):  # the widest wrapper whose links all name topics
            parent = box.getparent()
            if parent is None or len(text_of(parent)) > TOPIC_BOX_CHARS:
                break  # the box of chips ends where the text around it begins
            if not all(_topic_link(x) for x in parent.iter("a")):
                break
            box = parent
        judged.append(box)
        topics = [t for t in (clean(text_of(x)) for x in box.iter("a")) if t]
        beyond = page.position(a) >= ctx.layout.region_positions[1]
        if _site_list(box, lists) or (beyond and _has_twin(box)):
            continue  # "Top-Themen": the site's topics of the day, none of the article's
        if len(topics) >= TOPIC_LINKS_MIN and all(len(t) <= TOPIC_CHARS for t in topics):
            return list(dict.fromkeys(topics))
    return []


def _rel_tags(ctx: Context) -> list[str]:
    """The links marked as the article's tags twice over, by ``rel="tag"`` (the rel-tag
    microformat a blog's engine writes for a post's tags; a category's link says "category
    tag", and some themes mark their sections so too) and by a tag page's address, after
    the headline in the article's region, also in a sentence: "Dieser Eintrag wurde ...
    verschlagwortet mit <a rel=tag>Bäckerei</a>, ..." is the page's line, not the story's."""
    page, h1 = ctx.page, ctx.headline.el
    first, last = ctx.layout.region_positions
    start = page.position(h1) if h1 is not None else first
    found = []
    for a in page.root.iter("a"):
        rel = (a.get("rel") or "").lower().split()
        if "tag" not in rel or "category" in rel or not _topic_link(a):
            continue
        if not start < page.position(a) < last:
            continue
        if any(_site_footer(n) or chrome_reason(n) == "structure" for n in a.iterancestors()):
            continue  # a tag cloud in the sidebar or the footer
        text = clean(text_of(a))
        if text and len(text.split()) <= REL_TAG_WORDS:  # marked so, a longer name is one
            found.append(text)
    return _distinct(found)


REL_TAG_WORDS = 8
TAG_BOX_LINKS = (2, 20)  # a box of the article's topics: a few chips, no directory
_TAG_HINT = re.compile("tag|keyword|schlagw|stichw")  # TAG_BOX_NAMES's words, lower case
_WORD = re.compile(r"\w")

LINKED_BOX = 0.8  # of its text in its links: chips and their separators, little else


def _button(text: str) -> bool:
    """A topic chip's own button ("folgen" / "entfolgen", "Follow") or a list's "Mehr"."""
    return bool(FOLLOW_BUTTON.match(text) or _NAVIGATION_LABEL.match(text))


def _buttons_length(box: etree._Element) -> int:
    return sum(len(t) for t in (clean(text_of(a)) for a in box.iter("a")) if _button(t))


def _named_topics(ctx: Context) -> list[str]:
    """Without a label, the first box after the headline in the article's region that its
    markup names as the tags (``<div class="ArticleTags_tags__x">``) holding two or more
    short links and little else, none to a story by its number or file."""
    page, h1 = ctx.page, ctx.headline.el
    first, last = ctx.layout.region_positions
    start = page.position(h1) if h1 is not None else first
    elements = page.elements
    for el, names in zip(elements.nodes, elements.names):
        if not _TAG_HINT.search(names) or not TAG_BOX_NAMES.search(names_of(el)):
            continue  # the cheap test first: most elements have none of the words
        if not start < page.position(el) < last:
            continue
        links = [a for a in el.iter("a") if _WORD.search(text_of(a))]
        links = [a for a in links if not _button(clean(text_of(a)))]
        links = [a for a in links if not _tags_label(clean(text_of(a)))]  # "Tags" linked
        if not TAG_BOX_LINKS[0] <= len(links) <= TAG_BOX_LINKS[1]:
            continue
        texts = [clean(text_of(a)) for a in links]
        if any(len(t) > TOPIC_CHARS or len(t.split()) > TOPIC_WORDS for t in texts):
            continue
        shown = clean(text_of(el))
        if sum(map(len, texts)) < LINKED_BOX * (len(shown) - _buttons_length(el)):
            continue  # a label, a sentence, a list of teasers with their lines
        if any(numbered_story(u) for u in (page.resolve(a.get("href")) for a in links) if u):
            continue
        return _distinct(texts)
    return []


def _site_list(box: etree._Element, lists: dict[etree._Element, bool]) -> bool:
    """A list under a label of the site's own lists ("Top-Themen", "Meistgelesen"): the
    first line of the box or of the wrapper around it and its label."""
    return any(
        node is not None and _labels_site_list(node, lists) for node in (box, box.getparent())
    )


def _labels_site_list(node: etree._Element, lists: dict[etree._Element, bool]) -> bool:
    """The element's first line is a label of the site's lists (read once per element)."""
    if node not in lists:
        lines = text_lines(node)
        lists[node] = bool(lines) and bool(SITE_LIST_LABEL.match(lines[0]))
    return lists[node]


def _topic_link(a: etree._Element) -> bool:
    """A link to a tag's or topic's page."""
    href = a.get("href") or ""
    if not _TAG_PATH.search(href):
        return False  # the cheap test first: the path is part of the address
    try:
        path = urlsplit(href).path
    except ValueError:  # a malformed address ("http://[::1"): no page at all
        return False
    return bool(_TAG_PATH.search(path))


def _shown_keywords(
    ctx: Context, keywords: list[str], lists: dict[etree._Element, bool]
) -> list[str]:
    """The keyword metadata that the page shows as links (topic chips without a label),
    after the headline or above it inside the article's region (never the site's menu),
    never a link in a sentence of the text: a tag is what a reader sees with the article;
    keywords written only for search engines ("coronavirus aktuell") are none."""
    if not keywords:
        return []
    page, h1 = ctx.page, ctx.headline.el
    start = page.position(h1) if h1 is not None else 0
    first, last = ctx.layout.region_positions  # the headline's and the body's region, end out
    wanted = {k.casefold() for k in keywords}
    squeezed = {_squeeze(k) for k in keywords}
    shown = set()
    for a in page.root.iter("a"):
        if not a.get("href") or _squeeze("".join(a.itertext())) not in squeezed:
            continue  # the cheap test first, on the raw text: only a keyword's links
        text = clean(text_of(a)).casefold()
        if text not in wanted or text in shown:
            continue
        at = page.position(a)
        if not (at > start or first <= at < last) or _in_prose(a) or _the_kicker(ctx, a):
            continue
        if not _in_site_lists(a, last, page.position, lists):
            shown.add(text)
    return [k for k in keywords if k.casefold() in shown]


def _the_kicker(ctx: Context, a: etree._Element) -> bool:
    """The link is the kicker over the headline (a rubric "Dispatch", a section label),
    read as the kicker: the same word among the keywords makes it no topic chip."""
    kicker = ctx.headline.kicker_el
    return kicker is not None and (a is kicker or inside(a, kicker) or inside(kicker, a))


def _squeeze(text: str) -> str:
    """The text's letters and digits alone, lower case: one form of a link's raw text and
    of its text as read, whatever spaces, breaks or soft hyphens stand between."""
    return _NOT_WORD.sub("", text.casefold())


_NOT_WORD = re.compile(r"[\W_]+")
_BREADCRUMB = re.compile(r"[›»>]| / ")
SITE_LIST_DEPTH = 3  # how far above a link the label of the site's list may stand


def _in_site_lists(
    a: etree._Element,
    region_end: int,
    position: Callable[[etree._Element], int],
    lists: dict[etree._Element, bool],
) -> bool:
    """A link of the site's own lists: its footer or, after the article, one column of its
    link directory, its topics of the day, a breadcrumb ("Lokales › Grendelsheim"). (A menu
    above the headline is left out by its place; a <nav> after it may hold the topics:
    "Lesen Sie mehr zum Thema".)"""
    parent = a.getparent()
    crumbs = parent is not None and _BREADCRUMB.search(text_of(parent))
    if crumbs and sum(1 for _ in parent.iter("a")) >= 2:
        return True
    beyond = position(a) >= region_end
    for depth, node in enumerate(a.iterancestors()):
        if _site_footer(node) and position(node) >= region_end:
            return True  # the site's footer after the article (not the article's own)
        if depth < SITE_LIST_DEPTH and _site_list(node, lists):
            return True  # under "Top-Themen", "Trending topics"
        if beyond and depth < SITE_LIST_DEPTH and _has_twin(node) and _labelled_column(node):
            return True  # after the article, one column of the site's link directory
    return False


PROSE_LINE = 120  # a line this long, mostly not links, is a sentence of text
# The elements a line of text is set in: a sentence's link is read in the nearest of them.
_LINE_TAGS = frozenset(("p", "li", "blockquote", "td", "dd", "div"))
_REGION_TAGS = frozenset(("article", "main", "body", "section", "footer", "header", "aside"))
LINKED_LINE = 0.5  # of a line of topic links, the share that is link text


_BLOCK_TAGS = HEADING_TAGS | frozenset(("p", "div", "ul", "ol", "table", "section", "figure"))


def _holds_blocks(node: etree._Element) -> bool:
    """A div of blocks (a header, a box), not a div set as one paragraph."""
    return any(tag_of(child) in _BLOCK_TAGS for child in node)


def _in_prose(a: etree._Element) -> bool:
    """A link inside a sentence of the text ("... gegen den <a>FC Everton</a> ..."): a
    word of the story, not a topic shown with it."""
    for node in a.iterancestors():
        if tag_of(node) in _REGION_TAGS:
            return False  # no line around the link below the article's parts
        if tag_of(node) in _LINE_TAGS and not (tag_of(node) == "div" and _holds_blocks(node)):
            text = text_of(node)
            linked = sum(len(text_of(x)) for x in node.iter("a"))
            return len(text) >= PROSE_LINE and linked < LINKED_LINE * len(text)
    return False


_NAVIGATION_LABEL = re.compile(
    r"^(?:alle themen|alle|mehr|personen|all topics|more|show (?:more|all)|"
    r"(?:mehr|alle) anzeigen)$",
    re.I,
)


def _labelled_topics(ctx: Context) -> list[str]:
    """The links under a topics label after the headline. A label above the headline
    belongs to the site's menu ("Themen" over its sections), one in the site footer too."""
    page, h1 = ctx.page, ctx.headline.el
    start = page.position(h1) if h1 is not None else 0
    for el in page.elements.nodes:
        own = el.text  # a label is the element's own text, leaf or not: no subtree walk
        named = el.get("aria-label")  # <ul aria-label="Thèmes">: the list names itself
        if named and _tags_label(clean(named)) and el.tag != "a":
            own = None
        elif not own or el.tag in ("title", "script", "style", "a"):
            continue  # a link named "Themen" is a menu's item, no label
        else:
            named = None
            own = own.strip()  # the markup's indentation around it is no part of it
            if not own or len(own) > LABEL_MAX or not _tags_label(clean(own)):
                continue
        if page.position(el) < start:
            continue
        first, last = ctx.layout.region_positions
        if any(
            _site_footer(a) and not first <= page.position(a) < last for a in el.iterancestors()
        ):
            continue  # "Themen" over the site footer's menu; the article's own footer is its
        if page.position(el) >= ctx.layout.region_positions[1] and _directory_column(el):
            continue  # after the article, "Themen" over one column of the site's directory
        if named:
            tags = _links_in(el)
        else:
            tags = _links_in(el) if len(el) and clean(el.text or "") else _links_after(el)
        if TAGS_LABEL_WEAK.match(clean(named or own or "")) and not _only_topics(el, tags, ctx):
            continue
        if tags:
            return _distinct(tags)
    return []


def _tags_label(text: str) -> bool:
    return bool(TAGS_LABEL.match(text) or TAGS_LABEL_WEAK.match(text))


def _only_topics(label: etree._Element, tags: list[str], ctx: Context) -> bool:
    """A weak label ("More On", "Mehr zum Thema") heads topics when it heads two or more
    and its box links to no story (no link longer than a topic, none whose address names
    a story by its number or file): over one topic's headlines, or tabs over teasers, it
    heads a teaser box."""
    if len(tags) < 2:
        return False
    box = label.getparent()
    while box is not None and clean(text_of(box)) == clean(text_of(label)):
        box = box.getparent()
    links = list(box.iter("a")) if box is not None else []
    texts = [*tags, *(text_of(a) for a in links)]  # the links the label heads, and its box's
    if any(len(t.split()) > TOPIC_WORDS or len(t) > TOPIC_CHARS for t in texts):
        return False
    urls = (ctx.page.resolve(a.get("href")) for a in links)
    return not any(url and numbered_story(url) for url in urls)


def _distinct(tags: list[str]) -> list[str]:
    """Each topic once, in its first spelling ("Money" and "money" link the same topic)."""
    seen: set[str] = set()
    return [t for t in tags if not (t.casefold() in seen or seen.add(t.casefold()))]


def _directory_column(label: etree._Element) -> bool:
    """The label heads one column of a grid of link lists (a footer or a menu, whatever its
    class): the label's box, the nearest wrapper holding links, has a twin. The article's
    topics stand alone."""
    box = label.getparent()
    while box is not None and not any(True for _ in box.iter("a")):
        box = box.getparent()
    return box is not None and tag_of(box) not in ("body", "html") and _has_twin(box)


def _labelled_column(node: etree._Element) -> bool:
    """A column of a link directory: a label of its own over two or more links (a row of
    chips is links alone)."""
    links = [text_of(a) for a in node.iter("a")]
    lines = text_lines(node)
    return len(links) >= 2 and bool(lines) and lines[0] not in links


def _has_twin(box: etree._Element) -> bool:
    """A sibling of the same tag and class holds links too: one column of a grid of link
    lists (a footer, a menu)."""
    if tag_of(box) == "a":
        return False  # a link among links, no column
    kind = (box.tag, box.get("class"))
    return any(
        (sib.tag, sib.get("class")) == kind and any(True for _ in sib.iter("a"))
        for sib in (*box.itersiblings(), *box.itersiblings(preceding=True))
    )


def keywords(ctx: Context) -> list[str]:
    """``article:tag`` values, else the JSON-LD keywords; one value may hold a comma list
    ("Spain,Europe,World news"); a CMS's ids and slugs are no tags."""
    values = ctx.evidence.values("article:tag")
    keywords = ctx.evidence.ld.get("keywords")
    if not values and keywords:
        values = keywords if isinstance(keywords, list) else [str(keywords)]
    tags = (clean(t) for v in values for t in str(v).split(","))
    first: dict[str, str] = {}  # one keyword in two spellings ("Strike", "strike"): the first
    for tag in tags:
        if tag and not _MACHINE_TOKEN.match(tag):
            first.setdefault(tag.casefold(), tag)
    return list(first.values())


def _site_footer(el: etree._Element) -> bool:
    """The page's footer, by tag, role or class ("footer", "site-footer"); an article's own
    footer, inside ``<article>``, is not."""
    if tag_of(el) == "footer" or el.get("role") == "contentinfo":
        return chrome_reason(el) == "structure"
    named = FOOTER_NAMES.search(class_and_id(el))
    return bool(named) and not any(tag_of(a) == "article" for a in el.iterancestors())


def _links_in(container: etree._Element) -> list[str]:
    """Texts of the links inside a container whose own text is the label ("Themen <a>..")."""
    found = [text_of(a) for a in container.iter("a")]
    return list(dict.fromkeys(f for f in found if f))


TAGS_CLIMB = 3  # how far above its label a list of topic links may start
TOPIC_WORDS = 6  # a topic is a name or a term of a few words


def _next_box(sibling: etree._Element, texts: list[str]) -> bool:
    """After the topic links, what is no topic link: a box with a heading, or a link
    longer than a topic (a story's title, "Alle Artikel zum Thema ...")."""
    if any(True for _ in sibling.iter(*HEADING_TAGS)):
        return True
    return any(len(t) > TOPIC_CHARS or len(t.split()) > TOPIC_WORDS for t in texts)


def _holds_list(el: etree._Element) -> bool:
    """A list, or a wrapper whose links are all in one list (<div><ul>...</ul></div>)."""
    if tag_of(el) in ("ul", "ol"):
        return True
    lists = list(el.iter("ul", "ol"))
    return len(lists) == 1 and sum(1 for _ in lists[0].iter("a")) == sum(1 for _ in el.iter("a"))


def _links_after(label: etree._Element) -> list[str]:
    """Texts of the links that follow a label such as "Themen" (siblings, then parent's;
    the wrappers of a styled heading around the label alone are climbed for free)."""
    node, label_text, climbed = label, clean(text_of(label)), 0
    while climbed < TAGS_CLIMB:
        if clean(text_of(node)) != label_text:
            climbed += 1
        found = []
        listed = False  # the topics came as a list: it holds them all
        sibling = node.getnext()
        while sibling is not None:
            texts = [text_of(a) for a in sibling.iter("a")]
            if found and _next_box(sibling, texts):
                break  # the box after the list: "Tous nos articles sur ...", teaser cards
            if found and listed and not _holds_list(sibling):
                break  # after the list of topics, the page's tools ("Share", "Reuse")
            if texts:
                found.extend(texts)
                listed = _holds_list(sibling)
            elif found and len(text_of(sibling)) > 3:
                break  # separators such as " | " or "," do not end the list
            sibling = sibling.getnext()
        found = [f for f in found if f]
        if found:
            return list(dict.fromkeys(found))
        node = node.getparent()
        if node is None:
            break
    return []
