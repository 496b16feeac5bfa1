"""The headline and its kicker: as shown, else as the page's metadata gives it."""

from __future__ import annotations

from ..page.text import clean
from .context import Context, Found


def find(ctx: Context) -> Found[tuple[str | None, str | None]]:
    """The visible headline (the located ``<h1>``, its kicker apart), else the JSON-LD
    headline, og:title or the document title, with a warning that none was shown. The value
    is (kicker, headline)."""
    shown = ctx.headline
    if shown.text:
        return Found((shown.kicker, shown.text))
    for value, origin in (
        (ctx.evidence.ld_text("headline"), "JSON-LD"),
        (ctx.evidence.first("og:title"), "og:title"),
        (ctx.site.title, "<title>"),
    ):
        if value:
            warning = f"headline: no visible headline, taken from {origin}"
            return Found((shown.kicker, clean(value)), (warning,))
    return Found((shown.kicker, None))
