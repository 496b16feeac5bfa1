"""layout/boxes, layout/classify and lexicon/labels: what a review, a station or a magazine
sets into or under the text that is no part of it: a product box around a paid link with its
price, the disclosure that links earn a commission, a shop widget's price note, a player's
"WATCH:" title, a station's sign-off, the print-edition note. Near-misses stay text: a story
paragraph with a shop's link and a price, a sentence about affiliate marketing, a buying
guide's own section over its price link."""

from __future__ import annotations

import pytest

from conftest import LAST, PROSE, article
from newsextract import extract
from newsextract.lexicon import labels

PRODUCTS = ("Kettle Pro 3000", "Brewmaster Mini", "Aquaheat One")
VERDICTS = (
    "It boils a full litre in under three minutes and stays quiet while doing it, which "
    "made it the favourite of everyone who tested it in our shared office kitchen. The lid "
    "opens wide enough to clean the inside by hand, and the limescale filter lifts out "
    "without tools, so it still looked new after six weeks of daily use.",
    "The compact body fits under low cupboards, although the small window makes it hard to "
    "see how much water is left when you pour the last cup of the morning. It is the "
    "cheapest kettle we tested that switches itself off reliably when it runs dry, which "
    "matters more than any design detail if it stands in a holiday flat.",
    "Its temperature presets suit green tea and coffee alike, and the base lights up softly "
    "so that it can be found in a dark kitchen without switching on the lamp. The handle "
    "stays cool, the spout pours without dripping, and the cable tucks away neatly under "
    "the base when the kettle travels in a camper van or a caravan.",
)


def _body(html: str) -> list[str]:
    return [b.text for b in extract(article(html)).body.blocks]


def test_a_product_box_around_a_sponsored_link_with_its_price_is_no_text() -> None:
    box = (
        '<div class="kaufbox"><div><span>Nordwind Tablet 10 (64 GB)</span>'
        "<span>199,00 €</span><span>UVP 229,00 €</span></div>"
        '<a href="https://example.de/go/shop/" rel="sponsored nofollow">Beim Händler ansehen</a>'
        "</div>"
    )
    assert _body(f"<p>{PROSE * 2}</p>{box}<p>{LAST}</p>") == [(PROSE * 2).strip(), LAST]


def test_a_story_paragraph_with_a_paid_link_and_a_price_stays() -> None:
    line = (
        'Das Gerät gibt es ab sofort <a href="https://amzn.to/3xYz" rel="sponsored">bei '
        "einem Versandhändler</a> für 199 Euro, im Handel soll es im Mai folgen."
    )
    assert _body(f"<p>{PROSE * 2}</p><p>{line}</p><p>{LAST}</p>") == [
        (PROSE * 2).strip(),
        "Das Gerät gibt es ab sofort bei einem Versandhändler für 199 Euro, im Handel soll "
        "es im Mai folgen.",
        LAST,
    ]


def test_a_buying_guide_s_sections_over_their_price_links_stay() -> None:
    sections = "".join(
        f'<div class="section"><h2>{n}. {name}</h2><p><a href="https://www.amazon.co.uk/'
        f'dp/B0{n}?tag=paper-21">£{n}9.99, Amazon</a></p><p>{verdict}</p></div>'
        for n, (name, verdict) in enumerate(zip(PRODUCTS, VERDICTS), 1)
    )
    blocks = _body(f"<p>{PROSE * 3}</p>{sections}<p>{LAST}</p>")
    assert blocks == [
        (PROSE * 3).strip(),
        *(
            line
            for n, (name, verdict) in enumerate(zip(PRODUCTS, VERDICTS), 1)
            for line in (f"{n}. {name}", verdict)  # the price link alone: a link line
        ),
        LAST,
    ]


@pytest.mark.parametrize(
    ("text", "note"),
    [
        (
            "*Hinweis: Bei den mit Sternchen gekennzeichneten Links handelt es sich um "
            "Affiliate-Links. Kaufst du darüber ein, erhalten wir eine kleine Provision.",
            True,
        ),
        (
            "This article contains affiliate links. We may earn a commission when you buy "
            "through links on our site.",
            True,
        ),
        ("Cet article contient des liens affiliés : nous percevons une commission.", True),
        ("Preis inkl. MwSt., zuletzt aktualisiert am 4. März 2025 um 07:30 Uhr", True),
        ("As an Amazon Associate I earn from qualifying purchases.", True),
        (
            "Die Plattform kassiert über Affiliate-Links eine Provision von fünf Prozent, "
            "sagte der Analyst.",
            False,
        ),
        ("Der Preis inklusive Anfahrt liegt bei 80 Euro.", False),
    ],
)
def test_the_disclosure_of_paid_links_is_told_from_a_story_about_them(
    text: str, note: bool
) -> None:
    assert labels.is_affiliate_note(text) is note


def test_the_disclosure_under_a_review_is_no_text() -> None:
    note = (
        "<p><em>*Hinweis: Bei den mit Sternchen gekennzeichneten Links handelt es sich um "
        "Affiliate-Links. Kaufst du darüber ein, erhält die Redaktion eine kleine Provision. "
        "Für dich ändert sich am Preis nichts.</em></p>"
    )
    assert _body(f"<p>{PROSE * 2}</p><p>{LAST}</p>{note}") == [(PROSE * 2).strip(), LAST]


@pytest.mark.parametrize(
    "line",
    [
        "WATCH: Reporter Dale Kersey shows the flooding along Route 41",
        "Stay with WMGV Channel 10 and download the WMGV News app for updates on this "
        "developing story.",
        "Download the KXAN app for the latest.",
        "Published in the print edition of the March 10, 2025, issue, with the headline "
        "“Crossing Over.”",
        "A version of this article appears in print on March 3, 2025, Section A, Page 1 of "
        "the New York edition with the headline: Water Main Breaks.",
        "Dieser Artikel erschien in der Printausgabe vom 3. März 2025.",
    ],
)
def test_player_titles_sign_offs_and_print_notes_are_no_text(line: str) -> None:
    assert _body(f"<p>{PROSE * 2}</p><p>{LAST}</p><p>{line}</p>") == [(PROSE * 2).strip(), LAST]


@pytest.mark.parametrize(
    "line",
    [
        "Watching the water rise, neighbours stayed with friends until the morning.",
        "Die Stadt rät, die Warn-App herunterzuladen, sagte der Sprecher.",
        "Der Artikel im Wochenblatt hatte für Aufregung gesorgt, wie die Stadt mitteilte.",
    ],
)
def test_story_sentences_like_them_stay(line: str) -> None:
    assert _body(f"<p>{PROSE * 2}</p><p>{line}</p><p>{LAST}</p>") == [
        (PROSE * 2).strip(),
        line,
        LAST,
    ]


def test_names_in_sibling_author_elements_are_one_byline() -> None:
    byline = (
        '<p><span itemprop="author"><span itemprop="name">Miriam Kahlert</span>,</span> '
        '<span itemprop="author"><span itemprop="name">Stefan Borchers</span></span></p>'
    )
    record = extract(article(f"{byline}<p>{PROSE * 3}</p><p>{LAST}</p>"))
    assert [a.name for a in record.authors] == ["Miriam Kahlert", "Stefan Borchers"]
    assert record.byline == "Miriam Kahlert, Stefan Borchers"


def test_an_avatar_link_beside_the_author_link_adds_no_name() -> None:
    byline = (
        '<div class="meta"><a rel="author" href="/a/"><img src="/a.jpg" alt=""></a>'
        '<a rel="author" href="/a/">Dallas Robinson</a></div>'
    )
    record = extract(article(f"{byline}<p>{PROSE * 3}</p><p>{LAST}</p>"))
    assert [a.name for a in record.authors] == ["Dallas Robinson"]
    assert record.byline == "Dallas Robinson"


def test_headings_in_one_wrapper_per_paragraph_are_headings() -> None:
    parts = [f'<div class="rt"><p>{text}</p></div>' for text in VERDICTS]
    parts.insert(2, f'<div class="rt"><h3>Saarland am teuersten</h3><p>{PROSE}</p></div>')
    parts.append(f'<div class="rt"><p>{LAST}</p></div>')
    record = extract(article("".join(parts)))
    assert record.headings == ["Saarland am teuersten"]
    assert len(record.body.blocks) == 6


@pytest.mark.parametrize(
    ("name", "site", "people"),
    [
        ("Global Voices Latin America", "Global Voices auf Deutsch", []),
        ("News Nation Bureau", "News Nation", []),
        ("Anna Nation Berger", "News Nation", ["Anna Nation Berger"]),
        ("Elisa Marvena", "Global Voices auf Deutsch", ["Elisa Marvena"]),
    ],
)
def test_an_edition_or_desk_of_the_site_is_no_author(name: str, site: str, people) -> None:
    from newsextract.lexicon.bylines import from_names

    assert [p["name"] for p in from_names([name], {site})] == people
