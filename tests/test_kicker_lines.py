"""layout/headline and evidence: a kicker line that also holds the date gives its label; a
section link to the section's index page is a kicker; a CMS's description written into
articleSection is no section."""

from __future__ import annotations

import pytest

from conftest import LAST, PROSE
from newsextract import extract

H1 = "<h1>Kann die Kernfusion die Energieprobleme lösen?</h1>"


def _page(header: str, head: str = "") -> str:
    return (
        f"<html lang='de'><head>{head}</head><body><article><header>{header}</header>"
        f"<p>{PROSE * 3}</p><p>{LAST}</p></article></body></html>"
    )


@pytest.mark.parametrize(
    "line",
    [
        '<div class="single__kicker"><span>Energie</span><date>12.12.2022, 08:30 Uhr</date></div>',
        '<div class="meta"><div class="rubrik">Energie</div><div class="chip">'
        '<time datetime="2022-12-12T08:30:00+01:00">12.12.2022</time></div></div>',
    ],
)
def test_the_label_beside_the_date_is_the_kicker(line: str) -> None:
    record = extract(_page(line + H1))
    assert (record.kicker, record.headline) == (
        "Energie",
        "Kann die Kernfusion die Energieprobleme lösen?",
    )


def test_a_line_of_two_labels_and_a_date_gives_no_kicker() -> None:
    line = "<div><span>Energie</span><span>Forschung</span><time>12.12.2022</time></div>"
    assert extract(_page(line + H1)).kicker is None


@pytest.mark.parametrize(
    ("href", "kicker"),
    [
        ("/de/sport/olympia/index.html", "Olympia"),
        ("/de/sport/olympia/", "Olympia"),
        ("/de/sport/olympia/frenzel-positiv-getestet-123.html", None),  # a story's page
    ],
)
def test_a_section_link_over_the_headline_is_the_kicker(href: str, kicker) -> None:
    record = extract(_page(f'<a class="catlnk" href="{href}">Olympia</a>{H1}'))
    assert record.kicker == kicker


@pytest.mark.parametrize(
    ("section", "given"),
    [
        ("Unternehmen & Märkte", "Unternehmen & Märkte"),
        (
            "Der Olympiasieger ist positiv getestet worden. Das teilte der Verband mit.",
            None,
        ),
    ],
)
def test_a_description_in_article_section_is_no_section(section: str, given) -> None:
    head = f'<meta property="article:section" content="{section}">'
    assert extract(_page(H1, head)).section == given


def test_a_button_s_words_beside_the_kicker_are_no_part_of_it() -> None:
    line = (
        '<div class="grid"><div class="h3">News</div><div class="tools">'
        '<span class="button" id="bookmark"></span><span class="tooltip">Artikel merken</span>'
        "</div></div>"
    )
    assert extract(_page(line + H1)).kicker == "News"
