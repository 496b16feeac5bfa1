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
