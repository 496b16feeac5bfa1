"""The editor's signature: the code under the story ("(jom/news.de)"), else the credit
closing it ("... hieß es. (dpa)", "amw" on its own line)."""

from __future__ import annotations

from .context import Context, Found


def find(ctx: Context) -> Found[str | None]:
    """The signature line the body walk found, else the credit closing the story."""
    return Found(ctx.layout.signature or ctx.layout.closing_credit)
