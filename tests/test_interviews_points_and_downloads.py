"""layout (the key points box), layout/lead, lexicon/names, lexicon/bylines, layout/body,
lexicon/labels, layout/teasers and fields/tags: a key points box labelled so above the
body's element, a lead set in semibold, a broadcaster's studio after the names, the
interviewer's closing credit (the author, and the bold questions no headings), the footnote
to starred affiliate links, files to download among the teasers, "Explore more on these
topics" and the page's tools after the topics list. Near-misses: a key points box in the
middle of the text, a person named after a studio's city, bold crossheads without an
interview credit, a starred line of story text, a story about a PDF."""

from __future__ import annotations

from conftest import LAST, PROSE
from newsextract import extract

URL = "https://www.example.de/region/stadt-haushalt-beschlossen-2025"
POINTS = (
    "Ab April stellt die Stadtbus GmbH ihr Liniennetz um.",
    "Die neue Linie 14 fährt im 15-Minuten-Takt.",
)
TEXTS = (
    "Wer morgens mit dem Bus zur Arbeit fährt, muss sich ab April auf neue Linien und neue "
    "Abfahrtszeiten an fast allen Haltestellen der Stadt einstellen.",
    "Die Verkehrsbetriebe begründen den Umbau mit den Fahrgastzahlen, die sich seit der "
    "Pandemie deutlich verschoben haben, weg von der Innenstadt.",
)


def _page(article: str, head: str = "") -> str:
    return f"<html lang='de'><head>{head}</head><body><article>{article}</article></body></html>"


def _points_box() -> str:
    items = "".join(f"<li>{p}</li>" for p in POINTS)
    return f'<aside class="x1a2"><h2>Das Wichtigste in Kürze</h2><ul>{items}</ul></aside>'


def _text() -> str:
    return (
        f'<div class="t9"><p>{PROSE * 2}</p>'
        + "".join(f"<p>{t}</p>" for t in TEXTS)
        + (f"<p>{LAST}</p></div>")
    )


def test_a_box_labelled_as_the_key_points_above_the_text_is_the_summary() -> None:
    record = extract(_page(f"<header><h1>Neue Buslinien</h1></header>{_points_box()}{_text()}"))
    assert record.summary == list(POINTS)
    assert record.body.blocks[0].text == (PROSE * 2).strip()


def test_a_key_points_aside_inside_the_text_is_the_summary_too() -> None:
    # Set 18's gold reads such a box in the text as the article's key points; set 10 had
    # left it out of both summary and body.
    text = _text().replace("</p><p>", f"</p>{_points_box()}<p>", 1)
    record = extract(_page(f"<h1>Neue Buslinien</h1>{text}"))
    assert record.summary == list(POINTS)
    assert "Das Wichtigste in Kürze" not in record.body.text


def test_a_first_paragraph_set_in_semibold_is_the_standfirst() -> None:
    lead = (
        "An der Küste drohen am Samstag Orkanböen und eine Sturmflut. Auch im Binnenland wird "
        "es stürmisch."
    )
    body = f'<div class="prose"><p class="font-semibold">{lead}</p><p>{PROSE * 2}</p>' + (
        "".join(f"<p>{t}</p>" for t in TEXTS) + f"<p>{LAST}</p></div>"
    )
    record = extract(_page(f"<h1>Sturmtief an der Nordsee</h1>{body}"))
    assert record.summary == [lead]
    assert record.body.blocks[0].text == (PROSE * 2).strip()


def _byline(line: str) -> list[str]:
    html = _page(f"<h1>Geburtsstation schließt</h1><p class='byline'>{line}</p>{_text()}")
    return [a.name for a in extract(html).authors]


def test_a_broadcaster_s_studio_after_the_names_is_no_person() -> None:
    assert _byline("Von Lena Körber und Malte Unruh, EHR Studio Elbaue") == [
        "Lena Körber",
        "Malte Unruh",
    ]
    assert _byline("Von Lena Körber, NDR-Landesstudio Kiel") == ["Lena Körber"]


def test_a_person_after_a_place_stays_a_person() -> None:
    assert _byline("Von Lena Körber und Malte Unruh") == ["Lena Körber", "Malte Unruh"]


QUESTIONS = ("Wie viel Umsatz haben Sie verloren?", "Werden Sie 2025 wieder wachsen?")
ANSWERS = (
    "Wir sind von 412 auf 371 Millionen Euro gefallen, also um knapp zehn Prozent, und das "
    "Ergebnis liegt deutlich unter dem, was wir für Investitionen brauchen.",
    "Ich rechne mit einem stabilen Umsatz und einem Wachstum ab 2026, das klingt bescheiden, "
    "aber nach dem vergangenen Jahr wäre ich damit zufrieden.",
)


def _interview(credit: str) -> str:
    pairs = "".join(f"<p><strong>{q}</strong></p><p>{a}</p>" for q, a in zip(QUESTIONS, ANSWERS))
    return _page(f"<h1>„Wir haben China unterschätzt“</h1><p>{PROSE * 2}</p>{pairs}{credit}")


def test_the_interviewer_s_credit_names_the_author_and_the_bold_questions_stay_text() -> None:
    record = extract(_interview("<p><em>Das Gespräch führte Tobias Reinhold.</em></p>"))
    assert [a.name for a in record.authors] == ["Tobias Reinhold"]
    assert record.headings == []
    assert [b.type for b in record.body.blocks] == ["paragraph"] * 5
    assert record.body.blocks[-1].text == ANSWERS[-1]


def test_bold_questions_without_an_interviewer_s_credit_are_headings() -> None:
    record = extract(_interview(f"<p>{LAST}</p>"))
    assert record.headings == list(QUESTIONS)


def test_the_footnote_to_starred_affiliate_links_is_no_text() -> None:
    note = "<p><small>*Mit einem Sternchen gekennzeichnete Links sind Affiliate-Links.</small></p>"
    html = _page(f"<h1>Sieben Rituale</h1><p>{PROSE * 2}</p><p>{LAST}</p>{note}")
    assert extract(html).body.blocks[-1].text == LAST


def test_a_starred_line_of_the_story_stays_text() -> None:
    line = "*Die Zahlen stammen aus dem Haushaltsentwurf der Stadt vom Januar."
    html = _page(f"<h1>Sieben Rituale</h1><p>{PROSE * 2}</p><p>{LAST}</p><p>{line}</p>")
    assert extract(html).body.blocks[-1].text == line


def test_files_to_download_are_no_teasers() -> None:
    files = (
        "<h4>Downloads</h4><ul>"
        '<li><a href="/fileadmin/presse/2025/sanierungskonzept-hallenbad-lindenring.pdf">'
        "Präsentation Sanierungskonzept Hallenbad</a></li>"
        '<li><a href="/fileadmin/presse/2025/hallenbad-lindenring-aussen.jpg">Pressefoto '
        "Hallenbad (JPG, 4,1 MB)</a></li></ul>"
        "<h4>Verwandte Meldungen</h4><ul>"
        '<li><a href="/region/gutachten-hallenbad-sanierung-guenstiger">Gutachten zum '
        "Hallenbad: Sanierung günstiger als ein Neubau</a></li></ul>"
    )
    html = _page(f"<h1>Hallenbad wird saniert</h1><p>{PROSE * 2}</p><p>{LAST}</p>{files}")
    assert [r.title for r in extract(html, url=URL).related] == [
        "Gutachten zum Hallenbad: Sanierung günstiger als ein Neubau"
    ]


def test_explore_more_on_these_topics_lists_the_topics_and_not_the_tools_after_them() -> None:
    topics = (
        "<div><p>Explore more on these topics</p><ul>"
        '<li><a href="/uk/transport">Transport</a></li><li><a href="/uk/buses">Buses</a></li>'
        '</ul><div><a href="#">Share</a> <a href="/info/reuse">Reuse this content</a></div></div>'
    )
    html = (
        f"<html lang='en'><body><article><h1>Bus fund saved</h1><p>{TEXTS[0]} {TEXTS[1]}</p>"
        f"<p>{TEXTS[1]} {TEXTS[0]}</p>{topics}</article></body></html>"
    )
    assert extract(html, url="https://www.example.co.uk/uk/2025/bus-fund-saved").tags == [
        "Transport",
        "Buses",
    ]


def test_a_note_naming_the_starred_links_affiliate_links_is_no_standfirst() -> None:
    note = "Mit * markierte Links sind Affiliate-Links. Mehr dazu in unseren Transparenzhinweisen."
    html = _page(f"<header><h1>Kopfhörer im Test</h1><p>{note}</p></header>{_text()}")
    record = extract(html)
    assert record.summary == []
    assert note not in record.body.text


def test_a_live_blog_s_key_events_lose_their_times() -> None:
    events = (
        "<ul class='key-events'><li>20.15 GMT Transport secretary confirms the fund stays</li>"
        "<li>21.02 GMT Opposition calls the reversal a humiliation</li></ul>"
    )
    html = (
        f"<html lang='en'><body><article><h1>Bus fund saved</h1>{events}<div><p>{TEXTS[0]} "
        f"{TEXTS[1]}</p><p>{TEXTS[1]} {TEXTS[0]}</p></div></article></body></html>"
    )
    assert extract(html).summary == [
        "Transport secretary confirms the fund stays",
        "Opposition calls the reversal a humiliation",
    ]


def test_key_points_that_open_with_a_number_keep_it() -> None:
    points = (
        "<ul class='key-points'><li>12.000 Menschen demonstrierten in der Innenstadt</li>"
        "<li>Die Polizei meldete keine Zwischenfälle</li></ul>"
    )
    html = _page(f"<h1>Großdemo in der Stadt</h1>{points}{_text()}")
    assert extract(html).summary == [
        "12.000 Menschen demonstrierten in der Innenstadt",
        "Die Polizei meldete keine Zwischenfälle",
    ]
