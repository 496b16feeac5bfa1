"""Turn input bytes into text: gzip by magic bytes, size limit, encoding detection.

Decoding order: byte-order mark; then strict UTF-8, since bytes that are valid UTF-8 are
UTF-8 whatever the page declares (pages re-saved as UTF-8 keep their old ``<meta charset>``);
then the page's own declaration (``<meta charset>``, ``http-equiv``, XML prolog); then
windows-1252, which is what undeclared German pages almost always are.
"""

from __future__ import annotations

import codecs
import re
import zlib

from ..errors import NewsExtractError

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
    # bs4 (soupsieve's CSS parser with it) costs about 90 ms to import: loaded with the
    # first page, so that start-up (`newsextract --version`, a worker's) does not pay it.
    from bs4.dammit import EncodingDetector

    declared = EncodingDetector.find_declared_encoding(data[:4096], is_html=True)
    if not declared:
        return None
    name = declared.strip().lower()
    name = _ALIASES.get(name, name)
    try:
        return codecs.lookup(name).name.replace("_", "-")
    except LookupError:
        return None


# File signatures of formats people save by mistake next to their pages.
_MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"7z\xbc\xaf", "a 7z archive"),
    (b"Rar!", "a RAR archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ", "an xz archive"),
    (b"RIFF", "a RIFF media file"),
    (b"\x7fELF", "an executable"),
    (b"ID3", "an MP3 file"),
    (b"\x00\x00\x01\x00", "an icon"),
    (b"OggS", "an Ogg file"),
    (b"\x1a\x45\xdf\xa3", "a video"),
    (b"SQLite format 3", "a SQLite database"),
    (b"wOFF", "a web font"),
    (b"wOF2", "a web font"),
)
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


def sniff_binary(data: bytes) -> str | None:
    """What binary format ``data`` is ("a PDF document"), or None for text."""
    if _bom_encoding(data) in ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"):
        return None
    for magic, name in _MAGIC:
        if data.startswith(magic):
            return name
    if data[4:12] in (b"ftypisom", b"ftypmp42", b"ftypavif", b"ftypheic") or data[8:12] == b"WEBP":
        return "an image or video"
    head = data[:4096]
    controls = sum(head.count(bytes([b])) for b in _CONTROL_BYTES)
    return "binary data" if head and controls > len(head) * 0.05 else None


def _cp1252_for_invalid_bytes(error: UnicodeDecodeError) -> tuple[str, int]:
    """Read the bytes that are not UTF-8 as windows-1252: right for cp1252 pages and for UTF-8
    pages with cp1252 text pasted in, where bs4's detwingle misreads é/ß-like lead bytes."""
    bad = error.object[error.start : error.end]
    return bad.decode("windows-1252", errors="replace"), error.end


_CP1252_FALLBACK = "newsextract-cp1252"
codecs.register_error(_CP1252_FALLBACK, _cp1252_for_invalid_bytes)


def _utf8(data: bytes) -> str | None:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


# Mojibake: UTF-8 read as cp1252 ("Ã¤" for "ä", "â€ž" for "„"). A lead byte (Â-ô) followed
# by one to three continuation characters, as cp1252 shows bytes 0x80-0xBF.
_CONT = (
    "\x80-\xbf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018"
    "\u2019\u201a\u201c\u201d\u201e\u2020\u2021\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
)
_MOJIBAKE = re.compile(f"[\u00c2-\u00f4][{_CONT}]{{1,3}}")


def _unmangle(match: re.Match) -> str:
    text = match.group()
    try:
        return text.encode("windows-1252").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text


def repair_mojibake(text: str) -> str:
    """Undo UTF-8-read-as-cp1252 where the bytes round-trip exactly; leave all else alone."""
    if "\u00c3" not in text and "\u00c2" not in text and "\u00e2" not in text:
        return text
    return _MOJIBAKE.sub(_unmangle, text)


def decode(data: bytes) -> str:
    """Decode page bytes to text; never fails (undecodable bytes become U+FFFD)."""
    return repair_mojibake(_decode(data))


def _decode(data: bytes) -> str:
    bom = _bom_encoding(data)
    if bom:
        return data.decode(bom, errors="replace").lstrip("\ufeff")
    declared = _declared_encoding(data)
    as_utf8 = _utf8(data)
    if as_utf8 is not None:
        # Any declaration on bytes that are valid UTF-8 is wrong (a page re-saved as UTF-8
        # that still says GBK or windows-1252): the odds of cp1252, GBK or Shift-JIS text
        # forming only valid multi-byte UTF-8 sequences are negligible.
        return as_utf8
    if declared in ("utf-8", None) or declared in _WESTERN or declared == "cp1252":
        # Not valid UTF-8: cp1252 (old German pages), or UTF-8 with cp1252 pasted in.
        return data.decode("utf-8", errors=_CP1252_FALLBACK)
    try:
        return data.decode(declared, errors="replace")
    except LookupError:
        from bs4.dammit import UnicodeDammit

        dammit = UnicodeDammit(data, is_html=True)
        return dammit.unicode_markup or data.decode("windows-1252", errors="replace")


def page_text(html: str | bytes, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """The page as text: bytes are size-checked, gunzipped, refused when empty or binary,
    and decoded; text is taken as it is."""
    if not isinstance(html, (bytes, bytearray)):
        return html
    if len(html) > max_bytes:
        raise NewsExtractError("too_large", f"larger than {max_bytes} bytes")
    data = gunzip_if_needed(bytes(html), max_bytes)
    if not data.strip():
        raise NewsExtractError("empty", "the file is empty")
    binary = sniff_binary(data)
    if binary:
        raise NewsExtractError("not_html", f"this is {binary}, not an HTML page")
    return decode(data)
