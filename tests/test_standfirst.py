"""layout/lead: a first paragraph set in bold as a whole is the standfirst; a bold dateline
lead, an interview's question, a speaker label or a bold name inside a sentence is not. The
pages were written blind (see their README)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import LAST, PROSE, article, fixture_pages
from newsextract import extract


@pytest.mark.parametrize(("page", "expected"), fixture_pages("standfirst"))
def test_a_bold_first_paragraph_is_the_standfirst(page: Path, expected: dict) -> None:
    record = extract(page.read_bytes()).to_dict()
    assert record["summary"] == expected["summary"]
    assert re.sub(r"\s+", " ", record["body"]["text"]).startswith(expected["body_first"])


def test_a_described_lead_after_the_authors_list_is_the_standfirst() -> None:
    lead = "Leasen, finanzieren oder kaufen? Wer ein neues Auto will, hat mehrere Möglichkeiten."
    page = article(
        "<div class='content'><ul class='authors'><li>Expertin Anna Muster</li></ul>"
        f"<div class='lead'><p>{lead}</p></div>"
        f"<div class='text'><p>{PROSE * 3}</p><p>{LAST}</p></div></div>",
        head=f"<meta name='description' content='{lead}'>",
    )
    record = extract(page).to_dict()
    assert record["summary"] == [lead]
    assert lead not in record["body"]["text"]


def test_a_place_name_standing_above_the_first_paragraph_joins_its_sentence() -> None:
    page = article(f"<div class='text'><p>Chemnitz.</p><p>{PROSE * 3}</p><p>{LAST}</p></div>")
    text = extract(page).to_dict()["body"]["text"]
    assert text.startswith(f"Chemnitz. {PROSE.strip()}")
