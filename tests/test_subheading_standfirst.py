"""layout/header and layout/lead: a standfirst set as a heading under the headline (a
sentence, not a title, no date line) is the summary when the page has no other; a short
title-like second line, a date line or a section heading above a standfirst paragraph is
not. The pages were written blind (see their README)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import check_fixture_record, fixture_pages
from newsextract import extract

# Known gaps, each a defect still open: the test fails loudly once the gap is closed.
KNOWN_GAPS: dict[str, str] = {}


@pytest.mark.parametrize(("page", "expected"), fixture_pages("subheading-standfirst", KNOWN_GAPS))
def test_a_standfirst_set_as_a_subheading_is_the_summary(page: Path, expected: dict) -> None:
    check_fixture_record(extract(page.read_bytes()).to_dict(), expected)
