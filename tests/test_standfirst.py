"""layout/lead: a first paragraph set in bold as a whole is the standfirst; a bold dateline
lead, an interview's question, a speaker label or a bold name inside a sentence is not. The
pages were written blind (see their README)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from newsextract import extract

PAGES = sorted((Path(__file__).parent / "fixtures" / "standfirst").glob("*.html"))


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_a_bold_first_paragraph_is_the_standfirst(page: Path) -> None:
    expected = json.loads(page.with_suffix(".expected.json").read_text(encoding="utf-8"))
    record = extract(page.read_bytes()).to_dict()
    assert record["summary"] == expected["summary"]
    assert re.sub(r"\s+", " ", record["body"]["text"]).startswith(expected["body_first"])
