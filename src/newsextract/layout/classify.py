"""What a block is, from its words, its markup and its links: byline, dateline, caption,
share or ad line, summary bullets, teaser list, navigation, a dek named by its class.

Each predicate looks at one block (and at most its element's neighbourhood); where a block
stands in the page is the header and body walks' business.
"""

from __future__ import annotations

import re

from lxml import etree

from ..lexicon import bylines as bl
from ..lexicon import labels
from ..lexicon.credits import CAPTION_MAX, CREDIT_PREFIX, is_caption_text
from ..lexicon.dates import parse_visible
from ..lexicon.markup import (
    BULLET_NAMES,
    CAPTION_NAMES,
    CROSSHEAD_NAMES,
    DEK_WORDS,
    EMBED_NAMES,
    LEAD_WORDS,
)
from ..lexicon.names import NOT_A_NAME_OPENER, closing_code
from ..page.text import HEADING_TAGS, clean, string_value, tag_of, text_of
from ..page.tree import class_and_id, common_ancestor, inside
from ..sites import Profile
from .blocks import Block

PROSE_MIN = 80  # a paragraph longer than this is prose, not a meta or name line
SENTENCE_END = tuple('.!?…"“”»«)')  # how a sentence, a quote or a credit ends


def marked_as_lead(
    el: etree._Element, stop: etree._Element, lead_words: frozenset[str] = LEAD_WORDS
) -> bool:
    """Whether the markup names ``el`` (or a wrapper below ``stop``) as the lead: a class or id
    word such as lead, intro, Einleitung, dek, or bold ("article__intro", "leadIn", "font-bold";
    "leading-7" is no lead)."""
    node = el
    while node is not None and node is not stop:
        names = re.sub(r"([a-z])([A-Z])", r"\1 \2", class_and_id(node))
        words = re.findall(r"[a-z]+", names.lower())
        pairs = (a + b for a, b in zip(words, words[1:]))
        if lead_words.intersection(words) or lead_words.intersection(pairs):
            return True
        node = node.getparent()
    return False


def teaser_box(el: etree._Element) -> bool:
    """A box (often an ``<aside>``) that opens with a teaser label ("Lesen Sie auch:",
    "Related:"), in its own text or its first element's, before any link."""
    for node in el.iter():
        if node is not el and tag_of(node) in ("a", "ul", "ol", "li"):
            return False
        text = clean(node.text or "") if tag_of(node) else ""
        if text:
            return bool(labels.TEASER_LABEL.match(text))
    return False


def named_dek(block: Block, h1: etree._Element | None, body_root: etree._Element) -> bool:
    """A line under the headline that its own markup names a dek or standfirst, though it is
    short or a heading ("<p class='strapline'>A big shift</p>")."""
    if h1 is None or block.kind not in ("paragraph", "heading") or inside(block.el, body_root):
        return False
    if len(block.text.split()) < 4 or block.kind == "paragraph" and len(block.text) > PROSE_MIN:
        return False  # longer prose is taken as the standfirst anyway
    if labels.is_furniture(block.text) or labels.BYLINE_START.match(block.text):
        return False  # a video player's read-out, "by Jane Doe (reporting)" in the dek's box
    return marked_as_lead(block.el, common_ancestor(block.el, h1), DEK_WORDS)


DATELINE_WORDS = 12  # a line opening the body with a date and no more words is its dateline


def is_date_line(block: Block) -> bool:
    """A short line with a date that is no sentence, as pages set it above or under the text
    ("am 3. Februar 2022 um 21:17", "07.11.2023 Ormalingen, Baselbiet", "Stand des Artikels:
    26. Februar 2020, 12:30 Uhr.", "Jane Doe, London 19.10.2019, 23:38 Uhr", a one-item list
    "Updated 20:49, 5 Aug 2024")."""
    text = bl.without_reading_time(block.text) or block.text
    one_line = block.kind == "paragraph" or block.kind == "list" and len(block.items) == 1
    if not one_line or len(text.split()) > DATELINE_WORDS:
        return False
    sentence = text.endswith((".", "!", "?")) and not text.endswith("Uhr.")
    if not sentence and labels.RELATIVE_TIME_LINE.match(text):
        return True  # "vor 2 Monaten von Patrick Otte"
    return not sentence and parse_visible(text) is not None


def is_share_list(block: Block) -> bool:
    return all(labels.SHARE_LINE.match(item) for item in block.items)


def is_embed(block: Block) -> bool:
    if labels.EMBED_FALLBACK.match(block.text):
        return True
    if block.kind == "quote":
        return bool(EMBED_NAMES.search(class_and_id(block.el)))
    return False


def meta_kind(block: Block, section_names: set[str], profile: Profile) -> str | None:
    """What a short non-body line is (byline, dateline, caption, ...), or None for prose."""
    text = block.text
    if block.kind == "figure":
        return "figure"
    if block.kind == "paragraph" and bl.is_byline(text):
        return "byline"
    if block.kind == "paragraph" and bl.is_profile_line(text):
        return "profile"  # "Redakteur in der Wirtschaft der ...": a person box's line
    if (
        block.kind == "list"
        and len(block.items) <= 6
        and all(len(it) < 100 for it in block.items)
        and any(bl.is_byline(it) for it in block.items)
    ):
        return "byline"  # a meta list: date, reading time, "Von: A, B"
    if block.kind == "paragraph" and labels.DATELINE.match(text) and parse_visible(text):
        return "dateline"
    if block.kind == "paragraph" and _labelled_date_lines(text):
        return "dateline"
    if block.kind in ("paragraph", "quote") and (
        is_caption_text(text, profile.caption_noise) or _named_caption(block) or _alt_caption(block)
    ):
        # "(APA, red, 3.2.2021)" in <p class="credit">, "© dpa-infocom, dpa:...": the
        # story's credit, not a picture's
        return None if _story_credit(text, block.el) else "caption"
    if block.kind == "paragraph" and (
        labels.SHARE_LINE.match(text)
        or labels.SHORT_META.match(text)
        or labels.PRINT_NOTE.match(text)
        or _piped_meta(text)
    ):
        return "share"
    if block.kind == "table" and _info_table(block):
        # "Datum | 05.02.2018", "Zugriffe | 412": the article's info box, its date line
        return "dateline" if parse_visible(text) else "share"
    if block.kind == "paragraph" and text.casefold() in section_names:
        return "section"
    if block.kind == "paragraph" and labels.is_ad_block(text, block.links):
        return "ad"
    if block.kind == "paragraph" and labels.is_promo(text, block.links):
        return "promo"
    return None


INFO_ROWS = 8  # an article's info box: a few label/value rows
INFO_CELL = 60


def _info_table(block: Block) -> bool:
    """A table of label/value rows about the article (a CMS's info box: date, category,
    hits), at least one of them a labelled date or a meta line, not a table of data."""
    rows = block.rows
    if not rows or len(rows) > INFO_ROWS or any(len(r) != 2 for r in rows):
        return False
    if any(len(cell) > INFO_CELL for row in rows for cell in row):
        return False
    return any(
        labels.SHORT_META.match(f"{label}: {value}")
        or (labels.PUBLISHED_LABEL_ONLY.match(label) and parse_visible(value) is not None)
        for label, value in rows
    )


_DATE_PARTS = re.compile(r"\n|\s+[|·•]\s+")


def _labelled_date_lines(text: str) -> bool:
    """Labelled dates and nothing else, one per line or between pipes ("Published March 5,
    2024 at 10:12 a.m. EST | Updated March 5, 2024 at 4:40 p.m. EST", "Veröffentlicht am
    14.03.2024 um 10:12 Uhr" over "Aktualisiert am ..."): the date line, however long."""
    parts = [p.strip() for p in _DATE_PARTS.split(text) if p.strip()]
    return bool(parts) and all(
        _date_labelled(p)
        and len(p.split()) <= DATELINE_WORDS
        and not p.endswith(("!", "?"))
        and not (p.endswith(".") and not _AM_PM_END.search(p))
        and parse_visible(p) is not None
        for p in parts
    )


_AM_PM_END = re.compile(r"\d\s*[ap]\.m\.$|\bUhr\.$", re.I)


def _date_labelled(part: str) -> bool:
    """A part that opens with a published or update label ("Posted:", "Aktualisiert am")."""
    return bool(labels.PUBLISHED_LABEL.match(part) or labels.UPDATE_LABEL.match(part))


def _story_credit(text: str, el: etree._Element) -> bool:
    """A line that credits the story, whatever its element is named ("credit" names a
    picture's credit too): an agency's or editor's code in parentheses, or a line saying
    whose material it is ("dpa-infocom, ..."); one that opens as a picture's credit does
    ("Quelle: dpa") only where no picture stands right before it."""
    if text.startswith("(") and text.endswith(")") and closing_code(text) is not None:
        return True
    labelled = CREDIT_PREFIX.match(text) and not text.startswith("©")  # "Quelle: dpa"
    if labelled:
        return bool(bl.source_credit_line(text)) and _closing_line(el) and not _by_a_picture(el)
    return bool(bl.source_credit_line(text))


def _closing_line(el: etree._Element) -> bool:
    """The last element of its wrapper, with text before it there: where the story's source
    is credited under its last paragraph, not a picture's above or inside the text."""
    after = el.getnext()
    while after is not None and not (isinstance(after.tag, str) and text_of(after)):
        after = after.getnext()
    return after is None and el.getprevious() is not None


_PICTURE_TAGS = ("img", "picture", "figure", "video", "iframe", "svg")


def _by_a_picture(el: etree._Element) -> bool:
    """The line sits in a figure or a caption, or right after an element that shows a
    picture: a picture's credit. As a paragraph after the story's last one it credits the
    story ("Quelle: dpa", "Quelle: Unternehmen")."""
    for node in (el, *el.iterancestors()):
        if tag_of(node) in ("figure", "figcaption") or CAPTION_NAMES.search(class_and_id(node)):
            return True
        if tag_of(node) in ("article", "main", "body"):
            break
    before = [s for s in el.itersiblings(preceding=True) if isinstance(s.tag, str)]
    return any(  # the picture, or the picture and its caption line, right before it
        tag_of(s) in _PICTURE_TAGS or next(s.iter(*_PICTURE_TAGS), None) is not None
        for s in before[:PICTURE_LOOKBACK]
    )


PICTURE_LOOKBACK = 2  # a credit follows its picture, or the picture's caption line


def _piped_meta(text: str) -> bool:
    """A line of short parts between pipes or dots ("News | Published: 5 hours ago | Written
    by X", "Colleen Batiste · CNB News · Posted: Mar 14, 2024 10:12 AM EDT"): page meta, not
    prose. Between dots, one part must be a labelled date (dots also part a sentence's list
    of names or places)."""
    parts = text.split(" | ")
    if len(parts) >= 3 and all(len(p) <= 70 for p in parts):
        return True
    parts = [p for part in parts for p in part.split(" · ")]
    return (
        len(parts) >= 3
        and all(len(p) <= 70 for p in parts)
        and any(_date_labelled(p) for p in parts)
    )


ALT_CLIMB = 3  # how far above a caption line its picture may sit
ALT_CREDIT_MAX = 60  # what an alt text may add after the caption: its credit


def _alt_caption(block: Block) -> bool:
    """A line that says what a picture beside it says of itself: its text is the ``alt`` or
    ``title`` of an image in the same small figure wrapper ("Jarrad Branthwaite jubelt ..."
    under the photo whose alt is that sentence): the picture's caption; never a link."""
    text = block.text
    if len(text) > CAPTION_MAX or len(text.split()) < 3 or "\n" in text:
        return False
    if block.covered >= 0.5:
        return False  # a teaser card's linked title, which its picture's alt repeats
    node = block.el
    for _ in range(ALT_CLIMB):
        node = node.getparent()
        if node is None:
            return False
        for img in node.iter("img"):
            for said in (img.get("alt"), img.get("title")):
                said = clean(said or "")
                # the alt may go on with its credit: "... zwei Milliarden Dollar. Quelle: Reuters"
                if said.startswith(text) and len(said) - len(text) <= ALT_CREDIT_MAX:
                    return True
    return False


def _named_caption(block: Block) -> bool:
    """A line whose element (or a small wrapper) is a ``<figcaption>`` or named as an image
    caption or credit, or that such named parts make up (an image wrap holding a credit and
    a caption span)."""
    if len(block.text) > CAPTION_MAX:
        return False
    node = block.el
    for _ in range(3):
        if node is None:
            return False
        if tag_of(node) == "figcaption" or CAPTION_NAMES.search(class_and_id(node)):
            return True  # a <figcaption> is a caption by what the element is
        node = node.getparent()
    if len(clean(string_value(block.el))) > 1.2 * len(block.text):
        return False  # the block is one line of a larger element
    named = [
        d
        for d in block.el.iterdescendants()
        if isinstance(d.tag, str) and CAPTION_NAMES.search(class_and_id(d))
    ]
    caption = sum(len(text_of(d)) for d in named if not any(a in named for a in d.iterancestors()))
    return caption >= 0.8 * len(block.text)


def is_summary(block: Block, profile: Profile) -> bool:
    """Bullets of the article's points: a few sentence-like items, no meta lines."""
    items = [it for it in block.items if not labels.SHARE_LINE.match(it)]
    noise = profile.caption_noise
    if not 1 <= len(items) <= 8 or any(len(it) > 300 or is_caption_text(it, noise) for it in items):
        return False  # a gallery's captions are no bullets
    if is_teaser_list(block) or is_page_nav(block):
        return False  # links to other pages or within this one
    if all(bl.names_a_role(it) for it in items):
        return False  # the authors' names and roles under the byline
    if any(labels.META_ITEM.match(it) or parse_visible(it) and len(it) < 40 for it in items):
        return False
    return sum(len(it.split()) >= 4 for it in items) * 2 >= len(items)


BULLETS_MAX = 8  # a box of key points holds a few
BULLET_MAX = 300  # of one or two sentences each


def bullet_box(block: Block, stop: etree._Element | None) -> Block | None:
    """The article's key points set as paragraphs in a box named so, which ``block`` is
    part of (<div class="bulletpoints"><p>...</p><p>...</p></div>, "kurzgefasst",
    "key-takeaways"): the summary as a list block, or None."""
    box = next(
        (
            n
            for n in (block.el, *block.el.iterancestors())
            if n is stop or BULLET_NAMES.search(class_and_id(n))
        ),
        None,
    )
    if box is None or box is stop:
        return None
    items = [text_of(p) for p in box.iter("p", "li") if text_of(p)]
    if not 2 <= len(items) <= BULLETS_MAX or any(len(i) > BULLET_MAX for i in items):
        return None
    return Block("list", "\n".join(items), box, items=items)


def first_prose(body: list[Block]) -> Block | None:
    """The body's first paragraph of prose (not a credit or name line above it)."""
    return next((b for b in body if b.kind == "paragraph" and len(b.text) > PROSE_MIN), None)


def is_card(block: Block) -> bool:
    """A teaser card: one link around a heading or a picture and its teaser text."""
    return tag_of(block.el) == "a" and any(tag_of(c) in _CARD_PARTS for c in block.el.iter())


_CARD_PARTS = HEADING_TAGS | frozenset(("img", "picture", "figure"))


NAME_LINE_PERSONS = 3  # a closing credit names an author or a few, maybe with the agency


def styled_line(block: Block) -> bool:
    """A line set wholly in bold or italics (<p><i>von Lena Beispiel, dpa</i></p>)."""
    return (
        len(block.el) == 1
        and tag_of(block.el[0]) in ("b", "strong", "i", "em")
        and not (clean(block.el.text or "") or clean(block.el[0].tail or ""))
    )


def is_name_line(block: Block) -> bool:
    """A closing line that is only the author's name, set in bold or italic ("Stefan Wasmer"),
    labelled ("Text: Anna Beispiel"), or set apart ("(Text: Anna Beispiel)", "+++ Anna
    Beispiel +++")."""
    if block.kind != "paragraph" or len(block.text) > 60:
        return False
    if bl.labelled_names(block.text):
        return True
    text = block.text.strip()
    if (text.startswith("(") and text.endswith(")")) or text.startswith("+++"):
        return bool(bl.closing_names(text))  # "(Text: Anna Beispiel)", "+++ Anna Beispiel +++"
    styled = styled_line(block)
    line = block.text if bl.is_byline(block.text) else "Von " + block.text  # "von A, dpa"
    people = bl.parse(line) if styled and bl.is_byline(line) else []
    persons = [p for p in people if p["role"] != "agency"]
    return 1 <= len(persons) <= NAME_LINE_PERSONS and len(block.text.split()) >= 2


def is_page_nav(block: Block) -> bool:
    """A list whose every item is a script-driven link with no address ("", "#",
    "javascript:"; a live blog's key events, an edit menu). Navigation, neither summary nor
    body; bullets that jump to "#sections" are a summary's (news.de links its bullets so)."""
    if len(block.items) < 2 or len(block.links) < len(block.items):
        return False
    if any(h.strip() not in ("", "#") and not h.startswith("javascript:") for _, h in block.links):
        return False
    link_text = " ".join(t for t, _ in block.links)
    return all(len(item) < 200 and item[:20] in link_text for item in block.items)


def is_teaser_list(block: Block) -> bool:
    """A list whose every item is a link to another page: teasers, not body."""
    if len(block.items) < 2 or not block.links:
        return False
    targets = [h for _, h in block.links if h and not h.startswith("#")]
    if len(targets) < len(block.items):
        return False
    link_text = {clean(t) for t, _ in block.links}
    listed = all(item in link_text or _topic_and_link(item, link_text) for item in block.items)
    return listed and tag_of(block.el) in ("ul", "ol")


def card_links(block: Block) -> list[tuple[str, str]]:
    """A list of teaser cards (each item a picture, a heading that links to another story,
    a short description): the (text, href) of the headings' links; [] for any other list."""
    if block.kind != "list" or tag_of(block.el) not in ("ul", "ol"):
        return []
    found = []
    for li in block.el:
        if tag_of(li) != "li":
            continue
        heading = next((h for h in li.iter(*HEADING_TAGS) if h is not li), None)
        a = next(heading.iter("a"), None) if heading is not None else None
        href = a.get("href") if a is not None else None
        if not href or href.startswith("#") or text_of(a) != text_of(heading):
            return []
        if len(text_of(li)) - len(text_of(heading)) > CARD_TEXT_MAX:
            return []  # prose under a linked name: a listicle's entry, no card
        found.append((text_of(a), href))
    return found


CARD_TEXT_MAX = 300  # a card's description is a line or two


TOPIC_WORDS = 5  # "Russische Drohnen: <a>...</a>": a short topic before the teaser's link


def _topic_and_link(item: str, link_text: set[str]) -> bool:
    """An item that is a short topic with a colon (or a question) and then a link:
    "Hackerangriffe: <a>Mit diesen miesen Tricks werden User getäuscht</a>"."""
    for topic in _TOPIC.finditer(item):
        if len(topic.group().split()) <= TOPIC_WORDS and item[topic.end() :] in link_text:
            return True
    return False


_TOPIC = re.compile(r"[^:?!]{1,60}?[:?!] +")  # "Hackerangriffe: ", "Kinderschutz als Vorwand? "


def all_bold(el: etree._Element) -> bool:
    """The element is ``<strong>``/``<b>``, or its text is all inside such children (a link
    in it bold as well: "<strong>Die ersten</strong><a><strong>Bundesliga</strong></a>")."""
    return tag_of(el) in ("strong", "b") or (
        len(el) > 0
        and not clean(el.text or "")
        and all(_bold_part(c) and not clean(c.tail or "") for c in el)
    )


def _bold_part(el: etree._Element) -> bool:
    if tag_of(el) in ("strong", "b"):
        return True
    return tag_of(el) == "a" and all_bold(el)


CROSSHEAD_WORDS = 12  # a subheading set as a paragraph is a short line
QUESTION_WORDS = 8  # a longer question in bold is an interviewer's, no subheading
# No subheading: two sentences ("Like this story? Share it!"), an address, a bracketed or
# dashed aside ("[Related: ...]", "– Anna M."), a teaser line.
_NO_CROSSHEAD = re.compile(r"[.?!] [A-ZÄÖÜ]|@|https?:|^[\[(–—-]")


# A subheading ends without punctuation or as a question; a line trailing off ("…") is an
# interviewer's prompt.
_NO_HEADING_END = (".", ":", ",", ";", "!", "…")


def is_crosshead(block: Block) -> bool:
    """A paragraph that is a subheading: a short line named so by its markup
    ("<p class='zwischentitel'>"), or set in bold as a whole and no sentence
    ("<p><strong>Für Reformen kämpfen</strong></p>"); never a name line or a teaser."""
    text = block.text
    words = len(text.split())
    if block.kind != "paragraph" or words > CROSSHEAD_WORDS or "\n" in text:
        return False
    named = bool(CROSSHEAD_NAMES.search(class_and_id(block.el)))
    if not named and not (all_bold(block.el) and not text.endswith(_NO_HEADING_END)):
        return False  # the cheap tests first: this runs on every short paragraph
    if _NO_CROSSHEAD.search(text) or labels.TEASER_LINE.match(text) or block.covered >= 0.5:
        return False  # a linked bold line is another story's title
    if not named and _names_only(text):
        return False  # a bold author line; two capitalised words named a subheading stay one
    return named or not (text.endswith("?") and words > QUESTION_WORDS)


def _names_only(text: str) -> bool:
    """A line of persons' full names ("Anna Muster/Ben Beispiel", "Lê Phương"): an author
    line. One capitalised word is no name ("Straflosigkeit", "Ersatzverkehr mit Bussen")."""
    if "(" in text:
        return False  # "K-Cups Tea Variety Pack (Forty-Count)": a title's detail, no role
    if NOT_A_NAME_OPENER.match(text):
        return False  # "Weitere Standorte in Planung", "Neue Regeln für Mieter": no names
    people = bl.parse(f"Von {text}")
    full = bool(people) and all(" " in p["name"] for p in people)
    return full and bl.is_byline(f"Von {text}")
