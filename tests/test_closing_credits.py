"""layout/body: the credit closing a story ("(amo)", "SDA/sep", "mit dpa") is its signature,
never its text; near-misses stay text. The pages were written blind (see their README)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import LAST, PROSE, article, check_fixture_record, fixture_pages
from newsextract import extract
from newsextract.lexicon.bylines import split_closing_credit
from newsextract.lexicon.names import closing_code


@pytest.mark.parametrize(("page", "expected"), fixture_pages("closing-credits"))
def test_the_closing_credit_is_the_signature_and_no_text(page: Path, expected: dict) -> None:
    check_fixture_record(extract(page.read_bytes()).to_dict(), expected)


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ("amw", "amw"),
        ("(dmk)", "dmk"),
        ("SDA/sep", "SDA/sep"),
        ("mit dpa", "mit dpa"),
        ("FR mit dpa", "FR mit dpa"),
        ("PM DJV/fh", "PM DJV/fh"),
        ("FMW/Bloomberg", "FMW/Bloomberg"),
        ("MDR (dst)", "MDR (dst)"),
        ("ntv.de, ino/dpa", "ntv.de, ino/dpa"),
        ("AgE", "AgE"),
        ("(jom/news.de)", "jom/news.de"),
        ("NEXT PREV", None),
        ("MORE ABOUT", None),
        ("handwerksblatt.de", None),
        ("Stefan Wasmer", None),
        ("Venezuela", None),
        ("Ende gut, alles gut.", None),
        ("Quellen:", None),
    ],
)
def test_what_a_closing_code_is(line: str, code: str | None) -> None:
    assert closing_code(line) == code


@pytest.mark.parametrize(
    ("paragraph", "split"),
    [
        ("Das war das Jahr. (amo)", ("Das war das Jahr.", "amo")),
        ("„Isch over.“(phy)", ("„Isch over.“", "phy")),
        ("Es gab fünf Festnahmen. / ab", ("Es gab fünf Festnahmen.", "ab")),
        ("Wie die Polizei mitteilte (Stand: Montag).", None),
        ("Der Anteil stieg weiter. (Foto: Anna Muster)", None),
        ("Die Zahl stieg im Jahr 2023 (siehe Grafik)", None),
    ],
)
def test_a_credit_after_the_last_sentence_is_split_off(paragraph: str, split) -> None:
    assert split_closing_credit(paragraph) == (split or (paragraph, None))


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        (
            "Reporting by Elena Voss and Tom Haydn; Editing by Alison Hart",
            "Reporting by Elena Voss and Tom Haydn; Editing by Alison Hart",
        ),
        (
            "(Reporting by Will Dunn; Editing by Tom Braun)",
            "Reporting by Will Dunn; Editing by Tom Braun",
        ),
        ("Additional reporting by Colin Dale.", "Additional reporting by Colin Dale."),
    ],
)
def test_the_desks_credit_closing_wire_copy_is_the_signature(line: str, credit: str) -> None:
    page = article(f"<p>{PROSE * 3}</p><p>{LAST}</p><p>{line}</p>")
    got = extract(page).to_dict()
    assert (got["signature"], got["body"]["text"].endswith(LAST)) == (credit, True)


def test_a_sentence_about_reporting_stays_text() -> None:
    line = "Reporting by local media suggested the vote had been close, officials said."
    page = article(f"<p>{PROSE * 3}</p><p>{line}</p>")
    got = extract(page).to_dict()
    assert (got["signature"], got["body"]["text"].endswith(line)) == (None, True)


@pytest.mark.parametrize(
    ("line", "code"),
    [("(APA, red, 3.2.2021)", "APA, red, 3.2.2021"), ("(red, 12.3.24)", "red, 12.3.24")],
)
def test_an_austrian_credit_closing_with_its_day_is_the_signature(line: str, code: str) -> None:
    assert closing_code(line) == code
    got = extract(article(f"<p>{PROSE * 3}</p><p>{LAST}</p><p>{line}</p>")).to_dict()
    assert (got["signature"], got["body"]["text"].endswith(LAST)) == (code, True)


def test_a_day_alone_is_no_credit() -> None:
    assert closing_code("(3.2.2021)") is None


@pytest.mark.parametrize(
    "line",
    [
        "The Associated Press contributed to this report.",
        "CNN's Alex Mooney contributed to this report.",
        "(With inputs from PTI)",
        "With files from The Canadian Press and Morning North",
        "Associated Press writer Tomás Ibarra in Columbus, Ohio, contributed to this report.",
        "red, ORF.at/Agenturen",
    ],
)
def test_a_line_crediting_whose_material_it_is_closes_the_text(line: str) -> None:
    got = extract(article(f"<p>{PROSE * 3}</p><p>{LAST}</p><p>{line}</p>")).to_dict()
    credit = line[1:-1] if line.startswith("(") else line  # as "(dpa)" gives "dpa"
    assert (got["signature"], got["body"]["text"].endswith(LAST)) == (credit, True)


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Źródło: PAP", "PAP"),
        ("Quelle: sid/dpa", "sid/dpa"),
        ("Quelle: Unternehmen", "Unternehmen"),
    ],
)
def test_a_closing_source_line_credits_its_source(line: str, credit: str) -> None:
    """As the corpus's field gold writes it ("Quelle: sid/dpa" gives "sid/dpa")."""
    got = extract(article(f"<p>{PROSE * 3}</p><p>{LAST}</p><p>{line}</p>")).to_dict()
    assert (got["signature"], got["body"]["text"].endswith(LAST)) == (credit, True)


def test_a_source_line_under_a_picture_is_its_credit() -> None:
    figure = '<div><img src="/a.jpg" alt=""></div><div>Die Brücke ist gesperrt.</div>'
    body = f"<p>{PROSE * 3}</p><div>{figure}<div>Quelle: dpa</div></div><p>{LAST}</p>"
    got = extract(article(body)).to_dict()
    assert got["signature"] is None
    assert "Quelle" not in got["body"]["text"]


def test_a_sentence_naming_a_source_stays_text() -> None:
    line = "Quelle der Zahlen ist das Statistische Landesamt, das sie am Montag vorlegte."
    got = extract(article(f"<p>{PROSE * 3}</p><p>{line}</p>")).to_dict()
    assert got["body"]["text"].endswith(line)


def test_a_closing_writers_credit_beside_the_photographers_names_the_author() -> None:
    credit = "<p><em>Text: Carla Wendt, Fotos: Malte Buschmann</em></p>"
    got = extract(article(f"<p>{PROSE * 3}</p><p>{LAST}</p>{credit}", h1="<h1>Neues Café</h1>"))
    assert ([a.name for a in got.authors], got.text.endswith(LAST)) == (["Carla Wendt"], True)


def test_dpas_own_closing_line_is_the_signature_without_its_copyright_sign() -> None:
    line = "© dpa-infocom, dpa:250612-930-661458/1"
    got = extract(article(f"<p>{PROSE * 3}</p><p>{LAST}</p><p>{line}</p>")).to_dict()
    assert (got["signature"], got["body"]["text"].endswith(LAST)) == (
        "dpa-infocom, dpa:250612-930-661458/1",
        True,
    )


def test_a_wires_funding_note_is_no_text() -> None:
    note = (
        "The Associated Press Health and Science Department receives support from a private "
        "foundation. The AP is solely responsible for all content."
    )
    got = extract(article(f"<p>{PROSE * 3}</p><p>{LAST}</p><p>{note}</p>")).to_dict()
    assert got["body"]["text"].endswith(LAST)
