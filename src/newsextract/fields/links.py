"""Links: the teasers the article presents (``related``), its topics (``tags``) and its
keyword metadata (``keywords``), the last two read by ``tags``; a teaser that is one of
the tags is a topic link, not a teaser.
"""

from __future__ import annotations

import re
from typing import NamedTuple
from urllib.parse import urlsplit

from ..article import Link
from ..layout.teasers import download, story_link
from ..lexicon.labels import (
    NOT_A_TEASER,
    TEASER_PREFIX,
    is_furniture,
)
from ..page.text import clean
from . import tags
from .context import Context, Found

# The path of a tag, topic or category page: what its links name is a topic.
# ("/tag/canning/", "/thema/medikamente/"; "/thema/<slug>/4711" on some sites is an article).
_TOPIC_PAGE = re.compile(
    r"/(?:tags?|thema|themen|topics?|category|categories|kategorie|schlagworte?|stichwort)"
    r"/[^/]+/?$",
    re.I,
)


class Links(NamedTuple):
    related: list[Link]
    tags: list[str]
    keywords: list[str]


def find(ctx: Context) -> Found[Links]:
    keywords = tags.keywords(ctx)
    shown = tags.shown(ctx, keywords)
    related = [r for r in _related(ctx) if r.title not in shown]  # topic links are no teasers
    return Found(Links(related, shown, keywords))


# Arrows and bullets drawn before a teaser's title in text (">> Title <<", "► Title",
# "→ Title", "» Title"); never the quotation marks » « of a quoted title.
_ARROWS = re.compile(r"^(?:>{2,}|[►▶▸▷→➔➜➤⇒•■]+|»(?=\s)(?!.*«))\s*|\s*<{2,}$")
# A link list's date after each title ("Title, 05.03.2024", "Title (05.03.24, 17:02 Uhr)",
# "Title | 5.3.2024"): when the other story ran, no part of its title.
_TRAILING_DATE = re.compile(
    r"(?:\s*[,|·–—-]\s*|\s+(?=\())\(?\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})"
    r"(?:,?\s+\d{1,2}[:.]\d{2}(?:\s*Uhr)?)?\)?$"
)
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
        title = _TRAILING_DATE.sub("", _ARROWS.sub("", title))  # ">> Title <<", "Title, 05.03.2024"
        if not url or not title or url in seen or url == ctx.page.url:
            continue
        if is_furniture(title) or _TOPIC_PAGE.search(urlsplit(url).path) or download(url):
            continue  # "Play Video"; a topic page is a topic, a press kit's PDF a file
        if NOT_A_TEASER.search(title):
            continue  # a pager's "< Zurück" / "Weiter >", "View all": the page's machinery
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
