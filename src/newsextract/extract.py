"""The pipeline: bytes → text → one tree → evidence → fields → ``Article``."""

from __future__ import annotations

import re
from datetime import date, datetime
from urllib.parse import urlsplit

from lxml import etree

from .article import Article, Author, BodyBlock, Image, Link
from .errors import NewsExtractError
from .evidence import jsonld
from .evidence.meta import first, link_href, meta_tags
from .fields import byline_markup, date_markup
from .fields import image as img
from .layout import headline as hl
from .layout import lead as standfirst
from .layout import walk as lay
from .layout.chrome import SHARE_LINE, TAGS_LABEL, chrome_reason
from .layout.content import analyse
from .lexicon import bylines as bl
from .lexicon import language as lang
from .lexicon.dates import (
    BERLIN,
    format_rfc3339,
    from_url,
    parse_machine,
    parse_visible,
    zone_shown,
)
from .page import load
from .page.text import clean, tag_of, text_lines
from .page.tree import Page, parse
from .sites import Profile, for_page, host_of

# Publication dates a page declares for the article, and weaker generic ones ("date") that
# are often the page's build or issue date.
_DECLARED_META = ("article:published_time", "og:article:published_time", "datepublished")
_WEAK_META = (
    "datecreated",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "dcterms.issued",
    "pubdate",
    "publishdate",
    "publish-date",
    "parsely-pub-date",
    "sailthru.date",
    "article.published",
    "publication_date",
)
_MODIFIED_META = (
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "dc.date.modified",
    "dcterms.modified",
    "last-modified",
    "article.updated",
)


def extract(
    html: str | bytes,
    url: str | None = None,
    source: str | None = None,
    max_bytes: int = load.DEFAULT_MAX_BYTES,
) -> Article:
    """Extract the article from one page.

    ``html`` may be bytes (gzip and any encoding are handled) or text; ``url`` is the page's
    address, used when the page names no canonical URL; ``source`` is echoed in the output;
    ``max_bytes`` caps the page's size after gunzip.
    Raises ``NewsExtractError`` for input that is not an article page.
    """
    if isinstance(html, (bytes, bytearray)):
        if len(html) > max_bytes:
            raise NewsExtractError("too_large", f"larger than {max_bytes} bytes")
        data = load.gunzip_if_needed(bytes(html), max_bytes)
        if not data.strip():
            raise NewsExtractError("empty", "the file is empty")
        binary = load.sniff_binary(data)
        if binary:
            raise NewsExtractError("not_html", f"this is {binary}, not an HTML page")
        text = load.decode(data)
    else:
        text = html
    root = parse(text)
    return _Extraction(root, url, source).run()


class _Extraction:
    """One page's extraction; holds the tree and evidence every field reads."""

    def __init__(self, root: etree._Element, url: str | None, source: str | None) -> None:
        self.root = root
        self.objects = jsonld.objects(root)
        self.ld = jsonld.article(self.objects) or {}
        self.meta = meta_tags(root)
        self.article = Article(source=source)
        self.warnings: list[str] = []
        self.head_found = False
        self.page = self._page(url)
        site_names = [first(self.meta, "og:site_name") or ""]
        self.profile: Profile | None = for_page(self.page.url, site_names)

    # -- addresses -------------------------------------------------------------------------
    def _page(self, given: str | None) -> Page:
        web = given and host_of(given) and given.lower().startswith(("http:", "https:"))
        given = given if web else None
        candidates = [
            link_href(self.root, "canonical"),
            first(self.meta, "og:url"),
            jsonld.first_text(self.ld.get("url")),
            jsonld.first_text(self.ld.get("mainEntityOfPage")),
        ]
        probe = Page(self.root, base=given)
        canonical = next(
            (u for u in (probe.resolve(c) for c in candidates if c) if u and host_of(u)), None
        )
        url = canonical or given
        base_href = next((b.get("href") for b in self.root.iter("base") if b.get("href")), None)
        base = Page(self.root, base=url).resolve(base_href) if base_href else None
        return Page(self.root, url=url, base=base or url)

    # -- the run ---------------------------------------------------------------------------
    def run(self) -> Article:
        a, meta, profile = self.article, self.meta, self.profile
        a.url = self.page.url
        a.site = self._site()
        a.section = self._section()
        site_names = [
            n
            for n in (
                a.site,
                profile and profile.name,
                first(meta, "og:site_name"),
                jsonld.first_text(self.ld.get("publisher") or {}),
            )
            if n
        ]
        title_tag = next((clean(t.text_content()) for t in self.root.iter("title")), None)
        a.title = hl.clean_title(title_tag or first(meta, "og:title"), site_names)
        hints = [
            h
            for h in (jsonld.first_text(self.ld.get("headline")), first(meta, "og:title"), a.title)
            if h
        ]
        head = hl.find(self.root, hints)
        self.head_found = head.el is not None
        self._check_listing(head)

        body_root, chrome = analyse(self.root, chrome_reason, head.el, self.page.position)
        if body_root is None:
            raise NewsExtractError("not_article", "no article text found on the page")
        region = body_root if head.el is None else lay.common_ancestor(head.el, body_root)
        section_names = {
            s.casefold()
            for s in (
                a.section,
                jsonld.first_text(self.ld.get("articleSection")),
                first(meta, "article:section"),
            )
            if s
        }
        skip = {head.kicker_el} if head.kicker_el is not None else set()
        layout = lay.read(
            region, head.el, body_root, chrome, profile, section_names, skip, self.page.position
        )

        a.kicker = head.kicker
        a.headline = head.text or self._metadata_headline()
        if profile and profile.lead_is_body and layout.summary is None:
            layout.body[:0], layout.standfirst = layout.standfirst, []
        elif layout.standfirst:
            layout.standfirst = standfirst.trim(layout.standfirst, self._described(), layout.body)
        elif layout.summary is None:
            described = self._described()
            layout.standfirst = standfirst.in_body(
                layout.body, body_root, described
            ) or standfirst.above_body(
                self.root, described, head.el, layout.body, self.page.position
            )
        bio = tuple(b[:60] for b in jsonld.bios(self.ld.get("author")) if len(b) >= 40)
        if bio:
            layout.standfirst = [b for b in layout.standfirst if not b.text.startswith(bio)]
            layout.body = [b for b in layout.body if not b.text.startswith(bio)]
        a.blocks = [_body_block(b) for b in layout.body]
        a.headings = [b.text for b in a.blocks if b.type == "heading"]
        a.language = self._language(a.text)
        zone = BERLIN if a.language == "de" else None
        a.byline, a.authors = self._authors(layout, head)
        a.published, a.modified = self._dates(layout, head, zone)
        a.blocks = _without_author_bio(a.blocks, a.authors)
        a.summary = _summary(layout)
        a.related = self._related(layout)
        a.image = self._image(layout)
        a.tags = self._tags(head.el)
        a.related = [r for r in a.related if r.title not in a.tags]  # topic links are no teasers
        a.signature = layout.signature or self._closing_credit(layout)
        self._check_article(a)
        a.warnings = self.warnings + _missing(a)
        return a

    # -- fields ----------------------------------------------------------------------------
    def _site(self) -> str | None:
        if self.profile:
            return self.profile.name
        host = host_of(self.page.url)
        return re.sub(r"^(?:www\d?|m|amp|mobile)\.", "", host) if host else None

    def _section(self) -> str | None:
        if self.profile and self.profile.section_in_path and self.page.url:
            match = self.profile.section_in_path.match(urlsplit(self.page.url).path)
            if match:
                return match.group("section")
        return jsonld.first_text(self.ld.get("articleSection")) or first(
            self.meta, "article:section"
        )

    def _check_listing(self, head: hl.Headline) -> None:
        """Tag and listing pages are refused by the profile's URL and headline patterns."""
        profile = self.profile
        if profile is None:
            return
        path = urlsplit(self.page.url).path if self.page.url else ""
        if profile.listing_paths and profile.listing_paths.match(path):
            raise NewsExtractError("not_article", "a tag/listing page (by its URL)")
        if profile.listing_headline and head.text and profile.listing_headline.match(head.text):
            raise NewsExtractError("not_article", f"a listing page ({head.text!r})")

    def _check_article(self, a: Article) -> None:
        types = {t for o in self.objects for t in jsonld.types_of(o)}
        claims_article = bool(self.ld) or first(self.meta, "og:type") == "article"
        # A short news item under a visible headline is still an article.
        enough = 15 if self.head_found else 40
        if a.word_count < enough and not claims_article:
            raise NewsExtractError("not_article", "no article text found on the page")
        if not self.ld and types & jsonld.LISTING_TYPES and a.word_count < 80 and not a.authors:
            raise NewsExtractError("not_article", "a listing page (by its structured data)")

    def _described(self) -> list[str]:
        """The page's own descriptions of the article, long enough to recognise a standfirst."""
        found = (
            first(self.meta, "og:description", "description", "twitter:description"),
            jsonld.first_text(self.ld.get("description")),
        )
        return list(dict.fromkeys(clean(d) for d in found if d and len(clean(d)) >= 40))

    def _metadata_headline(self) -> str | None:
        for value, origin in (
            (jsonld.first_text(self.ld.get("headline")), "JSON-LD"),
            (first(self.meta, "og:title"), "og:title"),
            (self.article.title, "<title>"),
        ):
            if value:
                self.warnings.append(f"headline: no visible headline, taken from {origin}")
                return clean(value)
        return None

    def _language(self, body_text: str) -> str | None:
        html_lang = self.root.get("lang") or self.root.get(
            "{http://www.w3.org/XML/1998/namespace}lang"
        )
        declared = (
            html_lang,
            first(self.meta, "content-language"),
            first(self.meta, "og:locale"),
            jsonld.first_text(self.ld.get("inLanguage")),
        )
        for value in declared:
            code = lang.normalise(value)
            if code:
                return code
        return lang.guess(body_text) or (self.profile.language if self.profile else None)

    def _authors(self, layout: lay.Layout, head: hl.Headline) -> tuple[str | None, list[Author]]:
        """Visible byline first ("Von ..."), then byline markup, then metadata."""
        known = jsonld.names(self.ld.get("author"))
        site_names = {
            n.casefold()
            for n in (
                self.article.site,
                first(self.meta, "og:site_name"),
                jsonld.first_text(self.ld.get("publisher")),
            )
            if n
        }
        if layout.byline is not None:
            lines = layout.byline.text.split("\n")
            lines = lines[next((i for i, ln in enumerate(lines) if bl.is_byline(ln)), 0) :]
            first_line = lines[0]
            if len(lines) > 1 and bl.LABEL_ONLY.match(first_line.strip()):
                first_line = f"{first_line} {lines[1]}"  # "Von" and the name set on two lines
            text = bl.strip_date(first_line)
            people = bl.reconcile(bl.parse(text), known)
            if not people:
                self.warnings.append("authors: the byline names no person")
            return text, [Author(**p) for p in people]
        if layout.closing_byline is not None:
            text = layout.closing_byline.text
            people = bl.parse(text if bl.is_byline(text) else f"Von {text}") or [
                {"name": n, "role": None} for n in bl.labelled_names(text)
            ]
            if people:
                return text, [Author(**p) for p in people]
        declared = bl.from_names(known, site_names)
        for text, names in byline_markup.find_all(
            self.root, head.el, layout.region_positions, self.page
        ):
            people = bl.reconcile(bl.from_names(names, site_names), known)
            if people and (not declared or bl.overlap(people, declared)):
                shown = bl.strip_date(text)  # "By A 10/17/2022 04:01 PM EDT Link Copied"
                kept = all(p["name"] in shown for p in people)
                return shown if kept else text, [Author(**p) for p in people]
        names = known or [
            v
            for k in ("author", "article:author", "dc.creator")
            for v in self.meta.get(k, [])
            if not v.startswith("http")
        ]
        people = bl.from_names(names, site_names)
        if not people:
            people = self._credited_without_byline(layout)
        return None, [Author(**p) for p in people]

    @staticmethod
    def _closing_credit(layout: lay.Layout) -> str | None:
        """The credit closing the story's last paragraph of prose ("... hieß es. (dpa)")."""
        closing = lay.first_prose(layout.body[::-1])
        return bl.closing_credit(closing.text) if closing is not None else None

    def _credited_without_byline(self, layout: lay.Layout) -> list[dict]:
        """No person named: the agency of the opening dateline ("Hamburg (dpa) - ") or of the
        closing credit ("... hieß es. (dpa)"), else the organisation the page declares as author
        (a newsroom, "DER SPIEGEL")."""
        opening = lay.first_prose(layout.body)
        agency = bl.dateline_agency(opening.text) if opening is not None else None
        if agency:
            return [agency]
        agencies = bl.agencies_in(self._closing_credit(layout) or "")
        if agencies:
            return agencies
        organisations = jsonld.names(self.ld.get("author"), organisations=True)[:3]
        if organisations:
            self.warnings.append("authors: no byline found; the organisation declared as author")
        return [{"name": n, "role": "organization"} for n in organisations]

    def _dates(self, layout: lay.Layout, head: hl.Headline, zone) -> tuple[str | None, str | None]:
        """Machine-readable times first; the visible dateline near the headline refines a bare
        date or stands in for a missing one; the URL's date is the last resort."""
        visible = None
        for block in [layout.dateline, layout.byline]:
            if block is not None:
                visible = parse_visible(block.text)
                if visible:
                    break
        if visible is None:
            visible = date_markup.find(self.root, head.el, layout.region_positions, self.page)
        declared = self._meta_dates(_DECLARED_META, jsonld.first_text(self.ld.get("datePublished")))
        weak = self._meta_dates(_WEAK_META)
        timed = self._time_element(head)
        published = next(iter(declared + weak), None) or timed
        if (
            visible is not None
            and published is not None
            and _day(visible, zone) != _day(published, zone)
        ):
            published = _agreeing(visible, published, declared, weak, timed, zone)
        modified = (
            parse_machine(jsonld.first_text(self.ld.get("dateModified")))
            or parse_machine(first(self.meta, *_MODIFIED_META))
            or self._update_shown(layout)
        )
        if published is not None and not hasattr(published, "hour"):
            # A bare date refined by a time on the same day: the headline's <time datetime>
            # when it gives its offset, else the visible dateline, else that <time>.
            aware = timed if getattr(timed, "tzinfo", None) is not None else None
            published = next(
                (
                    t
                    for t in (aware, visible, timed)
                    if hasattr(t, "hour") and _day(t, zone) == published
                ),
                published,
            )
        if published is None:
            published = visible
        if published is None:
            published = self._dateline_in_text(layout) or from_url(self.page.url)
        if published is None and modified is not None:
            published = modified  # the only date the page gives; say so
            self.warnings.append("published: not found; the last modification date is used")
        return format_rfc3339(published, zone), format_rfc3339(modified, zone)

    @staticmethod
    def _update_shown(layout: lay.Layout) -> datetime | date | None:
        """The update date a line in or under the story shows ("Aktualisiert am 17.01.2021"),
        or in the header when it is labelled as the update."""
        lines = [layout.update_line, layout.dateline]
        for block in lines:
            if block is not None and lay.UPDATE_LABEL.match(block.text):
                return parse_visible(block.text)
        return None

    def _meta_dates(self, keys: tuple[str, ...], *first_values: str | None) -> list:
        values = [*first_values, *(v for k in keys for v in self.meta.get(k, []))]
        return [d for d in map(parse_machine, values) if d is not None]

    def _time_element(self, head: hl.Headline) -> datetime | date | None:
        """The ``<time datetime>`` nearest the headline, not the first in the document (a
        header clock, a sidebar teaser); times in links to other pages date other pages."""
        times = [
            t
            for t in self.root.iter("time")
            if t.get("datetime")
            and t.get("itemprop") != "dateModified"
            and not any(tag_of(a) == "a" and a.get("href") for a in t.iterancestors())
        ]
        if head.el is not None:
            anchor = self.page.position(head.el)
            times.sort(key=lambda t: abs(self.page.position(t) - anchor))
        for t in times:
            found = parse_machine(t.get("datetime"))
            if isinstance(found, datetime) and found.tzinfo is None:
                zone = zone_shown(clean(t.xpath("string()")))  # "04:01 PM EDT"
                found = found.replace(tzinfo=zone) if zone else found
            if found:
                return found
        return None

    def _dateline_in_text(self, layout: lay.Layout) -> datetime | date | None:
        """A date the page shows but marks up nowhere: a short header line ("dpa am
        25.01.2022") or the dateline opening the first paragraph ("27.1.2022 - Bei ...")."""
        for block in layout.header:
            shown = parse_visible(block.text) if len(block.text) <= 40 else None
            if shown:
                return shown
        paragraph = lay.first_prose(layout.body)
        if paragraph is not None:
            opening = _OPENING_DATE.match(paragraph.text)
            if opening:
                return parse_visible(opening.group(1))
        return None

    def _related(self, layout: lay.Layout) -> list[Link]:
        links: list[Link] = []
        seen = set()
        for title, href in layout.related:
            url = self.page.resolve(href)
            title = clean(title)
            if url and title and url not in seen and url != self.page.url:
                seen.add(url)
                links.append(Link(title, url))
        return links

    def _image(self, layout: lay.Layout) -> Image | None:
        """The lead image: a figure between headline and body, else the page's declared image
        (og:image, JSON-LD), else the first figure in the body."""
        found = self._figure_image(layout.figures)
        if found is None:
            ld_image = self.ld.get("image")
            declared = first(self.meta, "og:image", "og:image:url", "twitter:image") or (
                jsonld.first_text(ld_image.get("url") if isinstance(ld_image, dict) else ld_image)
            )
            url = self.page.resolve(declared or "")
            found = (url, None, None) if url else self._figure_image(layout.body_figures)
        if found is None:
            return None
        url, caption, credit = found
        for block in layout.captions:
            cap, cred = img.split_credit(block.text)
            if (cred and not credit) or caption is None:
                caption, credit = img.ZOOM_LABEL.sub("", cap or "") or None, cred
        return Image(url, caption, credit)

    def _figure_image(self, figures: list[lay.Block]) -> tuple[str, str | None, str | None] | None:
        for fig in figures:
            url = self.page.resolve(img.url_in(fig.el) or "")
            caption, credit = img.caption_of(fig.el)
            if url and not _author_photo(fig.el, caption):
                return url, caption, credit
        return None

    def _tags(self, h1: etree._Element | None) -> list[str]:
        """A labelled list of topic links ("Themen: ..."), else the keyword metadata. A label
        above the headline belongs to the site's menu ("Themen" over its sections)."""
        start = self.page.position(h1) if h1 is not None else 0
        for el in self.root.iter():
            own = el.text  # a label is the element's own text, leaf or not: no subtree walk
            if not own or len(own) > 40 or el.tag in ("title", "script", "style"):
                continue
            if not TAGS_LABEL.match(clean(own)) or self.page.position(el) < start:
                continue
            if any(_site_footer(a) for a in el.iterancestors()):
                continue  # "Themen" over the site footer's menu
            tags = _links_in(el) if len(el) and clean(el.text or "") else _links_after(el)
            if tags:
                return tags
        values = self.meta.get("article:tag") or []
        if not values and self.ld.get("keywords"):
            kw = self.ld["keywords"]
            values = kw if isinstance(kw, list) else [str(kw)]
        # One value may hold a comma list ("Spain,Europe,World news").
        tags = (clean(t) for v in values for t in str(v).split(","))
        return list(dict.fromkeys(t for t in tags if t and not _MACHINE_TOKEN.match(t)))


# Keyword values a CMS writes for itself, not for readers: ids and slugs.
_MACHINE_TOKEN = re.compile(
    r"^(?:[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}|[a-z0-9]+(?:[-_][a-z0-9]+){2,})$"
)


def _author_photo(figure: etree._Element, caption: str | None) -> bool:
    """The byline's portrait: a figure linking to the author ("Von Anna Beispiel")."""
    linked = any("author" in (a.get("rel") or "").split() for a in figure.iter("a"))
    return linked or bool(caption and bl.is_byline(caption))


_FOOTER_NAMES = re.compile(r"(?:^|\s)(?:(?:site|page|global)-?)?footer(?:$|\s)", re.I)


def _site_footer(el: etree._Element) -> bool:
    """The page's footer, by tag, role or class ("footer", "site-footer"); an article's own
    footer, inside ``<article>``, is not."""
    if tag_of(el) == "footer" or el.get("role") == "contentinfo":
        return chrome_reason(el) == "structure"
    named = _FOOTER_NAMES.search(f"{el.get('class', '')} {el.get('id', '')}")
    return bool(named) and not any(tag_of(a) == "article" for a in el.iterancestors())


def _links_in(container: etree._Element) -> list[str]:
    """Texts of the links inside a container whose own text is the label ("Themen <a>..")."""
    found = [clean(" ".join(text_lines(a))) for a in container.iter("a")]
    return list(dict.fromkeys(f for f in found if f))


def _links_after(label: etree._Element) -> list[str]:
    """Texts of the links that follow a label such as "Themen" (siblings, then parent's)."""
    node = label
    for _ in range(3):
        found = []
        sibling = node.getnext()
        while sibling is not None:
            texts = [clean(" ".join(text_lines(a))) for a in sibling.iter("a")]
            if texts:
                found.extend(texts)
            elif found and len(clean(" ".join(text_lines(sibling)))) > 3:
                break  # separators such as " | " or "," do not end the list
            sibling = sibling.getnext()
        found = [f for f in found if f]
        if found:
            return list(dict.fromkeys(found))
        node = node.getparent()
        if node is None:
            break
    return []


def _without_author_bio(blocks: list[BodyBlock], authors: list[Author]) -> list[BodyBlock]:
    """Drop a closing author bio ("Anna Beispiel ist Redakteurin im Ressort ..."): it is
    about the author, not the story."""
    names = [a.name for a in authors if a.role != "agency" and " " in a.name]
    while (
        blocks
        and blocks[-1].type == "paragraph"
        and len(blocks[-1].text) < 400
        and any(blocks[-1].text.startswith(n) for n in names)
    ):
        blocks = blocks[:-1]
    return blocks


def _body_block(block: lay.Block) -> BodyBlock:
    if block.kind == "heading":
        return BodyBlock("heading", block.text.replace("\n", " "), level=max(block.level, 2))
    if block.kind == "list":
        return BodyBlock("list", block.text, items=list(block.items), ordered=block.ordered)
    if block.kind == "quote":
        return BodyBlock("quote", block.text)
    return BodyBlock("paragraph", block.text)


_OPENING_DATE = re.compile(r"^(\d{1,2}\.\s?\d{1,2}\.\s?\d{4})\s*[-–—]\s")


def _day(value: datetime | date, zone) -> date:
    """The calendar day of a date or time, in the page's zone when the time is aware."""
    if isinstance(value, datetime):
        return (value.astimezone(zone) if value.tzinfo and zone else value).date()
    return value


def _minute(value: datetime | date, zone) -> datetime | None:
    if not isinstance(value, datetime):
        return None
    value = value.astimezone(zone) if value.tzinfo and zone else value
    return value.replace(tzinfo=None, second=0, microsecond=0)


def _same_minute(a: datetime | date, b: datetime | date, zone) -> bool:
    minute = _minute(a, zone)
    return minute is not None and minute == _minute(b, zone)


def _agreeing(visible, published, declared: list, weak: list, timed, zone):
    """When the shown date disagrees with the first machine date, the page contradicts
    itself: trust a declared date the page shows (JSON-LD, ``article:published_time``); a weak
    one (``date``, ``dc.date``) only to the minute; a bare ``<time>`` or a later weak date
    never beats what readers see."""
    day = _day(visible, zone)
    shown = [d for d in declared if _day(d, zone) == day] + [
        d for d in weak if _day(d, zone) == day and (not declared or _same_minute(d, visible, zone))
    ]
    if shown:
        return max(shown, key=lambda d: isinstance(d, datetime))
    only_time = not declared and not weak and timed is not None
    later_weak = not declared and weak and _day(published, zone) > day
    return visible if only_time or later_weak else published


def _summary(layout: lay.Layout) -> list[str]:
    """The dek and standfirst set apart above the body, then the bullet summary (any may be
    missing)."""
    bullets = layout.summary.items if layout.summary is not None else []
    lead = [b.text for b in layout.dek + layout.standfirst]
    lead = [t for i, t in enumerate(lead) if t not in lead[:i]]  # a dek that is the standfirst
    return lead + [b for b in bullets if not SHARE_LINE.match(b)]


def _missing(a: Article) -> list[str]:
    notes = []
    if a.url is None:
        notes.append("url: the page names no canonical URL; pass --url to set it")
    if a.headline is None:
        notes.append("headline: no headline found")
    if not a.authors and a.byline is None:
        notes.append("authors: no byline found")
    if a.published is None:
        notes.append("published: no publication date found")
    elif "T" in a.published and not re.search(r"[+-]\d\d:\d\d$|Z$", a.published):
        notes.append("published: the page gives no UTC offset")
    if a.image is None:
        notes.append("image: no lead image found")
    if a.language is None:
        notes.append("language: not declared and not recognised")
    return notes
