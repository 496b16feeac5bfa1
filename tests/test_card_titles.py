"""layout/cards: a teaser card's title is its headline only, whatever its markup: a
subheadline-named kicker beside a headline-named title, a subtitle-named kicker before the
link's bare text, a type style ("text-subtitle1") on the title, a description, date,
author, comment count or credit in the card, an empty overlay link that names its story.
The pages were written blind (see their README)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import check_fixture_record, fixture_pages
from newsextract import extract


@pytest.mark.parametrize(("page", "expected"), fixture_pages("card-titles"))
def test_cards_give_their_headline_as_title(page: Path, expected: dict) -> None:
    check_fixture_record(extract(page.read_bytes()).to_dict(), expected)
