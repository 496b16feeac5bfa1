"""Old CMS templates (Joomla, early WordPress): a logo set as the page's <h1> is no headline;
the article info ("Details", "Kategorie: ...", "Zugriffe: 214") is no text; "Geschrieben von"
opens a byline; a pager's "< Zurück" / "Weiter >" are no teasers; a picture set alone in a
<p> is a figure, the lead image when it opens the text."""

from __future__ import annotations

from conftest import LAST, PROSE, article
from newsextract import extract

PAGE = """<html lang="de"><head>
<title>Herren I holen Derbysieg im Spitzenspiel - TSV Grünwiesen</title>
<link rel="canonical" href="https://www.tsv.example/handball/412-herren-i-holen-derbysieg"></head>
<body><div id="header"><h1 id="logo"><img src="/logo.png" alt="TSV Grünwiesen 1908 e.V.">
<span>TSV Grünwiesen 1908 e.V.</span></h1></div>
<div class="item-page"><h2><a href="/handball/412-herren-i-holen-derbysieg">Herren I holen
Derbysieg im Spitzenspiel</a></h2>
<dl class="article-info"><dt>Details</dt><dd>Kategorie: <a href="/handball">Spielberichte</a></dd>
<dd>Geschrieben am Montag, 03. März 2025 09:15</dd><dd>Geschrieben von Markus Hellwig</dd>
<dd>Zugriffe: 214</dd></dl>
<p><img src="/images/berichte/derby.jpg" alt="Jubel" width="600" height="400"></p>
<p><em>Jubel nach dem Abpfiff (Foto: Petra Lindner)</em></p>
<p>{prose}</p><p>{last}</p>
<ul class="pagenav">
<li><a href="/handball/409-damen-mit-erstem-auswaertssieg" rel="prev">&lt; Zurück</a></li>
<li><a href="/handball/415-jugend-gewinnt-turnier-in-hameln" rel="next">Weiter &gt;</a></li></ul>
</div></body></html>"""


def test_an_old_joomla_article_page_reads_as_its_reader_sees_it() -> None:
    record = extract(PAGE.format(prose=PROSE * 3, last=LAST)).to_dict()
    assert record["headline"] == "Herren I holen Derbysieg im Spitzenspiel"
    assert [a["name"] for a in record["authors"]] == ["Markus Hellwig"]
    assert record["published"] == "2025-03-03T09:15:00+01:00"
    assert record["body"]["text"] == f"{(PROSE * 3).strip()}\n\n{LAST}"
    assert record["related"] == []
    assert record["image"] == {
        "url": "https://www.tsv.example/images/berichte/derby.jpg",
        "caption": "Jubel nach dem Abpfiff",
        "credit": "Petra Lindner",
    }


def test_a_pitch_for_more_of_the_site_s_stories_is_no_text() -> None:

    pitch = (
        "<p><em>Alle Nachrichten und Geschichten aus Geretsried lesen Sie "
        '<a href="/lokales/geretsried/">bei uns</a>.</em></p>'
    )
    record = extract(article(f"<p>{PROSE * 3}</p><p>{LAST} (fl)</p>{pitch}"))
    assert (record.body.text.endswith(LAST), record.signature) == (True, "fl")


def test_the_paywall_box_s_badge_above_its_line_is_no_text() -> None:

    box = (
        '<section class="box"><p>Handelsbote Plus</p><h2>Lesen Sie weiter mit einem Abo</h2>'
        "<p>Jetzt 1 Monat für 1 Franken testen.</p></section>"
    )
    record = extract(article(f"<p>{PROSE * 3}</p><p>{LAST}</p>{box}"))
    assert record.body.text.endswith(LAST)


PAYWALL_BOX = (
    '<div id="paywall"><p>Lesen Sie jetzt weiter mit LSA+</p><ul><li>Alle Plus-Artikel</li>'
    '<li>Monatlich kündbar</li></ul><a href="/abo/">Jetzt 4 Wochen für 0,99 Euro testen</a>'
    "</div>"
)
MORE = (
    "Als Gründe nennt das Amt vor allem gestiegene Baupreise und einen deutlich aufwendigeren "
    "Umbau der Kreuzung am Lindenthaler Markt."
)


def test_the_whole_text_behind_a_paywall_box_is_read() -> None:
    body = f"<p>{PROSE * 2}</p>{PAYWALL_BOX}<div class='rest'><p>{MORE}</p><p>{LAST}</p></div>"
    record = extract(article(body)).to_dict()
    assert record["body"]["text"] == f"{(PROSE * 2).strip()}\n\n{MORE}\n\n{LAST}"
    assert record["paywalled"] is True


def test_a_paywall_box_with_no_text_after_it_ends_the_text() -> None:
    body = f"<p>{PROSE * 2}</p><p>{MORE}</p>{PAYWALL_BOX}"
    record = extract(article(body)).to_dict()
    assert record["body"]["text"] == f"{(PROSE * 2).strip()}\n\n{MORE}"
    assert record["paywalled"] is True


def test_an_audio_player_s_box_with_its_poster_is_no_text() -> None:
    player = (
        '<div class="player"><div><img src="/poster.jpg" alt="">'
        '<button aria-label="Audio abspielen"></button></div><div><span>Audio</span>'
        "<span>Thurgau will auf der Seelinie zweigleisig fahren</span>"
        "<span>03:12 min, aus Regionaljournal Ostschweiz vom 04.03.2025.</span></div></div>"
    )
    record = extract(article(f"<p>{PROSE * 2}</p>{player}<p>{LAST}</p>"))
    assert record.body.text == f"{(PROSE * 2).strip()}\n\n{LAST}"


def test_a_picture_with_a_zoom_button_keeps_its_caption() -> None:
    figure = (
        '<div class="img-box"><img src="/a.jpg" alt=""><button class="zoom">Vergrößern'
        "</button></div><p><em>Der Sattelzug kippte in den Graben (Foto: Polizei)</em></p>"
    )
    page = article(f"{figure}<p>{PROSE * 3}</p><p>{LAST}</p>")
    record = extract(page, url="https://www.example.de/lokales/sattelzug-kippt-um-123.html")
    assert record.image is not None
    assert record.image.caption == "Der Sattelzug kippte in den Graben"


def test_an_h2_is_confirmed_by_the_title_s_first_part() -> None:
    page = (
        "<html lang='de'><head><title>Drei Titel bei den Kreismeisterschaften - TSV Lindenau "
        "1911 e.V.</title></head><body><div class='item'><h2>Drei Titel bei den "
        f"Kreismeisterschaften</h2><p>{PROSE * 3}</p><p>{LAST}</p></div></body></html>"
    )
    assert extract(page).headline == "Drei Titel bei den Kreismeisterschaften"


def test_an_article_info_table_is_no_text() -> None:
    info = (
        "<table><tr><td>Datum</td><td>05.02.2018</td></tr><tr><td>Abteilung</td>"
        "<td>Tischtennis</td></tr><tr><td>Zugriffe</td><td>412</td></tr></table>"
    )
    record = extract(article(f"{info}<p>{PROSE * 3}</p><p>{LAST}</p>")).to_dict()
    assert (record["published"], record["body"]["text"][:20]) == ("2018-02-05", PROSE[:20])


def test_a_table_of_data_stays_text() -> None:
    table = (
        "<table><tr><td>Einzel</td><td>Platz 1</td></tr><tr><td>Doppel</td><td>Platz 2</td></tr>"
        "</table>"
    )
    record = extract(article(f"<p>{PROSE * 3}</p>{table}<p>{LAST}</p>"))
    assert [b.type for b in record.body.blocks] == ["paragraph", "table", "paragraph"]


def test_a_site_s_default_share_picture_is_no_lead_image() -> None:
    from newsextract.fields.image import not_lead

    assert not_lead("https://www.x.de/static/img/og/boersenblick-default-1200x630.png")
    assert not not_lead("https://static.x.de/storage/image/58215_default-2280w_1uF.jpg")
