"""layout/body: lines after the story's last sentence that are no text (a label over a
widget, a lone link, a newsroom-and-reporters credit, podcast, print and quiz promos, an
image credit) end up outside the body; reporting about apps, podcasts or live blogs stays.
The pages were written blind (see their README)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import LAST, PROSE, article, check_fixture_record, fixture_pages
from newsextract import extract

# Known gaps, each a defect still open: the test fails loudly once the gap is closed.
KNOWN_GAPS: dict[str, str] = {}


@pytest.mark.parametrize(("page", "expected"), fixture_pages("body-end", KNOWN_GAPS))
def test_lines_after_the_last_sentence_are_no_text(page: Path, expected: dict) -> None:
    check_fixture_record(extract(page.read_bytes()).to_dict(), expected)


@pytest.mark.parametrize(
    "closing",
    [f"<p>{LAST} ■</p>", f"<p>{LAST}&nbsp;♦</p>", f"<p>{LAST}</p><span class='end'>■</span>"],
)
def test_a_magazines_end_mark_is_no_part_of_the_last_sentence(closing: str) -> None:
    text = extract(article(f"<p>{PROSE * 3}</p>{closing}")).to_dict()["body"]["text"]
    assert text == f"{(PROSE * 3).strip()}\n\n{LAST}"
