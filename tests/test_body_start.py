"""layout/body: the body starts at the story's first sentence; a date line, a credit line, a
byline by agency code or a slideshow counter above it is no text, a sentence with a date is.
The pages were written blind (see their README)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import check_fixture_record, fixture_pages
from newsextract import extract

# Known gaps, each a defect still open: the test fails loudly once the gap is closed.
KNOWN_GAPS: dict[str, str] = {}


@pytest.mark.parametrize(("page", "expected"), fixture_pages("body-start", KNOWN_GAPS))
def test_the_body_starts_at_the_first_sentence(page: Path, expected: dict) -> None:
    check_fixture_record(extract(page.read_bytes()).to_dict(), expected)
