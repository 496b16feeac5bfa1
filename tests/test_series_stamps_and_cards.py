"""layout/boxes, layout/body, layout/lead, layout/header, layout/cards, layout/teasers,
fields/image and fields/links: the article's own series of boxes (an FAQ's questions, a
live blog's entries with a modifier on the first), a ticker entry's time stamp, the
standfirst beside the headline, the header's run of facts, the writer's portrait beside the
byline, a ``<picture>``'s own image, a teaser title after a hidden separator, arrows before
teaser titles, two-word story slugs under a teaser label, and the labels "Zum Vorbericht"
and "Weitere Konzertkritiken". Near-misses: two question boxes, a linked question list, a
time inside a sentence, two modifier boxes, a figure away from the byline, a quoted title,
a section link under a label, prose opening "Zum Hintergrund:", a standfirst without a
full stop."""

from __future__ import annotations

from conftest import LAST, PROSE, article
from newsextract import extract

ANSWERS = (
    "Ja. Wer ohne nachgewiesenen Mangel über längere Zeit hoch dosierte Präparate nimmt, "
    "riskiert eine Überladung, die Leber und Herz schädigen kann.",
    "Gerbstoffe in Kaffee und Schwarztee binden Eisen im Darm und verringern so die "
    "Aufnahme deutlich.",
    "Bis die Speicher vollständig aufgefüllt sind, vergehen in der Regel drei bis sechs Monate.",
)
QUESTIONS = (
    "Kann man Eisen überdosieren?",
    "Warum nicht zum Kaffee?",
    "Wie lange dauert es?",
)


def _record(html: str, **kwargs):
    return extract(article(html), **kwargs)


def _texts(html: str) -> list[str]:
    return [b.text for b in _record(html).body.blocks]


def _faq(items: int, linked: bool = False) -> str:
    boxes = []
    for question, answer in list(zip(QUESTIONS, ANSWERS))[:items]:
        title = f'<a href="/fragen/{len(boxes)}">{question}</a>' if linked else question
        boxes.append(f'<div class="faq-item"><h3>{title}</h3><p>{answer}</p></div>')
    return f'<section class="faq"><h2>Häufige Fragen</h2>{"".join(boxes)}</section>'


def test_an_faq_s_question_boxes_are_the_article_s_sections() -> None:
    texts = _texts(f"<p>{PROSE * 2}</p><p>{LAST}</p>{_faq(3)}")
    assert texts == [
        (PROSE * 2).strip(),
        LAST,
        "Häufige Fragen",
        QUESTIONS[0],
        ANSWERS[0],
        QUESTIONS[1],
        ANSWERS[1],
        QUESTIONS[2],
        ANSWERS[2],
    ]


def test_two_question_boxes_stay_boxes() -> None:
    texts = _texts(f"<p>{PROSE * 2}</p><p>{LAST}</p>{_faq(2)}")
    assert texts == [(PROSE * 2).strip(), LAST]


def test_question_boxes_whose_questions_are_links_stay_boxes() -> None:
    texts = _texts(f"<p>{PROSE * 2}</p><p>{LAST}</p>{_faq(3, linked=True)}")
    assert texts == [(PROSE * 2).strip(), LAST]


ENTRIES = (
    (
        "16:45 Uhr",
        "Bahn stellt den Fernverkehr ein",
        "Die Bahn hat den Fernverkehr im "
        "ganzen Norden bis Samstagmittag eingestellt, wie eine Sprecherin am Nachmittag sagte.",
    ),
    (
        "15:58 Uhr",
        "Feuerwehr zählt achtzig Einsätze",
        "Die Kreisfeuerwehr ist seit dem "
        "Morgen im Dauereinsatz, vor allem wegen umgestürzter Bäume auf den Landstraßen.",
    ),
    (
        "14:20 Uhr",
        "Unterricht fällt am Montag aus",
        "Drei Landkreise haben angekündigt, "
        "dass an allen Schulen am Montag kein Unterricht stattfindet, wegen der Schulwege.",
    ),
    (
        "12:05 Uhr",
        "Baum stürzt auf ein Auto",
        "Auf der Landesstraße ist am Mittag ein Baum "
        "auf ein fahrendes Auto gestürzt, der Fahrer wurde dabei nur leicht verletzt.",
    ),
    (
        "06:00 Uhr",
        "Willkommen im Liveblog",
        "Das Sturmtief erreicht am Freitag den "
        "Nordwesten, wir berichten hier den ganzen Tag über Sperrungen und Schäden.",
    ),
)


def _more(title: str) -> str:
    return f"Zum Eintrag „{title}“ meldet die Redaktion: {PROSE.strip()}"


def _ticker(first_class: str, entries: int = 5) -> str:
    sections = []
    for i, (stamp, title, text) in enumerate(ENTRIES[:entries]):
        last = i == entries - 1
        sections.append(
            f'<section class="{first_class if last else "entry"}">'
            f'<div class="entry__time"><time>{stamp}</time></div>'
            f"<div><h3>{title}</h3><p>{text}</p><p>{_more(title)}</p></div></section>"
        )
    return f'<div class="entries">{"".join(sections)}</div>'


def test_a_ticker_s_stamps_are_no_text_and_its_entry_titles_are_headings() -> None:
    record = _record(_ticker("entry"))
    assert [b.text for b in record.body.blocks] == [
        part for _, title, text in ENTRIES for part in (title, text, _more(title))
    ]
    assert record.headings == [title for _, title, _ in ENTRIES]


def test_a_live_blog_s_first_entry_with_a_modifier_class_is_one_of_its_entries() -> None:
    texts = _texts(_ticker("entry entry--first"))
    assert texts[-3:] == [ENTRIES[-1][1], ENTRIES[-1][2], _more(ENTRIES[-1][1])]


def test_a_box_with_a_modifier_among_two_alike_boxes_stays_a_box() -> None:
    box = (
        '<div class="infobox infobox--open"><h3>Zur Person</h3><p>Anna Muster leitet seit '
        "2019 das Amt.</p></div>"
    )
    other = '<div class="infobox"><h3>Zahlen</h3><p>Drei Ämter, zwölf Stellen.</p></div>'
    texts = _texts(f"<p>{PROSE * 2}</p>{other}{other}{box}<p>{LAST}</p>")
    assert texts == [(PROSE * 2).strip(), LAST]


def test_a_time_inside_a_sentence_stays_text() -> None:
    line = "Um 16:45 Uhr begann die Sitzung des Stadtrats mit einer Schweigeminute."
    assert _texts(f"<p>{PROSE * 2}</p><p>{line}</p><p>{LAST}</p>")[1] == line


STANDFIRST = (
    "Der Getriebehersteller baut bis Ende 2026 rund 900 Arbeitsplätze ab. Der Betriebsrat "
    "spricht von einem Kahlschlag mit Ansage."
)


def test_a_paragraph_in_the_headline_s_block_before_the_text_s_element_is_the_standfirst() -> None:
    html = (
        f"<header><h1>Hessler streicht jede fünfte Stelle</h1><p>{STANDFIRST}</p></header>"
        f'<div class="text"><p>{PROSE * 2}</p><p>{LAST}</p></div>'
    )
    record = extract(f"<html lang='de'><body><article>{html}</article></body></html>")
    assert record.summary == [STANDFIRST]
    assert [b.text for b in record.body.blocks] == [(PROSE * 2).strip(), LAST]


def test_a_first_paragraph_beside_the_headline_and_the_text_is_the_text() -> None:
    html = f"<h1>Hessler streicht jede fünfte Stelle</h1><p>{STANDFIRST}</p><p>{PROSE * 2}</p>"
    record = extract(f"<html lang='de'><body><article>{html}<p>{LAST}</p></article></body></html>")
    assert record.summary == []
    assert record.body.blocks[0].text == STANDFIRST


def _header(line: str) -> str:
    return (
        f"<html lang='de'><body><article><header><h1>Mikroplastik in Bergseen</h1>"
        f"<div class='entry-meta'>{line}</div></header><div class='entry-content'>"
        f"<p>{PROSE * 2}</p>{''.join(f'<p>{a}</p>' for a in ANSWERS)}<p>{LAST}</p></div>"
        "</article></body></html>"
    )


def test_the_header_s_run_of_dates_names_and_counts_is_no_standfirst() -> None:
    line = (
        "<span><time>18. Februar 2025</time></span> <span>von <a href='/author/tr/'>Tobias "
        "Rehlinger</a></span> <span>4 Min. Lesezeit</span> <span>3 Kommentare</span>"
    )
    record = extract(_header(line))
    assert record.summary == []
    assert record.body.blocks[0].text == (PROSE * 2).strip()


def test_a_line_without_a_full_stop_is_a_run_of_facts_only_with_a_date_in_it() -> None:
    from newsextract.layout.header import _meta_run  # the header's own test of its lines

    assert _meta_run("18. Februar 2025 von Tobias Rehlinger 4 Min. Lesezeit 3 Kommentare")
    assert _meta_run("By Jordan Roe - AP Technology Writer | AP – 1 hr 4 mins ago")
    assert not _meta_run(
        "Die Behörden haben die Krise nur verschärft. Nun liegt es an ihnen, die Lage zu "
        "entschärfen, wie andere ihnen sagen sollten"
    )
    assert not _meta_run("Der Rat tagte am 18. Februar 2025 bis in die Nacht.")


PORTRAIT = "https://example.de/media/team/anna-muster-64.jpg"
PICTURE = "https://example.de/media/2025/02/bergsee-1280.jpg"


def test_the_writer_s_portrait_beside_the_byline_is_no_lead_image() -> None:
    html = (
        f'<div class="meta"><img src="{PORTRAIT}" alt=""> <span>Von <a href="/team/anna/">'
        f"Anna Muster</a></span></div>"
        f'<figure><img src="{PICTURE}" width="1280" height="720"><figcaption>Der Bergsee im '
        f"Februar.</figcaption></figure><p>{PROSE * 2}</p><p>{LAST}</p>"
    )
    image = _record(html).image
    assert (image.url, image.caption) == (PICTURE, "Der Bergsee im Februar.")


def test_a_picture_beside_a_line_that_is_no_byline_is_the_lead_image() -> None:
    html = (
        f'<div class="meta"><img src="{PORTRAIT}" alt=""> <span>Der Gipfel am Morgen</span>'
        f"</div><p>{PROSE * 2}</p><p>{LAST}</p>"
    )
    assert _record(html).image.url == PORTRAIT


def test_a_picture_s_own_img_comes_before_its_sources() -> None:
    html = (
        '<figure><picture><source type="image/webp" srcset="https://example.de/b-1280.webp '
        f'1280w"><img src="{PICTURE}"></picture></figure><p>{PROSE * 2}</p><p>{LAST}</p>'
    )
    assert _record(html).image.url == PICTURE


def test_a_picture_whose_img_is_a_placeholder_takes_its_source() -> None:
    html = (
        '<figure><picture><source data-srcset="https://example.de/b-1280.jpg 1280w">'
        '<img src="data:image/gif;base64,R0lGOD"></picture></figure>'
        f"<p>{PROSE * 2}</p><p>{LAST}</p>"
    )
    assert _record(html).image.url == "https://example.de/b-1280.jpg"


URL = "https://www.example.de/region/stadtrat-haushalt-2025"


def _related(html: str) -> list[str]:
    return [r.title for r in _record(html, url=URL).related]


def test_a_teaser_title_after_a_hidden_separator_ends_with_its_element() -> None:
    card = (
        '<div class="teaser"><a href="/region/interview-brueckenbau-sechziger-jahre">'
        '<p class="teaser__headline"><span class="teaser__topline">Interview</span>'
        '<span class="visually-hidden">: </span><span>Warum alte Brücken Probleme machen'
        '</span></p><p class="teaser__text">Eine Ingenieurin über Spannbeton und verpasste '
        "Sanierungen.</p></a></div>"
    )
    assert _related(f"<p>{PROSE * 2}</p>{card}<p>{LAST}</p>") == [
        "Warum alte Brücken Probleme machen"
    ]


def test_arrows_before_teaser_titles_are_no_part_of_them() -> None:
    links = (
        '<p><a href="/region/badeseen-hitze-wochenende-norden">► Hitze-Wochenende: So voll '
        'waren die Badeseen</a></p><p><a href="/region/badeunfall-fehler-toedlich">→ '
        "Badeunfälle: Diese fünf Fehler</a></p>"
    )
    assert _related(f"<p>{PROSE * 2}</p>{links}<p>{LAST}</p>") == [
        "Hitze-Wochenende: So voll waren die Badeseen",
        "Badeunfälle: Diese fünf Fehler",
    ]


def test_a_quoted_teaser_title_keeps_its_quotation_marks() -> None:
    links = '<p><a href="/region/interview-buergermeister-haushalt">» Wir sparen nicht «</a></p>'
    assert _related(f"<p>{PROSE * 2}</p>{links}<p>{LAST}</p>") == ["» Wir sparen nicht «"]


def _labelled(label: str, links: list[tuple[str, str]]) -> str:
    cards = "".join(f'<li><a href="{href}">{title}</a></li>' for href, title in links)
    return f"<section><h2>{label}</h2><ul>{cards}</ul></section>"


def test_two_word_story_slugs_under_a_teaser_label_are_stories() -> None:
    box = _labelled(
        "Das könnte Sie auch interessieren",
        [
            ("/ernaehrung/eisenreiche-lebensmittel/", "Die 15 besten eisenreichen Lebensmittel"),
            ("/symptome/chronische-muedigkeit/", "Immer müde? Sieben mögliche Ursachen"),
            ("/ernaehrung/gesunde-ernaehrung/", "Gesunde Ernährung"),
        ],
    )
    assert _related(f"<p>{PROSE * 2}</p><p>{LAST}</p>{box}") == [
        "Die 15 besten eisenreichen Lebensmittel",
        "Immer müde? Sieben mögliche Ursachen",
    ]


def test_links_labelled_as_the_earlier_report_and_the_genre_s_other_stories_are_teasers() -> None:
    before = (
        '<p><strong>Zum Vorbericht:</strong> <a href="/region/gutachter-warnen-vor-dammbruch">'
        "Gutachter warnen vor zweitem Dammbruch</a></p>"
    )
    genre = _labelled(
        "Weitere Konzertkritiken",
        [
            ("/kultur/elbstrand-boys-jazzhaus-kritik", "Die Elbstrand-Boys im Jazzhaus"),
            ("/kultur/mara-wendt-theater-kritik", "Mara Wendt im Theater am Kanal"),
        ],
    )
    html = f"<p>{PROSE * 2}</p><p>{LAST}</p>{before}{genre}"
    assert _related(html) == [
        "Gutachter warnen vor zweitem Dammbruch",
        "Die Elbstrand-Boys im Jazzhaus",
        "Mara Wendt im Theater am Kanal",
    ]
    assert _record(html, url=URL).body.blocks[-1].text == LAST


def test_prose_opening_with_zum_hintergrund_stays_text() -> None:
    line = (
        'Zum Hintergrund: Das <a href="/region/gesetz-selbstbestimmung-entwurf">Gesetz</a> '
        "soll regeln, wie der Eintrag geändert werden kann."
    )
    texts = _texts(f"<p>{PROSE * 2}</p><p>{line}</p><p>{LAST}</p>")
    assert texts[1] == (
        "Zum Hintergrund: Das Gesetz soll regeln, wie der Eintrag geändert werden kann."
    )
