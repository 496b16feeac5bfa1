"""The columnar description of a record (Spark schema, Parquet) against the JSON Schema:
the same keys at every level, and types that hold the JSON's values."""

from __future__ import annotations

import json
from importlib import resources

from newsextract.columns import BOOL, INT, LONG, RECORD, STRING, struct

SCHEMA = json.loads(resources.files("newsextract").joinpath("schema.json").read_text("utf-8"))
JSON_TYPES = {STRING: {"string"}, INT: {"integer"}, LONG: {"integer"}, BOOL: {"boolean"}}


def _resolved(node: dict) -> dict:
    if "$ref" in node:
        return SCHEMA["$defs"][node["$ref"].rsplit("/", 1)[1]]
    return node


def _mismatches(kind, node: dict, where: str) -> list[str]:
    node = _resolved(node)
    if isinstance(kind, str):
        declared = node.get("type", "string" if "enum" in node or "pattern" in node else None)
        types = {declared} if isinstance(declared, str) else set(declared or ())
        return [] if types - {"null"} <= JSON_TYPES[kind] else [f"{where}: {types} as {kind}"]
    if kind[0] == "list":
        return _mismatches(kind[1], node["items"], f"{where}[]")
    columns = dict(kind[1])
    properties = node["properties"]
    wrong = [f"{where}.{key}: no column" for key in properties if key not in columns]
    wrong += [f"{where}.{key}: not in the JSON Schema" for key in columns if key not in properties]
    for key in columns.keys() & properties.keys():
        wrong += _mismatches(columns[key], properties[key], f"{where}.{key}")
    return wrong


def test_every_key_of_the_json_schema_has_a_column_of_its_type() -> None:
    article = dict(RECORD)
    error = article.pop("error")  # error records: schema_version, source and error only
    assert _mismatches(struct(*article.items()), SCHEMA, "record") == []
    assert error == struct(("code", STRING), ("message", STRING))


def test_the_columns_are_in_the_order_of_the_json_record() -> None:
    names = [name for name, _ in RECORD]
    assert names == [*SCHEMA["properties"], "error"]
