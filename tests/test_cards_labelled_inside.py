"""layout/teasers and fields/tags: a teaser card that carries its label inside its own link
("Lees ook", "Related Article", "Mehr zum Thema" over the title, in one <a>) is a related
entry and no text; a tabloid's bare "More On" heads topics only when nothing but topic links
follows it."""

from __future__ import annotations

import pytest

from conftest import LAST, PROSE, article
from newsextract import extract

URL = "https://www.example-zeitung.de/politik/haushalt-2025-stadtrat-beschliesst-123456.html"
CARD_HREF = "/lokales/fietsers-vrezen-omweg-als-pont-verdwijnt-98765.html"


@pytest.mark.parametrize(
    "card",
    [
        # the label and the title inline, a picture between them
        f'<aside><a href="{CARD_HREF}"><span>Lees ook</span><img src="/x.jpg" alt="">'
        "<span>Fietsers vrezen omweg als pont verdwijnt</span></a></aside>",
        # the label as a line of its own over a heading
        f'<aside><a href="{CARD_HREF}"><div><span>Related Article</span>'
        "<h3>Fietsers vrezen omweg als pont verdwijnt</h3></div></a></aside>",
        # a colon after the label
        f'<p><a href="{CARD_HREF}"><strong>Mehr zum Thema</strong>: Fietsers vrezen omweg als '
        "pont verdwijnt</a></p>",
    ],
)
def test_a_card_labelled_inside_its_link_is_related_and_no_text(card: str) -> None:
    record = extract(article(f"<p>{PROSE * 2}</p>{card}<p>{LAST}</p>"), url=URL)
    assert [(r.title, r.url) for r in record.related] == [
        ("Fietsers vrezen omweg als pont verdwijnt", "https://www.example-zeitung.de" + CARD_HREF)
    ]
    assert [b.text for b in record.body.blocks] == [(PROSE * 2).strip(), LAST]


def test_a_link_that_opens_with_the_words_in_a_sentence_is_no_card() -> None:
    line = (
        f'<p>Wer mehr wissen will: <a href="{CARD_HREF}">Lesen Sie auch die Chronik</a> der '
        "Stadt, die das Archiv im Netz zeigt.</p>"
    )
    record = extract(article(f"<p>{PROSE * 2}</p>{line}<p>{LAST}</p>"), url=URL)
    assert record.related == []


def _tags(after_article: str) -> list[str]:
    body = f"<p>{PROSE * 3}</p><p>{LAST}</p>"
    page = article(body).replace("</article>", f"</article>{after_article}")
    return extract(page, url=URL).tags


def test_a_bare_more_on_over_topic_links_only_heads_the_tags() -> None:
    box = (
        '<section><h2>More On</h2><ul><li><a href="/all-about/buses">Buses</a></li>'
        '<li><a href="/all-about/kennetbury">Kennetbury</a></li></ul></section>'
    )
    assert _tags(box) == ["Buses", "Kennetbury"]


def test_more_on_over_one_topic_s_headlines_heads_no_tags() -> None:
    box = (
        '<div><h4>More On:</h4><h3><a href="/tag/plague/">plague</a></h3>'
        '<h2><a href="/2019/11/13/two-patients-diagnosed-with-plague/">Two patients diagnosed '
        "with plague as officials scramble to prevent an outbreak</a></h2></div>"
    )
    assert _tags(box) == []


def test_more_on_tabs_over_teasers_head_no_tags() -> None:
    box = (
        '<section><h2>More On</h2><ul><li><a href="/all-about/pubs">Pubs</a></li>'
        '<li><a href="/all-about/gloucestershire">Gloucestershire</a></li></ul>'
        '<div><a href="/news/stroud-pub-new-landlord-reopens-9180055">Stroud pub reopens under '
        "a new landlord after two years of closure</a></div></section>"
    )
    assert _tags(box) == []


def test_read_more_on_a_topic_heads_a_teaser_box() -> None:
    box = (
        '<div><h3>READ MORE ON PARKING</h3><ul><li><a href="/news/driver-slapped-with-fine-'
        'for-parking-on-his-own-drive-123.html">Driver slapped with £100 fine for parking on '
        "his own drive</a></li></ul></div>"
    )
    record = extract(article(f"<p>{PROSE * 3}</p>{box}<p>{LAST}</p>"), url=URL)
    assert [r.title for r in record.related] == [
        "Driver slapped with £100 fine for parking on his own drive"
    ]


def test_a_link_card_set_as_a_figure_in_the_text_is_related() -> None:
    card = (
        '<figure class="card"><a href="/lokales/bibliothek-erwaegt-drei-wege-12345.html">'
        "<div><div>Bibliothek erwägt drei Wege aus dem Defizit</div><div>Der Vorstand hörte "
        "Vorschläge von Sonntagsschließung bis zur Aufgabe einer Filiale.</div></div>"
        '<div><img src="/b.jpg" alt=""></div></a></figure>'
    )
    record = extract(article(f"<p>{PROSE * 3}</p>{card}<p>{LAST}</p>"), url=URL)
    assert [r.title for r in record.related] == ["Bibliothek erwägt drei Wege aus dem Defizit"]
    assert "Vorschläge" not in record.body.text


def test_a_picture_linked_to_its_source_with_a_caption_is_no_card() -> None:
    figure = (
        '<figure><a href="/lokales/bilder-der-woche-12345.html"><img src="/b.jpg" alt=""></a>'
        "<figcaption>Die Bibliothek an der Oak Street, aufgenommen im Mai.</figcaption></figure>"
    )
    record = extract(article(f"<p>{PROSE * 3}</p>{figure}<p>{LAST}</p>"), url=URL)
    assert record.related == []


@pytest.mark.parametrize(
    ("label", "related"),
    [("Weitere News zur Voltaris-Aktie", True), ("Weitere Nachrichten", False)],
)
def test_more_news_on_a_named_subject_heads_teasers(label: str, related: bool) -> None:
    box = (
        f'<section><h2>{label}</h2><ul><li><a href="/news/voltaris-will-dividende-auf-1-40-'
        'euro-anheben-123.html">Voltaris will Dividende auf 1,40 Euro je Aktie anheben</a></li>'
        '<li><a href="/news/auftragsbestand-erreicht-erneut-rekordwert-124.html">'
        "Auftragsbestand von Voltaris erreicht erneut Rekordwert</a></li></ul></section>"
    )
    page = article(f"<p>{PROSE * 3}</p><p>{LAST}</p>").replace("</article>", f"</article>{box}")
    titles = [r.title for r in extract(page, url=URL).related]
    assert bool(titles) is related
