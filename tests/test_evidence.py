"""evidence: meta tags read from the page head, in whichever attribute holds their value."""

from __future__ import annotations

from conftest import PROSE, article
from newsextract import extract


def test_meta_values_in_a_value_attribute_count() -> None:
    # Pages saved through Mercury/Postlight tooling carry "value" where "content" belongs.
    head = (
        '<meta value="2016-12-29T01:32:00+00:00" name="article:published_time">'
        '<meta value="Anna Beispiel" name="author">'
    )
    got = extract(article(f"<p>{PROSE * 2}</p><aside>Anna Beispiel</aside>", head=head))
    assert (got.published, [a.name for a in got.authors]) == (
        "2016-12-29T02:32:00+01:00",  # the instant, in Berlin
        ["Anna Beispiel"],
    )
