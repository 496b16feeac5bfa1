"""fields/headline: the headline and its kicker, from h1 parts, straplines and the title."""

from __future__ import annotations

import pytest

from conftest import PROSE, article
from newsextract import extract


def test_breadcrumb_before_the_headline_is_no_kicker() -> None:
    h1 = "<div>Start | Politik | Ausland</div><h1>Stadtrat beschließt Haushalt</h1>"
    got = extract(article(f"<p>{PROSE * 3}</p>", h1=h1))
    assert (got.kicker, got.headline) == (None, "Stadtrat beschließt Haushalt")


def test_kicker_from_h1_parts_and_its_separator() -> None:
    h1 = (
        '<h1><span class="a">Haushalt 2025</span><span class="sep" aria-hidden="true">: </span>'
        '<span class="b">Stadtrat beschließt Milliardenpaket</span></h1>'
    )
    got = extract(article(f"<p>{PROSE * 3}</p>", h1=h1))
    assert (got.kicker, got.headline) == ("Haushalt 2025", "Stadtrat beschließt Milliardenpaket")
    glued = "<h1><span>Neuer Haushalt</span>Stadtrat beschließt Milliardenpaket</h1>"
    got = extract(article(f"<p>{PROSE * 3}</p>", h1=glued))
    assert (got.kicker, got.headline) == ("Neuer Haushalt", "Stadtrat beschließt Milliardenpaket")
    one_word = "<h1><span>Stadt</span>rat beschließt Milliardenpaket</h1>"
    got = extract(article(f"<p>{PROSE * 3}</p>", h1=one_word))
    assert (got.kicker, got.headline) == (None, "Stadtrat beschließt Milliardenpaket")


def test_title_and_subtitle_spans_are_one_headline_when_the_title_says_so() -> None:
    h1 = (
        '<h2 class="title"><span class="catch">Stadtrat beschließt Haushalt</span>'
        '<span class="sub-title">Was sich für Radfahrer ändert</span></h2>'
    )
    joined = "Stadtrat beschließt Haushalt: Was sich für Radfahrer ändert"
    site = '<meta property="og:site_name" content="Stadtblatt">'
    got = extract(article(f"<p>{PROSE * 3}</p>", f"<title>{joined} | Stadtblatt</title>{site}", h1))
    assert (got.kicker, got.headline) == (None, joined)
    got = extract(article(f"<p>{PROSE * 3}</p>", "<title>Stadtrat beschließt Haushalt</title>", h1))
    assert (got.kicker, got.headline) == (None, "Stadtrat beschließt Haushalt")


def test_an_h1_named_strapline_over_an_h2_is_the_kicker() -> None:
    h1 = (
        '<h1 class="strapline">Neuer Haushalt</h1>'
        '<h2 class="title">Stadtrat spart bei Parkhäusern</h2>'
    )
    got = extract(article(f"<p>{PROSE * 3}</p>", h1=h1))
    assert (got.kicker, got.headline) == ("Neuer Haushalt", "Stadtrat spart bei Parkhäusern")
    assert got.text == (PROSE * 3).strip()
    dek = '<h1 class="strapline">Neuer Haushalt</h1><h2 class="subtitle">Stadtrat spart</h2>'
    got = extract(article(f"<p>{PROSE * 3}</p>", h1=dek))
    assert (got.kicker, got.headline) == (None, "Neuer Haushalt")


@pytest.mark.parametrize(
    "line",
    ["Published 1 day ago", "Nov. 20, 2019 5:52 AM EST", "Politik 22.07.2025", "3 Kommentare"],
)
def test_a_date_or_counter_over_the_headline_is_no_kicker(line: str) -> None:
    got = extract(article(f"<p>{PROSE * 3}</p>", h1=f"<div>{line}</div><h1>Stadtrat tagt</h1>"))
    assert (got.kicker, got.headline) == (None, "Stadtrat tagt")
    got = extract(
        article(f"<p>{PROSE * 3}</p>", h1="<div>Stadtrat tagt</div><h1>Stadtrat tagt</h1>")
    )
    assert got.kicker is None


def test_logo_and_breadcrumb_h1s_are_no_headline() -> None:
    page = (
        "<html lang='de'><head><title>Stadtrat beschließt Haushalt | Beispielblatt</title>"
        "<meta property='og:title' content='Stadtrat beschließt Haushalt'></head>"
        "<body><h1><a href='/'>Beispielblatt</a></h1>"
        "<div class='crumbs'><a href='/'>Start</a><a href='/politik'>Politik</a>"
        "<h1>Stadtrat Haushalt 2026</h1></div><article>"
        "<h2><span class='kicker'>Haushalt 2026</span><span class='title'>Stadtrat beschließt "
        f"Haushalt</span></h2><p>{PROSE * 3}</p></article></body></html>"
    )
    got = extract(page)
    assert (got.kicker, got.headline) == ("Haushalt 2026", "Stadtrat beschließt Haushalt")


def test_a_breadcrumb_h1_the_title_confirms_is_the_last_resort() -> None:
    page = (
        "<html lang='de'><head><title>Stadtrat beschließt Haushalt | Beispielblatt</title></head>"
        "<body><div class='crumbs'><a href='/'>Start</a><a href='/politik'>Politik</a>"
        f"<h1>Stadtrat beschließt Haushalt</h1></div><article><p>{PROSE * 3}</p></article>"
        "</body></html>"
    )
    assert extract(page).headline == "Stadtrat beschließt Haushalt"


def test_a_kicker_above_the_wrapper_the_headline_opens() -> None:
    h1 = (
        "<p class='u'>Nachruf</p><div><h1>Stadtrat beschließt Haushalt</h1>"
        "<p>1. Februar 2022, Anna Muster</p></div>"
    )
    got = extract(article(f"<p>{PROSE * 3}</p>", h1=h1))
    assert (got.kicker, got.headline) == ("Nachruf", "Stadtrat beschließt Haushalt")
    inside = "<div><p>Vorab</p><h1>Stadtrat beschließt Haushalt</h1></div>"
    wrapped = f"<p class='u'>Nachruf</p><div>{inside}</div>"
    got = extract(article(f"<p>{PROSE * 3}</p>", h1=wrapped))
    assert got.kicker == "Vorab"  # the line inside the wrapper, right above the headline


def test_a_kicker_link_or_a_section_link_is_a_kicker_a_row_of_categories_none() -> None:
    h1 = "<a class='entry-kicker' href='/wissen/'>Wissen</a><h1>Stadtrat beschließt Haushalt</h1>"
    assert extract(article(f"<p>{PROSE * 3}</p>", h1=h1)).kicker == "Wissen"
    section = "<a href='/wissen/'>Wissen</a><h1>Stadtrat beschließt Haushalt</h1>"
    assert extract(article(f"<p>{PROSE * 3}</p>", h1=section)).kicker == "Wissen"
    row = (
        "<div><a href='/c/allgemein/'>Allgemein</a> <a href='/c/diss/'>Diss</a></div>"
        "<h1>Stadtrat beschließt Haushalt</h1>"
    )
    assert extract(article(f"<p>{PROSE * 3}</p>", h1=row)).kicker is None


@pytest.mark.parametrize(
    "link",
    [
        "<a href='#content'>Zum Inhalt</a>",  # a skip link
        "<a href='https://ads.example.net/delivery/ck.php?zone=3'>Partner</a>",  # an ad's
        "<a href='/share/mail?u=/x'>E-Mail</a>",  # a share form
        "<a href='/'>Startseite</a>",  # the home page
        "<a href='/a/b/c/d/'>Tief</a>",  # a story's path, not a section's
    ],
)
def test_a_link_that_goes_to_no_section_is_no_kicker(link) -> None:
    h1 = f"{link}<h1>Stadtrat beschließt Haushalt</h1>"
    assert extract(article(f"<p>{PROSE * 3}</p>", h1=h1)).kicker is None


def test_a_category_list_of_one_is_a_kicker() -> None:
    h1 = (
        "<ul class='cats'><li><a href='/category/wirtschaft/'>Wirtschaft</a></li></ul>"
        "<h1>Stadtrat beschließt Haushalt</h1>"
    )
    assert extract(article(f"<p>{PROSE * 3}</p>", h1=h1)).kicker == "Wirtschaft"


@pytest.mark.parametrize(
    ("line", "kicker"),
    [
        ("<span>Verbraucher</span><span class='badge'>Aktualisiert</span>", "Verbraucher"),
        ("<span class='b'>Abonnés</span> <a href='/theme/eau/'>Sécheresse</a>", "Sécheresse"),
        ("<span>Premium</span> <span>Energie</span>", "Energie"),
        ("<span class='flag'>SP+</span><span class='k'>Commuter chaos</span>", "Commuter chaos"),
    ],
)
def test_a_status_badge_beside_the_kicker_is_left_out(line, kicker) -> None:
    h1 = f"<div>{line}</div><h1>Stadtrat beschließt Haushalt</h1>"
    assert extract(article(f"<p>{PROSE * 3}</p>", h1=h1)).kicker == kicker


@pytest.mark.parametrize("badge", ["Member-only story", "Premium", "Abonné"])
def test_a_badge_alone_over_the_headline_is_no_kicker(badge: str) -> None:
    h1 = f"<div><span>{badge}</span></div><h1>Stadtrat beschließt Haushalt</h1>"
    assert extract(article(f"<p>{PROSE * 3}</p>", h1=h1)).kicker is None


def test_the_sections_label_over_the_headline_is_the_kicker() -> None:
    head = "<meta property='article:section' content='Politik'>"
    h1 = "<div>Politik</div><h1>Stadtrat beschließt Haushalt</h1>"
    got = extract(article(f"<p>{PROSE * 3}</p>", head=head, h1=h1))
    assert (got.kicker, got.section) == ("Politik", "Politik")


def test_the_visible_h2_beats_an_seo_h1_hidden_in_the_breadcrumb() -> None:
    page = (
        "<html lang='de'><head><title>Hamburg Marathon 2024: Überlegener Sieger und royaler "
        "Besuch</title>"
        "</head><body><nav role='navigation'><ul><li><a href='/'>Home</a></li>"
        "<li><a href='/hamburg/'>Hamburg</a></li><li><h1>Hamburg Marathon 2024: Sieger und "
        "royaler Besuch</h1></li></ul></nav><article><hgroup><div><span>Marathon 2024</span>"
        "</div><h2>Überlegener Sieger, kuriose Kostüme und royaler Besuch</h2></hgroup>"
        f"<p>{PROSE * 3}</p></article></body></html>"
    )
    got = extract(page)
    assert (got.kicker, got.headline) == (
        "Marathon 2024",
        "Überlegener Sieger, kuriose Kostüme und royaler Besuch",
    )


def test_a_bold_lead_in_the_heading_and_a_kicker_after_its_section_link() -> None:
    h1 = "<h1><strong>Deutschlandtakt</strong> Flixbus attackiert die Deutsche Bahn</h1>"
    got = extract(article(f"<p>{PROSE * 3}</p>", h1=h1))
    assert (got.kicker, got.headline) == ("Deutschlandtakt", "Flixbus attackiert die Deutsche Bahn")
    deck = (
        "<ul><li><a href='/rubrik/politik'>Politik</a></li><li>Mietenstreik in den USA</li></ul>"
        "<h1>Einfach kein Geld mehr für die Miete</h1>"
    )
    # A list right above the headline is a menu; a box of the section and the kicker is not.
    box = deck.replace("<ul>", "<div class='deck'><ul>").replace("</ul>", "</ul></div>")
    assert extract(article(f"<p>{PROSE * 3}</p>", h1=box)).kicker == "Mietenstreik in den USA"
    back = "<p>&gt; Evangelische Kirche: Synode tagt</p><h1>Stadtrat beschließt Haushalt</h1>"
    assert extract(article(f"<p>{PROSE * 3}</p>", h1=back)).kicker is None
