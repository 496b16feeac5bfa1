"""lexicon/dates and fields/dates: date forms, Berlin offsets, the dates a page gives."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from conftest import LAST, PROSE, article
from newsextract import extract
from newsextract.lexicon.dates import BERLIN, format_rfc3339, from_url, parse_machine, parse_visible


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("22.07.2025 14.42", datetime(2025, 7, 22, 14, 42)),
        ("17.11.2018, 07.50 Uhr", datetime(2018, 11, 17, 7, 50)),
        ("Von X - 05.01.2024 09:30 Uhr", datetime(2024, 1, 5, 9, 30)),
        ("22. Juli 2025, 14:42 Uhr", datetime(2025, 7, 22, 14, 42)),
        ("Stand: 3. März 2024", date(2024, 3, 3)),
        ("July 22, 2025 at 2:42 pm", datetime(2025, 7, 22, 14, 42)),
        ("keine Zeit hier", None),
        ("Stand von 03.11 Uhr", None),  # a time of day, not the 3rd of November
        ("Do 25.04.24 | 14:07 Uhr", datetime(2024, 4, 25, 14, 7)),
        ("Version 10.12.23.4", None),
        ("Mis à jour le 3 mars 2024 à 10h12", datetime(2024, 3, 3, 10, 12)),
        ("1er août 2023", date(2023, 8, 1)),
        ("12 de marzo de 2024, 10:15", datetime(2024, 3, 12, 10, 15)),
        ("5 maggio 2024 alle 9.30", datetime(2024, 5, 5, 9, 30)),
        ("3 maart 2024 om 10.12", datetime(2024, 3, 3, 10, 12)),
        ("sexta-feira, 22 de outubro de 2010 às 20:13", datetime(2010, 10, 22, 20, 13)),
        ("März 3, 2018", date(2018, 3, 3)),
        ("Les 3 mousquetaires, 2024", None),  # a number before a word that is no month
        ("14 | 03 | 2019", date(2019, 3, 14)),
        ("Datum: 3.4.15", date(2015, 4, 3)),
        ("Version 3.4.15", None),  # a one-digit day and a two-digit year only after a label
        ("Das Team 3.4.15 gewann", None),  # "am" only as a word
        ("12 mars 2024 10.000 manifestants", date(2024, 3, 12)),  # a number, no time
    ],
)
def test_visible_dates(text, expected) -> None:
    assert parse_visible(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Oct 17, 2022, 4:01 PM EDT", "2022-10-17T16:01:00-04:00"),
        ("Updated: Oct 9, 2019, 11:05 IST", "2019-10-09T11:05:00+05:30"),
        ("22.07.2025, 14:42 MESZ", "2025-07-22T14:42:00+02:00"),
        ("Oct 17, 2022, 4:01 PM. EDTA says", "2022-10-17T16:01:00"),  # no zone: stays naive
    ],
)
def test_a_zone_printed_after_the_time_gives_the_offset(text: str, expected: str) -> None:
    assert format_rfc3339(parse_visible(text), None) == expected


def test_a_named_day_in_metadata_is_a_date_not_its_midnight() -> None:
    assert parse_machine("December 1, 2016") == date(2016, 12, 1)
    assert parse_machine("20180619T055000+0900").hour == 5


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-07-22T14:42:00", "2025-07-22T14:42:00+02:00"),  # summer: CEST
        ("2025-01-22T14:42:00", "2025-01-22T14:42:00+01:00"),  # winter: CET
        ("2025-03-30T00:30:00Z", "2025-03-30T01:30:00+01:00"),  # before the switch
        ("2025-03-30T06:05:00Z", "2025-03-30T08:05:00+02:00"),  # after the switch
        ("2025-07-22T12:42:00+00:00", "2025-07-22T14:42:00+02:00"),
        ("2025-07-22", "2025-07-22"),
        ("Tue, 22 Jul 2025 14:42:00 +0200", "2025-07-22T14:42:00+02:00"),
        ("2021-03-04T10:15:30:123Z", "2021-03-04T11:15:30+01:00"),  # milliseconds after ":"
    ],
)
def test_machine_dates_in_berlin(value, expected) -> None:
    assert format_rfc3339(parse_machine(value), BERLIN) == expected


def test_naive_time_without_zone_keeps_no_offset() -> None:
    assert format_rfc3339(datetime(2025, 7, 22, 14, 42), None) == "2025-07-22T14:42:00"


def test_garbage_is_no_date() -> None:
    assert parse_machine("gestern") is None
    assert parse_machine("") is None


def _page(head: str, body: str) -> str:
    return (
        f"<html lang='de'><head>{head}</head><body><article><h1>Eine Überschrift</h1>"
        f"{body}<div class='text'><p>"
        f"{'Ein Satz mit genug Wörtern für den Artikeltext, der weitergeht. ' * 8}"
        "</p></div></article></body></html>"
    )


def test_machine_time_wins_over_the_visible_dateline() -> None:
    html = _page(
        '<meta property="article:published_time" content="2024-02-01T08:00:00+01:00">',
        "<p>01.02.2024 09.15</p>",
    )
    assert extract(html).published == "2024-02-01T08:00:00+01:00"


def test_visible_time_refines_a_date_only_value() -> None:
    html = _page(
        '<meta property="article:published_time" content="2024-02-01">', "<p>01.02.2024 09.15</p>"
    )
    assert extract(html).published == "2024-02-01T09:15:00+01:00"


def test_dates_in_the_body_are_never_the_publication_date() -> None:
    html = _page(
        "",
        "<p>Am 19.12.2019 um 10.30 Uhr begann der Prozess, sagte der Richter heute."
        " Er dauerte bis in den Abend hinein und endete mit einem Urteil.</p>",
    )
    article = extract(html)
    assert article.published is None
    assert "published: no publication date found" in article.warnings


def test_a_contradicting_machine_date_gives_way_to_the_one_the_page_shows() -> None:
    html = _page(
        '<meta property="article:published_time" content="2024-02-01T08:00:00+01:00">'
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"datePublished": "2024-02-03T10:00:00+01:00"}</script>',
        "<p>01.02.2024 08.00</p>",
    )
    assert extract(html).published == "2024-02-01T08:00:00+01:00"


def test_a_later_weak_date_never_beats_the_visible_one() -> None:
    html = _page('<meta name="date" content="2024-02-03">', "<p>Stand: 01.02.2024 18.00 Uhr</p>")
    assert extract(html).published == "2024-02-01T18:00:00+01:00"


def test_the_time_element_nearest_the_headline_not_a_header_clock_or_teaser() -> None:
    html = (
        "<html lang='de'><body><header><time datetime='2024-03-09'>Heute</time></header>"
        "<article><h1>Eine Überschrift</h1><time datetime='2024-02-01T08:00:00+01:00'></time>"
        f"<p>{'Ein Satz mit genug Wörtern für den Artikeltext, der weitergeht. ' * 8}</p>"
        "<a href='/alt'><time datetime='2024-02-01T07:00:00+01:00'></time>Ältere Meldung</a>"
        "</article></body></html>"
    )
    assert extract(html).published == "2024-02-01T08:00:00+01:00"


def test_dates_shown_without_markup() -> None:
    header_line = _page("", "<div class='info'>dpa am 25.01.2022</div>")
    opening = _page("", "").replace(
        "<div class='text'>", "<div class='text'><p>25.01.2022 - Der Tag begann mit Regen.</p>"
    )
    assert extract(header_line).published == extract(opening).published == "2022-01-25"


def test_a_teaser_date_is_another_story_s_and_an_attribute_date_is_this_one() -> None:
    teasers = "".join(
        f"<li class='teaser'><a href='/s{d}'>Ältere Geschichte</a>"
        f"<span class='teaser__date'>{d}. Februar 2020</span></li>"
        for d in (12, 19, 26)
    )
    html = (
        f"<html lang='de'><body><aside><ul>{teasers}</ul></aside>"
        "<main class='page--related'><article><header><h1>Eine Überschrift</h1>"
        "<div class='timeline' data-date='18. März 2020'></div></header>"
        f"<p>{'Ein Satz mit genug Wörtern für den Artikeltext, der weitergeht. ' * 8}</p>"
        "</article></main></body></html>"
    )
    assert extract(html).published == "2020-03-18"
    without_attribute = html.replace(" data-date='18. März 2020'", "")
    assert extract(without_attribute).published is None


def test_an_update_line_under_the_story_is_its_modification_date() -> None:
    html = _page("", "").replace("</p></div>", "</p><p>Aktualisiert am 17.01.2021.</p></div>")
    article = extract(html)
    assert (article.published, article.modified) == ("2021-01-17", "2021-01-17")
    assert "published: not found; the last modification date is used" in article.warnings
    assert "Aktualisiert" not in article.text
    declared = _page('<meta property="article:published_time" content="2021-01-12">', "")
    declared = declared.replace("</p></div>", "</p><p>Zuletzt aktualisiert: 17.01.2021</p></div>")
    assert (extract(declared).published, extract(declared).modified) == (
        "2021-01-12",
        "2021-01-17",
    )


def test_a_bare_date_takes_the_time_of_the_headline_s_time_element() -> None:
    html = _page(
        '<meta name="date" content="2016-12-15">',
        "<time datetime='2016-12-15T15:33:00-05:00'>15.12.2016</time>",
    )
    assert extract(html).published == "2016-12-15T21:33:00+01:00"  # the instant, in Berlin


def test_a_naive_time_element_takes_the_zone_its_text_prints() -> None:
    html = (
        "<html lang='en'><body><article><h1>A headline</h1>"
        "<time datetime='2022-10-17 16:01:26'>10/17/2022 04:01 PM EDT</time>"
        f"<p>{'A sentence with enough words for the body of this story. ' * 8}</p>"
        "</article></body></html>"
    )
    assert extract(html).published == "2022-10-17T16:01:26-04:00"


def test_day_first_english_dates_and_a_date_after_its_update_label() -> None:
    assert parse_visible("on 1 June 2019 at 08:34 PM") == datetime(2019, 6, 1, 20, 34)
    assert parse_visible("9th Oct 2019") == date(2019, 10, 9)
    html = (
        "<html lang='en'><head><script type='application/ld+json'>{\"@type\": \"NewsArticle\", "
        '"datePublished": "2024-08-04T13:23:00Z"}</script>'
        '<meta property="article:published_time" content="2024-08-05T19:49:50Z"></head>'
        "<body><article><h1>A headline</h1><ul><li><span>Updated</span><time></time>"
        "<span class='time-container'>20:49, 5 Aug 2024</span></li></ul>"
        f"<p>{'A sentence with enough words for the body of this story. ' * 8}</p>"
        "</article></body></html>"
    )
    assert extract(html).published == "2024-08-04T13:23:00+00:00"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("11/28/2016 11:00 AM PT", "2016-11-28T11:00:00-08:00"),  # Pacific standard time
        ("Posted: Oct 14, 2022 9:27 AM ET", "2022-10-14T09:27:00-04:00"),  # Eastern daylight
        ("05/06/2016 4:23 pm CT", "2016-05-06T16:23:00-05:00"),  # 12-hour clock: month first
        ("Le 21/04/2013 à 02:20", "2013-04-21"),  # 21 is no month: day first
        ("05/06/2016", None),  # May 6th or 5 June: not guessed
        ("Saison 2023/24", None),
    ],
)
def test_slashed_dates_and_regional_zones(text: str, expected: str | None) -> None:
    assert format_rfc3339(parse_visible(text), None) == expected


def test_a_reader_s_comment_dates_the_comment_not_the_story() -> None:
    html = (
        "<html lang='en'><body><article><h1>A headline</h1>"
        f"<p>{'A sentence with enough words for the body of this story. ' * 8}</p>"
        "<div class='comments'><div class='comment_time'>03:24 AM on 9/19/2010</div>"
        "<p>First!</p></div></article>"
        "<div class='articleDate'>Published: 08/13/2010 2:27 AM</div></body></html>"
    )
    assert extract(html).published == "2010-08-13T02:27:00"


def test_microdata_date_on_a_span() -> None:
    body = (
        f'<span property="schema:dateCreated" content="2022-01-28T12:45:46+00:00"></span>'
        f"<p>{PROSE * 3}</p>"
    )
    assert extract(article(body)).published == "2022-01-28T13:45:46+01:00"


def test_labelled_publication_line() -> None:
    dates = "Letzte Änderung: 31.10.2023<br>Erschienen am: 01.11.2023"
    body = f"<p>{PROSE * 3}</p><div><p>{dates}</p></div>"
    assert extract(article(body)).published == "2023-11-01"


def test_labelled_date_on_one_line_of_a_footer_or_in_a_fact_list() -> None:
    footer = (
        "<p class='footer'>Dieser Text erscheint in der Reihe Stadtgespräche, die jeden Monat "
        "ein anderes Ratsmitglied vorstellt und befragt.<br>Erschienen am: 01.11.2023</p>"
    )
    assert extract(article(f"<p>{PROSE * 3}</p>{footer}")).published == "2023-11-01"
    facts = "<ul><li><strong>Datum</strong> 28.04.2023</li><li>Thema: Haushalt</li></ul>"
    assert extract(article(f"<p>{PROSE * 3}</p>{facts}")).published == "2023-04-28"
    story = "<ul><li>Am 28.04.2023 tagte der Rat.</li><li>Am 2.05.2023 der Ausschuss.</li></ul>"
    assert extract(article(f"<p>{PROSE * 3}</p>{story}")).published is None


def test_a_machine_time_twelve_hours_off_the_visible_one_is_a_12_hour_clock_bug() -> None:
    page = article(
        f"<p class='date'>20.01.2021, 05:30 Uhr</p><div class='text'><p>{PROSE * 3}</p>"
        f"<p>{LAST}</p></div>",
        head="<meta property='article:published_time' content='2021-01-20T17:30:00+01:00'>",
    )
    assert extract(page).to_dict()["published"] == "2021-01-20T05:30:00+01:00"


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://www.example.de/2023/10/31/stadtrat", date(2023, 10, 31)),
        ("https://www.example.de/lokales/14-03-2020/stadtrat", date(2020, 3, 14)),
        ("https://www.example.de/news/20190305-stadtrat.html", date(2019, 3, 5)),
        ("https://www.example.de/artikel/12345678.html", None),  # an id, no date
        ("https://www.example.de/top-10-5-2019-list", None),  # day-first needs two digits
        ("https://www.example.de/artikel?datum=20190305", None),  # the query is not the path
        ("https://20190305.example.de/stadtrat", None),  # nor is the host
    ],
)
def test_a_date_in_the_url_path(url: str, day: date | None) -> None:
    assert from_url(url) == day


def test_a_time_in_the_article_s_own_permalink_dates_the_article() -> None:
    url = "https://www.example-zeitung.de/lokales/haushalt-100.html"
    page = article(
        f"<p class='info'><a href='{url}'><time datetime='2021-03-04T10:15:00+01:00'>"
        f"4. März</time></a></p><div class='text'><p>{PROSE * 3}</p><p>{LAST}</p></div>"
        "<aside><a href='/anderes-200.html'><time datetime='2020-01-01T08:00:00+01:00'>"
        "1. Januar</time></a></aside>",
        head=f"<link rel='canonical' href='{url}'>",
    )
    assert extract(page).to_dict()["published"] == "2021-03-04T10:15:00+01:00"


def test_a_date_only_the_title_carries() -> None:
    page = article(
        f"<div class='text'><p>{PROSE * 3}</p><p>{LAST}</p></div>",
        head="<title>Stadtrat beschließt Haushalt - 14.03.2019 - Kreisblatt</title>",
    )
    assert extract(page).to_dict()["published"] == "2019-03-14"


def _published(shown: str, head: str, time: str = "") -> str:
    page = article(
        f"<p class='date'>{shown}</p>{time}<div class='text'><p>{PROSE * 3}</p><p>{LAST}</p></div>",
        head=head,
    )
    return extract(page).to_dict()["published"]


def test_a_local_time_stamped_utc_in_the_metadata_gives_the_time_the_page_prints() -> None:
    meta = "<meta property='article:published_time' content='2023-04-28T17:52:31Z'>"
    assert _published("28.04.2023, 17:52 Uhr", meta) == "2023-04-28T17:52:00+02:00"
    # The page prints the time its metadata gives as an instant: nothing to repair.
    assert _published("28.04.2023, 19:52 Uhr", meta) == "2023-04-28T19:52:31+02:00"


def test_the_pages_own_time_element_beats_metadata_an_hour_off() -> None:
    meta = "<meta property='article:published_time' content='2022-02-03T20:17:12+01:00'>"
    time = "<time datetime='2022-02-03T21:17:12+01:00'>3. Februar 2022 um 21:17</time>"
    assert _published("3. Februar 2022 um 21:17", meta, time) == "2022-02-03T21:17:12+01:00"


def test_midnight_utc_in_the_metadata_is_a_day_a_later_value_gives_its_time() -> None:
    ld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": '
        '"2020-01-23T00:00:00Z"}</script>'
        "<meta property='article:published_time' content='2020-01-23T11:53:11+00:00'>"
    )
    assert _published("23.01.2020", ld) == "2020-01-23T12:53:11+01:00"


def test_published_time_written_with_colons_is_declared() -> None:
    meta = "<meta property='article:published:time' content='2024-10-23T15:48:15+00:00'>"
    assert _published("Frankfurt, October 23, 2024", meta) == "2024-10-23T17:48:15+02:00"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("March 3, 2018 · 21:17", datetime(2018, 3, 3, 21, 17)),
        ("3. März 2018 · 21:17 Uhr", datetime(2018, 3, 3, 21, 17)),
        ("12.03.2025 | 14:05", datetime(2025, 3, 12, 14, 5)),
        ("3.4.2018 – 5 Tote", date(2018, 4, 3)),  # a number after a dash is no clock
    ],
)
def test_a_time_after_a_middle_dot_or_bar(text: str, expected: datetime | date) -> None:
    assert parse_visible(text) == expected


def _english(head: str, body: str = "") -> str:
    return (
        f"<html lang='en'><head>{head}</head><body><article><h1>Listening to the dark</h1>"
        f"{body}<p>{'The station answers every call from the sea, day and night. ' * 6}</p>"
        "</article></body></html>"
    )


def test_a_time_without_offset_takes_the_offset_of_the_same_clock_elsewhere() -> None:
    ld = '{"@type": "NewsArticle", "datePublished": "2024-03-10T06:00:00"}'
    head = f"<script type='application/ld+json'>{ld}</script>"
    timed = "<time datetime='2024-03-10T06:00:00-04:00'>March 10, 2024</time>"
    assert extract(_english(head, timed)).to_dict()["published"] == "2024-03-10T06:00:00-04:00"
    meta = "<meta property='article:published_time' content='2024-03-10T06:00:00+01:00'>"
    assert extract(_english(head + meta)).to_dict()["published"] == "2024-03-10T06:00:00+01:00"


def test_an_offset_given_for_another_clock_time_is_not_taken() -> None:
    ld = '{"@type": "NewsArticle", "datePublished": "2024-03-10T06:00:00"}'
    head = f"<script type='application/ld+json'>{ld}</script>"
    timed = "<time datetime='2024-03-10T11:00:00-04:00'>March 10, 2024</time>"
    assert extract(_english(head, timed)).to_dict()["published"] == "2024-03-10T06:00:00"
