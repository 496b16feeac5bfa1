"""Turn input bytes into text: gzip by magic bytes, size limit, encoding detection.

Decoding order: byte-order mark, then the page's own declaration (``<meta charset>``,
``http-equiv``, XML prolog) when the bytes agree with it, then strict UTF-8, then
windows-1252, which is what undeclared German pages almost always are.
"""

from __future__ import annotations

import codecs
import zlib

from bs4.dammit import EncodingDetector, UnicodeDammit

from .errors import NewsExtractError

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
GZIP_MAGIC = b"\x1f\x8b"

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Declared Latin-1 is decoded as windows-1252, as browsers do (HTML standard).
_ALIASES = {
    "iso-8859-1": "windows-1252",
    "latin-1": "windows-1252",
    "latin1": "windows-1252",
    "us-ascii": "windows-1252",
    "ascii": "windows-1252",
    "iso8859-1": "windows-1252",
}
_WESTERN = {"windows-1252", "cp1252", "iso-8859-15"}


def gunzip_if_needed(data: bytes, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Decompress gzip data recognised by its magic bytes, never past ``max_bytes``."""
    if not data.startswith(GZIP_MAGIC):
        return data
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, max_bytes + 1)
    except zlib.error as exc:
        raise NewsExtractError("unreadable", f"broken gzip data ({exc})") from None
    if len(out) > max_bytes:
        raise NewsExtractError("too_large", f"page is larger than {max_bytes} bytes uncompressed")
    return out


def _bom_encoding(data: bytes) -> str | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def _declared_encoding(data: bytes) -> str | None:
    declared = EncodingDetector.find_declared_encoding(data[:4096], is_html=True)
    if not declared:
        return None
    name = declared.strip().lower()
    name = _ALIASES.get(name, name)
    try:
        return codecs.lookup(name).name.replace("_", "-")
    except LookupError:
        return None


def _utf8(data: bytes) -> str | None:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def decode(data: bytes) -> str:
    """Decode page bytes to text; never fails (undecodable bytes become U+FFFD)."""
    bom = _bom_encoding(data)
    if bom:
        return data.decode(bom, errors="replace").lstrip("\ufeff")
    declared = _declared_encoding(data)
    as_utf8 = _utf8(data)
    if declared in ("utf-8", None) or declared in _WESTERN or declared == "cp1252":
        # A Western declaration on bytes that are valid, non-ASCII UTF-8 is wrong: the
        # odds of cp1252 text forming valid multi-byte UTF-8 sequences are negligible.
        if as_utf8 is not None:
            return as_utf8
        if declared == "utf-8":
            # Declared UTF-8 but not valid UTF-8: mostly cp1252, maybe mixed.
            return UnicodeDammit.detwingle(data).decode("utf-8", errors="replace")
        return data.decode("windows-1252", errors="replace")
    try:
        return data.decode(declared, errors="replace")
    except LookupError:
        dammit = UnicodeDammit(data, is_html=True)
        return dammit.unicode_markup or data.decode("windows-1252", errors="replace")
