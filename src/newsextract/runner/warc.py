"""Web archives in: the HTML responses of a WARC (or ARC) file as pages, in record order.

Corpus builders read pages from web archives (Common Crawl's CC-NEWS above all), not from
saved files. Each ``response`` record with an HTML payload and the wanted HTTP status is one
page; every other record is counted by why it was left out, never an error. The payload is
warcio's content stream (de-chunked, decompressed), decoded as browsers do: byte-order mark,
then valid UTF-8, then the HTTP header's charset (Latin-1 read as windows-1252), then the
page's own ``<meta charset>`` and the usual fallbacks (``page.load``).

warcio yields fewer records without an error when a file is cut short, so the end of the
last record is checked against the file itself: a cut file gives a fault at the offset
where it broke, after all the records before it.
"""

from __future__ import annotations

import codecs
import gzip
import os
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from .sniff import HEAD_BYTES, file_head, html_head, warc_head

WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
HTML_TYPES = ("text/html", "application/xhtml+xml")
# Declared Latin-1 is windows-1252, as browsers read it.
_WESTERN = {"iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii", "iso8859-1"}


def is_warc(path: str) -> bool:
    """The file's bytes open a WARC or ARC record (gzipped or not)."""
    return warc_head(file_head(path, 512))


@dataclass
class Page:
    """One HTML response of the archive: its payload (bytes, or text decoded with the HTTP
    charset) and where it came from."""

    data: bytes | str
    source: str
    url: str | None
    warc: dict[str, Any]


@dataclass
class Fault:
    """The file broke here: the records before it were read."""

    source: str
    message: str


@dataclass
class Tally:
    """The records left out, by reason."""

    skipped: dict[str, int] = field(default_factory=dict)

    def add(self, reason: str) -> None:
        self.skipped[reason] = self.skipped.get(reason, 0) + 1


def read(
    path: str,
    tally: Tally,
    status: int | None = 200,
    domains: tuple[str, ...] = (),
    shown: str | None = None,
) -> Iterator[Page | Fault]:
    """The pages of the archive at ``path``, in record order, then a fault if it is cut
    short or broken; records left out are counted in ``tally``. ``shown`` is the name the
    records give as their source (a local copy of "s3a://bucket/x.warc.gz" shows that)."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    local, path = path, shown or path
    name = path.rsplit("/", 1)[-1]
    end = 0
    with open(local, "rb") as stream:
        records = ArchiveIterator(stream, arc2warc=True)
        offset = 0
        try:
            for record in records:
                payload = record.content_stream().read()  # first: asking warcio for the
                offset = records.get_record_offset()  # offset before it empties the stream
                if getattr(record.raw_stream, "limit", 0) > 0:  # fewer bytes than declared
                    yield Fault(f"{path}#{offset}", f"the file is cut short at offset {offset}")
                    return
                page = _page(record, payload, path, name, offset, tally, status, domains)
                end = offset + records.get_record_length()
                if page is not None:
                    page.warc["length"] = end - offset
                    yield page
        except ArchiveLoadFailed:  # its message quotes the broken bytes: no line to print
            at = max(offset, end)
            yield Fault(f"{path}#{at}", f"broken record at offset {at}: not a WARC record")
            return
        except Exception as exc:  # warcio on a header cut off ("'NoneType' ... startswith")
            yield Fault(f"{path}#{end}", f"broken record at offset {end}: {type(exc).__name__}")
            return
    broken = _cut_short(local, end)
    if broken is not None:
        yield Fault(f"{path}#{broken}", f"the file is cut short at offset {broken}")


def _page(record, payload, path, name, offset, tally, status, domains) -> Page | None:
    """The record as a page, or None (counted) when it is no wanted HTML response."""
    if record.rec_type != "response":
        tally.add(f"{record.rec_type} record")
        return None
    uri = record.rec_headers.get_header("WARC-Target-URI")
    host = (urlsplit(uri or "").hostname or "").lower()
    if domains and not any(host == d or host.endswith("." + d) for d in domains):
        tally.add("other domain")
        return None
    http = record.http_headers
    code = http.get_statuscode() if http is not None else None
    code = int(code) if code and str(code).isdigit() else None
    if status is not None and code != status:
        tally.add(f"status {code}")
        return None
    if not _html(record, payload):
        tally.add("not HTML")
        return None
    warc = {
        "target_uri": uri,
        "date": record.rec_headers.get_header("WARC-Date"),
        "record_id": record.rec_headers.get_header("WARC-Record-ID"),
        "file": name,
        "offset": offset,
        "length": None,
        "status": code,
        "payload_digest": record.rec_headers.get_header("WARC-Payload-Digest"),
    }
    charset = _charset(http.get_header("Content-Type") if http is not None else None)
    return Page(_decoded(payload, charset), f"{path}#{offset}", uri, warc)


def _html(record, payload: bytes) -> bool:
    """An HTML payload: by the archive's identified type, else the HTTP Content-Type, else
    its first bytes."""
    declared = record.rec_headers.get_header("WARC-Identified-Payload-Type")
    http = record.http_headers
    declared = declared or (http.get_header("Content-Type") if http is not None else None)
    if declared:
        return declared.split(";")[0].strip().lower() in HTML_TYPES
    return html_head(payload[:HEAD_BYTES])


def _charset(content_type: str | None) -> str | None:
    for part in (content_type or "").split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            name = value.strip().strip("'\"").lower()
            return "windows-1252" if name in _WESTERN else name
    return None


def _decoded(payload: bytes, charset: str | None) -> bytes | str:
    """The payload as the decoder should read it: bytes when they speak for themselves
    (a byte-order mark, valid UTF-8, or no charset declared), else text decoded with the
    HTTP charset, which outranks the page's own declaration."""
    if charset is None or payload.startswith(
        (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
    ):
        return payload
    try:
        payload.decode("utf-8")
        return payload
    except UnicodeDecodeError:
        pass
    try:
        return payload.decode(charset)
    except (LookupError, UnicodeDecodeError):
        return payload


def _cut_short(path: str, end: int) -> int | None:
    """Where the file breaks after its last whole record (None when it ends there): bytes
    after it that are no whole record, or a last gzip member that does not end."""
    size = os.path.getsize(path)
    if end >= size:
        return None
    with open(path, "rb") as handle:
        handle.seek(end)
        rest = handle.read()
    if rest.startswith(b"\x1f\x8b"):
        try:
            gzip.decompress(rest)
        except (EOFError, OSError, zlib.error):
            return end
        return None
    return end if rest.strip() else None
