"""extract, properties: any bytes give a schema-valid record or a documented error."""

from __future__ import annotations

import json

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import expected_pages
from newsextract import ERROR_CODES, NewsExtractError, extract
from newsextract.runner.output import schema_text

VALIDATOR = jsonschema.Draft202012Validator(json.loads(schema_text()))
FIXTURES = [p.read_bytes() for p in expected_pages()]
SETTINGS = {
    "deadline": None,
    "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large],
}


def check(data: bytes | str) -> None:
    try:
        article = extract(data, url="https://www.news.de/politik/858000001/test/1/")
    except NewsExtractError as exc:
        assert exc.code in ERROR_CODES
        return
    record = article.to_dict()
    VALIDATOR.validate(record)
    assert record["body"]["text"] == "\n\n".join(b["text"] for b in record["body"]["blocks"])


@settings(**SETTINGS)
@given(st.binary(max_size=4000))
def test_random_bytes(data: bytes) -> None:
    check(data)


TOKENS = list("abcxyz äöüß ÄÖÜ .,:;!?\"'-–„“+/0123456789\n\t") + [
    "&nbsp;",
    "&amp;",
    "&#252;",
    "&lt;",
    "Von ",
    "Bild: ",
    "22.07.2025 14.42",
    "Lesen Sie auch:",
]
TEXT = st.lists(st.sampled_from(TOKENS), max_size=40).map("".join)
TAGS = [
    "div",
    "p",
    "span",
    "a",
    "h1",
    "h2",
    "h3",
    "ul",
    "ol",
    "li",
    "blockquote",
    "figure",
    "figcaption",
    "img",
    "time",
    "article",
    "section",
    "nav",
    "aside",
    "footer",
    "header",
    "b",
    "i",
    "br",
    "table",
    "tr",
    "td",
    "script",
    "style",
    "noscript",
    "amp-img",
    "font",
]
ATTRS = st.sampled_from(
    [
        "",
        ' class="content"',
        ' class="share"',
        ' id="news_content_1"',
        " hidden",
        ' href="/politik/858000002/x/1/"',
        ' href="javascript:alert(1)"',
        ' src="data:image/gif;base64,R0"',
        ' data-src="/i.jpg"',
        ' datetime="2024-02-30T25:61:00"',
        ' datetime="2024-07-01T10:00:00+02:00"',
        ' itemprop="author"',
        ' rel="author"',
        ' style="display:none"',
        ' lang="de"',
    ]
)


def _element(children: st.SearchStrategy) -> st.SearchStrategy:
    return st.builds(
        lambda tag, attr, kids: f"<{tag}{attr}>{''.join(kids)}</{tag}>",
        st.sampled_from(TAGS),
        ATTRS,
        st.lists(children, max_size=5),
    )


HTML = st.recursive(TEXT, _element, max_leaves=40)
HEAD = st.sampled_from(
    [
        "",
        '<meta charset="utf-8">',
        '<meta charset="windows-1252">',
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"X",'
        '"datePublished":"2024-03-31T02:30:00","author":[{"name":"A B"}, "C D", null, 5]}</script>',
        '<script type="application/ld+json">{"@graph": [{"@type": ["NewsArticle"], }, ]</script>',
        '<link rel="canonical" href="//www.news.de/politik/858000003/y/1/">',
        '<meta property="article:published_time" content="gestern">',
        '<base href="javascript:void(0)">',
    ]
)


@settings(**SETTINGS)
@given(
    HEAD,
    st.lists(HTML, min_size=1, max_size=6),
    st.sampled_from(["utf-8", "cp1252", "utf-16"]),
    st.booleans(),
)
def test_random_html(head: str, body: list[str], encoding: str, as_text: bool) -> None:
    html = f"<!DOCTYPE html><html><head>{head}</head><body>{''.join(body)}</body></html>"
    check(html if as_text else html.encode(encoding, errors="replace"))


MUTATIONS = st.sampled_from(["truncate", "delete", "insert", "duplicate", "flip"])


@settings(**SETTINGS)
@given(
    st.sampled_from(range(len(FIXTURES))),
    st.lists(
        st.tuples(MUTATIONS, st.floats(0, 1), st.floats(0, 1), st.binary(min_size=1, max_size=40)),
        min_size=1,
        max_size=4,
    ),
)
def test_mutated_fixtures(index: int, mutations: list) -> None:
    data = bytearray(FIXTURES[index])
    for kind, where, size, noise in mutations:
        at = int(where * len(data))
        span = int(size * min(len(data) - at, 2000))
        if kind == "truncate":
            del data[at:]
        elif kind == "delete":
            del data[at : at + span]
        elif kind == "insert":
            data[at:at] = noise
        elif kind == "duplicate":
            data[at:at] = data[at : at + span]
        else:
            data[at : at + len(noise)] = bytes(b ^ 0x5A for b in noise)
    check(bytes(data))
