"""Whether the page is an article at all, and what the record lacks (its warnings)."""

from __future__ import annotations

import re

from .article import Article
from .errors import NewsExtractError
from .evidence import Evidence, jsonld
from .layout.headline import Headline
from .page.page import Page
from .sites import Profile

ENOUGH_WORDS = 40  # an article without a visible headline says at least this much
ENOUGH_UNDER_HEADLINE = 15  # a short news item under a visible headline is still an article
LISTING_WORDS = 80  # a page its structured data calls a listing says less than this
_OFFSET = re.compile(r"[+-]\d\d:\d\d$|Z$")


def refuse_listing(profile: Profile, page: Page, headline: Headline) -> None:
    """Tag and listing pages are refused by the site's URL and headline patterns."""
    reason = profile.listing_reason(page.url, headline.text)
    if reason:
        raise NewsExtractError("not_article", reason)


def refuse_non_article(evidence: Evidence, headline: Headline, article: Article) -> None:
    """Refuse a page whose record has too little text to be an article, unless its
    metadata claims one, and a listing page by its structured data."""
    types = {t for o in evidence.objects for t in jsonld.types_of(o)}
    claims_article = bool(evidence.ld) or evidence.first("og:type") == "article"
    enough = ENOUGH_UNDER_HEADLINE if headline.el is not None else ENOUGH_WORDS
    if article.word_count < enough and not claims_article:
        raise NewsExtractError("not_article", "no article text found on the page")
    listing = types & jsonld.LISTING_TYPES
    if not evidence.ld and listing and article.word_count < LISTING_WORDS and not article.authors:
        raise NewsExtractError("not_article", "a listing page (by its structured data)")
    kind = _other_kind(evidence, types)
    if kind:
        raise NewsExtractError("not_article", f"{kind} (by its metadata)")


_SHOP_TYPES = frozenset(("product", "productgroup"))
_OFFER_TYPES = frozenset(("offer", "aggregateoffer"))
_FORUM_TYPES = frozenset(("discussionforumposting", "qapage"))


def _other_kind(evidence: Evidence, types: set[str]) -> str | None:
    """A page that says it is something other than an article and declares no article: a
    shop's product page (og:type "product", or a Product with its offer and no og:type
    "article"), a forum's thread (a DiscussionForumPosting, a QAPage)."""
    if evidence.ld:
        return None  # an article declared: a review of a product, a report on a thread
    og_type = (evidence.first("og:type") or "").strip().lower()
    if og_type == "article":
        return None
    if og_type.startswith("product") or (types & _SHOP_TYPES and types & _OFFER_TYPES):
        return "a shop's product page"
    if types & _FORUM_TYPES:
        return "a forum's thread"
    return None


def missing(a: Article) -> list[str]:
    """What a user should know the record lacks."""
    notes = []
    if a.url is None:
        notes.append("url: the page names no canonical URL; pass --url to set it")
    if a.headline is None:
        notes.append("headline: no headline found")
    if not a.authors and a.byline is None:
        notes.append("authors: no byline found")
    if a.published is None:
        notes.append("published: no publication date found")
    elif "T" in a.published and not _OFFSET.search(a.published):
        notes.append("published: the page gives no UTC offset")
    if a.image is None:
        notes.append("image: no lead image found")
    if a.language is None:
        notes.append("language: not declared and not recognised")
    return notes
