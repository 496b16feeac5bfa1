"""lexicon/bylines: byline strings parsed, and the authors that byline markup gives."""

from __future__ import annotations

import pytest

from conftest import LAST, article
from newsextract import extract
from newsextract.fields import byline_markup
from newsextract.lexicon import bylines as bl
from newsextract.lexicon.bylines import (
    from_names,
    is_bio,
    is_byline,
    labelled_names,
    parse,
    strip_date,
)
from newsextract.page.tree import parse as parse_html


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Von news.de-Redakteur Tobias Rüster", [("Tobias Rüster", "news.de-Redakteur")]),
        ("Von news.de-Volontärin Ines Beispiel", [("Ines Beispiel", "news.de-Volontärin")]),
        ("Erstellt von Max Muster", [("Max Muster", None)]),
        (
            "Von news.de-Redakteur Tim Alt und news.de-Redakteurin Eva Neu",
            [("Tim Alt", "news.de-Redakteur"), ("Eva Neu", "news.de-Redakteurin")],
        ),
        (
            "Von Anna Schmidt, Jens Weber und Ute Lang",
            [("Anna Schmidt", None), ("Jens Weber", None), ("Ute Lang", None)],
        ),
        ("Von Anna Schmidt, dpa", [("Anna Schmidt", None), ("dpa", "agency")]),
        ("Von dpa", [("dpa", "agency")]),
        ("Von Hans von der Heide", [("Hans von der Heide", None)]),
        ("By John Smith and Jane Doe", [("John Smith", None), ("Jane Doe", None)]),
        ("Von news.de-Redakteurin", []),
        ("Von Johannes Muster, Zürich", [("Johannes Muster", None)]),
        ("By Jane Doe News Reporter", [("Jane Doe", "News Reporter")]),
        ("Von Max Muster Redakteur", [("Max Muster", "Redakteur")]),
        ("By John Writer", [("John Writer", None)]),
        ("By Mary Ann Smith Reporter", [("Mary Ann Smith", "Reporter")]),
        ("By Jane Doe and AP National Political Writer", [("Jane Doe", None)]),
        (
            "Von Eva Muster, Genf, und Max Neu, Bern",
            [("Eva Muster", None), ("Max Neu", None)],
        ),
        ("di Giulia Ferraresi", [("Giulia Ferraresi", None)]),  # Italian
        ("av Lars Nilsson", [("Lars Nilsson", None)]),  # Swedish, Norwegian
        ("af Mette Holm", [("Mette Holm", None)]),  # Danish
        (
            "Por Mariana Teixeira e Rodrigo Albuquerque",
            [("Mariana Teixeira", None), ("Rodrigo Albuquerque", None)],
        ),
        ("Por Lucía Ferrer y Juan Gómez", [("Lucía Ferrer", None), ("Juan Gómez", None)]),
        (
            "Par Camille Roussel et Julien Marchetti",
            [("Camille Roussel", None), ("Julien Marchetti", None)],
        ),
        ("Ein Beitrag von Jonas Riedlinger Do., 14.03.2024 - 10:12", [("Jonas Riedlinger", None)]),
        (
            "Par Camille Roussel (Lille, correspondante) et Julien Marchetti",
            [("Camille Roussel", "Lille, correspondante"), ("Julien Marchetti", None)],
        ),
        ("Von Anna Muster (Sport)", [("Anna Muster", "Sport")]),
        ("Par Julien Marchetti Publié le 14 mars 2024 à 10h12", [("Julien Marchetti", None)]),
        ("Text: Carla Wendt, Fotos: Malte Buschmann", [("Carla Wendt", None)]),
        ("Por Lucía Ferrer 14 de marzo de 2024", [("Lucía Ferrer", None)]),
        ("Von Anna Muster (dpa)", [("Anna Muster", None), ("dpa", "agency")]),
        (
            "by Eleanor Ainge Roy (reporting) and Adrian Malloch (photography)",
            [("Eleanor Ainge Roy", "reporting")],  # who took the pictures wrote nothing
        ),
    ],
)
def test_parse(line, authors) -> None:
    assert [(a["name"], a["role"]) for a in parse(line)] == authors


@pytest.mark.parametrize(
    "line",
    [
        "Von news.de-Redakteurin Anna Beispiel - 05.01.2024 09:30 Uhr",
        "Von news.de-Redakteurin Anna Beispiel Lesezeit: 4 Min.",
        "Von news.de-Redakteurin Anna Beispiel · 5 min read",
        "Von news.de-Redakteurin Anna Beispiel, Montag, 05.01.2024",
    ],
)
def test_date_and_reading_time_are_not_part_of_the_byline(line: str) -> None:
    assert strip_date(line) == "Von news.de-Redakteurin Anna Beispiel"


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("By: Jane Reardon August 18, 2010 3:21 PM PDT", "By: Jane Reardon"),
        ("By Jane Doe 10/17/2022 04:01 PM EDT", "By Jane Doe"),
        ("By Jane Doe Updated Nov 13, 2019, 10:28am EST", "By Jane Doe"),
        ("By Jane Doe Tuesday, Aug. 17, 2010", "By Jane Doe"),
        ("Jane Doe · CBC News · Posted: Aug 08, 2024 4:00 AM EDT", "Jane Doe · CBC News"),
        ("Von Samstag Müller", "Von Samstag Müller"),
        ("By Jane Doe 30 August 2023 • 4:45pm", "By Jane Doe"),
        ("Jane Doe The Daily Example Tue, 26 November 2024 9:27PM", "Jane Doe The Daily Example"),
        ("Jane Doe 20:00, 29 Jan 2024", "Jane Doe"),
        ("Written by Jane Doe in Science on 1 June 2019 at 08:34 PM EDT.", "Written by Jane Doe"),
        ("By Jane Doe Published in Front Page December 14, 2016 2:24 pm", "By Jane Doe"),
    ],
)
def test_english_dates_after_the_byline_are_cut(line: str, byline: str) -> None:
    assert strip_date(line) == byline


@pytest.mark.parametrize(
    "line",
    [
        "Von Prinz Harry bis Prinzessin Kate: Royals zwischen Drama und Glück",
        "Vom Winde verweht",
        "Von wegen Ruhe: Der Streit geht weiter und weiter",
    ],
)
def test_headlines_starting_with_von_are_not_bylines(line) -> None:
    assert not is_byline(line)


def test_labelled_names() -> None:
    assert labelled_names("Datum: 19.11.2021 Autor: Fritz Imhof Quelle: Livenet") == ["Fritz Imhof"]
    assert labelled_names("Autor: Rechtsanwalt Sebastian Einbock") == ["Sebastian Einbock"]
    assert labelled_names("Keine Angabe hier") == []


# -- bylines found by markup, written here as small pages ---------------------------------
PROSE = "Der Stadtrat hat am Dienstag über den neuen Haushalt beraten, der viel vorsieht. " * 3


def _authors(markup: str, head: str = "") -> list[tuple[str, str | None]]:
    html = article(markup, head)
    return [(a.name, a.role) for a in extract(html).authors]


@pytest.mark.parametrize(
    ("markup", "authors"),
    [
        # "Von" and the name on lines of their own
        (
            f"<div class='meta'><div>Von</div><div>Anna Beispiel</div></div><p>{PROSE}</p>",
            [("Anna Beispiel", None)],
        ),
        # a meta list holding the byline
        (
            f"<ul><li>12.05.2024</li><li>Von: Anna Beispiel, Jens Muster</li></ul><p>{PROSE}</p>",
            [("Anna Beispiel", None), ("Jens Muster", None)],
        ),
        # a label element, then the name
        (
            f"<div class='info'><strong>Autorin</strong> Anna Beispiel</div><p>{PROSE}</p>",
            [("Anna Beispiel", None)],
        ),
        # camelCase class names and German "-zeile"
        (f"<p class='autorenzeile'>Anna Beispiel</p><p>{PROSE}</p>", [("Anna Beispiel", None)]),
        # a link to the author's page
        (
            f"<p>{PROSE}</p><a href='/autoren/anna-beispiel'>Anna Beispiel</a>",
            [("Anna Beispiel", None)],
        ),
        # "Autor: ..." as the body's last line
        (f"<p>{PROSE}</p><p>Autor: Jens Muster</p>", [("Jens Muster", None)]),
        # an editor's code with the agency
        (f"<p class='byline'>Von: det/dpa</p><p>{PROSE}</p>", [("dpa", "agency")]),
        # the label set on its own before the names, each in its own box
        (
            "<div class='meta'><div><span>Von</span></div><div><a href='/p/jd'>Jana Beispiel</a>"
            "</div><div>,</div><div><a href='/p/jm'>Jo Muster</a></div></div>"
            f"<p>{PROSE}</p>",
            [("Jana Beispiel", None), ("Jo Muster", None)],
        ),
        # the section it is filed in and a day-first English date after the name
        (
            "<div class='author'>Written by <a href='https://jane.example'>Jane Doe</a> in "
            "<a href='/topics/science'>Science</a> on 1 June 2019 at 08:34 PM EDT.</div>"
            f"<p>{PROSE}</p>",
            [("Jane Doe", None)],
        ),
    ],
)
def test_bylines_by_markup(markup: str, authors: list) -> None:
    assert _authors(markup) == authors


def test_author_markup_with_its_date_and_a_share_bar_gives_the_name() -> None:
    wrapper = parse_html(
        "<html><body><div class='story-meta__authors-timestamp'><div><p>By <a href='/staff/jd'>"
        "Jane Doe</a></p><p><time>10/17/2022 04:01 PM EDT</time></p></div>"
        "<aside class='social-tools'><p class='link-copy'>Link Copied</p></aside></div>"
        "</body></html>"
    ).find(".//div")
    names = byline_markup.names_in(wrapper)
    assert [(a["name"], a["role"]) for a in from_names(names)] == [("Jane Doe", None)]


def test_bylines_of_quotes_and_teaser_cards_are_not_the_authors() -> None:
    markup = (
        f"<p>{PROSE}</p><blockquote><p>Ein Zitat.</p><span class='author'>Eva Zitiert</span>"
        "</blockquote><a href='/andere'><h3>Andere Geschichte über etwas</h3>"
        "<span class='author'>von Karl Karte</span><p>Ein Teaser mit viel mehr Text als nur "
        "dem Namen des Autors.</p></a>"
    )
    assert _authors(markup) == []


def test_declared_person_beats_a_byline_that_names_someone_else() -> None:
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "author": '
        '{"@type": "Person", "name": "Anna Oliver Beispiel (abe)"}}</script>'
    )
    markup = (
        f"<p>{PROSE}</p><span class='author-name'>Max Übersetzer</span>"
        "<aside>Über Anna Oliver Beispiel</aside>"  # the declared author, shown elsewhere
    )
    assert _authors(markup, head) == [("Anna Oliver Beispiel", None)]


@pytest.mark.parametrize(
    ("meta_author", "authors"),
    [
        ("Anna Beispiel", [("Anna Beispiel", None)]),
        ("Nachrichten", []),  # the placeholder a CMS put where a name belongs
        ("admin", []),
    ],
)
def test_a_placeholder_meta_author_names_nobody(meta_author: str, authors: list) -> None:
    head = f'<meta name="author" content="{meta_author}">'
    shown = f"<p>{PROSE}</p><p>{PROSE}</p><aside>{meta_author}</aside>"  # shown on the page
    assert _authors(shown, head) == authors


@pytest.mark.parametrize(
    ("opening", "authors"),
    [
        ("Hamburg (dpa/lno) - Der Senat hat", [("dpa/lno", "agency")]),
        ("WASHINGTON (Reuters) — The Senate has", [("Reuters", "agency")]),
        ("Berlin (Stadtrat) - Der Senat hat", []),
        ("Der Senat (dpa) hat am Dienstag - so heißt es", []),
    ],
)
def test_the_agency_of_an_opening_dateline_when_nothing_else_names_an_author(
    opening: str, authors: list
) -> None:
    assert _authors(f"<p>{opening} {PROSE}</p><p>{PROSE}</p>") == authors


@pytest.mark.parametrize(
    ("closing", "signature", "authors", "text_end"),
    [
        ("hieß es. (dpa)", "dpa", [("dpa", "agency")], "hieß es."),
        ("hieß es. (FR mit dpa)", "FR mit dpa", [("dpa", "agency")], "hieß es."),
        ("hieß es. (dpa/gem)", "dpa/gem", [("dpa", "agency")], "hieß es."),
        ("hieß es. (sak/Reuters)", "sak/Reuters", [("Reuters", "agency")], "hieß es."),
        ("hieß es. (amo)", "amo", [], "hieß es."),
        ("sagte Ute Lang (SPD)", None, [], "sagte Ute Lang (SPD)"),
    ],
)
def test_the_credit_closing_the_story_is_its_signature_names_its_agency_and_is_no_text(
    closing: str, signature: str | None, authors: list, text_end: str
) -> None:
    html = (
        "<html lang='de'><body><article><h1>Stadtrat beschließt Haushalt</h1>"
        f"<p>{PROSE}</p><p>{PROSE}{closing}</p><p>*Name geändert</p></article></body></html>"
    )
    got = extract(html)
    assert (got.signature, [(a.name, a.role) for a in got.authors]) == (signature, authors)
    assert got.text.endswith(f"vorsieht. {text_end}\n\n*Name geändert")


@pytest.mark.parametrize("site", ["news.de", "spiegel.de", "(autozeitung.de)", "heise.com"])
def test_the_newsroom_by_its_domain_is_a_byline_without_a_person(site: str) -> None:
    assert is_byline(f"Von {site}")
    assert parse(f"Von {site}") == []
    assert parse(f"Von {site} und Anna Muster") == [{"name": "Anna Muster", "role": None}]


@pytest.mark.parametrize(
    ("text", "bio"),
    [
        ("Die Autorin ist Achtsamkeitslehrerin und im Vorstand der Vereinigung.", True),
        ("Der Autor ist Professor an der Medizinischen Fakultät.", True),
        ("The author is a senior fellow at the Institute.", True),
        ("Lars Fischer ist Chemiker und Redakteur bei »Spektrum.de«.", True),
        ("Korrespondent Ulrich Exner ist bei WELT für landespolitische Themen zuständig.", True),
        ("Jane Doe is a senior correspondent for the paper.", True),
        ("Anna Muster ist zufrieden mit dem Ergebnis der Wahl.", False),
        ("Die Autorin des Gutachtens wies auf Risiken hin.", False),
        ("Der Bürgermeister ist Professor Müller, sagte er.", False),
    ],
)
def test_an_authors_bio_by_its_words(text: str, bio: bool) -> None:
    assert is_bio(text) is bio


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Kommentar von Nicole Opitz", ["Nicole Opitz"]),
        ("Eine Analyse von Anna Muster", ["Anna Muster"]),
        ("Kolumne von Carla Siepmann", ["Carla Siepmann"]),
        ("Par Claire Dumoulin", ["Claire Dumoulin"]),
    ],
)
def test_a_byline_opened_by_the_kind_of_piece_or_in_french(line: str, names: list[str]) -> None:
    assert [p["name"] for p in bl.parse(line)] == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Von Julia Vergin | Clare Roth", ["Julia Vergin", "Clare Roth"]),
        ("Von Jochen Bittner · Tina Hildebrandt", ["Jochen Bittner", "Tina Hildebrandt"]),
        ("Von Anna Muster | 12.03.2024", ["Anna Muster"]),
    ],
)
def test_names_set_apart_by_a_bar_or_a_dot(line: str, names: list[str]) -> None:
    assert [p["name"] for p in bl.parse(line)] == names


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("FOCUS-Online-Experte Robin Beispiel", [("Robin Beispiel", "FOCUS-Online-Experte")]),
        ("Gastautorin Anna Muster", [("Anna Muster", "Gastautorin")]),
        ("Ben Beispiel im Gespräch mit Clara Muster", [("Clara Muster", None)]),
    ],
)
def test_a_role_and_name_line_or_an_interviews_credit_is_the_byline(
    line: str, authors: list
) -> None:
    got = extract(article(f"<p>{line}</p><p>{PROSE * 2}</p><p>{LAST}</p>"))
    assert [(a.name, a.role) for a in got.authors] == authors
    assert got.text == f"{(PROSE * 2).strip()}\n\n{LAST}"


def test_a_role_word_read_into_a_declared_name_goes_back_to_the_role() -> None:
    assert bl.reconcile(
        [{"name": "Hannah Pryce Trends", "role": "Reporter"}], ["Hannah Pryce"]
    ) == [{"name": "Hannah Pryce", "role": "Trends Reporter"}]
    assert bl.reconcile(
        [{"name": "Victoria O'Regan Follow", "role": None}], ["Victoria O'Regan"]
    ) == [{"name": "Victoria O'Regan", "role": None}]


def test_more_agencies_are_agencies() -> None:
    assert parse("Autor: Jan Novák, ČTK") == [
        {"name": "Jan Novák", "role": None},
        {"name": "ČTK", "role": "agency"},
    ]
