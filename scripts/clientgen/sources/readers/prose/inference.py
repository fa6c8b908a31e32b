"""Response schemas inferred from examples where a page lists no fields; examples checked."""

from __future__ import annotations

import copy
from collections.abc import Iterable, Iterator
from typing import Any

from clientgen.sources.readers.field_types import make_nullable, schema_types
from clientgen.sources.readers.page_log import PageLog
from clientgen.sources.readers.responses import fits_type, json_type


def dotted_name(path: tuple[str, ...]) -> str:
    """A path into an example as written in messages: ``providers[].requirements``."""
    out = ""
    for part in path:
        out += "[]" if part == "[]" else (f".{part}" if out else part)
    return out or "(the top level)"


def check_example(
    schema: dict[str, Any], value: Any, path: tuple[str, ...], what: str, line: int, log: PageLog
) -> None:
    """Warn where an example strays from the documented fields (it never adds to them)."""
    if not fits_type(value, schema):
        log.warn(
            f"{what} gives `{dotted_name(path)}` a {json_type(value)} value; the page documents "
            f"{' | '.join(schema_types(schema))}",
            line,
        )
        return
    properties = schema.get("properties")
    if isinstance(value, dict) and isinstance(properties, dict) and properties:
        for key, inner in value.items():
            if key in properties:
                check_example(properties[key], inner, (*path, key), what, line, log)
            else:
                log.warn(
                    f"`{dotted_name((*path, key))}` in {what} is not among the documented fields; "
                    "not added",
                    line,
                )
    elif isinstance(value, list) and isinstance(schema.get("items"), dict):
        for inner in value:
            check_example(schema["items"], inner, (*path, "[]"), what, line, log)


class Inference:
    """A schema inferred from example values: their JSON types, objects and arrays in depth.

    Where the documented fields describe one object inside the example (``anchor``), that
    object's schema is the documented one.
    """

    def __init__(
        self,
        log: PageLog,
        line: int,
        anchor: tuple[str, ...] | None = None,
        documented: dict[str, Any] | None = None,
    ) -> None:
        self.log = log
        self.line = line
        self.anchor = anchor
        self.documented = documented

    def schema(self, values: Iterable[Any]) -> dict[str, Any]:
        merged: dict[str, Any] | None = None
        for value in values:
            found = self._infer(value, ())
            merged = found if merged is None else self._merge(merged, found, ())
        return self._finish(merged or {}, ())

    def _infer(self, value: Any, path: tuple[str, ...]) -> dict[str, Any]:
        if path == self.anchor and self.documented is not None:
            return copy.deepcopy(self.documented)  # no shared objects: YAML would alias them
        if isinstance(value, dict):
            properties = {key: self._infer(inner, (*path, key)) for key, inner in value.items()}
            return {"type": "object", "properties": properties}
        if isinstance(value, list):
            schema: dict[str, Any] = {"type": "array"}
            items: dict[str, Any] | None = None
            for inner in value:
                found = self._infer(inner, (*path, "[]"))
                items = found if items is None else self._merge(items, found, (*path, "[]"))
            if items is not None:
                schema["items"] = items
            return schema
        return {"type": json_type(value)}

    def _merge(
        self, first: dict[str, Any], second: dict[str, Any], path: tuple[str, ...]
    ) -> dict[str, Any]:
        """One schema for two values found at the same place (items of one array, say)."""
        base_first, null_first = _split_null(first)
        base_second, null_second = _split_null(second)
        if base_first is None or base_second is None:
            base = base_second if base_first is None else base_first
        else:
            base = self._merge_base(base_first, base_second, path)
        if base is None:
            return {"type": "null"}
        return make_nullable(base) if (null_first or null_second) and base else base

    def _merge_base(
        self, first: dict[str, Any], second: dict[str, Any], path: tuple[str, ...]
    ) -> dict[str, Any]:
        if first == second:
            return first
        kinds = {first.get("type"), second.get("type")}
        if kinds == {"object"}:
            properties = dict(first.get("properties", {}))
            for key, inner in second.get("properties", {}).items():
                known = properties.get(key)
                properties[key] = inner if known is None else self._merge(known, inner, path)
            return {"type": "object", "properties": properties}
        if kinds == {"array"}:
            if "items" in first and "items" in second:
                items = self._merge(first["items"], second["items"], (*path, "[]"))
                return {"type": "array", "items": items}
            return first if "items" in first else second
        if kinds == {"integer", "number"}:
            return {"type": "number"}
        if first and second:
            self.log.warn(
                f"`{dotted_name(path)}` holds values of different types in the example "
                f"({' and '.join(sorted(str(k) for k in kinds))}); no type is inferred",
                self.line,
            )
        return {}

    def _finish(self, schema: dict[str, Any], path: tuple[str, ...]) -> dict[str, Any]:
        """Null and empty values gave no type: say so, and leave the type out."""
        if path == self.anchor:
            return schema
        if schema.get("type") == "null":
            self.log.warn(
                f"`{dotted_name(path)}` is null in the example; no type is inferred", self.line
            )
            return {}
        if "array" in schema_types(schema) and "items" not in schema:
            self.log.warn(
                f"`{dotted_name(path)}` is an empty array in the example; its items' type is not "
                "inferred",
                self.line,
            )
        for key, inner in schema.get("properties", {}).items():
            schema["properties"][key] = self._finish(inner, (*path, key))
        if isinstance(schema.get("items"), dict):
            schema["items"] = self._finish(schema["items"], (*path, "[]"))
        return schema


def _split_null(schema: dict[str, Any]) -> tuple[dict[str, Any] | None, bool]:
    """A schema without its null alternative (None when it is only null), and whether it had one."""
    kind = schema.get("type")
    if kind == "null":
        return None, True
    if isinstance(kind, list) and "null" in kind:
        rest = [k for k in kind if k != "null"]
        return {**schema, "type": rest[0] if len(rest) == 1 else rest}, True
    return schema, False


def _objects(value: Any, path: tuple[str, ...]) -> Iterator[tuple[tuple[str, ...], Any]]:
    """Every object in an example value, with its path (``"[]"`` for an array's items)."""
    if isinstance(value, dict):
        yield path, value
        for key, inner in value.items():
            yield from _objects(inner, (*path, key))
    elif isinstance(value, list):
        for inner in value:
            yield from _objects(inner, (*path, "[]"))


def documented_object(names: set[str], value: Any) -> tuple[str, ...] | None:
    """Where in an example the documented fields are, when not at its top level.

    Only when no documented name is a top-level key and exactly one object in the example
    holds every documented name: the list then documents that object.
    """
    if not names or (isinstance(value, dict) and names & value.keys()):
        return None
    found = {path for path, inner in _objects(value, ()) if path and names <= inner.keys()}
    return found.pop() if len(found) == 1 else None
