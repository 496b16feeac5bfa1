"""layout/body and fields/links: an author's bio closing the story is no text; a link to a
tag or topic page in a teaser list is a topic, no teaser. The pages were written blind (see
their README)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import check_fixture_record, fixture_pages
from newsextract import extract

# Known gaps, each a defect still open: the test fails loudly once the gap is closed.
KNOWN_GAPS: dict[str, str] = {}


@pytest.mark.parametrize(("page", "expected"), fixture_pages("bios-topics", KNOWN_GAPS))
def test_bios_are_no_text_and_topic_links_no_teasers(page: Path, expected: dict) -> None:
    check_fixture_record(extract(page.read_bytes()).to_dict(), expected)
