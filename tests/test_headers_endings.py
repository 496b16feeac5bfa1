"""The header and the end of the text in markups of their own: a section's label over the
headline (with a status badge beside it) is the kicker, a row of categories or a skip link
is not; labelled date lines are no standfirst; the section's "More in ..." box is related,
the whole site's is not; a wire desk credit or an Austrian credit closes the text as its
signature; ad labels, calls for tips and newsletter sign-up boxes are no text; a magazine's
end mark is no part of the last sentence; a time without offset takes the offset another
source gives it. The pages were written blind (see their README)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import check_fixture_record, fixture_pages
from newsextract import extract

# Known gaps, each a defect still open: the test fails loudly once the gap is closed.
KNOWN_GAPS: dict[str, str] = {}


@pytest.mark.parametrize(("page", "expected"), fixture_pages("headers-endings", KNOWN_GAPS))
def test_headers_and_endings_read_as_a_reader_reads_them(page: Path, expected: dict) -> None:
    check_fixture_record(extract(page.read_bytes()).to_dict(), expected)
