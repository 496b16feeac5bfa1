"""fields/dates: the publication date a reader sees, in the forms newsrooms print it (label
and value, a definition list, a date inside the byline sentence or a closing sentence,
English month names on German pages, French, Italian and Dutch dates), on pages without
date metadata; a teaser's or a photo's date is never it. The pages were written blind (see
their README)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import check_fixture_record, fixture_pages
from newsextract import extract

# Known gaps, each a defect still open: the test fails loudly once the gap is closed.
KNOWN_GAPS: dict[str, str] = {}


@pytest.mark.parametrize(("page", "expected"), fixture_pages("visible-dates", KNOWN_GAPS))
def test_the_date_a_reader_sees_is_the_publication_date(page: Path, expected: dict) -> None:
    record = extract(page.read_bytes()).to_dict()
    assert record["published"] == expected["published"]
    check_fixture_record(record, {"not_in_body": [], "in_body": [], **expected})
