"""layout/teasers: a labelled teaser box beside the article's text, or a box of its own
inside the text's element, gives its cards to ``related`` (the title without kicker, date,
description or "| mehr") and none of its text to the body; the site's lists, footer, ads,
author, comment and section links are no teasers. The pages were written blind (see their
README)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import check_fixture_record, fixture_pages
from newsextract import extract

# Known gaps, each a defect still open: the test fails loudly once the gap is closed.
KNOWN_GAPS: dict[str, str] = {}


@pytest.mark.parametrize(("page", "expected"), fixture_pages("teaser-sections", KNOWN_GAPS))
def test_teaser_boxes_give_their_cards_to_related_and_no_text(page: Path, expected: dict) -> None:
    check_fixture_record(extract(page.read_bytes()).to_dict(), expected)
