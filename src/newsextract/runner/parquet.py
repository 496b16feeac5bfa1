"""A batch's records as one Parquet file (``-o records.parquet``), without Spark.

The batch hands the sink the JSON Lines it would write to stdout; the sink parses each line
and writes the records as rows of ``columns.RECORD`` (the columns of the Spark job's
schema), a row group at a time, so memory stays bounded however long the batch. The file is
written under a temporary name and renamed when the batch ends, also when Ctrl-C ends it:
the records written until then are in it, and a reader never sees half a file.

pyarrow is an optional extra (``pip install "newsextract[parquet]"``): the rest of the tool
never imports it.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from ..columns import BOOL, INT, LONG, RECORD, STRING, build, struct
from .files import readable

#: Records per row group: small enough to keep a worker's memory flat, large enough that
#: the column chunks compress well.
ROWS_PER_GROUP = 1000

INSTALL_HINT = 'Parquet output needs pyarrow: pip install "newsextract[parquet]"'


def available() -> bool:
    """Whether pyarrow can be imported (checked before a batch starts)."""
    try:
        import pyarrow.parquet  # noqa: F401
    except ImportError:
        return False
    return True


def arrow_schema():
    """The Arrow schema of a record, key for key as in the JSON (``columns.RECORD``)."""
    import pyarrow as pa

    scalars = {STRING: pa.string(), INT: pa.int32(), LONG: pa.int64(), BOOL: pa.bool_()}

    def fields(pairs):
        return pa.struct([pa.field(name, kind) for name, kind in pairs])

    return pa.schema(list(build(struct(*RECORD), scalars, pa.list_, fields)))


class ParquetSink:
    """A binary stream that takes JSON Lines and writes them as Parquet rows to ``target``."""

    def __init__(self, target: Path) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        self._pa = pa
        self.target = target
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, self._tmp = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=target.parent)
        readable(fd)
        os.close(fd)
        self._schema = arrow_schema()
        self._writer = pq.ParquetWriter(self._tmp, self._schema, compression="zstd")
        self._rows: list[dict] = []
        self._partial = b""
        self.closed = False

    def write(self, data: bytes) -> int:
        lines = (self._partial + data).split(b"\n")
        self._partial = lines.pop()
        for line in lines:
            if line.strip():
                self._rows.append(json.loads(line))
        if len(self._rows) >= ROWS_PER_GROUP:
            self._write_rows()
        return len(data)

    def flush(self) -> None:
        """Nothing: rows go out a row group at a time, and all of them on close."""

    def _write_rows(self) -> None:
        if self._rows:
            table = self._pa.Table.from_pylist(self._rows, schema=self._schema)
            self._writer.write_table(table)
            self._rows = []

    def close(self) -> None:
        """Write the rows still held, close the file and give it its name."""
        if self.closed:
            return
        self.closed = True
        try:
            self._write_rows()
            self._writer.close()
            os.replace(self._tmp, self.target)
        except BaseException:
            if os.path.exists(self._tmp):
                os.unlink(self._tmp)
            raise
