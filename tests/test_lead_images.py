"""fields/image: the lead image is the article's own picture, never a counter pixel, an
author's portrait, a logo, an icon, a transparent placeholder or the site's default share
picture; a real og:image stands in when the article shows none. The pages were written
blind (see their README)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import fixture_pages
from newsextract import extract

# Known gaps, each a defect still open: the test fails loudly once the gap is closed.
KNOWN_GAPS: dict[str, str] = {}


@pytest.mark.parametrize(("page", "expected"), fixture_pages("lead-images", KNOWN_GAPS))
def test_the_lead_image_is_the_article_s_own_picture(page: Path, expected: dict) -> None:
    image = extract(page.read_bytes()).to_dict()["image"]
    assert (image["url"] if image else None) == expected["image_url"]
