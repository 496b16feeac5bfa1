"""layout/body and lexicon/labels: a box of its own around a list of what the site's app,
e-paper or newsletter offers, with its call line and its dismiss link, is no text; a list
about an app that the story reports on stays. The pages were written blind (see their
README)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import check_fixture_record, fixture_pages
from newsextract import extract

# Known gaps, each a defect still open: the test fails loudly once the gap is closed.
KNOWN_GAPS: dict[str, str] = {}


@pytest.mark.parametrize(("page", "expected"), fixture_pages("promo-boxes", KNOWN_GAPS))
def test_a_box_promoting_the_site_s_channels_is_no_text(page: Path, expected: dict) -> None:
    check_fixture_record(extract(page.read_bytes()).to_dict(), expected)
