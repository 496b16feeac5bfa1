"""page/text: words between elements never glue or split, and &nbsp; is a space."""

from __future__ import annotations

import pytest

from newsextract.layout.blocks import segment
from newsextract.page.text import longer_than, text_of
from newsextract.page.tree import parse


def _blocks(body: str) -> list[tuple[str, str]]:
    root = parse(f"<html><body><div>{body}</div></body></html>")
    return [(b.kind, b.text) for b in segment(root, lambda el: False)]


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("und\n<a href='x'>Jerewan</a> eskalierten", "und Jerewan eskalierten"),
        ("und&nbsp;<a href='x'>Jerewan</a>", "und Jerewan"),
        ("die <b>Bundes</b>regierung", "die Bundesregierung"),
        ("<i>Renate Oßwald</i>&nbsp;am Mittwoch", "Renate Oßwald am Mittwoch"),
        ("CO<sub>2</sub>-Preis", "CO2-Preis"),
        ("a\u00adb\u200bc", "abc"),
        (
            "<b>Neu: jetzt digital!</b><a href='x'>Hier registrieren</a>",
            "Neu: jetzt digital! Hier registrieren",
        ),
        ("Wirklich?<i>Ja</i>", "Wirklich? Ja"),
        ("<b>Yahoo!</b><i>news</i>", "Yahoo!news"),
        ("  viel   Raum \t hier ", "viel Raum hier"),
        ("<a>Riots erupt</a><time>20:42</time>", "Riots erupt 20:42"),
        ("Video<time>02:53</time>Neu", "Video 02:53 Neu"),
        ("am <time>3. März</time> 2024", "am 3. März 2024"),
        (
            "<span class='a'>Johannes Ritter</span><span class='b'>, Zürich</span>",
            "Johannes Ritter, Zürich",
        ),
    ],
)
def test_inline_boundaries(html, text) -> None:
    assert text_of(parse(f"<html><body><p>{html}</p></body></html>").find(".//p")) == text


def test_blocks_separate_without_source_whitespace() -> None:
    assert _blocks("<p>anbahnt.</p><p>Armeniens Premier</p>") == [
        ("paragraph", "anbahnt."),
        ("paragraph", "Armeniens Premier"),
    ]


def test_styled_neighbours_in_a_mixed_container_do_not_glue() -> None:
    """The same spacing rules hold where a container's inline children form the paragraph."""
    assert _blocks(
        "<span class='label'>By</span><a class='name'>Jane Doe</a><span class='role'>"
        "News Reporter</span><p>Text</p>"
    ) == [("paragraph", "By Jane Doe News Reporter"), ("paragraph", "Text")]


def test_custom_elements_holding_blocks_are_containers() -> None:
    assert _blocks("<story-page><h2>Die Lage</h2><p>Erster Absatz.</p></story-page>") == [
        ("heading", "Die Lage"),
        ("paragraph", "Erster Absatz."),
    ]


def test_list_items_are_separate() -> None:
    assert _blocks("<ul><li>eins</li><li>zwei <i>drei</i></li></ul>") == [
        ("list", "eins\nzwei drei")
    ]


def test_br_is_a_line_break_and_double_br_a_paragraph() -> None:
    assert _blocks("Erste Zeile<br>zweite Zeile<br><br>Neuer Absatz") == [
        ("paragraph", "Erste Zeile\nzweite Zeile"),
        ("paragraph", "Neuer Absatz"),
    ]


def test_entities_are_decoded() -> None:
    assert _blocks("<p>&bdquo;Zitat&ldquo; &amp; mehr &#8211; &uuml;ber</p>") == [
        ("paragraph", "„Zitat“ & mehr – über")
    ]


@pytest.mark.parametrize(
    ("html", "text"),
    [
        (
            "<p><span class='initial-outer'><span class='initial-letter'>N</span></span> "
            "<span class='x'>a endlich!</span> Es gibt ihn.</p>",
            "Na endlich! Es gibt ihn.",
        ),
        ("<p><span class='dropcap'>D</span>er Rat tagte.</p>", "Der Rat tagte."),
        ("<p><span class='drop-cap'>A</span> long time ago.</p>", "A long time ago."),
        ("<p><b>N</b> steht für Nord.</p>", "N steht für Nord."),  # no drop cap by name
        ("<p><span class='author-initials'>K</span> <span>Müller</span></p>", "K Müller"),
    ],
)
def test_a_drop_cap_opens_its_word_without_a_gap(html: str, text: str) -> None:
    assert text_of(parse(f"<html><body>{html}</body></html>").find(".//p")) == text


@pytest.mark.parametrize(
    ("html", "text"),
    [
        (
            "<p><span><a href='/w'>Wissenschaft</a></span><span>Global</span></p>",
            "Wissenschaft Global",
        ),
        ("<p><span>Bundes</span><span>tag</span></p>", "Bundestag"),  # one word in two spans
    ],
)
def test_two_labels_side_by_side_do_not_glue(html: str, text: str) -> None:
    assert text_of(parse(f"<html><body>{html}</body></html>").find(".//p")) == text


_MEASURED = (
    "<div><p>Ein\u00a0kurzer <b>Satz</b>.</p><script>var x = 'lang' * 100;</script>"
    "<span>\u200b\u200b\u200bZwei</span>   <label>Ja <input type='checkbox'></label>"
    "<noscript>viel versteckter Text hier</noscript> Ende.</div>"
)


@pytest.mark.parametrize("limit", range(0, 40))
def test_longer_than_says_what_the_text_s_length_says(limit: int) -> None:
    """Counted as far as needed, the answer is the whole text's: scripts, noscripts, form
    labels and zero-width characters count as little as they do in ``text_of``."""
    root = parse(f"<html><body>{_MEASURED}</body></html>")
    for el in root.iter():
        assert longer_than(el, limit) == (len(text_of(el)) > limit)
