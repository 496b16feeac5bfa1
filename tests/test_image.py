"""fields/image: lead images, credits split at the last marker, lazy images, placeholders."""

from __future__ import annotations

import lxml.html
import pytest

from conftest import PROSE, article
from newsextract import extract
from newsextract.fields.image import image_url, not_lead
from newsextract.lexicon.credits import split_credit


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        (
            "Putin im Kreml. Bild: picture alliance/dpa/Pool Sputnik Kremlin via AP | M. Metzel",
            "Putin im Kreml.",
            "picture alliance/dpa/Pool Sputnik Kremlin via AP | M. Metzel",
        ),
        (
            "Das Duo. Bild: Montage news.de / picture alliance/dpa | A | B / dpa | C",
            "Das Duo.",
            "Montage news.de / picture alliance/dpa | A | B / dpa | C",
        ),
        ("Rubriklistenbild: © KCNA/dpa", None, "KCNA/dpa"),
        ("(Image: © NASA/ESA)", None, "NASA/ESA"),
        (
            "Glatteis. Bild: (Symbolbild) Microgen/AdobeStock",
            "Glatteis.",
            "(Symbolbild) Microgen/AdobeStock",
        ),
        (
            "Das Schild sagt Bild: Stopp. Bild: dpa | Max Muster",
            "Das Schild sagt Bild: Stopp.",
            "dpa | Max Muster",
        ),
        (
            "Medwedew (Foto) hat sich ausgelassen. Bild: dpa | X",
            "Medwedew (Foto) hat sich ausgelassen.",
            "dpa | X",
        ),
        (
            "Demonstranten in Tiflis - Copyright Anna Beispiel/AP",
            "Demonstranten in Tiflis",
            "Anna Beispiel/AP",
        ),
        ("Der Ratssaal am Abend. (Foto: Max Bildner)", "Der Ratssaal am Abend.", "Max Bildner"),
        ("Der Ratssaal. Credit...Max Bildner/Agentur", "Der Ratssaal.", "Max Bildner/Agentur"),
        ("Screenshot: Beispielseite/ Rathaus", None, "Beispielseite/ Rathaus"),
        ("Titelbild: Erika Fotografin/Agentur", None, "Erika Fotografin/Agentur"),
        ("Nur eine Bildunterschrift.", "Nur eine Bildunterschrift.", None),
    ],
)
def test_split_credit(line, caption, credit) -> None:
    assert split_credit(line) == (caption, credit)


@pytest.mark.parametrize(
    ("tag", "url"),
    [
        (
            '<img src="data:image/gif;base64,R0lGOD" data-src="https://m.de/a.jpg">',
            "https://m.de/a.jpg",
        ),
        ('<img src="/img/blank.gif" data-lazy-src="https://m.de/b.jpg">', "https://m.de/b.jpg"),
        (
            '<img src="https://m.de/s.jpg" srcset="https://m.de/s.jpg 640w, /l.jpg 1200w">',
            "/l.jpg",
        ),
        (
            '<img srcset="https://c.de/a.jpg?val=110,110,956 110w, https://c.de/a.jpg?val=264,264 '
            '264w">',
            "https://c.de/a.jpg?val=264,264",
        ),
        ('<img srcset="/a.jpg, /b.jpg 2x">', "/b.jpg"),
        ('<img src="data:image/gif;base64,R0lGOD">', None),
    ],
)
def test_real_image_url(tag, url) -> None:
    assert image_url(lxml.html.fragment_fromstring(tag)) == url


def test_the_bylines_portrait_is_no_lead_image() -> None:
    portrait = (
        "<figure><a rel='author' href='/autoren/anna-beispiel/'><img src='/a/anna.jpg'></a>"
        "<figcaption>Von Anna Beispiel</figcaption></figure>"
    )
    lead = (
        "<figure><img src='/b/rathaus.jpg'><figcaption>Das Rathaus am Abend. "
        "Foto: Max Bildner</figcaption></figure>"
    )
    prose = "".join(
        f"<p>Der Stadtrat hat am Dienstag über {topic} im neuen Haushalt beraten, lange und "
        "ohne Ergebnis, bis die Kämmerin einen Kompromiss vorschlug.</p>"
        for topic in ("Schulen", "Straßen", "Radwege")
    )
    html = (
        "<html lang='de'><head><link rel='canonical' href='https://example.org/a/1'></head>"
        f"<body><article><h1>Stadtrat beschließt Haushalt</h1>{portrait}{lead}{prose}"
        "</article></body></html>"
    )
    image = extract(html).image
    assert (image.url, image.caption, image.credit) == (
        "https://example.org/b/rathaus.jpg",
        "Das Rathaus am Abend.",
        "Max Bildner",
    )


@pytest.mark.parametrize(
    ("url", "unfit"),
    [
        ("https://ssl-vg03.met.vgwort.de/na/d9bbcba50bf647358d82c37c7413071f", True),
        ("https://taz.de/kommune/files/images/profile/192x192/52218.png", True),
        ("https://www.example.de/img/autoren/profiles/anna-muster-2x.png", True),
        ("https://www.example.de/img/print-header-logo.png", True),
        ("https://www.example.de/img/pages/article/opengraph_default.png", True),
        ("https://www.example.de/static/img/og-default-example.png", True),
        ("https://www.example.de/static/img/share_default.jpg", True),
        ("https://secure.gravatar.com/avatar/f745ff7bd5802de2495aa36c39f01b58?s=68", True),
        ("https://www.example.de/uploads/Redakteur-Anna-Muster-96x150-1.jpg", True),
        ("https://cdn.example.de/index-transparent_h-3_w-4_zc-a5bf.gif", True),
        # an article's picture under an author's folder, a "default" crop name, a CDN path
        (
            "https://www.example.de/autoren/anna-muster/der-text/@@images/image-1000-a3a1.jpeg",
            False,
        ),
        ("https://cdn.example.es/clip/70a5_source-aspect-ratio_default_0.webp", False),
        ("https://cdn.example.de/bilder/2025/share-defaults-of-the-city-council-1200.jpg", False),
        ("https://cdn.example.com/dims4/default/6732f88/resize/1440x810!/quality/90/?url=x", False),
        ("https://www.example.de/picture/6236752/665/Buschmann-Paus-1.jpeg", False),
    ],
)
def test_what_is_no_lead_image_by_its_address(url: str, unfit: bool) -> None:
    assert not_lead(url) is unfit


def test_picture_rights_and_sources_are_credits_and_the_separator_before_them_goes() -> None:
    from newsextract.lexicon.credits import split_credit

    assert split_credit("Der Rat am Abend. Bildrechte: MDR/Anna Muster") == (
        "Der Rat am Abend.",
        "MDR/Anna Muster",
    )
    assert split_credit("Kallas und Jaishankar | Bildquelle: EU-Kommission") == (
        "Kallas und Jaishankar",
        "EU-Kommission",
    )


def test_a_small_picture_or_an_avatar_before_the_text_is_no_lead_image() -> None:
    head = (
        "<link rel='canonical' href='https://www.example.de/politik/rat-tagt-4711.html'>"
        "<meta property='og:image' content='https://www.example.de/bilder/rathaus-1200.jpg'>"
    )
    for img in (
        "<img src='/DYNRED/fp/phy.png' width='35' height='35' alt='Redakteur'>",
        "<img src='/uploads/anna-muster.png' class='avatar avatar-36 photo' width='72'>",
        "<img src='/assets/styles/38x38/public/field/image/zeitung.jpg'>",
    ):
        got = extract(article(f"<figure>{img}</figure><p>{PROSE * 3}</p>", head=head))
        assert got.image is not None
        assert got.image.url == "https://www.example.de/bilder/rathaus-1200.jpg"


def test_the_portrait_in_the_author_box_is_no_lead_image() -> None:
    from conftest import PROSE, article

    box = (
        "<div class='author-info'><div class='author-info__photo'><img "
        "src='https://img.example.com/people/anna-muster.jpg' alt='Anna Muster'></div>"
        "<span>Von <a href='/autoren/anna-muster/'>Anna Muster</a></span></div>"
    )
    head = "<meta property='og:image' content='https://img.example.com/2024/03/bruecke.jpg'>"
    got = extract(article(f"{box}<p>{PROSE * 3}</p>", head=head)).to_dict()
    assert got["image"]["url"] == "https://img.example.com/2024/03/bruecke.jpg"
