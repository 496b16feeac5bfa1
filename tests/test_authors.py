"""fields/authors: the authors from closing name lines, byline markup and declared authors."""

from __future__ import annotations

from conftest import PROSE, article
from newsextract import extract


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
