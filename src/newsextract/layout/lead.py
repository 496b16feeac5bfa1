"""The standfirst (teaser, dek, Vorspann): the editorial summary paragraph set apart above the
body. It belongs in ``summary``, not in the body.

The header walk already takes prose set apart above the body container. This module settles
the standfirst once both walks are done: it finds it where markup hides it (inside the body
container, named as a lead by its class, or repeated by the page's own description while
standing apart from the text around it), gives back what was taken with it, and takes an
author bio the structured data gives out of both standfirst and body.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from lxml import etree

from ..lexicon import bylines as bl
from ..lexicon import labels
from ..lexicon.dates import parse_visible
from ..page.text import clean, count_words, tag_of, text_of
from ..page.tree import inside
from ..sites import Profile
from .blocks import Block
from .classify import SENTENCE_END, all_bold, is_date_line, marked_as_lead
from .headline import visible
from .parts import Draft

MAX_STANDFIRST = 2  # a standfirst longer than this is the article's first paragraphs
MIN_BIO = 40  # a shorter author description is no bio to recognise
_SKIPPED_TAGS = frozenset(("head", "script", "style", "noscript", "template", "a", "h1", "title"))


# "... da sammeln sich auch die Geier. Von Armin Schwibach": a byline closing the lead.
_SIGNED = re.compile(r"(?<=[.!?“”\"»«])\s+(?P<byline>(?:Von|By|Par|Por)\s+[^.!?]{3,60})$")


def _signed_lead(draft: Draft) -> None:
    """A lead set in bold as the body's first paragraph that closes on its byline ("...
    die Geier. Von Armin Schwibach"), and no byline found before: the lead is the
    standfirst, its last words the byline."""
    if draft.byline is not None or draft.standfirst or draft.summary is not None:
        return
    first = draft.body[0] if draft.body else None
    if first is None or first.kind != "paragraph" or not all_bold(first.el):
        return
    signed = _SIGNED.search(first.text)
    if signed is None or not bl.is_byline(signed.group("byline")):
        return
    if not any(p["role"] != "agency" for p in bl.parse(signed.group("byline"))):
        return
    draft.standfirst = [replace(first, text=first.text[: signed.start()].strip())]
    draft.byline = replace(first, kind="byline", text=signed.group("byline"))
    draft.body = draft.body[1:]


def settle(
    draft: Draft,
    root: etree._Element,
    body_root: etree._Element,
    headline: etree._Element | None,
    described: list[str],
    bios: list[str],
    profile: Profile,
    position: Callable[[etree._Element], int],
) -> None:
    """The standfirst of ``draft`` decided: the site's lead kept as body, a standfirst the
    walk took trimmed, else one looked for in and above the body; bios left out of both."""
    _signed_lead(draft)
    if profile.lead_is_body and draft.summary is None:
        draft.body, draft.standfirst = draft.standfirst + draft.body, []
    elif draft.standfirst:
        draft.standfirst, draft.body = trim(draft.standfirst, described, draft.body)
    elif draft.summary is None and not draft.dek:  # a named dek is the page's standfirst
        draft.standfirst, draft.body = in_body(draft.body, body_root, described, headline)
        if not draft.standfirst:
            draft.standfirst = above_body(root, described, headline, draft.body, position)
    elif not (draft.dek or profile.lead_is_body):  # by the key points: a lead set apart
        draft.standfirst, draft.body = in_body(draft.body, body_root, described, marked=True)
    draft.standfirst = [b for b in draft.standfirst if not bl.is_bio(b.text)]
    bio = tuple(b[:60] for b in bios if len(b) >= MIN_BIO)
    if bio:
        draft.standfirst = [b for b in draft.standfirst if not b.text.startswith(bio)]
        draft.body = [b for b in draft.body if not b.text.startswith(bio)]
    if not (draft.standfirst or draft.dek or draft.summary) and draft.subheading is not None:
        draft.dek = [draft.subheading]  # no standfirst but a sentence set as a subheading
    _top_lines_off(draft)


_AM_PM = re.compile(r"\d\s*[ap]\.m\.$", re.I)
NAMES_DATE_WORDS = 16  # "Claire Dumoulin et Hugo Servant Mis à jour le 3 mars 2024 à 10h12"


def _top_meta(block: Block) -> bool:
    """A line at the body's top that is a time relative to now ("1 day ago", "vor 5
    Stunden"): the page's date line as it read when the page was saved."""
    return block.kind == "paragraph" and bool(labels.RELATIVE_TIME.match(block.text))


def _date_meta_line(block: Block) -> bool:
    """A short line with a date that is no sentence (names and a date, the byline and date
    line set as one): page meta, not the story's first sentence."""
    text = block.text
    if block.kind != "paragraph" or len(text.split()) > NAMES_DATE_WORDS:
        return False
    clock = _AM_PM.search(text)  # "10:15 a.m." ends with a full stop, not as a sentence
    sentence = text.endswith(SENTENCE_END) and not clock
    return not sentence and parse_visible(text) is not None


# The place opening a story, set as a line of its own: "Chemnitz.", "Düsseldorf -",
# "BERLIN:".
_PLACE_LINE = re.compile(r"^[A-ZÄÖÜ][\w'’.-]*(?: [A-ZÄÖÜ/(][\w'’.)/-]*){0,2}\s?[.:–—-]$")


def _place_joined(draft: Draft) -> None:
    """A place name standing alone above the first paragraph ("Chemnitz." then "Am
    letzten Maiwochenende ...") opens that paragraph's sentence: the two are one line."""
    body = draft.body
    if len(body) < 2 or body[0].kind != "paragraph" or body[1].kind != "paragraph":
        return
    place = body[0].text
    if _PLACE_LINE.match(place) and not parse_visible(place) and len(body[1].text) > len(place):
        body[1:2] = [replace(body[1], text=f"{place} {body[1].text}")]
        del body[0]


def _top_lines_off(draft: Draft) -> None:
    """The body starts at its first sentence: date lines left at its top once the
    standfirst above them went to the summary ("Markus M. Haefliger, London 19.10.2019,
    23:38 Uhr") are no text, the first is the dateline when the walk found none; a byline
    set as the first line of the first paragraph ("Von Daniel Weinmann<br>Sie ist ...")
    is the byline."""
    while len(draft.body) > 1 and (
        is_date_line(draft.body[0]) or _date_meta_line(draft.body[0]) or _top_meta(draft.body[0])
    ):
        line = draft.body.pop(0)
        if draft.dateline is None:
            draft.dateline = line
    _place_joined(draft)
    first = draft.body[0] if draft.body else None
    if first is None or first.kind != "paragraph" or "\n" not in first.text:
        return
    line, rest = first.text.split("\n", 1)
    if bl.is_byline(line) and len(rest) > len(line):
        draft.body[0] = replace(first, text=rest)
        if draft.byline is None:
            draft.byline = replace(first, text=line)


def _lead_start(body: list[Block]) -> int:
    """Index of the body's first paragraph, past a repeated headline, a short info line or a
    short list of them (the authors as a list)."""
    for i, block in enumerate(body[:3]):
        if block.kind == "paragraph" and len(block.text) >= 60:
            return i
        info_list = block.kind == "list" and all(len(item) < 60 for item in block.items)
        if block.kind not in ("heading", "paragraph") and not info_list:
            break
    return 0


def _enough_body(blocks: list[Block]) -> bool:
    """Whether a body is left once a lead is taken out: a lead needs an article after it."""
    return sum(count_words(b.text) for b in blocks if b.kind == "paragraph") >= 40


def _same(text: str, description: str) -> bool:
    """The page text says what the description says (which may be cut short with "…")."""
    text, description = text.casefold(), description.casefold()
    if text == description:
        return True
    cut = description.rstrip(" .…")
    return description.endswith(("…", "...")) and len(cut) >= 60 and text.startswith(cut)


def in_body(
    body: list[Block],
    body_root: etree._Element,
    described: list[str],
    headline: etree._Element | None = None,
    marked: bool = False,
) -> tuple[list[Block], list[Block]]:
    """(standfirst, the body without it), the standfirst taken from the body's top:
    paragraphs whose class names them a lead, a first paragraph set in bold as a whole
    (unlike the next), one set in the headline's own block outside the body's element,
    or one the description repeats that is set apart from the next one (another class or
    parent). Only the first two, which the markup sets apart, when ``marked``."""
    start = _lead_start(body)
    end = start
    while (
        end - start < MAX_STANDFIRST
        and end < len(body) - 1
        and body[end].kind == "paragraph"
        and marked_as_lead(body[end].el, body_root)
    ):
        end += 1
    if end > start and _enough_body(body[end:]):
        return body[start:end], body[:start] + body[end:]
    if len(body) < start + 2 or body[start].kind != "paragraph":
        return [], body
    lead = body[start]
    # Compared with the next paragraph of prose: a video's "Watch" label between them does
    # not set the lead apart.
    after = next(
        (b for b in body[start + 1 :] if b.kind == "paragraph" and len(b.text) >= 60),
        body[start + 1],
    )
    if not _enough_body(body[start + 1 :]):
        return [], body
    # The CMS's excerpt of the first paragraph (its first words, cut) is no sign of a
    # standfirst; a description that says the paragraph whole is.
    repeated = any(_repeats(lead.text, d) and not _excerpt_of(lead.text, d) for d in described)
    apart = (
        lead.el.get("class") != after.el.get("class")
        or lead.el.getparent() is not after.el.getparent()
        or all(tag_of(c) in ("strong", "b") for c in lead.el)
        and len(lead.el)
        and not clean(lead.el.text or "")
    )
    bold = _bold_standfirst(lead) and not all_bold(after.el)
    if marked:
        return ([lead], body[:start] + body[start + 1 :]) if bold else ([], body)
    if bold or (repeated and apart) or _with_headline(lead, after, headline):
        return [lead], body[:start] + body[start + 1 :]
    return [], body


def _with_headline(lead: Block, after: Block, headline: etree._Element | None) -> bool:
    """A paragraph of sentences set beside the headline, in its block (``<header>`` with
    the kicker, the headline and the byline), while the text goes on in an element of its
    own after that block: the standfirst, by where the page puts it."""
    if headline is None:
        return False
    block = lead.el.getparent()
    if block is None or block is not headline.getparent() or inside(after.el, block):
        return False
    text = lead.text
    return len(text) >= 60 and text.endswith(SENTENCE_END) and not _NOT_STANDFIRST.search(text)


# An interview's question (one sentence asking), a speaker's label, or a dateline opening
# the story's first sentence ("AUGSFELD – ...", "CALDEN. ..."): bold, but no standfirst.
_NOT_STANDFIRST = re.compile(
    r"^[^.!?]*\?$|^[\w. -]{2,30}:\s|^[A-ZÄÖÜ]{3,}(?:[ /-][A-ZÄÖÜ]+)*(?:\s?[–—-]|\.)\s|"
    # a place and a day before a dash: "Nendeln, 27.6.2025 – Anlässlich ..."
    r"^[A-ZÄÖÜ][\w.-]+(?: [A-ZÄÖÜ][\w.-]+)?, \d{1,2}\.\s?\d{1,2}\.(?:\s?\d{2,4})?\s?[–—-]\s"
)


def _bold_standfirst(lead: Block) -> bool:
    """A first paragraph set in bold as a whole, written as sentences: the standfirst by its
    markup ("<p><strong>Moderne Dieselautos haben ...</strong></p>")."""
    text = lead.text
    if len(text) < 60 or not text.endswith(SENTENCE_END) or _NOT_STANDFIRST.search(text):
        return False
    if text.endswith("?") and _ADDRESSED.search(text):
        return False  # an interview's first question, set bold as every question is
    return all_bold(lead.el)


# A question put to someone: "Frau Vosskamp, ...", "Ihrer Wettbewerber", "your company".
_ADDRESSED = re.compile(
    r"^(?:Frau|Herr|Mr|Mrs|Ms|Dr|Prof)\.? [A-ZÄÖÜ][\w-]+,|"
    r"(?<=\w )(?:Ihnen|Ihre[rnms]?|Ihr|Sie)\b|\b(?:you|your|dich|dir|dein\w*)\b"
)


def trim(
    standfirst: list[Block], described: list[str], body: list[Block]
) -> tuple[list[Block], list[Block]]:
    """(standfirst, body): keep only the paragraph the description repeats when a second one
    was taken with it:
    that second one is the article's first paragraph (back to the body) or, when it does not
    end as a sentence does, a caption or author note that stood in the same place (dropped:
    "… in Berlin-Wedding", "… sammeln. IMAGO/Anna Beispiel", "… dabei.MEHR")."""
    if len(standfirst) < 2 or not any(_repeats(standfirst[0].text, d) for d in described):
        return standfirst, body
    given_back = [b for b in standfirst[1:] if b.text.endswith(SENTENCE_END)]
    return standfirst[:1], given_back + body


EXCERPT_SHARE = 0.9  # an excerpt is the paragraph's start, clearly shorter than it


def _excerpt_of(text: str, description: str) -> bool:
    """``description`` is the first words of ``text`` cut short ("... wurde Rainer de Meijer
    zum neuen Präsidenten gewählt. Er", "... zu kaufen, ..."): an excerpt made by the CMS."""
    words = description.replace("…", " ").replace("...", " ").split()[:-1]  # the last may be cut
    if len(words) < 5 or len(description.strip()) >= EXCERPT_SHARE * len(text):
        return False
    return text.split()[: len(words)] == words


def _repeats(text: str, description: str) -> bool:
    text, description = text.casefold(), description.casefold()
    return description[:80] in text or text[:80] in description


def above_body(
    root: etree._Element,
    described: list[str],
    headline: etree._Element | None,
    body: list[Block],
    position: Callable[[etree._Element], int],
) -> list[Block]:
    """The description's own text shown between the headline and the body (a dek in an
    ``<hgroup>``, a teaser outside the article container): that element is the standfirst."""
    if not body:
        return []
    lower = position(headline) if headline is not None else -1
    upper = position(body[0].el)
    for description in described:
        probe = description[:30].casefold()
        for el in root.iter("p", "div", "h2", "h3", "h4", "span", "strong", "section"):
            if probe not in clean(el.text or "").casefold() or not lower < position(el) < upper:
                continue
            if any(tag_of(a) in _SKIPPED_TAGS for a in el.iterancestors()) or not visible(el):
                continue
            text = text_of(el)
            if _same(text, description):
                return [Block("paragraph", text, el)]
    return []
