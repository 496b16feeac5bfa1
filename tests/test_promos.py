"""layout/classify and lexicon/labels: the site's promos for its own channels (newsletter,
app, messenger, live ticker, podcast, Google News) and the placeholders of embeds awaiting
consent are no text; reporting about an app or a newsletter, and quotes that address
someone, stay text. The pages were written blind (see their README)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import check_fixture_record, fixture_pages
from newsextract import extract

# Known gaps, each a defect still open: the test fails loudly once the gap is closed.
KNOWN_GAPS: dict[str, str] = {}


@pytest.mark.parametrize(("page", "expected"), fixture_pages("promos", KNOWN_GAPS))
def test_promos_and_consent_placeholders_are_no_text(page: Path, expected: dict) -> None:
    check_fixture_record(extract(page.read_bytes()).to_dict(), expected)
