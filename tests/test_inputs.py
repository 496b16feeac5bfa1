"""extract() takes the page in the shapes people hold it, and refuses others by type."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from lxml import html as lxml_html

from conftest import NEWSDE
from newsextract import NewsExtractError, extract

PAGE = NEWSDE / "amp-2025-full.html"
ACCEPTED = (
    "extract() takes bytes, str (the HTML itself), a path (os.PathLike), a binary file "
    "object, a BeautifulSoup object or tag, or an lxml element; got "
)


@pytest.fixture(scope="module")
def record() -> dict:
    return extract(PAGE.read_bytes()).to_dict()


def _without_source(article) -> dict:
    return {**article.to_dict(), "source": None}


def test_a_path_is_read_and_named_as_the_source(record) -> None:
    assert _without_source(extract(PAGE)) == record
    assert extract(PAGE).source == str(PAGE)
    assert extract(PAGE, source="given").source == "given"


def test_a_gzipped_file_is_read(record, tmp_path: Path) -> None:
    saved = tmp_path / "page.html.gz"
    saved.write_bytes(gzip.compress(PAGE.read_bytes()))
    assert _without_source(extract(saved)) == record


def test_open_files_are_read(record) -> None:
    with PAGE.open("rb") as handle:
        assert extract(handle).to_dict() == record
    assert extract(io.BytesIO(PAGE.read_bytes())).to_dict() == record
    with PAGE.open(encoding="utf-8") as text_handle:
        assert extract(text_handle).to_dict() == record


def test_bytearray_and_memoryview(record) -> None:
    assert extract(bytearray(PAGE.read_bytes())).to_dict() == record
    assert extract(memoryview(PAGE.read_bytes())).to_dict() == record


def test_soup_and_lxml_trees_give_the_same_article(record) -> None:
    soup = BeautifulSoup(PAGE.read_bytes(), "lxml")
    tree = lxml_html.fromstring(PAGE.read_bytes())
    for page in (soup, soup.html, tree):
        got = extract(page).to_dict()
        assert (got["headline"], got["authors"], got["body"]) == (
            record["headline"],
            record["authors"],
            record["body"],
        )


@pytest.mark.parametrize(("page", "name"), [(None, "NoneType"), (3, "int"), (["<p>"], "list")])
def test_other_types_are_refused_by_type(page, name) -> None:
    with pytest.raises(TypeError) as caught:
        extract(page)
    assert str(caught.value) == ACCEPTED + name


def test_a_file_name_as_str_is_html_with_a_hint() -> None:
    with pytest.raises(NewsExtractError) as caught:
        extract(str(PAGE))
    assert caught.value.code == "not_html"
    assert str(caught.value) == (
        "not HTML: no HTML markup found: a str is read as the page's HTML; to read the "
        f"file, pass pathlib.Path({str(PAGE)!r})"
    )


def test_missing_file_and_directory(tmp_path: Path) -> None:
    for path, message in ((tmp_path / "gone.html", "no such file"), (tmp_path, "is a directory")):
        with pytest.raises(NewsExtractError) as caught:
            extract(path)
        assert (caught.value.code, caught.value.message) == ("unreadable", message)


def test_a_file_over_the_limit_is_too_large(tmp_path: Path) -> None:
    big = tmp_path / "big.html"
    big.write_bytes(b"<p>" + b"x" * 2000)
    with pytest.raises(NewsExtractError) as caught:
        extract(big, max_bytes=1000)
    assert (caught.value.code, caught.value.message) == ("too_large", "larger than 1000 bytes")


def test_the_article_object_mirrors_the_json(record) -> None:
    from datetime import datetime, timedelta, timezone

    article = extract(PAGE.read_bytes())
    assert article.body.text == record["body"]["text"]
    assert [b.to_dict() for b in article.body.blocks] == record["body"]["blocks"]
    assert article.published_at == datetime.fromisoformat(record["published"])
    assert article.published_at.utcoffset() in (timedelta(hours=1), timedelta(hours=2))
    assert article.published_at.tzinfo is not None and isinstance(
        article.published_at.tzinfo, timezone
    )
    assert article.to_dict() == record


def test_a_day_only_is_a_date() -> None:
    from datetime import date

    from newsextract.article import Article

    assert Article(published="2024-03-14").published_at == date(2024, 3, 14)
    assert Article().modified_at is None


def test_the_public_names() -> None:
    import newsextract

    assert newsextract.__all__ == [
        "extract",
        "Article",
        "NewsExtractError",
        "ERROR_CODES",
        "SCHEMA_VERSION",
        "__version__",
    ]
    assert not hasattr(newsextract, "annotations")
