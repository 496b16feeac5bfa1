"""Site profiles as data: which profile a page gets, by its address or its own name."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..page.page import host_of
from .newsde import NEWS_DE
from .profile import GENERIC, Profile

PROFILES = (NEWS_DE,)

__all__ = ["GENERIC", "NEWS_DE", "PROFILES", "Profile", "for_page", "site_name"]


def for_page(url: str | None, site_names: Iterable[str | None]) -> Profile:
    """The profile of the site by URL, else by the name the page gives itself
    (og:site_name), else ``GENERIC``."""
    host = host_of(url)
    found = next((p for p in PROFILES if host and p.hosts.match(host)), None)
    if found:
        return found
    names = {n.casefold() for n in site_names if n}
    return next((p for p in PROFILES if p.name and p.name.casefold() in names), GENERIC)


_HOST_PREFIX = re.compile(r"^(?:www\d?|m|amp|mobile)\.")


def site_name(profile: Profile, url: str | None) -> str | None:
    """The site as users name it: the profile's name, else the host without ``www.``,
    ``m.`` or ``amp.``."""
    if profile.name:
        return profile.name
    host = host_of(url)
    return _HOST_PREFIX.sub("", host) if host else None
