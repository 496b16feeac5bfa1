"""fields/authors: the authors from closing name lines, byline markup and declared authors."""

from __future__ import annotations

import pytest

from conftest import LAST, PROSE, article
from newsextract import extract


def test_closing_name_line_is_the_byline_not_body() -> None:
    got = extract(article(f"<p>{PROSE * 3}</p><p><b><i>Stefan Beispiel</i></b></p>"))
    assert [a.name for a in got.authors] == ["Stefan Beispiel"]
    assert "Stefan Beispiel" not in got.text


def test_author_markup_without_von() -> None:
    byline = (
        '<div class="article-byline"><span class="simple">Anna Muster</span>'
        '<span class="simple">Jan Beispiel</span></div>'
    )
    got = extract(article(byline + f"<p>{PROSE * 3}</p>"))
    assert [a.name for a in got.authors] == ["Anna Muster", "Jan Beispiel"]


def test_site_name_is_no_author_and_a_declared_organisation_is_one_with_its_role() -> None:
    head = (
        '<link rel="canonical" href="https://www.auto-zeitung.de/a/1">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "author": '
        '[{"@type": "Organization", "name": "Verlag GmbH"}, "AUTO ZEITUNG"]}</script>'
    )
    got = extract(article(f"<p>{PROSE * 3}</p>", head=head))
    assert [(a.name, a.role) for a in got.authors] == [("Verlag GmbH", "organization")]
    assert "authors: no byline found; the organisation declared as author" in got.warnings
    person = head.replace('"AUTO ZEITUNG"', '{"@type": "Person", "name": "Eva Muster"}')
    got = extract(article(f"<p>{PROSE * 3}</p><aside>Eva Muster</aside>", head=person))
    assert [(a.name, a.role) for a in got.authors] == [("Eva Muster", None)]


def _credits(byline: str) -> list[tuple[str, str | None]]:
    got = extract(article(f"<p class='byline'>{byline}</p><p>{PROSE * 3}</p>"))
    return [(a.name, a.role) for a in got.authors]


def test_agencies_written_out_or_in_capitals_are_agencies() -> None:
    assert _credits("Von Konstantin Beispiel, Deutsche Presse-Agentur") == [
        ("Konstantin Beispiel", None),
        ("Deutsche Presse-Agentur", "agency"),
    ]
    assert _credits("Von DPA") == [("DPA", "agency")]
    assert _credits("By Associated Press") == [("Associated Press", "agency")]


def test_a_newsroom_or_a_degree_in_capitals_is_no_person() -> None:
    head = "<meta name='author' content='Anna Muster, Jan Beispiel und Eva Probe, NDR'>"
    shown = "<aside>Anna Muster, Jan Beispiel, Eva Probe</aside>"
    got = extract(article(f"<p>{PROSE * 3}</p>{shown}", head=head))
    assert [a.name for a in got.authors] == ["Anna Muster", "Jan Beispiel", "Eva Probe"]
    assert _credits("Written by Rachel Beispiel, MS, RD") == [("Rachel Beispiel", None)]


def test_one_word_beside_full_names_is_a_place_or_a_section() -> None:
    head = "<meta name='author' content='Politik · Jochen Beispiel, Tina Muster'>"
    got = extract(
        article(f"<p>{PROSE * 3}</p><aside>Jochen Beispiel, Tina Muster</aside>", head=head)
    )
    assert [a.name for a in got.authors] == ["Jochen Beispiel", "Tina Muster"]
    head = "<meta name='author' content='Markus M. Beispiel, London, Beat Muster'>"
    got = extract(
        article(f"<p>{PROSE * 3}</p><aside>Markus M. Beispiel, Beat Muster</aside>", head=head)
    )
    assert [a.name for a in got.authors] == ["Markus M. Beispiel", "Beat Muster"]


def test_names_set_apart_by_a_bar_are_two_authors() -> None:
    head = "<meta name='author' content='Julia Beispiel | Clare Muster'>"
    got = extract(
        article(f"<p>{PROSE * 3}</p><aside>Julia Beispiel, Clare Muster</aside>", head=head)
    )
    assert [a.name for a in got.authors] == ["Julia Beispiel", "Clare Muster"]


def test_a_byline_showing_the_first_of_the_declared_authors_gives_them_all() -> None:
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "author": ['
        '{"@type": "Person", "name": "Sebastian Beispiel"}, {"@type": "Person", "name": '
        '"Andrea Muster"}, {"@type": "Person", "name": "Philipp Probe"}]}</script>'
    )
    byline = '<div class="article-byline"><span class="author">Sebastian Beispiel</span></div>'
    box = "<aside class='box'>Mitarbeit: Andrea Muster und Philipp Probe</aside>"
    got = extract(article(byline + f"<p>{PROSE * 3}</p>{box}", head=head))
    assert [a.name for a in got.authors] == ["Sebastian Beispiel", "Andrea Muster", "Philipp Probe"]
    # Declared, but shown nowhere: no author a reader sees.
    got = extract(article(byline + f"<p>{PROSE * 3}</p>", head=head))
    assert [a.name for a in got.authors] == ["Sebastian Beispiel"]


def test_an_author_only_the_metadata_names_is_no_author_the_reader_sees() -> None:
    head = "<meta name='author' content='Sabine Beispiel'>"
    assert extract(article(f"<p>{PROSE * 3}</p>", head=head)).authors == []
    shown = f"<p>{PROSE * 3}</p><p class='credit'>Mitarbeit: Sabine Beispiel</p>"
    got = extract(article(shown, head=head))
    assert [a.name for a in got.authors] == ["Sabine Beispiel"]


def test_names_joined_by_a_slash_before_a_date_are_a_byline() -> None:
    line = "<div class='info'>Anna Muster/Ben Beispiel 03.02.2021, 09.15 Uhr</div>"
    got = extract(article(line + f"<p>{PROSE * 3}</p>"))
    assert [a.name for a in got.authors] == ["Anna Muster", "Ben Beispiel"]
    brand = "<div class='info'>WDF NORDLAND Stand 03.02.2021</div>"
    assert extract(article(brand + f"<p>{PROSE * 3}</p>")).authors == []


def test_a_role_after_the_name_and_a_comma_is_the_role() -> None:
    assert _credits("By Rachel Example, Staff Writer") == [("Rachel Example", "Staff Writer")]


def test_the_filing_note_under_the_text_names_the_author() -> None:
    note = (
        '<p>Der Artikel "Stadtrat beschließt Haushalt" wurde am 05.11.2021 in der Kategorie '
        "Lokales von Solveig Beispiel mit den Stichwörtern Rat, Haushalt veröffentlicht.</p>"
    )
    got = extract(article(f"<div><p>{PROSE * 3}</p><p>{LAST}</p>{note}</div>"))
    assert [a.name for a in got.authors] == ["Solveig Beispiel"]
    assert got.text.endswith(LAST)
    said = "<p>Der Antrag wurde am Dienstag von Olaf Beispiel eingebracht.</p>"
    assert extract(article(f"<div><p>{PROSE * 3}</p>{said}</div>")).authors == []


@pytest.mark.parametrize(
    "closing",
    [
        "<p>(Text: Anna Beispiel)</p>",
        "<p>+++ Anna Beispiel +++</p>",
        "<p>Von Anna Beispiel</p>",
    ],
)
def test_a_closing_credit_set_apart_or_plain_names_the_author(closing: str) -> None:
    got = extract(article(f"<div><p>{PROSE * 3}</p><p>{LAST}</p>{closing}</div>"))
    assert [a.name for a in got.authors] == ["Anna Beispiel"]
    assert got.text.endswith(LAST)
