"""layout/body, layout/ending, layout/headline, layout/teasers and lexicon/labels: a video
placeholder's label and title in the text, a health page's disclaimer closing it, a
widget's title over its frame, a ticker's own label, a "Live" badge beside the kicker, a
teaser box named only by its test id, "Empfehlungen der Redaktion". Near-misses: a
sentence that opens with "Video", a story's sentence that a device replaces no doctor, a
short line of text without a frame, "Live" alone over the headline, a box of the site's
feed named so by its label."""

from __future__ import annotations

from conftest import LAST, PROSE
from newsextract import extract

URL = "https://www.example.de/tv/huettenzauber-tag-8-id4471902.html"


def _page(inside: str = "", after: str = "", before_h1: str = "") -> str:
    return (
        f"<html lang='de'><body><article><header>{before_h1}<h1>Tränen im Camp</h1></header>"
        f"<div class='text'><p>{PROSE}</p>{inside}<p>{PROSE}</p><p>{LAST}</p>{after}</div>"
        "</article></body></html>"
    )


def test_a_video_placeholder_s_label_and_title_are_no_text() -> None:
    player = (
        "<div class='video-teaser' data-player='jw'><div class='video-teaser__placeholder'>"
        "<span>Video</span><span>Die TV-Highlights der Woche im Schnelldurchlauf</span></div>"
        "</div>"
    )
    assert "TV-Highlights" not in extract(_page(inside=player), url=URL).body.text


def test_a_sentence_that_opens_with_video_stays_text() -> None:
    line = "Video aus dem Camp zeigt, wie die Kandidaten am Abend über die Nominierung stritten."
    assert line in extract(_page(inside=f"<p>{line}</p>"), url=URL).body.text


def test_a_health_page_s_disclaimer_closing_the_text_is_no_text() -> None:
    note = (
        "<p><strong>Wichtiger Hinweis:</strong> Die Informationen ersetzen auf keinen Fall eine "
        "professionelle Beratung oder Behandlung durch ausgebildete und anerkannte Ärzte.</p>"
    )
    assert extract(_page(after=note), url=URL).body.text.endswith(LAST)


def test_a_story_s_sentence_that_a_device_replaces_no_doctor_stays_text() -> None:
    line = "Die App ersetzt keine ärztliche Diagnose, betonen die Entwickler in ihrer Mitteilung."
    assert extract(_page(after=f"<p>{line}</p>"), url=URL).body.text.endswith(line)


def test_a_widget_s_title_over_its_frame_is_no_text() -> None:
    widget = (
        "<div class='widget'><p class='widget__title'>Regenradar live</p>"
        "<iframe src='https://widgets.example.de/radar/' title='Regenradar'></iframe></div>"
    )
    assert extract(_page(after=widget), url=URL).body.text.endswith(LAST)


def test_a_short_line_without_a_frame_stays_text() -> None:
    line = "Regen bleibt bis Freitag."
    assert extract(
        _page(after=f"<div class='box'><p>{line}</p></div>"), url=URL
    ).body.text.endswith(line)


def test_a_ticker_s_own_label_is_no_text() -> None:
    label = "<div class='ticker__head'><strong>Wetter-Ticker</strong></div>"
    page = _page().replace("<div class='text'>", f"<div class='text'>{label}")
    assert extract(page, url=URL).body.text.startswith(PROSE[:40])


def test_a_live_badge_beside_the_kicker_is_no_part_of_it() -> None:
    kicker = (
        "<div class='kicker'><span class='badge'>Live</span><span>Unwetter im Süden</span></div>"
    )
    assert extract(_page(before_h1=kicker), url=URL).kicker == "Unwetter im Süden"


def test_live_alone_over_the_headline_is_the_kicker() -> None:
    kicker = "<div class='kicker'><span>Live</span></div>"
    assert extract(_page(before_h1=kicker), url=URL).kicker == "Live"


URL_SPORT = "https://www.example.de/sport/fussball/id_10458500/hafenstadt-siegt.html"


def _box(testid: str, label: str) -> str:
    cards = "".join(
        f"<li><a href='https://www.example.de/sport/fussball/id_1045{i}511/{slug}.html'>"
        f"<img src='/i{i}.jpg' alt=''><span class='t'>{title}</span></a></li>"
        for i, (slug, title) in enumerate(
            (
                ("brueckheim-fegt-moorfeld-vom-platz", "Brückheim fegt Moorfeld vom Platz"),
                ("kaltenbach-trainer-vor-dem-aus", "Kaltenbach-Trainer steht vor dem Aus"),
                ("deutsche-hoffnung-im-halbfinale", "Deutsche Hoffnung stürmt ins Halbfinale"),
            )
        )
    )
    return (
        f"<section data-testid='{testid}' class='css-x1'><h2>{label}</h2><ul>{cards}</ul></section>"
    )


def _sport(box: str) -> str:
    return (
        "<html lang='de'><body><article><h1>Hafenstadt siegt in Lindenau</h1><div class='text'>"
        f"<p>{PROSE * 2}</p><p>{LAST}</p></div></article>{box}</body></html>"
    )


def test_a_teaser_box_named_only_by_its_test_id_is_related() -> None:
    record = extract(_sport(_box("RelatedArticles", "Weitere Sport-News")), url=URL_SPORT)
    assert [r.title for r in record.related] == [
        "Brückheim fegt Moorfeld vom Platz",
        "Kaltenbach-Trainer steht vor dem Aus",
        "Deutsche Hoffnung stürmt ins Halbfinale",
    ]


def test_a_box_so_named_under_the_site_s_feed_label_is_not() -> None:
    record = extract(_sport(_box("RelatedArticles", "Meistgelesen")), url=URL_SPORT)
    assert record.related == []


def test_empfehlungen_der_redaktion_label_teasers() -> None:
    record = extract(_sport(_box("list", "Empfehlungen der Redaktion")), url=URL_SPORT)
    assert len(record.related) == 3
