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


def test_the_cms_excerpt_of_the_first_paragraph_makes_it_no_standfirst() -> None:
    from conftest import LAST, PROSE, article
    from newsextract import extract

    first = (
        "Der Gemeinderat hat am Montagabend den neuen Radweg entlang der Bundesstraße "
        "beschlossen, nach einer Debatte von mehr als drei Stunden und zwei Anträgen."
    )
    excerpt = " ".join(first.split()[:12]) + " ..."
    html = article(
        f"<div class='top-block'><p>{first}</p></div><div class='text'><p>{PROSE * 2}</p>"
        f"<p>{LAST}</p></div>",
        head=f'<meta name="description" content="{excerpt}">',
    )
    got = extract(html)
    assert got.summary == []
    assert got.text.startswith(first)


def test_a_bold_first_paragraph_opening_with_place_and_day_is_the_story() -> None:
    from conftest import LAST, PROSE, article
    from newsextract import extract

    first = (
        "Nendeln, 27.6.2025 – Anlässlich der Generalversammlung des Vereins wurde Anna Muster "
        "zur neuen Präsidentin gewählt. Sie folgt auf Ben Beispiel."
    )
    got = extract(article(f"<p><strong>{first}</strong></p><p>{PROSE * 2}</p><p>{LAST}</p>"))
    assert got.summary == []
    assert got.text.startswith(first)


def test_a_bold_standfirst_of_two_sentences_with_a_bold_link_and_a_question() -> None:
    from conftest import LAST, PROSE, article
    from newsextract import extract

    lead = (
        "<strong>Die ersten zehn Spieltage der </strong><a href='/liga'><strong>Bundesliga"
        "</strong></a><strong> sind gespielt. Wie sähe die Tabelle ohne Fehler aus?</strong>"
    )
    got = extract(article(f"<p>{lead}</p><p>{PROSE * 2}</p><p>{LAST}</p>"))
    assert got.summary == [
        "Die ersten zehn Spieltage der Bundesliga sind gespielt. Wie sähe die Tabelle ohne "
        "Fehler aus?"
    ]
    question = "<p><strong>Frau Muster, warum haben Sie den Verein verlassen?</strong></p>"
    assert extract(article(f"{question}<p>{PROSE * 2}</p><p>{LAST}</p>")).summary == []


def test_a_bold_lead_closing_on_its_byline_is_the_standfirst_and_the_byline() -> None:
    lead = (
        "<p><b>Der Rat streitet über den Haushalt. Am Ende stimmt eine knappe Mehrheit zu. "
        "Von Armin Beispiel</b></p>"
    )
    got = extract(article(f"<div>{lead}<p>{PROSE * 3}</p><p>{LAST}</p></div>"))
    assert got.summary == [
        "Der Rat streitet über den Haushalt. Am Ende stimmt eine knappe Mehrheit zu."
    ]
    assert [a.name for a in got.authors] == ["Armin Beispiel"]
    assert got.text.startswith(PROSE.strip())
