"""layout/body: subheadings set as paragraphs (bold lines alone, paragraphs named so) are
headings; bold sentences, questions, teasers and names are not. The pages were written blind
(see their README)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import fixture_pages
from newsextract import extract


@pytest.mark.parametrize(("page", "expected"), fixture_pages("crossheads"))
def test_subheadings_set_as_paragraphs_are_headings(page: Path, expected: dict) -> None:
    record = extract(page.read_bytes()).to_dict()
    assert record["headings"] == expected["headings"]
    for snippet in expected["in_body"]:
        assert snippet in record["body"]["text"]
