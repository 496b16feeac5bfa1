"""fields/dates via layout: a date line a reader sees above the text, with no metadata, is
the publication date: unlabelled in English month order on a German page, after "Geschrieben
am" or a weekday's abbreviation, ISO; a date's label in its own term or cell ("<dt>Datum</dt>
<dd>05.02.2018</dd>") joins its date. Ambiguous forms stay unread (no date rather than a
wrong one): "03/03/2025" without a 12-hour clock, "3.4.15" without a label."""

from __future__ import annotations

import pytest

from conftest import LAST, PROSE
from newsextract import extract


def _published(header: str) -> str | None:
    html = (
        "<html lang='de'><body><article><h1>Stadtrat beschließt Haushalt für 2025</h1>"
        f"{header}<p>{PROSE * 3}</p><p>{LAST}</p></article></body></html>"
    )
    record = extract(html).to_dict()
    assert record["body"]["text"].startswith(PROSE.strip())  # the line is no text
    return record["published"]


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("March 3, 2018", "2018-03-03"),
        ("März 3, 2018", "2018-03-03"),
        ("am 3. März 2025", "2025-03-03"),
        ("2025-03-03", "2025-03-03"),
        ("Geschrieben am Montag, 03. März 2025 09:15", "2025-03-03T09:15:00+01:00"),
        ("Mi., 12.03.2025 - 10:15", "2025-03-12T10:15:00+01:00"),
    ],
)
def test_a_date_line_over_the_text_is_the_date(line: str, published: str) -> None:
    assert _published(f"<p class='meta'>{line}</p>") == published


@pytest.mark.parametrize(
    ("header", "published"),
    [
        ("<dl><dt>Datum</dt><dd>05.02.2018</dd></dl>", "2018-02-05"),
        ("<table><tr><td>Datum</td><td>05.02.2018</td></tr></table>", "2018-02-05"),
        (
            "<dl><dt>Veröffentlicht am</dt><dd>05.02.2018, 10:12 Uhr</dd></dl>",
            "2018-02-05T10:12:00+01:00",
        ),
    ],
)
def test_a_date_label_in_its_own_cell_joins_its_date(header: str, published: str) -> None:
    assert _published(header) == published


@pytest.mark.parametrize("line", ["03/03/2025", "3.4.15"])
def test_an_ambiguous_date_is_not_read(line: str) -> None:
    html = (
        "<html lang='de'><body><article><h1>Stadtrat beschließt Haushalt für 2025</h1>"
        f"<p class='meta'>{line}</p><p>{PROSE * 3}</p><p>{LAST}</p></article></body></html>"
    )
    assert extract(html).to_dict()["published"] is None


def test_a_medical_web_page_s_json_ld_refines_the_day_shown() -> None:
    head = (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": '
        '"MedicalWebPage", "headline": "Eisenmangel erkennen", "datePublished": '
        '"2023-10-12T10:30:00+02:00"}</script>'
    )
    html = (
        f"<html lang='de'><head>{head}</head><body><article><h1>Eisenmangel erkennen</h1>"
        f"<p class='meta'>Erstellt: 12.10.2023</p><p>{PROSE * 3}</p><p>{LAST}</p></article>"
        "</body></html>"
    )
    assert extract(html).to_dict()["published"] == "2023-10-12T10:30:00+02:00"
