"""fields/tags: tags are the topics a reader sees (under a label, links to topic pages,
keywords shown as links), never site menus or footers; the keyword metadata is
``keywords``."""

from __future__ import annotations

from conftest import LAST, PROSE, article
from newsextract import extract


def test_cms_ids_and_slugs_in_keywords_are_no_tags() -> None:
    head = (
        '<meta property="article:tag" content="8f507083-bac4-423a-9015-2eb31e1bce50">'
        '<meta property="article:tag" content="stats-team-all-articles">'
        '<meta property="article:tag" content="Haushalt">'
        '<meta property="article:tag" content="E-Auto-Prämie">'
    )
    got = extract(article(f"<p>{PROSE * 3}</p>", head=head))
    assert got.keywords == ["Haushalt", "E-Auto-Prämie"]
    assert got.tags == []  # written for search engines, shown nowhere


def test_comma_separated_meta_tags_are_split() -> None:
    head = '<meta property="article:tag" content="Spain,Europe, World news,Spain">'
    assert extract(article(f"<p>{PROSE * 3}</p>", head=head)).keywords == [
        "Spain",
        "Europe",
        "World news",
    ]


def test_keywords_shown_as_links_with_the_article_are_tags() -> None:
    head = '<meta property="article:tag" content="Haushalt,Stadtrat,Kommunalwahl">'
    chips = (
        "<div class='chips'><a href='/haushalt'>Haushalt</a> <a href='/stadtrat'>Stadtrat</a></div>"
    )
    prose = f"<p>{PROSE * 2} Über den <a href='/kommunalwahl'>Kommunalwahl</a> sprach keiner.</p>"
    got = extract(article(f"{prose}{chips}", head=head))
    assert got.tags == ["Haushalt", "Stadtrat"]  # a link inside a sentence is no topic shown
    assert got.keywords == ["Haushalt", "Stadtrat", "Kommunalwahl"]


def test_links_to_topic_pages_after_the_text_are_tags_without_a_label() -> None:
    chips = (
        "<ul><li><a href='/thema/haushalt/'>Haushalt</a></li>"
        "<li><a href='/thema/stadtrat/'>Stadtrat</a></li></ul>"
    )
    site = (
        "<div><p>Top-Themen</p><a href='/thema/wetter/'>Wetter</a>"
        "<a href='/thema/bahn/'>Bahn</a></div>"
    )
    got = extract(article(f"<p>{PROSE * 3}</p>{chips}", h1="<h1>Stadtrat beschließt Haushalt</h1>"))
    assert got.tags == ["Haushalt", "Stadtrat"]
    got = extract(article(f"<p>{PROSE * 3}</p>{site}"))
    assert got.tags == []  # the site's topics of the day


def test_a_styled_label_heads_the_topic_links_after_its_wrappers() -> None:
    label = "<div><div><div><h4>\n   Mehr lesen über\n  </h4></div></div></div>"
    links = (
        "<ul><li><a href='/politik/gaza/'>Gazastreifen</a></li>"
        "<li><a href='/israel/'>Israel</a></li></ul>"
    )
    got = extract(article(f"<p>{PROSE * 3}</p><section>{label}{links}</section>"))
    assert got.tags == ["Gazastreifen", "Israel"]


def test_site_footer_topics_are_no_tags_and_empty_labels_no_body() -> None:
    html = (
        "<html lang='de'><head><meta name='keywords' content='x'>"
        "<meta property='article:tag' content='Haushalt'></head><body><article>"
        f"<h1>Stadtrat beschließt Haushalt</h1><p>{PROSE * 2}</p><p>(Bild: )</p>"
        "<p>Dieses Thema im Programm:</p></article><footer><h2>Themen</h2>"
        "<ul><li><a href='/sport'>Sport</a></li><li><a href='/kultur'>Kultur</a></li></ul>"
        "</footer></body></html>"
    )
    got = extract(html)
    assert got.tags == []
    assert got.keywords == ["Haushalt"]
    assert got.text == (PROSE * 2).strip()


def test_a_topics_menu_above_the_headline_gives_no_tags() -> None:
    menu = (
        "<div class='top'><span>Themen</span><a href='/sport'>Sport</a>"
        "<a href='/kultur'>Kultur</a></div>"
    )
    tags = "<p>Schlagworte: <a href='/t/haushalt'>Haushalt</a>, <a href='/t/rat'>Stadtrat</a></p>"
    html = (
        f"<html lang='de'><body>{menu}<article><h1>Stadtrat beschließt Haushalt</h1>"
        f"<p>{PROSE * 2}</p>{tags}</article></body></html>"
    )
    assert extract(html).tags == ["Haushalt", "Stadtrat"]
    meta = "<meta property='article:tag' content='Haushalt'>"
    html = (
        f"<html lang='de'><head>{meta}</head><body>{menu}<article>"
        f"<h1>Stadtrat beschließt Haushalt</h1><p>{PROSE * 2}</p></article></body></html>"
    )
    assert extract(html).tags == []


def test_topics_in_a_footer_named_by_class_are_no_tags() -> None:
    meta = "<meta property='article:tag' content='Haushalt'>"
    footer = (
        "<div class='footer'><h3>Themen</h3><ul><li><a href='/kinder'>Kinder</a></li>"
        "<li><a href='/kultur'>Kultur</a></li></ul></div>"
    )
    html = (
        f"<html lang='de'><head>{meta}</head><body><article><h1>Stadtrat beschließt Haushalt"
        f"</h1><p>{PROSE * 2}</p></article>{footer}</body></html>"
    )
    assert extract(html).tags == []


def test_teasers_are_related_but_links_to_topic_pages_are_not() -> None:
    teasers = (
        "<h3>Ähnliche Beiträge</h3><ul>"
        "<li><a href='https://example.de/politik/haushalt-2025-4711.html'>Haushalt 2025</a></li>"
        "<li><a href='https://example.de/thema/stadtrat/'>Stadtrat</a></li>"
        "<li><a href='https://example.de/thema/haushalt/4712'>Was der Haushalt bringt</a></li>"
        "</ul>"
    )
    got = extract(article(f"<p>{PROSE}</p><p>{PROSE}</p>{teasers}"))
    assert [(r.title, r.url) for r in got.related] == [
        ("Haushalt 2025", "https://example.de/politik/haushalt-2025-4711.html"),
        ("Was der Haushalt bringt", "https://example.de/thema/haushalt/4712"),
    ]


def test_topics_under_a_box_label_mid_text_are_tags_and_the_text_goes_on() -> None:
    page = article(
        f"<div class='text'><p>{PROSE * 2}</p><div class='box'><h3>RELATED TOPICS</h3>"
        "<ul><li><a href='/topic/social-security'>Social Security,</a></li>"
        "<li><a href='/topic/alle'>Alle Themen</a></li></ul></div>"
        f"<p>{PROSE}</p><p>{LAST}</p></div>"
    )
    record = extract(page).to_dict()
    assert record["tags"] == ["Social Security"]
    assert record["body"]["text"].endswith(LAST)


def test_related_topic_pages_labelled_so_are_the_tags() -> None:
    line = (
        "<p>Zugehörige Themenseiten:<br><a href='/thema/digitalisierung/'>Digitalisierung</a>"
        " und <a href='/thema/it-sicherheit/'>IT-Sicherheit</a></p>"
    )
    got = extract(article(f"{line}<p>{PROSE * 2}</p><p>{LAST}</p>"))
    assert got.tags == ["Digitalisierung", "IT-Sicherheit"]
    assert got.text == f"{(PROSE * 2).strip()}\n\n{LAST}"


def test_topics_in_the_articles_own_footer_under_a_thema_label_without_counts() -> None:
    footer = (
        "<footer><div><h2><a href='/themen/'><span>Thema:</span></a></h2><ul>"
        "<li><a href='/t/siemens/'>Siemens <span>3922</span></a></li>"
        "<li><a href='/t/kohle/'>Kohle <span>27</span></a></li></ul></div></footer>"
    )
    got = extract(article(f"<p>{PROSE * 3}</p><p>{LAST}</p>{footer}"))
    assert got.tags == ["Siemens", "Kohle"]
