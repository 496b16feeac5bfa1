"""fields/paywall: an article behind a paywall says so; the paywall line is no text."""

from __future__ import annotations

import pytest

from conftest import PROSE, article
from newsextract import extract

WARNING = "body: behind a paywall; the text may be only the part shown to every reader"


@pytest.mark.parametrize(
    "line",
    [
        "Jetzt weiterlesen mit SZ Plus",
        "Dieser Artikel ist nur für Abonnenten verfügbar.",
        "Il vous reste 57 % de cet article à lire.",
        "Subscribe to continue reading.",
        "Pozostało jeszcze 89% artykułu",
    ],
)
def test_a_paywall_line_cuts_the_text_and_is_said(line: str) -> None:
    got = extract(article(f"<p>{PROSE}</p><p>{line}</p><p>Nur für Abonnenten: {PROSE}</p>"))
    assert got.paywalled is True
    assert got.text == PROSE.strip()
    assert WARNING in got.warnings


def test_structured_data_that_says_not_free_is_a_paywall() -> None:
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Stadtrat",'
        ' "isAccessibleForFree": "False", "hasPart": {"@type": "WebPageElement",'
        ' "isAccessibleForFree": false, "cssSelector": ".paywall"}}</script>'
    )
    got = extract(article(f"<p>{PROSE}</p><p>{PROSE}</p>", head))
    assert (got.paywalled, got.to_dict()["paywalled"]) == (True, True)
    assert WARNING in got.warnings


@pytest.mark.parametrize("free", ['"True"', "true", None])
def test_a_free_article_is_no_paywall(free: str | None) -> None:
    flag = f', "isAccessibleForFree": {free}' if free else ""
    head = f'<script type="application/ld+json">{{"@type": "NewsArticle"{flag}}}</script>'
    prose = f"<p>{PROSE}</p><p>Sie können hier weiterlesen, wenn Sie mögen: {PROSE}</p>"
    got = extract(article(prose, head))
    assert got.paywalled is False
    assert WARNING not in got.warnings
    assert "Sie können hier weiterlesen" in got.text
