"""layout: the content root and its blocks: bodies read whole, neighbours and chrome left out."""

from __future__ import annotations

from conftest import PROSE
from newsextract import extract

TOPICS = ("Schulen", "Straßen", "Radwege", "Brücken", "Bäder", "Büchereien")
PARAGRAPHS = [
    f"Für {topic} sieht der Haushalt im kommenden Jahr deutlich mehr Geld vor, sagte die "
    f"Kämmerin, und der Rat folgte ihr mit großer Mehrheit, nachdem die Fraktionen lange über "
    f"die Summe für {topic} gestritten hatten."
    for topic in TOPICS
]
# The opening paragraph scores highest (most commas), so a narrow pick would be it alone.
PARAGRAPHS[0] = PARAGRAPHS[0].replace("Kämmerin, und", "Kämmerin, erst nach Mitternacht, und")


def page(body: str, head: str = "") -> str:
    return (
        f"<html lang='de'><head>{head}</head><body><header><h1>Stadtrat beschließt Haushalt</h1>"
        f"</header>{body}<footer><p>Impressum und Datenschutz der Beispielzeitung, alle Rechte "
        "vorbehalten.</p></footer></body></html>"
    )


def test_one_wrapper_per_paragraph_is_read_whole() -> None:
    sections = "<div class='ad-slot'>Anzeige</div>".join(
        f"<section class='story-element'><div class='inline'><p>{p}</p></div></section>"
        for p in PARAGRAPHS
    )
    got = extract(page(f"<div class='story'>{sections}</div>"))
    assert got.text == "\n\n".join(PARAGRAPHS)


def test_groups_of_paragraphs_in_columns_are_read_whole() -> None:
    columns = "".join(
        f"<div class='column'><div class='group'><p>{a}</p><p>{b}</p></div>"
        "<div class='companion'></div></div>"
        for a, b in zip(PARAGRAPHS[::2], PARAGRAPHS[1::2])
    )
    got = extract(page(f"<section class='story-body'>{columns}</section>"))
    assert got.text == "\n\n".join(PARAGRAPHS)


def test_a_neighbouring_article_is_not_merged_in() -> None:
    other = (
        "Im Nachbarort wurde am selben Abend ein neues Feuerwehrhaus eingeweiht, das nach "
        "zwei Jahren Bauzeit fertig ist und drei Fahrzeugen Platz bietet."
    )
    body = (
        "<main><article class='post'><div class='text'>"
        + "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:4])
        + "</div></article><article class='post'><h2>Feuerwehrhaus eingeweiht</h2>"
        f"<div class='text'><p>{other}</p><p>{other.replace('zwei', 'drei')}</p>"
        f"<p>{other.replace('drei', 'vier')}</p></div>"
        "</article></main>"
    )
    got = extract(page(body))
    assert got.text == "\n\n".join(PARAGRAPHS[:4])


def test_byline_and_dateline_under_a_photo_credit_opening_the_body() -> None:
    blocks = "".join(
        f"<div class='ce'>{inner}</div>"
        for inner in (
            "<figure><img src='/a.jpg' alt=''></figure><p>Erika Fotografin</p>",
            f"<p>Von Max Mustermann</p><p>27.1.2022 - {PARAGRAPHS[0]}</p>",
            f"<p>{PARAGRAPHS[1]}</p>",
            f"<p>{PARAGRAPHS[2]}</p>",
        )
    )
    got = extract(page(f"<div class='col'>{blocks}</div>"))
    assert [a.name for a in got.authors] == ["Max Mustermann"]
    assert got.published == "2022-01-27"


def test_a_hidden_subscription_pitch_is_never_the_body() -> None:
    pitch = "".join(
        f"<p>Jetzt abonnieren und {topic} lesen: unbegrenzter Zugang zu allen Artikeln, "
        "Newslettern, Rätseln und der digitalen Ausgabe, jederzeit kündbar.</p>"
        for topic in TOPICS[:4]
    )
    sections = "".join(
        f"<section class='story-element'><div class='inline'><p>{p}</p></div></section>"
        for p in PARAGRAPHS
    )
    body = f"<div class='main'><div class='pitch hidden'>{pitch}</div>{sections}</div>"
    assert extract(page(body)).text == "\n\n".join(PARAGRAPHS)


def test_chunks_of_paragraph_wrappers_and_a_long_caption_are_read_as_one_body() -> None:
    caption = (
        "Der Ratssaal am Dienstagabend, kurz vor der Abstimmung, in der die Fraktionen, die "
        "Verwaltung, die Gäste und die Presse, dicht gedrängt, auf das Ergebnis warteten, das "
        "erst nach Mitternacht, nach drei Anträgen, feststand."
    )
    chunks = "".join(
        "<div class='chunk'><div class='content'>"
        + "".join(
            f"<section class='el'><div class='inline'><p>{p}</p></div></section>" for p in pair
        )
        + "</div><div class='rail'></div></div>"
        for pair in zip(PARAGRAPHS[::2], PARAGRAPHS[1::2])
    )
    figure = f"<figure><img src='/a.jpg' alt=''><figcaption><p>{caption}</p></figcaption></figure>"
    got = extract(page(f"<div class='chunks'>{figure}{chunks}</div>"))
    assert got.text == "\n\n".join(PARAGRAPHS)


def test_an_ad_blocker_notice_holds_no_headline() -> None:
    notice = (
        "<div class='adblock-message'><h1>Bitte deaktivieren Sie Ihren Werbeblocker</h1>"
        "<p>Unser Journalismus wird durch Werbung finanziert.</p></div>"
    )
    html = page(f"{notice}<article>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</article>")
    got = extract(html)
    assert got.headline == "Stadtrat beschließt Haushalt"
    assert got.text == "\n\n".join(PARAGRAPHS)


def test_text_marked_as_paywalled_is_the_articles_own() -> None:
    free = "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:2])
    paid = "".join(f"<p class='paywall'>{p}</p>" for p in PARAGRAPHS[2:])
    html = page(
        f"<article><div class='body'>{free}<h2 class='paywall'>Und die Bäder?</h2>{paid}"
        "</div></article>"
    )
    got = extract(html)
    assert got.text == "\n\n".join([*PARAGRAPHS[:2], "Und die Bäder?", *PARAGRAPHS[2:]])
    assert got.headings == ["Und die Bäder?"]


def test_a_sidebar_ticker_busier_than_the_article_is_no_body() -> None:
    ticker = "".join(
        f"<p>{hour} Uhr: Bahn, Bus, Tram, Fähre, Taxi, Rad, Roller, Auto, Lkw, Boot, "
        "Zug, Flug, alles verspätet, sagt die Leitstelle.</p>"
        for hour in (7, 8, 9, 10, 11)
    )
    body = (
        "<article><div class='text'>"
        + "".join(f"<p>{p}</p>" for p in PARAGRAPHS[1:5])
        + f"</div></article><aside><div class='live'>{ticker}</div></aside>"
    )
    assert extract(page(body)).text == "\n\n".join(PARAGRAPHS[1:5])


NEXT = (
    "Der Kreistag berät im Mai, nach der Anhörung der Vereine, über Bäder, Büchereien und Brücken."
)


def test_a_short_last_section_in_its_own_wrapper_is_body_not_a_box() -> None:
    sections = "".join(
        f"<div class='item'><div class='text'><h2>{title}</h2>{paragraphs}</div></div>"
        for title, paragraphs in (
            ("Der Beschluss", "".join(f"<p>{p}</p>" for p in PARAGRAPHS[1:3])),
            ("Wie es weitergeht", f"<p>{NEXT}</p>"),
        )
    )
    got = extract(page(f"<article><div class='items'>{sections}</div></article>"))
    assert got.headings == ["Wie es weitergeht"]
    assert got.text.endswith(f"Wie es weitergeht\n\n{NEXT}")
    promo = "<div class='promo'><h2>Newsletter</h2><p>Jeden Morgen die Nachrichten.</p></div>"
    got = extract(page(f"<article>{''.join(f'<p>{p}</p>' for p in PARAGRAPHS)}{promo}</article>"))
    assert got.headings == []


def test_forms_hold_no_body_unless_the_whole_page_is_one() -> None:
    messages = "".join(
        f"<p class='error'>Bitte gib eine gültige E-Mail-Adresse für {topic} ein, sonst können "
        "wir dir keine Bestätigung schicken, und versuche es erneut.</p>"
        for topic in TOPICS
    )
    signup = f"<form action='/login'><input type='email'>{messages}</form>"
    story = "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:2])
    got = extract(page(f"<main><div class='story'>{story}{signup}</div></main>"))
    assert got.text == "\n\n".join(PARAGRAPHS[:2])
    aspnet = f"<form id='aspnetForm'><h1>Stadtrat beschließt Haushalt</h1>{story}</form>"
    got = extract(f"<html lang='de'><body>{aspnet}</body></html>")
    assert (got.headline, got.text) == ("Stadtrat beschließt Haushalt", "\n\n".join(PARAGRAPHS[:2]))


def test_a_long_comment_thread_is_never_the_body() -> None:
    comment = "Anna schrieb am 3. Mai: Das sehe ich anders, denn die Radwege sind schon gut. "
    html = (
        "<html lang='de'><body><div id='comments-enabled' class='has-comments'><article>"
        f"<h1>Stadtrat beschließt Haushalt</h1><p>{PROSE * 2}</p><p>{PROSE}</p></article>"
        f"<div class='comments-area'>{f'<p>{comment * 3}</p>' * 12}</div></div></body></html>"
    )
    got = extract(html)
    assert got.text == (PROSE * 2).strip() + "\n\n" + PROSE.strip()


def _blocks(html: str) -> list[tuple[str, str]]:
    record = extract(page(html)).to_dict()
    return [(b["type"], b["text"]) for b in record["body"]["blocks"]]


def test_wrappers_of_unknown_name_are_walked_as_blocks() -> None:
    # Web components nested in each other (<story-part><story-text>), as frameworks render
    # them, and a <paragraph> tag around each paragraph's <div>: a browser lays them out as
    # blocks, so each paragraph and heading is a block of its own.
    heading = "<h2>Streit um die Bäder</h2>"
    expected = [
        *[("paragraph", p) for p in PARAGRAPHS[:3]],
        ("heading", "Streit um die Bäder"),
        *[("paragraph", p) for p in PARAGRAPHS[3:]],
    ]
    parts = [f"<story-part><story-text><p>{p}</p></story-text></story-part>" for p in PARAGRAPHS]
    parts.insert(3, f"<story-part><story-heading>{heading}</story-heading></story-part>")
    assert _blocks(f"<article-view>{''.join(parts)}</article-view>") == expected
    wrapped = [f"<paragraph><div class='txt'><p>{p}</p></div></paragraph>" for p in PARAGRAPHS]
    wrapped.insert(3, f"<paragraph><div class='txt'>{heading}</div></paragraph>")
    assert _blocks(f"<div class='story'>{''.join(wrapped)}</div>") == expected


def test_a_paragraph_of_br_lines_reads_as_its_reader_sees_it() -> None:
    got = _blocks(
        f"<div class='story'><p>{PARAGRAPHS[0]}</p>"
        f"<p><strong>Streit um die Bäder</strong><br>{PARAGRAPHS[1]}<br>{PARAGRAPHS[2]}</p>"
        f"<p><b>Frau Beispiel, warum so spät?</b><br>{PARAGRAPHS[3]}</p>"
        "<p>Stadtkasse Beispielstadt<br>Rathausplatz 1<br>12345 Beispielstadt</p>"
        f"<p><strong>Bürgerbüro</strong><br><a href='https://buergerbuero.example'>"
        f"buergerbuero.example</a></p><p>{PARAGRAPHS[4]}</p></div>"
    )
    assert got == [
        ("paragraph", PARAGRAPHS[0]),
        ("heading", "Streit um die Bäder"),
        ("paragraph", PARAGRAPHS[1]),
        ("paragraph", PARAGRAPHS[2]),
        ("paragraph", "Frau Beispiel, warum so spät?"),  # the interviewer's question
        ("paragraph", PARAGRAPHS[3]),
        ("paragraph", "Stadtkasse Beispielstadt\nRathausplatz 1\n12345 Beispielstadt"),
        ("paragraph", "Bürgerbüro\nbuergerbuero.example"),
        ("paragraph", PARAGRAPHS[4]),
    ]


def test_a_caption_named_by_its_class_is_no_body_text() -> None:
    got = extract(
        page(
            "<div class='story'><figure><img src='https://img.example/a.jpg'></figure>"
            "<div class='image-description'>Der Rat tagte bis nach Mitternacht.</div>"
            "<div class='image-copyright'>Foto: Beispiel Agentur</div>"
            + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
            + "</div>"
        )
    )
    assert got.text == "\n\n".join(PARAGRAPHS)
    assert got.image is not None and got.image.caption == "Der Rat tagte bis nach Mitternacht."


def test_a_table_of_data_is_one_table_block_of_rows() -> None:
    table = (
        "<table><caption>Die Haushaltsposten</caption>"
        "<thead><tr><th>Posten</th><th>2024</th><th>2025</th></tr></thead>"
        "<tbody><tr><td>Schulen</td><td>12,5 Mio. €</td><td>14,1 Mio. €</td></tr>"
        "<tr><td>Bäder</td><td></td><td>2,0 Mio. €</td></tr></tbody></table>"
    )
    record = extract(
        page(f"<div class='story'><p>{PARAGRAPHS[0]}</p>{table}<p>{PARAGRAPHS[1]}</p></div>")
    ).to_dict()
    assert record["body"]["blocks"][1:3] == [
        {"type": "paragraph", "text": "Die Haushaltsposten"},
        {
            "type": "table",
            "text": "Posten\t2024\t2025\nSchulen\t12,5 Mio. €\t14,1 Mio. €\nBäder\t\t2,0 Mio. €",
            "rows": [
                ["Posten", "2024", "2025"],
                ["Schulen", "12,5 Mio. €", "14,1 Mio. €"],
                ["Bäder", "", "2,0 Mio. €"],
            ],
        },
    ]


def test_a_table_laid_out_around_the_text_is_walked_for_its_paragraphs() -> None:
    # An old page's layout table: a menu column beside the column holding the article.
    menu = "<td><a href='/'>Start</a><br><a href='/lokales'>Lokales</a></td>"
    text = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    record = extract(page(f"<table><tr>{menu}<td>{text}</td></tr></table>")).to_dict()
    assert [b["type"] for b in record["body"]["blocks"]] == ["paragraph"] * len(PARAGRAPHS)
    assert record["body"]["text"] == "\n\n".join(PARAGRAPHS)


def test_hidden_inline_text_in_a_run_is_not_read() -> None:
    got = _blocks(
        f"<div class='story'><i style='display:none'>13</i>{PARAGRAPHS[0]}<br><br>"
        f"{PARAGRAPHS[1]}<span hidden>Besuche: 4711</span></div>"
    )
    assert got == [("paragraph", PARAGRAPHS[0]), ("paragraph", PARAGRAPHS[1])]
