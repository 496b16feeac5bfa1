"""layout/body: subheadings set as paragraphs (bold lines alone, paragraphs named so) are
headings; bold sentences, questions, teasers and names are not. The pages were written blind
(see their README)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsextract import extract

PAGES = sorted((Path(__file__).parent / "fixtures" / "crossheads").glob("*.html"))


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_subheadings_set_as_paragraphs_are_headings(page: Path) -> None:
    expected = json.loads(page.with_suffix(".expected.json").read_text(encoding="utf-8"))
    record = extract(page.read_bytes()).to_dict()
    assert record["headings"] == expected["headings"]
    for snippet in expected["in_body"]:
        assert snippet in record["body"]["text"]
