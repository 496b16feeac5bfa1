"""The record as columns: one description of every key's type, read by the Spark schema
(``spark.record_schema``) and the Parquet writer (``runner.parquet``), so the two columnar
outputs cannot drift apart from each other. ``tests/test_columns.py`` holds it against the
JSON Schema, key for key, so neither drifts from the JSON record either.

A type is one of the scalar names below, ``("list", TYPE)`` or ``("struct", FIELDS)`` with
FIELDS a tuple of ``(name, TYPE)`` pairs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Union

STRING, INT, LONG, BOOL = "string", "int", "long", "bool"

Type = Union[str, tuple]


def list_of(kind: Type) -> Type:
    return ("list", kind)


def struct(*fields: tuple[str, Type]) -> Type:
    return ("struct", fields)


STRINGS = list_of(STRING)
BLOCK = struct(
    ("type", STRING),
    ("text", STRING),
    ("level", INT),
    ("items", STRINGS),
    ("ordered", BOOL),
    ("rows", list_of(STRINGS)),
)
WARC = struct(
    ("target_uri", STRING),
    ("date", STRING),
    ("record_id", STRING),
    ("file", STRING),
    ("offset", LONG),
    ("length", LONG),
    ("status", INT),
    ("payload_digest", STRING),
)
#: Every key of a record (article or error) in the order of the JSON.
RECORD: tuple[tuple[str, Type], ...] = (
    ("schema_version", INT),
    *((name, STRING) for name in ("source", "url", "site", "language", "section", "title")),
    ("kicker", STRING),
    ("headline", STRING),
    ("authors", list_of(struct(("name", STRING), ("role", STRING)))),
    ("byline", STRING),
    ("published", STRING),
    ("modified", STRING),
    ("summary", STRINGS),
    ("headings", STRINGS),
    ("body", struct(("text", STRING), ("blocks", list_of(BLOCK)))),
    ("related", list_of(struct(("title", STRING), ("url", STRING)))),
    ("image", struct(("url", STRING), ("caption", STRING), ("credit", STRING))),
    ("tags", STRINGS),
    ("keywords", STRINGS),
    ("signature", STRING),
    ("word_count", INT),
    ("paywalled", BOOL),
    ("warnings", STRINGS),
    ("warc", WARC),
    ("error", struct(("code", STRING), ("message", STRING))),
)


def build(
    kind: Type,
    scalars: dict[str, Any],
    array: Callable[[Any], Any],
    record: Callable[[list[tuple[str, Any]]], Any],
) -> Any:
    """A columnar library's type for ``kind``: its scalar types by name, a list of an
    element type, a struct of (name, type) fields (Spark's and Arrow's constructors)."""
    if isinstance(kind, str):
        return scalars[kind]
    if kind[0] == "list":
        return array(build(kind[1], scalars, array, record))
    return record([(name, build(k, scalars, array, record)) for name, k in kind[1]])
