"""newsextract: turn saved news-article HTML pages into clean, structured JSON.

>>> from newsextract import extract
>>> article = extract(open("page.html", "rb").read())
>>> article.to_dict()["headline"]

The extractor and its vocabularies (some 250 compiled patterns, about 0.1 s) are imported on
first use, not with the package: ``newsextract --version``, ``--help`` and shell completion
start without them.
"""

from typing import TYPE_CHECKING

from .errors import ERROR_CODES, NewsExtractError
from .version import __version__

if TYPE_CHECKING:
    from .article import SCHEMA_VERSION, Article
    from .pipeline import extract

__all__ = ["extract", "Article", "NewsExtractError", "ERROR_CODES", "SCHEMA_VERSION", "__version__"]

_LAZY = {"extract": ".pipeline", "Article": ".article", "SCHEMA_VERSION": ".article"}


def __getattr__(name: str):
    """Import ``extract``, ``Article`` and ``SCHEMA_VERSION`` when they are first asked for."""
    if name in _LAZY:
        from importlib import import_module

        value = getattr(import_module(_LAZY[name], __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
