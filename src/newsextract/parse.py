"""Parse a page once into an lxml tree and keep what every field needs from it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import lxml.html
from lxml import etree

from .errors import NewsExtractError
from .text import tag_of

_UNSAFE_SCHEMES = ("javascript:", "data:", "vbscript:", "file:", "about:")
_HTML_HINT = re.compile(
    rb"<\s*(!doctype\s+html|html|head|body|meta|title|div|p|article|h1|span|a)\b", re.I
)


@dataclass
class Page:
    """One parsed page: the tree plus the addresses relative links resolve against."""

    root: etree._Element
    url: str | None = None  # the page's own address (canonical or given)
    base: str | None = None  # what relative links resolve against
    order: dict = field(default_factory=dict)  # element -> position in document order

    def resolve(self, href: str | None) -> str | None:
        """Absolute http(s) URL for ``href``, or None for empty and unsafe links."""
        if not href:
            return None
        href = href.strip()
        if not href or href.lower().startswith(_UNSAFE_SCHEMES):
            return None
        absolute = urljoin(self.base, href) if self.base else href
        if absolute.startswith("//"):
            absolute = "https:" + absolute
        return absolute if urlsplit(absolute).scheme.lower() in ("http", "https") else None

    def position(self, el: etree._Element) -> int:
        """Document-order index of ``el`` (computed once for the whole tree)."""
        if not self.order:
            self.order = {node: i for i, node in enumerate(self.root.iter())}
        return self.order.get(el, -1)


def looks_like_html(text: str) -> bool:
    """True when the text has HTML markup near its start (not JSON, not plain text)."""
    return bool(_HTML_HINT.search(text[:65536].encode("utf-8", "ignore")))


def parse(text: str) -> etree._Element:
    """Parse HTML (or XHTML) text into an lxml HTML tree, comments dropped."""
    text = text.replace("\x00", "")
    if not text.strip():
        raise NewsExtractError("empty", "the page is empty")
    if not looks_like_html(text):
        raise NewsExtractError("not_html", "no HTML markup found")
    # An XML prolog with an encoding declaration makes lxml refuse str input.
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text, count=1)
    parser = lxml.html.HTMLParser(
        remove_comments=True, remove_pis=True, recover=True, no_network=True, huge_tree=True
    )
    try:
        root = lxml.html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise NewsExtractError("not_html", f"cannot parse the page ({exc})") from None
    if root is None or tag_of(root) != "html":
        raise NewsExtractError("not_html", "cannot parse the page")
    return root
