"""The parts of an article page, as the header and body walks classify its blocks: a
``Draft`` while they walk, a frozen ``Layout`` once they are done."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields

from lxml import etree

from .blocks import Block


@dataclass
class Draft:
    """The parts found so far; only the walks of this package write to it."""

    header: list[Block] = field(default_factory=list)  # between headline and body
    body: list[Block] = field(default_factory=list)
    related: list[tuple[str, str]] = field(default_factory=list)  # (title, href)
    # Which of ``related`` are unlabelled link-only cards among the body's blocks: teasers
    # only when they link to a story of the page's own site by a title (the fields sift).
    loose_cards: list[tuple[str, str]] = field(default_factory=list)
    trailer: list[Block] = field(default_factory=list)  # after the body's end
    byline: Block | None = None
    dateline: Block | None = None
    summary: Block | None = None
    standfirst: list[Block] = field(default_factory=list)  # teaser paragraphs above the body
    dek: list[Block] = field(default_factory=list)  # a line under the headline named as its dek
    subheading: Block | None = None  # a sentence set as a heading under the headline
    captions: list[Block] = field(default_factory=list)
    figures: list[Block] = field(default_factory=list)  # in the header, before the body
    body_figures: list[Block] = field(default_factory=list)  # inside the body
    signature: str | None = None
    closing_credit: str | None = None  # the code closing the story: "dpa/gem", "amw"
    paywall_line: Block | None = None  # where a paywall cut the text
    closing_byline: Block | None = None  # the author's name as the body's last line
    late_byline: Block | None = None  # a plain "Von X" right after the text: maybe a card's
    update_line: Block | None = None  # "Aktualisiert am 17.01.2021" among the body's lines
    # Whether an href names a story of the page's own site (resolved against the page).
    own_story: Callable[[str], bool] = field(default=lambda href: True, repr=False)


@dataclass(frozen=True)
class Layout:
    """The classified blocks of an article page, as every field reads them."""

    body_root: etree._Element  # the element holding the article's prose
    header: tuple[Block, ...]
    body: tuple[Block, ...]
    related: tuple[tuple[str, str], ...]
    loose_cards: tuple[tuple[str, str], ...]
    trailer: tuple[Block, ...]
    byline: Block | None
    dateline: Block | None
    summary: Block | None
    standfirst: tuple[Block, ...]
    dek: tuple[Block, ...]
    subheading: Block | None
    captions: tuple[Block, ...]
    figures: tuple[Block, ...]
    body_figures: tuple[Block, ...]
    signature: str | None
    closing_credit: str | None
    paywall_line: Block | None
    closing_byline: Block | None
    late_byline: Block | None
    update_line: Block | None
    region_positions: tuple[int, int]  # the document positions the article's region spans

    @classmethod
    def of(cls, draft: Draft, body_root: etree._Element, span: tuple[int, int]) -> Layout:
        values = {
            f.name: tuple(v) if isinstance(v := getattr(draft, f.name), list) else v
            for f in fields(draft)
            if f.name != "own_story"  # the walk's tool, no part of the layout
        }
        return cls(body_root=body_root, region_positions=span, **values)
