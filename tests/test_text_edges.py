"""layout/body and lexicon: what sits right next to the article's text but is no text: a
reviewed book's details, the reporters credited in parentheses (the signature), a person
box, a pointer at an embed and a label over a title, the comment section's policy note,
key points set as paragraphs in a box named so (the summary), a caption repeating its
picture's alt text, the newsrooms as the last line (the signature). The pages were written
blind (see their README)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import check_fixture_record, fixture_pages
from newsextract import extract

# Known gaps, each a defect still open: the test fails loudly once the gap is closed.
KNOWN_GAPS: dict[str, str] = {}


@pytest.mark.parametrize(("page", "expected"), fixture_pages("text-edges", KNOWN_GAPS))
def test_what_sits_next_to_the_text_is_no_text(page: Path, expected: dict) -> None:
    check_fixture_record(extract(page.read_bytes()).to_dict(), expected)
