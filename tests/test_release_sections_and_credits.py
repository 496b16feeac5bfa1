"""A press release's closing sections end its text; a broadcaster's programme note ends it
too; an authors' label under the text names them; an h2 the microdata marks as the headline
is the headline; "Mehr zu:" over topic links heads the tags."""

from __future__ import annotations

import pytest

from conftest import LAST, PROSE, article
from newsextract import extract


@pytest.mark.parametrize(
    "label",
    [
        "Wissenschaftliche Ansprechpartner:",
        "Ansprechpartnerin:",
        "Pressekontakt:",
        "Originalpublikation:",
        "Media contact:",
    ],
)
def test_a_release_s_closing_section_ends_the_text(label: str) -> None:
    after = f"<p><b>{label}</b></p><div>Prof. Dr. Henrike Asmussen<br>Tel.: 0 54 31 / 88-2716</div>"
    record = extract(article(f"<p>{PROSE * 3}</p><p>{LAST}</p>{after}"))
    assert record.body.text.endswith(LAST)


def test_the_programme_note_ends_the_text_and_the_authors_label_names_them() -> None:
    after = (
        "<p><em>Über dieses Thema berichtet WMR AKTUELL im Fernsehen am 14. März 2025 um "
        "19:30 Uhr.</em></p>"
    )
    credit = (
        "<div><h3>Autorinnen und Autoren:</h3><p><span>Lea Sommerfeld</span>, "
        "<span>Tobias Grund</span></p></div>"
    )
    record = extract(article(f"<p>{PROSE * 3}</p><p>{LAST}</p>{after}{credit}"))
    assert record.body.text.endswith(LAST)
    assert [a.name for a in record.authors] == ["Lea Sommerfeld", "Tobias Grund"]


def test_an_h2_marked_as_the_headline_is_the_headline() -> None:
    header = (
        '<header><span class="topline">Schulbau</span><h2 itemprop="headline">Baustart für '
        "neue Grundschule verschiebt sich erneut</h2></header>"
    )
    head = '<meta property="og:title" content="Hattenbeck: Neuer Termin für die Schule">'
    page = article(f"{header}<p>{PROSE * 3}</p><p>{LAST}</p>", head=head, h1="")
    record = extract(page)
    assert (record.kicker, record.headline) == (
        "Schulbau",
        "Baustart für neue Grundschule verschiebt sich erneut",
    )


def test_mehr_zu_over_topic_links_heads_the_tags() -> None:
    tags = (
        '<div><span>Mehr zu:</span> <a href="/themen/schule/">Schule</a> '
        '<a href="/staedte/hattenbeck/">Hattenbeck</a></div>'
    )
    record = extract(article(f"<p>{PROSE * 3}</p><p>{LAST}</p>{tags}"))
    assert record.tags == ["Schule", "Hattenbeck"]


def test_names_with_their_editor_s_codes_are_a_byline() -> None:
    byline = (
        '<p class="byline">von <a href="/autor/sk">Sandro Keller</a> (ske) und '
        '<a href="/autor/nr">Nadia Rüegg</a> (nrü)</p>'
    )
    record = extract(article(f"{byline}<p>{PROSE * 3}</p><p>{LAST}</p>"))
    assert [a.name for a in record.authors] == ["Sandro Keller", "Nadia Rüegg"]
    assert record.body.text.startswith(PROSE.strip())


def test_a_news_scout_s_call_is_no_text() -> None:
    call = (
        "<div><p><strong>Hast du etwas beobachtet?</strong></p><p>Schick uns deine Fotos und "
        "Videos per WhatsApp an 079 555 12 34 – für publizierte Beiträge gibt es bis zu 50 "
        "Franken.</p></div>"
    )
    record = extract(article(f"<p>{PROSE * 3}</p><p>{LAST}</p>{call}"))
    assert record.body.text.endswith(LAST)


def test_a_bold_line_over_its_paragraph_in_br_text_is_a_heading() -> None:
    text = (
        f"<div>{PROSE * 2}<br><br><b>Neues Fahrzeug bestellt</b><br>{LAST} {PROSE}<br><br>"
        f"<b>Wer fragt, gewinnt?</b><br>{PROSE * 2}</div>"
    )
    record = extract(article(text))
    assert record.headings == ["Neues Fahrzeug bestellt"]  # a bold question is no heading


def test_a_press_picture_s_terms_of_use_are_no_standfirst() -> None:
    terms = (
        "<figure><img src='/a.jpg' alt=''></figure><p>Die Verwendung dieses Bildes ist für "
        "redaktionelle Zwecke unter Angabe der Quelle honorarfrei.</p>"
    )
    page = (
        f"<html lang='de'><body><article><h1>Speicher in Betrieb</h1>{terms}<div class='text'>"
        f"<p>{PROSE * 3}</p><p>{LAST}</p></div></article></body></html>"
    )
    record = extract(page)
    assert record.summary == []
    assert "Verwendung" not in record.body.text


@pytest.mark.parametrize("label", ["Auch lesenswert", "Auch spannend", "Ebenfalls interessant"])
def test_more_teaser_labels_before_a_linked_title(label: str) -> None:
    line = (
        f'<p>{label}: <a href="/koeln/die-schoensten-badeseen-rund-um-koeln-123.html">Die '
        "schönsten Badeseen rund um Köln</a></p>"
    )
    record = extract(
        article(f"<p>{PROSE * 3}</p>{line}<p>{LAST}</p>"), url="https://www.x.de/a/b-c-d-1.html"
    )
    assert [r.title for r in record.related] == ["Die schönsten Badeseen rund um Köln"]
    assert label not in record.body.text


@pytest.mark.parametrize("line", ["Weitere Standorte in Planung", "Die Ratenfinanzierung"])
def test_a_bold_line_opening_with_an_article_or_quantifier_is_a_heading(line: str) -> None:
    record = extract(article(f"<p>{PROSE * 2}</p><p><strong>{line}</strong></p><p>{LAST}</p>"))
    assert record.headings == [line]


def test_a_bold_name_line_is_no_heading() -> None:
    record = extract(article(f"<p>{PROSE * 2}</p><p><strong>Anna Muster</strong></p><p>{LAST}</p>"))
    assert record.headings == []


def test_a_disclosure_of_starred_links_is_no_standfirst() -> None:
    note = (
        "<p>Finanzlotse ist unabhängig. Wenn Du über einen mit * gekennzeichneten Link "
        "abschließt, erhalten wir eine Provision.</p>"
    )
    page = (
        f"<html lang='de'><body><article><h1>Nebenkosten prüfen</h1>{note}<div class='text'>"
        f"<p>{PROSE * 3}</p><p>{LAST}</p></div></article></body></html>"
    )
    assert extract(page).summary == []


def test_a_date_label_left_after_the_names_is_no_part_of_a_name() -> None:
    from newsextract.lexicon.bylines import parse, strip_date

    line = "von Miriam Albers und Ece Yıldız Veröffentlicht am 27. Januar 2025 Lesezeit: 13 Min."
    assert [p["name"] for p in parse(strip_date(line))] == ["Miriam Albers", "Ece Yıldız"]


def test_a_role_with_its_desk_after_the_name_is_the_role() -> None:
    from newsextract.lexicon.bylines import parse

    assert parse("Von Katrin Hollweg, Redakteurin Handel") == [
        {"name": "Katrin Hollweg", "role": "Redakteurin Handel"}
    ]


def test_a_wire_s_editors_code_signs_the_text_over_its_source_line() -> None:
    text = f"<p>{PROSE * 3}</p><p>{LAST} /ck/jha/he</p><p>Quelle: dpa-AFX</p>"
    record = extract(article(text))
    assert (record.signature, record.body.text.endswith(LAST)) == ("/ck/jha/he", True)


def test_a_reading_time_line_is_no_text() -> None:
    record = extract(article(f"<p>Lesedauer: 4 Minuten</p><p>{PROSE * 3}</p><p>{LAST}</p>"))
    assert record.body.text.startswith(PROSE.strip())
