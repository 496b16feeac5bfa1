"""The editor's signature: the code under the story ("(jom/news.de)"), else the credit
closing its last paragraph ("... hieß es. (dpa)")."""

from __future__ import annotations

from ..layout import Layout
from ..layout.classify import first_prose
from ..lexicon import bylines as bl
from .context import Context, Found


def find(ctx: Context) -> Found[str | None]:
    """The signature line the body walk found, else the closing credit."""
    return Found(ctx.layout.signature or closing_credit(ctx.layout))


def closing_credit(layout: Layout) -> str | None:
    """The credit closing the story's last paragraph of prose ("... hieß es. (dpa)")."""
    closing = first_prose(layout.body[::-1])
    return bl.closing_credit(closing.text) if closing is not None else None
