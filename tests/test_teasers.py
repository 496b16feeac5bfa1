"""layout/teasers, layout/cards and the promo and card-list rules: the labelled teaser
boxes beside the article, the title of each card read from its structure (kicker, date and
description left out), lists of cards, and the site's promos for its own channels."""

from __future__ import annotations

import pytest
from lxml import etree

from conftest import LAST, PROSE
from newsextract import extract
from newsextract.layout.blocks import Block
from newsextract.layout.cards import card_title
from newsextract.layout.classify import card_links
from newsextract.lexicon.labels import is_promo


def _link(html: str) -> etree._Element:
    return next(etree.HTML(html).iter("a"))


def test_a_card_title_is_its_heading_without_the_kicker() -> None:
    a = _link(
        "<a href='/x-1'><span class='teaser__kicker'>Nahost</span>"
        "<h3>Waffenruhe hält seit einer Woche</h3><p>Die Lage bleibt angespannt.</p></a>"
    )
    assert card_title(a) == "Waffenruhe hält seit einer Woche"


def test_of_two_headings_in_a_link_the_short_first_one_is_the_kicker() -> None:
    a = _link("<a href='/x-1'><h2>Nach dem Brand</h2><h1>Schule öffnet am Montag wieder</h1></a>")
    assert card_title(a) == "Schule öffnet am Montag wieder"


def test_a_kicker_heading_named_by_its_class_is_left_out() -> None:
    a = _link("<a href='/x'><h3 class='kicker'>THE FOOD CHAIN</h3><h2>Darfur Withers</h2></a>")
    assert card_title(a) == "Darfur Withers"


def test_unmarked_card_lines_give_the_title_not_the_date_kicker_or_description() -> None:
    a = _link(
        "<a href='/x'><div>12.03.2024</div><div>Landgericht Freiburg</div>"
        "<div>Polizist wegen Betrugs verurteilt</div></a>"
    )
    assert card_title(a) == "Polizist wegen Betrugs verurteilt"
    b = _link("<a href='/y'><div>Kolumne: Als ob! Theater heute</div><div>Über Politik.</div></a>")
    assert card_title(b) == "Kolumne: Als ob! Theater heute"


def test_a_trailing_more_word_and_a_leading_colon_are_no_part_of_the_title() -> None:
    assert card_title(_link("<a href='/x'>Feuerwehr protestiert in Düsseldorf | mehr</a>")) == (
        "Feuerwehr protestiert in Düsseldorf"
    )
    kicked = "<a href='/x'><span class='kicker'>Fortuna</span>: Plant den Aufstieg</a>"
    assert card_title(_link(kicked)) == "Plant den Aufstieg"


PAGE = """<html lang="de"><head>
<link rel="canonical" href="https://www.example-zeitung.de/politik/haushalt-beschlossen-100.html">
</head><body><nav><h3>Mehr zum Thema</h3><a href="/politik/menue-punkt-eins-2000.html">Menü
Punkt eins</a></nav><main><article><h1>Stadtrat beschließt Haushalt</h1>
<div class="text"><p>{prose}</p><p>{prose}</p><p>{last}</p></div></article>
<aside class="box"><h2>Mehr zum Thema</h2><ul>
<li><a href="/politik/schulen-werden-saniert-4711.html"><img src="/a.jpg" alt=""></a>
<a href="/politik/schulen-werden-saniert-4711.html"><span class="dachzeile">Bildung</span>
<h3>Schulen werden saniert</h3></a></li>
<li><a href="https://www.example-zeitung.de/politik/radwege-kommen-4712.html">
Neue Radwege kommen | mehr</a></li>
<li><a href="/autor/anna-muster/">Anna Muster</a></li>
<li><a href="/politik/schulen-werden-saniert-4711.html#comments">12 Kommentare</a></li>
<li><a href="https://ads.example.com/klick-hier-jetzt-4711">Günstig Strom wechseln jetzt</a></li>
<li><a href="/politik/">Politik</a></li>
</ul></aside>
<section><h2>Meistgelesen</h2><ul><li><a href="/panorama/ein-ganz-anderer-text-9999.html">Ein ganz
anderer Text</a></li></ul></section>
<section><h2>Weitere Nachrichten</h2><ul>
<li><a href="/panorama/neues-aus-aller-welt-8888.html">Neues aus aller Welt</a></li>
</ul></section></main>
<footer><h2>Lesen Sie auch</h2><a href="/service/impressum-und-kontakt-1000.html">Impressum
und Kontakt</a></footer></body></html>"""


def test_a_labelled_box_beside_the_article_gives_its_cards_and_nothing_else() -> None:
    page = PAGE.format(prose=PROSE * 3, last=LAST)
    related = extract(page).to_dict()["related"]
    assert related == [
        {
            "title": "Schulen werden saniert",
            "url": "https://www.example-zeitung.de/politik/schulen-werden-saniert-4711.html",
        },
        {
            "title": "Neue Radwege kommen",
            "url": "https://www.example-zeitung.de/politik/radwege-kommen-4712.html",
        },
    ]


def test_a_label_inside_a_named_anchor_heads_its_box() -> None:
    # Old markup names its sections with <a name="...">: an anchor, no link.
    page = PAGE.format(prose=PROSE * 3, last=LAST).replace(
        '<aside class="box"><h2>Mehr zum Thema</h2>',
        '<aside class="box"><h2><a name="Mehr zum Thema"><span>Mehr zum Thema</span></a></h2>',
    )
    titles = [r["title"] for r in extract(page).to_dict()["related"]]
    assert titles == ["Schulen werden saniert", "Neue Radwege kommen"]


def test_a_lesser_heading_over_a_greater_one_in_a_card_is_its_kicker() -> None:
    a = _link("<a href='/x-1'><h4>Einigung im Ministerium</h4><h3>Gesetz kommt</h3></a>")
    assert card_title(a) == "Gesetz kommt"


def test_a_link_inside_a_sentence_under_a_label_is_no_teaser() -> None:
    page = PAGE.format(prose=PROSE * 3, last=LAST).replace(
        '<li><a href="https://www.example-zeitung.de/politik/radwege-kommen-4712.html">\n'
        "Neue Radwege kommen | mehr</a></li>",
        "<li>Im Newsletter: alles über <a href='/politik/radwege-kommen-4712.html'>die Radwege"
        "</a> und was die Stadt sonst plant, jeden Morgen in Ihrem Postfach.</li>",
    )
    titles = [r["title"] for r in extract(page).to_dict()["related"]]
    assert titles == ["Schulen werden saniert"]


@pytest.mark.parametrize(
    ("text", "links", "promo"),
    [
        ("Aktuelle Nachrichten aufs Handy? Hier geht es zu unserem WhatsApp-Kanal", 1, True),
        ("Sie lesen gerade auf die zweitbeste Art!\nMehr Lesekomfort mit der App!", 0, True),
        ("+++ Alle Informationen finden Sie in unserem Live-Ticker +++", 0, True),
        ("Get the latest updates right in your inbox. Subscribe to our newsletters.", 1, True),
        ("DHB jetzt auch digital! Einfach hier klicken und für das DHB registrieren!", 0, True),
        ("Die Stadtwerke haben eine neue App veröffentlicht.", 1, False),  # no reader address
        ("Sie nutzen die App seit Jahren, sagte die Sprecherin.", 0, False),  # no link, no call
        (
            "Wer sie nutzt, spart Zeit. Laden Sie die App herunter, rät die Stadt und verweist "
            "auf die neue Version mit mehr Funktionen. Es lohnt sich!",
            0,
            False,  # reporting a call, too long for a promo called out without a link
        ),
        ("Wer die App nutzt, " + "kann seinen Verbrauch ablesen und vergleichen. " * 5, 1, False),
    ],
)
def test_what_a_promo_line_is(text: str, links: int, promo: bool) -> None:
    assert is_promo(text, [("Link", "/x")] * links) is promo


def test_a_list_of_cards_with_linked_headings_is_teasers() -> None:
    root = etree.HTML(
        "<ul><li><img src='/a.jpg'><h3><a href='/a-story-1'>Erste Geschichte hier</a></h3>"
        "<p>Kurz erklärt.</p></li><li><h3><a href='/b-story-2'>Zweite Geschichte</a></h3></li></ul>"
    )
    ul = next(root.iter("ul"))
    block = Block("list", "x", ul, items=["x", "y"])
    assert card_links(block) == [
        ("Erste Geschichte hier", "/a-story-1"),
        ("Zweite Geschichte", "/b-story-2"),
    ]
    next(ul.iter("a")).set("href", "#anker")  # an anchor in the page: a table of contents
    assert card_links(block) == []


def _related_of(text_html: str) -> list[str]:
    page = (
        "<html lang='de'><head><link rel='canonical' "
        "href='https://www.example-zeitung.de/politik/haushalt-beschlossen-100.html'></head>"
        "<body><main><article><h1>Stadtrat beschließt Haushalt</h1>"
        f"<div class='text'><p>{PROSE * 2}</p>{text_html}<p>{PROSE}</p><p>{LAST}</p></div>"
        "</article></main></body></html>"
    )
    return [r["title"] for r in extract(page).to_dict()["related"]]


def test_unlabelled_cards_of_the_sites_stories_inside_the_text_are_teasers() -> None:
    cards = (
        "<div class='article-preview'><a href='/politik/schulen-werden-saniert-4711.html'>"
        "<div class='preview-title'>Schulen werden saniert: Was die Eltern wissen müssen</div>"
        "<div class='preview-meta'>Politik • vor 2 Std.</div></a></div>"
        "<div class='box'><img src='/b.jpg' alt=''><a href='/politik/radwege-kommen-4712.html'>"
        "<h3>Neue Radwege kommen</h3></a></div>"
        "<p><a href='/sport/tsv-gewinnt-das-derby-deutlich-4713.html'>TSV gewinnt das Derby "
        "gegen den Nachbarn deutlich</a></p>"
    )
    assert _related_of(cards) == [
        "Schulen werden saniert: Was die Eltern wissen müssen",
        "Neue Radwege kommen",
        "TSV gewinnt das Derby gegen den Nachbarn deutlich",
    ]


def test_link_lines_that_open_no_card_of_a_story_are_no_teasers() -> None:
    lines = (
        "<p><a href='/politik/haushalt-beschlossen-100.html?p=2'>Weiterlesen auf Seite zwei "
        "dieses Artikels</a></p>"  # the story's own next page
        "<div class='teaser'><a href='https://ads.example.com/strom-wechseln-4711'>Günstig Strom"
        " wechseln und sparen</a></div>"  # another site
        "<div class='teaser'><img src='/c.jpg' alt=''><a href='/bilder/galerie-4714.html'>"
        "View all (23)</a></div>"
        "<div class='teaser'><a href='/jobs/redakteur-lokales-4715.html'>Redakteur Lokales "
        "(m/w/d)</a></div>"
        "<p><a href='/politik/ein-anderer-text-4716.html'>Mehr dazu</a></p>"
    )
    assert _related_of(lines) == []


def test_a_teaser_cards_line_of_description_inside_the_text_is_no_text() -> None:
    card = (
        "<div class='teaser-inline'><a href='/politik/die-ministerin-tritt-zurueck-4717.html'>"
        "<h3>Die Ministerin tritt zurück</h3></a><div class='teaser-inline__text'><p>Schon als "
        "Staatssekretärin war sie umstritten, zuletzt hieß es, sie sei überfordert.</p></div></div>"
    )
    html = (
        "<html lang='de'><head><link rel='canonical' "
        "href='https://www.example-zeitung.de/politik/haushalt-beschlossen-100.html'></head>"
        "<body><main><article><h1>Stadtrat beschließt Haushalt</h1>"
        f"<div class='text'><p>{PROSE * 2}</p>{card}<p>{PROSE}</p><p>{LAST}</p></div>"
        "</article></main></body></html>"
    )
    got = extract(html).to_dict()
    assert "umstritten" not in got["body"]["text"]
    assert [r["title"] for r in got["related"]] == ["Die Ministerin tritt zurück"]


def test_a_label_in_the_articles_own_footer_or_on_a_tab_heads_its_box() -> None:
    box = (
        '<footer class="endofarticle"><aside class="more-on-this"><h2>Mehr zum Thema</h2><ul>'
        '<li><a href="/politik/schulen-werden-saniert-4711.html"><h3>Schulen werden saniert'
        "</h3></a></li></ul></aside></footer>"
    )
    page = (
        PAGE.format(prose=PROSE * 3, last=LAST)
        .replace("<section><h2>Meistgelesen</h2>", box + "<section><h2>Meistgelesen</h2>")
        .replace('<aside class="box"><h2>Mehr zum Thema</h2><ul>', '<aside class="box"><ul>')
    )
    titles = [r["title"] for r in extract(page).to_dict()["related"]]
    assert titles == ["Schulen werden saniert"]
    tab = page.replace("<h2>Mehr zum Thema</h2>", "<h2><a href='#'>Mehr zum Thema</a></h2>")
    assert [r["title"] for r in extract(tab).to_dict()["related"]] == ["Schulen werden saniert"]


def test_a_kicker_glued_by_a_hidden_separator_is_no_part_of_a_cards_title() -> None:
    a = _link(
        "<a href='/x-1'><p class='headline'><span><span class='emphasis'>Höhere Preise</span>"
        "<span class='visually-hidden'>: </span></span><span>Empörte Fahrgäste in Frankfurt"
        "</span></p></a>"
    )
    assert card_title(a) == "Empörte Fahrgäste in Frankfurt"


def test_arrows_drawn_around_a_teasers_title_are_no_part_of_it() -> None:
    line = (
        "<p>Lesen Sie auch: <a href='https://www.example-zeitung.de/politik/"
        "schulen-werden-saniert-4711.html'>&gt;&gt; Schulen werden saniert &lt;&lt;</a></p>"
    )
    page = PAGE.format(prose=PROSE * 3, last=LAST).replace(
        '<div class="text">', f'<div class="text">{line}'
    )
    titles = [r["title"] for r in extract(page).to_dict()["related"]]
    assert titles[0] == "Schulen werden saniert"


def test_a_card_read_as_one_run_takes_the_headline_its_link_names() -> None:
    a = _link(
        "<a href='/f1/news-4711-gasly-will-kaempfen/' title='Formel 1 - Gasly: Ich will um die "
        "WM kämpfen'><span>01.01.2022 - Formel 1</span> Formel 1 - Gasly: Ich will um die "
        "WM kämpfen <span>Gasly hatte in der Formel 1 eine lange Odyssee hinter sich. Der "
        "Pilot hofft nach zwei starken Jahren auf mehr.</span> mehr</a>"
    )
    assert card_title(a) == "Formel 1 - Gasly: Ich will um die WM kämpfen"


def test_an_empty_link_laid_over_a_card_names_its_story_by_its_title() -> None:
    a = _link(
        "<article><a href='/sport/news-4711-rea-wechselt-zu-yamaha/' title='Superbike: Rea "
        "wechselt zu Yamaha'></a><figure><img src='/a.jpg' alt=''></figure></article>"
    )
    assert card_title(a) == "Superbike: Rea wechselt zu Yamaha"


_CLOSING_LABEL_PAGE = """<html lang="de"><head>
<link rel="canonical" href="https://www.example-zeitung.de/politik/haushalt-beschlossen-100.html">
</head><body><main><h1>Stadtrat beschließt Haushalt</h1><div class="spalte"><div class="modul">
<div class="text"><p>{prose}</p><p>{prose}</p><p>{last}</p>
<h3>Weitere Informationen zum Haushalt:</h3></div></div></div>
<div class="modul-kacheln"><div class="kachel"><a href="/politik/schulen-werden-saniert-4711.html">
<img src="/a.jpg" alt=""><span class="badge">mit Video</span></a>
<h4><a href="/politik/schulen-werden-saniert-4711.html">Die Schulen der Stadt werden
saniert</a></h4></div>
<div class="kachel"><h4><a href="/politik/radwege-kommen-4712.html">Neue Radwege kommen
bis zum Sommer</a></h4></div></div>
<aside><h2>Meistgelesen</h2><a href="/panorama/ein-ganz-anderer-text-9999.html">Ein ganz anderer
Text von heute</a></aside></main></body></html>"""


def test_a_label_closing_the_text_heads_the_box_right_after_it() -> None:
    # The label is the text container's last line; its cards open right after the
    # container and its wrappers close. A picture link's badge is no title.
    page = _CLOSING_LABEL_PAGE.format(prose=PROSE * 3, last=LAST)
    got = extract(page).to_dict()
    assert [r["title"] for r in got["related"]] == [
        "Die Schulen der Stadt werden saniert",
        "Neue Radwege kommen bis zum Sommer",
    ]
    assert got["body"]["text"].endswith(LAST)


def test_a_teaser_line_set_as_a_quote_is_a_teaser() -> None:
    page = _CLOSING_LABEL_PAGE.format(prose=PROSE * 3, last=LAST).replace(
        f"<p>{LAST}</p>",
        "<blockquote><p><strong>Mehr lesen:</strong> <a href='/politik/rat-tagt-4713.html'>"
        f"Der Rat tagt wieder im Rathaus</a></p></blockquote><p>{LAST}</p>",
    )
    got = extract(page).to_dict()
    assert "Mehr lesen" not in got["body"]["text"]
    assert got["related"][0] == {
        "title": "Der Rat tagt wieder im Rathaus",
        "url": "https://www.example-zeitung.de/politik/rat-tagt-4713.html",
    }


def test_a_label_after_an_icon_glyph_heads_its_box() -> None:
    # Icon fonts write their glyph as a ligature name, which no reader sees.
    page = PAGE.format(prose=PROSE * 3, last=LAST).replace(
        '<aside class="box"><h2>Mehr zum Thema</h2>',
        '<aside class="box"><span class="box-title"><i class="material-icons">filter_none</i>'
        " WEITERE BEITRÄGE ZU DIESEM ARTIKEL</span>",
    )
    titles = [r["title"] for r in extract(page).to_dict()["related"]]
    assert titles == ["Schulen werden saniert", "Neue Radwege kommen"]


_DESCRIBED_CARD = (
    "<article class='card'><time>10. Okt 2026</time><a href='/thema/stadt'>Stadt</a>"
    "<a href='/politik/{slug}-4720.html'><img src='/c.jpg' alt=''></a>"
    "<h3><a href='/politik/{slug}-4720.html'>{title}</a></h3><p>{description}</p></article>"
)


def test_cards_with_long_descriptions_under_a_reading_label_are_related() -> None:
    # Far from the text, after the sidebar; each card's long description is no story.
    description = PROSE * 3
    cards = "".join(
        _DESCRIBED_CARD.format(slug=slug, title=title, description=description)
        for slug, title in (
            ("hallenbad-wird-teurer", "Das Hallenbad wird teurer"),
            ("busse-fahren-oefter", "Die Busse fahren öfter"),
        )
    )
    page = PAGE.format(prose=PROSE * 3, last=LAST).replace(
        "<section><h2>Meistgelesen</h2>",
        f"<section><div><h2>Verwandte Artikel weiterlesen</h2></div><div>{cards}</div>"
        "</section><section><h2>Meistgelesen</h2>",
    )
    titles = [r["title"] for r in extract(page).to_dict()["related"]]
    assert titles == [
        "Schulen werden saniert",
        "Neue Radwege kommen",
        "Das Hallenbad wird teurer",
        "Die Busse fahren öfter",
    ]


def test_a_teaser_label_linked_to_its_card_heads_the_card() -> None:
    card = (
        "<aside><hgroup><h3><a href='/politik/rat-tagt-wieder-4713.html'>Lesen Sie auch</a>"
        "</h3><h2><a href='/politik/rat-tagt-wieder-4713.html'>Der Rat tagt wieder</a></h2>"
        "</hgroup></aside>"
    )
    page = PAGE.format(prose=PROSE * 3, last=LAST).replace(f"<p>{LAST}</p>", f"{card}<p>{LAST}</p>")
    got = extract(page).to_dict()
    assert got["related"][0] == {
        "title": "Der Rat tagt wieder",
        "url": "https://www.example-zeitung.de/politik/rat-tagt-wieder-4713.html",
    }
    assert "Lesen Sie auch" not in got["body"]["text"]
    assert "Der Rat tagt wieder" not in got["body"]["text"]


def test_a_linked_call_to_the_channel_is_a_promo_without_a_pronoun() -> None:
    app = ("Aktuelle Nachrichten aufs Handy? Hier geht es zur neuen Stadt-App.", [("App", "/app")])
    assert is_promo(*app)
    assert not is_promo("Aktuelle Nachrichten aufs Handy? Hier geht es zur neuen Stadt-App.", [])
    assert not is_promo("Die Stadt hat eine App für Parkplätze vorgestellt.", [("App", "/a")])


def _section_feed_page(label: str, host: str = "www.bayport-tribune.example") -> str:
    cards = "".join(
        f"<li><a href='/news/transportation/2024/03/0{i}/story-{i}/'>{title}</a></li>"
        for i, title in enumerate(("Bridge toll study floats $2 fee", "Route 12 redesigned"), 1)
    )
    return (
        f"<html lang='en'><head><link rel='canonical' href='https://{host}/news/x/'></head><body>"
        f"<article><h1>Ferry board approves fare hike</h1><p>{'The board voted on Tuesday. ' * 12}"
        f"</p><p>{'Riders will pay more from July. ' * 10}</p></article>"
        f"<section><h2>{label}</h2><ul>{cards}</ul></section></body></html>"
    )


@pytest.mark.parametrize(
    "label",
    [
        "More in Transportation",
        "More from The Long Read",
        "Potrebbe interessarti",
        "Mehr aus Verbraucher",
        "Mer om kollektivtrafiken",
        "Veja também",
        "Polecamy",
    ],
)
def test_a_box_of_the_sections_stories_under_the_article_is_related(label: str) -> None:
    related = extract(_section_feed_page(label)).to_dict()["related"]
    assert [r["title"] for r in related] == [
        "Bridge toll study floats $2 fee",
        "Route 12 redesigned",
    ]


@pytest.mark.parametrize(
    ("label", "host"),
    [
        ("More from the Tribune", "www.tribune.example"),
        ("More from NBC News", "www.nbcnews.example"),
        ("More in News", "www.bayport-tribune.example"),
        ("More from the web", "www.bayport-tribune.example"),
    ],
)
def test_a_box_of_the_whole_sites_stories_is_not_related(label: str, host: str) -> None:
    assert extract(_section_feed_page(label, host)).to_dict()["related"] == []


def test_a_sentence_opening_with_more_from_stays_text() -> None:
    text = "More from our host: the committee will meet again in May to settle the budget."
    page = _section_feed_page("Most read").replace("</article>", f"<p>{text}</p></article>")
    assert extract(page).to_dict()["body"]["text"].endswith(text)
