"""fields/tags, fields/links, lexicon/labels, layout/boxes and layout/teasers: "Mehr zum
Thema" over short links to topic pages, tags marked ``rel="tag"`` in a blog's line of meta,
a link list's dates after its titles, a commerce disclosure without the word "affiliate", a
subscription box in the text, cards whose link is an empty layer, a rich link with its
picture first, "More From the Albion Post" on albionpost.co.uk. Near-misses: "Mehr zum
Thema" over teasers, a category marked "category tag", a link marked ``rel="tag"`` to a
page that is no tag's, a title that holds a date, a sentence of a story about commissions,
a link to the subscription page inside a sentence, the same "More From" on another site."""

from __future__ import annotations

import pytest

from conftest import LAST, PROSE
from newsextract import extract
from newsextract.lexicon.bylines import names_a_role

URL = "https://www.example.de/region/stadt-haushalt-beschlossen-2025-1234567.html"
TEXTS = (
    "Wer morgens mit dem Bus zur Arbeit fährt, muss sich ab April auf neue Linien und neue "
    "Abfahrtszeiten an fast allen Haltestellen der Stadt einstellen.",
    "Die Verkehrsbetriebe begründen den Umbau mit den Fahrgastzahlen, die sich seit der "
    "Pandemie deutlich verschoben haben, weg von der Innenstadt.",
)


def _page(after: str = "", inside: str = "") -> str:
    text = f"<p>{PROSE * 2}</p>" + "".join(f"<p>{t}</p>" for t in TEXTS) + inside
    return (
        "<html lang='de'><body><article><h1>Neue Buslinien ab April</h1>"
        f"<div class='txt'>{text}<p>{LAST}</p></div>{after}</article></body></html>"
    )


def test_mehr_zum_thema_over_short_links_to_topic_pages_lists_the_tags() -> None:
    topics = (
        "<div class='topics'><span>Mehr zum Thema:</span>"
        "<a href='https://www.example.de/thema/stadtbus/'>Stadtbus</a> "
        "<a href='https://www.example.de/region/nordstadt/'>Nordstadt</a></div>"
    )
    record = extract(_page(after=topics), url=URL)
    assert record.tags == ["Stadtbus", "Nordstadt"]
    assert record.related == []


def test_mehr_zum_thema_over_teasers_gives_related_and_no_tags() -> None:
    teasers = (
        "<div class='more'><h2>Mehr zum Thema</h2><ul>"
        "<li><a href='https://www.example.de/region/busfahrer-gesucht-2025-1234001.html'>"
        "Busfahrer gesucht</a></li>"
        "<li><a href='https://www.example.de/region/neue-haltestellen-2025-1234002.html'>"
        "Neue Haltestellen</a></li></ul></div>"
    )
    record = extract(_page(after=teasers), url=URL)
    assert record.tags == []
    assert [r.title for r in record.related] == ["Busfahrer gesucht", "Neue Haltestellen"]


def _meta_line(tag_rel: str, tag_path: str) -> str:
    return (
        "<div class='entry-utility'>Dieser Eintrag wurde veröffentlicht in "
        "<a href='https://www.example.de/category/stadt/' rel='category tag'>Stadt</a> und "
        f"verschlagwortet mit <a href='https://www.example.de/{tag_path}/stadtbus/' "
        f"rel='{tag_rel}'>Stadtbus</a>, <a href='https://www.example.de/{tag_path}/fahrplan/' "
        f"rel='{tag_rel}'>Fahrplan</a>. Setze ein Lesezeichen auf den "
        f"<a href='{URL}' rel='bookmark'>Permalink</a>.</div>"
    )


def test_links_marked_as_tags_in_a_blog_s_meta_sentence_are_the_tags() -> None:
    record = extract(_page(after=_meta_line("tag", "tag")), url=URL)
    assert record.tags == ["Stadtbus", "Fahrplan"]


def test_a_category_link_and_tag_marks_on_section_pages_are_no_tags() -> None:
    assert extract(_page(after=_meta_line("category tag", "tag")), url=URL).tags == []
    assert extract(_page(after=_meta_line("tag", "rubrik")), url=URL).tags == []


def _dated_list(titles: list[str]) -> str:
    items = "".join(
        f"<li><a href='https://www.example.de/region/meldung-{i}-2025-12345{i}.html'>{t}</a></li>"
        for i, t in enumerate(titles)
    )
    return f"<div class='more'><h2>Mehr zum Thema</h2><ul>{items}</ul></div>"


def test_a_link_list_s_dates_after_its_titles_are_no_part_of_them() -> None:
    titles = [
        "Weidetierhalter fordern mehr Geld für den Herdenschutz, 05.03.2024",
        "Gericht stoppt Abschuss eines Wolfes (19.01.24, 17:02 Uhr)",
    ]
    record = extract(_page(after=_dated_list(titles)), url=URL)
    assert [r.title for r in record.related] == [
        "Weidetierhalter fordern mehr Geld für den Herdenschutz",
        "Gericht stoppt Abschuss eines Wolfes",
    ]


def test_a_title_that_names_a_date_keeps_it() -> None:
    titles = ["Was sich ab dem 01.04.2025 ändert", "Haushalt 2025 beschlossen: die Zahlen"]
    record = extract(_page(after=_dated_list(titles)), url=URL)
    assert [r.title for r in record.related] == titles


def test_a_hedged_commission_note_is_no_text() -> None:
    note = (
        "If you buy something from a Wireframe link, Lattice Media may earn a commission. "
        "See our ethics statement."
    )
    html = (
        "<html lang='en'><body><article><h1>Earbuds reviewed</h1>"
        f"<p class='disclosure'>{note}</p><div class='body'><p>{PROSE * 2}</p>"
        f"<p>{TEXTS[0]}</p><p>{LAST}</p></div></article></body></html>"
    )
    record = extract(html)
    assert note not in record.body.text
    assert record.summary == []
    assert record.body.blocks[0].text == (PROSE * 2).strip()


def test_a_story_sentence_about_commissions_stays() -> None:
    sentence = "Retailers say publishers may earn a commission on links, which regulators doubt."
    html = (
        "<html lang='en'><body><article><h1>Earbuds reviewed</h1><div class='body'>"
        f"<p>{PROSE * 2}</p><p>{sentence}</p><p>{LAST}</p></div></article></body></html>"
    )
    assert sentence in extract(html).body.text


def test_a_subscription_box_in_the_text_is_no_text() -> None:
    box = (
        "<div class='inline-promo'><p>Unabhängiger Journalismus kostet.</p>"
        "<p>Unterstützen Sie den Boten mit einem Abo ab 18 Franken im Monat.</p>"
        "<a class='btn' href='/abo?src=inline'>Jetzt abonnieren</a></div>"
    )
    record = extract(_page(inside=box), url=URL)
    assert "Abo ab 18 Franken" not in record.body.text
    assert "Journalismus kostet" not in record.body.text
    assert record.body.text.endswith(LAST)


def test_a_sentence_that_links_the_subscription_page_stays() -> None:
    sentence = (
        "Wer die Zeitung abonnieren will, findet die Angebote unter "
        "<a href='/abo'>Jetzt abonnieren</a> oder im Kundencenter am Markt, "
        "das montags bis freitags von neun bis achtzehn Uhr geöffnet hat."
    )
    record = extract(_page(inside=f"<p>{sentence}</p>"), url=URL)
    assert "Kundencenter am Markt" in record.body.text


UK_URL = "https://www.albionpost.co.uk/environment/2025/jun/15/heat-pump-drive-stalling"
EN_TEXT = (
    "Figures published on Thursday show that far fewer heat pumps were fitted under the "
    "scheme than ministers had hoped, and installers blame the planning rules.",
    "Talk to the people who actually fit them, though, and few blame the size of the grant "
    "that the government raised two years ago.",
)


def _en_page(inside: str = "", after: str = "", url: str = UK_URL) -> str:
    text = "".join(f"<p>{t}</p>" for t in EN_TEXT)
    return (
        f"<html lang='en'><head><link rel='canonical' href='{url}'></head><body><article>"
        f"<h1>Heat pump drive stalls</h1><div class='body'>{text}{inside}<p>{EN_TEXT[0]}</p>"
        f"</div>{after}</article></body></html>"
    )


def _overlay_card(slug: str, title: str) -> str:
    return (
        f"<li class='card'><a href='/environment/2025/jun/02/{slug}' aria-label='{title}'></a>"
        f"<div class='media'><img src='/i/{slug}.jpg' alt=''></div>"
        f"<div class='headline'><h3><span>{title}</span></h3></div></li>"
    )


def test_cards_whose_link_is_an_empty_layer_named_by_its_label_are_teasers() -> None:
    cards = _overlay_card("boiler-grant-extended-2028", "Boiler grant to be extended to 2028")
    cards += _overlay_card("gas-boiler-ban-pushed-back", "Gas boiler ban pushed back again")
    after = f"<section><h2>More on this story</h2><ul>{cards}</ul></section>"
    record = extract(_en_page(after=after))
    assert [r.title for r in record.related] == [
        "Boiler grant to be extended to 2028",
        "Gas boiler ban pushed back again",
    ]


def test_a_rich_link_with_its_picture_first_and_its_label_inside_is_a_teaser() -> None:
    rich = (
        "<aside class='rl'><a href='/environment/2025/may/28/installers-postcode-lottery'>"
        "<div class='img'><img src='/i/x.jpg' alt=''></div><div class='t'>"
        "<span class='k'>Related: </span><span class='h'>Installers warn of a postcode "
        "lottery</span></div></a></aside>"
    )
    record = extract(_en_page(inside=rich))
    assert [r.title for r in record.related] == ["Installers warn of a postcode lottery"]
    assert "postcode lottery" not in record.body.text


def test_more_from_the_site_s_name_shortened_in_its_host_is_the_site_s_feed() -> None:
    cards = _overlay_card("boiler-grant-extended-2028", "Boiler grant to be extended to 2028")
    cards += _overlay_card("gas-boiler-ban-pushed-back", "Gas boiler ban pushed back again")
    after = f"<section><h2>More From the Albion Post</h2><ul>{cards}</ul></section>"
    assert extract(_en_page(after=after)).related == []
    # the same label on another site's page names another outlet: its stories are offered
    other = "https://www.northlight.co.uk/environment/2025/jun/15/heat-pump-drive-stalling"
    after = after.replace("/environment/", "https://www.northlight.co.uk/environment/")
    assert len(extract(_en_page(after=after, url=other)).related) == 2


def _credited_page(credits: str, declared: list[str]) -> str:
    people = ",".join(f'{{"@type":"Person","name":"{n}"}}' for n in declared)
    ld = f'{{"@context":"https://schema.org","@type":"NewsArticle","author":[{people}]}}'
    text = f"<p>{PROSE * 2}</p>" + "".join(f"<p>{t}</p>" for t in TEXTS)
    return (
        f"<html lang='de'><head><script type='application/ld+json'>{ld}</script></head><body>"
        f"<article><header><h1>Neue Buslinien ab April</h1><p class='credits'>{credits}</p>"
        f"</header><div class='txt'>{text}<p>{LAST}</p></div></article></body></html>"
    )


def _names(html: str) -> list[str]:
    return [a.name for a in extract(html, url=URL).authors]


def test_who_took_the_pictures_or_edited_the_text_is_no_author() -> None:
    credits = (
        "<span>Text: <a href='/autoren/seraina-tschopp' rel='author'>Seraina Tschopp</a></span> "
        "<span>Bilder: <a href='/autoren/luca-bruegger'>Luca Brügger</a></span>"
    )
    assert _names(_credited_page(credits, ["Seraina Tschopp", "Luca Brügger"])) == [
        "Seraina Tschopp"
    ]
    credits = (
        "<span>Written by <a href='/author/ananya-raghavan'>Ananya Raghavan</a></span> "
        "<span>Edited by: <a href='/author/rohit-menon'>Rohit Menon</a></span>"
    )
    assert _names(_credited_page(credits, ["Ananya Raghavan"])) == ["Ananya Raghavan"]


def test_who_wrote_the_text_and_took_the_pictures_is_its_author() -> None:
    credits = "Text und Bilder: <a href='/autoren/seraina-tschopp'>Seraina Tschopp</a>"
    assert _names(_credited_page(credits, ["Seraina Tschopp"])) == ["Seraina Tschopp"]
    credits = (
        "Von <a href='/autoren/anna-beispiel'>Anna Beispiel</a> und "
        "<a href='/autoren/ben-muster'>Ben Muster</a>"
    )
    assert _names(_credited_page(credits, ["Anna Beispiel", "Ben Muster"])) == [
        "Anna Beispiel",
        "Ben Muster",
    ]


def _points_after(lead: str) -> str:
    points = "".join(
        f"<li>{t}</li>"
        for t in (
            "Ab April stellt die Stadtbus GmbH ihr Liniennetz um.",
            "Die neue Linie 14 fährt im 15-Minuten-Takt.",
        )
    )
    text = "".join(f"<p>{t}</p>" for t in TEXTS)
    return (
        "<html lang='de'><body><article><h1>Neue Buslinien ab April</h1><div class='entry'>"
        f"{lead}<div class='box'><p><strong>Das Wichtigste in Kürze</strong></p><ul>{points}"
        f"</ul></div><p>{PROSE * 2}</p>{text}<p>{LAST}</p></div></article></body></html>"
    )


def test_a_bold_lead_over_the_key_points_box_is_summary_too() -> None:
    lead = (
        "Wer morgens mit dem Bus fährt, muss sich umstellen. Die Stadt ordnet ihr Netz neu – "
        "und verspricht kürzere Takte."
    )
    record = extract(_points_after(f"<p class='lead'><strong>{lead}</strong></p>"), url=URL)
    assert record.summary == [
        lead,
        "Ab April stellt die Stadtbus GmbH ihr Liniennetz um.",
        "Die neue Linie 14 fährt im 15-Minuten-Takt.",
    ]
    assert record.body.blocks[0].text == (PROSE * 2).strip()


def test_a_plain_first_paragraph_over_the_key_points_box_stays_text() -> None:
    first = "Wer morgens mit dem Bus fährt, muss sich ab April auf ein neues Netz einstellen."
    record = extract(_points_after(f"<p>{first}</p>"), url=URL)
    assert record.summary == [
        "Ab April stellt die Stadtbus GmbH ihr Liniennetz um.",
        "Die neue Linie 14 fährt im 15-Minuten-Takt.",
    ]
    assert record.body.blocks[0].text == first


def _media(lines: str) -> str:
    player = f"<div class='player'>{lines}</div>"
    return f"<div class='teaser'><div class='label'>Audio</div>{player}</div>"


def test_a_player_s_box_labelled_with_its_medium_and_running_time_is_no_text() -> None:
    box = _media("<p class='title'>Wolfsverordnung: Was Halter wissen müssen</p><span>3 Min</span>")
    record = extract(_page(inside=box), url=URL)
    assert "Wolfsverordnung" not in record.body.text
    assert "Audio" not in record.body.text
    assert record.body.text.endswith(LAST)


def test_a_box_labelled_audio_without_a_running_time_stays() -> None:
    box = _media(
        "<p>Die Aufnahmen des Stadtrats stehen künftig im Archiv der Stadt bereit, für alle "
        "Bürgerinnen und Bürger, die eine Sitzung verpasst haben.</p>"
    )
    record = extract(_page(inside=box), url=URL)
    assert "Die Aufnahmen des Stadtrats" in record.body.text


def _interview(questions: list[str]) -> str:
    answer = (
        "Das hängt vom Menschen ab, aber die meisten Erwachsenen brauchen sieben bis neun "
        "Stunden, und wer dauerhaft weniger schläft, zahlt dafür mit seiner Gesundheit."
    )
    qa = "".join(f"<p><strong>{q}</strong></p><p>{answer}</p>" for q in questions)
    return (
        "<html lang='de'><body><article><h1>Schlaf und Blutdruck</h1><div class='entry'>"
        f"<p>{PROSE * 2}</p><h2>Nachgefragt bei einer Schlafforscherin</h2>{qa}"
        f"<p>{LAST}</p></div></article></body></html>"
    )


def test_an_interview_s_short_bold_questions_are_no_headings_beside_its_long_ones() -> None:
    questions = [
        "Frau Professorin Seidel, wie viel Schlaf braucht ein Erwachsener wirklich?",
        "Kann man verpassten Schlaf nachholen?",
        "Ab wann sollte man mit Schlafproblemen zum Arzt gehen?",
    ]
    assert extract(_interview(questions), url=URL).headings == [
        "Nachgefragt bei einer Schlafforscherin"
    ]


def test_short_bold_questions_alone_stay_subheadings() -> None:
    questions = ["Kann man verpassten Schlaf nachholen?", "Was hilft gegen Schlafmangel?"]
    assert extract(_interview(questions), url=URL).headings == [
        "Nachgefragt bei einer Schlafforscherin",
        *questions,
    ]


def _menu(sections: int = 6, pages: int = 8) -> str:
    items = "".join(
        f"<li><a href='/s{s}'>Rubrik {s}</a><ul>"
        + "".join(
            f"<li><a href='/s{s}/p{p}'>Ortsteil Nummer {s}-{p}</a></li>" for p in range(pages)
        )
        + "</ul></li>"
        for s in range(sections)
    )
    return f"<ul class='menu'>{items}</ul>"


def test_a_menu_of_nested_link_lists_is_no_content_root_beside_a_short_text() -> None:
    html = (
        f"<html lang='de'><body><nav>{_menu(12, 10)}</nav><aside class='pa'><section class='ar'>"
        f"<h1>Neue Buslinien ab April</h1><article><p>{TEXTS[0]} {TEXTS[1]}</p></article>"
        "</section></aside></body></html>"
    )
    record = extract(html, url=URL)
    assert record.body.text == f"{TEXTS[0]} {TEXTS[1]}"


def test_a_list_of_link_lists_inside_the_text_is_skipped_and_a_list_of_lines_stays() -> None:
    lines = (
        "<ul><li>Die Linie 14 fährt ab April im Takt, Details im <a href='/fahrplan'>Fahrplan</a>."
        "</li><li>Die Linie 9 endet künftig am Bahnhof und nicht mehr am Markt.</li>"
        "<li>Nachtbusse fahren am Wochenende, siehe <a href='/nachtbus'>Nachtbus</a>.</li></ul>"
    )
    record = extract(_page(inside=_menu(3, 4) + lines), url=URL)
    assert "Ortsteil" not in record.body.text
    assert "Die Linie 9 endet künftig am Bahnhof und nicht mehr am Markt." in record.body.text


def _joomla(h2_parent_apart: bool = True) -> str:
    title = "Feuerwehr Hollerbach stellt neues Löschfahrzeug in Dienst"
    h2 = f"<h2 itemprop='headline'>{title}</h2>"
    header = (
        f"<div class='page-header'><h1>Aktuelles aus Hollerbach</h1></div>"
        f"<div class='page-header'>{h2}</div>"
        if h2_parent_apart
        else f"<div class='page-header'><h1>Aktuelles aus Hollerbach</h1>{h2}</div>"
    )
    text = f"<p>{PROSE * 2}</p>" + "".join(f"<p>{t}</p>" for t in TEXTS)
    return (
        f"<html lang='de'><head><title>{title} - Hollerbach aktuell</title>"
        f"<meta property='og:title' content='{title}'></head><body><main><div class='item-page'>"
        f"{header}<div itemprop='articleBody'>{text}</div></div></main></body></html>"
    )


def test_an_h1_that_names_the_section_over_the_h2_the_metadata_confirms() -> None:
    record = extract(_joomla(), url=URL)
    assert record.headline == "Feuerwehr Hollerbach stellt neues Löschfahrzeug in Dienst"
    assert record.kicker is None


def test_an_h2_set_under_the_h1_in_its_header_stays_its_dek() -> None:
    assert extract(_joomla(h2_parent_apart=False), url=URL).headline == "Aktuelles aus Hollerbach"


def _badged_card(slug: str, over: str, title: str) -> str:
    return (
        f"<article><a href='/wirtschaft/{slug}-a-0c2d7e18' title='{title}'>"
        f"<img src='/i/{slug}.jpg'>"
        f"<div><span class='k'><span class='flag'><svg><title>Bote+</title></svg>"
        f"<span class='sr-only'>Bote+</span></span>{over}</span>"
        f"<span class='t'>{title}</span></div></a></article>"
    )


def test_a_card_s_badge_and_kicker_glued_over_the_title_its_link_names_are_dropped() -> None:
    box = (
        "<div class='more'><h2>Mehr zum Thema</h2>"
        + _badged_card("wohnheime", "Studentenwohnheime", "Warum kaum noch Wohnheime gebaut werden")
        + _badged_card("semester", "Studium", "Was sich zum Wintersemester ändert")
        + "</div>"
    )
    record = extract(_page(inside=box), url=URL)
    assert [r.title for r in record.related] == [
        "Warum kaum noch Wohnheime gebaut werden",
        "Was sich zum Wintersemester ändert",
    ]


def test_a_kicker_the_page_joins_to_the_title_stays_with_it() -> None:
    card = (
        "<article><a href='/wirtschaft/krisen-a-cf13633d' title='Wo die nächsten Krisen lauern'>"
        "Crash-Risiko: Wo die nächsten Krisen lauern</a></article>"
    )
    other = card.replace("krisen-a-cf13633d", "zinsen-a-cf13633e").replace(
        "Wo die nächsten Krisen lauern", "Was die Zinswende bedeutet"
    )
    box = f"<div class='more'><h2>Mehr zum Thema</h2>{card}{other}</div>"
    record = extract(_page(inside=box), url=URL)
    assert [r.title for r in record.related] == [
        "Crash-Risiko: Wo die nächsten Krisen lauern",
        "Crash-Risiko: Was die Zinswende bedeutet",
    ]


def _cable(byline: str = "By Marcus Dell") -> str:
    text = "".join(f"<p>{t}</p>" for t in EN_TEXT)
    return (
        "<html lang='en'><body><article><h1>Volcano erupts in Vanuatu</h1>"
        f"<p class='byline'>{byline}</p><div class='body'><div class='player'>"
        "<span>JUST WATCHED</span><h3>Ash billows from the volcano</h3><span>01:12</span>"
        "<div>Replay</div></div><div class='hl'><h3>Story highlights</h3><ul>"
        "<li>The volcano erupted early Tuesday, sending ash twelve miles high</li>"
        "<li>Authorities ordered four thousand people to leave the island</li></ul></div>"
        f"{text}</div></article></body></html>"
    )


def test_story_highlights_are_the_summary_and_a_player_s_read_outs_no_text() -> None:
    record = extract(_cable(), url=UK_URL)
    assert record.summary == [
        "The volcano erupted early Tuesday, sending ash twelve miles high",
        "Authorities ordered four thousand people to leave the island",
    ]
    assert record.body.blocks[0].text == EN_TEXT[0]


def test_staff_is_no_author() -> None:
    assert extract(_cable("By Staff"), url=UK_URL).authors == []
    assert [a.name for a in extract(_cable("By Staff and Marcus Dell"), url=UK_URL).authors] == [
        "Marcus Dell"
    ]


def test_more_from_the_publisher_s_declared_name_is_the_site_s_feed() -> None:
    cards = _overlay_card("boiler-grant-extended-2028", "Boiler grant to be extended to 2028")
    cards += _overlay_card("gas-boiler-ban-pushed-back", "Gas boiler ban pushed back again")
    after = f"<section><h2>More from ANP</h2><ul>{cards}</ul></section>"
    named = "<meta property='og:site_name' content='ANP'>"
    html = _en_page(after=after).replace("<head>", f"<head>{named}")
    assert extract(html).related == []
    assert len(extract(_en_page(after=after)).related) == 2  # no site of that name declared


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Annika Dreyer Korrespondentin in Paris", True),
        ("Benedikt Sauer Redakteur für Industrie und Mobilität", True),
        ("Anna Maria Muster Reporterin im Ressort Politik", True),
        ("Dana Whitcombe Coastal & Environment Reporter", True),
        ("Ellis Park Host, Harbor Morning", True),
        ("Ellis Park hosts the morning show on weekdays", False),
        ("Annika Dreyer übernimmt die Leitung der Verkehrsbetriebe", False),
        ("Korrespondentin in Paris", False),  # a role alone is a profile line, not this
        ("Die Linie 14 fährt im Takt", False),
    ],
)
def test_a_name_with_its_role_under_it_is_an_author_box_s_item(line: str, expected: bool) -> None:
    assert names_a_role(line) is expected


def test_mehr_informationen_over_links_to_the_site_s_stories_are_teasers() -> None:
    items = "".join(
        f"<li><a href='https://www.example.de/region/{s}-2025-12345{i}.html'>{t}</a></li>"
        for i, (s, t) in enumerate(
            [
                ("landarztquote", "Landarztquote: Warum Bayern mehr Studierende aufs Land schickt"),
                ("hausarztpraxen", "Hausarztpraxen: Wo die Versorgung knapp wird"),
            ]
        )
    )
    outside = "<li><a href='https://www.kbv.example.org/praxis'>Ärztliche Bereitschaft</a></li>"
    box = f"<section><h3>Mehr Informationen</h3><ul>{items}{outside}</ul></section>"
    assert [r.title for r in extract(_page(after=box), url=URL).related] == [
        "Landarztquote: Warum Bayern mehr Studierende aufs Land schickt",
        "Hausarztpraxen: Wo die Versorgung knapp wird",
    ]


def _tag_box(names: str, links: list[tuple[str, str]]) -> str:
    chips = "".join(f"<a class='chip' href='{h}'>{t}</a>" for t, h in links)
    return f"<div class='{names}'>{chips}</div>"


def test_a_box_named_as_the_tags_holding_short_links_gives_the_tags() -> None:
    links = [("SV Rotenfels 09", "/verein/sv-rotenfels"), ("Regionalliga", "/fussball/rl")]
    record = extract(_page(after=_tag_box("ArticleTags_tags__dF5nQ", links)), url=URL)
    assert record.tags == ["SV Rotenfels 09", "Regionalliga"]
    links.append(("folgen", "#follow"))
    assert extract(_page(after=_tag_box("article-tags", links)), url=URL).tags == [
        "SV Rotenfels 09",
        "Regionalliga",
    ]


def test_a_box_named_as_tags_that_lists_stories_gives_no_tags() -> None:
    links = [
        ("Rotenfels siegt im Derby", "/fussball/rotenfels-siegt-im-derby-2025-1234567.html"),
        ("Hollbach verliert erneut", "/fussball/hollbach-verliert-erneut-2025-1234568.html"),
    ]
    assert extract(_page(after=_tag_box("story-tags", links)), url=URL).tags == []
    words = "<p>Alle Vereine der Liga finden Sie in unserem Verzeichnis der Sportvereine.</p>"
    box = _tag_box("tags", [("Rotenfels", "/v/r"), ("Hollbach", "/v/h")]).replace(
        "</div>", f"{words}</div>"
    )
    assert extract(_page(after=box), url=URL).tags == []


def test_a_desk_credit_may_say_where_each_reporter_filed_from() -> None:
    from newsextract.lexicon.bylines import desk_credit

    line = "Reporting by Alice Fenwick in London and Daniel Osei in Oslo; Editing by Mark Pendry"
    assert desk_credit(line) == line
    assert desk_credit("Reporting by local media in London") is None


def test_a_french_subscription_box_in_the_text_is_no_text() -> None:
    text = "".join(f"<p>{t}</p>" for t in EN_TEXT)
    box = (
        "<div class='pave'><p>Abonnez-vous</p><p>Profitez de l’intégralité de nos articles "
        "et des newsletters locales. 1 € le premier mois.</p>"
        "<a class='btn' href='/abonnement/?utm_source=article'>Je m’abonne</a></div>"
    )
    html = (
        "<html lang='fr'><body><article><h1>Les hangars seront démolis</h1><div class='art'>"
        f"{text}{box}<p>{EN_TEXT[1]}</p></div></article></body></html>"
    )
    body = extract(html).body.text
    assert "Profitez" not in body
    assert "Abonnez-vous" not in body


def test_a_desk_s_sign_off_right_after_the_text_s_container_is_the_signature() -> None:
    text = "".join(f"<p>{t}</p>" for t in EN_TEXT)
    sign = "Reporting by Alice Fenwick in London; Editing by Mark Pendry"
    html = (
        "<html lang='en'><body><article><h1>Gas prices jump</h1>"
        f"<div class='body'><div class='paras'>{text}<p>{EN_TEXT[1]}</p></div>"
        f"<p class='sign-off'>{sign}</p></div></article></body></html>"
    )
    record = extract(html)
    assert record.signature == sign
    assert sign not in record.body.text


def _tabloid(byline: str) -> str:
    text = "".join(f"<p>{t}</p>" for t in EN_TEXT)
    headline = (
        "Retired postman, 74, who found 37 wartime love letters under his floorboards tracks "
        "down the sailor's daughter"
    )
    short = "Retired postman who found wartime love letters tracks down sailor's daughter"
    return (
        f"<html lang='en'><head><title>{short} | Daily Lantern</title>"
        f"<meta property='og:title' content='{short}'></head><body>"
        "<header><h1 class='logo'><a href='/'><img src='/logo.png' alt='Daily Lantern'></a></h1>"
        f"</header><article><h2 class='headline'>{headline}</h2><ul class='bullets'>"
        "<li><strong>He found the letters wrapped in oilcloth under rotten boards</strong></li>"
        "<li><strong>They were written by a navy stoker between 1941 and 1944</strong></li></ul>"
        f"<p class='byline'>{byline}</p><div class='body'>{text}</div></article></body></html>"
    )


def test_under_a_logo_h1_the_h2_that_rewords_the_title_is_the_headline() -> None:
    record = extract(_tabloid("By <a href='/profile/jt'>JOHN TREVASKIS</a> FOR LANTERNONLINE"))
    assert record.headline.startswith("Retired postman, 74, who found 37 wartime love letters")
    assert record.summary == [
        "He found the letters wrapped in oilcloth under rotten boards",
        "They were written by a navy stoker between 1941 and 1944",
    ]
    assert [a.name for a in record.authors] == ["John Trevaskis"]


def test_an_outlet_after_a_pipe_is_no_name_to_cut() -> None:
    record = extract(_tabloid("By Amy Kuperinsky | NJ Advance Media for NJ.com"))
    assert [a.name for a in record.authors] == ["Amy Kuperinsky"]


def test_a_live_update_line_under_the_headline_is_neither_summary_nor_text() -> None:
    update = (
        "<div class='liveline'><strong>Update:</strong> <time>15.20 Uhr</time> <span>Die "
        "Polizei hat einen 34-jährigen Tatverdächtigen festgenommen.</span></div>"
    )
    lead = (
        "Zwei maskierte Männer haben am Mittwoch ein Juweliergeschäft am Marktplatz überfallen. "
        "Die Polizei suchte stundenlang mit einem Hubschrauber nach den Tätern."
    )
    text = f"<p>{PROSE * 2}</p>" + "".join(f"<p>{t}</p>" for t in TEXTS)
    html = (
        "<html lang='de'><body><article><header><h1>Maskierte Männer überfallen Juwelier</h1>"
        f"{update}<p class='teaser'>{lead}</p></header><div class='txt'>{text}<p>{LAST}</p>"
        "</div></article></body></html>"
    )
    record = extract(html, url=URL)
    assert record.summary == [lead]
    assert "Tatverdächtigen" not in record.body.text


def test_a_swiss_redaktor_s_desk_is_his_role() -> None:
    from newsextract.lexicon.names import as_person

    assert as_person("Reto Gantenbein Redaktor News") == {
        "name": "Reto Gantenbein",
        "role": "Redaktor News",
    }


def test_a_newsroom_credit_right_after_the_text_s_container_is_the_signature() -> None:
    text = f"<p>{PROSE * 2}</p>" + "".join(f"<p>{t}</p>" for t in TEXTS)
    html = (
        "<html lang='de'><body><article><h1>Lawinengefahr steigt</h1><div class='story'>"
        f"<div class='text'>{text}<p>{LAST}</p></div><p class='source'>red, funk.at/Agenturen</p>"
        "</div></article></body></html>"
    )
    assert extract(html, url=URL).signature == "red, funk.at/Agenturen"
    # a source named with its label there is the press release's, no desk's credit
    html = html.replace("red, funk.at/Agenturen", "Quelle: Accurec")
    assert extract(html, url=URL).signature is None


def test_a_list_s_link_to_all_its_section_s_stories_is_no_teaser() -> None:
    items = "".join(
        f"<li><a href='https://www.example.de/region/{s}-2025-12345{i}.html'>{t}</a></li>"
        for i, (s, t) in enumerate(
            [
                ("umgehung", "Ortsumgehung: Baubeginn verschiebt sich"),
                ("kreistag", "Kreistag berät"),
            ]
        )
    )
    more = (
        "<li><a href='https://www.example.de/region/meldungen-2025-1234599.html'>"
        "Alle Meldungen aus der Region</a></li>"
    )
    box = f"<section><h2>Weitere Meldungen</h2><ul>{items}{more}</ul></section>"
    assert "Alle Meldungen aus der Region" not in [
        r.title for r in extract(_page(after=box), url=URL).related
    ]


def _interview_page(first: str) -> str:
    answer = (
        "Weil unsere Kunden bei uns nicht das billigste Getriebe kaufen, sondern das, das "
        "dreißig Jahre hält, und weil die Leute, die es bauen, hier in der Region wohnen."
    )
    return (
        "<html lang='de'><body><article><div class='overline'><a class='o' href='/mittelstand/'>"
        "Mittelstand</a><span class='badge'>Interview</span></div><h1>Wir bleiben hier</h1>"
        f"<div class='body'><p><strong>{first}</strong></p><p>{answer}</p><p>{PROSE * 2}</p>"
        f"<p>{LAST}</p></div></article></body></html>"
    )


def test_an_interview_s_bold_first_question_is_no_standfirst_and_its_genre_no_kicker() -> None:
    question = (
        "Frau Vosskamp, viele Ihrer Wettbewerber bauen neue Werke im Ausland. Sie dagegen "
        "investieren hier. Warum?"
    )
    record = extract(_interview_page(question), url=URL)
    assert record.kicker == "Mittelstand"
    assert record.summary == []
    assert record.body.blocks[0].text == question


def test_a_bold_standfirst_that_ends_on_a_question_to_no_one_stays_it() -> None:
    lead = (
        "Die ersten zehn Spieltage der Bundesliga sind gespielt. Wie sähe die Tabelle ohne "
        "Fehlentscheidungen aus?"
    )
    assert extract(_interview_page(lead), url=URL).summary == [lead]


def _accordion(toggle: str) -> str:
    answers = (
        "Mieter können Einwände bis zum Ablauf des zwölften Monats nach Zugang der "
        "Abrechnung geltend machen, danach sind sie in der Regel ausgeschlossen.",
        "Eine Nachzahlung wird mit Zugang einer ordnungsgemäßen Abrechnung fällig, viele "
        "Vermieter setzen dafür eine Frist von dreißig Tagen.",
        "Die Mitgliedschaft in einem örtlichen Mieterverein kostet meist zwischen sechzig und "
        "hundertzwanzig Euro im Jahr, die Prüfung ist oft enthalten.",
    )
    items = "".join(
        f"<div class='acc__item'><button class='acc__toggle' type='button' {toggle}>"
        f"Frage {i}?</button><div class='acc__panel' id='a1'><p>{a}</p></div></div>"
        for i, a in enumerate(answers)
    )
    return f"<div class='faq'><h2>Häufige Fragen</h2><div class='acc'>{items}</div></div>"


def test_an_faq_accordion_s_answers_are_text() -> None:
    record = extract(_page(inside=_accordion("aria-expanded='false' aria-controls='a1'")), url=URL)
    assert "danach sind sie in der Regel ausgeschlossen." in record.body.text
    assert record.headings == ["Häufige Fragen"]


def test_a_box_around_a_plain_button_stays_a_widget() -> None:
    record = extract(_page(inside=_accordion("onclick='vote()'")), url=URL)
    assert "Einwände" not in record.body.text


def test_a_science_site_s_end_matter_is_no_text_and_explore_further_heads_teasers() -> None:
    text = "".join(f"<p>{t}</p>" for t in EN_TEXT)
    end = (
        "<p><strong>More information:</strong> A. Voss et al, Winter ebullition from lakes, "
        "Cryosphere (2025).</p><p>Provided by <a href='https://uni.example.org/'>University of "
        "Eastmoor</a></p><h3>Explore further</h3><ul>"
        "<li><a href='/news/2025-02-thaw-ponds-switch-sources.html'>Thaw ponds switch from "
        "sinks to sources</a></li><li><a href='/news/2025-01-satellite-census-new-lakes.html'>"
        "Satellite census finds new lakes</a></li></ul>"
        "<p>This document is protected by copyright. No part may be reproduced.</p>"
    )
    html = (
        "<html lang='en'><head><link rel='canonical' href='https://sciphere.example/news/2025-03-"
        "meltwater-lakes.html'></head><body><article><h1>Meltwater lakes release methane</h1>"
        f"<div class='body'>{text}<p>{EN_TEXT[1]}</p>{end}</div></article></body></html>"
    )
    record = extract(html)
    assert record.body.text.endswith(EN_TEXT[1])
    assert [r.title for r in record.related] == [
        "Thaw ponds switch from sinks to sources",
        "Satellite census finds new lakes",
    ]


def test_a_box_named_for_more_stories_under_the_site_s_name_is_its_feed() -> None:
    cards = "".join(
        f"<li><a href='/environment/2025/jun/02/{slug}'>{title}</a></li>"
        for slug, title in (
            ("boiler-grant-extended-2028", "Boiler grant to be extended to 2028"),
            ("gas-boiler-ban-pushed-back", "Gas boiler ban pushed back again"),
        )
    )
    box = (
        "<div class='list-more-stories'><h2>More Stories From Albion Post</h2>"
        f"<ul>{cards}</ul></div>"
    )
    assert extract(_en_page(after=box)).related == []
    other = box.replace("Albion Post", "Northlight Radio")
    assert len(extract(_en_page(after=other)).related) == 2


def test_a_guest_contribution_s_label_is_a_byline_label_of_its_own() -> None:
    from newsextract.lexicon.labels import LABEL_ONLY

    assert all(LABEL_ONLY.match(t) for t in ("Gastbeitrag von", "Ein Beitrag von", "Written by"))
    assert not LABEL_ONLY.match("Gastbeitrag von Helga Brunner")  # the label with its name
