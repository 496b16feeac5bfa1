"""Bylines: names, roles, several authors, agencies, headlines that start with "Von"."""

from __future__ import annotations

import pytest

from newsextract.byline import is_byline, parse, strip_date


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
    ],
)
def test_parse(line, authors) -> None:
    assert [(a["name"], a["role"]) for a in parse(line)] == authors


def test_date_part_is_not_part_of_the_byline() -> None:
    line = "Von news.de-Redakteurin Anna Beispiel - 05.01.2024 09:30 Uhr"
    assert strip_date(line) == "Von news.de-Redakteurin Anna Beispiel"


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
