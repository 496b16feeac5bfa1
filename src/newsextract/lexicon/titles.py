"""Document titles: the site's name taken off ("... | news.de", "SPIEGEL - ...")."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..page.text import clean
from .names import DOMAIN_ENDINGS

_TITLE_SEPARATORS = re.compile(r"\s+[|–—:·•»-]\s+|\s+::\s+")


def clean_title(title: str | None, site_names: Iterable[str | None]) -> str | None:
    """Remove a site suffix or prefix ("... | news.de", "SPIEGEL - ...") from a title."""
    if not title:
        return None
    title = clean(title)
    names = {n.casefold() for n in site_names if n}
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) > 1:
        last, head = parts[-1].casefold(), parts[0].casefold()
        if last in names or any(n in last for n in names) or _looks_like_site(parts[-1]):
            return title[: title.rfind(parts[-1])].rstrip(" |–—:·•»-").strip()
        if head in names:
            return title[len(parts[0]) :].lstrip(" |–—:·•»-").strip()
    return title


def _looks_like_site(part: str) -> bool:
    return bool(re.fullmatch(rf"(?:www\.)?[\w-]+\.{DOMAIN_ENDINGS}", part))
