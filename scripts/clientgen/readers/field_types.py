"""Documented type words ("string | null", "float", "file[]") → JSON Schema, shared by readers."""

from __future__ import annotations

import re
from typing import Any

_SCALARS: dict[str, dict[str, Any]] = {
    "string": {"type": "string"},
    "str": {"type": "string"},
    "text": {"type": "string"},
    "uuid": {"type": "string", "format": "uuid"},
    "date-time": {"type": "string", "format": "date-time"},
    "datetime": {"type": "string", "format": "date-time"},
    "integer": {"type": "integer"},
    "int": {"type": "integer"},
    "number": {"type": "number"},
    "float": {"type": "number", "format": "float"},
    "double": {"type": "number", "format": "double"},
    "boolean": {"type": "boolean"},
    "bool": {"type": "boolean"},
    "object": {"type": "object"},
    "dict": {"type": "object"},
    "array": {"type": "array"},
    "list": {"type": "array"},
    "file": {"type": "string", "format": "binary"},
    "binary": {"type": "string", "format": "binary"},
    "enum": {"type": "string"},
    "any": {},
}

_ARRAY_OF = re.compile(r"^(?:array|list)\s*(?:of\s+|<|\[)\s*(?P<item>[\w-]+?)s?\s*[>\]]?$")
# Mintlify's OpenAPI-generated pages write enums as "enum<string>"; the values are listed in prose.
_ENUM_OF = re.compile(r"^enum\s*<\s*(?P<item>[\w-]+)\s*>$")


def schema_for_type(type_text: str) -> dict[str, Any] | None:
    """The JSON Schema for a documented type, or None when the words are not a known type.

    Unions with ``null`` become 3.1 type lists (``["string", "null"]``); ``X[]`` and
    ``array of X`` become arrays of X.
    """
    words = type_text.strip().lower()
    if not words:
        return None
    alternatives = [w.strip() for w in re.split(r"\s*\|\s*|\s+or\s+", words) if w.strip()]
    nullable = any(a in ("null", "none") for a in alternatives)
    others = [a for a in alternatives if a not in ("null", "none")]
    if len(others) != 1:
        return None
    base = _single(others[0])
    if base is None:
        return None
    if nullable:
        base = make_nullable(base)
    return base


def _single(word: str) -> dict[str, Any] | None:
    enum_of = _ENUM_OF.match(word)
    if enum_of:
        return _single(enum_of.group("item"))
    if word.endswith("[]"):
        item = _single(word[:-2])
        return None if item is None else {"type": "array", "items": item}
    match = _ARRAY_OF.match(word)
    if match and match.group("item") not in ("", "array"):
        item = _single(match.group("item"))
        if item is not None:
            return {"type": "array", "items": item}
    known = _SCALARS.get(word)
    return dict(known) if known is not None else None


def make_nullable(schema: dict[str, Any]) -> dict[str, Any]:
    """The same schema, also accepting null (3.1 style: a type list)."""
    out = dict(schema)
    kind = out.get("type")
    if isinstance(kind, str):
        out["type"] = [kind, "null"]
    elif isinstance(kind, list):
        if "null" not in kind:
            out["type"] = [*kind, "null"]
    else:
        return {"anyOf": [schema, {"type": "null"}]}
    if "enum" in out and None not in out["enum"]:
        out["enum"] = [*out["enum"], None]
    return out


def coerce_literal(text: str, schema: dict[str, Any]) -> Any:
    """A documented default or enum value ("false", "10", "audio") as the schema's type."""
    kind = schema.get("type")
    kinds = kind if isinstance(kind, list) else [kind]
    raw = text.strip().strip("`\"'")
    if "boolean" in kinds and raw.lower() in ("true", "false"):
        return raw.lower() == "true"
    if "integer" in kinds and re.fullmatch(r"-?\d+", raw):
        return int(raw)
    if "number" in kinds and re.fullmatch(r"-?\d+(\.\d+)?", raw):
        return float(raw) if "." in raw else int(raw)
    if "null" in kinds and raw.lower() == "null":
        return None
    return raw


def has_file(schema: dict[str, Any]) -> bool:
    """Whether a schema holds a file (``format: binary``), itself or in its items or properties."""
    if schema.get("format") == "binary":
        return True
    nested = [*schema.get("properties", {}).values(), schema.get("items")]
    return any(has_file(inner) for inner in nested if isinstance(inner, dict))
