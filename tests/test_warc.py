"""WARC input: archives written here with warcio's own writer, read as a user runs it. Every
HTML response with status 200 is one record, in file and record order, whatever the number
of jobs; every other record is counted by why it was left out; a file cut short gives the
records before the cut and an error record where it broke."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from conftest import NEWSDE
from newsextract.cli import main

ROOT = Path(__file__).parent.parent
ARTICLE = (ROOT / "examples" / "article.html").read_bytes()
HAGEL = (NEWSDE / "desktop-2024.html").read_bytes()
HEADLINE = "Hitzeschutz-Streit: Großstädte fordern Milliarden vom Bund - Bündnis droht mit Klage"
HAGEL_HEADLINE = "Hagelsturm verwüstet Dörfer in Franken: Feuerwehr im Dauereinsatz"

# A page in windows-1252 that says so only in the HTTP header (as ISO-8859-1, as servers do).
LATIN = (
    "<html><head><title>Grünfläche</title></head><body><article><h1>Stadtrat plant neue "
    "Grünfläche am Fluss</h1>"
    + "<p>Der Stadtrat hat am Dienstag über die neue Grünfläche beraten, die Bürger "
    "fordern mehr Bäume und Bänke am Ufer, größere Spielplätze und Wege.</p>"
    * 6
    + "<p>„Wir wollen einen Park für alle“, sagte die Bürgermeisterin.</p></article></body></html>"
).encode("cp1252")


def _chunked(body: bytes) -> bytes:
    half = len(body) // 2
    return (
        b"".join(
            f"{len(part):x}\r\n".encode() + part + b"\r\n" for part in (body[:half], body[half:])
        )
        + b"0\r\n\r\n"
    )


def write_warc(path: Path, gz: bool = True) -> None:
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=gz)

        def response(uri, status, headers, body):
            http = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
            record = writer.create_warc_record(
                uri, "response", payload=io.BytesIO(body), http_headers=http
            )
            writer.write_record(record)

        writer.write_record(
            writer.create_warc_record(
                "https://www.news.de/", "warcinfo", payload=io.BytesIO(b"software: test\r\n")
            )
        )
        request = StatusAndHeaders("GET /politik/ HTTP/1.1", [], is_http_request=True)
        writer.write_record(
            writer.create_warc_record(
                "https://www.news.de/politik/",
                "request",
                payload=io.BytesIO(b""),
                http_headers=request,
            )
        )
        response(
            "https://www.news.de/politik/1/",
            "200 OK",
            [("Content-Type", "text/html; charset=utf-8")],
            ARTICLE,
        )
        response(
            "https://www.stadt-anzeiger.example/gruen/",
            "200 OK",
            [("Content-Type", "text/html; charset=ISO-8859-1")],
            LATIN,
        )
        response(
            "https://www.news.de/alt/",
            "301 Moved Permanently",
            [("Content-Type", "text/html"), ("Location", "/neu/")],
            b"<html>moved</html>",
        )
        response(
            "https://www.news.de/weg/",
            "404 Not Found",
            [("Content-Type", "text/html")],
            b"<html>not found</html>",
        )
        response(
            "https://www.news.de/bild.png",
            "200 OK",
            [("Content-Type", "image/png")],
            b"\x89PNG\r\n\x1a\n" + b"\x00" * 40,
        )
        response(
            "https://www.news.de/panorama/2/",
            "200 OK",
            [("Content-Type", "text/html"), ("Content-Encoding", "gzip")],
            gzip.compress(HAGEL),
        )
        response(
            "https://www.news.de/panorama/2/?again",
            "200 OK",
            [("Content-Type", "text/html"), ("Transfer-Encoding", "chunked")],
            _chunked(HAGEL),
        )
        metadata = writer.create_warc_record(
            "https://www.news.de/politik/1/", "metadata", payload=io.BytesIO(b"via: test\r\n")
        )
        writer.write_record(metadata)


@pytest.fixture()
def archive(tmp_path) -> Path:
    path = tmp_path / "crawl.warc.gz"
    write_warc(path)
    return path


def _run(*args: str):
    return CliRunner().invoke(main, list(args))


def _records(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines()]


def test_each_html_response_is_a_record_in_record_order(archive) -> None:
    result = _run("-j", "1", str(archive))
    records = _records(result.stdout)
    assert [r["headline"] for r in records] == [
        HEADLINE,
        "Stadtrat plant neue Grünfläche am Fluss",
        HAGEL_HEADLINE,
        HAGEL_HEADLINE,
    ]
    assert all(r["source"] == f"{archive}#{r['warc']['offset']}" for r in records)
    assert [r["warc"]["target_uri"] for r in records] == [
        "https://www.news.de/politik/1/",
        "https://www.stadt-anzeiger.example/gruen/",
        "https://www.news.de/panorama/2/",
        "https://www.news.de/panorama/2/?again",
    ]
    assert {r["warc"]["status"] for r in records} == {200}
    assert records[0]["warc"]["file"] == "crawl.warc.gz"
    assert all(r["warc"]["record_id"].startswith("<urn:uuid:") for r in records)
    assert all(r["warc"]["payload_digest"].startswith("sha1:") for r in records)
    assert result.exit_code == 0
    assert result.stderr.splitlines()[-1].startswith(
        "newsextract: 4 pages, 0 failed, archive records left out: 1 metadata record, "
        "1 not HTML, 1 request record, 1 status 301, 1 status 404, 1 warcinfo record, "
    )


def test_the_http_charset_decodes_a_page_that_declares_none(archive) -> None:
    second = _records(_run("-j", "1", str(archive)).stdout)[1]
    assert (
        second["body"]["blocks"][-1]["text"]
        == "„Wir wollen einen Park für alle“, sagte die Bürgermeisterin."
    )
    assert second["url"] == "https://www.stadt-anzeiger.example/gruen/"  # the target URI


def test_records_validate_against_the_schema(archive, schema) -> None:
    for record in _records(_run("-j", "1", str(archive)).stdout):
        jsonschema.validate(record, schema)


def test_two_jobs_give_the_same_records(archive, tmp_path) -> None:
    second = tmp_path / "more.warc"
    write_warc(second, gz=False)
    one = _run("-j", "1", str(archive), str(second))
    two = _run("-j", "2", str(archive), str(second))
    assert one.stdout == two.stdout
    assert len(one.stdout.splitlines()) == 8


def test_status_and_domain_filters(archive) -> None:
    any_status = _records(_run("-j", "1", "--status", "0", str(archive)).stdout)
    assert len(any_status) == 6  # the 301 and 404 pages are read too (and refused as pages)
    only = _records(_run("-j", "1", "--domain", "stadt-anzeiger.example", str(archive)).stdout)
    assert [r["warc"]["target_uri"] for r in only] == ["https://www.stadt-anzeiger.example/gruen/"]


@pytest.mark.parametrize("gz", [True, False])
def test_a_file_cut_short_gives_the_records_before_and_an_error_record(tmp_path, gz) -> None:
    whole = tmp_path / ("whole.warc.gz" if gz else "whole.warc")
    write_warc(whole, gz=gz)
    data = whole.read_bytes()
    records = _records(_run("-j", "1", str(whole)).stdout)
    last = records[-1]["warc"]["offset"]
    cut = tmp_path / ("cut.warc.gz" if gz else "cut.warc")
    cut.write_bytes(data[: last + 400])  # into the last page's record
    result = _run("-j", "1", str(cut))
    got = _records(result.stdout)
    assert [r.get("headline") for r in got[:-1]] == [
        HEADLINE,
        "Stadtrat plant neue Grünfläche am Fluss",
        HAGEL_HEADLINE,
    ]
    assert got[-1] == {
        "schema_version": 1,
        "source": f"{cut}#{last}",
        "error": {"code": "unreadable", "message": f"the file is cut short at offset {last}"},
    }
    assert result.exit_code == 1
    assert (
        f"newsextract: {cut}#{last}: cannot read: the file is cut short at offset {last}"
        in result.stderr
    )


def test_an_archive_without_html_responses_gives_no_records(tmp_path) -> None:
    path = tmp_path / "images.warc.gz"
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        http = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                "https://x.example/a.png",
                "response",
                payload=io.BytesIO(b"\x89PNG"),
                http_headers=http,
            )
        )
    result = _run(str(path))
    assert (result.stdout, result.exit_code) == ("", 0)
    assert result.stderr.startswith(
        "newsextract: 0 pages, 0 failed, archive records left out: 1 not HTML, "
    )


def test_an_empty_archive_file_is_an_error_record(tmp_path) -> None:
    path = tmp_path / "empty.warc.gz"
    path.write_bytes(b"")
    page = tmp_path / "page.html"  # beside it, so the batch's sorted order is known
    page.write_bytes((NEWSDE / "desktop-2024.html").read_bytes())
    result = _run("-j", "1", str(path), str(page))  # two inputs: a batch, JSON Lines
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["source"] for r in records] == [str(path), str(page)]
    assert "error" not in records[1]
    assert records[0] == {
        "schema_version": 1,
        "source": str(path),
        "error": {"code": "empty", "message": "the file is empty"},
    }
    assert f"newsextract: {path}: empty page: the file is empty\n" in result.stderr


def test_a_warc_list_names_the_archives(archive, tmp_path) -> None:
    listing = tmp_path / "warc.paths"
    listing.write_text(f"# crawl\n{archive}\n", encoding="utf-8")
    assert (
        _run("-j", "1", "--warc-list", str(listing)).stdout == _run("-j", "1", str(archive)).stdout
    )


def test_a_directory_holds_archives_and_pages(archive, tmp_path) -> None:
    (tmp_path / "page.html").write_bytes(ARTICLE)
    records = _records(_run("-j", "2", str(tmp_path)).stdout)
    assert [r["source"].split("#")[0] for r in records] == [str(archive)] * 4 + [
        str(tmp_path / "page.html")
    ]


def test_output_dir_writes_one_gzipped_shard_per_archive_and_resumes(archive, tmp_path) -> None:
    out = tmp_path / "out"
    first = _run("-j", "1", "-o", str(out), str(archive))
    assert first.exit_code == 0
    shard = out / "crawl.jsonl.gz"
    assert sorted(p.name for p in out.iterdir()) == ["crawl.jsonl.gz"]
    lines = gzip.decompress(shard.read_bytes()).decode("utf-8").splitlines()
    assert lines == _run("-j", "1", str(archive)).stdout.splitlines()
    again = _run("-j", "1", "-o", str(out), "--skip-existing", str(archive))
    assert again.stderr.startswith("newsextract: 0 pages, 0 failed, 1 already written, ")


def test_records_to_a_file_named_gz_are_gzipped(archive, tmp_path) -> None:
    import subprocess
    import sys

    target = tmp_path / "articles.jsonl.gz"
    with target.open("wb") as out:
        done = subprocess.run(
            [sys.executable, "-m", "newsextract", "-j", "1", "--quiet", str(archive)],
            stdout=out,
            timeout=120,
        )
    assert done.returncode == 0
    lines = gzip.decompress(target.read_bytes()).decode("utf-8").splitlines()
    assert lines == _run("-j", "1", str(archive)).stdout.splitlines()
    plain = tmp_path / "articles.jsonl"
    with plain.open("wb") as out:
        subprocess.run(
            [sys.executable, "-m", "newsextract", "-j", "1", "--quiet", str(archive)],
            stdout=out,
            timeout=120,
        )
    assert plain.read_text(encoding="utf-8").splitlines() == lines


def test_a_broken_gzip_member_gives_the_records_before_and_an_error_record(
    archive, tmp_path
) -> None:
    records = _records(_run("-j", "1", str(archive)).stdout)
    third = records[2]["warc"]["offset"]  # the gzip-encoded page's record
    data = bytearray(archive.read_bytes())
    data[third + 30 : third + 70] = b"\x00" * 40  # inside its compressed bytes
    broken = tmp_path / "broken.warc.gz"
    broken.write_bytes(bytes(data))
    result = _run("-j", "1", str(broken))
    got = _records(result.stdout)
    assert [r.get("headline") for r in got[:2]] == [
        HEADLINE,
        "Stadtrat plant neue Grünfläche am Fluss",
    ]
    assert got[-1]["error"]["code"] == "unreadable"
    assert got[-1]["error"]["message"].startswith("broken record at offset ")
    assert result.exit_code == 1


def test_two_archives_of_one_name_get_two_shards(tmp_path) -> None:
    for folder in ("d1", "d2"):
        (tmp_path / folder).mkdir()
        write_warc(tmp_path / folder / "x1.warc.gz")
    out = tmp_path / "out"
    result = _run("-j", "1", "-o", str(out), str(tmp_path / "d1"), str(tmp_path / "d2"))
    assert result.exit_code == 0
    assert sorted(p.name for p in out.iterdir()) == ["x1-2.jsonl.gz", "x1.jsonl.gz"]
    assert (out / "x1.jsonl.gz").stat().st_mode & 0o044 == 0o044  # readable by others (umask 022)


def test_an_error_record_from_an_archive_says_which_response_failed(archive) -> None:
    records = _records(_run("-j", "1", "--status", "0", str(archive)).stdout)
    failed = [r for r in records if "error" in r]
    assert [r["warc"]["target_uri"] for r in failed] == [
        "https://www.news.de/alt/",
        "https://www.news.de/weg/",
    ]
    assert [r["warc"]["status"] for r in failed] == [301, 404]


def test_an_archives_records_stream_out_before_it_is_read_through(tmp_path) -> None:
    import subprocess
    import sys

    path = tmp_path / "many.warc.gz"
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        for n in range(150):
            record = writer.create_warc_record(
                f"https://www.news.de/p/{n}/",
                "response",
                payload=io.BytesIO(HAGEL),
                http_headers=http,
            )
            writer.write_record(record)
    copy = tmp_path / "more.warc.gz"
    copy.write_bytes(path.read_bytes())
    for jobs in ("1", "2"):
        proc = subprocess.Popen(
            [sys.executable, "-m", "newsextract", "-j", jobs, "--quiet", str(path), str(copy)],
            stdout=subprocess.PIPE,
        )
        first = json.loads(proc.stdout.readline())
        still_reading = proc.poll() is None  # 300 pages take seconds; the first came at once
        rest = proc.stdout.read().splitlines()
        proc.wait()
        assert (first["headline"], still_reading, len(rest)) == (HAGEL_HEADLINE, True, 299)


@pytest.mark.parametrize("host", ["https://www.news.de/", "*.news.de", "www.news.de."])
def test_a_domain_that_is_no_host_name_is_a_usage_error(archive, host) -> None:
    result = _run("--domain", host, str(archive))
    assert result.exit_code == 2
    assert f"--domain takes a host name (news.de, www.news.de), not {host!r}" in result.stderr
