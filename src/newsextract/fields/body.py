"""The body: the story's blocks as a reader reads them (paragraphs, headings, lists,
quotes, tables) and its section headings."""

from __future__ import annotations

from dataclasses import dataclass

from ..article import Author, BodyBlock
from ..layout.blocks import Block
from .context import Context, Found

BIO_MAX = 400  # a closing author bio is shorter than this


@dataclass(frozen=True)
class Body:
    blocks: list[BodyBlock]
    headings: list[str]


def find(ctx: Context, authors: list[Author]) -> Found[Body]:
    """The layout's body blocks, without a closing bio of one of the ``authors``."""
    blocks = [_body_block(b) for b in ctx.layout.body]
    headings = [b.text for b in blocks if b.type == "heading"]
    return Found(Body(_without_author_bio(blocks, authors), headings))


def _body_block(block: Block) -> BodyBlock:
    if block.kind == "heading":
        return BodyBlock("heading", block.text.replace("\n", " "), level=max(block.level, 2))
    if block.kind == "list":
        return BodyBlock("list", block.text, items=list(block.items), ordered=block.ordered)
    if block.kind == "table":
        return BodyBlock("table", block.text, rows=[list(row) for row in block.rows])
    if block.kind == "quote":
        return BodyBlock("quote", block.text)
    return BodyBlock("paragraph", block.text)


def _without_author_bio(blocks: list[BodyBlock], authors: list[Author]) -> list[BodyBlock]:
    """Drop a closing author bio ("Anna Beispiel ist Redakteurin im Ressort ..."): it is
    about the author, not the story."""
    names = [a.name for a in authors if a.role != "agency" and " " in a.name]
    while (
        blocks
        and blocks[-1].type == "paragraph"
        and len(blocks[-1].text) < BIO_MAX
        and any(blocks[-1].text.startswith(n) for n in names)
    ):
        blocks = blocks[:-1]
    return blocks
