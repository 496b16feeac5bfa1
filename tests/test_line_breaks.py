"""layout/blocks: the body's structure as its reader sees it where the markup does not give
it directly: paragraphs of <br> lines (a bold subheading over its text, an interviewer's
question over its answer, prose lines; an address, verse or a list of dates kept together),
wrappers of unknown or custom names, captions named only by class. The pages were written
blind (see their README)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import check_fixture_record, fixture_pages
from newsextract import extract

# Known gaps, each a defect still open: the test fails loudly once the gap is closed.
KNOWN_GAPS: dict[str, str] = {}


@pytest.mark.parametrize(("page", "expected"), fixture_pages("line-breaks", KNOWN_GAPS))
def test_the_body_is_structured_as_its_reader_sees_it(page: Path, expected: dict) -> None:
    check_fixture_record(extract(page.read_bytes()).to_dict(), expected)
