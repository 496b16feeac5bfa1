"""lexicon/bylines, lexicon/names, lexicon/labels, layout/classify, layout/cards,
layout/teasers and layout/ending: the place a reporter writes from in an element named for
the author, a newsroom credited as "Redaktion <name>", a police round-up's bold place lines,
a caption's toggle button, an empty link laid over a card, a rich link set into the text as
an aside, the notes under a column as a list, a live blog's foot line, "More coverage".
Near-misses: two authors in such elements, a person credited beside the newsroom, a bold
author line, a sentence about captions, an empty link in a box without a heading, a
picture's linked credit in an aside, a list of facts closing the text, a sentence about
coverage."""

from __future__ import annotations

from conftest import LAST, PROSE
from newsextract import extract

URL_CH = "https://www.example.ch/schweiz/zervens-lebt-mit-einem-berg-der-rutscht-ld.1930417"


def _swiss(names: str) -> str:
    return (
        "<html lang='de-CH'><body><article><h1>Zervens lebt mit einem Berg, der rutscht</h1>"
        f"<div class='metainfo'>{names}<time>14.05.2026, 05.30 Uhr</time></div>"
        f"<div class='text'><p>{PROSE * 2}</p><p>{LAST}</p></div></article></body></html>"
    )


def test_the_place_in_an_element_named_for_the_author_is_no_author() -> None:
    names = (
        "<div class='meta__author'><a class='meta__author-link' href='/impressum/corina-imboden-"
        "ld.1482250'><span class='meta__author-name'>Corina Imboden</span></a><span "
        "class='meta__author-location'>, Zervens</span></div>"
    )
    record = extract(_swiss(names), url=URL_CH)
    assert [a.name for a in record.authors] == ["Corina Imboden"]


def test_two_authors_in_elements_named_for_them_stay_two() -> None:
    names = (
        "<span class='author-name'>Corina Imboden</span> "
        "<span class='author-name'>Marco Zanetti</span>"
    )
    record = extract(_swiss(names), url=URL_CH)
    assert [a.name for a in record.authors] == ["Corina Imboden", "Marco Zanetti"]


URL_DE = "https://www.example.de/polizei/polizeimeldungen-vom-wochenende-2026-05-18-12345.html"
REPORTS = (
    "Unbekannte sind in der Nacht auf Sonntag in das Vereinsheim am Sportgelände eingebrochen "
    "und haben Getränke und eine Geldkassette mitgenommen.",
    "Ein 58 Jahre alter Motorradfahrer hat sich am Sonntagnachmittag bei einem Unfall auf der "
    "Bundesstraße schwer verletzt, ein Hubschrauber brachte ihn in eine Klinik.",
    "Vor einer neuen Welle von Schockanrufen warnt die Polizei, allein am Wochenende meldeten "
    "sich mehr als zwanzig Angerufene bei den Dienststellen im Landkreis.",
)


def _police(byline: str, places: tuple[str, str, str]) -> str:
    text = "".join(
        f"<p><strong>{place}</strong></p><p>{report}</p>" for place, report in zip(places, REPORTS)
    )
    return (
        "<html lang='de'><body><article><h1>Polizeimeldungen vom Wochenende</h1>"
        f"<p class='byline'>{byline}</p><div class='text'><p>{PROSE}</p>{text}</div>"
        "</article></body></html>"
    )


PLACES = ("Bad Lindenau", "Oberweiler", "Landkreis Tauberfeld")


def test_a_newsroom_credited_by_its_name_is_no_author() -> None:
    record = extract(_police("Von Redaktion Tauberfelder Anzeiger", PLACES), url=URL_DE)
    assert record.authors == []


def test_a_person_credited_beside_the_newsroom_is_the_author() -> None:
    record = extract(_police("Von Anna Muster, Redaktion Tauberfeld", PLACES), url=URL_DE)
    assert [a.name for a in record.authors] == ["Anna Muster"]


def test_a_round_up_s_bold_place_lines_are_its_headings() -> None:
    record = extract(_police("Von Anna Muster", PLACES), url=URL_DE)
    assert record.headings == list(PLACES)


def test_a_bold_author_line_in_the_text_is_no_heading() -> None:
    record = extract(_police("", ("Oberweiler", "Anna Muster", "Bad Lindenau")), url=URL_DE)
    assert record.headings == ["Oberweiler", "Bad Lindenau"]


URL_EN = "https://www.example.org/2025/05/12/nx-s1-5391827/maine-oyster-farmers-warming"
FIRST = (
    "On a gray morning in early May, the oyster farmer throttled his skiff down beside a line "
    "of floating cages on the river and reached for a gaff."
)
TEXTS = (
    "Wren, who has farmed oysters on this stretch of the river for years, is one of dozens of "
    "growers along the coast who say warming water is forcing them to change their ways.",
    "The changes are small on their own. Together, growers and scientists say, they add up to "
    "a quiet overhaul of one of the state's fastest-growing seafood industries.",
)
LAST_EN = "For now, he said, the oysters are still coming up, and that is enough to go on."


def _story(figure: str = "", inside: str = "", after: str = "") -> str:
    text = "".join(f"<p>{t}</p>" for t in TEXTS)
    return (
        "<html lang='en'><body><article><h1>Warming water pushes oyster farmers</h1>"
        f"<div class='storytext'>{figure}<p>{FIRST}</p>{inside}{text}<p>{LAST_EN}</p>{after}"
        "</div></article></body></html>"
    )


def test_a_caption_s_toggle_button_is_no_text() -> None:
    figure = (
        "<div class='imagewrap'><img src='/img/oysters.jpg' alt=''><div class='caption'><p>An "
        "oyster farmer lifts a cage onto his skiff.</p></div><b class='toggle-caption'><b>"
        "toggle caption</b></b></div>"
    )
    record = extract(_story(figure=figure), url=URL_EN)
    assert record.body.text.startswith(FIRST)


def test_a_sentence_about_captions_stays_text() -> None:
    line = "Toggle caption buttons were added to the museum's labels after complaints."
    record = extract(_story(inside=f"<p>{line}</p>"), url=URL_EN)
    assert line in record.body.text


def _overlaid(heading: str) -> str:
    return (
        "<section class='onward'><h2>More on this story</h2><ul>"
        "<li><div><a href='/2025/apr/29/half-of-councils-plan-library-cuts'></a>"
        f"<div>{heading}<p>3 days ago</p></div></div></li>"
        "<li><div><a href='/2025/mar/16/town-fought-to-keep-library-open'></a>"
        "<div><h3>The town that fought to keep its library open</h3></div></div></li></ul>"
        "</section>"
    )


def test_an_empty_link_over_a_card_takes_the_card_s_heading_as_title() -> None:
    page = _story(after="").replace(
        "</article>", "</article>" + _overlaid("<h3>Half of councils plan library cuts</h3>")
    )
    record = extract(page, url=URL_EN)
    assert [r.title for r in record.related] == [
        "Half of councils plan library cuts",
        "The town that fought to keep its library open",
    ]


def test_an_empty_link_in_a_box_without_a_heading_gives_no_card() -> None:
    page = _story().replace("</article>", "</article>" + _overlaid("<span>Libraries</span>"))
    record = extract(page, url=URL_EN)
    assert [r.title for r in record.related] == ["The town that fought to keep its library open"]


RICH_HREF = "https://www.example.org/2025/03/02/councils-warn-of-budget-gaps"


def test_a_rich_link_set_into_the_text_as_an_aside_is_a_teaser() -> None:
    aside = (
        f"<aside class='rich-link'><a href='{RICH_HREF}'><img src='/img/council.jpg' alt=''>"
        "<h4><span>Councils warn of a wave of budget gaps</span></h4><span>Read more</span></a>"
        "</aside>"
    )
    record = extract(_story(inside=aside), url=URL_EN)
    assert [(r.title, r.url) for r in record.related] == [
        ("Councils warn of a wave of budget gaps", RICH_HREF)
    ]
    assert "Read more" not in record.body.text


def test_a_picture_with_its_linked_credit_in_an_aside_is_no_teaser() -> None:
    aside = (
        f"<aside class='photo'><img src='/img/council.jpg' alt=''><p>The council chamber on "
        f"Tuesday.</p><a href='{RICH_HREF}'>Photo: Jane Doe for the Example</a></aside>"
    )
    assert extract(_story(inside=aside), url=URL_EN).related == []


def test_the_notes_under_a_column_as_a_list_are_no_text() -> None:
    notes = (
        "<ul><li><p><em>Imogen Thackeray is a columnist for the Example and a former library "
        "assistant</em></p></li><li><p><em>Do you have an opinion on the issues raised in this "
        "article? Email us a letter of up to 300 words.</em></p></li></ul>"
    )
    record = extract(_story(after=notes), url=URL_EN)
    assert record.body.text.endswith(LAST_EN)


def test_a_list_of_facts_closing_the_text_stays_text() -> None:
    facts = (
        "<ul><li>Oyster farms in the state: 180, up from 120 ten years ago</li>"
        "<li>Water temperature last August: 24 degrees, a record</li></ul>"
    )
    record = extract(_story(after=facts), url=URL_EN)
    assert record.body.text.endswith("Water temperature last August: 24 degrees, a record")


def test_a_live_blog_s_foot_line_is_no_text() -> None:
    foot = "<div class='feed-end'><p>You've reached the beginning of this live blog.</p></div>"
    page = _story().replace("</article>", f"{foot}</article>")
    assert extract(page, url=URL_EN).body.text.endswith(LAST_EN)


COVERAGE = (
    "<aside class='box'><h2>More coverage</h2><ul>"
    "<li><a href='https://www.example.org/news/how-to-prepare-for-a-storm-rcna1498220'>How to "
    "prepare for a storm: before, during and after</a></li>"
    "<li><a href='https://www.example.org/science/storm-alley-shifting-east-rcna1870354'>Why "
    "storm alley appears to be shifting east</a></li></ul></aside>"
)


def test_more_coverage_over_story_links_is_related() -> None:
    page = _story().replace("</article>", f"</article>{COVERAGE}")
    assert [r.title for r in extract(page, url=URL_EN).related] == [
        "How to prepare for a storm: before, during and after",
        "Why storm alley appears to be shifting east",
    ]


def test_a_sentence_about_more_coverage_stays_text() -> None:
    line = "More coverage of the storm season will follow in the weeks ahead, the editor said."
    record = extract(_story(inside=f"<p>{line}</p>"), url=URL_EN)
    assert line in record.body.text


def _entries(stamp: str) -> str:
    entries = "".join(
        f"<article class='card'><div class='card-meta'><time>{stamp}</time><a href='#e{i}'>"
        f"Copy link</a></div><h3>Update number {i} on the storm</h3><p>{text}</p>"
        f"<p>{LAST_EN} {TEXTS[1]}</p></article>"
        for i, text in enumerate((FIRST, *TEXTS))
    )
    return (
        "<html lang='en'><body><main><h1>Live updates: storms push east</h1>"
        f"<div class='feed'>{entries}</div></main></body></html>"
    )


def test_a_live_entry_s_stamp_with_its_zone_and_link_button_is_no_text() -> None:
    record = extract(_entries("4:18 PM EDT"), url=URL_EN)
    assert "EDT" not in record.body.text
    assert "Copy link" not in record.body.text


def test_a_sentence_with_a_time_and_its_zone_stays_text() -> None:
    line = "At 4:18 PM EDT the storm reached the river and the sirens went off."
    record = extract(_story(inside=f"<p>{line}</p>"), url=URL_EN)
    assert line in record.body.text


URL_WP = "https://www.example.de/post/hass-demo-in-der-innenstadt/"


def _preview(slug: str, title: str) -> str:
    return (
        f"<div class='link-preview'><a href='https://www.example.de/post/{slug}/' "
        f"title='{title}'></a><div class='preview-image'><img src='/img/{slug}.jpg'></div>"
        f"<div class='preview-text'><div class='preview-title'>{title}</div><div "
        "class='preview-summary'>Während die Debatte weitergeht, sollen nun neue Regeln "
        "gelten. Von Anna Muster.</div></div></div>"
    )


def _wordpress(after: str) -> str:
    return (
        "<html lang='de'><body><article><h1>Hass-Demo in der Innenstadt</h1><div "
        f"class='entry-content'><p>{PROSE * 2}</p><p>{LAST}</p>{after}</div></article>"
        "</body></html>"
    )


def test_link_previews_under_a_teaser_label_are_related() -> None:
    after = (
        "<h3>mehr von Anna Muster auf example.de</h3>"
        + _preview(
            "neue-regeln-fuer-privatwohnungen-geplant", "Neue Regeln für Privatwohnungen geplant"
        )
        + _preview(
            "grundsteuer-chaos-auf-kosten-der-zahler", "Grundsteuer-Chaos auf Kosten der Zahler"
        )
    )
    record = extract(_wordpress(after), url=URL_WP)
    assert [r.title for r in record.related] == [
        "Neue Regeln für Privatwohnungen geplant",
        "Grundsteuer-Chaos auf Kosten der Zahler",
    ]
    assert record.body.text.endswith(LAST)


def test_text_in_a_box_with_an_empty_anchor_stays_text() -> None:
    line = "Die Stadt will die Regeln im Herbst noch einmal prüfen lassen, hieß es am Abend."
    after = f"<div class='note'><a href='#top'></a><p>{line}</p></div>"
    record = extract(_wordpress(after), url=URL_WP)
    assert record.body.text.endswith(line)
    assert record.related == []


def test_a_rich_link_whose_link_is_an_empty_layer_is_a_teaser() -> None:
    aside = (
        f"<aside class='rich-link'><div class='card'><a href='{RICH_HREF}' aria-label='Councils "
        "warn of a wave of budget gaps'></a><div class='kicker'>Local government</div><div "
        "class='title'>Councils warn of a wave of budget gaps</div><div>Read more</div></div>"
        "</aside>"
    )
    record = extract(_story(inside=aside), url=URL_EN)
    assert [(r.title, r.url) for r in record.related] == [
        ("Councils warn of a wave of budget gaps", RICH_HREF)
    ]


GALLERY_HREF = "https://www.example.org/fotos/oyster-farm-all-the-pictures-78119870.html"


def _gallery(words: str) -> str:
    return (
        f"<aside class='gallery-teaser'><a href='{GALLERY_HREF}'><span class='label'>Gallery"
        f"</span> <img src='/g.jpg'> <span class='title'>{words}</span> <span>18 pictures"
        "</span></a></aside>"
    )


def test_a_gallery_card_set_into_the_text_on_one_line_is_a_teaser() -> None:
    title = "The oyster farm in pictures: a season on the river"
    record = extract(_story(inside=_gallery(title)), url=URL_EN)
    assert [(r.title, r.url) for r in record.related] == [(title, GALLERY_HREF)]


def test_a_linked_picture_with_its_credit_in_an_aside_is_no_teaser() -> None:
    aside = (
        f"<aside class='photo'><a href='{GALLERY_HREF}'><img src='/g.jpg'> <span>Foto: Jane "
        "Doe</span></a></aside>"
    )
    assert extract(_story(inside=aside), url=URL_EN).related == []
