"""Generic (non-news.de) rules: standfirst, labelled and closing bylines, kickers in h1
parts, furniture lines, author bios, microdata dates. Pages are written here."""

from __future__ import annotations

import pytest

from newsextract import extract
from newsextract.lexicon.bylines import labelled_names

PROSE = (
    "Der Stadtrat hat am Dienstag über den neuen Haushalt beraten, der Investitionen in "
    "Schulen, Straßen und Radwege vorsieht. "
)

LAST = "Die Opposition kündigte an, den Beschluss vom Verwaltungsgericht prüfen zu lassen."


def article(body: str, head: str = "", h1: str = "<h1>Stadtrat beschließt Haushalt</h1>") -> str:
    return f"<html lang='de'><head>{head}</head><body><article>{h1}{body}</article></body></html>"


def test_described_set_apart_first_paragraph_is_the_standfirst() -> None:
    lead = "Der Haushalt steht: Mehr Geld für Schulen und Radwege, weniger für Parkhäuser."
    html = article(
        f'<p class="intro">{lead}</p><p>{PROSE * 2}</p><p>{PROSE}</p>',
        head=f'<meta name="description" content="{lead}">',
    )
    got = extract(html)
    assert got.summary == [lead]
    assert got.blocks[0].text == (PROSE * 2).strip()


def test_described_first_paragraph_like_the_others_stays_body() -> None:
    lead = PROSE.strip()
    html = article(
        f"<p>{lead}</p><p>{PROSE}</p><p>{PROSE}</p>",
        head=f'<meta name="description" content="{lead}">',
    )
    got = extract(html)
    assert got.summary == []
    assert got.blocks[0].text == lead


def test_described_first_paragraph_before_a_video_label_stays_body() -> None:
    lead = "Die Stadt hat ihren Haushalt beschlossen, und die Opposition ist unzufrieden damit."
    html = article(
        f"<p>{lead}</p><div class='video'><p>Watch</p></div><p>{PROSE * 2}</p><p>{LAST}</p>",
        head=f'<meta name="description" content="{lead}">',
    )
    got = extract(html)
    assert got.summary == []
    assert got.blocks[0].text == lead


def test_meta_values_in_a_value_attribute_count() -> None:
    # Pages saved through Mercury/Postlight tooling carry "value" where "content" belongs.
    head = (
        '<meta value="2016-12-29T01:32:00+00:00" name="article:published_time">'
        '<meta value="Anna Beispiel" name="author">'
    )
    got = extract(article(f"<p>{PROSE * 2}</p>", head=head))
    assert (got.published, [a.name for a in got.authors]) == (
        "2016-12-29T02:32:00+01:00",  # the instant, in Berlin
        ["Anna Beispiel"],
    )


def test_paragraph_named_lead_by_its_wrapper_is_the_standfirst() -> None:
    lead = "Mehr Geld für Schulen, weniger für Parkhäuser: So plant die Stadt."
    html = article(
        f'<div class="article-body"><div class="ArticleLeadIn"><p>{lead}</p></div>'
        f"<p>{PROSE * 2}</p><p>{PROSE}</p></div>"
    )
    got = extract(html)
    assert got.summary == [lead]
    assert got.text == f"{PROSE * 2}".strip() + "\n\n" + PROSE.strip()


def test_tailwind_leading_class_is_no_lead_and_a_short_body_keeps_its_lead() -> None:
    got = extract(article(f'<p class="text-lg leading-7">{PROSE}</p><p>{PROSE * 2}</p>'))
    assert got.summary == []
    short = extract(article(f'<p class="lead">{PROSE}</p><p>Mehr folgt.</p>'))
    assert short.summary == []
    assert short.blocks[0].text == PROSE.strip()


def test_dek_in_hgroup_repeated_by_the_description_is_the_standfirst() -> None:
    dek = "Nach langer Debatte stimmt eine knappe Mehrheit für das Milliardenpaket der Stadt."
    html = article(
        f"<div class='text'><p>{PROSE * 2}</p><p>{PROSE}</p></div>",
        head=f'<meta property="og:description" content="{dek[:70]}…">',
        h1=f"<hgroup><h1>Stadtrat beschließt Haushalt</h1><h2>{dek}</h2></hgroup>",
    )
    got = extract(html)
    assert got.summary == [dek]
    assert got.headings == []


@pytest.mark.parametrize(
    ("under_headline", "summary"),
    [
        (
            "<h2 class='article-excerpt'>Eine knappe Mehrheit stimmt zu</h2>",
            ["Eine knappe Mehrheit stimmt zu"],
        ),
        (
            "<p class='strapline'>Mehr für Schulen, weniger für Parkhäuser</p>",
            ["Mehr für Schulen, weniger für Parkhäuser"],
        ),
        ("<p class='subtitle'>Die Sitzung dauerte bis in die Nacht</p>", []),  # a second headline
        ("<div class='lead-media'><p>Video Loading</p><p>Click to play Tap to play</p></div>", []),
        (
            "<div class='standfirst'><p>by Jana Beispiel (text) and Jo Muster (photos)</p></div>",
            [],
        ),
    ],
)
def test_a_short_line_under_the_headline_named_as_its_dek_is_the_summary(
    under_headline: str, summary: list[str]
) -> None:
    html = article(
        f"<div class='text'><p>{PROSE * 2}</p><p>{PROSE}</p></div>",
        h1=f"<header><h1>Stadtrat beschließt Haushalt</h1>{under_headline}</header>",
    )
    got = extract(html)
    assert got.summary == summary
    assert got.headings == []
    assert got.text == f"{PROSE * 2}".strip() + "\n\n" + PROSE.strip()


def test_captions_galleries_and_contents_lists_are_no_summary() -> None:
    header = (
        '<figure><img src="/a.jpg"></figure>'
        '<div class="image-caption">Der Stadtrat tagte am Dienstag im großen Sitzungssaal des '
        "alten Rathauses am Marktplatz</div>"
        '<ul class="gallery"><li>Das Rathaus am Abend. Bild: Anna Beispiel/Archiv</li></ul>'
        "<p>Auf dieser Seite:</p>"
        '<ul><li><a href="#a">Was beschlossen wurde</a></li>'
        '<li><a href="#b">Was die Opposition sagt</a></li></ul>'
    )
    html = article(
        f"<div class='text'><p>{PROSE * 2}</p><p>{PROSE}</p></div>",
        h1=f"<h1>Stadtrat beschließt Haushalt</h1>{header}",
    )
    got = extract(html)
    assert got.summary == []
    assert got.text == (PROSE * 2).strip() + "\n\n" + PROSE.strip()


def test_key_points_under_in_kuerze_follow_the_standfirst_in_the_summary() -> None:
    lead = (
        "Der Haushalt steht: Mehr Geld für Schulen und Radwege, weniger für Parkhäuser der Stadt."
    )
    points = ["Die Stadt investiert 40 Millionen Euro.", "Zwei Parkhäuser werden nicht gebaut."]
    html = article(
        f"<p class='standfirst'>{lead}</p><div class='body'><h3>In Kürze:</h3><ul>"
        + "".join(f"<li>{p}</li>" for p in points)
        + f"</ul><p>{PROSE * 2}</p><p>{PROSE}</p></div>"
    )
    got = extract(html)
    assert got.summary == [lead, *points]
    assert got.text == (PROSE * 2).strip() + "\n\n" + PROSE.strip()


def test_described_standfirst_gives_back_the_paragraph_taken_with_it() -> None:
    lead = (
        "Der Haushalt steht: Mehr Geld für Schulen und Radwege, weniger für Parkhäuser der Stadt."
    )
    first = (
        "Nach sechs Stunden Debatte stimmten 31 von 60 Ratsmitgliedern für den Entwurf der "
        "Kämmerin, der bis zuletzt umstritten war. Die Opposition kündigte an, das Ergebnis "
        "prüfen zu lassen."
    )
    html = article(
        f"<div class='top'><div><p>{lead}</p></div><p>{first}</p></div>"
        f"<section><div class='body'>{f'<p>{PROSE * 2}</p>' * 6}</div></section>",
        head=f'<meta name="description" content="{lead}">',
    )
    got = extract(html)
    assert got.summary == [lead]
    assert got.blocks[0].text == first


def test_breadcrumb_before_the_headline_is_no_kicker() -> None:
    h1 = "<div>Start | Politik | Ausland</div><h1>Stadtrat beschließt Haushalt</h1>"
    got = extract(article(f"<p>{PROSE * 3}</p>", h1=h1))
    assert (got.kicker, got.headline) == (None, "Stadtrat beschließt Haushalt")


def test_only_the_articles_own_sections_give_headings() -> None:
    body = (
        "<div class='text'><h2>Stadtrat beschließt Haushalt für 2026</h2>"
        f"<p>{PROSE * 2}</p><h2>Was die Opposition sagt</h2><p>{PROSE * 2}</p>"
        "<div class='promo'><h3>Unser Newsletter</h3><p>Jeden Morgen das Wichtigste aus der "
        "Stadt.</p></div>"
        f"<section><h3>Wie es weitergeht</h3><p>{PROSE * 5}</p></section></div>"
    )
    got = extract(article(body))
    assert got.headings == ["Was die Opposition sagt", "Wie es weitergeht"]
    assert "Newsletter" not in got.text and "Jeden Morgen" not in got.text


def test_boxes_nested_in_paragraphs_and_bold_wrappers_are_still_chrome() -> None:
    body = (
        f"<p>{PROSE}<aside class='related'><ul><li><a href='/a'>Ein anderer Artikel hier</a></li>"
        "<li><a href='/b'>Noch ein anderer Artikel</a></li></ul></aside></p>"
        f"<p>{PROSE * 2}</p><b><div class='related-posts'>Das könnte dich auch interessieren: "
        "<a href='/c'>Noch mehr Lesestoff</a></div></b>"
        "<div class='visual'><img src='/k.jpg'><p>Vergrößern Die Kamera im Display.</p></div>"
        f"<p>{LAST}</p><p>(Alle Angaben ohne Gewähr)</p><p>Publiziert: 03.04.2020, 12:35</p>"
    )
    got = extract(article(body))
    assert got.text == "\n\n".join(p.strip() for p in (PROSE, PROSE * 2, LAST))


def test_teaser_cards_and_link_lists_are_neither_body_nor_summary() -> None:
    card = (
        "<a href='/andere-geschichte'><h3>Die Opposition droht mit Klage gegen den Haushalt</h3>"
        "<p>Die Fraktionen von Grünen und Linken halten den Beschluss für rechtswidrig und wollen "
        "ihn vom Verwaltungsgericht prüfen lassen, sagen ihre Sprecher.</p></a>"
    )
    links = (
        "<ul><li><a href='/x'>Wie der Haushalt entstand und wer ihn schrieb</a></li>"
        "<li><a href='/y'>Was die Kämmerin zum Haushalt sagt</a></li></ul>"
    )
    got = extract(article(f"{links}<p>{PROSE * 2}</p>{card}<p>{PROSE}</p>"))
    assert got.summary == []
    assert got.text == (PROSE * 2).strip() + "\n\n" + PROSE.strip()


def test_media_player_read_outs_are_no_body() -> None:
    got = extract(article(f"<div>00:00 / 03:15</div><p>Aktuelle Zeit: 0:00</p><p>{PROSE * 3}</p>"))
    assert got.text == (PROSE * 3).strip()


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


def test_labelled_names() -> None:
    assert labelled_names("Datum: 19.11.2021 Autor: Fritz Imhof Quelle: Livenet") == ["Fritz Imhof"]
    assert labelled_names("Autor: Rechtsanwalt Sebastian Einbock") == ["Sebastian Einbock"]
    assert labelled_names("Keine Angabe hier") == []


def test_closing_name_line_is_the_byline_not_body() -> None:
    got = extract(article(f"<p>{PROSE * 3}</p><p><b><i>Stefan Beispiel</i></b></p>"))
    assert [a.name for a in got.authors] == ["Stefan Beispiel"]
    assert "Stefan Beispiel" not in got.text


def test_author_markup_without_von() -> None:
    byline = (
        '<div class="article-byline"><span class="simple">Anna Muster</span>'
        '<span class="simple">Jan Beispiel</span></div>'
    )
    got = extract(article(byline + f"<p>{PROSE * 3}</p>"))
    assert [a.name for a in got.authors] == ["Anna Muster", "Jan Beispiel"]


def test_site_name_is_no_author_and_a_declared_organisation_is_one_with_its_role() -> None:
    head = (
        '<link rel="canonical" href="https://www.auto-zeitung.de/a/1">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "author": '
        '[{"@type": "Organization", "name": "Verlag GmbH"}, "AUTO ZEITUNG"]}</script>'
    )
    got = extract(article(f"<p>{PROSE * 3}</p>", head=head))
    assert [(a.name, a.role) for a in got.authors] == [("Verlag GmbH", "organization")]
    assert "authors: no byline found; the organisation declared as author" in got.warnings
    person = head.replace('"AUTO ZEITUNG"', '{"@type": "Person", "name": "Eva Muster"}')
    got = extract(article(f"<p>{PROSE * 3}</p>", head=person))
    assert [(a.name, a.role) for a in got.authors] == [("Eva Muster", None)]


def test_furniture_and_bio_lines_leave_the_body() -> None:
    body = (
        f'<p class="byline">Von Anna Muster</p><p>{PROSE * 3}</p>'
        "<p>ANZEIGE - Heute mal ausgehen? Wie wäre es mit Pizza.</p>"
        "<p>Verpasse keine News zu Politik und Stadt</p>"
        "<p>Anna Muster ist Redakteurin im Lokalressort und schreibt über Verkehr.</p>"
    )
    got = extract(article(body))
    assert got.text == (PROSE * 3).strip()


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


def test_cms_ids_and_slugs_in_keywords_are_no_tags() -> None:
    head = (
        '<meta property="article:tag" content="8f507083-bac4-423a-9015-2eb31e1bce50">'
        '<meta property="article:tag" content="stats-team-all-articles">'
        '<meta property="article:tag" content="Haushalt">'
        '<meta property="article:tag" content="E-Auto-Prämie">'
    )
    got = extract(article(f"<p>{PROSE * 3}</p>", head=head))
    assert got.tags == ["Haushalt", "E-Auto-Prämie"]


def test_comma_separated_meta_tags_are_split() -> None:
    head = '<meta property="article:tag" content="Spain,Europe, World news,Spain">'
    assert extract(article(f"<p>{PROSE * 3}</p>", head=head)).tags == [
        "Spain",
        "Europe",
        "World news",
    ]


def test_chinese_article_is_read_and_its_words_counted() -> None:
    sentence = "市议会周二讨论了新的预算，其中包括对学校、道路和自行车道的投资。"
    html = (
        "<html lang='zh'><body><div class='nav'><a href='/'>首页</a></div><article>"
        f"<h1>市议会通过预算</h1><p>{sentence * 2}</p><p>{sentence}</p></article></body></html>"
    )
    got = extract(html)
    assert got.text == f"{sentence * 2}\n\n{sentence}"
    assert got.word_count == 3 * (len(sentence) - 3)  # every character but the punctuation


def test_a_long_comment_thread_is_never_the_body() -> None:
    comment = "Anna schrieb am 3. Mai: Das sehe ich anders, denn die Radwege sind schon gut. "
    html = (
        "<html lang='de'><body><div id='comments-enabled' class='has-comments'><article>"
        f"<h1>Stadtrat beschließt Haushalt</h1><p>{PROSE * 2}</p><p>{PROSE}</p></article>"
        f"<div class='comments-area'>{f'<p>{comment * 3}</p>' * 12}</div></div></body></html>"
    )
    got = extract(html)
    assert got.text == (PROSE * 2).strip() + "\n\n" + PROSE.strip()


def test_text_the_body_already_said_is_dropped() -> None:
    long = " ".join(f"Satz {i} über den Haushalt der Stadt und seine Folgen." for i in range(30))
    html = article(
        f"<p>{PROSE * 2}</p><p>{long}</p><p>{PROSE * 2}</p><p>Placeholder image-1</p>"
        f"<div class='print-copy'>{long} {PROSE}</div>"
    )
    got = extract(html)
    assert got.text == "\n\n".join(((PROSE * 2).strip(), long))


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


def test_the_rating_widget_ends_the_body() -> None:
    got = extract(
        article(f"<p>{PROSE * 2}</p><p>Gefällt dir dieser Beitrag?</p><p>9</p><p>{PROSE}</p>")
    )
    assert got.text == (PROSE * 2).strip()


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
    assert got.tags == ["Haushalt"]
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
    assert extract(html).tags == ["Haushalt"]


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
    assert extract(html).tags == ["Haushalt"]


def test_the_author_bio_the_structured_data_gives_is_neither_summary_nor_body() -> None:
    bio = "Seit 2010 schreibt sie über Stadtpolitik, Verkehr und den Wohnungsbau in der Region."
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "author": {"@type": '
        f'"Person", "name": "Jana Beispiel", "description": "<p>{bio}</p>"}}}}</script>'
    )
    html = article(
        f"<div class='text'><p>{PROSE * 2}</p><p>{PROSE}</p><p>{bio}</p></div>",
        head=head,
        h1=f"<header><h1>Stadtrat beschließt Haushalt</h1><div class='bio'>{bio}</div></header>",
    )
    got = extract(html)
    assert got.summary == []
    assert got.text == f"{PROSE * 2}".strip() + "\n\n" + PROSE.strip()


def test_a_list_of_credited_captions_is_a_gallery_not_body() -> None:
    gallery = (
        "<ul class='slides'><li><img src='a.jpg'>Der Saal am Abend. Foto: Jana Beispiel/dpa</li>"
        "<li><img src='b.jpg'>Die Abstimmung. Foto: Jo Muster/AP</li></ul>"
    )
    html = article(f"<div class='text'><p>{PROSE * 2}</p>{gallery}<p>{PROSE}</p></div>")
    assert extract(html).text == f"{PROSE * 2}".strip() + "\n\n" + PROSE.strip()
