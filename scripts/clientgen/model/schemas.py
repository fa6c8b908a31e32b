"""What the model generator is handed: the schemas under their class names, and field names.

Class and field names are decided here (``naming``), once: the generator gets the schemas
renamed to their classes and the field names as aliases, and ``render/models.py`` checks that
it wrote exactly those.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from typing import Any

from clientgen.core.diagnostics import Diagnostic
from clientgen.core.naming import field_name, numbered, pascal_case
from clientgen.core.openapi import deref, json_pointer

# Names the model generator imports into a models module (pydantic's, typing's, the standard
# library's types): a model class of one of these names would hide the import.
_GENERATOR_NAMES = frozenset(
    {"Annotated", "Any", "AnyUrl", "AnyHttpUrl", "AwareDatetime", "Base64Str", "BaseModel",
     "ConfigDict", "Decimal", "EmailStr", "Enum", "Field", "IntEnum", "IPv4Address",
     "IPv6Address", "IPvAnyAddress", "Json", "Literal", "NaiveDatetime", "Optional", "Path",
     "RootModel", "SecretStr", "StrEnum", "Union", "UUID", "UUID1", "UUID3", "UUID4", "UUID5"}
)  # fmt: skip


def class_names(
    document: dict[str, Any], source: str, warnings: list[Diagnostic]
) -> dict[str, str]:
    """``{component name: class name}``. Two components of one class name (``Ref_of_Bundle_``
    and ``Ref__of_Bundle_``) are told apart by a number on the later one, in document order,
    with a warning naming both."""
    taken: dict[str, str] = {}
    names: dict[str, str] = {}
    for original in (document.get("components") or {}).get("schemas", {}):
        base = py_name = pascal_case(original)
        if base in _GENERATOR_NAMES:
            # A class named UUID would hide the generator's own import of uuid.UUID.
            warnings.append(
                Diagnostic(
                    f"schema {original!r} is the class '{base}Model': {base} is a name the "
                    "models module imports",
                    file=source,
                    pointer=json_pointer("components", "schemas", original),
                )
            )
            base = py_name = base + "Model"
        if base in taken:
            py_name = numbered(base, taken.__contains__, separator="")
        if py_name != base:
            warnings.append(
                Diagnostic(
                    f"schemas {taken[base]!r} and {original!r} would both be named {base!r}; "
                    f"{original!r} is {py_name!r}",
                    file=source,
                    pointer=json_pointer("components", "schemas", original),
                )
            )
        taken[py_name] = original
        names[original] = py_name
    return names


def codegen_view(document: dict[str, Any], names: dict[str, str], module: str) -> dict[str, Any]:
    """Components under their Python class names, with enums left open and prose tidied.

    Only schema keywords are rewritten: defaults and examples are data and stay exactly as
    the spec gives them.
    """
    schemas = (document.get("components") or {}).get("schemas") or {}
    mapping = {
        f"#/components/schemas/{json_pointer(name)[1:]}": f"#/components/schemas/{new}"
        for name, new in names.items()
    }

    def rewrite(node: dict[str, Any]) -> dict[str, Any]:
        out = _typed_items(_open_enum(_plain_ref(node)))
        if isinstance(out.get("$ref"), str):
            out["$ref"] = mapping.get(out["$ref"], out["$ref"])
        for key in ("description", "title"):
            if isinstance(out.get(key), str):
                out[key] = tidy_prose(out[key])
        return out

    renamed = {names[name]: map_schemas(schema, rewrite) for name, schema in schemas.items()}
    return {
        "openapi": document.get("openapi", "3.1.0"),
        "info": {"title": module, "version": "0"},
        "paths": {},
        "components": {"schemas": renamed},
    }


def field_aliases(
    document: dict[str, Any], names: dict[str, str], source: str, warnings: list[Diagnostic]
) -> dict[str, str]:
    """``{"Class.wire": field}`` for the properties whose field name is not the wire name;
    of two properties of one schema that would get one field name, the later is numbered
    (with a warning naming both).

    A field may not be spelled like a model class of its module (``OrganizationId:
    OrganizationId``: pydantic would read the annotation as the field) or like a name the
    module imports (``Field``): it takes a trailing underscore, and one warning says how many
    did.
    """
    aliases: dict[str, str] = {}
    classes = set(names.values())
    clashes: list[str] = []
    schemas = (document.get("components") or {}).get("schemas") or {}
    for name, schema in schemas.items():
        properties = deref(document, schema).get("properties") if isinstance(schema, dict) else None
        if not isinstance(properties, dict):
            continue
        taken: dict[str, str] = {}
        for wire in properties:
            py_name = field_name(str(wire))
            while py_name in classes or py_name in _GENERATOR_NAMES:
                clashes.append(f"{names[name]}.{py_name}")
                py_name += "_"
            if py_name in taken:
                # ('+1' and '-1' are both n1): numbered in the schema's order of properties.
                base = py_name
                py_name = numbered(base, (taken.keys() | classes).__contains__)
                warnings.append(
                    Diagnostic(
                        f"properties {taken[base]!r} and {wire!r} of schema {name!r} would "
                        f"both be the field {base!r}; {wire!r} is {py_name!r}",
                        file=source,
                        pointer=json_pointer("components", "schemas", name, "properties", wire),
                    )
                )
            taken[py_name] = str(wire)
            if py_name != wire:
                aliases[f"{names[name]}.{wire}"] = py_name
    if clashes:
        shown = ", ".join(clashes[:3]) + (
            f" and {len(clashes) - 3} more" if len(clashes) > 3 else ""
        )
        warnings.append(
            Diagnostic(
                f"{len(clashes)} field(s) spelled like a model class or an import take a trailing "
                "underscore "
                f"(the wire name is kept as the alias): {shown}",
                file=source,
                pointer=json_pointer("components", "schemas"),
            )
        )
    return aliases


# Keywords whose value is a schema, a list of schemas, or a mapping of names to schemas.
_SUBSCHEMA = ("items", "additionalProperties", "not", "if", "then", "else", "contains",
              "propertyNames", "unevaluatedItems", "unevaluatedProperties")  # fmt: skip
_SUBSCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SUBSCHEMA_MAPS = ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas")


def map_schemas(schema: Any, rewrite: Callable[[dict[str, Any]], dict[str, Any]]) -> Any:
    """A copy of ``schema`` with ``rewrite`` applied to it and to every schema inside it, bottom
    up. Values that are data (``default``, ``example``, ``enum``, ``const``) are left alone."""
    if not isinstance(schema, dict):
        return schema
    out = dict(schema)
    for key in _SUBSCHEMA:
        if key in out:
            out[key] = map_schemas(out[key], rewrite)
    for key in _SUBSCHEMA_LISTS:
        if isinstance(out.get(key), list):
            out[key] = [map_schemas(s, rewrite) for s in out[key]]
    for key in _SUBSCHEMA_MAPS:
        if isinstance(out.get(key), dict):
            out[key] = {k: map_schemas(v, rewrite) for k, v in out[key].items()}
    return rewrite(out)


# What Python's str.splitlines() breaks on: one line break each in a docstring.
_LINE_BREAKS = frozenset("\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029")


def tidy_prose(text: str) -> str:
    """Prose for a docstring the model generator writes: one kind of line break, no control
    characters, no trailing spaces (the generator escapes quotes and backslashes itself)."""
    text = text.replace("\r\n", "\n").replace("\t", "    ")
    text = "".join(
        "\n" if c in _LINE_BREAKS else c
        for c in text
        if c in _LINE_BREAKS or unicodedata.category(c)[0] != "C"
    )
    return "\n".join(line.rstrip() for line in text.split("\n")).strip()


# Keywords that describe a value without constraining it.
_ANNOTATIONS = frozenset(
    {"description", "title", "default", "example", "examples", "deprecated", "readOnly",
     "writeOnly", "externalDocs", "xml"}
)  # fmt: skip


def _plain_ref(schema: dict[str, Any]) -> dict[str, Any]:
    """``allOf: [{$ref}, {description: ...}]`` (how OpenAPI 3.0 documents describe a use of a
    component) as the ``$ref`` with its annotations beside it: the model generator would
    otherwise write a model class of its own for each such use, named after the field."""
    parts = schema.get("allOf")
    if not isinstance(parts, list) or not all(isinstance(part, dict) for part in parts):
        return schema
    if not set(schema) - {"allOf"} <= _ANNOTATIONS:
        return schema  # fields of its own beside the $ref: a subclass, not a use
    refs = [part for part in parts if "$ref" in part]
    if len(refs) != 1 or set(refs[0]) != {"$ref"}:
        return schema
    notes = [part for part in parts if part is not refs[0]]
    if any(not set(part) <= _ANNOTATIONS for part in notes):
        return schema
    out = {key: value for key, value in schema.items() if key != "allOf"}
    for part in notes:
        for key, value in part.items():
            out.setdefault(key, value)
    out["$ref"] = refs[0]["$ref"]
    return out


def _typed_items(node: dict[str, Any]) -> dict[str, Any]:
    """An array that says nothing of its items holds anything: ``items: {}``, so that the
    generator writes ``list[Any]`` (a bare ``list`` fails ``mypy --strict``)."""
    kind = node.get("type")
    arrays = kind == "array" or (isinstance(kind, list) and "array" in kind)
    return {**node, "items": {}} if arrays and "items" not in node else node


def _open_enum(schema: dict[str, Any]) -> dict[str, Any]:
    """An enum of strings, left open: ``anyOf: [{enum}, {type: string}]``."""
    out = schema
    enum = out.get("enum")
    if isinstance(enum, list) and all(isinstance(v, str) or v is None for v in enum):
        del out["enum"]
        values = [v for v in enum if v is not None]
        nullable = len(values) != len(enum) or (
            isinstance(out.get("type"), list) and "null" in out["type"]
        )
        out.pop("type", None)
        default = out.pop("default", None)
        branches: list[dict[str, Any]] = [{"enum": values}, {"type": "string"}]
        if nullable:
            branches.append({"type": "null"})
        out["anyOf"] = branches
        if default is not None:
            out["default"] = default
    return out
