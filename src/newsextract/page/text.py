"""Text of elements as a reader sees it: blocks separate, inline elements keep their spacing.

Words glue when an extractor joins element texts blindly ("anbahnt.Armeniens"). Here block
elements and ``<br>`` end a line, inline elements contribute exactly the whitespace the source
has, and ``&nbsp;`` counts as a space. The walk is iterative, so deeply nested pages cannot
exhaust Python's recursion limit.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from lxml import etree

BLOCK_TAGS = frozenset(
    "address article aside blockquote body dd details dialog div dl dt fieldset figcaption "
    "figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main nav ol p pre section "
    "summary table tbody thead tfoot tr td th ul caption center amp-img amp-carousel option "
    "legend ".split()
)
HEADING_TAGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
# Never text: code, hidden machinery, form widgets.
SILENT_TAGS = frozenset(
    "script style noscript template svg math iframe object embed canvas video audio source "
    "track map select option button input textarea head title meta link ".split()
)

LINE_BREAK = "\x00"  # stands for a block boundary or <br> until lines are split


_INVISIBLE = re.compile("[\u00ad\u200b\u200e\u200f\u2060\ufeff]")


def clean(text: str) -> str:
    """Collapse every whitespace run (nbsp and the other Unicode spaces included) to one
    space and trim; soft hyphens and zero-width characters go."""
    if not text.isascii() and _INVISIBLE.search(text):  # rare: test, then substitute
        text = _INVISIBLE.sub("", text)
    return " ".join(text.split())


# XPath's string() of an element (all its text nodes, scripts' too), compiled once: called
# as ``el.xpath("string()")`` it builds an evaluator each time.
string_value = etree.XPath("string()")


def blank(text: str | None) -> bool:
    """No visible character in ``text`` (what ``clean`` makes ""), tested cheaply first:
    most texts tested are the markup's indentation."""
    return not text or not text.strip() or not clean(text)


_IDEOGRAPHIC = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_PUNCTUATION = "\u3000-\u303f\uff01-\uff0f\uff1a-\uff20"
_WORD = re.compile(f"[{_IDEOGRAPHIC}]|[^\\s{_IDEOGRAPHIC}{_CJK_PUNCTUATION}]+")


def count_words(text: str) -> int:
    """Words in ``text``; Chinese and Japanese write without spaces, so each of their
    characters counts as one word (as word processors count them); their punctuation none."""
    return len(_WORD.findall(text))


_TAG_NAMES: dict[str, str] = {}  # a tag as lxml spells it -> its lower-case local name


def tag_of(el: etree._Element) -> str:
    """Lower-case local tag name; '' for comments and processing instructions. Called for
    nearly every element by every walk, so each spelling is worked out once."""
    tag = el.tag
    name = _TAG_NAMES.get(tag) if isinstance(tag, str) else ""
    if name is None:
        name = _TAG_NAMES[tag] = tag.rsplit("}", 1)[-1].lower()
    return name


def raw_text(el: etree._Element) -> str:
    """Text with the source's whitespace kept and block/``<br>`` boundaries as ``LINE_BREAK``."""
    if not len(el):  # a leaf (a link, a span, a bare paragraph): no walk needed
        tag = el.tag
        tag = (_TAG_NAMES.get(tag) or tag_of(el)) if isinstance(tag, str) else ""
        if not tag or tag in SILENT_TAGS:
            return ""
        if tag in BLOCK_TAGS:
            return f"{LINE_BREAK}{el.text or ''}{LINE_BREAK}"
        return f"{LINE_BREAK}{el.text or ''}" if tag == "br" else el.text or ""
    pieces: list[str] = []
    skip_depth = 0
    joined = False  # after a drop cap: the word it opens goes on without a gap
    names = _TAG_NAMES
    for event, node in etree.iterwalk(el, events=("start", "end")):
        tag = node.tag  # tag_of(node), inlined: this loop visits most of the page, often
        tag = (names.get(tag) or tag_of(node)) if isinstance(tag, str) else ""
        if event == "start":
            if skip_depth or tag in SILENT_TAGS or not tag:
                skip_depth += 1
                continue
            if tag == "label" and node.find(".//input") is not None:
                skip_depth += 1  # control_label(node), inlined
                continue
            if tag in BLOCK_TAGS or tag == "br":
                pieces.append(LINE_BREAK)
            elif pieces and not joined and space_before(node, pieces[-1]):
                pieces.append(" ")
            own = node.text
            if own:
                if joined:
                    pieces.append(own.lstrip())
                    joined = not own.strip()
                else:
                    pieces.append(own)
                    if len(own) < 4 and node is not el and _drop_cap(node):
                        joined = True
        else:
            if skip_depth:
                skip_depth -= 1
                if skip_depth == 0 and node is not el and node.tail:
                    pieces.append(node.tail)
                continue
            if tag in BLOCK_TAGS:
                pieces.append(LINE_BREAK)
            if node is not el and node.tail:
                if tag == "time" and not node.tail[0].isspace():
                    pieces.append(" ")
                if joined:
                    pieces.append(node.tail.lstrip())
                    joined = not node.tail.strip()
                else:
                    pieces.append(node.tail)
    return "".join(pieces)


# A drop cap: the first letter of a paragraph set large in its own element, by its class.
_DROP_CAP_NAMES = re.compile(
    r"(?:^|[\s_-])(?:initial|drop-?cap|first-?letter|lettrine)(?:$|[\s_-])", re.I
)


# Letters that are words of their own ("A long time", "I was", "À Lyon"): after such a drop
# cap the gap in the markup is a word gap.
_ONE_LETTER_WORDS = frozenset("AIOYÀ")


def _drop_cap(node: etree._Element) -> bool:
    """A one-letter element named as a drop cap, by its class or its wrapper's ("<span
    class='initial-letter'>N</span> a endlich"): the word goes on after it, whatever gap
    the markup leaves; a letter that is a word of its own keeps the gap."""
    letter = (node.text or "").strip()
    if len(letter) != 1 or not letter.isalpha() or letter in _ONE_LETTER_WORDS or len(node):
        return False
    parent = node.getparent()
    around = (parent.get("class") or "") if parent is not None else ""
    return bool(_DROP_CAP_NAMES.search(f"{node.get('class') or ''} {around}"))


def control_label(node: etree._Element) -> bool:
    """A ``<label>`` around a form control (a poll's answer, a consent checkbox): a widget's
    caption, never text."""
    return tag_of(node) == "label" and node.find(".//input") is not None


_NO_SPACE_BEFORE = frozenset(",.;:!?)]…%")


def space_before(node: etree._Element, before: str) -> bool:
    """Whether a reader sees a space between text ``before`` and the inline element ``node``
    that follows it with no whitespace in the source (no: the two are one word)."""
    if (node.text or " ")[0] in _NO_SPACE_BEFORE:
        return False  # <span class=a>Johannes Ritter</span><span class=b>, Zürich</span>
    if node.get("class") and _styled_neighbour(node):
        return True  # <span class=a>Abend</span><span class=b>Index</span>
    if before[-1:].islower() and _label_pair(node):
        return True  # <span><a>Wissenschaft</a></span><span>Global</span>: two labels
    if node.text and node.text[0].isupper() and before[-1] in "!?":
        return True  # <b>Neu!</b><a>Jetzt lesen</a>: one sentence ended
    # <a>Riots erupt</a><time>20:42</time>: a time is a token
    return tag_of(node) == "time" and not before[-1].isspace()


def _label_pair(node: etree._Element) -> bool:
    """Two sibling elements of one tag, nothing between them, the second opening a word in
    capitals after the first ended one in lower case (the caller tests that, cheaply):
    two labels set side by side ("Wissenschaft" "Global"), not one word split in two
    ("Bundes" "tag")."""
    prev = node.getprevious()
    if prev is None or prev.tail or prev.tag != node.tag:
        return False
    text = (node.text or "").lstrip() or "".join(node.itertext()).lstrip()
    return bool(text) and text[0].isupper()


def _styled_neighbour(node: etree._Element) -> bool:
    """Two sibling elements that each carry their own class, with nothing between them, are
    styled as separate parts (a kicker span and a title span), not one word split in two."""
    prev = node.getprevious()
    return prev is not None and bool(prev.get("class")) and not prev.tail


def longer_than(el: etree._Element, limit: int) -> bool:
    """Whether the element's text (``text_of``) is longer than ``limit`` characters, read
    only as far as needed: asked of the wrappers around a small element ("is this a card
    of 250 characters?"), which may be the whole page. Its visible characters other than
    whitespace are counted until they pass the limit; the text has at least those, so only
    an element that stays under it is read whole."""
    seen = 0
    skip_depth = 0
    for event, node in etree.iterwalk(el, events=("start", "end")):
        tag = tag_of(node)
        if event == "start":
            if skip_depth or not tag or tag in SILENT_TAGS or control_label(node):
                skip_depth += 1
                continue
            pieces = (node.text,)
        else:
            if skip_depth:
                skip_depth -= 1
                pieces = (node.tail,) if skip_depth == 0 and node is not el else ()
            else:
                pieces = (node.tail,) if node is not el else ()
        for piece in pieces:
            if piece:
                shown = "".join(piece.split())
                if not shown.isascii():
                    shown = _INVISIBLE.sub("", shown)
                seen += len(shown)
        if seen > limit:
            return True
    return len(text_of(el)) > limit


def lines_of(raw: str) -> list[str]:
    """Non-empty, whitespace-collapsed lines of a ``raw_text`` string."""
    return [line for line in map(clean, raw.split(LINE_BREAK)) if line]


# The lines of each element whose text was read during one extraction. Every field asks for
# the text of the same subtrees again and again (a card's title, a box's share of links, a
# candidate's length); the page's tree does not change while it is read, so each is worked
# out once. Outside ``memo()`` nothing is kept.
_LINES: ContextVar[dict[etree._Element, tuple[str, ...]] | None] = ContextVar(
    "text_lines", default=None
)
MEMO_MAX_CHARS = 200_000  # longer texts (a whole page's) are read again rather than kept


@contextmanager
def memo() -> Iterator[None]:
    """Keep each element's lines while the block runs: one extraction over one tree that
    nothing changes meanwhile (a walk that edits the tree edits a copy of it)."""
    token = _LINES.set({})
    try:
        yield
    finally:
        _LINES.reset(token)


def text_lines(el: etree._Element) -> list[str]:
    """The element's text as lines: one per block element or ``<br>``, whitespace collapsed."""
    kept = _LINES.get()
    if kept is None:
        return lines_of(raw_text(el))
    lines = kept.get(el)
    if lines is None:
        lines = tuple(lines_of(raw_text(el)))
        if sum(map(len, lines)) <= MEMO_MAX_CHARS:
            kept[el] = lines
    return list(lines)


def text_of(el: etree._Element, sep: str = " ") -> str:
    """The element's text on one line (blocks joined by ``sep``)."""
    return sep.join(text_lines(el))
