"""fields/authors, lexicon/bylines, layout/header, layout/body, layout/boxes, layout/ending
and layout/classify: a byline whose name is a profile link with the role in a span after it,
a shop widget titled "Where to buy" inside the text, a promo box's title over its tip-off
call, an author box set above the text, "Über die Autorin" left after the text, a date line
that ends on its reading time, a sign-up link set as a sentence after its pitch, a teaser's
linked title under the headline. Near-misses: two names in one byline, a buying guide's
product heading over its price link, a story paragraph before a promo box, a standfirst
above the text, a sentence that opens with "Über die Autorin", a sentence ending in "Min.",
a sign-up link inside a sentence, a sentence set as a subheading."""

from __future__ import annotations

from conftest import LAST, PROSE
from newsextract import extract

URL = "https://www.example.com/audio/earbuds/soundloop-x2-review"
TEXTS = (
    "The original earbuds impressed us with their sound but fell down on noise cancelling, "
    "and the maker says it has fixed that with a new system of three microphones per bud.",
    "After two weeks of testing on trains, planes and in a loud open-plan office, the claim "
    "mostly holds up, although the touch controls remain far too sensitive for daily use.",
)
LAST_EN = "For everyone else, these are the budget earbuds to buy right now, and easily so."


def _page(header: str = "", inside: str = "", after: str = "", lang: str = "en") -> str:
    text = "".join(f"<p>{t}</p>" for t in TEXTS) + inside
    return (
        f"<html lang='{lang}'><body><article><header><h1>SoundLoop X2 review</h1>{header}"
        f"</header><div class='body'>{text}<p>{LAST_EN}</p>{after}</div></article>"
        "</body></html>"
    )


def _byline(names: str) -> str:
    return f"<div class='meta'><span>By</span> {names} <span class='sep'>·</span></div>"


def test_a_name_linked_to_its_profile_ends_where_the_role_after_it_begins() -> None:
    byline = _byline(
        "<a rel='author' href='/author/priya-raman'>Priya Raman</a>"
        " <span class='role'>Senior Audio Editor</span>"
    )
    record = extract(_page(header=byline), url=URL)
    assert [(a.name, a.role) for a in record.authors] == [("Priya Raman", "Senior Audio Editor")]


def test_two_linked_names_in_one_byline_stay_two_authors() -> None:
    byline = _byline(
        "<a href='/author/priya-raman'>Priya Raman</a> and "
        "<a href='/author/tom-okafor'>Tom Okafor</a>"
    )
    record = extract(_page(header=byline), url=URL)
    assert [(a.name, a.role) for a in record.authors] == [
        ("Priya Raman", None),
        ("Tom Okafor", None),
    ]


def _offers(title: str) -> str:
    return (
        f"<div class='widget'><div class='widget-head'><h4>{title}</h4>"
        "<span>SoundLoop X2</span></div><ul>"
        "<li><span>£119</span> <span>£99</span> <a rel='sponsored' "
        "href='https://shop.example.net/click?p=x2'>View at Shop One</a></li>"
        "<li><span>£109</span> <a rel='sponsored' href='https://shop.example.net/click?p=x3'>"
        "View at Shop Two</a></li></ul>"
        "<p>Prices checked daily across hundreds of shops for the best deal.</p></div>"
    )


def test_a_shop_widget_titled_where_to_buy_is_no_part_of_the_text() -> None:
    record = extract(_page(inside=_offers("Where to buy")), url=URL)
    assert "Prices checked daily" not in record.body.text
    assert "View at Shop One" not in record.body.text
    assert record.headings == []
    assert record.body.text.endswith(LAST_EN)


def test_a_buying_guide_s_product_heading_over_its_price_link_stays_text() -> None:
    verdict = (
        "Strong noise cancelling, a battery that lasts two days and a fit that stays put on a "
        "run make these the pair we would buy with our own money. The app is simple, the case "
        "is small enough for a coin pocket, and the sound is warm without swamping the voices "
        "of podcasts, which is more than most rivals at twice the price manage to do."
    )
    product = (
        "<div class='product'><h3>1. SoundLoop X2 (best value)</h3>"
        f"<p>{verdict}</p><p><span>£99</span> <a rel='sponsored' "
        "href='https://shop.example.net/click?p=x2'>View at Shop One</a></p></div>"
    )
    record = extract(_page(inside=product), url=URL)
    assert verdict in record.body.text
    assert record.headings == ["1. SoundLoop X2 (best value)"]


TIP_BOX = (
    "<div class='tipoff'><p><strong>We pay for your stories!</strong></p>"
    "<p>Do you have a story for the showbiz team? Email us at "
    "<a href='mailto:tips@example.com'>tips@example.com</a> or call 020 7946 0321.</p></div>"
)


def test_a_promo_box_s_title_goes_with_its_tip_off_call() -> None:
    record = extract(_page(after=TIP_BOX), url=URL)
    assert record.body.text.endswith(LAST_EN)
    assert "We pay for your stories" not in record.body.text


def test_a_story_paragraph_before_a_promo_box_stays_text() -> None:
    closing = "The company would not say how many pairs it has sold so far this year."
    record = extract(_page(after=f"<p>{closing}</p>{TIP_BOX}"), url=URL)
    assert closing in record.body.text.split("\n\n")


URL_DE = "https://www.example.at/pongau/ort/eltern-kaempfen-um-volksschule-art-118273"
STANDFIRST = (
    "Die Volksschule im Ort soll ab Herbst 2027 mit jener im Nachbarort zusammengelegt werden. "
    "Eine Elterninitiative will das verhindern."
)


def _page_de(above: str, lead: str = "", after: str = "") -> str:
    return (
        "<html lang='de'><body><div class='artikel'><div class='kopf'><h1>Eltern kämpfen um "
        f"ihre Schule</h1><span class='datum'>14.03.2026, 07:30 Uhr</span></div>{above}"
        f"<div class='artikel-text'>{lead}<p>{PROSE * 2}</p><p>{LAST}</p>{after}</div></div>"
        "</body></html>"
    )


AUTHOR_BOX = (
    "<div class='autor-box'><img src='/autoren/fh.jpg' alt='Florian Hasenöhrl'>"
    "<div class='media-body'><p class='autor-name'><a href='/autoren/fh'>Florian Hasenöhrl</a>"
    "</p><p class='autor-funktion'>Redakteur Pongau</p><p class='autor-beschreibung'>Schreibt "
    "seit 2014 für den Tauernboten über Gemeindepolitik, Bildung und Tourismus im Pongau.</p>"
    "</div></div>"
)


def test_an_author_box_above_the_text_gives_no_standfirst() -> None:
    lead = f"<p class='artikel-lead'><strong>{STANDFIRST}</strong></p>"
    record = extract(_page_de(AUTHOR_BOX, lead), url=URL_DE)
    assert record.summary == [STANDFIRST]
    assert "Schreibt seit 2014" not in record.body.text
    assert record.body.text.startswith(PROSE[:40])


def test_a_standfirst_above_the_text_is_still_the_summary() -> None:
    record = extract(_page_de(f"<p class='teaser'>{STANDFIRST}</p>"), url=URL_DE)
    assert record.summary == [STANDFIRST]


def test_the_author_box_s_label_after_the_text_is_no_text() -> None:
    box = (
        "<div class='autorbox'><p class='titel'>Über die Autorin</p><p>Marlene Osterkamp ist "
        "freie Reisejournalistin in Leipzig und schreibt über Wanderreisen.</p></div>"
    )
    record = extract(_page_de("", after=box), url=URL_DE)
    assert record.body.text.endswith(LAST)


def test_a_sentence_opening_with_ueber_die_autorin_stays_text() -> None:
    closing = "Über die Autorin des Romans wird in der Stadt seit Wochen gestritten."
    record = extract(_page_de("", after=f"<p>{closing}</p>"), url=URL_DE)
    assert record.body.text.endswith(closing)


def _dated(line: str) -> str:
    return (
        "<html lang='de'><body><article><h1>Ein Dachboden voller Lebenslügen</h1>"
        f"<p class='zeile'>{line}</p><p>{PROSE * 2}</p><p>{LAST}</p></article></body></html>"
    )


def test_a_date_line_ending_on_its_reading_time_is_no_text() -> None:
    record = extract(_dated("10.05.2026 | 16:30 Uhr · Lesedauer 5 Min."))
    assert record.body.text.startswith(PROSE[:40])
    assert record.published == "2026-05-10T16:30:00+02:00"


def test_a_sentence_ending_in_min_stays_text() -> None:
    line = "Am 10.05.2026 hielt der Zug in der Stadt nur noch für 5 Min."
    record = extract(_dated(line))
    assert record.body.text.startswith(line)


def _signup(line: str) -> str:
    return f"<div class='signup'><p>{line}</p></div>"


def test_a_sign_up_link_set_as_its_own_sentence_closes_a_promo() -> None:
    promo = _signup(
        "Get a look at the day ahead in European and global markets with the Morning Bid "
        "newsletter. <a href='/newsletters/morning-bid/'>Sign up here.</a>"
    )
    record = extract(_page(inside=promo), url=URL)
    assert "Morning Bid" not in record.body.text


def test_a_sign_up_link_inside_a_sentence_stays_text() -> None:
    line = (
        "Readers who want the test results every week can <a href='/newsletters/tests/'>sign "
        "up here</a> for the letter that the editors have sent every Friday since 2019."
    )
    record = extract(_page(inside=_signup(line)), url=URL)
    assert "the editors have sent every Friday since 2019." in record.body.text


def _headed(h2: str) -> str:
    return (
        "<html lang='en'><body><article><header><h1>Three prisoners flown to Qatar</h1>"
        f"<div class='inline-box'>{h2}</div></header><div class='body'>"
        + "".join(f"<p>{t}</p>" for t in TEXTS)
        + f"<p>{LAST_EN}</p></div></article></body></html>"
    )


def test_a_teaser_s_linked_title_under_the_headline_is_no_summary() -> None:
    h2 = (
        "<h2><a href='https://www.example.com/2019/11/12/professor-to-be-freed-in-swap/'>"
        "US professor to be freed in prisoner swap between two governments</a></h2>"
    )
    assert extract(_headed(h2), url=URL).summary == []


def test_a_sentence_set_as_a_subheading_under_the_headline_is_the_summary() -> None:
    dek = "The two professors had been held for more than three years, officials said today."
    assert extract(_headed(f"<h2>{dek}</h2>"), url=URL).summary == [dek]


def _in_text(line: str) -> str:
    return (
        "<html lang='de'><body><article><h1>Der Lumo GT im Test</h1><div class='text'>"
        f"<p>{PROSE * 2}</p>{line}<p>{LAST}</p></div></article></body></html>"
    )


URL_AUTO = "https://www.example.de/tests/lumo-gt-test-2026"
CARD_HREF = "https://www.example.de/ratgeber/ladekarten-im-vergleich-2026"
CARD_TITLE = "Ladekarten im Vergleich: So laden Sie unterwegs am günstigsten"


def test_a_card_line_in_a_teaser_box_is_a_teaser_not_text() -> None:
    card = (
        f"<div class='inline-teaser'><span>Ratgeber</span> <a href='{CARD_HREF}'>{CARD_TITLE}</a>"
        "</div>"
    )
    record = extract(_in_text(card), url=URL_AUTO)
    assert [(r.title, r.url) for r in record.related] == [(CARD_TITLE, CARD_HREF)]
    assert "Ladekarten" not in record.body.text


def test_a_sentence_with_a_link_in_a_box_named_teaser_stays_text() -> None:
    line = (
        f"<div class='teaser-text'><p>Wer unterwegs laden will, findet die Tarife im <a "
        f"href='{CARD_HREF}'>{CARD_TITLE}</a> der Redaktion.</p></div>"
    )
    record = extract(_in_text(line), url=URL_AUTO)
    assert "findet die Tarife im" in record.body.text
    assert record.related == []


URL_TAB = "https://www.example.co.uk/showbiz/2839981/star-engaged/"
MORE_HREF = "https://www.example.co.uk/showbiz/tv/2838842/reunion-special-axed-star-return/"


def _tabloid(line: str) -> str:
    return (
        "<html lang='en'><body><article><h1>Star is engaged</h1><div class='body'>"
        + "".join(f"<p>{t}</p>" for t in TEXTS)
        + f"{line}<p>{LAST_EN}</p></div></article></body></html>"
    )


def test_a_bare_more_label_before_one_title_link_is_a_teaser() -> None:
    title = "Bosses in talks to bring back axed star for reunion special"
    line = f"<p><strong>MORE: </strong><a href='{MORE_HREF}'>{title}</a></p>"
    record = extract(_tabloid(line), url=URL_TAB)
    assert [(r.title, r.url) for r in record.related] == [(title, MORE_HREF)]
    assert "MORE" not in record.body.text


def test_a_more_label_over_a_sentence_stays_text() -> None:
    line = (
        "<p>More: the couple have not said when the wedding will be, and a spokesperson for "
        f"the star <a href='{MORE_HREF}'>declined to comment</a> on the reports.</p>"
    )
    record = extract(_tabloid(line), url=URL_TAB)
    assert "the couple have not said when the wedding will be" in record.body.text
    assert record.related == []
