"""A prose field's type, enum, examples and nested fields as a JSON Schema."""

from __future__ import annotations

from typing import Any

from clientgen.sources.readers.field_types import (
    ObjectBuilder,
    StatedValues,
    coerce_literal,
    enum_target,
    make_nullable,
    schema_for_type,
    schema_types,
    set_enum,
)
from clientgen.sources.readers.page_log import PageLog
from clientgen.sources.readers.prose.page_model import ProseField
from clientgen.sources.readers.responses import fits_type


def _key(name: str) -> str:
    """A field's dotted name without array marks: ``items[].id`` → ``items.id``."""
    return ".".join(part.removesuffix("[]") for part in name.split("."))


def _parent_keys(name: str) -> list[str]:
    """The fields a dotted name goes in: ``a.b[].c`` → ``a``, ``a.b``."""
    parts = _key(name).split(".")
    return [".".join(parts[:end]) for end in range(1, len(parts))]


def value_schema(item: ProseField, log: PageLog, *, holds_fields: bool = False) -> dict[str, Any]:
    """The schema of a field's value: its type, nested fields, enum, examples and default.

    A field without a type that holds fields (nested bullets, or ``holds_fields``: dotted
    names such as "data.id" go in it) is an object.
    """
    if item.type_text is None:
        holds_fields = holds_fields or bool(item.children)
        schema: dict[str, Any] = {"type": "object"} if holds_fields else {}
        if not holds_fields:
            log.warn(f"field {item.name!r} states no type; no type is given", item.line)
    else:
        known = schema_for_type(item.type_text)
        if known is None:
            log.warn(
                f"unknown type {item.type_text!r} of field {item.name!r}; no type is given",
                item.line,
            )
        schema = known or {}
    if item.nullable and schema:
        schema = make_nullable(schema)
    if item.children:
        _attach_children(schema, item, log)
    if item.enum is not None:
        _set_enum(schema, item, item.enum, log)
    if item.examples:
        _set_examples(schema, item, log)
    if item.default is not None:
        value = coerce_literal(item.default, schema, structured=True)
        if not fits_type(value, schema):
            log.warn(
                f"default {item.default!r} of field {item.name!r} is not a {item.type_text}; "
                "not kept",
                item.line,
            )
        else:
            if "enum" in schema and value not in schema["enum"]:
                log.warn(
                    f"default {item.default!r} of field {item.name!r} is not among its "
                    "allowed values",
                    item.line,
                )
            schema["default"] = value
    return schema


def _set_enum(schema: dict[str, Any], item: ProseField, stated: StatedValues, log: PageLog) -> None:
    """The allowed values, when they fit the type (an array's are its items')."""
    target = enum_target(schema)
    if target is None:
        log.warn(
            f"values listed for field {item.name!r} of type {item.type_text} are not an enum",
            item.line,
        )
    elif any(not fits_type(coerce_literal(text, target), target) for text in stated.values):
        log.warn(
            f"the allowed values of field {item.name!r} are not all of type {item.type_text}; "
            "not kept",
            item.line,
        )
    else:
        set_enum(schema, stated)


def _set_examples(schema: dict[str, Any], item: ProseField, log: PageLog) -> None:
    """The example values, when they fit the type (an array's are its items')."""
    target = schema["items"] if isinstance(schema.get("items"), dict) else schema
    values = [coerce_literal(text, target, structured=True) for text in item.examples]
    if any(not fits_type(value, target) for value in values):
        log.warn(
            f"the example values of field {item.name!r} are not all of type {item.type_text}; "
            "not kept",
            item.line,
        )
    else:
        target["examples"] = values


def _attach_children(schema: dict[str, Any], parent: ProseField, log: PageLog) -> None:
    # Fields nested in an array field are those of its items.
    is_array = "array" in schema_types(schema)
    target = schema.setdefault("items", {"type": "object"}) if is_array else schema
    kinds = schema_types(target)
    if kinds and "object" not in kinds:
        log.warn(
            f"{parent.name!r} is a {parent.type_text}, yet fields are nested in it", parent.line
        )
    _add_fields(ObjectBuilder(target), parent.children, log)


def _property_schema(
    item: ProseField, log: PageLog, *, holds_fields: bool = False
) -> dict[str, Any]:
    schema = value_schema(item, log, holds_fields=holds_fields)
    if item.description:
        schema["description"] = item.description
    if item.deprecated:
        schema["deprecated"] = True
    return schema


def object_schema(fields: list[ProseField], log: PageLog) -> dict[str, Any]:
    builder = ObjectBuilder()
    _add_fields(builder, fields, log)
    return builder.schema


def _add_fields(builder: ObjectBuilder, fields: list[ProseField], log: PageLog) -> None:
    """Fields into an object schema; dotted names ("data.voice_id") under their parents."""
    parents = {key for item in fields for key in _parent_keys(item.name)}
    for item in fields:
        schema = _property_schema(item, log, holds_fields=_key(item.name) in parents)
        for problem in builder.add(item.name, schema, required=item.required):
            log.warn(problem, item.line)
