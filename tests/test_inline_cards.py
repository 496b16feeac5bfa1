"""layout/body and fields/links: teaser cards of the site's other stories set inside the
text without a label (a picture card with its kicker, a card with a linked heading and a
description, a video card, a paragraph holding only a headline link, a small list of
headlines) are related teasers and no text; links in sentences, to topic pages, to other
sites, to the comments and job ads are none. The pages were written blind (see their
README)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import check_fixture_record, fixture_pages
from newsextract import extract

# Known gaps, each a defect still open: the test fails loudly once the gap is closed.
KNOWN_GAPS: dict[str, str] = {}


@pytest.mark.parametrize(("page", "expected"), fixture_pages("inline-cards", KNOWN_GAPS))
def test_cards_inside_the_text_are_related_teasers(page: Path, expected: dict) -> None:
    check_fixture_record(extract(page.read_bytes()).to_dict(), expected)
