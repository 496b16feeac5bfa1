"""layout/lead: the body starts at its first sentence once the standfirst is settled: date
lines and name-and-date lines left between the standfirst and the text, and a byline set as
the first line of the first paragraph, are no text; the standfirst is the summary. The
pages were written blind (see their README)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import check_fixture_record, fixture_pages
from newsextract import extract

# Known gaps, each a defect still open: the test fails loudly once the gap is closed.
KNOWN_GAPS: dict[str, str] = {}


@pytest.mark.parametrize(("page", "expected"), fixture_pages("body-top", KNOWN_GAPS))
def test_the_body_starts_at_its_first_sentence_after_the_standfirst(
    page: Path, expected: dict
) -> None:
    check_fixture_record(extract(page.read_bytes()).to_dict(), expected)


def test_a_time_relative_to_now_at_the_bodys_top_is_no_text() -> None:
    from conftest import LAST, PROSE, article
    from newsextract import extract

    for line in ("1 day ago", "vor 5 Stunden", "il y a 2 heures"):
        got = extract(article(f"<p>{line}</p><p>{PROSE * 2}</p><p>{LAST}</p>"))
        assert got.text == f"{(PROSE * 2).strip()}\n\n{LAST}", line
