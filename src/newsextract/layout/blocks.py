"""Cut a region of the page into reading-order blocks: paragraph, heading, list, quote, table,
figure.

The header and body walks classify these blocks, so the region is walked once and chrome
subtrees are skipped once; fields read bylines, dates and images off the classified blocks
(only the markup finders of bylines, dates and topics search the tree again).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from lxml import etree

from ..page.text import (
    BLOCK_TAGS,
    HEADING_TAGS,
    LINE_BREAK,
    lines_of,
    raw_text,
    space_before,
    tag_of,
    text_lines,
    text_of,
)
from .chrome import is_hidden

LIST_TAGS = frozenset(("ul", "ol"))
# Containers whose children are walked for blocks; any other block tag is one block.
CONTAINER_TAGS = frozenset(
    "div section article main header footer body html hgroup center details span table tbody "
    "thead tfoot tr td th form dl amp-carousel ".split()
)


@dataclass
class Block:
    """One reading-order unit of the page and the element it came from."""

    kind: str  # paragraph | heading | list | quote | table | figure
    text: str
    el: etree._Element
    level: int = 0  # headings: 1..6
    items: list[str] = field(default_factory=list)  # lists
    ordered: bool = False
    rows: list[list[str]] = field(default_factory=list)  # tables: the cells' text, row by row
    links: list[tuple[str, str]] = field(default_factory=list)  # (text, href) in the block
    covered: float = 0.0  # share of the text that is link text
    # A paragraph of <br> lines that reads as several: its parts, each a block of its own
    # once the whole is known to be story text (not a promo or caption read line by line).
    parts: list[Block] = field(default_factory=list)

    @property
    def link_only(self) -> bool:
        """Every part of the block is a link (a teaser entry, a menu item)."""
        return bool(self.links) and self.covered >= 0.9


def _links(el: etree._Element) -> list[tuple[str, str]]:
    """The (text, href) of the links in ``el``; a named anchor without href (<a
    name="q1">) is a jump target, no link (a script's <a class="button"> without href is)."""
    return [(text_of(a), a.get("href") or "") for a in el.iter("a") if not _jump_target(a)]


def _jump_target(a: etree._Element) -> bool:
    return a.get("href") is None and a.get("name") is not None and a.get("onclick") is None


def _make(kind: str, el: etree._Element, text: str, **extra) -> Block:
    links = _links(el) if kind != "figure" else []
    link_chars = sum(len(t) for t, _ in links)
    covered = link_chars / len(text) if text else 0.0
    return Block(kind, text, el, links=links, covered=min(covered, 1.0), **extra)


def _list_block(el: etree._Element) -> Block | None:
    items = []
    for li in el:
        if tag_of(li) == "li":
            line = text_of(li)
            if line:
                items.append(line)
    if not items:
        return None
    return _make("list", el, "\n".join(items), items=items, ordered=tag_of(el) == "ol")


TABLE_CELL_MAX = 300  # a table of data has short cells; a layout table holds whole texts
TABLE_LINKED = 0.5  # a table mostly of links is a menu laid out as a table


def _table_block(el: etree._Element) -> Block | None:
    """A table of data (a league table, results, prices) as one block of rows of cells,
    read as a reader reads it: one row per line, cells apart. A table used for layout
    (nested tables, one column, cells holding whole texts, a grid of links) is None: its
    cells are walked as containers."""
    if el.find(".//table") is not None:
        return None
    rows = []
    for tr in el.iter("tr"):
        cells = [text_of(c) for c in tr if tag_of(c) in ("td", "th")]
        if any(cells):
            rows.append(cells)
    if len(rows) < 2 or max(map(len, rows)) < 2:
        return None
    if any(len(cell) > TABLE_CELL_MAX for row in rows for cell in row):
        return None
    text = "\n".join("\t".join(row) for row in rows)
    block = _make("table", el, text, rows=rows)
    caption = el.find("caption")
    if caption is not None:  # the caption is read as its own line before the table
        block.links = [(t, h) for t, h in block.links if t not in text_of(caption)]
    return None if block.covered >= TABLE_LINKED else block


def segment(start: etree._Element, skip: Callable[[etree._Element], bool]) -> list[Block]:
    """Blocks under ``start`` in document order; subtrees for which ``skip`` is true are left out.

    Mixed containers (text next to block children, ``<br><br>``-separated paragraphs, as old
    pages have) yield one paragraph per run of inline content.
    """
    out: list[Block] = []
    stack: list[etree._Element] = [start]
    while stack:
        el = stack.pop()
        if isinstance(el, _Inline):
            _flush_inline(el, out)
            continue
        tag = tag_of(el)
        if el is not start and skip(el):
            continue
        block = None
        if tag in HEADING_TAGS or (aria := _aria_level(el)):
            text = text_of(el)
            level = int(tag[1]) if tag in HEADING_TAGS else aria
            block = _make("heading", el, text, level=level) if text else None
        elif tag in LIST_TAGS:
            block = _list_block(el)
        elif tag == "table" and (block := _table_block(el)) is not None:
            caption = el.find("caption")
            if caption is not None and (title := text_of(caption)):
                out.append(_make("paragraph", caption, title))
        elif tag == "blockquote":
            block = _quote_or_container(el, stack)
            if block is None:
                continue
        elif tag in ("figure", "picture", "img", "amp-img"):
            block = _make("figure", el, "\n".join(text_lines(el)))
        elif tag in ("p", "pre", "address", "dd", "dt", "figcaption", "caption", "li") or (
            tag not in CONTAINER_TAGS and tag not in BLOCK_TAGS
        ):
            # <font><p>..</p><p>..</p></font> or a <p> holding a list are walked; a link card
            # (<a> around a heading and a teaser) stays one block, a link-only one.
            if tag != "a" and _has_nested_blocks(el):
                _push_children(el, stack)
                continue
            lines = text_lines(el)
            text = "\n".join(lines)
            block = _make("paragraph", el, text) if text else None
            if not text and tag == "p" and el.find(".//img") is not None:
                block = _make("figure", el, "")  # <p><img ...></p>: an editor's picture
            if block is not None and tag == "p" and len(lines) > 1 and el.find("br") is not None:
                parts = _line_paragraphs(el, lines)
                block.parts = parts if len(parts) > 1 else []
        else:
            _push_children(el, stack)
            continue
        if block is not None:
            out.append(block)
    return out


def _aria_level(el: etree._Element) -> int:
    """The level of an element that ARIA makes a heading (<div role="heading"
    aria-level="3">) and that holds no blocks of its own; 0 for any other element."""
    if (el.get("role") or "").lower() != "heading" or _has_nested_blocks(el):
        return 0
    level = (el.get("aria-level") or "").strip()
    return min(max(int(level), 1), 6) if level.isdigit() else 2


PROSE_LINE = 60  # a line this long that ends a sentence is a paragraph, no address or verse line
_SENTENCE_END = re.compile(r"[.!?…][\"'“”„»«’)]*$")


def _line_paragraphs(el: etree._Element, lines: list[str]) -> list[Block]:
    """A ``<p>`` of ``<br>``-separated lines as the reader sees it: a line set in bold as a
    whole between lines of prose stands apart (a subheading, or an interviewer's question
    over its answer), and so do lines of prose that end a sentence; short lines (a name
    and its web address, verse, a list of dates, a reference with its linked title) stay
    together as one paragraph."""
    bold: dict[str, etree._Element] = {}  # a line's text -> the <strong> that is all of it
    for child in el:
        if tag_of(child) in ("strong", "b") and not (child.tail or "").strip():
            bold.setdefault(text_of(child), child)

    def prose(i: int) -> bool:
        return not 0 <= i < len(lines) or len(lines[i]) >= PROSE_LINE or lines[i] in bold

    def apart(i: int) -> bool:
        strong = bold.get(lines[i]) if 0 <= i < len(lines) else None
        if strong is None or sum(len(text_of(a)) for a in strong.iter("a")) * 2 >= len(lines[i]):
            return False  # not bold, or a linked title
        return prose(i - 1) and prose(i + 1)

    groups: list[tuple[etree._Element, list[str]]] = []
    for i, line in enumerate(lines):
        before = lines[i - 1] if i else ""
        prose_break = (
            len(before) >= PROSE_LINE and len(line) >= PROSE_LINE and _SENTENCE_END.search(before)
        )
        if not groups or apart(i) or apart(i - 1) or prose_break:
            # A bold question over its answer is the interviewer's line, no subheading: it
            # stays a line of the paragraph's own element, which is not bold as a whole.
            question = apart(i) and line.endswith(("?", "…", "...")) and i + 1 < len(lines)
            groups.append((bold[line] if apart(i) and not question else el, [line]))
        else:
            groups[-1][1].append(line)
    out = []
    for part, group in groups:
        block = _make("paragraph", part, "\n".join(group))
        if part is el:  # only the links on these lines
            block.links = [(t, href) for t, href in block.links if t and t in block.text]
            block.covered = min(sum(len(t) for t, _ in block.links) / len(block.text), 1.0)
        out.append(block)
    return out


_NESTED_BLOCK_TAGS = frozenset(
    "div p ul ol table figure blockquote h2 h3 h4 section aside nav form header footer "
    "article".split()
)


def _has_nested_blocks(el: etree._Element) -> bool:
    """Block content inside ``el``, also under wrappers of unknown name (``<paragraph>``,
    web components such as ``<story-section>``), which a browser lays out as blocks too."""
    for child in el:
        tag = tag_of(child)
        if tag in _NESTED_BLOCK_TAGS:
            return True
        if tag and tag not in _PHRASING_TAGS and _has_nested_blocks(child):
            return True
    return False


# Inline (phrasing) elements: text runs through them; any other wrapper may hold blocks.
_PHRASING_TAGS = frozenset(
    "a abbr b bdi bdo br cite code data dfn em font i img kbd label mark nobr q s samp small "
    "span strong sub sup time tt u var wbr".split()
)


def _quote_or_container(el: etree._Element, stack: list) -> Block | None:
    """A quotation is one block; an embed wrapper that happens to be a blockquote is walked."""
    if any(tag_of(c) in ("div", "figure", "blockquote", "section", "ul", "ol") for c in el):
        _push_children(el, stack)
        return None
    text = "\n".join(text_lines(el))  # verse keeps its lines
    return _make("quote", el, text) if text else None


@dataclass
class _Inline:
    """A run of inline content in a mixed container, flushed as one paragraph."""

    parent: etree._Element
    nodes: list  # (element or None, text)


def _push_children(el: etree._Element, stack: list) -> None:
    """Queue children (reverse order, for the stack); inline runs become _Inline items."""
    items: list = []
    run: list = []
    if el.text and el.text.strip():
        run.append((None, el.text))
    for child in el:
        tag = tag_of(child)
        if tag and (
            tag in BLOCK_TAGS
            or tag in ("figure", "picture", "amp-img", "img")
            or tag in HEADING_TAGS
            or _is_breaking(child)
        ):
            if run:
                items.append(_Inline(el, run))
                run = []
            items.append(child)
            if child.tail and child.tail.strip():
                run.append((None, child.tail))
        elif tag == "br":
            run.append(("br", ""))
            if child.tail:
                run.append((None, child.tail))
        elif is_hidden(child):
            if child.tail:  # <i style="display:none">13</i>: a counter no reader sees
                run.append((None, child.tail))
        else:
            run.append((child, child.tail or ""))
    if run:
        items.append(_Inline(el, run))
    stack.extend(reversed(items))


def _is_breaking(el: etree._Element) -> bool:
    """Any element holding block content breaks the inline run around it and is walked as a
    container: inline-tagged wrappers (span, a), custom elements (``<bsp-story-page>``) and
    wrappers of unknown name (``<paragraph>``)."""
    return _has_nested_blocks(el)


def _inline_text(nodes: list) -> Iterator[str]:
    before = ""  # the text so far on this line, for the gap before the next element
    for node, tail in nodes:
        if node == "br":
            before = ""
            yield LINE_BREAK
            continue
        if node is not None:
            text = raw_text(node)
            yield (" " if before and text and space_before(node, before) else "") + text
            before = text or before
        yield tail
        before = tail or before


_PARAGRAPH_GAP = re.compile(LINE_BREAK + r"\s*" + LINE_BREAK)


def _flush_inline(run: _Inline, out: list[Block]) -> None:
    """One paragraph per inline run, split at blank ``<br><br>`` gaps."""
    raw = "".join(_inline_text(run.nodes))
    bold = {  # a bold line's text -> its element, when nothing follows it on its line
        text_of(n): n
        for n, tail in run.nodes
        if n not in (None, "br") and tag_of(n) in ("b", "strong") and not (tail or "").strip()
    }
    for chunk in _PARAGRAPH_GAP.split(raw):
        lines = lines_of(chunk)
        if (
            len(lines) > 1
            and lines[0] in bold
            and len(lines[1]) >= PROSE_LINE
            and not lines[0].endswith(("?", "…", "...", ":"))  # an interviewer's question
        ):
            # "<b>Neues Fahrzeug bestellt</b><br>Kassier ...": a subheading over its
            # paragraph in an old page's <br> text, a block of its own
            out.append(_make("paragraph", bold[lines[0]], lines[0]))
            lines = lines[1:]
        text = "\n".join(lines)
        if not text:
            continue
        flat = " ".join(text.split())  # a link's text runs over the chunk's line breaks
        links = [  # the run's links, also inside its inline wrappers (<font><a>...</a></font>)
            (text_of(a), a.get("href") or "")
            for n, _ in run.nodes
            if n not in (None, "br")
            for a in n.iter("a")
            if text_of(a) in flat
        ]
        link_chars = sum(len(t) for t, _ in links)
        out.append(
            Block(
                "paragraph", text, run.parent, links=links, covered=min(link_chars / len(text), 1.0)
            )
        )
