"""What is not article: page chrome by structure (tags, roles, hidden) and by name.

Class names change with every redesign, so names only prune whole subtrees that are
unmistakably chrome (navigation, consent layers, share bars, ad slots). Everything else is
judged by its text, with the phrases of ``lexicon.labels``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lxml import etree

from ..lexicon.markup import (
    CHROME_NAMES,
    COMMENT_NAMES,
    HIDDEN_CLASSES,
    PLAY_WORDS,
    lower_case,
)
from ..page.text import HEADING_TAGS, SILENT_TAGS, control_label, tag_of, text_of
from ..page.tree import class_and_id

# AMP components that are ads, trackers, consent layers, share bars or embeds, never prose.
AMP_CHROME = frozenset(
    "amp-ad amp-embed amp-sticky-ad amp-analytics amp-pixel amp-consent amp-user-notification "
    "amp-social-share amp-sidebar amp-twitter amp-instagram amp-facebook amp-youtube "
    "amp-iframe amp-video amp-brightcove amp-tiktok amp-geo amp-list amp-auto-ads".split()
)
CHROME_TAGS = frozenset(("nav", "aside", "dialog", "menu")) | SILENT_TAGS | AMP_CHROME
CHROME_ROLES = frozenset(
    (
        "navigation",
        "complementary",
        "contentinfo",
        "dialog",
        "alertdialog",
        "search",
        "menu",
        "menubar",
        "toolbar",
        "banner",
    )
)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def names_of(el: etree._Element) -> str:
    """Class and id of an element, as one string with CamelCase split into words."""
    raw = class_and_id(el)
    return _CAMEL_CASE.sub(r"\1-\2", raw) if raw != raw.lower() else raw


_CAMEL_CASE = re.compile(r"([a-z])([A-Z])")


def is_hidden(el: etree._Element) -> bool:
    """Hidden from the reader: by attribute, ARIA, style or a utility class."""
    if el.get("hidden") is not None or (el.get("aria-hidden") == "true" and tag_of(el) != "span"):
        return True
    style = el.get("style")
    if style and _HIDDEN_STYLE.search(style):
        return True
    return bool(HIDDEN_CLASSES.intersection((el.get("class") or "").split()))


def chrome_reason(el: etree._Element) -> str | None:
    """Why ``el`` is chrome: "structure" (tag, role, hidden), "form" (a login, search or
    sign-up form, a poll's answer), "comments" or "name" (by class/id), else None."""
    tag = tag_of(el)
    if not tag or tag in CHROME_TAGS:
        return "structure"
    if is_hidden(el):
        return "structure"
    if (el.get("role") or "").lower() in CHROME_ROLES:
        return "structure"
    if tag == "footer":
        return None if any(tag_of(a) == "article" for a in el.iterancestors()) else "structure"
    if tag in ("body", "html", "main", "article"):
        return None
    if tag == "form" or control_label(el):
        return "form"  # a form, or a control's label outside one (a poll's answer)
    if tag in HEADING_TAGS:
        return None  # a heading's name is its anchor ("nav_section_2"): boxes have names
    return _named_reason(class_and_id(el))


_COMMENT_WORDS, _CHROME_WORDS = lower_case(COMMENT_NAMES), lower_case(CHROME_NAMES)


@lru_cache(maxsize=16384)
def _named_reason(raw: str) -> str | None:
    """The reason ("comments", "name" or None) for a class-and-id string. The walks ask
    this of nearly every element, and a page repeats a few hundred names over thousands of
    elements: each distinct name is searched once."""
    names = (_CAMEL_CASE.sub(r"\1-\2", raw) if raw != raw.lower() else raw).lower()
    if _COMMENT_WORDS.search(names):
        return "comments"
    return "name" if _CHROME_WORDS.search(names) else None


# A form control in the body belongs to a widget: a poll, a newsletter sign-up, a quiz. Its
# box is what surrounds the control while each step out adds little text (the question,
# the pitch, the consent line); the step that adds the article's paragraphs ends it.
_WIDGET_STEP = 300
_WIDGET_MOST = 1000
_NO_WIDGET_INPUTS = frozenset(("hidden", "image"))


def widget_boxes(body_root: etree._Element, keep: set) -> set[etree._Element]:
    """The boxes around the visible form controls inside ``body_root`` (never an element
    of ``keep``, the body's and the headline's own wrappers). A button also works a
    carousel of teasers or a picture's zoom: its box holds no picture and few links."""
    boxes: set[etree._Element] = set()
    for control in body_root.iter("input", "select", "textarea", "button"):
        if (control.get("type") or "").lower() in _NO_WIDGET_INPUTS:
            continue
        if control.get("aria-expanded") is not None and control.get("aria-controls"):
            continue  # an accordion's toggle: what it opens is the text (an FAQ's answer)
        button = tag_of(control) == "button"
        box, size = control, 0
        for parent in control.iterancestors():
            if parent in keep or parent in boxes or (button and tag_of(parent) in _TEXT_TAGS):
                break  # a button inside a line of text (a quote's watchlist button)
            grown = len(text_of(parent))
            if grown - size > _WIDGET_STEP or grown > _WIDGET_MOST:
                break
            if button and not _button_box(parent, _plays(control)):
                break
            box, size = parent, grown
        if box is not control:
            boxes.add(box)
    return boxes


_TEXT_TAGS = HEADING_TAGS | frozenset(("p", "li", "dd", "dt", "td", "th", "blockquote"))
_BUTTON_BOX_LINKS = 2  # a tooltip's "Register" and "Log in"


def _button_box(el: etree._Element, player: bool = False) -> bool:
    """A box a button may own: no picture or caption, no heading, at most two links; a
    player's play button also owns its poster picture (an audio player's box: poster,
    button, title, running time)."""
    shown = ("figure", "figcaption", "video", *HEADING_TAGS)
    pictured = next(el.iter("img", "picture"), None) is not None
    if any(True for _ in el.iter(*shown)) or (pictured and not player):
        return False
    return sum(1 for _ in el.iter("a")) <= _BUTTON_BOX_LINKS


def _plays(button: etree._Element) -> bool:
    """A player's play button, by its label, title or class ("Audio abspielen", "play")."""
    said = " ".join(
        (button.get("aria-label") or "", button.get("title") or "", button.get("class") or "")
    )
    return bool(PLAY_WORDS.search(said) or PLAY_WORDS.search(text_of(button)))
