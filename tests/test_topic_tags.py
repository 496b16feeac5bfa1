"""fields/tags: ``tags`` are the topics a reader sees with the article (under a label,
chips linking to topic pages, keywords shown as links), never the site's menu, footer,
topics of the day or a link inside a sentence; ``keywords`` are the page's keyword
metadata. The pages were written blind (see their README)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import LAST, PROSE, article
from newsextract import extract

PAGES = sorted((Path(__file__).parent / "fixtures" / "topic-tags").glob("*.html"))
# Known gaps, each a defect still open: the test fails loudly once the gap is closed.
KNOWN_GAPS: dict[str, str] = {}


def test_there_are_topic_tag_pages() -> None:
    assert len(PAGES) >= 10


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_tags_are_what_the_page_shows_and_keywords_its_metadata(page: Path) -> None:
    if page.stem in KNOWN_GAPS:
        pytest.xfail(KNOWN_GAPS[page.stem])
    expected = json.loads(page.with_suffix(".expected.json").read_text(encoding="utf-8"))
    record = extract(page.read_bytes()).to_dict()
    assert (record["tags"], record["keywords"]) == (expected["tags"], expected["keywords"])


def test_a_list_named_as_the_topics_by_its_aria_label_gives_all_its_links() -> None:
    chips = (
        "<ul aria-label='Thèmes'><li><a href='/theme/secheresse/'>Sécheresse</a></li>"
        "<li><a href='/puy-de-dome/'>Puy-de-Dôme</a></li>"
        "<li><a href='/theme/environnement/'>Environnement</a></li></ul>"
    )
    page = article(f"<p>{PROSE * 3}</p><p>{LAST}</p>{chips}")
    assert extract(page).tags == ["Sécheresse", "Puy-de-Dôme", "Environnement"]


def test_a_spanish_label_heads_the_topics() -> None:
    box = "<div><span>Etiquetas</span><a href='/gaza/'>Gaza</a> <a href='/israel/'>Israel</a></div>"
    page = article(f"<p>{PROSE * 3}</p><p>{LAST}</p>{box}")
    assert extract(page).tags == ["Gaza", "Israel"]


@pytest.mark.parametrize("label", ["Sujets liés", "Archivado En", "Ämnen i artikeln"])
def test_topic_labels_in_more_languages(label: str) -> None:
    box = f"<div><span>{label}</span><a href='/t/gaza/'>Gaza</a> <a href='/t/is/'>Israel</a></div>"
    page = article(f"<p>{PROSE * 3}</p><p>{LAST}</p>{box}")
    assert extract(page).tags == ["Gaza", "Israel"]
