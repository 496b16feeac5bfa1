"""Parse page text once into an lxml tree, refusing what is no HTML page."""

from __future__ import annotations

import html
import json
import re

from lxml import etree

from ..errors import NewsExtractError
from .text import tag_of

_HTML_HINT = re.compile(
    rb"<\s*(!doctype\s+html|html|head|body|meta|title|div|p|article|h1|span|a)\b", re.I
)


def looks_like_html(text: str) -> bool:
    """True when the text has HTML markup near its start (not JSON, not plain text)."""
    return bool(_HTML_HINT.search(text[:65536].encode("utf-8", "ignore")))


def _is_json(text: str) -> bool:
    stripped = text.strip()
    if not stripped.startswith(("{", "[")):
        return False
    try:
        json.loads(stripped)
    except ValueError:
        return False
    return True


# Where a script or style, or a CDATA section, opens; each script's or style's own end.
_CDATA_OR_SCRIPT_START = re.compile(r"<(?:(script|style)\b|!\[CDATA\[)", re.I)
_END_OF = {name: re.compile(rf"</{name}\s*>", re.I) for name in ("script", "style")}


def _cdata_as_text(text: str) -> str:
    """XHTML CDATA sections in the body become escaped text (the HTML parser would drop
    them); those inside scripts and styles stay as they are. A script or style reaches its
    first end tag (one never closed is no script here, as for a regex's lazy match); a
    CDATA section its first ``]]>``. Found by searching from each opening to its end, not
    by a regex trying every position: most pages have CDATA only in their scripts."""
    out: list[str] = []
    kept = at = 0
    while (opening := _CDATA_OR_SCRIPT_START.search(text, at)) is not None:
        if opening.group(1):
            end = _END_OF[opening.group(1).lower()].search(text, opening.end())
            at = end.end() if end is not None else opening.start() + 1
            continue
        close = text.find("]]>", opening.end())
        if close < 0:
            at = opening.start() + 1
            continue
        out += (text[kept : opening.start()], html.escape(text[opening.end() : close], quote=False))
        kept = at = close + 3
    return "".join((*out, text[kept:])) if out else text


# Runs of one tag opened (or closed) dozens of times in a row: pathological nesting that
# libxml2 cuts off at its depth limit. Collapsed to one, the content survives.
_OPEN_RUN = re.compile(r"(<([a-zA-Z][\w-]*)\b[^<>]*>\s*)(?:<\2\b[^<>]*>\s*){64,}")
_CLOSE_RUN = re.compile(r"(</([a-zA-Z][\w-]*)\s*>\s*)(?:</\2\s*>\s*){64,}")


def _flatten_deep_runs(text: str) -> str:
    return _CLOSE_RUN.sub(r"\1", _OPEN_RUN.sub(r"\1", text))


def _parse_tree(text: str) -> tuple[etree._Element | None, bool]:
    """The tree, and whether libxml2 gave up on excessive depth."""
    # etree's parser, not lxml.html's: the same tree, without a Python class lookup for
    # every element the walks touch (about 3,800 per page), and no method of lxml.html's
    # element classes is used.
    parser = etree.HTMLParser(
        remove_comments=True, remove_pis=True, recover=True, no_network=True, huge_tree=True
    )
    try:
        root = etree.fromstring(text, parser)
    except (etree.ParserError, ValueError) as exc:
        raise NewsExtractError("not_html", f"cannot parse the page ({exc})") from None
    if root is None:
        raise NewsExtractError("not_html", "cannot parse the page (Document is empty)")
    too_deep = any("excessive depth" in str(e.message).lower() for e in parser.error_log)
    return root, too_deep


def _has_visible_text(body: etree._Element) -> bool:
    """Any text outside scripts and styles (stops at the first, so it is cheap)."""
    for _, el in etree.iterwalk(body, events=("start",)):
        if tag_of(el) in ("script", "style", "noscript", "template"):
            continue
        parent = el.getparent()
        hidden = any(
            tag_of(a) in ("script", "style", "noscript", "template") for a in el.iterancestors()
        )
        if not hidden and (
            (el.text or "").strip()
            or (el is not body and parent is not None and (el.tail or "").strip())
        ):
            return True
    return False


def parse(text: str) -> etree._Element:
    """Parse HTML (or XHTML) text into an lxml HTML tree, comments dropped."""
    text = text.replace("\x00", "")
    if not text.strip():
        raise NewsExtractError("empty", "the page is empty")
    if _is_json(text):
        raise NewsExtractError("not_html", "this is JSON, not an HTML page")
    if not looks_like_html(text):
        raise NewsExtractError("not_html", "no HTML markup found")
    # An XML prolog with an encoding declaration makes lxml refuse str input.
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text, count=1)
    if "<![CDATA[" in text:
        text = _cdata_as_text(text)
    root, too_deep = _parse_tree(text)
    if too_deep:
        root, _ = _parse_tree(_flatten_deep_runs(text))
    if root is None or tag_of(root) != "html":
        raise NewsExtractError("not_html", "cannot parse the page")
    body = root.find("body")
    if body is not None:
        _open_swallowing_noscripts(body)
    if body is None or not _has_visible_text(body):
        raise NewsExtractError("empty", "the page has no visible text")
    return root


# What a <noscript> fallback (a tracking pixel, a "please enable JavaScript" note) never holds.
_PAGE_PARTS = ("h1", "article", "main")


def _open_swallowing_noscripts(body: etree._Element) -> None:
    """Unwrap a ``<noscript>`` left unclosed: libxml2 puts the rest of the page inside it,
    where every walk would take it for hidden text. One that holds the page's headline or
    article is no fallback of a script but the page itself."""
    for noscript in list(body.iter("noscript")):
        if any(True for _ in noscript.iter(*_PAGE_PARTS)):
            _unwrap(noscript)


def _unwrap(el: etree._Element) -> None:
    """Replace ``el`` by its content: its text, children and tail stay where they were."""
    parent, previous = el.getparent(), el.getprevious()

    def attach(text: str) -> None:
        if previous is None:
            parent.text = (parent.text or "") + text
        else:
            previous.tail = (previous.tail or "") + text

    if el.text:
        attach(el.text)
    if el.tail:
        if len(el):
            el[-1].tail = (el[-1].tail or "") + el.tail
        else:
            attach(el.tail)
    index = parent.index(el)
    parent[index : index + 1] = list(el)


def common_ancestor(a: etree._Element, b: etree._Element) -> etree._Element:
    """The nearest element holding both ``a`` and ``b`` (the root when they share none)."""
    ancestors = {a, *a.iterancestors()}
    node = b
    while node is not None and node not in ancestors:
        node = node.getparent()
    return node if node is not None else a.getroottree().getroot()


def inside(el: etree._Element, container: etree._Element) -> bool:
    """``el`` is ``container`` or one of its descendants."""
    return el is container or any(a is container for a in el.iterancestors())


def class_and_id(el: etree._Element) -> str:
    """The element's class and id as one string, what names of parts are searched in."""
    return f"{el.get('class', '')} {el.get('id', '')}"
