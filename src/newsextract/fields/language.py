"""The page's language: declared (``<html lang>``, meta, JSON-LD), else recognised from
the body's words, else the site's own."""

from __future__ import annotations

from ..lexicon import language as lang
from .context import Context, Found

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def find(ctx: Context) -> Found[str | None]:
    """The first declared language code, else the one the body's words show, else the
    site profile's."""
    root, evidence = ctx.page.root, ctx.evidence
    declared = (
        root.get("lang") or root.get(_XML_LANG),
        evidence.first("content-language"),
        evidence.first("og:locale"),
        evidence.ld_text("inLanguage"),
    )
    for value in declared:
        code = lang.normalise(value)
        if code:
            return Found(code)
    body_text = "\n\n".join(block.text for block in ctx.layout.body)
    return Found(lang.guess(body_text) or ctx.profile.language)
