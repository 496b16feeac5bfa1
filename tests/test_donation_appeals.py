"""lexicon/labels: appeals for donations or reader support set in or after the text by
reader-funded newsrooms ("Unterstützen Sie unabhängigen Journalismus! ... Jetzt spenden",
"Support independent journalism", "Faites un don") are no text; reporting about donations
and quotes asking for them stay text. The pages were written blind (see their README)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import check_fixture_record, fixture_pages
from newsextract import extract
from newsextract.lexicon.labels import is_appeal

# Known gaps, each a defect still open: the test fails loudly once the gap is closed.
KNOWN_GAPS: dict[str, str] = {}


@pytest.mark.parametrize(("page", "expected"), fixture_pages("donation-appeals", KNOWN_GAPS))
def test_donation_appeals_are_no_text(page: Path, expected: dict) -> None:
    check_fixture_record(extract(page.read_bytes()).to_dict(), expected)


@pytest.mark.parametrize(
    ("text", "linked", "appeal"),
    [
        ("Ihnen gefällt unsere Arbeit? Unterstützen Sie uns mit einer Spende.", True, True),
        ("If you value our reporting, please support us with a contribution.", True, True),
        ("Nos enquêtes sont gratuites, sans publicité. Faites un don", True, True),
        # Unlinked, an appeal says that readers fund the newsroom.
        ("Unser Magazin ist leserfinanziert: Jede Spende hilft unserer Redaktion.", False, True),
        ("Jede Spende hilft unserer Redaktion.", False, False),
        # Reporting about donations, and "the US" (no "us"): no appeal.
        ("Der Verein hat 23.000 Euro an Spenden gesammelt, sagte der Vorsitzende.", True, False),
        ("He said the donations were accepted because the US had a huge budget.", True, False),
    ],
)
def test_an_appeal_asks_for_the_newsrooms_own_funding(
    text: str, linked: bool, appeal: bool
) -> None:
    assert is_appeal(text, [("x", "/spenden")] if linked else []) is appeal
