"""news.de: the German portal this project was first built for (desktop, AMP, old mobile)."""

from __future__ import annotations

import re

from .profile import Profile

NEWS_DE = Profile(
    name="news.de",
    hosts=re.compile(r"^(?:www\.|m\.|amp\.)?news\.de$", re.I),
    section_in_path=re.compile(r"^/(?:amp/)?(?P<section>[a-z][a-z-]+)/\d{6,}/"),
    listing_paths=re.compile(r"^/(?:amp/)?(?:thema|nachrichten|tag|themen)/"),
    listing_headline=re.compile(r"^Aktuelle News zu\b"),
    language="de",
    lead_is_body=True,
    end_markers=re.compile(r"^Folgen Sie News\.de\b", re.I),
    story_links=re.compile(r"^Den ganzen Artikel lesen Sie hier(?: noch einmal)?\.?$", re.I),
    ad_names=re.compile(
        r"(?:^|\s)(?:news_content_\d+|news_header|extraContentContainer|halfpage|"
        r"ialayerContainer|plista_widget\w*|cc_banner\S*)(?:$|\s)"
    ),
    # The zoom button under every picture: "Der Kreml. (Foto) Suche", not the word "Suche".
    caption_noise=re.compile(r"\s*\(Foto\)\s*Suche$"),
)
