"""lexicon/labels and layout/body: lines that point to media (a gallery pointer
"Bildergalerie: ...", an image's file name where its caption should be, "Weitere Videos"
over the site's video list) are neither text nor headings; headings with a colon and prose
about a gallery stay. The pages were written blind (see their README)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import check_fixture_record, fixture_pages
from newsextract import extract

# Known gaps, each a defect still open: the test fails loudly once the gap is closed.
KNOWN_GAPS: dict[str, str] = {}


@pytest.mark.parametrize(("page", "expected"), fixture_pages("media-pointers", KNOWN_GAPS))
def test_media_pointers_are_neither_text_nor_headings(page: Path, expected: dict) -> None:
    check_fixture_record(extract(page.read_bytes()).to_dict(), expected)
