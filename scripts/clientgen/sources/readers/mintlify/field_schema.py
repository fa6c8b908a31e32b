"""A documented field's type, default, enum and children as a JSON Schema."""

from __future__ import annotations

import json
import re
from typing import Any

from clientgen.sources.readers.field_types import (
    ObjectBuilder,
    coerce_literal,
    schema_for_type,
    schema_types,
    set_enum,
    stated_default,
    stated_values,
    unread_value_lists,
)
from clientgen.sources.readers.mintlify.fields import MISSING, DocumentedField
from clientgen.sources.readers.page_log import PageLog


def value_schema(item: DocumentedField, log: PageLog) -> dict[str, Any]:
    """The schema of a field's value: its type, nested fields, enum and default."""
    schema = _type_schema(item, log)
    if item.children:
        _attach_children(schema, item.children, item, log)
    # "One of `a`, `b`" on a string[] field lists the values of its items.
    stated = stated_values(item.description)
    if (stated is None or not set_enum(schema, stated)) and _is_enum_type(item.type_text):
        log.warn(f"{item.name!r} is an enum, yet its text lists no values", item.line)
    for text in unread_value_lists(item.description):
        log.warn(
            f"cannot tell the values in {text!r} of {item.name!r}; no enum is given", item.line
        )
    default = item.default
    if default is MISSING:
        in_prose = stated_default(item.description)
        default = MISSING if in_prose is None else in_prose
    if default is not MISSING:
        schema["default"] = _literal(default, schema) if isinstance(default, str) else default
    return schema


def _is_enum_type(type_text: str | None) -> bool:
    """``enum``, ``enum<string>``: a type that says its values are listed in the text."""
    return type_text is not None and re.match(r"\s*enum\b", type_text, re.IGNORECASE) is not None


def _literal(text: str, schema: dict[str, Any]) -> Any:
    """A documented value as the schema's type; "[]" or "{}" for an array or an object."""
    value = coerce_literal(text, schema)
    if isinstance(value, str) and {"array", "object"} & set(schema_types(schema)):
        try:
            return json.loads(value)
        except json.JSONDecodeError:
            return value
    return value


def _property_schema(item: DocumentedField, log: PageLog) -> dict[str, Any]:
    schema = value_schema(item, log)
    if item.description:
        schema["description"] = item.description
    if item.deprecated:
        schema["deprecated"] = True
    return schema


def _type_schema(item: DocumentedField, log: PageLog) -> dict[str, Any]:
    if item.type_text is None or not item.type_text.strip():
        return {"type": "object"} if item.children else {}
    schema = schema_for_type(item.type_text)
    if schema is None:
        log.warn(f"unknown type {item.type_text!r} of {item.name!r}; no type is given", item.line)
        return {}
    return schema


def _attach_children(
    schema: dict[str, Any], children: list[DocumentedField], parent: DocumentedField, log: PageLog
) -> None:
    kinds = schema_types(schema)
    if "array" in kinds:
        target = schema.setdefault("items", {"type": "object"})
        target.setdefault("type", "object")
    else:
        target = schema
        if kinds and "object" not in kinds:
            log.warn(
                f"{parent.name!r} is a {parent.type_text}, yet fields are nested in it", parent.line
            )
    _add_fields(ObjectBuilder(target), children, log)


def object_schema(fields: list[DocumentedField], log: PageLog) -> dict[str, Any]:
    builder = ObjectBuilder()
    _add_fields(builder, fields, log)
    return builder.schema


def _add_fields(builder: ObjectBuilder, fields: list[DocumentedField], log: PageLog) -> None:
    """Fields into an object schema; dotted names ("data.voice_id") under their parents."""
    for item in fields:
        schema = _property_schema(item, log)
        for problem in builder.add(item.name, schema, required=item.required):
            log.warn(problem, item.line)
