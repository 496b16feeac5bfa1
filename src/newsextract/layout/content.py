"""Find the element that holds the article body by scoring where its paragraphs are.

Each paragraph of real prose votes for its parent (fully) and grandparent (half), like
Readability. The winner is widened to its parent when that parent holds further good
prose beside it (bodies split by ad slots or subheading wrappers), and chrome never votes.
"""

from __future__ import annotations

from collections.abc import Callable

from lxml import etree

from ..page.page import Elements
from ..page.text import clean, raw_text, tag_of, text_of

_CANDIDATES = 15
_COMMAS = (",", "，", "、")  # Chinese and Japanese prose has its own commas
# Lists collect the votes of their items, but an article body is never a list (a comment
# thread, a link stack, a subscription pitch); their container still gets the votes.
_NEVER_ROOTS = frozenset(("li", "ul", "ol", "dl", "table", "tbody", "tr"))
_PROSE_TAGS = frozenset(("p", "pre", "blockquote", "li", "td", "dd"))
_DIRECT_TEXT_TAGS = frozenset(("div", "section", "article", "span", "font", "main"))
# Items that hold a list of their own (a menu's sections over their pages) vote with their
# own words only: their items vote for themselves, and a menu is not counted twice over.
_NESTING_TAGS = frozenset(("li", "dd"))


def _direct_text(el: etree._Element) -> str:
    """Text directly in ``el`` and in its inline children (old pages put prose in divs)."""
    parts = [el.text or ""]
    for child in el:
        if tag_of(child) in ("a", "b", "strong", "i", "em", "span", "br", "font", "u"):
            parts.append(raw_text(child))
        parts.append(child.tail or "")
    return clean(" ".join(parts))


def link_density(el: etree._Element) -> float:
    """Share of an element's text that sits inside links."""
    text = len(text_of(el))
    if not text:
        return 1.0
    linked = sum(len(text_of(a)) for a in el.iter("a"))
    return min(linked / text, 1.0)


class Chrome:
    """Chrome test that spares big wrappers: a subtree holding much of the page's prose is
    content, whatever its name says ("content-sidebar-wrap", an ads wrapper around the
    article, an unclosed ``<nav>`` that swallowed the page)."""

    def __init__(
        self,
        reason: Callable[[etree._Element], str | None],
        prose: dict,
        total: int,
        headline: etree._Element | None = None,
    ):
        self._reason = reason
        self._prose = prose
        self._limit = max(total * 0.3, 200)
        self._most = total * 0.5
        self._memo: dict = {}
        # A sidebar that out-writes the article (a live ticker, a deals column) is no wrapper
        # of it: a wrapper is spared when it holds the headline or most of the page's prose.
        self._around_headline = None if headline is None else set(headline.iterancestors())

    def __call__(self, el: etree._Element) -> bool:
        reason = self._reason(el)
        if reason is None:
            return False
        if reason == "comments":
            return True
        if reason == "form" and self._around_headline and el not in self._around_headline:
            return True  # labels and error messages; only a page-wide (ASP.NET) form is spared
        prose = self._prose.get(el, 0)
        if prose >= self._limit and (
            self._around_headline is None or el in self._around_headline or prose >= self._most
        ):
            return False
        # A class name ("entry share") does not make 800+ characters of plain prose chrome.
        return not (reason == "name" and prose >= 800 and link_density(el) < 0.25)

    def covers(self, el: etree._Element) -> bool:
        """True when ``el`` or any ancestor is chrome."""
        path = []
        node = el
        result = False
        while node is not None:
            if node in self._memo:
                result = self._memo[node]
                break
            path.append(node)
            if self(node):
                result = True
                break
            node = node.getparent()
        for n in path:
            self._memo[n] = result
        return result


def _prose_elements(elements: Elements) -> list[tuple[etree._Element, str]]:
    """Paragraph-like elements with their text (25 characters or more)."""
    found = []
    for el, tag in zip(elements.nodes, elements.tags):
        if tag in _NESTING_TAGS and el.find(".//li") is not None:
            text = _direct_text(el)  # a menu's section: its pages are items of their own
        elif tag in _PROSE_TAGS:
            text = text_of(el)
        elif tag in _DIRECT_TEXT_TAGS:
            text = _direct_text(el)
        else:
            continue
        if len(text) >= 25:
            found.append((el, text))
    return found


def _placement(el: etree._Element, h1: etree._Element | None, order: Callable) -> float:
    """How well a candidate sits with the headline: prose follows its headline."""
    if h1 is None:
        return 1.0
    if any(a is el for a in h1.iterancestors()):
        return 1.0
    if order(el) < order(h1):
        return 0.3  # before the headline and not containing it: a teaser or a menu
    common = h1
    ancestors = set(el.iterancestors())
    while common is not None and common not in ancestors:
        common = common.getparent()
    if common is None or tag_of(common) in ("body", "html"):
        return 0.6  # shares no container with the headline below <body>
    return 1.0


def analyse(
    elements: Elements,
    chrome_reason: Callable[[etree._Element], str | None],
    h1: etree._Element | None,
    order: Callable[[etree._Element], int],
) -> tuple[etree._Element | None, Chrome]:
    """The element holding the article's prose (None without prose) and the chrome test,
    on the page whose ``elements`` are given (its root first)."""
    page_root = elements.nodes[0]
    paragraphs = _prose_elements(elements)
    prose: dict[etree._Element, int] = {}
    for el, text in paragraphs:
        if tag_of(el) in _DIRECT_TEXT_TAGS and el in prose:
            continue
        for node in (el, *el.iterancestors()):
            prose[node] = prose.get(node, 0) + len(text)
    chrome = Chrome(chrome_reason, prose, prose.get(page_root, 0), h1)
    scores: dict[etree._Element, float] = {}
    mass: dict[etree._Element, float] = {}  # all votes cast below an element
    for el, text in paragraphs:
        if chrome.covers(el):
            continue
        tag = tag_of(el)
        score = 1 + sum(map(text.count, _COMMAS)) + min(len(text) / 100, 3)
        for node in (el, *el.iterancestors()):
            mass[node] = mass.get(node, 0) + score
        parent = el.getparent()
        if tag in _DIRECT_TEXT_TAGS and len(text) >= 80:
            scores[el] = scores.get(el, 0) + score
        if parent is not None:
            scores[parent] = scores.get(parent, 0) + score
            grand = parent.getparent()
            if grand is not None:
                scores[grand] = scores.get(grand, 0) + score / 2
    # Link density walks a whole subtree: only the strongest candidates can win anyway.
    strongest = sorted(
        (el for el in scores if tag_of(el) not in _NEVER_ROOTS), key=scores.get, reverse=True
    )[:_CANDIDATES]
    if not strongest:
        return None, chrome
    ranked = _Ranked(strongest, scores, lambda el: _placement(el, h1, order))
    return _widen(ranked.top(), ranked, mass), chrome


class _Ranked(dict):
    """Each candidate's score discounted by its link density and placement, worked out only
    where it is read: the density walks the candidate's whole subtree, and a candidate whose
    score times placement cannot beat the best rank found so far never needs it. Reads as the
    dict of all candidates' ranks (``get`` of a non-candidate gives the default)."""

    def __init__(self, candidates: list, scores: dict, placement: Callable) -> None:
        super().__init__()
        self._order = {el: i for i, el in enumerate(candidates)}
        self._scores = scores
        self._placement = {el: placement(el) for el in candidates}

    def __missing__(self, el: etree._Element) -> float:
        if el not in self._order:
            raise KeyError(el)
        rank = self[el] = self._scores[el] * (1 - link_density(el)) * self._placement[el]
        return rank

    def get(self, el, default=None):
        return self[el] if el in self._order else default

    def _bound(self, el: etree._Element) -> float:
        return self._scores[el] * self._placement[el]  # the rank at link density 0

    def top(self) -> etree._Element:
        """The best-ranked candidate; of equals, the first in the candidates' order."""
        best, best_rank = None, -1.0
        for el in sorted(self._order, key=self._bound, reverse=True):
            if self._bound(el) < best_rank:
                break  # a density only lowers a rank: no candidate after this one can win
            rank = self[el]
            if rank > best_rank or (rank == best_rank and self._order[el] < self._order[best]):
                best, best_rank = el, rank
        return best


def _widen(top: etree._Element, ranked: dict, mass: dict) -> etree._Element:
    """Climb to the parent while siblings there hold substantial prose too: bodies split by
    ad slots or subheading wrappers, or cut into one wrapper per paragraph or group."""
    threshold = max(3.0, ranked[top] * 0.2)
    node = top
    while True:
        parent = node.getparent()
        if parent is None or tag_of(parent) in ("body", "html"):
            return node
        if any(c is not node and ranked.get(c, 0) >= threshold for c in parent):
            node = parent
            continue
        threshold = max(3.0, mass[top] * 0.2)
        while (wrapper := _split_body(node, mass, threshold)) is not None:
            node = wrapper  # parts of parts: paragraphs in groups in page chunks
        return node


def _split_body(node: etree._Element, mass: dict, threshold: float) -> etree._Element | None:
    """The container of ``node`` (up to four wrappers up) that repeats it: siblings of the
    same tag and class holding prose, as when every paragraph or group has its own wrapper."""
    for _ in range(4):
        parent = node.getparent()
        if parent is None or tag_of(parent) in ("body", "html") or tag_of(node) == "article":
            return None  # <article> siblings are other articles
        twins = [
            c
            for c in parent
            if c is not node
            and c.tag == node.tag
            and c.get("class") == node.get("class")
            and mass.get(c, 0) >= threshold
        ]
        if twins and any(link_density(c) < 0.3 for c in twins):
            return parent
        node = parent
    return None
