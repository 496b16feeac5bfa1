"""What a site profile is: small declarative facts about one site that the generic path
cannot know. A profile never holds code, only URL patterns, phrases and names; anything true
of news pages in general lives in the generic modules instead.

Every page gets a profile: a site without one of its own gets ``GENERIC``, whose patterns
never match, so no caller has to ask whether there is a profile.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

NEVER = re.compile(r"(?!)")  # matches no text: the generic profile's patterns


@dataclass(frozen=True)
class Profile:
    """What we know about one site."""

    name: str | None = None  # the site's name as users write it; None: the host names it
    hosts: re.Pattern = NEVER  # hosts (without port) that belong to the site
    section_in_path: re.Pattern = NEVER  # group "section" from the URL path
    listing_paths: re.Pattern = NEVER  # URL paths of tag/listing pages
    listing_headline: re.Pattern = NEVER  # visible headline of listing pages
    language: str | None = None  # the site's language, when the page neither says nor shows
    # Lines that end the article body ("Folgen Sie News.de ..."): everything after is chrome.
    end_markers: re.Pattern = NEVER
    # In-body links to the full story, titled by the heading of their section.
    story_links: re.Pattern = NEVER
    # Ad slots whose names look like content: pruned by name.
    ad_names: re.Pattern = NEVER
    # A button's label the site prints at the end of every caption (a zoom button).
    caption_noise: re.Pattern = NEVER
    # The site's lead paragraph is the body's first paragraph even where it stands apart
    # (news.de's p.articleTeaser); elsewhere such a standfirst is the summary.
    lead_is_body: bool = False

    def section_of(self, url: str | None) -> str | None:
        """The section the site's URL scheme names ("/politik/858129473/..." gives
        "politik"), or None."""
        match = self.section_in_path.match(urlsplit(url).path) if url else None
        return match.group("section") if match else None

    def listing_reason(self, url: str | None, headline: str | None) -> str | None:
        """Why the page is a tag or listing page by its URL or headline, or None."""
        path = urlsplit(url).path if url else ""
        if self.listing_paths.match(path):
            return "a tag/listing page (by its URL)"
        if headline and self.listing_headline.match(headline):
            return f"a listing page ({headline!r})"
        return None


GENERIC = Profile()
