"""Read page bytes from a file or stdin, with clear errors and a size limit."""

from __future__ import annotations

import sys

from ..errors import NewsExtractError
from ..page.inputs import read_file
from ..page.load import DEFAULT_MAX_BYTES


def read_bytes(source: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of ``source`` (a path, or "-" for stdin), refusing more than ``max_bytes``."""
    too_large = NewsExtractError("too_large", f"larger than --max-bytes ({max_bytes} bytes)")
    if source != "-":
        try:
            return read_file(source, max_bytes)
        except NewsExtractError as exc:
            raise (too_large if exc.code == "too_large" else exc) from None
    data = sys.stdin.buffer.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise too_large
    return data
