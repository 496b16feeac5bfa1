"""The headline and its kicker: as shown, else as the page's metadata gives it."""

from __future__ import annotations

from typing import NamedTuple

from ..page.text import clean
from .context import Context, Found


class Shown(NamedTuple):
    kicker: str | None
    headline: str | None


def find(ctx: Context) -> Found[Shown]:
    """The visible headline (the located ``<h1>``, its kicker apart), else the JSON-LD
    headline, og:title or the document title, with a warning that none was shown."""
    shown = ctx.headline
    kicker = shown.kicker  # also when it names the section: the label a reader sees there
    if shown.text:
        return Found(Shown(kicker, shown.text))
    for value, origin in (*ctx.evidence.headlines, (ctx.site.title, "<title>")):
        if value:
            warning = f"headline: no visible headline, taken from {origin}"
            return Found(Shown(kicker, clean(value)), (warning,))
    return Found(Shown(kicker, None))
