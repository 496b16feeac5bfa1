"""The page as a place: its own address, what relative links resolve against, and where each
element stands in document order."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from lxml import etree

_UNSAFE_SCHEMES = ("javascript:", "data:", "vbscript:", "file:", "about:")


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
            self.order = {node: i for i, node in enumerate(self.root.iter())}
        return self.order.get(el, -1)


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
