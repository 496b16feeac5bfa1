"""fields/authors, lexicon/bylines and lexicon/names: the persons a byline or closing credit
names, in the forms newsrooms use (names joined by '/', agencies and broadcasters after the
persons, the correspondent's place, labels and roles, 'Par'), never the newsroom, a CMS
user, degree letters, or an author only the metadata names. The pages were written blind
(see their README)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsextract import extract

PAGES = sorted((Path(__file__).parent / "fixtures" / "bylines").glob("*.html"))


def test_there_are_byline_pages() -> None:
    assert len(PAGES) >= 12


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_the_authors_are_the_persons_the_page_credits(page: Path) -> None:
    expected = json.loads(page.with_suffix(".expected.json").read_text(encoding="utf-8"))
    authors = extract(page.read_bytes()).to_dict()["authors"]
    persons = [a["name"] for a in authors if a["role"] not in ("agency", "organization")]
    assert persons == expected["authors"]
