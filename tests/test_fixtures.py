"""extract, end to end: each news.de-style fixture page gives exactly its expected record."""

from __future__ import annotations

import jsonschema
import pytest

from conftest import NEWSDE, expected_pages, load_expected, page_url
from newsextract import NewsExtractError, extract

PAGES = expected_pages()
IDS = [f"{p.parent.name}/{p.stem}" for p in PAGES]


def test_there_are_enough_fixtures() -> None:
    assert len(PAGES) >= 20


@pytest.mark.parametrize("page", PAGES, ids=IDS)
def test_whole_record_matches(page) -> None:
    got = extract(page.read_bytes(), url=page_url(page), source=page.name).to_dict()
    expected = load_expected(page)
    assert list(got) == list(expected)  # key order is part of the contract
    for key in expected:
        assert got[key] == expected[key], key


@pytest.mark.parametrize("page", PAGES, ids=IDS)
def test_record_validates_against_schema(page, schema) -> None:
    record = extract(page.read_bytes(), url=page_url(page), source=page.name).to_dict()
    jsonschema.validate(record, schema)


@pytest.mark.parametrize("page", PAGES, ids=IDS)
def test_text_reads_like_the_page(page) -> None:
    record = extract(page.read_bytes(), url=page_url(page)).to_dict()
    body = record["body"]
    assert body["text"] == "\n\n".join(b["text"] for b in body["blocks"])
    assert record["word_count"] == len(body["text"].split())
    for block in body["blocks"]:
        assert block["text"] == block["text"].strip()
        assert "  " not in block["text"] and "\u00a0" not in block["text"]


def test_tag_page_is_not_an_article() -> None:
    page = NEWSDE / "tag-page.html"
    with pytest.raises(NewsExtractError) as caught:
        extract(page.read_bytes())
    assert caught.value.code == "not_article"
    assert str(caught.value).startswith("not an article: ")


def test_text_input_gives_the_same_record_as_bytes() -> None:
    page = NEWSDE / "amp-2025-full.html"
    from_bytes = extract(page.read_bytes()).to_dict()
    from_text = extract(page.read_text(encoding="utf-8")).to_dict()
    assert from_text == from_bytes
