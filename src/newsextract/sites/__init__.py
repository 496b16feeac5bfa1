"""Site profiles: small declarative facts about one site that the generic path cannot know.

A profile never holds code: only URL patterns, phrases and names. Anything that is true of
German news pages in general lives in the generic modules instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit


@dataclass(frozen=True)
class Profile:
    """What we know about one site."""

    name: str  # the site's name as users write it
    hosts: re.Pattern  # hosts (without port) that belong to the site
    section_in_path: re.Pattern | None = None  # group "section" from the URL path
    listing_paths: re.Pattern | None = None  # URL paths of tag/listing pages
    listing_headline: re.Pattern | None = None  # visible headline of listing pages
    timezone: str = "Europe/Berlin"
    language: str = "de"
    # Lines that end the article body ("Folgen Sie News.de ..."): everything after is chrome.
    end_markers: re.Pattern | None = None
    # In-body links to the full story, titled by the heading of their section.
    story_links: re.Pattern | None = None
    # Ad slots whose names look like content: pruned by name.
    ad_names: re.Pattern | None = None
    # The site's lead paragraph is the body's first paragraph even where it stands apart
    # (news.de's p.articleTeaser); elsewhere such a standfirst is the summary.
    lead_is_body: bool = False


NEWS_DE = Profile(
    name="news.de",
    hosts=re.compile(r"^(?:www\.|m\.|amp\.)?news\.de$", re.I),
    section_in_path=re.compile(r"^/(?:amp/)?(?P<section>[a-z][a-z-]+)/\d{6,}/"),
    listing_paths=re.compile(r"^/(?:amp/)?(?:thema|nachrichten|tag|themen)/"),
    listing_headline=re.compile(r"^Aktuelle News zu\b"),
    lead_is_body=True,
    end_markers=re.compile(r"^Folgen Sie News\.de\b", re.I),
    story_links=re.compile(r"^Den ganzen Artikel lesen Sie hier(?: noch einmal)?\.?$", re.I),
    ad_names=re.compile(
        r"(?:^|\s)(?:news_content_\d+|news_header|extraContentContainer|halfpage|"
        r"ialayerContainer|plista_widget\w*|cc_banner\S*)(?:$|\s)"
    ),
)

PROFILES = (NEWS_DE,)


def host_of(url: str | None) -> str | None:
    """Lower-case host of a URL without port."""
    if not url:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:  # "http://[broken"
        return None
    return host.lower() if host else None


def for_url(url: str | None) -> Profile | None:
    """The profile of the site a URL belongs to, if we have one."""
    host = host_of(url)
    if not host:
        return None
    return next((p for p in PROFILES if p.hosts.match(host)), None)


def for_page(url: str | None, site_names: list[str]) -> Profile | None:
    """Profile by URL, else by the site name the page gives itself (og:site_name)."""
    found = for_url(url)
    if found:
        return found
    names = {n.casefold() for n in site_names if n}
    return next((p for p in PROFILES if p.name.casefold() in names), None)
