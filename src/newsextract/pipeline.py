"""The pipeline: bytes → text → one tree → evidence → site → headline → layout → fields →
``Article``. Each stage is computed once and handed on; this module only orders them."""

from __future__ import annotations

import os
from dataclasses import replace
from typing import Any, BinaryIO

from lxml import etree

from . import checks, sites
from .article import Article
from .errors import NewsExtractError
from .evidence import Evidence
from .fields import (
    Context,
    authors,
    body,
    dates,
    headline,
    image,
    language,
    links,
    paywall,
    signature,
)
from .fields import site as site_facts
from .fields import summary as summary_field
from .layout import read as read_layout
from .layout.headline import find as locate_headline
from .lexicon.dates import local_zone
from .page.inputs import file_name_hint, page_input
from .page.load import DEFAULT_MAX_BYTES, page_text
from .page.page import locate
from .page.text import memo
from .page.tree import parse


def extract(
    html: str | bytes | os.PathLike | BinaryIO | Any,
    url: str | None = None,
    source: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    force: bool = False,
) -> Article:
    """Extract the article from one page.

    ``html`` is the page as bytes (gzip and any encoding are handled), as text (a ``str`` is
    always the HTML itself, never a file name), a path to a saved page (``os.PathLike``: the
    file is read, gzipped or not), an open file, or a BeautifulSoup object or tag, or an lxml
    element (serialised as it stands; nothing is fetched). Anything else raises ``TypeError``.
    ``url`` is the page's address, used when the page names no canonical URL; ``source`` is
    echoed in the output (a path as given when none is); ``max_bytes`` caps the page's size
    after gunzip.
    Raises ``NewsExtractError`` for input that is not an article page; with ``force``, a
    page that does not look like an article (a listing, too little text) is extracted all
    the same, with a warning that says why it would have been refused.
    """
    if source is None and isinstance(html, os.PathLike):
        source = os.fspath(html)  # the path as given, as the command line gives it
    try:
        root = parse(page_text(page_input(html, max_bytes), max_bytes))
    except NewsExtractError as exc:
        raise file_name_hint(html, exc) from None
    with memo():  # the tree stays as parsed from here on: each element's text is read once
        return _extract(root, url, source, force)


def _extract(root: etree._Element, url: str | None, source: str | None, force: bool) -> Article:
    """The stages after parsing, in order, over one tree that none of them changes."""
    evidence = Evidence.read(root)
    page = locate(root, url, evidence.address_claims)
    profile = sites.for_page(page.url, [evidence.first("og:site_name")])
    site = site_facts.find(page, evidence, profile).value
    hints = [h for h, _ in evidence.headlines] + ([site.title] if site.title else [])
    located = locate_headline(root, hints)
    forced = _refusal(checks.refuse_listing, force, profile, page, located)
    layout = read_layout(page, evidence, profile, located)
    ctx = Context(page, evidence, profile, site, located, layout)

    shown = headline.find(ctx)
    lang = language.find(ctx)
    credits = authors.find(ctx)
    times = dates.find(ctx, local_zone(lang.value))
    text = body.find(ctx, credits.value.authors)
    linked = links.find(ctx)
    lead, picture, signed = summary_field.find(ctx), image.find(ctx), signature.find(ctx)
    cut = paywall.find(ctx)
    article = Article(
        source=source,
        url=site.url,
        site=site.name,
        language=lang.value,
        section=site.section,
        title=site.title,
        kicker=shown.value.kicker,
        headline=shown.value.headline,
        authors=credits.value.authors,
        byline=credits.value.byline,
        published=times.value.published,
        modified=times.value.modified,
        summary=lead.value,
        headings=text.value.headings,
        blocks=text.value.blocks,
        related=linked.value.related,
        image=picture.value,
        tags=linked.value.tags,
        keywords=linked.value.keywords,
        signature=signed.value,
        paywalled=cut.value,
    )
    forced = forced or _refusal(checks.refuse_non_article, force, evidence, located, article)
    found = (shown, lang, credits, times, text, linked, lead, picture, signed, cut)
    warnings = [w for f in found for w in f.warnings] + forced
    return replace(article, warnings=warnings + checks.missing(article))


def _refusal(check, force: bool, *evidence) -> list[str]:
    """Run a refusal check; with ``force`` its refusal becomes a warning instead."""
    try:
        check(*evidence)
    except NewsExtractError as exc:
        if not force or exc.code != "not_article":
            raise
        return [f"not an article by its look ({exc.message}); extracted anyway (force)"]
    return []
