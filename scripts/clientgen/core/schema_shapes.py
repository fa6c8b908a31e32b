"""What a schema says about a value's shape, apart from the words that describe it.

Normalization (one record described on several pages) and merging (one operation documented by
several sources) both ask the same questions of a schema: is it the same shape as another once
the prose is set aside, does it say anything at all, may it be null. They ask them here.
"""

from __future__ import annotations

import copy
from typing import Any

# Text for people: it may differ between two descriptions of one shape without a conflict.
PROSE_KEYS = frozenset(
    {
        "description",
        "summary",
        "title",
        "example",
        "examples",
        "externalDocs",
        "x-enum-descriptions",
    }
)
# Keywords whose value maps names to schemas: their keys are names, never keywords.
_NAMED_SCHEMAS = frozenset({"properties", "patternProperties", "$defs", "dependentSchemas"})
NULL_SCHEMA: dict[str, Any] = {"type": "null"}


def without_prose(schema: Any) -> Any:
    """The schema with every prose keyword removed, at any depth (property names are kept)."""
    if isinstance(schema, list):
        return [without_prose(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    plain: dict[str, Any] = {}
    for key, value in schema.items():
        if key in PROSE_KEYS:
            continue
        if key in _NAMED_SCHEMAS and isinstance(value, dict):
            plain[key] = {name: without_prose(sub) for name, sub in value.items()}
        elif key == "enum" and isinstance(value, list):
            plain[key] = sorted(value, key=repr)  # one set of values, in whatever order
        else:
            plain[key] = without_prose(value)
    return plain


def fill_prose(target: Any, other: Any) -> None:
    """Where ``other`` describes something ``target`` leaves undescribed, copy the words over.

    Both describe the same shape; ``target``'s own words win wherever it has some.
    """
    if isinstance(target, dict) and isinstance(other, dict):
        for key, value in other.items():
            if key in PROSE_KEYS and key not in target:
                target[key] = copy.deepcopy(value)
            elif key in target and key not in PROSE_KEYS:
                fill_prose(target[key], value)
    elif isinstance(target, list) and isinstance(other, list):
        for mine, theirs in zip(target, other, strict=False):
            fill_prose(mine, theirs)


def is_open_object(schema: dict[str, Any]) -> bool:
    """An object with no documented field and any value allowed: it says nothing to disagree with.

    ``additionalProperties: false`` or a schema for the values (a typed map) does say something.
    """
    facts = {k for k in schema if k not in PROSE_KEYS and not k.startswith("x-")}
    return (
        schema.get("type") == "object"
        and facts <= {"type", "additionalProperties"}
        and schema.get("additionalProperties", True) in (True, {})
    )


def is_untyped(schema: dict[str, Any]) -> bool:
    """A schema that says nothing about the value's shape: ``{}``, or an open object."""
    facts = {k for k in schema if k not in PROSE_KEYS and not k.startswith("x-")}
    return not facts or is_open_object(schema)


def split_nullable(schema: dict[str, Any]) -> tuple[dict[str, Any], bool]:
    """(the schema of the non-null values, whether null is allowed).

    ``X | null`` may be written ``anyOf: [X, {type: null}]`` (then X is returned) or
    ``type: [x, "null"]``, or be one branch of several (then the schema itself is returned).
    """
    for combinator in ("anyOf", "oneOf"):
        branches = schema.get(combinator)
        if isinstance(branches, list) and NULL_SCHEMA in branches:
            rest = [b for b in branches if b != NULL_SCHEMA]
            if len(rest) == 1 and isinstance(rest[0], dict):
                return rest[0], True
            return schema, True
    kinds = schema.get("type")
    return schema, isinstance(kinds, list) and "null" in kinds
