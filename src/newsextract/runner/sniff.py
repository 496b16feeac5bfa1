"""What a file holds, by its first bytes: an HTML page, a web archive (gzipped or not).

Directories hold files whose names say nothing (a wget mirror's "index.html?id=3", an
archive saved without suffix), and archives hold responses without a Content-Type: both
are told by the bytes they open with, read here once for both.
"""

from __future__ import annotations

import re
import zlib

HEAD_BYTES = 2048
_HTML_START = re.compile(
    rb"^\s*(?:<!doctype html|<html|<head|<!--|<\?xml[^>]*>\s*<(?:!doctype )?html)", re.I
)
_HTML_TAG = re.compile(rb"<(?:html|head|body|meta|title|div|p|article)\b", re.I)


def file_head(path: str, size: int = HEAD_BYTES) -> bytes:
    """The file's first ``size`` bytes, gunzipped when it is gzip; b"" when unreadable."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(size)
        if head.startswith(b"\x1f\x8b"):
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, size)
    except (OSError, zlib.error):
        return b""
    return head


def html_head(head: bytes) -> bool:
    """The bytes open an HTML document (after a byte-order mark), or hold its tags early."""
    head = head.lstrip(b"\xef\xbb\xbf")
    return bool(_HTML_START.match(head) or _HTML_TAG.search(head[:512]))


def warc_head(head: bytes) -> bool:
    """The bytes open a WARC or ARC record."""
    return head.startswith((b"WARC/", b"filedesc://"))
