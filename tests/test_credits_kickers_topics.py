"""fields/authors, layout/lead, layout/headline and fields/tags on forms added late in
issue 15: a bold lead closing on its byline, a filing note under the text, closing credits
set apart or plain, a kicker in bold or after its section link, the visible h2 under an SEO
h1 hidden in the breadcrumb, topics in the article's own footer with count badges. The
pages were written blind (see their README)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from newsextract import extract

PAGES = sorted((Path(__file__).parent / "fixtures" / "credits-kickers-topics").glob("*.html"))


def test_there_are_pages() -> None:
    assert len(PAGES) >= 10


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_credits_kickers_and_topics_are_what_the_page_shows(page: Path) -> None:
    expected = json.loads(page.with_suffix(".expected.json").read_text(encoding="utf-8"))
    record = extract(page.read_bytes()).to_dict()
    persons = [a["name"] for a in record["authors"] if a["role"] not in ("agency", "organization")]
    got = (record["kicker"], record["headline"], persons, record["summary"], record["tags"])
    want = tuple(expected[k] for k in ("kicker", "headline", "authors", "summary", "tags"))
    assert got == want
    text = re.sub(r"\s+", " ", record["body"]["text"])
    assert text.startswith(expected["body_first"])
    assert text.endswith(expected["body_last"])
