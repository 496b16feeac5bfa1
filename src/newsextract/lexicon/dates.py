"""Dates and times: parse machine-readable and visible forms, write RFC 3339 with offset.

German pages print local time without an offset; it is Europe/Berlin time, whose offset
(CET +01:00 or CEST +02:00) follows the date. Machine-readable instants are written in the
page's zone, so the desktop and AMP copy of one article give the same string.
"""

from __future__ import annotations

import re
import warnings
from datetime import date, datetime, tzinfo
from urllib.parse import urlsplit

from dateutil import parser as dateparser
from dateutil import tz

BERLIN = tz.gettz("Europe/Berlin")


def local_zone(language: str | None) -> tzinfo | None:
    """The zone a page's naive times are in: German pages print Berlin time (CET/CEST);
    elsewhere a naive time stays without offset."""
    return BERLIN if language == "de" else None


# Zone abbreviations found in metadata, as fixed offsets in seconds.
TZ_NAMES = {
    "UTC": 0,
    "GMT": 0,
    "Z": 0,
    "CET": 3600,
    "MEZ": 3600,
    "CEST": 7200,
    "MESZ": 7200,
    "BST": 3600,
    "WET": 0,
    "WEST": 3600,
    "EET": 7200,
    "EEST": 10800,
    "EST": -18000,
    "EDT": -14400,
    "CST": -21600,
    "CDT": -18000,
    "MST": -25200,
    "MDT": -21600,
    "PST": -28800,
    "PDT": -25200,
    "AKST": -32400,
    "AKDT": -28800,
    "HST": -36000,
    "IST": 19800,
    "JST": 32400,
    "KST": 32400,
    "AEST": 36000,
    "AEDT": 39600,
}
# Regional names that stand for whichever of standard or daylight time is in force that day.
_REGION_ZONES = {
    "ET": "America/New_York",
    "CT": "America/Chicago",
    "MT": "America/Denver",
    "PT": "America/Los_Angeles",
}
_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-]([01]?\d)[/-]([0-3]?\d)(?:/|-|$)")

GERMAN_MONTHS = {
    "januar": 1,
    "jan": 1,
    "jänner": 1,
    "februar": 2,
    "feb": 2,
    "märz": 3,
    "maerz": 3,
    "mär": 3,
    "april": 4,
    "apr": 4,
    "mai": 5,
    "juni": 6,
    "jun": 6,
    "juli": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "oktober": 10,
    "okt": 10,
    "november": 11,
    "nov": 11,
    "dezember": 12,
    "dez": 12,
}
ENGLISH_MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}

# Month names of the other languages newsextract reads (French, Italian, Spanish, Portuguese,
# Dutch), with their usual abbreviations; German and English ones have their own tables.
OTHER_MONTHS = {
    **dict.fromkeys(("janvier", "janv", "gennaio", "enero", "janeiro", "januari"), 1),
    **dict.fromkeys(
        ("février", "fevrier", "févr", "fevr", "febbraio", "febrero", "fevereiro", "februari"), 2
    ),
    **dict.fromkeys(("mars", "marzo", "março", "marco", "maart"), 3),
    **dict.fromkeys(("avril", "avr", "aprile", "abril"), 4),
    **dict.fromkeys(("mai", "maggio", "mayo", "maio", "mei"), 5),
    **dict.fromkeys(("juin", "giugno", "junio", "junho", "juni"), 6),
    **dict.fromkeys(("juillet", "juil", "luglio", "julio", "julho", "juli"), 7),
    **dict.fromkeys(("août", "aout", "agosto", "augustus"), 8),
    **dict.fromkeys(("septembre", "settembre", "septiembre", "setiembre", "setembro"), 9),
    **dict.fromkeys(("octobre", "ottobre", "octubre", "outubro", "oktober"), 10),
    **dict.fromkeys(("novembre", "noviembre", "novembro"), 11),
    **dict.fromkeys(("décembre", "decembre", "déc", "dicembre", "diciembre", "dezembro"), 12),
}

_TIME = (
    r"(?:,?\s*(?:um\s+|[-–·•|]\s*)?(?P<h>[01]?\d|2[0-3])[.:h](?P<mi>[0-5]\d)"
    r"(?:[:.](?P<s>[0-5]\d))?\s*(?:Uhr|h\b)?)?"
)
_NUMERIC = re.compile(
    r"(?<![\d.])(?P<d>[0-3]?\d)\.\s?(?P<m>[01]?\d)\.\s?(?P<y>(?:19|20)\d\d)(?!\d)" + _TIME
)
_GERMAN_WORDS = re.compile(
    r"(?<!\d)(?P<d>[0-3]?\d)\.\s*(?P<mon>"
    + "|".join(sorted(GERMAN_MONTHS, key=len, reverse=True))
    + r")\.?\s+(?P<y>(?:19|20)\d\d)"
    + _TIME,
    re.I,
)
# "3 mars 2024 à 10h12", "1er août 2023", "12 de marzo de 2024, 10:15", "5 maggio 2024 alle
# 9.30", "3 maart 2024 om 10.12": the day, the month's name, the year, a time after a word.
_OTHER_WORDS = re.compile(
    r"(?<![\d.])(?P<d>[0-3]?\d)(?:er|º|°)?\s+(?:de\s+)?(?P<mon>"
    + "|".join(sorted(OTHER_MONTHS, key=len, reverse=True))
    + r")\.?\s+(?:de\s+)?(?P<y>(?:19|20)\d\d)"
    r"(?:,?\s*(?:à|a las|alle|às|om|-|\|)?\s*(?P<h>[01]?\d|2[0-3])[:h.](?P<mi>[0-5]\d)(?!\d)"
    r"(?:[:.](?P<s>[0-5]\d))?(?:\s*(?:Uhr|h\b))?)?",
    re.I,
)
# "März 3, 2018": a German month name written month first, as English dates are.
_GERMAN_MONTH_FIRST = re.compile(
    r"\b(?P<mon>"
    + "|".join(sorted(GERMAN_MONTHS, key=len, reverse=True))
    + r")\.?\s+(?P<d>[0-3]?\d),\s+(?P<y>(?:19|20)\d\d)"
    + _TIME,
    re.I,
)
_ENGLISH_MONTH = "|".join(sorted(ENGLISH_MONTHS, key=len, reverse=True))
_ENGLISH_TIME = (
    r"(?:,?\s*(?:at\s+|[-–·•|]\s*)?(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)\s*"
    r"(?P<ampm>[ap]\.?m\.?)?)?"
)
_ENGLISH_WORDS = re.compile(
    r"\b(?P<mon>"
    + _ENGLISH_MONTH
    + r")\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)"
    + _ENGLISH_TIME,
    re.I,
)
# "1 June 2019 at 08:34 PM", "9th Oct 2019": the day first, as British and Indian sites write;
# "31. March 2019": an English month name on a German page.
_ENGLISH_DAY_FIRST = re.compile(
    r"(?<![\d.])(?P<d>[0-3]?\d)(?:st|nd|rd|th|\.)?\s+(?P<mon>"
    + _ENGLISH_MONTH
    + r")\.?,?\s+(?P<y>(?:19|20)\d\d)"
    + _ENGLISH_TIME,
    re.I,
)
# "Do 25.04.24 | 14:07 Uhr": two-digit year, only with two-digit day and month and nothing
# numeric after it (no version numbers, no "25.04.2024").
_NUMERIC_SHORT = re.compile(
    r"(?<![\d.])(?P<d>[0-3]\d)\.(?P<m>[01]\d)\.(?P<y>\d\d)(?![\d.:])" + _TIME
)
# "Datum: 3.4.15": a one-digit day or month with a two-digit year, only after a date label
# (else it is a version number or a score).
_LABELLED_SHORT = re.compile(
    r"\b(?:datum|am|vom|stand|erschienen|veröffentlicht)\s*:?\s*"
    r"(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>\d\d)(?![\d.:])" + _TIME,
    re.I,
)
# "14 | 03 | 2019": day, month and year set apart by bars.
_BARRED = re.compile(
    r"(?<!\d)(?P<d>[0-3]?\d)\s*\|\s*(?P<m>[01]?\d)\s*\|\s*(?P<y>(?:19|20)\d\d)(?!\d)" + _TIME
)
# "11/28/2016 11:00 AM PT": month first as in the US, unless the first number cannot be a
# month ("28/11/2016"); a pair that could be either is read only with a 12-hour clock.
_SLASHED = re.compile(
    r"(?<![\d/])(?P<m>[0-3]?\d)/\s?(?P<d>[0-3]?\d)/(?P<y>(?:19|20)\d\d)(?![\d/])" + _ENGLISH_TIME,
    re.I,
)
_ISO_IN_TEXT = re.compile(
    r"(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:[T ](?P<h>[0-2]\d):(?P<mi>[0-5]\d))?"
)


# Milliseconds written after a colon: "2021-03-04T10:15:30:123Z".
_ODD_FRACTION = re.compile(r"(T\d\d:\d\d:\d\d):(\d{1,6})(?=Z|[+-]\d|$)")


def parse_machine(value: str | None) -> datetime | date | None:
    """Parse an ISO 8601 / RFC 2822 timestamp from metadata; a bare date stays a date."""
    if not value or not isinstance(value, str):
        return None
    value = _ODD_FRACTION.sub(r"\1.\2", value.strip())  # "10:15:30:123Z" -> "10:15:30.123Z"
    if re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    try:
        parsed = dateparser.isoparse(value)
    except (ValueError, OverflowError):
        # "01-11-2023" and "01.11.2023" are day-first; "11/01/2023" is American month-first.
        dayfirst = bool(re.match(r"^\d{1,2}[.-]\d{1,2}[.-]\d{4}", value))
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # unknown zone names: handled via TZ_NAMES
                parsed = dateparser.parse(value, dayfirst=dayfirst, tzinfos=TZ_NAMES)
        except (ValueError, OverflowError, TypeError):
            return None
    if not 1990 <= parsed.year <= 2100:
        return None
    if not re.search(r"\d:\d|\dT\d", value):
        return parsed.date()  # "December 1, 2016" names a day, not its midnight
    return parsed


def _build(
    y: str,
    m: int,
    d: str,
    h: str | None,
    mi: str | None,
    s: str | None = None,
    ampm: str | None = None,
) -> datetime | date | None:
    try:
        if h is None:
            return date(int(y), m, int(d))
        hour = int(h)
        if ampm:
            hour = hour % 12 + (12 if ampm.lower().startswith("p") else 0)
        return datetime(int(y), m, int(d), hour, int(mi), int(s or 0))
    except ValueError:
        return None


def parse_visible(text: str) -> datetime | date | None:
    """Find a date (and time) written for readers: "22.07.2025 14.42", "22. Juli 2025, 14:42 Uhr",
    "July 22, 2025 at 2:42 pm", "2025-07-22 14:42", "3 mars 2024 à 10h12", "März 3, 2018".
    Returns naive local time, or an aware one when a zone is printed after the time ("4:01
    PM EDT")."""
    patterns = (_NUMERIC, _GERMAN_WORDS, _ENGLISH_WORDS, _ENGLISH_DAY_FIRST, _ISO_IN_TEXT)
    others = (_OTHER_WORDS, _GERMAN_MONTH_FIRST, _SLASHED, _NUMERIC_SHORT, _LABELLED_SHORT, _BARRED)
    for pattern in (*patterns, *others):
        match = pattern.search(text)
        if not match:
            continue
        g = match.groupdict()
        if "mon" in g and g["mon"]:
            months = _MONTHS_OF.get(pattern, ENGLISH_MONTHS)
            month = months[g["mon"].lower().rstrip(".")]
        else:
            month = int(g["m"])
        if pattern is _SLASHED:
            if month > 12:
                month, g["d"] = int(g["d"]), g["m"]
            elif int(g["d"]) <= 12 and not g["ampm"]:
                continue
        if len(g["y"]) == 2:
            g["y"] = f"20{g['y']}"
        found = _build(g["y"], month, g["d"], g.get("h"), g.get("mi"), g.get("s"), g.get("ampm"))
        if found is not None and 1990 <= found.year <= 2100:
            zone = zone_after(text[match.end() :]) if isinstance(found, datetime) else None
            return found.replace(tzinfo=zone) if zone else found
    return None


_MONTHS_OF = {
    _GERMAN_WORDS: GERMAN_MONTHS,
    _GERMAN_MONTH_FIRST: GERMAN_MONTHS,
    _OTHER_WORDS: OTHER_MONTHS,
}

_ZONE_AFTER = re.compile(r"^\s*\(?([A-Z]{1,4})\)?(?![\w])")


def zone_after(text: str) -> tzinfo | None:
    """The zone abbreviation printed right after a time ("4:01 PM EDT", "11:05 IST")."""
    match = _ZONE_AFTER.match(text)
    name = match.group(1) if match else None
    if name in _REGION_ZONES:
        return tz.gettz(_REGION_ZONES[name])
    if name not in TZ_NAMES:
        return None
    return tz.tzoffset(name, TZ_NAMES[name])


_CLOCK = re.compile(r"\d{1,2}:\d\d(?::\d\d)?\s*(?:[ap]\.?m\.?)?", re.I)


# A clock time standing alone, as a live ticker stamps its entries ("16:45 Uhr", "9.30 h",
# "4:45 p.m.", "16:45 | 14.02."): no sentence of the text.
_TIME_STAMP = re.compile(
    r"^(?:\d{1,2}[:.]\d\d(?::\d\d)?\s*(?:uhr|h|[ap]\.?m\.?)?)"
    # its zone ("4:18 PM EDT") and the entry's link buttons set beside it ("Copy link")
    r"(?:\s+(?:[ecmp][sd]t|et|ct|pt|gmt|bst|utc|cet|cest|mez|mesz|aest|aedt))?"
    r"(?:\s*[|,·-]?\s*\d{1,2}\.\s?\d{1,2}\.(?:\d{2,4})?)?"
    r"(?:\s*(?:copy link|share(?: this)?|link kopieren|teilen|permalink)[\s-]*)*$",
    re.I,
)


def is_time_stamp(text: str) -> bool:
    """The text is a clock time alone (a ticker entry's stamp), with at most its day."""
    return bool(_TIME_STAMP.match(text.strip()))


def zone_shown(text: str) -> tzinfo | None:
    """The zone a visible time is given in, if the text prints one after its clock time."""
    match = _CLOCK.search(text)
    return zone_after(text[match.end() :]) if match else None


# "/14-03-2020/", "/14.03.2020-": the day first; "/20190305-", "/art-20190305.html": compact.
_URL_DATE_DAY_FIRST = re.compile(r"[/_-]([0-3]\d)[.-]([01]\d)[.-]((?:19|20)\d\d)(?:[/_.-]|$)")
_URL_DATE_COMPACT = re.compile(r"(?<![\d])((?:19|20)\d\d)([01]\d)([0-3]\d)(?![\d])")


def from_url(url: str | None) -> date | None:
    """A date in the URL path ("/2023/10/31/", "/2023-10-31-", "/31-10-2023/",
    "/20231031-"), as a date only; the host and query are never read."""
    try:
        path = urlsplit(url or "").path
    except ValueError:
        return None
    for pattern, order in (
        (_URL_DATE, (1, 2, 3)),
        (_URL_DATE_DAY_FIRST, (3, 2, 1)),
        (_URL_DATE_COMPACT, (1, 2, 3)),
    ):
        match = pattern.search(path)
        if not match:
            continue
        y, m, d = (int(match.group(i)) for i in order)
        try:
            found = date(y, m, d)
        except ValueError:
            continue
        if 1990 <= found.year <= 2100:
            return found
    return None


def format_rfc3339(value: datetime | date | None, zone: tzinfo | None) -> str | None:
    """RFC 3339 text: naive times are taken as ``zone`` local time, aware ones shown in ``zone``.

    Without a zone a naive time stays without offset; a bare date stays "YYYY-MM-DD".
    """
    if value is None:
        return None
    if not isinstance(value, datetime):
        return value.isoformat()
    if value.tzinfo is None:
        if zone is not None:
            value = value.replace(tzinfo=zone)
    elif zone is not None:
        value = value.astimezone(zone)
    return value.isoformat(timespec="seconds")
