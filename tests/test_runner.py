"""runner: batches of folders, gzip, broken and non-HTML files, order, workers, output."""

from __future__ import annotations

import gzip
import json
import os
import shutil

import pytest
from click.testing import CliRunner

from conftest import NEWSDE
from newsextract.cli import main
from newsextract.runner.discover import discover, output_name

GOOD = ["amp-2025-full", "desktop-2024", "mobile-2018"]


@pytest.fixture()
def tree(tmp_path):
    """A nested folder: pages, a gzipped page, a broken page, a tag page, a text file, a loop."""
    (tmp_path / "2024" / "politik").mkdir(parents=True)
    for name in GOOD:
        shutil.copy(NEWSDE / f"{name}.html", tmp_path / "2024" / f"{name}.html")
    shutil.copy(NEWSDE / "tag-page.html", tmp_path / "2024" / "politik" / "tag-page.htm")
    data = (NEWSDE / "headline-von.html").read_bytes()
    (tmp_path / "2024" / "politik" / "von.html.gz").write_bytes(gzip.compress(data))
    (tmp_path / "2024" / "politik" / "broken.html").write_text("no markup here at all")
    (tmp_path / "notes.txt").write_text("not a page")
    os.symlink("..", tmp_path / "2024" / "politik" / "loop")
    return tmp_path


def _run(*args: str):
    return CliRunner().invoke(main, list(args))


def test_discovery_is_sorted_counts_skips_and_survives_loops(tree) -> None:
    items, others = discover([str(tree)])
    assert [i.relative for i in items] == [
        "2024/amp-2025-full.html",
        "2024/desktop-2024.html",
        "2024/mobile-2018.html",
        "2024/politik/broken.html",
        "2024/politik/tag-page.htm",
        "2024/politik/von.html.gz",
    ]
    assert [os.path.relpath(o, tree) for o in others] == ["notes.txt"]


def test_one_record_per_page_identical_with_one_and_two_workers(tree) -> None:
    one = _run("-j", "1", "--quiet", str(tree))
    two = _run("-j", "2", "--quiet", str(tree))
    assert one.stdout == two.stdout
    assert one.exit_code == two.exit_code == 1
    records = [json.loads(line) for line in one.stdout.splitlines()]
    assert [r["source"].split("2024/")[1] for r in records] == [
        "amp-2025-full.html",
        "desktop-2024.html",
        "mobile-2018.html",
        "politik/broken.html",
        "politik/tag-page.htm",
        "politik/von.html.gz",
    ]
    errors = {r["source"].rsplit("/", 1)[1]: r["error"]["code"] for r in records if "error" in r}
    assert errors == {"broken.html": "not_html", "tag-page.htm": "not_article"}
    assert records[0] == {
        **json.loads((NEWSDE / "amp-2025-full.json").read_text()),
        "source": records[0]["source"],
    }


def test_error_lines_and_summary_on_stderr(tree) -> None:
    result = _run("-j", "2", str(tree))
    lines = result.stderr.splitlines()
    assert any(line.endswith("broken.html: not HTML: no HTML markup found") for line in lines)
    assert lines[-1].startswith("newsextract: 6 pages, 2 failed, 1 not a page, ")


def test_all_good_exits_0(tree) -> None:
    files = [str(tree / "2024" / f"{n}.html") for n in GOOD]
    result = _run("--quiet", *files)
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == 3
    assert result.stderr == ""


def test_jsonl_forces_lines_for_one_page() -> None:
    result = _run("--jsonl", str(NEWSDE / "amp-2025-full.html"))
    assert result.exit_code == 0
    assert result.stdout.count("\n") == 1


def test_fail_fast_stops_at_the_first_failure(tree) -> None:
    result = _run("--fail-fast", "--quiet", "-j", "1", str(tree))
    assert result.exit_code == 1
    assert json.loads(result.stdout.splitlines()[-1])["error"]["code"] == "not_html"
    assert len(result.stdout.splitlines()) == 4


def test_output_dir_mirrors_the_tree_and_resumes(tree, tmp_path_factory) -> None:
    out = tmp_path_factory.mktemp("out")
    assert _run("-o", str(out), "--quiet", str(tree)).exit_code == 1
    written = sorted(str(p.relative_to(out)) for p in out.rglob("*.json"))
    assert written == [
        "2024/amp-2025-full.json",
        "2024/desktop-2024.json",
        "2024/mobile-2018.json",
        "2024/politik/broken.json",
        "2024/politik/tag-page.json",
        "2024/politik/von.json",
    ]
    assert not list(out.rglob("*.tmp"))
    again = _run("-o", str(out), "--skip-existing", str(tree))
    # Articles are not redone; the two failed pages are tried again.
    assert again.stderr.splitlines()[-1].startswith(
        "newsextract: 2 pages, 2 failed, 4 already written, 1 not a page, "
    )


@pytest.mark.parametrize(
    ("relative", "name"),
    [
        ("a/b/page.html.gz", "a/b/page.json"),
        ("x.htm", "x.json"),
        ("dir/y.xhtml", "dir/y.json"),
    ],
)
def test_output_names(relative, name) -> None:
    assert str(output_name(relative)) == name


def test_skip_existing_needs_output_dir(tree) -> None:
    assert _run("--skip-existing", str(tree)).exit_code == 2


def test_a_page_over_its_time_limit_becomes_a_timeout_record(tmp_path) -> None:
    # The slow page takes about 1.2 s here, a normal page 10-50 ms: a 0.5 s limit parts them
    # with room to spare on a noisy machine (0.01 s once timed out a cold worker's first page).
    slow = tmp_path / "slow.html"
    slow.write_text(
        "<html><body><h1>Lang</h1>" + "<p>Ein Satz, noch einer.</p>" * 300000 + "</body></html>"
    )
    fast = NEWSDE / "desktop-2024.html"
    result = _run("--timeout", "0.5", "-j", "1", "--quiet", str(slow), str(fast))
    records = {r["source"]: r for r in map(json.loads, result.stdout.splitlines())}
    assert records[str(slow)]["error"] == {"code": "timeout", "message": "took longer than 0.5 s"}
    assert records[str(fast)]["headline"].startswith("Hagelsturm")
    assert result.exit_code == 1


def test_progress_is_not_drawn_when_stderr_is_not_a_terminal(tree) -> None:
    result = _run(str(tree))
    assert "\r" not in result.stderr and "pages/s" not in result.stderr


def test_progress_line_on_a_terminal() -> None:
    import io
    import re

    from newsextract.runner.progress import Progress

    stream = io.StringIO()
    progress = Progress(2, stream, enabled=True)
    progress.update(failed=False)
    progress.update(failed=True)
    last = stream.getvalue().rsplit("\r", 1)[1]
    assert re.fullmatch(r"2/2 pages \(100 %\), \d+\.\d/s, 1 failed, 0 s left\x1b\[K", last)


def test_ctrl_c_stops_cleanly_with_whole_lines(tmp_path) -> None:
    import signal
    import subprocess
    import sys
    import time

    pages = tmp_path / "pages"
    pages.mkdir()
    for i in range(3000):
        os.symlink(NEWSDE / "desktop-2024.html", pages / f"p{i:04d}.html")
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsextract", "-j", "2", str(pages)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    time.sleep(1.5)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 130
    lines = out.decode("utf-8").splitlines()
    assert 0 < len(lines) < 3000
    assert all(json.loads(line)["headline"] for line in lines)  # every line whole
    assert err.decode().endswith(
        f"newsextract: interrupted after {len(lines)} records written to stdout\n"
    )


def test_output_names_never_leave_the_directory(tmp_path) -> None:
    from newsextract.runner.discover import Input
    from newsextract.runner.files import _target

    out = tmp_path / "out"
    for relative in ("../../etc/passwd.html", "/abs/x.html", "a/../../y.html"):
        target = _target(out, Input("page", relative))
        assert out.resolve() in target.parents


def test_same_names_from_different_folders_do_not_collide(tmp_path, monkeypatch) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        shutil.copy(NEWSDE / "desktop-2024.html", tmp_path / folder / "x.html")
    monkeypatch.chdir(tmp_path)
    assert (
        _run(
            "-o", "out", "--quiet", "a/x.html", "b/x.html", "/" + str(tmp_path / "a/x.html")
        ).exit_code
        == 0
    )
    assert sorted(
        str(p.relative_to(tmp_path / "out")) for p in (tmp_path / "out").rglob("*.json")
    ) == ["a/x.json", "b/x.json", "x.json"]


def test_a_directory_without_pages_exits_1_and_says_so(tmp_path) -> None:
    (tmp_path / "notes.txt").write_text("no page")
    result = _run(str(tmp_path))
    assert result.exit_code == 1
    assert result.stderr == (
        f"newsextract: no pages found under {tmp_path} (1 other file; see --glob, --sniff)\n"
    )
    empty = tmp_path / "empty"
    empty.mkdir()
    assert _run(str(empty)).stderr == f"newsextract: no pages found under {empty}\n"


@pytest.fixture()
def mirror(tmp_path):
    """A wget mirror: pages saved as index.html?id=3, .php, and without a suffix."""
    (tmp_path / "sub").mkdir()
    page = (NEWSDE / "desktop-2024.html").read_bytes()
    (tmp_path / "index.html?id=3").write_bytes(page)
    (tmp_path / "sub" / "page.php").write_bytes(page)
    (tmp_path / "sub" / "artikel").write_bytes(gzip.compress(page))
    (tmp_path / "notes.txt").write_text("not a page")
    return tmp_path


def test_glob_chooses_the_files_of_a_mirror(mirror) -> None:
    result = _run("--glob", "index.html*", "--glob", "*.php", "-j", "1", str(mirror))
    sources = [json.loads(line)["source"] for line in result.stdout.splitlines()]
    assert sources == [str(mirror / "index.html?id=3"), str(mirror / "sub" / "page.php")]
    assert result.stderr.startswith("newsextract: 2 pages, 0 failed, 2 not a page, ")


def test_sniff_takes_every_file_whose_bytes_are_html(mirror) -> None:
    result = _run("--sniff", "-j", "1", str(mirror))
    sources = [json.loads(line)["source"] for line in result.stdout.splitlines()]
    assert sources == [
        str(mirror / "index.html?id=3"),
        str(mirror / "sub" / "artikel"),
        str(mirror / "sub" / "page.php"),
    ]


def test_verbose_names_the_files_not_taken(mirror) -> None:
    result = _run("-v", "--glob", "*.php", "-j", "1", str(mirror))
    named = [line for line in result.stderr.splitlines() if "not a page" in line]
    assert named[0] == (
        f"newsextract: {mirror / 'index.html?id=3'}: not a page (matches no --glob; patterns "
        "match a name or the path under the directory)"
    )
    assert len(named) == 4  # three files named, and the summary


def test_one_page_is_one_page_in_the_summary() -> None:
    result = _run("--jsonl", str(NEWSDE / "desktop-2024.html"))
    assert result.stderr.startswith("newsextract: 1 page, 0 failed, ")


def test_an_address_is_refused_with_how_to_pipe_the_page_in() -> None:
    result = _run("https://www.example.com/a.html")
    assert result.exit_code == 2
    assert (
        "https://www.example.com/a.html is an address: newsextract reads saved pages, it never "
        "fetches. To read one page from the web: curl -sL 'https://www.example.com/a.html' | "
        "newsextract --url 'https://www.example.com/a.html' -"
    ) in " ".join(result.stderr.split())


def test_an_empty_directory_beside_pages_is_named_and_the_rest_is_read(tmp_path) -> None:
    (tmp_path / "empty").mkdir()
    result = _run("-j", "1", str(tmp_path / "empty"), str(NEWSDE / "desktop-2024.html"))
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == 1
    assert (
        result.stderr.splitlines()[0] == f"newsextract: no pages found under {tmp_path / 'empty'}"
    )


def test_text_and_markdown_streams_rule_off_each_article(tmp_path) -> None:
    pages = [str(NEWSDE / "desktop-2024.html"), str(NEWSDE / "amp-2025-full.html")]
    second = "Hagelsturm verwüstet Dörfer in Franken: Feuerwehr im Dauereinsatz"  # sorted order
    for fmt, opening in (("text", second), ("markdown", f"# {second}")):
        out = _run("--format", fmt, "-j", "1", *pages).stdout
        first, rest = out.split("\n\n---\n\n")
        assert first.lstrip("# ").startswith("Hitzeschutz-Streit: Großstädte fordern Milliarden")
        assert rest.startswith(opening + "\n")


def test_a_language_that_is_no_code_is_a_usage_error() -> None:
    result = _run("--language", "german", str(NEWSDE / "desktop-2024.html"))
    assert result.exit_code == 2
    assert "--language takes a language code (de, en, fr, ...), not 'german'" in result.stderr


def test_csv_of_one_failed_page_has_its_row() -> None:
    tag = str(NEWSDE / "tag-page.html")
    result = _run("--format", "csv", tag)
    assert result.exit_code == 1
    assert result.stdout.splitlines()[1] == f"{tag},,,,,,,,not_article"


def test_progress_counts_files_and_pages_when_archives_are_among_them() -> None:
    import io
    import re

    from newsextract.runner.progress import Progress

    stream = io.StringIO()
    progress = Progress(2, stream, enabled=True)
    progress.update(False, pages=396, failures=2)
    progress.update(failed=False)
    last = stream.getvalue().rsplit("\r", 1)[1]
    assert re.fullmatch(
        r"2/2 files \(100 %\), 397 pages, \d+\.\d/s, 2 failed, 0 s left\x1b\[K", last
    )
    assert (progress.done, progress.failed) == (397, 2)
