"""Where the page is: its canonical URL, the site, the section and the document title."""

from __future__ import annotations

from ..evidence import Evidence
from ..lexicon.titles import clean_title
from ..page.page import Page
from ..page.text import clean
from ..sites import Profile, site_name
from .context import Found, Site


def find(page: Page, evidence: Evidence, profile: Profile) -> Found[Site]:
    """The page's site facts: the section from the site's URL scheme, else the JSON-LD
    ``articleSection``, else ``article:section``; the title is the ``<title>`` (else
    og:title) without the site's name. Needs no context: the headline is found with it."""
    name = site_name(profile, page.url)
    names = tuple(n for n in (name, *evidence.site_names) if n)
    section = profile.section_of(page.url) or next(iter(evidence.sections), None)
    title_tag = next((clean("".join(t.itertext())) for t in page.root.iter("title")), None)
    title = clean_title(title_tag or evidence.first("og:title"), names)
    return Found(Site(page.url, name, section, title, names))
