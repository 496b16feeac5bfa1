"""The summary: the dek and standfirst set apart above the body, then the bullet points."""

from __future__ import annotations

from ..lexicon.labels import SHARE_LINE
from .context import Context, Found


def find(ctx: Context) -> Found[list[str]]:
    """Dek and standfirst (each once: a dek may be the standfirst), then the bullets
    without share buttons; any of them may be missing."""
    layout = ctx.layout
    bullets = layout.summary.items if layout.summary is not None else []
    lead = [b.text for b in layout.dek + layout.standfirst]
    lead = [t for i, t in enumerate(lead) if t not in lead[:i]]
    return Found(lead + [b for b in bullets if not SHARE_LINE.match(b)])
