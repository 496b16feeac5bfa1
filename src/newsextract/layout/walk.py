"""Read the article region as a reader does: header (byline, dateline, image, bullets),
body (paragraphs, headings, lists, quotes), in-body teasers, and the trailer after it.

Every block is classified once, by its position relative to the headline and the content
root and by its words; the fields are then read off the classified blocks.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from lxml import etree

from ..fields.image import is_caption_text
from ..lexicon import bylines as bl
from ..lexicon.dates import parse_visible
from ..page.text import HEADING_TAGS, clean, tag_of, text_lines, text_of
from ..sites import Profile
from . import chrome as bp
from .blocks import Block, segment
from .lead import DEK_WORDS, MAX_PARAGRAPHS, marked_as_lead

SIGNATURE = re.compile(r"^\(?[a-zäöü]{2,6}(?:/[\w.-]+){1,3}\)?$")
_EMBED_NAMES = re.compile(r"twitter|tweet|instagram|tiktok|facebook|embed|social|youtube", re.I)
_DATELINE = re.compile(
    r"^(?:(?:(?:zuletzt |last )?(?:aktualisiert|geändert|updated)|stand|veröffentlicht|"
    r"publiziert|erstellt|published)"
    r"\s*(?:am|:)?\s*)?"
    r"(?:\w+,\s*)?\d{1,2}\.\s?(?:\d{1,2}\.|\s*[A-ZÄÖÜa-zäöü]+\.?)\s?\d{4}\b.{0,30}$",
    re.I,
)
UPDATE_LABEL = re.compile(r"^(?:zuletzt |last )?(?:aktualisiert|geändert|updated)\b", re.I)
_SHORT_META = re.compile(
    r"^(?:lesezeit|artikel anhören|\d+ min(?:uten)?\.? lesezeit|"
    r"kommentare?|drucken|merken)\b",
    re.I,
)


@dataclass
class Layout:
    """The classified blocks of an article page."""

    header: list[Block] = field(default_factory=list)  # between headline and body
    body: list[Block] = field(default_factory=list)
    related: list[tuple[str, str]] = field(default_factory=list)  # (title, href)
    trailer: list[Block] = field(default_factory=list)  # after the body's end
    byline: Block | None = None
    dateline: Block | None = None
    summary: Block | None = None
    standfirst: list[Block] = field(default_factory=list)  # teaser paragraphs above the body
    dek: list[Block] = field(default_factory=list)  # a line under the headline named as its dek
    captions: list[Block] = field(default_factory=list)
    figures: list[Block] = field(default_factory=list)  # in the header, before the body
    body_figures: list[Block] = field(default_factory=list)  # inside the body
    signature: str | None = None
    closing_byline: Block | None = None  # the author's name as the body's last line
    update_line: Block | None = None  # "Aktualisiert am 17.01.2021" among the body's lines
    region_positions: tuple[int, int] | None = None  # document positions the article spans


def common_ancestor(a: etree._Element, b: etree._Element) -> etree._Element:
    ancestors = {a, *a.iterancestors()}
    node = b
    while node is not None and node not in ancestors:
        node = node.getparent()
    return node if node is not None else a.getroottree().getroot()


def _inside(el: etree._Element, container: etree._Element) -> bool:
    return el is container or any(a is container for a in el.iterancestors())


def _near_headline(el: etree._Element, h1: etree._Element, levels: int = 3) -> bool:
    """True when ``el`` lives in the headline's own header (shares an ancestor within reach)."""
    node = h1
    for _ in range(levels):
        node = node.getparent()
        if node is None:
            return False
        if _inside(el, node):
            return True
    return False


def _teaser_box(el: etree._Element) -> bool:
    """A box (often an ``<aside>``) that opens with a teaser label such as "Lesen Sie auch:"."""
    for node in el.iter():
        if node is el or tag_of(node) in ("a", "ul", "ol", "li"):
            if tag_of(node) != "" and node is not el:
                return False
            continue
        text = clean(node.text or "")
        if text:
            return bool(bp.TEASER_LABEL.match(text))
    return False


def _named_dek(block: Block, h1: etree._Element | None, body_root: etree._Element) -> bool:
    """A line under the headline that its own markup names a dek or standfirst, though it is
    short or a heading ("<p class='strapline'>A big shift</p>")."""
    if h1 is None or block.kind not in ("paragraph", "heading") or _inside(block.el, body_root):
        return False
    if len(block.text.split()) < 4 or block.kind == "paragraph" and len(block.text) > 80:
        return False  # longer prose is taken as the standfirst anyway
    if bp.is_furniture(block.text) or bl.BYLINE_START.match(block.text):
        return False  # a video player's read-out, "by Jane Doe (reporting)" in the dek's box
    return marked_as_lead(block.el, common_ancestor(block.el, h1), DEK_WORDS)


def _join_byline_labels(blocks: list[Block]) -> list[Block]:
    """A byline label set as its own element before the names ("<span>By</span><div>Jane
    Doe</div><div>Jo Roe</div>") joined with them into one line: "By Jane Doe, Jo Roe"."""
    joined: list[Block] = []
    label = None  # the label of the byline being joined, while names follow it
    for block in blocks:
        last = joined[-1] if joined else None
        if last is not None and last.kind == block.kind == "paragraph" and len(block.text) < 120:
            names = _SEPARATOR_LINE.sub(r"\1", block.text).replace("\n", " ")  # "Jane Doe\n,"
            if bl.LABEL_ONLY.match(last.text):
                label = last.text
                joined[-1] = replace(block, text=f"{label} {names}")
                continue
            if label and not names.strip(" ,;|·&"):
                continue  # the comma between two names, set on its own
            if label and len(names) < 60 and bl.is_byline(f"{label} {names}"):
                joined[-1] = replace(last, text=f"{last.text.rstrip(' ,;')}, {names}")
                continue
        label = None
        joined.append(block)
    return joined


_SEPARATOR_LINE = re.compile(r"\s*\n\s*([,;|·])")


def is_share_list(block: Block) -> bool:
    return all(bp.SHARE_LINE.match(item) for item in block.items)


def is_embed(block: Block) -> bool:
    if bp.EMBED_FALLBACK.match(block.text):
        return True
    if block.kind == "quote":
        return bool(_EMBED_NAMES.search(f"{block.el.get('class', '')} {block.el.get('id', '')}"))
    return False


def is_meta_line(block: Block, section_names: set[str]) -> str | None:
    """What a short non-body line is (byline, dateline, caption, ...), or None for prose."""
    text = block.text
    if block.kind == "figure":
        return "figure"
    if block.kind == "paragraph" and bl.is_byline(text):
        return "byline"
    if (
        block.kind == "list"
        and len(block.items) <= 6
        and all(len(it) < 100 for it in block.items)
        and any(bl.is_byline(it) for it in block.items)
    ):
        return "byline"  # a meta list: date, reading time, "Von: A, B"
    if block.kind == "paragraph" and _DATELINE.match(text) and parse_visible(text):
        return "dateline"
    if block.kind in ("paragraph", "quote") and (is_caption_text(text) or _named_caption(block)):
        return "caption"
    if block.kind == "paragraph" and (
        bp.SHARE_LINE.match(text) or _SHORT_META.match(text) or _piped_meta(text)
    ):
        return "share"
    if block.kind == "paragraph" and text.casefold() in section_names:
        return "section"
    if block.kind == "paragraph" and bp.is_ad_block(text, block.links):
        return "ad"
    return None


def _piped_meta(text: str) -> bool:
    """A line of short parts between pipes ("News | Published: 5 hours ago | Written by X"):
    page meta, not prose."""
    parts = text.split(" | ")
    return len(parts) >= 3 and all(len(p) <= 70 for p in parts)


_TOC_LABEL = re.compile(r"^(?:auf dieser seite|inhaltsverzeichnis|inhalt|in this article):?$", re.I)
_CAPTION_NAMES = re.compile(
    r"caption|credit|copyright|bildunterschrift|bildnachweis|bu-text|image-?text", re.I
)


def _named_caption(block: Block) -> bool:
    """A line whose element (or a small wrapper) is named as an image caption or credit, or
    that such named parts make up (an image wrap holding a credit and a caption span)."""
    if len(block.text) > 400:
        return False
    node = block.el
    for _ in range(3):
        if node is None:
            return False
        if _CAPTION_NAMES.search(f"{node.get('class', '')} {node.get('id', '')}"):
            return True
        node = node.getparent()
    if len(clean(block.el.xpath("string()"))) > 1.2 * len(block.text):
        return False  # the block is one line of a larger element
    named = [
        d
        for d in block.el.iterdescendants()
        if isinstance(d.tag, str)
        and _CAPTION_NAMES.search(f"{d.get('class', '')} {d.get('id', '')}")
    ]
    caption = sum(len(text_of(d)) for d in named if not any(a in named for a in d.iterancestors()))
    return caption >= 0.8 * len(block.text)


def read(
    region: etree._Element,
    h1: etree._Element | None,
    body_root: etree._Element,
    chrome: Callable[[etree._Element], bool],
    profile: Profile | None,
    section_names: set[str],
    skip_elements: set,
    positions: Callable[[etree._Element], int],
) -> Layout:
    """Segment ``region`` once and classify its blocks into header, body and trailer."""
    keep = {body_root, *body_root.iterancestors()}
    if h1 is not None:
        keep.update((h1, *h1.iterancestors()))

    def skip(el: etree._Element) -> bool:
        if el in skip_elements:
            return True
        if el in keep:
            return False
        if (
            profile
            and profile.ad_names
            and profile.ad_names.search(f"{el.get('class', '')} {el.get('id', '')}")
        ):
            return True
        return chrome(el) and not _teaser_box(el)

    blocks = _join_byline_labels(segment(region, skip))
    layout = Layout()
    layout.region_positions = (positions(region), positions(region) + sum(1 for _ in region.iter()))
    h1_index = next((i for i, b in enumerate(blocks) if h1 is not None and b.el is h1), None)
    start = 0
    if h1_index is not None:
        start = h1_index
        while start > 0 and _near_headline(blocks[start - 1].el, h1):
            start -= 1
    # The header: from the headline's neighbourhood to the first line of prose.
    i = start
    while i < len(blocks):
        block = blocks[i]
        if h1 is not None and block.el is h1:
            i += 1
            continue
        before_h1 = h1_index is not None and i < h1_index
        kind = is_meta_line(block, section_names)
        if kind is None and block.kind == "list" and not before_h1:
            if is_share_list(block):
                i += 1
                continue
            after_toc_label = i > 0 and bool(_TOC_LABEL.match(blocks[i - 1].text))
            if layout.summary is None and not after_toc_label and _is_summary(block):
                layout.summary = block
                i += 1
                continue
        if kind is None and not before_h1 and _named_dek(block, h1, body_root):
            layout.dek.append(block)  # "<h2 class='article-excerpt'>", a short dek
            i += 1
            continue
        if (
            kind is None
            and block.kind == "heading"
            and not before_h1
            and not _inside(block.el, body_root)
        ):
            i += 1
            continue
        if kind is None and not before_h1 and _inside(block.el, body_root):
            break
        if kind is None and not before_h1 and block.kind == "paragraph" and len(block.text) > 80:
            if len(layout.standfirst) == MAX_PARAGRAPHS:
                # More prose than a standfirst: the content root is too narrow, the article
                # starts here. Read the body from the first of these paragraphs, region-wide.
                first = blocks.index(layout.standfirst[0])
                layout.standfirst = []
                _read_body(layout, blocks[first:], region, profile, section_names)
                return layout
            layout.standfirst.append(block)  # prose set apart above the body container
            i += 1
            continue
        _note_meta(layout, block, kind)
        layout.header.append(block)
        i += 1
    _read_body(layout, blocks[i:], body_root, profile, section_names)
    if not layout.body and layout.standfirst:
        # Nothing but "standfirst" prose: it was the body all along, read it region-wide.
        first = blocks.index(layout.standfirst[0])
        layout.standfirst, layout.related, layout.trailer = [], [], []
        _read_body(layout, blocks[first:], region, profile, section_names)
    return layout


_META_ITEM = re.compile(
    r"^(?:von:?\s|by\s|veröffentlicht|aktualisiert|stand:|update|"
    r"\d+\s*min|lesezeit|übersetzung|quelle:|foto:|bild:)",
    re.I,
)


def _is_summary(block: Block) -> bool:
    """Bullets of the article's points: a few sentence-like items, no meta lines."""
    items = [it for it in block.items if not bp.SHARE_LINE.match(it)]
    if not 1 <= len(items) <= 8 or any(len(it) > 300 or is_caption_text(it) for it in items):
        return False  # a gallery's captions are no bullets
    if _is_teaser_list(block) or is_page_nav(block):
        return False  # links to other pages or within this one
    if any(_META_ITEM.match(it) or parse_visible(it) and len(it) < 40 for it in items):
        return False
    return sum(len(it.split()) >= 4 for it in items) * 2 >= len(items)


def _note_meta(layout: Layout, block: Block, kind: str | None) -> None:
    if kind == "byline" and layout.byline is None:
        layout.byline = block
    elif kind == "dateline" and layout.dateline is None:
        layout.dateline = block
    elif kind == "caption":
        layout.captions.append(block)
    elif kind == "figure":
        layout.figures.append(block)


def _read_body(
    layout: Layout,
    blocks: list[Block],
    body_root: etree._Element,
    profile: Profile | None,
    section_names: set[str],
) -> None:
    teaser_label = summary_label = False
    skipped_box = None
    last_heading = ""
    ended = False
    late_byline = None
    for block in blocks:
        text = block.text
        if ended or not _inside(block.el, body_root):
            layout.trailer.append(block)
            if block.kind == "paragraph" and SIGNATURE.match(text) and not layout.signature:
                layout.signature = text.strip("()")
            continue
        if block.kind == "paragraph" and SIGNATURE.match(text):
            layout.signature = text.strip("()")
            continue
        if skipped_box is not None and _inside(block.el, skipped_box):
            continue
        if block.kind in ("paragraph", "heading") and (
            bp.FOLLOW_FOOTER.match(text)
            or (profile and profile.end_markers and profile.end_markers.match(text))
        ):
            ended = True
            continue
        if block.kind in ("paragraph", "heading") and bp.TEASER_LABEL.match(text):
            teaser_label = True
            continue
        if block.kind in ("paragraph", "heading") and bp.TAGS_LABEL.match(text):
            ended = True
            continue
        if (
            block.kind in ("paragraph", "heading")
            and bp.SUMMARY_LABEL.match(text)
            and layout.summary is None
            and len(layout.body) <= 2
        ):
            summary_label = True  # "In Kürze:" over the key points at the body's top
            continue
        if summary_label and block.kind == "list" and _is_summary(block):
            layout.summary = block
            summary_label = False
            continue
        summary_label = False
        if teaser_label and (block.kind == "list" or block.link_only):
            layout.related.extend((t, h) for t, h in block.links if t and h)
            continue
        teaser_label = False
        if block.kind == "list" and _is_teaser_list(block):
            layout.related.extend((t, h) for t, h in block.links if t and h)
            continue
        if block.kind == "list" and all(is_caption_text(it) for it in block.items):
            continue  # a gallery: one credited caption per picture
        if block.kind == "list" and is_page_nav(block):
            if layout.body and layout.body[-1].kind == "heading":
                layout.body.pop()  # its label: "Key Events"
            continue
        if (
            block.kind == "paragraph"
            and profile
            and profile.story_links
            and profile.story_links.match(text)
        ):
            layout.related.extend((last_heading, h) for _, h in block.links[:1] if h)
            continue
        kind = is_meta_line(block, section_names)
        if kind == "figure":
            layout.body_figures.append(block)
        if kind == "byline" and layout.byline is None and first_prose(layout.body) is None:
            layout.byline = block  # "Von ..." opening the body, under a photo credit
        elif kind == "byline":
            late_byline = (block, layout.body[-1] if layout.body else None)
        if kind in ("figure", "caption", "ad", "share", "byline", "dateline"):
            if kind == "caption" and not layout.captions:
                layout.captions.append(block)
            if kind == "dateline" and UPDATE_LABEL.match(text) and layout.update_line is None:
                layout.update_line = block
            continue
        if is_embed(block) or (block.kind == "list" and is_share_list(block)):
            continue
        if block.kind in ("paragraph", "heading") and bp.is_furniture(text):
            continue
        if block.kind == "paragraph" and block.link_only and (len(text) < 120 or _card(block)):
            continue
        if block.kind == "heading":
            box = _box_of(block.el, body_root)
            if box is not None:
                skipped_box = box
                continue
            if not any(b.kind == "paragraph" for b in layout.body):
                continue  # a display title over the body, not a section heading
            last_heading = text
        layout.body.append(block)
    layout.body = _without_repeats(layout.body)
    while layout.body and layout.body[-1].kind == "heading":
        layout.trailer.insert(0, layout.body.pop())
    if layout.body and _is_name_line(layout.body[-1]):
        layout.closing_byline = layout.body.pop()
    elif (
        late_byline is not None
        and layout.body
        and late_byline[1] is layout.body[-1]
        and bl.labelled_names(late_byline[0].text)
    ):
        layout.closing_byline = late_byline[0]  # "Autor: ..." as the body's last line


def first_prose(body: list[Block]) -> Block | None:
    """The body's first paragraph of prose (not a credit or name line above it)."""
    return next((b for b in body if b.kind == "paragraph" and len(b.text) > 80), None)


def _box_of(heading: etree._Element, body_root: etree._Element) -> etree._Element | None:
    """The small box inside the body that a heading titles (a promo, teaser card, author note),
    or None for a heading of the article's own sections: the heading's nearest wrapper holding
    more than the heading has under 60 words."""
    own = len(" ".join(text_lines(heading)).split())
    node = heading.getparent()
    while node is not None and node is not body_root:
        words = len(" ".join(text_lines(node)).split())
        if words > own:
            return node if words < 60 and not _one_of_sections(node, body_root) else None
        node = node.getparent()
    return None


def _one_of_sections(box: etree._Element, body_root: etree._Element) -> bool:
    """The box is one of the body's section wrappers: a sibling wrapper of the same tag and
    class (at its level or one up) holds more of the article's prose."""
    node = box
    for _ in range(2):
        if node is body_root or node.getparent() is None:
            return False
        for sibling in node.getparent():
            if (
                sibling is not node
                and sibling.tag == node.tag
                and sibling.get("class") == node.get("class")
                and len(" ".join(text_lines(sibling)).split()) >= 60
            ):
                return True
        node = node.getparent()
    return False


def _without_repeats(body: list[Block]) -> list[Block]:
    """Drop text the body already said: a paragraph printed twice (desktop and mobile copies)
    or a long block that repeats the article (an unformatted print or paywall copy)."""
    seen_texts: set[str] = set()
    seen_grams: set[tuple[str, ...]] = set()
    kept = []
    for block in body:
        if block.kind != "heading":
            if len(block.text) >= 60 and block.text in seen_texts:
                continue
            words = re.findall(r"\w+", block.text.casefold())
            grams = {tuple(words[i : i + 4]) for i in range(len(words) - 3)}
            if len(words) >= 100 and len(grams & seen_grams) >= 0.6 * len(grams):
                continue
            seen_texts.add(block.text)
            seen_grams |= grams
        kept.append(block)
    return kept


def _card(block: Block) -> bool:
    """A teaser card: one link around a heading and its teaser text."""
    return tag_of(block.el) == "a" and any(tag_of(c) in HEADING_TAGS for c in block.el.iter())


def _is_name_line(block: Block) -> bool:
    """A closing line that is only the author's name, set in bold or italic ("Stefan Wasmer"),
    or labelled ("Text: Anna Beispiel")."""
    if block.kind != "paragraph" or len(block.text) > 60:
        return False
    if bl.labelled_names(block.text):
        return True
    styled = (
        len(block.el) == 1
        and tag_of(block.el[0]) in ("b", "strong", "i", "em")
        and not (clean(block.el.text or "") or clean(block.el[0].tail or ""))
    )
    people = bl.parse("Von " + block.text) if styled and bl.is_byline("Von " + block.text) else []
    return len(people) == 1 and people[0]["role"] != "agency" and len(block.text.split()) >= 2


def is_page_nav(block: Block) -> bool:
    """A list whose every item is a script-driven link with no address ("", "#",
    "javascript:"; a live blog's key events, an edit menu). Navigation, neither summary nor
    body; bullets that jump to "#sections" stay a summary, as on news.de."""
    if len(block.items) < 2 or len(block.links) < len(block.items):
        return False
    if any(h.strip() not in ("", "#") and not h.startswith("javascript:") for _, h in block.links):
        return False
    link_text = " ".join(t for t, _ in block.links)
    return all(len(item) < 200 and item[:20] in link_text for item in block.items)


def _is_teaser_list(block: Block) -> bool:
    """A list whose every item is a link to another page: teasers, not body."""
    if len(block.items) < 2 or not block.links:
        return False
    targets = [h for _, h in block.links if h and not h.startswith("#")]
    if len(targets) < len(block.items):
        return False
    link_text = {clean(t) for t, _ in block.links}
    return all(item in link_text for item in block.items) and tag_of(block.el) in ("ul", "ol")
