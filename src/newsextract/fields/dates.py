"""When: the publication and modification times, RFC 3339 with the page's offset.

The cascade: machine-readable times first (JSON-LD and ``article:published_time``, then
weaker generic ones such as ``date``, then the ``<time>`` nearest the headline); the date a
reader sees near the headline or byline settles a contradiction and refines a bare date;
then a date the page only shows in its text, the title's, the URL's, and last the
modification date.
"""

from __future__ import annotations

import re
from datetime import date, datetime, tzinfo
from typing import NamedTuple, Union

from lxml import etree

from ..layout.classify import first_prose
from ..lexicon.dates import format_rfc3339, from_url, parse_machine, parse_visible, zone_shown
from ..lexicon.labels import UPDATE_LABEL
from ..page.text import clean, string_value, tag_of
from . import date_markup
from .context import Context, Found

# Publication dates a page declares for the article, and weaker generic ones ("date") that
# are often the page's build or issue date.
_DECLARED_META = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "article:published:time",  # written with a colon for the underscore
)
_WEAK_META = (
    "datecreated",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "dcterms.issued",
    "pubdate",
    "publishdate",
    "publish-date",
    "parsely-pub-date",
    "sailthru.date",
    "article.published",
    "publication_date",
)
_MODIFIED_META = (
    "article:modified_time",
    "article:modified:time",
    "og:updated_time",
    "datemodified",
    "dc.date.modified",
    "dcterms.modified",
    "last-modified",
    "article.updated",
)
_OPENING_DATE = re.compile(r"^(\d{1,2}\.\s?\d{1,2}\.\s?\d{4})\s*[-–—]\s")
SHORT_LINE = 40  # a header line this short that holds a date is a dateline

Moment = Union[datetime, date]  # a time, or a day when the page names no time


class Times(NamedTuple):
    published: str | None  # RFC 3339
    modified: str | None


def find(ctx: Context, zone: tzinfo | None) -> Found[Times]:
    """Publication and modification as RFC 3339 text; naive times are taken in ``zone``."""
    modified = _modified(ctx)
    published = _published(ctx, zone)
    if published is None:
        published = _shown_in_text(ctx) or from_url(ctx.page.url) or _in_title(ctx)
    warnings: tuple[str, ...] = ()
    if published is None and modified is not None:
        published = modified  # the only date the page gives; say so
        warnings = ("published: not found; the last modification date is used",)
    return Found(Times(format_rfc3339(published, zone), format_rfc3339(modified, zone)), warnings)


def _published(ctx: Context, zone: tzinfo | None) -> Moment | None:
    """The machine-readable publication time, checked and refined by the date shown."""
    visible = _shown(ctx)
    evidence = ctx.evidence
    declared = _meta_dates(ctx, _DECLARED_META, evidence.ld_text("datePublished"))
    weak = _meta_dates(ctx, _WEAK_META)
    timed = _time_element(ctx)
    published = next(iter(declared + weak), None) or timed
    if published is None:
        return visible
    if _midnight_utc(published):  # "2020-01-23T00:00:00Z": a day; a time of that day says more
        published = next(
            (
                d
                for d in declared + weak
                if _day(d, None) == _day(published, None)
                and isinstance(d, datetime)
                and not _midnight_utc(d)
            ),
            published,
        )
    if visible is not None and _day(visible, zone) != _day(published, zone):
        published = _agreeing(visible, published, declared, weak, timed, zone)
    if _clock_error(published, visible, zone):
        return visible  # the page's own clock: the metadata's zone or 12-hour clock is off
    shown_clock = _zone_mislabelled(published, visible, timed, zone)
    if shown_clock is not None:
        return shown_clock
    if not hasattr(published, "hour"):
        # A bare date refined by a time on the same day: the headline's <time datetime>
        # when it gives its offset, else the visible dateline, else that <time>.
        aware = timed if getattr(timed, "tzinfo", None) is not None else None
        published = next(
            (
                t
                for t in (aware, visible, timed)
                if hasattr(t, "hour") and _day(t, zone) == published
            ),
            published,
        )
    return _with_offset(published, [*declared, *weak, timed])


def _with_offset(published: Moment, others: list[Moment | None]) -> Moment:
    """A time without offset takes the offset another source gives for the same clock time
    (JSON-LD "2024-03-10T06:00:00" beside <time datetime="2024-03-10T06:00:00-04:00">, or
    beside article:published_time with "+01:00"): the same moment, now an instant."""
    if not isinstance(published, datetime) or published.tzinfo is not None:
        return published
    clock = published.replace(second=0, microsecond=0)
    for other in others:
        aware = isinstance(other, datetime) and other.tzinfo is not None
        if aware and other.replace(tzinfo=None, second=0, microsecond=0) == clock:
            return published.replace(tzinfo=other.tzinfo)
    return published


def _clock_error(machine: Moment | None, shown: Moment | None, zone: tzinfo | None) -> bool:
    """A machine time that the visible time of the same day contradicts by exactly twelve
    hours (a 12-hour clock read as 24), or one at midnight UTC (a bare date stored as an
    instant): the reader's time wins. Other whole hours apart may be a zone written wrong
    or a page that prints UTC: ``_zone_mislabelled`` needs the page's own evidence."""
    if not isinstance(machine, datetime) or not isinstance(shown, datetime):
        return False
    if machine.tzinfo is None or shown.tzinfo is not None or zone is None:
        return False  # compare a zoned instant with a local time printed without zone only
    local = machine.astimezone(zone).replace(tzinfo=None)
    if local.date() != shown.date() or local == shown.replace(second=local.second):
        return False
    utc = machine.utcoffset()
    if utc is not None and (machine - utc).time() == datetime.min.time():
        return True  # "2020-01-23T00:00:00Z": a day, not a time
    hours = round((local - shown.replace(second=local.second)).total_seconds() / 3600)
    return local.minute == shown.minute and abs(hours) == 12


def _midnight_utc(value: Moment) -> bool:
    """A machine time at midnight UTC: a bare date stored as an instant."""
    offset = value.utcoffset() if isinstance(value, datetime) else None
    return offset is not None and not offset and value.time() == datetime.min.time()


ZONE_HOURS_MAX = 14  # a zone written wrong moves the clock by whole hours, at most 14


def _zone_mislabelled(
    machine: Moment, shown: Moment | None, timed: Moment | None, zone: tzinfo | None
) -> Moment | None:
    """The time the reader sees when the metadata's zone is written wrong: on the same day
    the shown clock differs from the metadata's instant by whole hours, and either the
    metadata's own clock reads what the page prints (a local time stamped "Z": "17:52Z"
    beside "17:52 Uhr") or the page's <time datetime> agrees with what it prints ("21:17"
    beside "20:17+01:00" in the metadata). The page's <time> when it carries its zone, else
    the shown time in the page's zone."""
    if not isinstance(machine, datetime) or not isinstance(shown, datetime) or zone is None:
        return None
    if machine.tzinfo is None or shown.tzinfo is not None:
        return None
    local = _minute(machine, zone)
    printed = shown.replace(second=0, microsecond=0)
    if local is None or local.date() != printed.date() or local == printed:
        return None
    hours = (local - printed).total_seconds() / 3600
    if hours != int(hours) or abs(hours) > ZONE_HOURS_MAX:
        return None
    own_clock = machine.replace(tzinfo=None, second=0, microsecond=0) == printed
    agreeing = isinstance(timed, datetime) and _minute(timed, zone) == printed
    if agreeing and getattr(timed, "tzinfo", None) is not None:
        return timed
    return shown if own_clock or agreeing else None


def _shown(ctx: Context) -> Moment | None:
    """The date a reader sees: in the dateline, else the byline, else a date-marked element
    near the headline."""
    for block in (ctx.layout.dateline, ctx.layout.byline):
        shown = parse_visible(block.text) if block is not None else None
        if shown:
            return shown
    return date_markup.find(ctx.page.root, ctx.headline.el, ctx.layout.region_positions, ctx.page)


def _modified(ctx: Context) -> Moment | None:
    """JSON-LD ``dateModified``, else the modification metadata, else the update a line in
    or under the story shows ("Aktualisiert am 17.01.2021"), or the header's dateline when
    it is labelled as the update."""
    found = parse_machine(ctx.evidence.ld_text("dateModified")) or parse_machine(
        ctx.evidence.first(*_MODIFIED_META)
    )
    if found:
        return found
    for block in (ctx.layout.update_line, ctx.layout.dateline):
        if block is not None and UPDATE_LABEL.match(block.text):
            return parse_visible(block.text)
    return None


def _meta_dates(ctx: Context, keys: tuple[str, ...], *first_values: str | None) -> list[Moment]:
    values = [*first_values, *(v for k in keys for v in ctx.evidence.values(k))]
    return [d for d in map(parse_machine, values) if d is not None]


def _time_element(ctx: Context) -> Moment | None:
    """The ``<time datetime>`` nearest the headline, not the first in the document (a
    header clock, a sidebar teaser); times in links to other pages date other pages, as do
    times after the article in a card beside such a link or in a comment; a time in the
    article's own permalink dates the article."""
    page, h1 = ctx.page, ctx.headline.el

    def elsewhere(a: etree._Element) -> bool:
        href = (a.get("href") or "").strip()
        if tag_of(a) != "a" or not href:
            return False
        own = page.url is not None and not href.startswith("#") and page.resolve(href) == page.url
        return not own

    end = ctx.layout.region_positions[1]
    times = [
        t
        for t in page.root.iter("time")
        if t.get("datetime")
        and t.get("itemprop") != "dateModified"
        and not any(elsewhere(a) for a in t.iterancestors())
        and not (page.position(t) >= end and date_markup.dates_another(t, page))
    ]
    if h1 is not None:
        anchor = page.position(h1)
        times.sort(key=lambda t: abs(page.position(t) - anchor))
    for t in times:
        found = parse_machine(t.get("datetime"))
        if isinstance(found, datetime) and found.tzinfo is None:
            zone = zone_shown(clean(string_value(t)))  # "04:01 PM EDT"
            found = found.replace(tzinfo=zone) if zone else found
        if found:
            return found
    return None


def _in_title(ctx: Context) -> Moment | None:
    """A date the document title carries as a part of its own between separators
    ("Stadtrat tagt - 14.03.2019 - Kreisblatt"), not one it is about ("Was am 11.
    September 2001 geschah")."""
    title = ctx.page.root.find(".//title")
    text = clean(string_value(title)) if title is not None else ""
    for part in _TITLE_SEPARATOR.split(text):
        found = parse_visible(part) if len(part.split()) <= 4 else None
        if found:
            return found
    return None


_TITLE_SEPARATOR = re.compile(r"\s+[-–—|·]\s+")


def _shown_in_text(ctx: Context) -> Moment | None:
    """A date the page shows but marks up nowhere: a short header line ("dpa am
    25.01.2022") or the dateline opening the first paragraph ("27.1.2022 - Bei ...")."""
    for block in ctx.layout.header:
        shown = parse_visible(block.text) if len(block.text) <= SHORT_LINE else None
        if shown:
            return shown
    paragraph = first_prose(ctx.layout.body)
    if paragraph is not None:
        opening = _OPENING_DATE.match(paragraph.text)
        if opening:
            return parse_visible(opening.group(1))
    return None


def _day(value: Moment, zone: tzinfo | None) -> date:
    """The calendar day of a date or time, in the page's zone when the time is aware."""
    if isinstance(value, datetime):
        return (value.astimezone(zone) if value.tzinfo and zone else value).date()
    return value


def _minute(value: Moment, zone: tzinfo | None) -> datetime | None:
    if not isinstance(value, datetime):
        return None
    value = value.astimezone(zone) if value.tzinfo and zone else value
    return value.replace(tzinfo=None, second=0, microsecond=0)


def _same_minute(a: Moment, b: Moment, zone: tzinfo | None) -> bool:
    minute = _minute(a, zone)
    return minute is not None and minute == _minute(b, zone)


def _agreeing(
    visible: Moment,
    published: Moment,
    declared: list[Moment],
    weak: list[Moment],
    timed: Moment | None,
    zone: tzinfo | None,
) -> Moment:
    """When the shown date disagrees with the first machine date, the page contradicts
    itself: trust a declared date the page shows (JSON-LD, ``article:published_time``); a weak
    one (``date``, ``dc.date``) only to the minute; a bare ``<time>`` or a later weak date
    never beats what readers see."""
    day = _day(visible, zone)
    shown = [d for d in declared if _day(d, zone) == day] + [
        d for d in weak if _day(d, zone) == day and (not declared or _same_minute(d, visible, zone))
    ]
    if shown:
        return max(shown, key=lambda d: isinstance(d, datetime))
    only_time = not declared and not weak and timed is not None
    later_weak = not declared and weak and _day(published, zone) > day
    return visible if only_time or later_weak else published
