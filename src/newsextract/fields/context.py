"""What every field reads (``Context``: the page, its evidence, its site profile, the located
headline and the layout, computed once per page) and what every field returns (``Found``:
its value with the warnings it has about it)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from ..evidence import Evidence
from ..layout import Layout
from ..layout.headline import Headline
from ..page.page import Page
from ..sites import Profile

T = TypeVar("T")


@dataclass(frozen=True)
class Found(Generic[T]):
    """A field's value and what a user should know about it ("taken from og:title")."""

    value: T
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Site:
    """The page's place on the web, read before its headline is located (the title, with
    the site's name taken off, is one of the headline's hints)."""

    url: str | None  # the canonical address, else the one given
    name: str | None  # the site as users name it ("news.de", "spiegel.de")
    section: str | None
    title: str | None  # the document title without the site's name
    names: tuple[str, ...]  # every name the page gives its site: never an author


@dataclass(frozen=True)
class Context:
    """One page, read once, as every field sees it."""

    page: Page
    evidence: Evidence
    profile: Profile
    site: Site
    headline: Headline  # the located headline element and its kicker
    layout: Layout
