"""What ``extract()`` accepts as a page, turned into the bytes or text the decoder reads.

People hold a page in many shapes: the bytes they downloaded, the text their HTTP library
decoded, a path to a saved file (gzipped or not), an open file, or the BeautifulSoup object
their scraper already built. Each is read here, without fetching anything; anything else is
refused with a ``TypeError`` that says what is accepted, rather than failing deep inside
the pipeline. A ``str`` is always the page's HTML, never a file name: a path is passed as a
``pathlib.Path`` (or any ``os.PathLike``).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from ..errors import NewsExtractError

ACCEPTED = (
    "bytes, str (the HTML itself), a path (os.PathLike), a binary file object, "
    "a BeautifulSoup object or tag, or an lxml element"
)


def read_file(path: str | os.PathLike, max_bytes: int) -> bytes:
    """The bytes of the file at ``path``, never more than ``max_bytes`` (then "too_large");
    a missing file, a directory or no permission is an "unreadable" error."""
    path = Path(path)
    try:
        if path.is_dir():
            raise NewsExtractError("unreadable", "is a directory")
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise NewsExtractError("unreadable", "no such file") from None
    except PermissionError:
        raise NewsExtractError("unreadable", "permission denied") from None
    except OSError as exc:
        raise NewsExtractError("unreadable", exc.strerror or str(exc)) from None
    return _within(data, max_bytes)


def page_input(page: Any, max_bytes: int) -> str | bytes:
    """The page as bytes (to be sniffed, gunzipped and decoded) or as text (taken as it is)."""
    if isinstance(page, (bytes, str)):
        return page
    if isinstance(page, (bytearray, memoryview)):
        return bytes(page)
    if isinstance(page, os.PathLike):
        return read_file(page, max_bytes)
    if callable(getattr(page, "read", None)):
        return _read_stream(page, max_bytes)
    module = type(page).__module__ or ""
    if module.startswith("bs4") and callable(getattr(page, "decode", None)):
        return page.decode()  # the soup's own serialisation: its text is already decoded
    if module.startswith("lxml"):
        from lxml import etree

        return etree.tostring(page, encoding="unicode", method="html")
    raise TypeError(f"extract() takes {ACCEPTED}; got {type(page).__name__}")


def _read_stream(stream: Any, max_bytes: int) -> str | bytes:
    """An open file: binary ones give bytes, text ones the text they decoded."""
    try:
        data = stream.read(max_bytes + 1)
    except OSError as exc:
        raise NewsExtractError("unreadable", exc.strerror or str(exc)) from None
    if not isinstance(data, (bytes, bytearray, str)):
        raise TypeError(f"extract() takes {ACCEPTED}; read() gave {type(data).__name__}")
    return _within(data if isinstance(data, str) else bytes(data), max_bytes)


def _within(data: str | bytes, max_bytes: int) -> str | bytes:
    if len(data) > max_bytes:
        raise NewsExtractError("too_large", f"larger than {max_bytes} bytes")
    return data


def file_name_hint(page: Any, error: NewsExtractError) -> NewsExtractError:
    """The error, with a hint when the "HTML" was a file name passed as a ``str``."""
    looks_like_path = (
        isinstance(page, str) and len(page) < 4096 and "<" not in page and "\n" not in page
    )
    if error.code != "not_html" or not looks_like_path or not os.path.exists(page.strip()):
        return error
    return NewsExtractError(
        "not_html",
        f"{error.message}: a str is read as the page's HTML; to read the file, pass "
        f"pathlib.Path({page.strip()!r})",
    )
