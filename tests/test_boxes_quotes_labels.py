"""layout/body, layout/boxes and layout/teasers: boxes set into the text that are no part
of it: a funding or follow appeal with its title and intro lines, a list of the site's
channel promos, a pull quote said again with a word changed and its attribution line, a
related box far after the text whose cards carry long descriptions, and a teaser whose
label links to the card's story. The pages were written blind (see their README)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import check_fixture_record, fixture_pages
from newsextract import extract

# Known gaps, each a defect still open: the test fails loudly once the gap is closed.
KNOWN_GAPS: dict[str, str] = {}


@pytest.mark.parametrize(("page", "expected"), fixture_pages("boxes-quotes-labels", KNOWN_GAPS))
def test_boxes_quotes_and_labels_stay_out_of_the_text(page: Path, expected: dict) -> None:
    check_fixture_record(extract(page.read_bytes()).to_dict(), expected)
