"""layout/chrome, layout/body and layout/teasers: what the article's text holds that is no
text: a widget around form controls (a poll, a newsletter sign-up, a quiz), a line pointing
at the site's own piece on the matter and ending on its title, a heading that titles only a
list of links to other stories, a labelled box whose lead-in ends on a colon. The pages
were written blind (see their README)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import check_fixture_record, fixture_pages
from newsextract import extract

# Known gaps, each a defect still open: the test fails loudly once the gap is closed.
KNOWN_GAPS: dict[str, str] = {
    "de-foerderprogramm-mehr-zum-thema": "an article split over sibling CMS frames of "
    "different classes (frame-type-text, frame-type-textpic): only the first is the body",
}


@pytest.mark.parametrize(("page", "expected"), fixture_pages("widgets-pointers", KNOWN_GAPS))
def test_widgets_and_pointers_are_no_text(page: Path, expected: dict) -> None:
    check_fixture_record(extract(page.read_bytes()).to_dict(), expected)
