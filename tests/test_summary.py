"""fields/summary: the standfirst, deks and key points, and what is never the summary."""

from __future__ import annotations

import pytest

from conftest import LAST, PROSE, article
from newsextract import extract


def test_described_set_apart_first_paragraph_is_the_standfirst() -> None:
    lead = "Der Haushalt steht: Mehr Geld für Schulen und Radwege, weniger für Parkhäuser."
    html = article(
        f'<p class="intro">{lead}</p><p>{PROSE * 2}</p><p>{PROSE}</p>',
        head=f'<meta name="description" content="{lead}">',
    )
    got = extract(html)
    assert got.summary == [lead]
    assert got.blocks[0].text == (PROSE * 2).strip()


def test_described_first_paragraph_like_the_others_stays_body() -> None:
    lead = PROSE.strip()
    html = article(
        f"<p>{lead}</p><p>{PROSE}</p><p>{PROSE}</p>",
        head=f'<meta name="description" content="{lead}">',
    )
    got = extract(html)
    assert got.summary == []
    assert got.blocks[0].text == lead


def test_described_first_paragraph_before_a_video_label_stays_body() -> None:
    lead = "Die Stadt hat ihren Haushalt beschlossen, und die Opposition ist unzufrieden damit."
    html = article(
        f"<p>{lead}</p><div class='video'><p>Watch</p></div><p>{PROSE * 2}</p><p>{LAST}</p>",
        head=f'<meta name="description" content="{lead}">',
    )
    got = extract(html)
    assert got.summary == []
    assert got.blocks[0].text == lead


def test_paragraph_named_lead_by_its_wrapper_is_the_standfirst() -> None:
    lead = "Mehr Geld für Schulen, weniger für Parkhäuser: So plant die Stadt."
    html = article(
        f'<div class="article-body"><div class="ArticleLeadIn"><p>{lead}</p></div>'
        f"<p>{PROSE * 2}</p><p>{PROSE}</p></div>"
    )
    got = extract(html)
    assert got.summary == [lead]
    assert got.text == f"{PROSE * 2}".strip() + "\n\n" + PROSE.strip()


def test_tailwind_leading_class_is_no_lead_and_a_short_body_keeps_its_lead() -> None:
    got = extract(article(f'<p class="text-lg leading-7">{PROSE}</p><p>{PROSE * 2}</p>'))
    assert got.summary == []
    short = extract(article(f'<p class="lead">{PROSE}</p><p>Mehr folgt.</p>'))
    assert short.summary == []
    assert short.blocks[0].text == PROSE.strip()


def test_dek_in_hgroup_repeated_by_the_description_is_the_standfirst() -> None:
    dek = "Nach langer Debatte stimmt eine knappe Mehrheit für das Milliardenpaket der Stadt."
    html = article(
        f"<div class='text'><p>{PROSE * 2}</p><p>{PROSE}</p></div>",
        head=f'<meta property="og:description" content="{dek[:70]}…">',
        h1=f"<hgroup><h1>Stadtrat beschließt Haushalt</h1><h2>{dek}</h2></hgroup>",
    )
    got = extract(html)
    assert got.summary == [dek]
    assert got.headings == []


@pytest.mark.parametrize(
    ("under_headline", "summary"),
    [
        (
            "<h2 class='article-excerpt'>Eine knappe Mehrheit stimmt zu</h2>",
            ["Eine knappe Mehrheit stimmt zu"],
        ),
        (
            "<p class='strapline'>Mehr für Schulen, weniger für Parkhäuser</p>",
            ["Mehr für Schulen, weniger für Parkhäuser"],
        ),
        ("<p class='subtitle'>Die Sitzung dauerte bis in die Nacht</p>", []),  # a second headline
        ("<div class='lead-media'><p>Video Loading</p><p>Click to play Tap to play</p></div>", []),
        (
            "<div class='standfirst'><p>by Jana Beispiel (text) and Jo Muster (photos)</p></div>",
            [],
        ),
    ],
)
def test_a_short_line_under_the_headline_named_as_its_dek_is_the_summary(
    under_headline: str, summary: list[str]
) -> None:
    html = article(
        f"<div class='text'><p>{PROSE * 2}</p><p>{PROSE}</p></div>",
        h1=f"<header><h1>Stadtrat beschließt Haushalt</h1>{under_headline}</header>",
    )
    got = extract(html)
    assert got.summary == summary
    assert got.headings == []
    assert got.text == f"{PROSE * 2}".strip() + "\n\n" + PROSE.strip()


def test_captions_galleries_and_contents_lists_are_no_summary() -> None:
    header = (
        '<figure><img src="/a.jpg"></figure>'
        '<div class="image-caption">Der Stadtrat tagte am Dienstag im großen Sitzungssaal des '
        "alten Rathauses am Marktplatz</div>"
        '<ul class="gallery"><li>Das Rathaus am Abend. Bild: Anna Beispiel/Archiv</li></ul>'
        "<p>Auf dieser Seite:</p>"
        '<ul><li><a href="#a">Was beschlossen wurde</a></li>'
        '<li><a href="#b">Was die Opposition sagt</a></li></ul>'
    )
    html = article(
        f"<div class='text'><p>{PROSE * 2}</p><p>{PROSE}</p></div>",
        h1=f"<h1>Stadtrat beschließt Haushalt</h1>{header}",
    )
    got = extract(html)
    assert got.summary == []
    assert got.text == (PROSE * 2).strip() + "\n\n" + PROSE.strip()


def test_key_points_under_in_kuerze_follow_the_standfirst_in_the_summary() -> None:
    lead = (
        "Der Haushalt steht: Mehr Geld für Schulen und Radwege, weniger für Parkhäuser der Stadt."
    )
    points = ["Die Stadt investiert 40 Millionen Euro.", "Zwei Parkhäuser werden nicht gebaut."]
    html = article(
        f"<p class='standfirst'>{lead}</p><div class='body'><h3>In Kürze:</h3><ul>"
        + "".join(f"<li>{p}</li>" for p in points)
        + f"</ul><p>{PROSE * 2}</p><p>{PROSE}</p></div>"
    )
    got = extract(html)
    assert got.summary == [lead, *points]
    assert got.text == (PROSE * 2).strip() + "\n\n" + PROSE.strip()


def test_described_standfirst_gives_back_the_paragraph_taken_with_it() -> None:
    lead = (
        "Der Haushalt steht: Mehr Geld für Schulen und Radwege, weniger für Parkhäuser der Stadt."
    )
    first = (
        "Nach sechs Stunden Debatte stimmten 31 von 60 Ratsmitgliedern für den Entwurf der "
        "Kämmerin, der bis zuletzt umstritten war. Die Opposition kündigte an, das Ergebnis "
        "prüfen zu lassen."
    )
    html = article(
        f"<div class='top'><div><p>{lead}</p></div><p>{first}</p></div>"
        f"<section><div class='body'>{f'<p>{PROSE * 2}</p>' * 6}</div></section>",
        head=f'<meta name="description" content="{lead}">',
    )
    got = extract(html)
    assert got.summary == [lead]
    assert got.blocks[0].text == first


def test_key_points_set_as_paragraphs_in_a_box_named_so_are_the_summary() -> None:
    points = [
        "Der Rat beschließt den Haushalt für zwei Jahre.",
        "Schulen und Radwege bekommen mehr Geld.",
        "Die Opposition kritisiert die Kürzungen beim Klimaschutz.",
    ]
    box = "<div class='article-keypoints'>" + "".join(f"<p>{p}</p>" for p in points) + "</div>"
    note = (
        "<p>Dies ist eine maschinelle Übersetzung eines Artikels unserer Kollegen. Er wurde "
        "von einem Redakteur überprüft.</p>"
    )
    got = extract(article(f"{box}{note}<p>{PROSE * 2}</p><p>{LAST}</p>"))
    assert got.summary == points
    assert got.text == f"{(PROSE * 2).strip()}\n\n{LAST}"


@pytest.mark.parametrize(
    ("dates", "published"),
    [
        (
            "<p>Veröffentlicht am <time>14.03.2024</time> um 10:12 Uhr<br>"
            "Aktualisiert am 14.03.2024 um 15:40 Uhr</p>",
            "2024-03-14T10:12:00+01:00",
        ),
        (
            "<div><time>Published March 5, 2024 at 10:12 a.m. EST</time> <span>|</span> "
            "<time>Updated March 5, 2024 at 4:40 p.m. EST</time></div>",
            "2024-03-05T16:12:00+01:00",  # the instant, in the German page's zone
        ),
    ],
)
def test_labelled_date_lines_under_the_headline_are_no_summary(dates, published) -> None:
    lead = "Die Brücke bleibt ein Jahr länger gesperrt, und die Händler der Innenstadt klagen."
    got = extract(article(f"{dates}<p class='intro'><b>{lead}</b></p><p>{PROSE * 3}</p>"))
    assert (got.summary, got.to_dict()["published"]) == ([lead], published)
