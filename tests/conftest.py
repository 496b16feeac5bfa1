"""Shared helpers: the fixture pages, their expected records, and a builder for written pages."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests: a short run by default (the suite stays within a minute), a long one for
# fuzzing on purpose: HYPOTHESIS_PROFILE=fuzz python -m pytest tests/test_properties.py
settings.register_profile("ci", max_examples=300, print_blob=True)
settings.register_profile("fuzz", max_examples=20_000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

FIXTURES = Path(__file__).parent / "fixtures"
NEWSDE = FIXTURES / "newsde"
GOLDEN_DIRS = (NEWSDE, FIXTURES / "newsde-blind")

# Prose for the pages tests write, and a closing sentence to end a body with.
PROSE = (
    "Der Stadtrat hat am Dienstag über den neuen Haushalt beraten, der Investitionen in "
    "Schulen, Straßen und Radwege vorsieht. "
)
LAST = "Die Opposition kündigte an, den Beschluss vom Verwaltungsgericht prüfen zu lassen."


def article(body: str, head: str = "", h1: str = "<h1>Stadtrat beschließt Haushalt</h1>") -> str:
    """A page whose <article> holds the headline, then the body; head goes into <head>."""
    return f"<html lang='de'><head>{head}</head><body><article>{h1}{body}</article></body></html>"


def expected_pages() -> list[Path]:
    """Every fixture page that has an expected record beside it."""
    return sorted(p.with_suffix(".html") for d in GOLDEN_DIRS for p in d.glob("*.json"))


def page_url(page: Path) -> str | None:
    """The address a test passes for pages that name none themselves."""
    url_file = page.with_suffix(".url.txt")
    return url_file.read_text(encoding="utf-8").strip() if url_file.exists() else None


def load_expected(page: Path) -> dict:
    return json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def schema() -> dict:
    from newsextract.runner.output import schema_text

    return json.loads(schema_text())


def fixture_pages(folder: str, known_gaps: dict[str, str] | None = None) -> list:
    """The pages of ``tests/fixtures/<folder>/`` as test parameters named by their stem, with
    their expectations (``NAME.expected.json``); a page that is a known gap, still open, is an
    ``xfail(strict=True)`` with its reason, so the test fails once the gap is closed."""
    gaps = known_gaps or {}
    params = []
    for page in sorted((FIXTURES / folder).glob("*.html")):
        expected = json.loads(page.with_suffix(".expected.json").read_text(encoding="utf-8"))
        marks = (
            [pytest.mark.xfail(strict=True, reason=gaps[page.stem])] if page.stem in gaps else []
        )
        params.append(pytest.param(page, expected, marks=marks, id=page.stem))
    return params


def check_fixture_record(record: dict, expected: dict) -> None:
    """Assert what a blind fixture's ``NAME.expected.json`` says of its record: where the
    body starts (``body_first``) and ends (``body_last``), its ``related``, ``signature``,
    ``summary``, ``headings``, ``kicker``, ``published`` and the persons of ``authors``, the
    body's ``blocks`` (type and text), snippets that must not be (``not_in_body``) and must
    be (``in_body``) in the text."""
    text = record["body"]["text"]
    flat = re.sub(r"\s+", " ", text)
    if "body_first" in expected:
        assert flat.startswith(expected["body_first"])
    if "body_last" in expected:
        assert flat.endswith(expected["body_last"])
    for key in ("related", "signature", "summary", "headings", "kicker", "published"):
        if key in expected:
            assert record[key] == expected[key], key
    if "authors" in expected:  # the persons, in order (agencies are credits, not persons)
        got = [a["name"] for a in record["authors"] if a["role"] != "agency"]
        assert got == expected["authors"], "authors"
    if "blocks" in expected:  # the body's structure: each block's type and text, in order
        got = [{"type": b["type"], "text": b["text"]} for b in record["body"]["blocks"]]
        assert got == expected["blocks"]
    for snippet in expected["not_in_body"]:
        assert snippet not in text
    for snippet in expected["in_body"]:
        assert snippet in text
