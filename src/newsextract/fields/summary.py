"""The summary: the dek and standfirst set apart above the body, then the bullet points."""

from __future__ import annotations

import re

from ..lexicon.labels import SHARE_LINE
from .context import Context, Found

# The time a live blog's key event was posted, opening its item ("21.02 GMT Opposition
# calls ...", "16:45 Uhr: Bahn stellt ...").
_STAMPED = re.compile(
    r"^\d{1,2}[:.]\d\d(?:\s*(?:uhr|h|[ap]\.?m\.?|gmt|bst|utc|cet|cest|mez|mesz))?\s*[:|–—-]?\s+(?=\S)",
    re.I,
)


def find(ctx: Context) -> Found[list[str]]:
    """Dek and standfirst (each once: a dek may be the standfirst), then the bullets
    without share buttons; any of them may be missing."""
    layout = ctx.layout
    bullets = layout.summary.items if layout.summary is not None else []
    if len(bullets) >= 2 and all(_STAMPED.match(b) for b in bullets):
        bullets = [_STAMPED.sub("", b) for b in bullets]  # a live blog's key events
    lead = [b.text for b in layout.dek + layout.standfirst]
    lead = [t for i, t in enumerate(lead) if t not in lead[:i]]
    return Found(lead + [b for b in bullets if not SHARE_LINE.match(b)])
