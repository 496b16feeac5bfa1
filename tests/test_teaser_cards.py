"""layout/teasers, layout/cards and layout/body: teaser cards and what is no text: a label
closing the text over the box that opens after it, cards that are one link around a
picture and two spans, a picture link's badge ("mit Video") that is no title, a teaser
line set as a quote, a relative time with its poster after the text. The pages were
written blind (see their README)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import check_fixture_record, fixture_pages
from newsextract import extract

# Known gaps, each a defect still open: the test fails loudly once the gap is closed.
KNOWN_GAPS: dict[str, str] = {}


@pytest.mark.parametrize(("page", "expected"), fixture_pages("teaser-cards", KNOWN_GAPS))
def test_teaser_cards_give_related_and_no_text(page: Path, expected: dict) -> None:
    check_fixture_record(extract(page.read_bytes()).to_dict(), expected)
