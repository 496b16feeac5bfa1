"""layout/headline and fields/headline: the kicker above the headline, inside its heading
or as a link named as one, never a breadcrumb, date line, byline, row of categories,
sponsor line, reading time or the section's own label. The pages were written blind (see
their README)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsextract import extract

PAGES = sorted((Path(__file__).parent / "fixtures" / "kickers").glob("*.html"))


def test_there_are_kicker_pages() -> None:
    assert len(PAGES) >= 12


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_the_kicker_and_headline_are_what_the_page_shows(page: Path) -> None:
    expected = json.loads(page.with_suffix(".expected.json").read_text(encoding="utf-8"))
    record = extract(page.read_bytes()).to_dict()
    assert (record["kicker"], record["headline"]) == (expected["kicker"], expected["headline"])
