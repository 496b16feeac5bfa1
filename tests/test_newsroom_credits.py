"""fields/authors: the site itself or its newsroom credited in a byline ("Die Redaktion",
the site's name, its brand with a region) is no author; persons beside it are, and a
person whose name shares a word with the site stays. The pages were written blind (see
their README)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import fixture_pages
from newsextract import extract

# Known gaps, each a defect still open: the test fails loudly once the gap is closed.
KNOWN_GAPS: dict[str, str] = {}


@pytest.mark.parametrize(("page", "expected"), fixture_pages("newsroom-credits", KNOWN_GAPS))
def test_the_site_and_its_newsroom_are_no_authors(page: Path, expected: dict) -> None:
    assert extract(page.read_bytes()).to_dict()["authors"] == expected["authors"]
