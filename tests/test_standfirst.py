"""layout/lead: a first paragraph set in bold as a whole is the standfirst; a bold dateline
lead, an interview's question, a speaker label or a bold name inside a sentence is not. The
pages were written blind (see their README)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import fixture_pages
from newsextract import extract


@pytest.mark.parametrize(("page", "expected"), fixture_pages("standfirst"))
def test_a_bold_first_paragraph_is_the_standfirst(page: Path, expected: dict) -> None:
    record = extract(page.read_bytes()).to_dict()
    assert record["summary"] == expected["summary"]
    assert re.sub(r"\s+", " ", record["body"]["text"]).startswith(expected["body_first"])
