"""Read page bytes from a file or stdin, with clear errors and a size limit."""

from __future__ import annotations

import sys
from pathlib import Path

from ..errors import NewsExtractError
from ..page.load import DEFAULT_MAX_BYTES


def read_bytes(source: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of ``source`` (a path, or "-" for stdin), refusing more than ``max_bytes``."""
    if source == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
    else:
        path = Path(source)
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
    if len(data) > max_bytes:
        raise NewsExtractError("too_large", f"larger than --max-bytes ({max_bytes} bytes)")
    return data
