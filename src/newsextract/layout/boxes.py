"""What inside the body's container is no part of the story by its shape: the small box a
heading titles (a promo, a teaser card, an author note) and text the body already said."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from lxml import etree

from ..lexicon import labels
from ..page.text import HEADING_TAGS, longer_than, tag_of, text_lines, text_of
from ..page.tree import inside
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
            return node if words < BOX_WORDS and not one_of_sections(node, body_root) else None
        node = node.getparent()
    return None


def one_of_sections(box: etree._Element, body_root: etree._Element) -> bool:
    """The box is one of the body's section wrappers: a wrapper of the same tag and class
    beside it (at its level or one up) or around it (sections nested in each other, as
    frameworks render them) holds more of the article's prose."""
    node = box
    for _ in range(2):
        parent = node.getparent()
        if node is body_root or parent is None:
            return False
        alike = [
            other
            for other in (*parent, parent)
            if other is not node
            and other.tag == node.tag
            and other.get("class") == node.get("class")
        ]
        if any(len(text_of(other).split()) >= BOX_WORDS for other in alike):
            return True
        if _paragraph_wrappers(alike) or _questions_answered(node, alike):
            return True
        if _series_item(node, parent):
            return True
        node = parent
    return False


SERIES_ITEMS = 3  # a series of entries: two alike boxes may be two info boxes


def _series_item(node: etree._Element, parent: etree._Element) -> bool:
    """``node`` is one item of a series its BEM modifier sets apart ("entry entry--first"
    among "entry" siblings: a live blog's first entry): three or more siblings of its tag
    carry the base class alone and hold the article's prose, hardly any of it links."""
    tokens = (node.get("class") or "").split()
    if len(tokens) < 2 or not all(t.startswith(f"{tokens[0]}--") for t in tokens[1:]):
        return False
    series = [
        c for c in parent if c is not node and c.tag == node.tag and c.get("class") == tokens[0]
    ]
    return len(series) >= SERIES_ITEMS and _paragraph_wrappers(series)


def _paragraph_wrappers(alike: list[etree._Element]) -> bool:
    """Wrappers that each hold a paragraph or two of the text (a portal's one ``<div>`` per
    paragraph): several of them, twice a box's words together, hardly any of it link
    text, as teaser boxes of one class never are."""
    if len(alike) < 2:
        return False
    words = sum(len(text_of(other).split()) for other in alike)
    linked = sum(len(text_of(a).split()) for other in alike for a in other.iter("a"))
    return words >= 2 * BOX_WORDS and linked <= 0.2 * words


FAQ_ITEMS = 3  # an FAQ asks a few questions; two alike boxes may be two info boxes


def _questions_answered(node: etree._Element, alike: list[etree._Element]) -> bool:
    """Wrappers that each hold a question as their heading and its answer (an FAQ at the
    end of an explainer): three or more alike, each opening with a heading that ends in a
    question mark, hardly any link text. The questions are the article's own sections."""
    group = (node, *alike)
    if len(group) < FAQ_ITEMS:
        return False
    for item in group:
        first = next((c for c in item if isinstance(c.tag, str)), None)
        if first is None or tag_of(first) not in HEADING_TAGS:
            return False
        question = text_of(first)
        if not question.endswith("?") or len(text_of(item)) <= len(question):
            return False
        if next(first.iter("a"), None) is not None or any(True for _ in first.iterancestors("a")):
            return False  # a linked question titles a teaser card, not an answer
    words = sum(len(text_of(item).split()) for item in group)
    linked = sum(len(text_of(a).split()) for item in group for a in item.iter("a"))
    return linked <= 0.2 * words


PULL_QUOTE_MAX = 300  # a pull quote is a sentence or two
PULL_QUOTE_WORDS = 8
_SAID = re.compile(r"[.!?…][\"'“”„»«’]?\s*$|[\"“”»«’]\s*$")  # ends as a sentence or quote
_ELLIPSIS = re.compile(r"\s*(?:\(\.\.\.\)|\[\.\.\.\]|\(…\)|\[…\]|…|\.\.\.)\s*")
_QUOTE_MARKS = "\"'„“”«»‚‘’"


def _words(text: str) -> list[str]:
    """A text's words, case and punctuation aside."""
    return re.findall(r"\w+", text.casefold())


def _word_grams(text: str, words: list[str] | None = None) -> set[tuple[str, ...]]:
    """The runs of four words of a text (of its ``words``, when already split)."""
    words = _words(text) if words is None else words
    return {tuple(words[i : i + 4]) for i in range(len(words) - 3)}


def pull_quotes(body: list[Block]) -> set[int]:
    """The indexes of pull quotes and the lines naming who said them: a short block whose
    words, in pieces cut at an ellipsis ("Identitätspolitik homogenisiert (...)
    Minderheiten"), a longer block of the body says too; the page repeats its own sentence
    in large type, at times with a word left out or changed ("Wir wissen, dass ..." of
    "Wir wissen aber, dass ...")."""
    found = set()
    longer = [(i, " ".join(b.text.split())) for i, b in enumerate(body) if b.kind != "heading"]
    grams_of: dict[int, set[tuple[str, ...]]] = {}
    for i, block in enumerate(body):
        if block.kind not in ("paragraph", "quote") or len(block.text) > PULL_QUOTE_MAX:
            continue
        if tag_of(block.el) == "p" and block.kind != "quote":
            continue  # a paragraph of the text; a pull quote is set apart (a box, a quote)
        said = _without_attribution(block.text)
        pieces = [p.strip(_QUOTE_MARKS + " ") for p in _ELLIPSIS.split(" ".join(said.split()))]
        pieces = [p.rstrip(".") for p in pieces if p]
        if not pieces or any(len(p.split()) < 2 for p in pieces):
            continue
        if sum(len(p.split()) for p in pieces) < PULL_QUOTE_WORDS or not _SAID.search(said):
            continue  # a name or an item, said again in a sentence
        repeated = any(
            j != i and len(t) > len(block.text) and all(p in t for p in pieces) for j, t in longer
        )
        if repeated or _edited_repeat(i, said, longer, grams_of, body):
            found.add(i)
    said_by = {i + 1 for i in found if i + 1 < len(body) and _attribution(body[i], body[i + 1])}
    return found | said_by


PULL_QUOTE_GRAMS = 0.3  # of a pull quote's runs of four words, those its sentence repeats
PULL_QUOTE_SAID = 0.85  # of its words, those its sentence says in the same order
PULL_QUOTE_SPREAD = 1.5  # the sentence's words it repeats stand close together


def _edited_repeat(
    at: int,
    text: str,
    longer: list[tuple[int, str]],
    grams_of: dict[int, set[tuple[str, ...]]],
    body: list[Block],
) -> bool:
    """A quote said again in a longer block with a word or two left out or changed: most
    of its words stand in that block in the same order, close together (a share of its
    runs of four words first, as a cheap test)."""
    own = _word_grams(text)
    if len(own) < PULL_QUOTE_WORDS - 3:
        return False
    words = _words(text)
    own_el = body[at].el
    for j, other in longer:
        if j == at or len(other) <= len(text):
            continue
        if inside(own_el, body[j].el) or inside(body[j].el, own_el):
            continue  # lines of one element: a text's sentences alike, no quote set apart
        if j not in grams_of:
            grams_of[j] = _word_grams(other)
        if len(own & grams_of[j]) < PULL_QUOTE_GRAMS * len(own):
            continue
        said = _words(other)
        matcher = SequenceMatcher(None, words, said, autojunk=False)
        runs = [run for run in matcher.get_matching_blocks() if run.size]
        spread = runs[-1].b + runs[-1].size - runs[0].b
        if sum(run.size for run in runs) >= PULL_QUOTE_SAID * len(words) and (
            spread <= PULL_QUOTE_SPREAD * len(words)
        ):
            return True
    return False


ATTRIBUTION_MAX = 160  # "Samantha Beispiel, Direktorin des Instituts ...": a name, a role


def _without_attribution(text: str) -> str:
    """A quote's words without the line under them naming who said them (its <footer>)."""
    said, _, last = text.rpartition("\n")
    if said and len(last) <= ATTRIBUTION_MAX and not _SAID.search(last):
        return said
    return text


def _attribution(quote: Block, after: Block) -> bool:
    """The line naming who said a pull quote, set with it in its small box: a short line
    that is no sentence, the box around the quote holding it."""
    box = quote.el.getparent()
    return (
        after.kind == "paragraph"
        and len(after.text) <= ATTRIBUTION_MAX
        and not _SAID.search(after.text)
        and box is not None
        and inside(after.el, box)
        and len(text_of(box).split()) < BOX_WORDS
    )


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
            words = _words(block.text)
            grams = _word_grams(block.text, words)
            if len(words) >= 100 and len(grams & seen_grams) >= 0.6 * len(grams):
                continue
            seen_texts.add(block.text)
            seen_grams |= grams
        kept.append(block)
    return kept


APPEAL_WORDS = 150  # a funding appeal's box: a title, a few lines, its button


def appeal_boxes(body_root: etree._Element, keep: set) -> set[etree._Element]:
    """The boxes inside ``body_root`` around a funding call (a button "Jetzt
    unterstützen", an IBAN line) that ask readers to fund the newsroom: from the call,
    as far up as the box stays small (never an element of ``keep``, the body's and the
    headline's own wrappers). A box anywhere in the text, its title and lines with it."""
    boxes: set[etree._Element] = set()
    for el in body_root.iter("a", "p", "span", "div"):
        own = (el.text or "").strip() if tag_of(el) != "a" else text_of(el)
        if not own or not labels.FUNDING_CALL.search(own):
            continue
        box = small_box_around(el, keep | boxes, APPEAL_WORDS)
        if box is not None and labels.asks_for_funding(text_of(box)):
            boxes.add(box)
    return boxes


def small_box_around(el: etree._Element, stop: set, max_words: int) -> etree._Element | None:
    """The widest wrapper of ``el`` that stays under ``max_words`` words and is none of
    ``stop`` (the body's and headline's own wrappers, boxes found already)."""
    box = None
    for parent in el.iterancestors():
        if parent in stop or len(text_of(parent).split()) > max_words:
            break
        box = parent
    return box


SIGNUP_WORDS = 60  # a newsletter's sign-up box: a title, a line, its button


def signup_boxes(body_root: etree._Element, keep: set) -> set[etree._Element]:
    """The boxes inside ``body_root`` around a sign-up button ("Iscriviti gratis", "Jetzt
    anmelden", "Jetzt abonnieren") that links to the site's newsletter, app or podcast page
    or to its subscription offers: from the button, as far up as the box stays small
    (never an element of ``keep``). The box's pitch
    ("Le notizie della tua provincia, ogni mattina alle 7") names no channel in any
    language the promo words know; the button and where it goes do."""
    boxes: set[etree._Element] = set()
    for a in body_root.iter("a", "button"):
        href = (a.get("href") or "").strip()
        if not labels.SIGNUP_CALL.match(text_of(a)):
            continue
        if href and not (labels.channel_href(href) or labels.subscription_href(href)):
            continue
        if _in_sentence(a):
            continue  # "Wer abonnieren will, findet unter <a>Jetzt abonnieren</a> ...": text
        box = small_box_around(a, keep | boxes, SIGNUP_WORDS)
        if box is not None:
            boxes.add(box)
    return boxes


SENTENCE_AROUND_WORDS = 12  # more words around a button in its line: a sentence of the text
_LINE_TAGS = frozenset(("p", "li", "dd", "td", "blockquote"))


def _in_sentence(a: etree._Element) -> bool:
    """The link stands in a line of text that says more than a box's pitch beside it, and
    in its sentence: a button set as a sentence of its own after the pitch closes the line
    ("... with the Morning Bid newsletter. <a>Sign up here.</a>")."""
    line = a.getparent()
    if line is None or tag_of(line) not in _LINE_TAGS:
        return False
    text, button = text_of(line), text_of(a)
    if text.endswith(button) and text[: -len(button)].rstrip().endswith((".", "!", "?", ":")):
        return False
    return len(text.split()) - len(button.split()) > SENTENCE_AROUND_WORDS


PRODUCT_BOX_WORDS = 60  # a product box: a name, a price or two, a shop's button
_BOX_TAGS = frozenset(("div", "aside", "section", "figure", "table", "ul", "dl"))


def product_boxes(body_root: etree._Element, keep: set) -> set[etree._Element]:
    """The product boxes inside ``body_root``: a small box (an element that holds others,
    not a paragraph) around a paid link (``rel="sponsored"``, an affiliate network's or a
    shop's tracked link) that names a price ("249,00 €", "$19.99"). A paragraph of the
    story with a shop's link in it is no box and stays."""
    boxes: set[etree._Element] = set()
    for a in body_root.iter("a"):
        if not labels.paid_link(a.get("rel") or "", a.get("href") or ""):
            continue
        box = small_box_around(a, keep | boxes, PRODUCT_BOX_WORDS)
        if (
            box is not None
            and tag_of(box) in _BOX_TAGS
            and labels.PRICE.search(text_of(box))
            and not _section_of_text(box, body_root)
        ):
            boxes.add(box)
    return boxes


def _section_of_text(box: etree._Element, body_root: etree._Element) -> bool:
    """A wrapper of the text itself, not a box set into it: it holds a heading (a buying
    guide's "4. Black and Decker heated airer" over its price link and verdict; not the
    widget's own "Where to buy") or is one of the body's section wrappers."""
    headings = [h for h in box.iter("h2", "h3", "h4", "h5", "h6") if h is not box]
    if any(not labels.BUY_LABEL.match(text_of(h)) for h in headings):
        return True  # "Where to buy" titles the shop widget itself, no part of the text
    return one_of_sections(box, body_root)


KEY_POINTS_CHARS = 1500  # a box of key points: a label and a few short items


def key_points_box(el: etree._Element) -> bool:
    """A small box (often an ``<aside>``) labelled as the key points ("Das Wichtigste in
    Kürze", "Key points") over a list: the article's summary, whatever its class."""
    if next(el.iter("ul", "ol"), None) is None or longer_than(el, KEY_POINTS_CHARS):
        return False
    lines = text_lines(el)
    return bool(lines) and bool(labels.SUMMARY_LABEL.match(lines[0]))


KEY_POINTS_CLIMB = 3


def in_key_points_box(el: etree._Element, stop: etree._Element) -> etree._Element | None:
    """The key points box (``key_points_box``) that ``el`` opens, below ``stop``."""
    node = el
    for _ in range(KEY_POINTS_CLIMB):
        node = node.getparent()
        if node is None or node is stop:
            return None
        if key_points_box(node):
            return node
    return None
