"""What inside the body's container is no part of the story by its shape: the small box a
heading titles (a promo, a teaser card, an author note) and text the body already said."""

from __future__ import annotations

import re

from lxml import etree

from ..page.text import tag_of, text_of
from .blocks import Block

BOX_WORDS = 60  # a box inside the body (a promo, an author note) holds fewer words


def box_of(heading: etree._Element, body_root: etree._Element) -> etree._Element | None:
    """The small box inside the body that a heading titles (a promo, teaser card, author note),
    or None for a heading of the article's own sections: the heading's nearest wrapper holding
    more than the heading has under 60 words."""
    own = len(text_of(heading).split())
    node = heading.getparent()
    while node is not None and node is not body_root:
        words = len(text_of(node).split())
        if words > own:
            return node if words < BOX_WORDS and not _one_of_sections(node, body_root) else None
        node = node.getparent()
    return None


def _one_of_sections(box: etree._Element, body_root: etree._Element) -> bool:
    """The box is one of the body's section wrappers: a wrapper of the same tag and class
    beside it (at its level or one up) or around it (sections nested in each other, as
    frameworks render them) holds more of the article's prose."""
    node = box
    for _ in range(2):
        parent = node.getparent()
        if node is body_root or parent is None:
            return False
        for other in (*parent, parent):
            if (
                other is not node
                and other.tag == node.tag
                and other.get("class") == node.get("class")
                and len(text_of(other).split()) >= BOX_WORDS
            ):
                return True
        node = parent
    return False


PULL_QUOTE_MAX = 300  # a pull quote is a sentence or two
PULL_QUOTE_WORDS = 8
_SAID = re.compile(r"[.!?…][\"'“”„»«’]?\s*$|[\"“”»«’]\s*$")  # ends as a sentence or quote
_ELLIPSIS = re.compile(r"\s*(?:\(\.\.\.\)|\[\.\.\.\]|\(…\)|\[…\]|…|\.\.\.)\s*")
_QUOTE_MARKS = "\"'„“”«»‚‘’"


def pull_quotes(body: list[Block]) -> set[int]:
    """The indexes of pull quotes: a short block whose words, in pieces cut at an ellipsis
    ("Identitätspolitik homogenisiert (...) Minderheiten"), a longer block of the body
    says too; the page repeats its own sentence in large type."""
    found = set()
    longer = [(i, " ".join(b.text.split())) for i, b in enumerate(body) if b.kind != "heading"]
    for i, block in enumerate(body):
        if block.kind not in ("paragraph", "quote") or len(block.text) > PULL_QUOTE_MAX:
            continue
        if tag_of(block.el) == "p" and block.kind != "quote":
            continue  # a paragraph of the text; a pull quote is set apart (a box, a quote)
        pieces = [
            p.strip(_QUOTE_MARKS + " ") for p in _ELLIPSIS.split(" ".join(block.text.split()))
        ]
        pieces = [p.rstrip(".") for p in pieces if p]
        if not pieces or any(len(p.split()) < 2 for p in pieces):
            continue
        if sum(len(p.split()) for p in pieces) < PULL_QUOTE_WORDS or not _SAID.search(block.text):
            continue  # a name or an item, said again in a sentence
        if any(
            j != i and len(t) > len(block.text) and all(p in t for p in pieces) for j, t in longer
        ):
            found.add(i)
    return found


def without_repeats(body: list[Block]) -> list[Block]:
    """Drop text the body already said: a paragraph printed twice (desktop and mobile copies),
    a pull quote, or a long block that repeats the article (an unformatted print or paywall
    copy)."""
    seen_texts: set[str] = set()
    seen_grams: set[tuple[str, ...]] = set()
    kept = []
    quotes = pull_quotes(body)
    for i, block in enumerate(body):
        if i in quotes:
            continue
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
