"""lexicon/bylines, lexicon/names, lexicon/labels, checks, layout/headline and
layout/cards: a surname that is a weekday's name before the date ("Jonas Freitag
03.02.2021"), a newsroom named in one word ("WIMA-Redaktion"), Drupal's "Gespeichert von X
am ...", a shop's product page and a forum's thread refused, a section's name as h1 over
the headline its markup names, a reading cue in a card link's title. Near-misses: a
weekday with its comma, a person beside that newsroom, a review of a product and an
article with its comments' thread declared, an h1 headline over a dek the title repeats,
a title that opens with a word of the cue."""

from __future__ import annotations

import json

import pytest

from conftest import LAST, PROSE
from newsextract import extract
from newsextract.errors import NewsExtractError

URL = "https://www.example.de/lokales/nordkreis/bruecke-gesperrt-id4410021.html"


def _page(byline: str, head: str = "") -> str:
    return (
        f"<html lang='de'><head>{head}</head><body><article><h1>Brücke wird gesperrt</h1>"
        f"<p class='article__byline'>{byline}</p><div class='text'><p>{PROSE * 2}</p>"
        f"<p>{LAST}</p></div></article></body></html>"
    )


TWELVE_HOURS_OFF = "<meta property='article:published_time' content='2021-02-03T21:15:00+01:00'>"


def test_a_surname_that_names_a_weekday_stays_the_name() -> None:
    byline = "Katrin Hollweg/Jonas Freitag 03.02.2021, 09.15 Uhr"
    record = extract(_page(byline, TWELVE_HOURS_OFF), url=URL)
    assert [a.name for a in record.authors] == ["Katrin Hollweg", "Jonas Freitag"]
    assert record.published == "2021-02-03T09:15:00+01:00"


def test_a_weekday_with_its_comma_is_the_date_s() -> None:
    record = extract(_page("Von Anna Muster, Freitag, 03.02.2021"), url=URL)
    assert [a.name for a in record.authors] == ["Anna Muster"]


def test_the_site_s_newsroom_in_one_word_is_no_author() -> None:
    assert extract(_page("Von WIMA-Redaktion"), url=URL).authors == []


def test_a_person_beside_the_newsroom_in_one_word_is_the_author() -> None:
    record = extract(_page("Von Anna Muster, WIMA-Redaktion"), url=URL)
    assert [a.name for a in record.authors] == ["Anna Muster"]


def test_drupal_s_gespeichert_von_line_is_the_byline() -> None:
    line = "Gespeichert von Martin Oberländer am 3. Mai 2016 - 10:05 in der Rubrik Gemeindeleben"
    record = extract(_page(line), url=URL)
    assert [a.name for a in record.authors] == ["Martin Oberländer"]
    assert record.published == "2016-05-03T10:05:00+02:00"


def _ld(obj: dict) -> str:
    return f"<script type='application/ld+json'>{json.dumps(obj)}</script>"


PRODUCT = {
    "@context": "https://schema.org",
    "@type": "Product",
    "name": "Handmühle Fjordia Pro",
    "offers": {"@type": "Offer", "price": "89.00", "priceCurrency": "EUR"},
}


def _shop(head: str) -> str:
    return (
        f"<html lang='de'><head>{head}</head><body><main><h1>Handmühle Fjordia Pro</h1>"
        f"<div class='description'><p>{PROSE * 2}</p><p>{LAST}</p></div></main></body></html>"
    )


def test_a_shop_s_product_page_is_no_article() -> None:
    head = "<meta property='og:type' content='product'>" + _ld(PRODUCT)
    with pytest.raises(NewsExtractError, match="product page"):
        extract(_shop(head), url="https://www.example-shop.de/handmuehle-fjordia-pro")


def test_a_review_of_a_product_is_an_article() -> None:
    review = {**PRODUCT, "review": {"@type": "Review", "author": "Anna Muster"}}
    head = "<meta property='og:type' content='article'>" + _ld(review)
    record = extract(_shop(head), url="https://www.example.de/tests/handmuehle-im-test")
    assert record.headline == "Handmühle Fjordia Pro"


THREAD = {
    "@context": "https://schema.org",
    "@type": "DiscussionForumPosting",
    "headline": "Seized bottom bracket on an old frame",
    "author": {"@type": "Person", "name": "gearhead71"},
}


def test_a_forum_s_thread_is_no_article() -> None:
    head = "<meta property='og:type' content='website'>" + _ld(THREAD)
    with pytest.raises(NewsExtractError, match="forum"):
        extract(_shop(head), url="https://forum.example.org/threads/seized-bracket.4471/")


def test_an_article_that_declares_its_comments_thread_is_an_article() -> None:
    article = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Mühle"}
    head = _ld(article) + _ld(THREAD)
    assert extract(_shop(head), url=URL).headline == "Handmühle Fjordia Pro"


HEADLINE = "Council quietly extended ferry contract two years before public vote"


def _section_over(h2: str, title: str) -> str:
    return (
        f"<html lang='en'><head><title>{title} – Bay Chronicle</title><meta property='og:title'"
        f" content='{title}'></head><body><article><header><h1 class='section-label'>City "
        f"Council &amp; Local Government News</h1>{h2}</header><div class='body'><p>"
        f"{PROSE * 2}</p><p>{LAST}</p></div></article></body></html>"
    )


def test_a_section_h1_over_the_headline_its_markup_names_gives_way() -> None:
    h2 = (
        "<h2 class='c-heading c-heading--headline'><span class='overline'>Investigation</span>"
        f"<span class='visually-hidden'>: </span>{HEADLINE}</h2>"
    )
    record = extract(_section_over(h2, HEADLINE), url="https://www.example.com/2025/05/ferry")
    assert (record.headline, record.kicker) == (HEADLINE, "Investigation")


def test_an_h1_headline_over_a_dek_the_title_repeats_stays_the_headline() -> None:
    dek = "Ann Cotten weaves the local and the global in her new book of stories"
    page = _section_over(f"<h2>{dek}</h2>", dek).replace(
        "City Council &amp; Local Government News", "Seen from the ground up"
    )
    record = extract(page, url="https://www.example.com/2025/05/review")
    assert record.headline == "Seen from the ground up"


def _cards(title_attr: str, title: str) -> str:
    slug = "sachkunde-lehrgaenge-bildungszentren-stocken-auf"
    return (
        "<div class='more'><h2>Mehr zum Thema</h2><div class='item'><figure><a "
        f"href='/nachrichten/{slug}.html' title='{title_attr}'><img src='/a.jpg' alt=''></a>"
        f"</figure><h3><a href='/nachrichten/{slug}.html'>{title}</a></h3></div></div>"
    )


def test_a_reading_cue_in_a_card_link_s_title_is_no_part_of_the_title() -> None:
    title = "Sachkunde-Lehrgänge: Bildungszentren stocken auf"
    page = _page("Von Anna Muster").replace(
        "</article>", f"</article>{_cards('Den Artikel lesen: ' + title, title)}"
    )
    assert [r.title for r in extract(page, url=URL).related] == [title]


def test_a_title_opening_with_a_word_of_the_cue_keeps_it() -> None:
    title = "Artikel 13: Was die Reform für Betriebe bedeutet"
    page = _page("Von Anna Muster").replace("</article>", f"</article>{_cards(title, title)}")
    assert [r.title for r in extract(page, url=URL).related] == [title]


def _french(before: str) -> str:
    return (
        "<html lang='fr'><body><article><header>"
        f"{before}<h1>À Pontmarais, la halle du marché rouvrira en septembre</h1></header>"
        f"<div class='text'><p>{PROSE * 2}</p><p>{LAST}</p></div></article></body></html>"
    )


BADGE = (
    "<span class='badge' title='Article réservé aux abonnés'><span class='visually-hidden'>"
    "Article réservé aux abonnés</span></span>"
)


def test_the_kicker_over_a_subscription_badge_is_the_kicker() -> None:
    record = extract(_french(f"<div class='kicker'>Urbanisme</div>{BADGE}"))
    assert record.kicker == "Urbanisme"


def test_a_subscription_badge_alone_over_the_headline_is_no_kicker() -> None:
    assert extract(_french(BADGE)).kicker is None


POINTS = (
    "Die Kosten haben sich seit 2019 mehr als verdoppelt",
    "Der Bau soll nicht vor 2036 fertig werden",
    "Die Gebühren könnten um 38 Euro im Jahr steigen",
)
OPENING = (
    "Der erste Absatz erzählt, wie die Stadt das Projekt vor sechs Jahren beschlossen hat und "
    "was seither geschah.",
    "Der zweite Absatz erklärt, warum die Kosten gestiegen sind und wer die Mehrkosten am Ende "
    "tragen soll.",
    "Der dritte Absatz lässt die Kritiker zu Wort kommen, die den Bau schon immer für zu teuer "
    "hielten.",
)


def _points(label_and_list: str) -> str:
    text = "".join(f"<p>{t}</p>" for t in OPENING)
    return (
        "<html lang='de'><body><article><h1>Das Becken wird teurer</h1><div class='text'>"
        f"{text}{label_and_list}<p>{PROSE}</p><p>{LAST}</p></div></article></body></html>"
    )


def test_a_key_points_box_of_its_own_further_down_is_the_summary() -> None:
    items = "".join(f"<li>{p}</li>" for p in POINTS)
    box = f"<div class='keypoints'><h4>Das Wichtigste in Kürze</h4><ul>{items}</ul></div>"
    record = extract(_points(box))
    assert record.summary == list(POINTS)
    assert "Das Wichtigste" not in record.body.text


def test_a_summary_label_set_as_a_heading_in_the_text_heads_no_summary() -> None:
    items = "".join(f"<li>{p}</li>" for p in POINTS)
    record = extract(_points(f"<h3>Das Wichtigste in Kürze</h3><ul>{items}</ul>"))
    assert record.summary == []
    assert POINTS[0] in record.body.text


def test_a_key_points_aside_with_a_title_of_its_own_in_the_text_is_the_summary() -> None:
    items = "".join(f"<li>{p}</li>" for p in POINTS)
    box = (
        "<aside class='box'><p class='label'>Auf einen Blick</p><p class='title'>Teure "
        f"Becken</p><ul>{items}</ul></aside>"
    )
    record = extract(_points(box))
    assert record.summary == list(POINTS)
    assert "Auf einen Blick" not in record.body.text
    assert "Teure Becken" not in record.body.text
