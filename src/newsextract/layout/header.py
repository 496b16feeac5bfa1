"""The header walk: from the headline's neighbourhood to the article's first line of prose,
which blocks are byline, dateline, figures and captions, bullets, dek and standfirst.

The walk hands over to the body walk where the body starts, and reads the body region-wide
instead when the content root turns out too narrow (the article began above it).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from lxml import etree

from ..lexicon import bylines as bl
from ..lexicon import labels
from ..lexicon.dates import parse_visible
from ..lexicon.markup import AUTHOR_NAMES
from ..page.text import longer_than
from ..page.tree import inside
from ..sites import Profile
from .blocks import Block, segment
from .body import read_body
from .chrome import names_of
from .classify import (
    DATELINE_WORDS,
    PROSE_MIN,
    SENTENCE_END,
    bullet_box,
    is_date_line,
    is_share_list,
    is_summary,
    meta_kind,
    named_dek,
)
from .lead import MAX_STANDFIRST
from .parts import Draft


def walk(
    region: etree._Element,
    h1: etree._Element | None,
    body_root: etree._Element,
    skip: Callable[[etree._Element], bool],
    profile: Profile,
    section_names: set[str],
    own_story: Callable[[str], bool],
) -> Draft:
    """Segment ``region`` once (leaving out what ``skip`` prunes) and classify its blocks
    into header, body and trailer; ``own_story`` tells a link to a story of the site."""
    blocks = join_byline_labels(segment(region, skip))
    draft = Draft(own_story=own_story)
    h1_index = next((i for i, b in enumerate(blocks) if h1 is not None and b.el is h1), None)
    end = len(blocks)
    for i in range(_header_start(blocks, h1, h1_index), len(blocks)):
        block = blocks[i]
        if h1 is not None and block.el is h1:
            continue
        before_h1 = h1_index is not None and i < h1_index
        kind = meta_kind(block, section_names, profile)
        if kind is None and _live_update(block):
            kind = "update"  # "Update: 15.20 Uhr Die Polizei hat ...": the header's live line
        part = None
        if kind is None and not before_h1:
            after_toc_label = i > 0 and bool(labels.TOC_LABEL.match(blocks[i - 1].text))
            part = _unmarked_part(draft, block, h1, body_root, after_toc_label, profile)
        if part == "body":
            end = i
            break
        if part == "prose" and len(draft.standfirst) == MAX_STANDFIRST:
            # More prose than a standfirst: the content root is too narrow, the article
            # starts here. Read the body from the first of these paragraphs, region-wide.
            first = blocks.index(draft.standfirst[0])
            draft.standfirst = []
            read_body(draft, blocks[first:], region, profile, section_names)
            return draft
        if part == "prose":
            draft.standfirst.append(block)  # prose set apart above the body container
        elif part is None:
            _note_meta(draft, block, kind)
            draft.header.append(block)
    read_body(draft, blocks[end:], body_root, profile, section_names)
    if not draft.body and draft.standfirst:
        # Nothing but "standfirst" prose: it was the body all along, read it region-wide.
        first = blocks.index(draft.standfirst[0])
        draft.standfirst, draft.related, draft.trailer = [], [], []
        draft.loose_cards = []
        read_body(draft, blocks[first:], region, profile, section_names)
    return draft


_DIGIT = re.compile(r"\d")


def _live_update(block: Block) -> bool:
    """A line under the headline that opens with an update label and its time or date: the
    latest news set above the story, neither its standfirst nor its text."""
    text = block.text
    return (
        block.kind == "paragraph"
        and bool(labels.UPDATE_LABEL.match(text))
        and bool(_DIGIT.search(text[:30]))
    )


def _header_start(blocks: list[Block], h1: etree._Element | None, h1_index: int | None) -> int:
    """Where the header begins: at the headline, or before it where blocks share its header
    (a kicker, a dateline set above it)."""
    if h1 is None or h1_index is None:
        return 0
    start = h1_index
    while start > 0 and _near_headline(blocks[start - 1].el, h1):
        start -= 1
    return start


def _near_headline(el: etree._Element, h1: etree._Element, levels: int = 3) -> bool:
    """True when ``el`` lives in the headline's own header (shares an ancestor within reach)."""
    node = h1
    for _ in range(levels):
        node = node.getparent()
        if node is None:
            return False
        if inside(el, node):
            return True
    return False


def _unmarked_part(
    draft: Draft,
    block: Block,
    h1: etree._Element | None,
    body_root: etree._Element,
    after_toc_label: bool,
    profile: Profile,
) -> str | None:
    """What a block after the headline that is no meta line is: "taken" (a share list, the
    bullets, a dek, a display heading: noted in ``draft``), "body" (the body starts here),
    "prose" (a standfirst paragraph), or None (a header line)."""
    if draft.summary is not None and inside(block.el, draft.summary.el):
        return "taken"  # another line of the key points box
    if draft.summary is None and (bullets := bullet_box(block, None)):
        draft.summary = bullets  # key points set as paragraphs in a box named so
        return "taken"
    if block.kind == "list":
        if is_share_list(block):
            return "taken"
        if draft.summary is None and not after_toc_label and is_summary(block, profile):
            draft.summary = block
            return "taken"
    if named_dek(block, h1, body_root):
        draft.dek.append(block)  # "<h2 class='article-excerpt'>", a short dek
        return "taken"
    in_body = inside(block.el, body_root)
    if block.kind == "heading" and not in_body:
        if h1 is not None and draft.subheading is None and _dek_heading(block, h1):
            draft.subheading = block  # "<h2>Die ersten zehn Spieltage sind gespielt. ...</h2>"
        return "taken"
    if _in_author_box(block, draft.byline):
        return None  # the byline's box: the author's photo, name and a line about them
    if in_body:
        return "body"
    if block.kind == "paragraph" and len(block.text) > PROSE_MIN:
        # a picture's terms of use, a button's words: header lines, no standfirst
        furniture = labels.is_furniture(block.text) or labels.is_affiliate_note(block.text)
        if furniture or _meta_run(block.text) or _author_box_line(block):
            return None
        return "prose"
    return None


def _meta_run(text: str) -> bool:
    """A line of the header's facts run together, no sentence ("18. Februar 2025 von Tobias
    Muster 4 Min. Lesezeit 3 Kommentare", "By A and B - AP | 1 hr 4 mins ago"): it shows a
    date or a relative time and does not end as a sentence does (a standfirst may end
    without a full stop, but shows no date)."""
    if text.endswith(SENTENCE_END):
        return False
    return parse_visible(text) is not None or bool(labels.RELATIVE_TIME_IN.search(text))


def _in_author_box(block: Block, byline: Block | None) -> bool:
    """A line in the same small box as the byline, the box named for the author
    (<div class="author-box"><img><p>Par A</p><p>A suit la montagne ...</p></div>)."""
    if byline is None or block.kind != "paragraph":
        return False
    box = byline.el.getparent()
    return (
        box is not None and block.el.getparent() is box and bool(AUTHOR_NAMES.search(names_of(box)))
    )


AUTHOR_BOX_CLIMB = 3
AUTHOR_BOX_CHARS = 600  # a box about the author: a name, a role, a line or two, a link


def _author_box_line(block: Block) -> bool:
    """A line of a small box the markup names for the author (<div class="autor-box">
    with the photo, the name, "Schreibt seit 2014 für ..."), set above the text: what the
    author does, no standfirst."""
    node = block.el
    for _ in range(AUTHOR_BOX_CLIMB + 1):
        if node is None or longer_than(node, AUTHOR_BOX_CHARS):
            return False
        if AUTHOR_NAMES.search(names_of(node)):
            return True
        node = node.getparent()
    return False


_CLOCK = re.compile(r"\b\d{1,2}[:h.]\d{2}\b")  # a time of day: "18:27", "10h12", "9.15"
DEK_WORDS_MIN = 8  # a heading under the headline this long is a sentence: its standfirst


def _dek_heading(block: Block, h1: etree._Element) -> bool:
    """A heading in the headline's own header that reads as a sentence, not a title: the
    standfirst set as a subheading ("<h2>Mit Entsetzen und Trauer hat das Forum ...</h2>")."""
    words = len(block.text.split())
    sentence = words >= DEK_WORDS_MIN or words >= 5 and block.text.endswith((".", "!", "?"))
    if not sentence or labels.is_furniture(block.text) or bl.is_byline(block.text):
        return False
    if block.link_only:
        return False  # a teaser's title, all one link to another story
    if is_date_line(block) or parse_visible(block.text) or labels.TAGS_LINE.match(block.text):
        return False  # "Updated 20:49, 5 Aug 2024", "Topics: ..."
    if _CLOCK.search(block.text) and words <= DATELINE_WORDS:
        return False  # a date line the date patterns do not read ("Mi 18:27 | 3. KW")
    return _near_headline(block.el, h1, levels=4)


def _note_meta(draft: Draft, block: Block, kind: str | None) -> None:
    if kind == "byline" and draft.byline is None:
        draft.byline = block
    elif kind == "dateline" and draft.dateline is None:
        draft.dateline = block
    elif kind == "update" and draft.update_line is None:
        draft.update_line = block
    elif kind == "caption":
        draft.captions.append(block)
    elif kind == "figure":
        draft.figures.append(block)


_SEPARATOR_LINE = re.compile(r"\s*\n\s*([,;|·])")


DATE_VALUE_MAX = 40  # the date in the cell after its label: a date and a time


def join_byline_labels(blocks: list[Block]) -> list[Block]:
    """A byline label set as its own element before the names ("<span>By</span><div>Jane
    Doe</div><div>Jo Roe</div>") joined with them into one line: "By Jane Doe, Jo Roe"; a
    date's label in its own cell or term ("<dt>Datum</dt><dd>05.02.2018</dd>") likewise:
    "Datum: 05.02.2018"."""
    joined: list[Block] = []
    label = None  # the label of the byline being joined, while names follow it
    for block in blocks:
        last = joined[-1] if joined else None
        if (
            last is not None
            and last.kind == block.kind == "paragraph"
            and labels.PUBLISHED_LABEL_ONLY.match(last.text)
            and len(block.text) <= DATE_VALUE_MAX
            and parse_visible(block.text)
        ):
            joined[-1] = replace(block, text=f"{last.text.rstrip(' :')}: {block.text}")
            label = None
            continue
        if last is not None and last.kind == block.kind == "paragraph" and len(block.text) < 120:
            names = _SEPARATOR_LINE.sub(r"\1", block.text).replace("\n", " ")  # "Jane Doe\n,"
            if labels.LABEL_ONLY.match(last.text):
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
