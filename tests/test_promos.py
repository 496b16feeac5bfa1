"""layout/classify and lexicon/labels: the site's promos for its own channels (newsletter,
app, messenger, live ticker, podcast, Google News) and the placeholders of embeds awaiting
consent are no text; reporting about an app or a newsletter, and quotes that address
someone, stay text. The pages were written blind (see their README)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import LAST, PROSE, article, check_fixture_record, fixture_pages
from newsextract import extract
from newsextract.lexicon.labels import is_promo

# Known gaps, each a defect still open: the test fails loudly once the gap is closed.
KNOWN_GAPS: dict[str, str] = {}


@pytest.mark.parametrize(("page", "expected"), fixture_pages("promos", KNOWN_GAPS))
def test_promos_and_consent_placeholders_are_no_text(page: Path, expected: dict) -> None:
    check_fixture_record(extract(page.read_bytes()).to_dict(), expected)


def test_a_bracketed_newsletter_pitch_with_its_call_is_a_promo() -> None:

    pitch = (
        "[Alle wichtigen Updates des Tages zur Wahl finden Sie im kostenlosen "
        "Beispiel-Newsletter. Dazu die wichtigsten Nachrichten, Leseempfehlungen und Debatten "
        "aus der Stadt und dem ganzen Landkreis. Zur Anmeldung geht es hier.]"
    )
    assert is_promo(pitch, [("hier", "/newsletter")])
    assert not is_promo(
        "Die Stadt hat einen Newsletter eingerichtet, der über die Baustellen informiert. Zur "
        "Anmeldung müssen Bürger ins Rathaus kommen, sagte die Sprecherin am Montag.",
        [],
    )


def test_a_promo_boxs_header_row_goes_with_its_list() -> None:
    from conftest import LAST, PROSE, article

    box = (
        "<div class='app-layer'><div class='app-layer__head'><div class='title'>Sie lesen "
        "gerade auf die zweitbeste Art!</div></div><div class='app-layer__body'><ul>"
        "<li>Mehr Lesekomfort auch für unterwegs</li><li>E-Paper und News in einer App</li>"
        "<li>Push-Nachrichten über den Tag hinweg</li></ul><a href='/app'>Jetzt laden</a>"
        "</div></div>"
    )
    got = extract(article(f"<p>{PROSE * 2}</p><p>{LAST}</p>{box}"))
    assert got.text == f"{(PROSE * 2).strip()}\n\n{LAST}"


@pytest.mark.parametrize(
    "line",
    [
        "<p>- Advertisement -</p>",
        "<div><span>· Anzeige ·</span></div>",
        "<p>- Publicidad -</p>",
        "<p><b>Got a story? Email tips@example.co.uk or call 020 7946 0123.</b> We pay.</p>",
        "<p>Do you have a story to tell? Email: news@example.com</p>",
        "<p>Haben Sie einen Hinweis für uns? Schreiben Sie an redaktion@example.de.</p>",
    ],
)
def test_ad_labels_and_calls_for_tips_are_no_text(line: str) -> None:
    page = article(f"<p>{PROSE * 2}</p>{line}<p>{PROSE}</p><p>{LAST}</p>{line}")
    text = extract(page).to_dict()["body"]["text"]
    assert text == "\n\n".join(((PROSE * 2).strip(), PROSE.strip(), LAST))


def test_a_story_about_a_tip_stays_text() -> None:
    line = "Got a story idea, the mayor asked the students, before he handed out the awards."
    page = article(f"<p>{PROSE * 2}</p><p>{line}</p><p>{LAST}</p>")
    assert line in extract(page).to_dict()["body"]["text"]


@pytest.mark.parametrize(
    ("button", "href"),
    [
        ("Iscriviti gratis", "https://www.example.it/newsletter/?nl=buongiorno"),
        ("Jetzt anmelden", "/newsletter"),
        ("S'inscrire", "/newsletters/matin"),
        ("Sign up", "/newsletter/"),
    ],
)
def test_a_newsletter_signup_box_is_no_text(button: str, href: str) -> None:
    box = (
        "<div class='box'><p>Buongiorno Valmarina</p><p>Le notizie della tua provincia, ogni "
        f"mattina alle 7 nella tua casella di posta.</p><a href='{href}'>{button}</a></div>"
    )
    text = extract(article(f"<p>{PROSE * 2}</p>{box}<p>{LAST}</p>")).to_dict()["body"]["text"]
    assert text == f"{(PROSE * 2).strip()}\n\n{LAST}"


def test_a_signup_link_to_another_page_keeps_its_paragraph() -> None:
    line = "Wer mitmachen will, kann sich bis Freitag beim Sportverein anmelden, hieß es."
    box = f"<div><p>{line}</p><a href='/verein/kontakt'>Jetzt anmelden</a></div>"
    text = extract(article(f"<p>{PROSE * 2}</p>{box}<p>{LAST}</p>")).to_dict()["body"]["text"]
    assert line in text


@pytest.mark.parametrize(
    "line",
    [
        "<p>Follow NBS Somerset on <a href='https://www.facebook.com/nbs'>Facebook</a> and "
        "<a href='https://x.com/nbs'>X</a>.</p>",
        "<p><em>Sigue toda la información de Economía en <a href='https://www.facebook.com/"
        "dm'>Facebook</a> y <a href='https://twitter.com/dm'>X</a>.</em></p>",
        "<p>Suivez-nous sur Instagram et Facebook pour ne rien manquer.</p>",
    ],
)
def test_a_call_to_follow_the_site_on_a_network_is_no_text(line: str) -> None:
    text = extract(article(f"<p>{PROSE * 2}</p><p>{LAST}</p>{line}")).to_dict()["body"]["text"]
    assert text == f"{(PROSE * 2).strip()}\n\n{LAST}"


def test_a_sentence_about_following_stays_text() -> None:
    line = "Follow-up checks by the council found that the bridge needed no further repairs."
    text = extract(article(f"<p>{PROSE * 2}</p><p>{line}</p>")).to_dict()["body"]["text"]
    assert text.endswith(line)
