"""layout/body: lines after the story's last sentence that are no text (a label over a
widget, a lone link, a newsroom-and-reporters credit, podcast, print and quiz promos, an
image credit) end up outside the body; reporting about apps, podcasts or live blogs stays.
The pages were written blind (see their README)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import check_fixture_record, fixture_pages
from newsextract import extract

# Known gaps, each a defect still open: the test fails loudly once the gap is closed.
KNOWN_GAPS: dict[str, str] = {}


@pytest.mark.parametrize(("page", "expected"), fixture_pages("body-end", KNOWN_GAPS))
def test_lines_after_the_last_sentence_are_no_text(page: Path, expected: dict) -> None:
    check_fixture_record(extract(page.read_bytes()).to_dict(), expected)
