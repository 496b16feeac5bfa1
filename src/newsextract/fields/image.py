"""The lead image: its real URL (not a lazy-loading placeholder), caption and credit.

The cascade: a figure between headline and body, else the page's declared image (og:image,
JSON-LD), else the first figure in the body; a caption line of the header completes it.
Captions carry their credit in the text; ``lexicon.credits`` splits it off.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import lxml.html
from lxml import etree

from ..article import Image
from ..evidence import jsonld
from ..layout.blocks import Block
from ..layout.chrome import names_of
from ..lexicon import bylines as bl
from ..lexicon.credits import CAPTION_MAX, CREDIT_MARKER, CREDIT_PREFIX, split_credit
from ..lexicon.markup import AUTHOR_NAMES, CREDIT_NAMES
from ..page.text import clean, tag_of, text_of
from ..page.tree import class_and_id
from .context import Context, Found


def find(ctx: Context) -> Found[Image | None]:
    """The lead image with its caption and credit."""
    layout, noise = ctx.layout, ctx.profile.caption_noise
    found = _first_figure(ctx, layout.figures) or _declared(ctx)
    found = found or _first_figure(ctx, layout.body_figures)
    if found is None:
        return Found(None)
    url, caption, credit = found
    for block in layout.captions:
        cap, cred = split_credit(block.text)
        if (cred and not credit) or caption is None:  # a line of credit alone keeps the caption
            caption, credit = noise.sub("", cap or "") or caption, cred or credit
    return Found(Image(url, caption, credit))


def _declared(ctx: Context) -> tuple[str, None, None] | None:
    """The image the page's metadata declares: og:image, twitter:image, JSON-LD."""
    evidence = ctx.evidence
    ld_image = evidence.ld.get("image")
    declared = evidence.first("og:image", "og:image:url", "twitter:image") or (
        jsonld.first_text(ld_image.get("url") if isinstance(ld_image, dict) else ld_image)
    )
    url = ctx.page.resolve(declared or "")
    if not url or not_lead(url):
        return None  # "social_placeholder.png", the site's logo as its share picture
    return url, None, None


def _first_figure(
    ctx: Context, figures: tuple[Block, ...]
) -> tuple[str, str | None, str | None] | None:
    """The first figure with a real image that is not the byline's portrait, a counter, a
    logo, an empty slot or a thumbnail."""
    for fig in figures:
        url = ctx.page.resolve(url_in(fig.el) or "")
        caption, credit = caption_of(fig.el, ctx.profile.caption_noise)
        lead = url and not not_lead(url) and not _author_photo(fig.el, caption)
        if lead and not _thumbnail(fig.el):
            return url, caption, credit
    return None


THUMBNAIL_MAX = 120  # pixels a side: an avatar, an editor's portrait, an icon


def _thumbnail(figure: etree._Element) -> bool:
    """The figure's picture is drawn small (width and height under 120 pixels, as its
    <img> says) or named an avatar: a portrait or an icon, no article's picture."""
    img = figure if figure.tag == "img" else next(figure.iter("img"), None)
    if img is None:
        return False
    if "avatar" in re.split(r"[\s_-]+", (img.get("class") or "").lower()):
        return True
    sizes = []
    for attr in ("width", "height"):
        value = (img.get(attr) or "").strip().removesuffix("px")
        sizes.append(int(value) if value.isdigit() else None)
    return all(v is not None and v < THUMBNAIL_MAX for v in sizes)


AUTHOR_BOX_CLIMB = 1  # the picture or its wrapper named for the author, not a header


def _author_photo(figure: etree._Element, caption: str | None) -> bool:
    """The byline's portrait: a figure linking to the author ("Von Anna Beispiel"), or set
    in the byline's own box (<div class="author-info"><div class="author-info__photo">)."""
    linked = any("author" in (a.get("rel") or "").split() for a in figure.iter("a"))
    if linked or (caption and bl.is_byline(caption)):
        return True
    node = figure
    for _ in range(AUTHOR_BOX_CLIMB + 1):
        if node is None:
            return False
        if AUTHOR_NAMES.search(names_of(node)):
            return True
        node = node.getparent()
    return _beside_byline(figure)


BYLINE_BOX_CHARS = 120  # a byline's box: the portrait and a line with the name


def _beside_byline(figure: etree._Element) -> bool:
    """A picture in a small box with a byline and nothing else ("<div><img> <span>Von Anna
    Beispiel</span></div>"): the writer's portrait, whatever the box is named."""
    box = figure.getparent()
    if box is None:
        return False
    text = text_of(box)
    return 0 < len(text) <= BYLINE_BOX_CHARS and bl.is_byline(text)


_LAZY_ATTRS = (
    "data-src",
    "data-lazy-src",
    "data-original",
    "data-lazy",
    "data-url",
    "data-full-src",
    "data-hi-res-src",
    "data-src-large",
    "data-orig-src",
)
_SRCSET_ATTRS = ("data-srcset", "data-lazy-srcset", "srcset")
_PLACEHOLDER = re.compile(
    r"^data:|(?:^|/)(?:blank|spacer|placeholder|pixel|transparent|empty|1x1|lazy|loading)"
    r"[\w.-]*\.(?:gif|png|svg)|\.svg(?:\?|$)|"
    # a word of the file's name: "index-transparent_h-3_w-4.gif", "social_placeholder.png"
    r"[/_-](?:transparent|placeholder|spacer|blank)[\w.-]*\.(?:gif|png|jpe?g|webp)",
    re.I,
)
# No article's picture: a counter (VG Wort's, a tracking pixel), a logo or icon, an empty
# slot ("no-img"), an author's portrait (a profile or author folder, "Redakteur-...", a
# thumbnail under 200 pixels a side).
_COUNTER_HOSTS = re.compile(r"vgwort\.de$|doubleclick\.net$|gravatar\.com$", re.I)
# Folder names that hold no article's picture: portraits, logos, icons, counters.
_NOT_LEAD_FOLDER = re.compile(
    r"^(?:logos?|icons?|avatars?|blavatar|autoren|authors?|arc-authors|profiles?|pixel|"
    r"tracking|beacon|vgwort|count)$",
    re.I,
)
# A file's name that says what it shows: a logo, an icon, an avatar, an empty slot, a
# portrait ("Redakteur-Anna-Muster-96x150.jpg"), a thumbnail under 200 pixels a side.
_NOT_LEAD = re.compile(
    r"(?:^|[_.-])(?:logo|icon|avatar|no-?img|noimage)(?:[_.-]|$)|^redakteur|"
    r"(?:^|[_-])(?:[1-9]\d|1\d\d)x(?:[1-9]\d|1\d\d)(?:[_.-]|$)|[?&]w=(?:[1-9]\d|1\d\d)&",
    re.I,
)


_SIZE_FOLDER = re.compile(r"^(?:[1-9]\d|1\d\d)x(?:[1-9]\d|1\d\d)$")
# The site's stand-in, by its file name: "opengraph_default.png", "site-default-1200x630.png"
# (not an image style named "default": "58215_default-2280w_1uF.jpg").
# "og-default-bytewacht.png", "share_default.jpg": the share picture's stand-in by its role.
_DEFAULT_NAME = re.compile(
    r"^default|[_-]default(?:[_-]\d+x\d+)?\.\w+$|"
    r"(?:^|[_-])(?:og|share|social|opengraph|fb|twitter)[_-]default(?:[_.-]|$)"
)


def not_lead(url: str) -> bool:
    """No article's picture by its address: a placeholder, a counter's host, or the file's
    own folders and name (the last three parts of its path, and its query) naming a logo,
    icon, portrait or empty slot; the folders further up name the site's sections
    ("/autoren/<name>/<article>/image.jpg" is an article's)."""
    if _PLACEHOLDER.search(url):
        return True
    try:
        parts = urlsplit(url)
    except ValueError:
        return True
    if _COUNTER_HOSTS.search(parts.hostname or ""):
        return True
    if parts.path.endswith("/") and not parts.query:
        return True  # a folder is no picture
    name = parts.path.rsplit("/", 1)[-1]
    if _DEFAULT_NAME.search(name):
        return True  # the site's stand-in: "opengraph_default.png", "defaultPromoCrop.png"
    segments = parts.path.split("/")
    if any(_NOT_LEAD_FOLDER.match(s) for s in segments[-3:-1]):
        return True
    if any(_SIZE_FOLDER.match(s) for s in segments[:-1]):
        return True  # "/profile/192x192/52218.png", an image style: "/styles/38x38/public/"
    return bool(_NOT_LEAD.search(f"{name}?{parts.query}" if parts.query else name))


def _candidates(srcset: str):
    """(url, descriptor) pairs of a ``srcset``, split as the HTML standard says: a URL runs to
    the next whitespace and may hold commas ("?val=110,110,956"); a comma after the
    descriptor ends the candidate."""
    pos, end = 0, len(srcset)
    while pos < end:
        while pos < end and (srcset[pos].isspace() or srcset[pos] == ","):
            pos += 1
        start = pos
        while pos < end and not srcset[pos].isspace():
            pos += 1
        url, descriptor = srcset[start:pos], ""
        if url.endswith(","):
            url = url.rstrip(",")
        else:
            comma = srcset.find(",", pos)
            stop = end if comma < 0 else comma
            descriptor, pos = srcset[pos:stop].strip(), stop + 1
        if url:
            yield url, descriptor


def _widest(srcset: str) -> str | None:
    """The candidate with the largest width (or density) in a ``srcset``."""
    best, best_size = None, -1.0
    for url, descriptor in _candidates(srcset):
        try:
            size = float(descriptor.split()[0][:-1]) if descriptor else 1.0
        except ValueError:
            size = 1.0
        if size > best_size:
            best, best_size = url, size
    return best


def image_url(img: etree._Element) -> str | None:
    """The real image URL of an ``<img>``/``<amp-img>``/``<source>``, placeholders skipped."""
    for attr in _SRCSET_ATTRS:
        if img.get(attr):
            url = _widest(img.get(attr))
            if url and not _PLACEHOLDER.search(url):
                return url
    for attr in _LAZY_ATTRS:
        url = (img.get(attr) or "").strip()
        if url and not _PLACEHOLDER.search(url):
            return url
    url = (img.get("src") or "").strip()
    if url and not _PLACEHOLDER.search(url):
        return url
    return None


def url_in(el: etree._Element) -> str | None:
    """Real URL of the first image inside ``el`` (``<picture>`` sources and ``<noscript>`` too).
    A ``<picture>``'s own ``<img>`` comes before its sources: the picture every browser
    shows and the page's share picture, where the sources offer other formats of it."""
    for node in el.iter("img", "amp-img", "source"):
        if tag_of(node) == "source":
            picture = node.getparent()
            img = next(picture.iter("img"), None) if picture is not None else None
            url = image_url(img) if img is not None else None
            if url:
                return url
        url = image_url(node)
        if url:
            return url
    for noscript in el.iter("noscript"):
        inner = "".join(noscript.itertext()) if len(noscript) == 0 else None
        if inner and "<img" in inner:
            try:
                frag = lxml.html.fragment_fromstring(inner, create_parent="div")
            except (etree.ParserError, ValueError):
                continue
            for node in frag.iter("img"):
                url = image_url(node)
                if url:
                    return url
    return None


def caption_of(el: etree._Element, noise: re.Pattern) -> tuple[str | None, str | None]:
    """Caption and credit of a figure-like element, without the site's caption ``noise``; a
    credit in its own element is honoured."""
    captions = list(el.iter("figcaption", "caption"))
    # A second copy of the caption (a lightbox, often hidden) may be the one with the credit.
    captions += [
        c
        for c in el.iter("p", "div", "span")
        if not any(a in captions for a in c.iterancestors())
        and c not in captions
        and CREDIT_MARKER.search(" " + text_of(c))
        and len(text_of(c)) < CAPTION_MAX
    ]
    captions = captions or [el]
    best: tuple[str | None, str | None] = (None, None)
    for cap in captions:
        credit_el = next(
            (
                c
                for c in cap.iter()
                if c is not cap and CREDIT_NAMES.search(class_and_id(c)) and text_of(c)
            ),
            None,
        )
        text = text_of(cap)
        if credit_el is not None:
            credit_text = text_of(credit_el)
            caption = clean(text.replace(credit_text, "", 1)) if credit_text in text else text
            credit = CREDIT_PREFIX.sub("", credit_text)
            candidate = (noise.sub("", caption) or None, credit or None)
        else:
            caption, credit = split_credit(text)
            candidate = (noise.sub("", caption) if caption else None, credit)
        if candidate[1] and not best[1] or not best[0]:
            best = candidate
    return best
