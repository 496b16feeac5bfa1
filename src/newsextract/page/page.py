"""The page as a place: its own address, what relative links resolve against, and where each
element stands in document order."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from lxml import etree

from .text import tag_of

_UNSAFE_SCHEMES = ("javascript:", "data:", "vbscript:", "file:", "about:")


@dataclass
class Page:
    """One parsed page: the tree plus the addresses relative links resolve against."""

    root: etree._Element
    url: str | None = None  # the page's own address (canonical or given)
    base: str | None = None  # what relative links resolve against
    order: dict = field(default_factory=dict)  # element -> position in document order
    _elements: Elements | None = field(default=None, repr=False)

    def resolve(self, href: str | None) -> str | None:
        """Absolute http(s) URL for ``href``, or None for empty and unsafe links."""
        if not href:
            return None
        href = href.strip()
        if not href or href.lower().startswith(_UNSAFE_SCHEMES):
            return None
        try:  # "http://[broken" raises: a malformed link is no link
            absolute = urljoin(self.base, href) if self.base else href
            if absolute.startswith("//"):
                absolute = "https:" + absolute
            return absolute if urlsplit(absolute).scheme.lower() in ("http", "https") else None
        except ValueError:
            return None

    def position(self, el: etree._Element) -> int:
        """Document-order index of ``el`` (computed once for the whole tree)."""
        if not self.order:
            self.order = {node: i for i, node in enumerate(self.elements.nodes)}
        return self.order.get(el, -1)

    @property
    def elements(self) -> Elements:
        """Every element of the page in document order, with its tag and names."""
        if self._elements is None:
            self._elements = Elements.of(self.root)
        return self._elements


@dataclass(frozen=True)
class Elements:
    """Every node of a tree in document order, with its lower-case tag name ('' for a
    comment) and its lower-cased class and id: what most finders test first on every
    element. A dozen finders walk the whole page; read from here, the tree is walked and
    each name worked out once per page. The tree must not change meanwhile (nothing edits
    a page's tree: walks that edit work on copies)."""

    nodes: list[etree._Element]
    tags: list[str]
    names: list[str]  # f"{class} {id}".lower(), as ``class_and_id`` gives it, lower-cased

    @classmethod
    def of(cls, root: etree._Element) -> Elements:
        nodes = list(root.iter())
        tags = [tag_of(node) for node in nodes]
        names = [
            f"{node.get('class', '')} {node.get('id', '')}".lower() if tag else " "
            for node, tag in zip(nodes, tags)
        ]
        return cls(nodes, tags, names)


def host_of(url: str | None) -> str | None:
    """Lower-case host of a URL without port."""
    if not url:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:  # "http://[broken"
        return None
    return host.lower() if host else None


def locate(root: etree._Element, given: str | None, claims: Iterable[str | None]) -> Page:
    """The page with its address: the first absolute web address the page claims for itself
    (``claims``: canonical link, og:url, JSON-LD, in that order), else the address the user
    ``given``; relative links resolve against ``<base href>``, else that address."""
    web = given and host_of(given) and given.lower().startswith(("http:", "https:"))
    given = given if web else None
    probe = Page(root, base=given)
    canonical = next((u for u in (probe.resolve(c) for c in claims if c) if u and host_of(u)), None)
    url = canonical or given
    base_href = next((b.get("href") for b in root.iter("base") if b.get("href")), None)
    base = Page(root, base=url).resolve(base_href) if base_href else None
    return Page(root, url=url, base=base or url)
