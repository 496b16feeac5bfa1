"""--format: the JSON record, the article as text, as Markdown, as a CSV row; each checked
against a golden file written from the example page and read line by line when made."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsextract.cli import main

ROOT = Path(__file__).parent.parent
GOLDEN = Path(__file__).parent / "golden"
SUFFIX = {"json": "json", "jsonl": "jsonl", "text": "txt", "markdown": "md", "csv": "csv"}


def _run(*args: str):
    return CliRunner().invoke(main, list(args))


@pytest.mark.parametrize("fmt", list(SUFFIX))
def test_each_format_gives_its_golden_file(fmt: str, monkeypatch) -> None:
    monkeypatch.chdir(ROOT)
    result = _run("--format", fmt, "examples/article.html")
    assert result.exit_code == 0, result.output
    assert result.stdout == (GOLDEN / f"article.{SUFFIX[fmt]}").read_text(encoding="utf-8")


def test_the_formats_agree_with_the_json() -> None:
    record = json.loads((GOLDEN / "article.json").read_text(encoding="utf-8"))
    assert json.loads((GOLDEN / "article.jsonl").read_text(encoding="utf-8")) == record
    text = (GOLDEN / "article.txt").read_text(encoding="utf-8")
    assert text.startswith(f"{record['headline']}\n\n{record['byline']} · {record['published']}")
    assert text.rstrip("\n").endswith(record["body"]["blocks"][-1]["text"])
    markdown = (GOLDEN / "article.md").read_text(encoding="utf-8")
    assert markdown.startswith(f"# {record['headline']}\n")
    headings = [b["text"] for b in record["body"]["blocks"] if b["type"] == "heading"]
    assert [line[3:] for line in markdown.splitlines() if line.startswith("## ")] == [
        *headings,
        "Related",
    ]
    assert f"- [{record['related'][0]['title']}]({record['related'][0]['url']})" in markdown
    rows = list(csv.DictReader(io.StringIO((GOLDEN / "article.csv").read_text(encoding="utf-8"))))
    assert rows == [
        {
            "source": "examples/article.html",
            "url": record["url"],
            "published": record["published"],
            "site": "news.de",
            "section": "politik",
            "headline": record["headline"],
            "authors": "Jonas Wehrberg",
            "word_count": str(record["word_count"]),
            "error": "",
        }
    ]


def test_csv_of_a_batch_has_one_header_and_a_row_per_page_errors_included(monkeypatch) -> None:
    monkeypatch.chdir(ROOT)
    tag = "tests/fixtures/newsde/tag-page.html"
    result = _run("--format", "csv", "-j", "1", "examples/article.html", tag)
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0] == [
        "source", "url", "published", "site", "section", "headline", "authors", "word_count",
        "error",
    ]  # fmt: skip
    assert [r[0] for r in rows[1:]] == ["examples/article.html", tag]
    assert rows[2][1:] == ["", "", "", "", "", "", "", "not_article"]
    assert result.exit_code == 1


def test_text_has_nothing_for_a_failed_page_and_the_error_on_stderr(monkeypatch) -> None:
    monkeypatch.chdir(ROOT)
    tag = "tests/fixtures/newsde/tag-page.html"
    result = _run("--format", "text", "-j", "1", "examples/article.html", tag)
    assert result.stdout == (GOLDEN / "article.txt").read_text(encoding="utf-8")
    assert f"newsextract: {tag}: not an article: " in result.stderr


@pytest.mark.parametrize(
    ("fmt", "suffix"), [("markdown", ".md"), ("csv", ".csv"), ("text", ".txt")]
)
def test_output_dir_files_take_the_formats_suffix_and_resume(fmt, suffix, tmp_path) -> None:
    page = ROOT / "examples" / "article.html"
    first = _run("--format", fmt, "-o", str(tmp_path), str(page))
    assert first.exit_code == 0
    assert [p.name for p in tmp_path.iterdir()] == [f"article{suffix}"]
    again = _run("--format", fmt, "-o", str(tmp_path), "--skip-existing", str(page))
    assert "1 already written" in again.stderr


def test_jsonl_and_another_format_are_a_usage_error() -> None:
    result = _run("--jsonl", "--format", "csv", str(ROOT / "examples" / "article.html"))
    assert result.exit_code == 2
    assert "--jsonl and --format csv ask for two formats" in result.stderr


def test_language_keeps_only_the_pages_in_that_language(monkeypatch) -> None:
    monkeypatch.chdir(ROOT)
    english = "tests/fixtures/whole-pages/b/en-ghost-library-closure.html"
    result = _run("--language", "de", "-j", "1", "examples/article.html", english)
    assert [json.loads(line)["source"] for line in result.stdout.splitlines()] == [
        "examples/article.html"
    ]
    assert "1 in another language" in result.stderr.splitlines()[-1]
    assert result.exit_code == 0


def test_force_extracts_a_page_that_looks_like_a_listing(monkeypatch) -> None:
    monkeypatch.chdir(ROOT)
    tag = "tests/fixtures/newsde/tag-page.html"
    assert _run(tag).exit_code == 1
    result = _run("--force", tag)
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    assert record["warnings"][0] == (
        "not an article by its look (a tag/listing page (by its URL)); extracted anyway (force)"
    )
