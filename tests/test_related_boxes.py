"""layout/teasers: a box of teasers after the article that only its markup names for
related stories (no label), or whose label opens with an icon, gives its cards to
``related`` (the title without its glued overline or the picture's credit) and none of its
text to the body; a box so named that is the site's feed ("Aktuelle News", "Weitere
Meldungen", "Latest news", a feed of a dozen cards or more, one lone card) gives nothing.
The pages were written blind (see their README)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import check_fixture_record, fixture_pages
from newsextract import extract

# Known gaps, each a defect still open: the test fails loudly once the gap is closed.
KNOWN_GAPS: dict[str, str] = {
    "de-drupal-views-news-related": "a card's link with a two-word slug under a section "
    "folder (/ratgeber/strompreise-betriebe) is taken for a section page, not a story",
}


@pytest.mark.parametrize(("page", "expected"), fixture_pages("related-boxes", KNOWN_GAPS))
def test_named_and_icon_labelled_boxes_give_their_cards_to_related(
    page: Path, expected: dict
) -> None:
    check_fixture_record(extract(page.read_bytes()).to_dict(), expected)
