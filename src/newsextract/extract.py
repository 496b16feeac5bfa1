"""The pipeline: bytes → text → one tree → evidence → site → headline → layout → fields →
``Article``. Each stage is computed once and handed on; this module only orders them."""

from __future__ import annotations

from . import checks, sites
from .article import Article
from .evidence import Evidence
from .fields import Context, authors, body, dates, headline, image, language, links, signature
from .fields import site as site_facts
from .fields import summary as summary_field
from .layout import read as read_layout
from .layout.headline import find as locate_headline
from .lexicon.dates import BERLIN
from .page.load import DEFAULT_MAX_BYTES, page_text
from .page.page import locate
from .page.tree import parse


def extract(
    html: str | bytes,
    url: str | None = None,
    source: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Article:
    """Extract the article from one page.

    ``html`` may be bytes (gzip and any encoding are handled) or text; ``url`` is the page's
    address, used when the page names no canonical URL; ``source`` is echoed in the output;
    ``max_bytes`` caps the page's size after gunzip.
    Raises ``NewsExtractError`` for input that is not an article page.
    """
    root = parse(page_text(html, max_bytes))
    evidence = Evidence.read(root)
    page = locate(root, url, evidence.address_claims)
    profile = sites.for_page(page.url, [evidence.first("og:site_name")])
    site = site_facts.find(page, evidence, profile).value
    hints = [evidence.ld_text("headline"), evidence.first("og:title"), site.title]
    located = locate_headline(root, [h for h in hints if h])
    checks.refuse_listing(profile, page, located)
    layout = read_layout(page, evidence, profile, located)
    ctx = Context(page, evidence, profile, site, located, layout)

    title = headline.find(ctx)
    lang = language.find(ctx)
    zone = BERLIN if lang.value == "de" else None  # German pages print Berlin time
    byline = authors.find(ctx)
    when = dates.find(ctx, zone)
    text = body.find(ctx, byline.value[1])
    related, tags = links.find(ctx).value
    article = Article(
        source=source,
        url=site.url,
        site=site.name,
        language=lang.value,
        section=site.section,
        title=site.title,
        kicker=title.value[0],
        headline=title.value[1],
        authors=byline.value[1],
        byline=byline.value[0],
        published=when.value[0],
        modified=when.value[1],
        summary=summary_field.find(ctx).value,
        headings=text.value.headings,
        blocks=text.value.blocks,
        related=related,
        image=image.find(ctx).value,
        tags=tags,
        signature=signature.find(ctx).value,
        warnings=[*title.warnings, *byline.warnings, *when.warnings],
    )
    checks.refuse_non_article(evidence, located, article)
    article.warnings += checks.missing(article)
    return article
