"""Shared helpers: the fixture pages and their expected records."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
NEWSDE = FIXTURES / "newsde"
GOLDEN_DIRS = (NEWSDE, FIXTURES / "newsde-blind")


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
