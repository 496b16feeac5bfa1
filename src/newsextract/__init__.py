"""newsextract: turn saved news-article HTML pages into clean, structured JSON.

>>> from newsextract import extract
>>> article = extract(open("page.html", "rb").read())
>>> article.to_dict()["headline"]
"""

from __future__ import annotations

from .article import SCHEMA_VERSION, Article
from .errors import ERROR_CODES, NewsExtractError
from .extract import extract
from .version import __version__

__all__ = ["extract", "Article", "NewsExtractError", "ERROR_CODES", "SCHEMA_VERSION", "__version__"]
