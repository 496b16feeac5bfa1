"""Links: the teasers the article presents (``related``) and its topics (``tags``).

Tags come from a labelled list of topic links ("Themen: ..."), else the keyword metadata;
a teaser that is one of the tags is a topic link, not a teaser.
"""

from __future__ import annotations

import re
from typing import NamedTuple
from urllib.parse import urlsplit

from lxml import etree

from ..article import Link
from ..layout.chrome import chrome_reason
from ..layout.teasers import story_link
from ..lexicon.labels import NOT_A_TEASER, TAGS_LABEL, TEASER_PREFIX, is_furniture
from ..lexicon.markup import FOOTER_NAMES
from ..page.text import clean, tag_of, text_of
from ..page.tree import class_and_id
from .context import Context, Found

LABEL_MAX = 40  # a label ("Themen") is a short text of its own
# The path of a tag, topic or category page: what its links name is a topic.
# ("/tag/canning/", "/thema/medikamente/"; "/thema/<slug>/4711" on some sites is an article).
_TOPIC_PAGE = re.compile(
    r"/(?:tags?|thema|themen|topics?|category|categories|kategorie|schlagworte?|stichwort)"
    r"/[^/]+/?$",
    re.I,
)
# Keyword values a CMS writes for itself, not for readers: ids and slugs.
_MACHINE_TOKEN = re.compile(
    r"^(?:[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}|[a-z0-9]+(?:[-_][a-z0-9]+){2,})$"
)


class Links(NamedTuple):
    related: list[Link]
    tags: list[str]


def find(ctx: Context) -> Found[Links]:
    tags = _tags(ctx)
    related = [r for r in _related(ctx) if r.title not in tags]  # topic links are no teasers
    return Found(Links(related, tags))


# Arrows drawn around a teaser's title in text (">> Title <<", ">>> Title"); never the
# quotation marks » « of a quoted title.
_ARROWS = re.compile(r"^>{2,}\s*|\s*<{2,}$")
LOOSE_TITLE_WORDS = 3  # an unlabelled card's title is a headline, no "Weiterlesen >>"


def _related(ctx: Context) -> list[Link]:
    """The layout's teasers in page order (the body's, its unlabelled cards where they name
    a story of the site, then the labelled boxes') with absolute URLs, each once, never the
    page itself."""
    links: list[Link] = []
    seen = set()
    loose = set(ctx.layout.loose_cards)
    for title, href in ctx.layout.related:
        if (title, href) in loose and not _loose_teaser(ctx, title, href):
            continue
        url = ctx.page.resolve(href)
        title = TEASER_PREFIX.sub("", clean(title))  # "Lesen Sie auch: ..." as the link text
        title = _ARROWS.sub("", title)  # ">> Title <<"
        if not url or not title or url in seen or url == ctx.page.url:
            continue
        if is_furniture(title) or _TOPIC_PAGE.search(urlsplit(url).path):
            continue  # "Play Video"; a link to a tag or topic page is a topic, no teaser
        seen.add(url)
        links.append(Link(title, url))
    return links


def _loose_teaser(ctx: Context, title: str, href: str) -> bool:
    """An unlabelled card in the text is a teaser when it names another story of the site
    by a headline of a few words, not this story's next page nor the page's machinery."""
    url = ctx.page.resolve(href)
    return (
        bool(url)
        and story_link(url, ctx.page.url)
        and urlsplit(url).path != urlsplit(ctx.page.url or "").path
        and len(clean(title).split()) >= LOOSE_TITLE_WORDS
        and not NOT_A_TEASER.search(title)
    )


def _tags(ctx: Context) -> list[str]:
    """The topics shown with the article, else the keyword metadata; a link's separator
    ("Keir Starmer,") is no part of its topic, a navigation label ("Alle Themen") no topic."""
    found = (t.strip(" ,;·|") for t in _labelled_topics(ctx) or _keywords(ctx))
    return list(dict.fromkeys(t for t in found if t and not _NAVIGATION_LABEL.match(t)))


_NAVIGATION_LABEL = re.compile(
    r"^(?:alle themen|alle|mehr|personen|all topics|more|show more|mehr anzeigen)$", re.I
)


def _labelled_topics(ctx: Context) -> list[str]:
    """The links under a topics label after the headline. A label above the headline
    belongs to the site's menu ("Themen" over its sections), one in the site footer too."""
    page, h1 = ctx.page, ctx.headline.el
    start = page.position(h1) if h1 is not None else 0
    for el in page.root.iter():
        own = el.text  # a label is the element's own text, leaf or not: no subtree walk
        if not own or len(own) > LABEL_MAX or el.tag in ("title", "script", "style"):
            continue
        if not TAGS_LABEL.match(clean(own)) or page.position(el) < start:
            continue
        if any(_site_footer(a) for a in el.iterancestors()):
            continue  # "Themen" over the site footer's menu
        tags = _links_in(el) if len(el) and clean(el.text or "") else _links_after(el)
        if tags:
            return tags
    return []


def _keywords(ctx: Context) -> list[str]:
    """``article:tag`` values, else the JSON-LD keywords; one value may hold a comma list
    ("Spain,Europe,World news"); a CMS's ids and slugs are no tags."""
    values = ctx.evidence.values("article:tag")
    keywords = ctx.evidence.ld.get("keywords")
    if not values and keywords:
        values = keywords if isinstance(keywords, list) else [str(keywords)]
    tags = (clean(t) for v in values for t in str(v).split(","))
    return list(dict.fromkeys(t for t in tags if t and not _MACHINE_TOKEN.match(t)))


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


def _links_after(label: etree._Element) -> list[str]:
    """Texts of the links that follow a label such as "Themen" (siblings, then parent's)."""
    node = label
    for _ in range(3):
        found = []
        sibling = node.getnext()
        while sibling is not None:
            texts = [text_of(a) for a in sibling.iter("a")]
            if texts:
                found.extend(texts)
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
