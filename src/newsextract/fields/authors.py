"""Who wrote it: the authors with their roles, and the byline as shown.

The cascade, most reliable first: the visible byline in the header ("Von ..."), a name line
closing the body, the elements the markup names as bylines, the metadata's authors the page
shows somewhere, and last the agency or organisation the story credits. A header byline that
names no person ("Von KBZ", the site) gives way only to the text's closing credit; the
persons a page declares after the one its byline shows join it when the page shows them.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import NamedTuple

from lxml import etree

from ..article import Author
from ..evidence import jsonld
from ..layout.classify import first_prose
from ..lexicon import bylines as bl
from ..lexicon.labels import LABEL_ONLY
from ..page.page import host_of
from ..page.text import text_lines, text_of
from . import byline_markup
from .context import Context, Found

_META_AUTHORS = ("author", "article:author", "dc.creator")


class Credits(NamedTuple):
    byline: str | None  # the byline as shown, without its date
    authors: list[Author]


def find(ctx: Context) -> Found[Credits]:
    """The credits, without the site itself credited as if it were a person (a credit the
    cascade gives as the organisation, the last resort, says what it is and stays), and
    without the persons the byline credits for the pictures, the editing or a review."""
    found = _find(ctx)
    credits = found.value
    layout = ctx.layout
    lines = (layout.byline, layout.closing_byline, *layout.header)
    shown = [credits.byline or "", *(b.text for b in lines if b is not None)]
    writers = [
        replace(a, name=_in_name_case(a.name, a.role))
        for a in credits.authors
        if a.role == "organization"
        or not (_the_site(a.name, ctx) or bl.credited_otherwise(shown, a.name))
    ]
    if writers == credits.authors:
        return found
    return Found(Credits(credits.byline, writers), found.warnings)


# The newsroom as a whole: "Die Redaktion", "Online-Redaktion", "Lokalredaktion", "Staff".
_NEWSROOM = re.compile(
    r"^(?:die |unsere |the )?(?:online-?|lokal-?|news-?|web |digital |news )?"
    r"(?:redaktion|newsroom|editors?|staff(?: reports?| writers?)?)$",
    re.I,
)


def _the_site(name: str, ctx: Context) -> bool:
    """A credit that is the site or its newsroom, not a person: "Die Redaktion", the site's
    name ("Presse Augsburg" on presse-augsburg.de, "AUTO ZEITUNG" on autozeitung.de), or its
    brand with a region ("MDR THÜRINGEN" on mdr.de)."""
    if _NEWSROOM.match(name.strip()):
        return True
    label = _host_label(ctx.page.url)
    squeezed = _squeeze(name)
    if not squeezed:
        return False
    if label and (squeezed == label or squeezed == _squeeze(label)):
        return True
    if any(squeezed == _squeeze(n) for n in ctx.site.names):
        return True
    first = _squeeze(name.split()[0]) if name.split() else ""
    return bool(label) and name.isupper() and first == label


def _squeeze(text: str) -> str:
    """The name as a host would spell it: lower case, no article, no spaces or marks."""
    return re.sub(r"\W+", "", _ARTICLE.sub("", text.casefold()))


_ARTICLE = re.compile(r"^(?:la|le|les|l'|die|der|das|the|el|il)\s+|^l'")


def _host_label(url: str | None) -> str | None:
    """The site's own name in its host: "presseaugsburg" for www.presse-augsburg.de."""
    host = host_of(url)
    if not host:
        return None
    parts = host.split(".")
    return _squeeze(parts[-2]) if len(parts) >= 2 else None


def _find(ctx: Context) -> Found[Credits]:
    known = jsonld.names(ctx.evidence.ld.get("author"))
    layout = ctx.layout
    shown_byline: tuple[str, list[dict]] | None = None
    if layout.byline is not None:
        text, people = _shown(layout.byline.text, known + _linked_names(layout.byline.el))
        if people:
            return Found(Credits(text, _authors(_with_declared(ctx, people, known))))
        shown_byline = (text, people)  # "Von KBZ": the site; a closing credit may name one
    if layout.closing_byline is not None:
        text = layout.closing_byline.text
        people = bl.parse(text if bl.is_byline(text) else f"Von {text}") or [
            {"name": n, "role": None} for n in bl.closing_names(text)
        ]
        if people:
            return Found(Credits(text, _authors(people)))
    if shown_byline is not None:  # only the text's own closing credit says more than it
        return Found(Credits(shown_byline[0], []), ("authors: the byline names no person",))
    blocked = {n.casefold() for n in ctx.site.names}
    marked = _marked(ctx, known, blocked)
    if marked is not None:
        return Found(Credits(*marked))
    late = layout.late_byline  # "Von Anna Beispiel" after the text, set plain
    persons = [p for p in bl.parse(late.text) if p["role"] != "agency"] if late else []
    if persons:
        return Found(Credits(late.text, _authors(persons)))
    filed = _filed_by(ctx)
    if filed:  # "Der Artikel ... wurde am ... von Solveig Grewe ... veröffentlicht"
        return Found(Credits(None, [Author(filed, None)]))
    names = known or [
        v for k in _META_AUTHORS for v in ctx.evidence.values(k) if not v.startswith("http")
    ]
    people = _shown_somewhere(ctx, bl.from_names(names, blocked))
    if people:
        return Found(Credits(None, _authors(people)))
    credited = _credited(ctx)
    return Found(Credits(None, _authors(credited.value)), credited.warnings)


def _authors(people: list[dict]) -> list[Author]:
    return [Author(**p) for p in people]


def _in_name_case(name: str, role: str | None) -> str:
    """A person's name set in capitals by the byline's style ("SANDRA KOLBE") as the name
    is written ("Sandra Kolbe"); agencies ("AFP") and names with any lower-case letter
    ("Ursula von der Leyen", "McDonald") stay as they are."""
    if role in ("agency", "organization") or not name.isupper() or " " not in name:
        return name
    return " ".join("-".join(p.capitalize() for p in w.split("-")) for w in name.split())


def _shown(byline: str, known: list[str]) -> tuple[str, list[dict]]:
    """The byline's line (from its first line that reads as one; "Von" and the name may be
    set on two lines), without its date, and the people it names, repaired by the names
    metadata gives."""
    lines = byline.split("\n")
    lines = lines[next((i for i, ln in enumerate(lines) if bl.is_byline(ln)), 0) :]
    first_line = lines[0]
    if len(lines) > 1 and LABEL_ONLY.match(first_line.strip()):
        first_line = f"{first_line} {lines[1]}"
    text = bl.strip_date(first_line)
    return text, bl.reconcile(bl.parse(text), known)


_NAME_WORD = re.compile(r"^[^\W\d_][\w'’.-]*$")
LINKED_NAME_WORDS = (2, 4)


def _linked_names(byline: etree._Element) -> list[str]:
    """The names the byline links to their profiles ("<a rel=author>Priya Raman</a>
    <span>Senior Audio Editor</span>"): where a name ends and the role set after it
    begins, which the line's text alone does not say."""
    names = []
    for a in byline.iter("a"):
        words = text_of(a).split()
        shaped = all(_NAME_WORD.match(w) and w[0].isupper() for w in words)
        if LINKED_NAME_WORDS[0] <= len(words) <= LINKED_NAME_WORDS[1] and shaped:
            names.append(" ".join(words))
    return names


def _marked(ctx: Context, known: list[str], blocked: set[str]) -> tuple[str, list[Author]] | None:
    """The nearest element the markup names as a byline whose names agree with the
    metadata's (when it names any)."""
    declared = bl.from_names(known, blocked)
    found = byline_markup.find_all(
        ctx.page.root, ctx.headline.el, ctx.layout.region_positions, ctx.page
    )
    for text, names in found:
        people = bl.reconcile(bl.from_names(names, blocked), known)
        if people and (not declared or bl.overlap(people, declared)):
            people = _with_declared(ctx, people, known, declared)  # "Sebastian Kohler" shown
            shown = bl.strip_date(text)  # "By A 10/17/2022 04:01 PM EDT Link Copied"
            kept = all(p["name"] in shown for p in people)
            return (shown if kept else text), _authors(people)
    return None


FILED_LINES = 8  # the filing note stands among the last lines of the body's element
FILED_SIBLINGS = 2  # or right after that element


def _filed_by(ctx: Context) -> str | None:
    """The author the filing note under the text names ("Der Artikel ... wurde am ... von
    Solveig Grewe ... veröffentlicht"), among the body element's last lines or in the
    element or two right after it; the body walk ends the story at that note."""
    root = ctx.layout.body_root
    after = [el for el in root.itersiblings() if isinstance(el.tag, str)][:FILED_SIBLINGS]
    lines = text_lines(root)[-FILED_LINES:] + [ln for el in after for ln in text_lines(el)]
    return next((name for line in lines if (name := bl.filed_by(line))), None)


def _shown_somewhere(ctx: Context, people: list[dict]) -> list[dict]:
    """The declared authors a reader can see on the page (in its text, any element): a
    name written only into the metadata credits no one the reader sees. Agencies stay."""
    if not people:
        return people
    visible = " ".join(text_lines(ctx.page.root)).casefold()
    return [p for p in people if p["role"] or p["name"].casefold() in visible]


def _with_declared(
    ctx: Context, shown: list[dict], known: list[str], declared: list[dict] | None = None
) -> list[dict]:
    """The byline's persons, and after them the other persons the page declares as authors
    when the byline shows the first of them and the page names the others somewhere a
    reader sees (a card shows one name, the author box all); the byline's roles kept."""
    if declared is None:
        declared = bl.from_names(known, {n.casefold() for n in ctx.site.names})
    if not _first_of(shown, declared):
        return shown
    more = _shown_somewhere(ctx, declared[len(shown) :])
    return shown + [p for p in more if p["name"] not in {s["name"] for s in shown}]


def _first_of(shown: list[dict], declared: list[dict]) -> bool:
    """The byline shows the first of the persons the page declares as authors and no one
    else: the others are credited in the metadata (the card shows one name)."""
    names = [p["name"] for p in declared if p["role"] is None]
    return len(names) > len(shown) and [p["name"] for p in shown] == names[: len(shown)]


def _credited(ctx: Context) -> Found[list[dict]]:
    """No person named: the agency of the opening dateline ("Hamburg (dpa) - ") or of the
    closing credit ("... hieß es. (dpa)"), else the organisation the page declares as author
    (a newsroom, "DER SPIEGEL")."""
    opening = first_prose(ctx.layout.body)
    agency = bl.dateline_agency(opening.text) if opening is not None else None
    if agency:
        return Found([agency])
    agencies = bl.agencies_in(ctx.layout.closing_credit or "")
    if agencies:
        return Found(agencies)
    organisations = jsonld.names(ctx.evidence.ld.get("author"), organisations=True)[:3]
    warnings = ("authors: no byline found; the organisation declared as author",)
    people = [{"name": n, "role": "organization"} for n in organisations]
    return Found(people, warnings if organisations else ())
