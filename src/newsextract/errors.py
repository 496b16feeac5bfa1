"""The errors newsextract raises: one class, a stable machine-readable code each."""

from __future__ import annotations

#: Codes that appear in ``NewsExtractError.code`` and in batch error records.
ERROR_CODES = (
    "empty",  # nothing but whitespace
    "not_html",  # binary data, JSON, plain text: no HTML markup
    "not_article",  # an HTML page, but a listing/tag/home page, not an article
    "too_large",  # larger than the configured byte limit
    "unreadable",  # file missing, a directory, no permission, broken gzip
    "timeout",  # extraction took longer than the batch's per-page limit
    "internal",  # a bug in newsextract (please report it)
)


# How each code reads at the start of a message on stderr.
_LABELS = {
    "empty": "empty page",
    "not_html": "not HTML",
    "not_article": "not an article",
    "too_large": "too large",
    "unreadable": "cannot read",
    "timeout": "timed out",
    "internal": "internal error",
}


def describe(code: str, message: str) -> str:
    """One-line human form of an error: "not an article: a tag/listing page"."""
    return f"{_LABELS.get(code, code)}: {message}"


class NewsExtractError(Exception):
    """A page newsextract cannot turn into an article, with a reason a user can act on."""

    def __init__(self, code: str, message: str) -> None:
        if code not in ERROR_CODES:
            raise ValueError(f"unknown error code {code!r}")
        super().__init__(message)
        self.code = code
        self.message = message

    def __str__(self) -> str:
        return describe(self.code, self.message)
