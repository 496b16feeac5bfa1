"""The lead image: its real URL (not a lazy-loading placeholder), caption and credit.

Captions carry their credit in the text ("Putin im Kreml. Bild: picture alliance/dpa | X");
the split is at the *last* credit marker, because captions may quote "Bild:" themselves.
"""

from __future__ import annotations

import re

import lxml.html
from lxml import etree

from ..page.text import clean, text_lines

_LAZY_ATTRS = (
    "data-src",
    "data-lazy-src",
    "data-original",
    "data-lazy",
    "data-url",
    "data-full-src",
    "data-hi-res-src",
    "data-src-large",
    "data-orig-src",
)
_SRCSET_ATTRS = ("data-srcset", "data-lazy-srcset", "srcset")
_PLACEHOLDER = re.compile(
    r"^data:|(?:^|/)(?:blank|spacer|placeholder|pixel|transparent|empty|1x1|lazy|loading)"
    r"[\w.-]*\.(?:gif|png|svg)|\.svg(?:\?|$)",
    re.I,
)
_CREDIT_WORDS = (
    r"(?:Bild|Bilder|Foto|Fotos|Photo|Photos|Quelle|Credit|Copyright|Titelbild|Titelfoto|"
    r"Screenshots?)"
)
# " Foto: X", " (Foto: X)", " © X", " - Copyright X" (the credit closing a caption)
CREDIT_MARKER = re.compile(
    rf"\s\(?{_CREDIT_WORDS}\s?:\s+|\s©\s?|\s\(c\)\s|\s[-–|]\s(?:Copyright|Credit|Foto|Bild)\s"
    r"|\sCredit(?:\.\.\.|…)\s?",
    re.I,
)
_CREDIT_PREFIX = re.compile(rf"^{_CREDIT_WORDS}\s?:\s*|^©\s*|^\(c\)\s*", re.I)
ZOOM_LABEL = re.compile(r"\s*\(Foto\)\s*Suche$")  # news.de's zoom button, not the word "Suche"
_CREDIT_NAMES = re.compile(r"credit|copyright|source|quelle|author|photographer|urheber", re.I)


def _candidates(srcset: str):
    """(url, descriptor) pairs of a ``srcset``, split as the HTML standard says: a URL runs to
    the next whitespace and may hold commas ("?val=110,110,956"); a comma after the
    descriptor ends the candidate."""
    pos, end = 0, len(srcset)
    while pos < end:
        while pos < end and (srcset[pos].isspace() or srcset[pos] == ","):
            pos += 1
        start = pos
        while pos < end and not srcset[pos].isspace():
            pos += 1
        url, descriptor = srcset[start:pos], ""
        if url.endswith(","):
            url = url.rstrip(",")
        else:
            comma = srcset.find(",", pos)
            stop = end if comma < 0 else comma
            descriptor, pos = srcset[pos:stop].strip(), stop + 1
        if url:
            yield url, descriptor


def _widest(srcset: str) -> str | None:
    """The candidate with the largest width (or density) in a ``srcset``."""
    best, best_size = None, -1.0
    for url, descriptor in _candidates(srcset):
        try:
            size = float(descriptor.split()[0][:-1]) if descriptor else 1.0
        except ValueError:
            size = 1.0
        if size > best_size:
            best, best_size = url, size
    return best


def image_url(img: etree._Element) -> str | None:
    """The real image URL of an ``<img>``/``<amp-img>``/``<source>``, placeholders skipped."""
    for attr in _SRCSET_ATTRS:
        if img.get(attr):
            url = _widest(img.get(attr))
            if url and not _PLACEHOLDER.search(url):
                return url
    for attr in _LAZY_ATTRS:
        url = (img.get(attr) or "").strip()
        if url and not _PLACEHOLDER.search(url):
            return url
    url = (img.get("src") or "").strip()
    if url and not _PLACEHOLDER.search(url):
        return url
    return None


def url_in(el: etree._Element) -> str | None:
    """Real URL of the first image inside ``el`` (``<picture>`` sources and ``<noscript>`` too)."""
    for node in el.iter("img", "amp-img", "source"):
        url = image_url(node)
        if url:
            return url
    for noscript in el.iter("noscript"):
        inner = "".join(noscript.itertext()) if len(noscript) == 0 else None
        if inner and "<img" in inner:
            try:
                frag = lxml.html.fragment_fromstring(inner, create_parent="div")
            except (etree.ParserError, ValueError):
                continue
            for node in frag.iter("img"):
                url = image_url(node)
                if url:
                    return url
    return None


def split_credit(text: str) -> tuple[str | None, str | None]:
    """Caption and credit from one caption line, split at the last credit marker."""
    text = clean(text)
    matches = list(CREDIT_MARKER.finditer(" " + text))
    if not matches:
        return (text or None), None
    last = matches[-1]
    caption = clean((" " + text)[: last.start()])
    credit = clean((" " + text)[last.end() :])
    if credit.endswith(")") and credit.count("(") < credit.count(")"):
        credit = credit[:-1].rstrip()  # "(Foto: Max Bildner)", "(Image: © NASA)"
    if last.group().strip().startswith(("©", "(c)")):
        credit = credit or None
    if re.fullmatch(r"\(?\S+:", caption):
        caption = ""  # a label over the credit ("Rubriklistenbild: © dpa"), no caption
    return (caption or None), (credit or None)


def caption_of(el: etree._Element) -> tuple[str | None, str | None]:
    """Caption and credit of a figure-like element; a credit in its own element is honoured."""
    captions = list(el.iter("figcaption", "caption"))
    # A second copy of the caption (a lightbox, often hidden) may be the one with the credit.
    captions += [
        c
        for c in el.iter("p", "div", "span")
        if not any(a in captions for a in c.iterancestors())
        and c not in captions
        and CREDIT_MARKER.search(" " + clean(" ".join(text_lines(c))))
        and len(clean(" ".join(text_lines(c)))) < 400
    ]
    captions = captions or [el]
    best: tuple[str | None, str | None] = (None, None)
    for cap in captions:
        credit_el = next(
            (
                c
                for c in cap.iter()
                if c is not cap
                and _CREDIT_NAMES.search(f"{c.get('class', '')} {c.get('id', '')}")
                and clean(" ".join(text_lines(c)))
            ),
            None,
        )
        text = clean(" ".join(text_lines(cap)))
        if credit_el is not None:
            credit_text = clean(" ".join(text_lines(credit_el)))
            caption = clean(text.replace(credit_text, "", 1)) if credit_text in text else text
            credit = _CREDIT_PREFIX.sub("", credit_text)
            candidate = (ZOOM_LABEL.sub("", caption) or None, credit or None)
        else:
            caption, credit = split_credit(text)
            candidate = (ZOOM_LABEL.sub("", caption) if caption else None, credit)
        if candidate[1] and not best[1] or not best[0]:
            best = candidate
    return best


_ZOOM_BUTTON = re.compile(r"^(?:vergrößern|bild vergrößern|zoom|enlarge)\s+\S", re.I)


def is_caption_text(text: str) -> bool:
    """A line that is an image caption: ends in a credit or in the zoom label, or starts with
    the zoom button's label ("Vergrößern Die Kamera im Display")."""
    text = clean(text)
    if len(text) > 400:
        return False
    if _ZOOM_BUTTON.match(text):
        return True
    if ZOOM_LABEL.search(text) and "(Foto)" in text:
        return True
    match = list(CREDIT_MARKER.finditer(" " + text))
    if not match:
        return False
    credit = (" " + text)[match[-1].end() :]
    return (
        0 < len(credit) <= 120
        and not credit.rstrip().endswith((".", "!", "?"))
        or bool(re.search(r"[|/]", credit))
    )
