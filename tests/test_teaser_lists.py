"""layout/classify and layout/cards: teasers set inside the text, as a list of "Topic:
<a>title</a>" items or as cards whose link holds a short kicker span before the title, go
to ``related`` (the title alone) and never into the body; lists of facts with links inside
their sentences stay text. The pages were written blind (see their README)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import check_fixture_record, fixture_pages
from newsextract import extract

# Known gaps, each a defect still open: the test fails loudly once the gap is closed.
KNOWN_GAPS: dict[str, str] = {}


@pytest.mark.parametrize(("page", "expected"), fixture_pages("teaser-lists", KNOWN_GAPS))
def test_teaser_lists_and_kicker_cards_in_the_text_are_related(page: Path, expected: dict) -> None:
    check_fixture_record(extract(page.read_bytes()).to_dict(), expected)
