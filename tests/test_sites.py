"""sites: which profile a page gets, and that the generic one knows nothing of any site."""

from __future__ import annotations

from newsextract.sites import GENERIC, NEWS_DE, for_page, site_name


def test_only_the_zoom_label_is_cut_from_captions() -> None:
    noise = NEWS_DE.caption_noise
    assert noise.sub("", "Der Kreml. (Foto) Suche") == "Der Kreml."
    assert noise.sub("", "Die Polizei ist weiter auf der Suche") == (
        "Die Polizei ist weiter auf der Suche"
    )


def test_a_page_gets_its_sites_profile_by_host_or_by_its_own_name() -> None:
    assert for_page("https://amp.news.de/politik/858129473/x/1/", []) is NEWS_DE
    assert for_page(None, ["News.de"]) is NEWS_DE
    assert for_page("https://www.example.com/a/1.html", ["Example"]) is GENERIC
    assert for_page(None, []) is GENERIC


def test_the_generic_profile_matches_nothing_and_the_host_names_the_site() -> None:
    for pattern in (
        GENERIC.hosts,
        GENERIC.section_in_path,
        GENERIC.listing_paths,
        GENERIC.end_markers,
        GENERIC.story_links,
        GENERIC.ad_names,
        GENERIC.caption_noise,
    ):
        assert pattern.search("news.de /politik/858129473/ Folgen Sie News.de (Foto) Suche") is None
    assert GENERIC.section_of("https://www.news.de/politik/858129473/x/1/") is None
    assert GENERIC.listing_reason("https://www.news.de/thema/x/", "Aktuelle News zu X") is None
    assert site_name(GENERIC, "https://m.example.co.uk/a") == "example.co.uk"
    assert site_name(NEWS_DE, "https://amp.news.de/a") == "news.de"


def test_the_news_de_profile_reads_section_and_listing_pages_from_the_url() -> None:
    assert NEWS_DE.section_of("https://www.news.de/amp/politik/858129473/x/1/") == "politik"
    assert NEWS_DE.listing_reason("https://www.news.de/thema/ukraine/", None) == (
        "a tag/listing page (by its URL)"
    )
    assert NEWS_DE.listing_reason(None, "Aktuelle News zu Ukraine") == (
        "a listing page ('Aktuelle News zu Ukraine')"
    )
