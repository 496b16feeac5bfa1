"""Whether the article is behind a paywall: its JSON-LD says it is not free to read, or the
text ends on a paywall line ("Jetzt weiterlesen mit ..."). A saved page of a metered site may
still hold the whole text; a cut one holds the part shown to every reader."""

from __future__ import annotations

from .context import Context, Found

WARNING = "body: behind a paywall; the text may be only the part shown to every reader"


def find(ctx: Context) -> Found[bool]:
    cut = ctx.layout.paywall_line is not None or ctx.evidence.paywalled
    return Found(cut, (WARNING,) if cut else ())
