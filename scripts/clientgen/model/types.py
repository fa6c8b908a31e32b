"""Python types of the API model: a schema's type as facts, not as an annotation string.

A :class:`TypeRef` says what a template or the README needs to know of a type (is it a list
of files, a string, optional; which model classes it names, so that a module imports them)
and renders its annotation; :class:`TypeMapper` turns an OpenAPI schema into one, naming model
classes by the names the API model decided.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from clientgen.core.openapi import unescape

TypeKind = Literal[
    "any", "object", "none", "scalar", "literal", "model", "list", "dict", "bytes", "file",
    "binary_response", "union",
]  # fmt: skip
_SCALAR = {"string": "str", "integer": "int", "number": "float", "boolean": "bool", "null": "None"}


@dataclass(frozen=True)
class TypeRef:
    """One Python type: what it is, and how it is written."""

    kind: TypeKind
    name: str = ""  # scalar: str | int | float | bool; model: the class name
    values: tuple[str | int, ...] = ()  # literal: its values
    args: tuple[TypeRef, ...] = ()  # list: (item,); dict: (value,); union: its members
    many: bool = False  # file: several files (a sequence), not one

    @property
    def annotation(self) -> str:
        """The type as written in the generated code."""
        if self.kind in ("scalar", "model"):
            return self.name
        if self.kind == "literal":
            return "Literal[" + ", ".join(repr(v) for v in self.values) + "]"
        if self.kind == "list":
            # builtins.*: a resource may have a method named `list`, which would shadow the type.
            return f"builtins.list[{self.args[0].annotation}]"
        if self.kind == "dict":
            return f"builtins.dict[str, {self.args[0].annotation}]"
        if self.kind == "file":
            return "FileList" if self.many else "FileInput"
        if self.kind == "union":
            return " | ".join(member.annotation for member in self.args)
        return _FIXED[self.kind]

    @property
    def cast_to(self) -> str:
        """The expression a request passes as ``cast_to``: a union spelt as the type of its
        members (mypy infers nothing it can bind from the ``|`` expression alone)."""
        if self.kind == "union":
            return f"cast({'type[' + self.annotation + ']'!r}, {self.annotation})"
        return self.annotation

    @property
    def models(self) -> frozenset[str]:
        """The model classes the annotation names (what its module must import)."""
        own = frozenset({self.name}) if self.kind == "model" else frozenset()
        return own.union(*(arg.models for arg in self.args))

    @property
    def is_str(self) -> bool:
        return self.kind == "scalar" and self.name == "str"

    @property
    def many_files(self) -> bool:
        """Several files, sent as several parts of one field."""
        return self.kind == "file" and self.many

    @property
    def omittable_annotation(self) -> str:
        """``X | NotGiven``, for an argument that may be left out (its default ``NOT_GIVEN``);
        a ``None`` of X goes last, once, where ruff (RUF036) wants it."""
        members = self.members
        if any(m.kind == "none" for m in members):
            kept = [m.annotation for m in members if m.kind != "none"]
            return " | ".join([*kept, "NotGiven", "None"])
        return f"{self.annotation} | NotGiven"

    @property
    def members(self) -> tuple[TypeRef, ...]:
        """The union's members, nested unions flattened (the type itself otherwise)."""
        if self.kind != "union":
            return (self,)
        return tuple(m for arg in self.args for m in arg.members)

    @property
    def first(self) -> TypeRef:
        """The first member of a union (the type itself otherwise): what an example shows."""
        return self.args[0].first if self.kind == "union" else self

    @property
    def returnable(self) -> TypeRef:
        """The type a method can return: a ``Literal`` (a ``const`` response) widened to
        the type of its values, since ``type[Literal[...]]``, what ``cast_to`` binds to, is
        no type mypy accepts; and ``object``, not ``Any``, for a body the document does not
        type, so that its users narrow it before use rather than type-check nothing."""
        if self.kind == "any":
            return OBJECT
        if self.kind == "literal":
            return union([TypeRef("scalar", type(v).__name__) for v in self.values])
        if self.kind == "union":
            return union([part for member in self.args for part in member.returnable.members])
        return self


_FIXED = {
    "any": "Any",
    "object": "object",
    "none": "None",
    "bytes": "bytes",
    "binary_response": "BinaryResponse",
}
ANY = TypeRef("any")
OBJECT = TypeRef("object")  # any JSON value, which a caller must narrow
NONE = TypeRef("none")
BYTES = TypeRef("bytes")
BINARY_RESPONSE = TypeRef("binary_response")
ONE_FILE = TypeRef("file")
MANY_FILES = TypeRef("file", many=True)


def scalar(kind: str) -> TypeRef:
    """``str`` for ``"string"``, and so on; ``Any`` for a type OpenAPI does not have."""
    name = _SCALAR.get(kind)
    if name is None:
        return ANY
    return NONE if name == "None" else TypeRef("scalar", name)


def literal(values: list[Any]) -> TypeRef | None:
    """``Literal[...]`` of the values, or None when one of them cannot be a ``Literal``
    parameter (a float, an object, a list)."""
    if not values or not all(isinstance(v, str | int) for v in values):
        return None  # bool is an int
    return TypeRef("literal", values=tuple(values))


def union(parts: list[TypeRef]) -> TypeRef:
    """The union of the parts, each once, ``None`` last; ``Any`` swallows the rest."""
    unique = list({part.annotation: part for part in parts}.values())
    if any(part.kind == "any" for part in unique):
        return ANY
    members = [p for p in unique if p.kind != "none"] + [p for p in unique if p.kind == "none"]
    if not members:  # `anyOf: []`, which no value fits: nothing a type can say
        return ANY
    return members[0] if len(members) == 1 else TypeRef("union", args=tuple(members))


class TypeMapper:
    """Schemas of one document as Python types, model classes by their decided names."""

    def __init__(self, class_names: Mapping[str, str]) -> None:
        self.class_names = class_names  # component name -> class name

    def of(self, schema: Any) -> TypeRef:
        """The type of a schema (``Any`` for what a Python type cannot say)."""
        if not isinstance(schema, dict) or not schema:
            return ANY
        if "$ref" in schema:
            target = unescape(schema["$ref"].rsplit("/", 1)[-1])
            name = self.class_names.get(target)
            return TypeRef("model", name) if name else ANY
        for combinator in ("anyOf", "oneOf"):
            if combinator in schema:
                return union([self.of(s) for s in schema[combinator]])
        if "const" in schema:
            return literal([schema["const"]]) or ANY
        kinds = schema.get("type")
        kind_list = kinds if isinstance(kinds, list) else [kinds] if kinds else []
        if "enum" in schema:
            return self._enum(schema, kind_list)
        if not kind_list:
            return ANY
        if schema.get("nullable") is True:  # OpenAPI 3.0's spelling of a null type
            kind_list = [*kind_list, "null"]
        return union([self._single(schema, k) for k in kind_list])

    def _enum(self, schema: dict[str, Any], kind_list: list[Any]) -> TypeRef:
        values = [v for v in schema["enum"] if v is not None]
        # Open enums: a value the vendor adds later still parses.
        base = literal(values) or (ANY if not values else None)
        extra = [scalar(k) for k in kind_list if k != "null"] or [scalar("string")]
        nullable = None in schema["enum"] or "null" in kind_list or schema.get("nullable") is True
        return union([*([base] if base else []), *extra, *([NONE] if nullable else [])])

    def _single(self, schema: dict[str, Any], kind: str) -> TypeRef:
        if kind == "array":
            return TypeRef("list", args=(self.of(schema.get("items") or {}),))
        if kind == "object":
            extra = schema.get("additionalProperties")
            return TypeRef("dict", args=(self.of(extra) if isinstance(extra, dict) else ANY,))
        if kind == "string" and schema.get("format") == "binary":
            return BYTES
        return scalar(kind)
