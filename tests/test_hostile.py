"""page, input handling: odd and hostile input gives the article or one clean error line."""

from __future__ import annotations

import gzip
import json
import socket
import zlib

import pytest
from click.testing import CliRunner

from newsextract import NewsExtractError, extract
from newsextract.cli import main
from newsextract.page.tree import _cdata_as_text

HEADLINE = "Größere Überraschung in Köln: Bürger wählen neuen Oberbürgermeister"
PARAGRAPHS = [
    "Die Wahl in Köln endete am Sonntagabend mit einem überraschenden Ergebnis für alle Parteien.",
    "Der neue Oberbürgermeister kündigte an, sich zuerst um die Straßen und Brücken zu kümmern.",
    "Viele Bürgerinnen und Bürger äußerten sich erleichtert über den Ausgang der Abstimmung.",
]
BODY = "\n\n".join(PARAGRAPHS)


def page(charset_tag: str = '<meta charset="utf-8">', extra: str = "") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (
        f'<!DOCTYPE html><html lang="de"><head>{charset_tag}<title>{HEADLINE}</title></head>'
        f"<body><article><h1>{HEADLINE}</h1>{extra}{paragraphs}</article></body></html>"
    )


def assert_article(data: str | bytes) -> None:
    article = extract(data)
    assert article.headline == HEADLINE
    assert article.text == BODY


# -- inputs that must work ---------------------------------------------------------------
@pytest.mark.parametrize(
    "data",
    [
        pytest.param(page().encode("utf-8"), id="utf-8"),
        pytest.param(b"\xef\xbb\xbf" + page().encode("utf-8"), id="utf-8-bom"),
        pytest.param(page("").encode("utf-16"), id="utf-16-bom"),
        pytest.param(page("").encode("utf-16-be").join([b"\xfe\xff", b""]), id="utf-16-be-bom"),
        pytest.param(page('<meta charset="windows-1252">').encode("cp1252"), id="cp1252-meta"),
        pytest.param(
            page('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">').encode(
                "latin-1"
            ),
            id="latin1-http-equiv",
        ),
        pytest.param(page("").encode("cp1252"), id="cp1252-undeclared"),
        pytest.param(
            page('<meta charset="iso-8859-1">').encode("utf-8"), id="utf8-declared-latin1"
        ),
        pytest.param(page('<meta charset="utf-8">').encode("cp1252"), id="cp1252-declared-utf8"),
        pytest.param(page('<meta charset="gbk">').encode("utf-8"), id="utf8-declared-gbk"),
        pytest.param(page().encode("utf-8").decode("cp1252").encode("utf-8"), id="mojibake"),
        pytest.param(gzip.compress(page().encode("utf-8")), id="gzip-by-magic"),
        pytest.param(page().replace("<p>", "<p>\x00", 1).encode("utf-8"), id="nul-bytes"),
    ],
)
def test_encodings_and_wrappers(data: bytes) -> None:
    assert_article(data)


@pytest.mark.parametrize("encoding", ["gbk", "utf-8"])
def test_chinese_page_declared_gbk(encoding: str) -> None:
    sentence = "市议会周二讨论了新的预算，其中包括对学校、道路和自行车道的投资。"
    html = (
        '<html><head><meta charset="gbk"></head><body><article><h1>市议会通过预算</h1>'
        f"<p>{sentence * 3}</p></article></body></html>"
    )
    article = extract(html.encode(encoding))
    assert (article.headline, article.text) == ("市议会通过预算", sentence * 3)


def test_mixed_cp1252_inside_utf8() -> None:
    text = page()
    half = len(text) // 2
    data = text[:half].encode("utf-8") + text[half:].encode("cp1252")
    assert_article(data)


def test_truncated_html_keeps_what_is_there() -> None:
    html = page()
    cut = html[: html.rindex("Abstimmung") + len("Abstimmung")]
    article = extract(cut)
    assert article.headline == HEADLINE
    assert article.text == BODY[: BODY.rindex("Abstimmung") + len("Abstimmung")]


def test_100000_nested_elements() -> None:
    deep = "<div>" * 100_000 + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</div>" * 100_000
    html = f"<html lang=de><body><h1>{HEADLINE}</h1>{deep}</body></html>"
    assert_article(html)


def test_entities() -> None:
    html = (
        page(extra="")
        .replace("Die Wahl in Köln", "Die&nbsp;Wahl in K&ouml;ln")
        .replace("überraschenden", "&#252;berraschenden")
        .replace("Straßen", "Stra&#xDF;en")
    )
    assert_article(html)


def test_comments_and_cdata_in_odd_places() -> None:
    html = (
        page()
        .replace("<h1>", "<!-- a comment --><h1>")
        .replace("Abstimmung.", "Abstim<!-- mitten im Wort -->mung.")
        .replace("in Köln endete", "in <![CDATA[Köln]]> endete")
    )
    assert_article(html)


def test_xhtml_served_as_xml() -> None:
    xhtml = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML '
        '1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n'
        + page().replace("<!DOCTYPE html><html", '<html xmlns="http://www.w3.org/1999/xhtml"')
    )
    assert_article(xhtml.encode("utf-8"))


def test_file_names_with_spaces_and_umlauts(tmp_path) -> None:
    path = tmp_path / "Köln Wahl – Ergebnis.html"
    path.write_bytes(page().encode("utf-8"))
    result = CliRunner().invoke(main, ["--compact", str(path)])
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    assert record["source"] == str(path) and record["headline"] == HEADLINE


# -- inputs that must fail cleanly ---------------------------------------------------------
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
ZIP = b"PK\x03\x04" + bytes(200)
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj <a href>"


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "empty"),
        (b"  \n\t  \r\n", "empty"),
        (PNG, "not_html"),
        (PDF, "not_html"),
        (ZIP, "not_html"),
        (bytes(range(256)) * 20, "not_html"),
        (json.dumps({"html": "<div><p>Ein Absatz</p></div>"}).encode(), "not_html"),
        (("Nur ein Text, ohne jedes Markup, über mehrere Zeilen.\n" * 20).encode(), "not_html"),
        (
            b"<html><head><script>var x = '<p>nein</p>';</script></head><body><script>1</script>"
            b"<style>p{}</style></body></html>",
            "empty",
        ),
        (gzip.compress(b""), "empty"),
    ],
    ids=[
        "empty",
        "whitespace",
        "png",
        "pdf",
        "zip",
        "binary",
        "json",
        "plain-text",
        "scripts-only",
        "empty-gzip",
    ],
)
def test_not_pages_raise_documented_errors(data: bytes, code: str) -> None:
    with pytest.raises(NewsExtractError) as caught:
        extract(data)
    assert caught.value.code == code


@pytest.mark.parametrize(
    ("content", "args", "message"),
    [
        (b"", [], "empty page: the file is empty"),
        (PNG, [], "not HTML: this is a PNG image, not an HTML page"),
        (b'{"a": 1}', [], "not HTML: this is JSON, not an HTML page"),
        (page().encode(), ["--max-bytes", "100"], "too large: larger than --max-bytes (100 bytes)"),
    ],
    ids=["empty", "png", "json", "too-large"],
)
def test_cli_fails_with_one_line_naming_the_file(tmp_path, content, args, message) -> None:
    path = tmp_path / "input.html"
    path.write_bytes(content)
    result = CliRunner().invoke(main, [*args, str(path)])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == f"newsextract: {path}: {message}\n"


def test_cli_missing_path_and_unreadable_file(tmp_path, monkeypatch) -> None:
    missing = CliRunner().invoke(main, [str(tmp_path / "nope.html")])
    assert (missing.exit_code, missing.stdout) == (1, "")
    assert missing.stderr.endswith("nope.html: cannot read: no such file\n")
    locked = tmp_path / "locked.html"
    locked.write_bytes(page().encode())
    real_open = type(locked).open

    def refuse(self, *args, **kwargs):
        if self.name == "locked.html":
            raise PermissionError(13, "Permission denied")
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(type(locked), "open", refuse)
    result = CliRunner().invoke(main, [str(locked)])
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == f"newsextract: {locked}: cannot read: permission denied\n"


def test_gzip_bomb_is_too_large(tmp_path) -> None:
    bomb = tmp_path / "bomb.html.gz"
    bomb.write_bytes(gzip.compress(b"<p>" + b"a" * 5_000_000))
    result = CliRunner().invoke(main, ["--max-bytes", "1000000", str(bomb)])
    assert result.exit_code == 1
    assert "too large: page is larger than 1000000 bytes uncompressed" in result.stderr


def test_broken_gzip_is_unreadable() -> None:
    data = gzip.compress(page().encode())
    with pytest.raises(NewsExtractError) as caught:
        extract(data[:30] + b"\x00" * 20 + data[50:])
    assert caught.value.code in ("unreadable", "not_html")


def test_batch_with_every_bad_input_still_gives_the_good_pages(tmp_path) -> None:
    (tmp_path / "good.html").write_bytes(page().encode("cp1252").replace(b"utf-8", b"cp1252"))
    (tmp_path / "empty.html").write_bytes(b"")
    (tmp_path / "image.html").write_bytes(PNG)
    (tmp_path / "data.htm").write_bytes(b'{"a": [1, 2]}')
    (tmp_path / "zz good.html.gz").write_bytes(gzip.compress(page().encode()))
    result = CliRunner().invoke(main, ["-j", "2", "--quiet", str(tmp_path)])
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    records = {r["source"].rsplit("/", 1)[1]: r for r in map(json.loads, lines)}
    assert {k: v.get("error", {}).get("code") for k, v in records.items()} == {
        "data.htm": "not_html",
        "empty.html": "empty",
        "good.html": None,
        "image.html": "not_html",
        "zz good.html.gz": None,
    }
    assert records["good.html"]["headline"] == records["zz good.html.gz"]["headline"] == HEADLINE
    assert len(result.stderr.splitlines()) == 3


# -- safety -------------------------------------------------------------------------------
def test_unsafe_urls_never_come_out() -> None:
    html = page(
        extra=(
            '<figure><img src="javascript:alert(1)"></figure>'
            '<p>Lesen Sie außerdem:</p><ul><li><a href="javascript:alert(1)">Falle eins</a></li>'
            '<li><a href="data:text/html,hi">Böse Falle zwei</a></li>'
            '<li><a href="vbscript:msgbox">Böse Falle drei</a></li></ul>'
        )
    ).replace(
        "<title>",
        '<link rel="canonical" href="javascript:alert(1)"><meta property="og:image" '
        'content="data:image/png;base64,AAAA"><title>',
    )
    record = extract(html).to_dict()
    dumped = json.dumps(record)
    for scheme in ("javascript:", "data:", "vbscript:"):
        assert scheme not in dumped
    assert record["url"] is None and record["image"] is None and record["related"] == []


def test_malformed_urls_are_dropped_not_raised() -> None:
    html = page(
        extra=(
            '<p>Lesen Sie außerdem:</p><ul><li><a href="http://[::1">Kaputter Link eins</a></li>'
            '<li><a href="https://example.org/gut">Ein guter Link zwei</a></li></ul>'
        )
    ).replace("<title>", '<link rel="canonical" href="https://[bad/x"><title>')
    record = extract(html, url="http://[also-bad").to_dict()
    assert record["url"] is None
    assert record["related"] == [{"title": "Ein guter Link zwei", "url": "https://example.org/gut"}]


def test_relative_urls_resolve_against_canonical_then_url_then_base() -> None:
    teasers = (
        '<p>Lesen Sie außerdem:</p><ul><li><a href="/politik/1/a/">Erster Text dazu</a></li>'
        '<li><a href="b.html">Zweiter Text dazu</a></li></ul><figure><img src="img/x.jpg">'
        "</figure>"
    )
    canonical = '<link rel="canonical" href="https://www.news.de/politik/858/slug/1/">'
    with_canonical = extract(page(canonical, teasers), url="https://ignored.example/").to_dict()
    assert [r["url"] for r in with_canonical["related"]] == [
        "https://www.news.de/politik/1/a/",
        "https://www.news.de/politik/858/slug/1/b.html",
    ]
    assert with_canonical["image"]["url"] == "https://www.news.de/politik/858/slug/1/img/x.jpg"
    given = extract(page("", teasers), url="https://example.org/a/page.html").to_dict()
    assert given["url"] == "https://example.org/a/page.html"
    assert given["related"][1]["url"] == "https://example.org/a/b.html"
    based = extract(
        page('<base href="https://cdn.example.net/x/">', teasers),
        url="https://example.org/a/page.html",
    ).to_dict()
    assert based["related"][1]["url"] == "https://cdn.example.net/x/b.html"
    assert based["url"] == "https://example.org/a/page.html"


def test_never_touches_the_network(monkeypatch) -> None:
    def no_network(*args, **kwargs):
        raise AssertionError("newsextract opened a network connection")

    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    html = (
        '<?xml version="1.0"?><!DOCTYPE html [<!ENTITY ext SYSTEM "http://example.com/x">]>'
        + page(
            extra='<p>&ext;</p><img src="http://example.com/i.jpg">'
            '<iframe src="http://example.com/"></iframe>'
            '<link rel="stylesheet" href="http://example.com/s.css">'
        )
    )
    article = extract(html.encode())
    assert article.headline == HEADLINE
    assert "example.com/x" not in article.text


def test_zlib_error_message_is_not_a_traceback() -> None:
    assert zlib  # gzip handling uses zlib's incremental decoder with a size cap


def test_a_page_swallowed_by_an_unclosed_noscript_is_read() -> None:
    # libxml2 puts everything after an unclosed <noscript> inside it: the page itself.
    paragraphs = [
        "Der Gemeinderat hat am Montagabend den neuen Radweg entlang der Bundesstraße "
        "beschlossen, nach einer Debatte von mehr als drei Stunden.",
        "Die Bauarbeiten sollen im Frühjahr beginnen und etwa ein halbes Jahr dauern, teilte "
        "die Verwaltung mit.",
    ]
    html = (
        "<html lang='de'><head><title>Radweg beschlossen</title></head><body>"
        "<noscript><img src='https://track.example/p.gif' width='1' height='1'>"
        "<header><a href='/'>Start</a></header><article><h1>Radweg beschlossen</h1>"
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + "</article><footer>Impressum</footer></body></html>"
    )
    record = extract(html).to_dict()
    assert record["headline"] == "Radweg beschlossen"
    assert record["body"]["text"] == "\n\n".join(paragraphs)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<p><![CDATA[a<b]]></p>", "<p>a&lt;b</p>"),
        # a script keeps its CDATA up to its first end tag, in any case; later CDATA is text
        ("<script>x<![CDATA[y]]></SCRIPT ><![CDATA[z]]>", "<script>x<![CDATA[y]]></SCRIPT >z"),
        ("<STYLE>s</style><![CDATA[&]]>", "<STYLE>s</style>&amp;"),
        # a script never closed is none; a CDATA section never closed stays as it is
        ("<script>open <![CDATA[q]]>", "<script>open q"),
        ("<![CDATA[open <script>a</script>", "<![CDATA[open <script>a</script>"),
        ("<scripts><![CDATA[k]]>", "<scripts>k"),  # no script tag: the word goes on
    ],
)
def test_cdata_sections_outside_scripts_become_text(text: str, expected: str) -> None:
    assert _cdata_as_text(text) == expected
