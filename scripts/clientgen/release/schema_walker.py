"""Walk two versions of a schema side by side and record each change with its severity.

:class:`SchemaWalker` holds what a walk found (changes, and the components it reached through
``$ref``s) and the schema rules: nullability, types, enum values, properties and their
``required``, constraints, ``items``/``additionalProperties``/``not`` and union branches. The
direction of a :class:`WalkContext` decides whether a narrowing or a widening breaks callers:
a request that accepts less breaks them, and so does a response that may hold more.
:class:`clientgen.release.document_walker.DocumentWalker` builds on it for whole documents.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from clientgen.core.openapi import json_pointer, unescape
from clientgen.release.changes import Severity
from clientgen.release.comparable_forms import (
    canonical,
    covers,
    enum_values,
    show,
    show_types,
    split_null,
    types_of,
)

Direction = Literal["request", "response", "both"]

# Constraint keywords by how a change narrows: a higher lower bound, a lower upper bound, and
# any new or changed shape keyword accept fewer values.
_LOWER = ("minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties")
_UPPER = ("maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties")
_SHAPE = ("pattern", "format", "multipleOf", "uniqueItems", "contentEncoding", "contentMediaType")


def _gt(a: Any, b: Any) -> bool:
    """``a > b``; values that do not compare count as greater (a change is then reported)."""
    try:
        return bool(a > b)
    except TypeError:
        return True


@dataclass(frozen=True)
class WalkContext:
    """Where a comparison is: the operation, the pointer, what the reader calls the schema,
    and which way values flow through it (the ``$ref`` pairs seen stop cycles)."""

    op: str  # "GET /v1/voices", or "" outside operations
    pointer: str
    label: str  # what the schema is: "request body", "parameter `id`", "Voice.name"
    direction: Direction
    seen: frozenset[tuple[str, str]] = frozenset()

    def child(self, pointer_part: str | int, label: str) -> WalkContext:
        """One key or index deeper, under the reader's name ``label``."""
        return WalkContext(
            self.op, self.pointer + json_pointer(pointer_part), label, self.direction, self.seen
        )


@dataclass
class SchemaWalker:
    """The changes between two versions of schemas of one vendor's document."""

    vendor: str
    old: Mapping[str, Any]
    new: Mapping[str, Any]
    found: dict[tuple[Severity, str, str], set[str]] = field(default_factory=dict)
    reached: set[str] = field(default_factory=set)  # component pointers seen from operations

    # -- output --------------------------------------------------------------------------------

    def emit(self, severity: Severity, op: str, pointer: str, text: str) -> None:
        """Record a change; one change reached from several operations is recorded once."""
        ops = self.found.setdefault((severity, pointer, text), set())
        if op:
            ops.add(op)

    def variance(self, kind: Literal["widened", "narrowed"], c: WalkContext, text: str) -> None:
        """Narrowing what a request accepts or widening what a response holds breaks callers."""
        breaks = c.direction == "both" or (kind == "narrowed") == (c.direction == "request")
        self.emit(Severity.MAJOR if breaks else Severity.MINOR, c.op, c.pointer, text)

    def others(
        self, old: Mapping[str, Any], new: Mapping[str, Any], handled: Iterable[str], c: WalkContext
    ) -> None:
        """Keys no rule covers: documentation (patch), or any other difference (patch too)."""
        skip = set(handled)
        for key in sorted(set(old) | set(new), key=str):
            if key in skip or canonical(old.get(key)) == canonical(new.get(key)):
                continue
            what = {"example": "examples", "summary": "summary", "description": "description"}
            name = what.get(key, f"`{key}`")
            verb = "added" if key not in old else "removed" if key not in new else "changed"
            where = f"{c.label}: " if c.label else ""
            self.emit(Severity.PATCH, c.op, c.pointer + json_pointer(key), f"{where}{name} {verb}")

    # -- $refs ---------------------------------------------------------------------------------

    def deref(self, doc: Mapping[str, Any], node: Any) -> tuple[Any, str | None]:
        """The node a ``$ref`` points to (its siblings laid over it), and the ref's pointer."""
        ref: str | None = None
        for _ in range(32):
            if not isinstance(node, Mapping) or not isinstance(node.get("$ref"), str):
                return node, ref
            target_ref = str(node["$ref"])
            if not target_ref.startswith("#"):
                return node, ref
            target: Any = doc
            for part in target_ref[1:].split("/")[1:]:
                part = unescape(part)
                target = target.get(part) if isinstance(target, Mapping) else None
            if not isinstance(target, Mapping):
                return node, ref
            siblings = {k: v for k, v in node.items() if k != "$ref"}
            node, ref = {**target, **siblings}, target_ref[1:]
        return node, ref

    def follow(self, old: Any, new: Any, c: WalkContext) -> tuple[Any, Any, WalkContext] | None:
        """Both sides dereferenced, the context moved into the component; None on a cycle."""
        old, old_ref = self.deref(self.old, old)
        new, new_ref = self.deref(self.new, new)
        if old_ref is None and new_ref is None:
            return old, new, c
        key = (old_ref or "", new_ref or "")
        if key in c.seen:
            return None
        for ref in (old_ref, new_ref):
            if ref:
                self.reached.add(ref)
        old_name = (old_ref or "").rsplit("/", 1)[-1]
        new_name = (new_ref or "").rsplit("/", 1)[-1]
        if old_ref and new_ref and old_name != new_name:
            self.emit(
                Severity.MAJOR,
                c.op,
                new_ref,
                f"schema {old_name} renamed {new_name} (a type's name changes)",
            )
        ref = new_ref or old_ref or ""
        inner = WalkContext(c.op, ref, ref.rsplit("/", 1)[-1], c.direction, c.seen | {key})
        return old, new, inner

    # -- schemas -------------------------------------------------------------------------------

    def schema(self, old: Any, new: Any, c: WalkContext) -> None:
        followed = self.follow(old, new, c)
        if followed is None:
            return
        old, new, c = followed
        if not isinstance(old, Mapping) or not isinstance(new, Mapping):
            if old != new:
                self.variance(
                    "widened" if new is True or new == {} else "narrowed", c, f"{c.label} changed"
                )
            return
        old_core, old_null = split_null(old)
        new_core, new_null = split_null(new)
        if old_null != new_null:
            text = "is now nullable" if new_null else "is no longer nullable"
            self.variance("widened" if new_null else "narrowed", c, f"{c.label} {text}")
        if old_core is None or new_core is None:  # the value became or stopped being just null
            if old_core != new_core:
                self.emit(Severity.MAJOR, c.op, c.pointer, f"{c.label}: type changed")
            return
        cores = self._follow_core(old_core, new_core, c)
        if cores is None:
            return
        old_s, new_s, c = cores
        if self.types(old_s, new_s, c):
            return
        self.enum(old_s, new_s, c)
        self.properties(old_s, new_s, c)
        self.constraints(old_s, new_s, c)
        for key in ("items", "additionalProperties", "not"):
            if key in old_s and key in new_s:
                suffix = {"items": "[]", "additionalProperties": "{}", "not": "!"}[key]
                self.schema(old_s[key], new_s[key], c.child(key, c.label + suffix))
            elif key in old_s or key in new_s:
                gone = key in old_s
                if key == "items":
                    self.variance("widened" if gone else "narrowed", c, f"{c.label}[] changed")
                elif key == "additionalProperties":
                    value = new_s.get(key, True)
                    opened = value is not False and old_s.get(key, True) is False
                    self.variance(
                        "widened" if opened else "narrowed", c, f"{c.label}: extra keys changed"
                    )
                else:
                    self.variance("widened" if gone else "narrowed", c, f"{c.label} changed")
        for key in ("anyOf", "oneOf", "allOf"):
            self.branches(key, old_s.get(key), new_s.get(key), c)
        self.others(
            old_s,
            new_s,
            {"type", "enum", "const", "properties", "required", "items", "nullable"}
            | {"additionalProperties", "not", "anyOf", "oneOf", "allOf", "$ref"}
            | set(_LOWER)
            | set(_UPPER)
            | set(_SHAPE),
            c,
        )

    def _follow_core(
        self, old: Mapping[str, Any], new: Mapping[str, Any], c: WalkContext
    ) -> tuple[Mapping[str, Any], Mapping[str, Any], WalkContext] | None:
        """A nullable ``anyOf`` around a ``$ref`` leaves a ``$ref`` core: follow it too (None
        on a cycle)."""
        if "$ref" in old or "$ref" in new:
            followed = self.follow(old, new, c)
            if followed is None:
                return None
            o, n, inner = followed
            if isinstance(o, Mapping) and isinstance(n, Mapping):
                return o, n, inner
        return old, new, c

    def types(self, old: Mapping[str, Any], new: Mapping[str, Any], c: WalkContext) -> bool:
        """Report a type change; True when the types are unrelated (nothing more to compare)."""
        old_types, new_types = types_of(old), types_of(new)
        if old_types == new_types:
            return False
        shown = f"{show_types(old_types)} → {show_types(new_types)}"
        if covers(new_types, old_types):
            self.variance("widened", c, f"{c.label}: type widened {shown}")
        elif covers(old_types, new_types):
            self.variance("narrowed", c, f"{c.label}: type narrowed {shown}")
        else:
            self.emit(Severity.MAJOR, c.op, c.pointer, f"{c.label}: type changed {shown}")
            return True
        return False

    def enum(self, old: Mapping[str, Any], new: Mapping[str, Any], c: WalkContext) -> None:
        old_values, new_values = enum_values(old), enum_values(new)
        if old_values is None and new_values is None:
            return
        pointer = c.pointer + json_pointer("enum" if "enum" in new or "enum" in old else "const")
        if old_values is None or new_values is None:
            kind: Literal["widened", "narrowed"] = "widened" if new_values is None else "narrowed"
            text = "no longer limited to" if new_values is None else "now limited to"
            values = ", ".join(show(v) for v in (old_values or new_values or []))
            self.variance(
                kind, WalkContext(c.op, pointer, c.label, c.direction), f"{c.label} {text} {values}"
            )
            return
        old_set = {canonical(v): v for v in old_values}
        new_set = {canonical(v): v for v in new_values}
        for key in sorted(old_set.keys() - new_set.keys()):
            text = f"{c.label}: enum value {show(old_set[key])} removed"
            self.emit(Severity.MAJOR, c.op, pointer, text)
        for key in sorted(new_set.keys() - old_set.keys()):
            text = f"{c.label}: enum value {show(new_set[key])} added"
            self.emit(Severity.MINOR, c.op, pointer, text)

    def properties(self, old: Mapping[str, Any], new: Mapping[str, Any], c: WalkContext) -> None:
        old_props = old.get("properties") or {}
        new_props = new.get("properties") or {}
        old_req = set(old.get("required") or ())
        new_req = set(new.get("required") or ())
        side = {"request": "request field", "response": "response field", "both": "field"}
        noun = side[c.direction]
        for name in sorted(set(old_props) | set(new_props), key=str):
            label = f"{c.label}.{name}" if c.label else str(name)
            child = WalkContext(
                c.op, c.pointer + json_pointer("properties", name), label, c.direction, c.seen
            )
            if name not in new_props:
                self.emit(Severity.MAJOR, c.op, child.pointer, f"{noun} `{label}` removed")
                continue
            if name not in old_props:
                required = name in new_req
                major = required and c.direction != "response"
                text = f"new required {noun} `{label}`" if required else f"{noun} `{label}` added"
                severity = Severity.MAJOR if major else Severity.MINOR
                self.emit(severity, c.op, child.pointer, text)
                continue
            self.schema(old_props[name], new_props[name], child)
            if (name in old_req) != (name in new_req):
                now = name in new_req
                req_ctx = WalkContext(c.op, c.pointer + "/required", label, c.direction)
                if c.direction == "response":
                    text = "is now always present" if now else "may now be absent"
                else:
                    text = "is now required" if now else "is now optional"
                self.variance("narrowed" if now else "widened", req_ctx, f"{noun} `{label}` {text}")

    def constraints(self, old: Mapping[str, Any], new: Mapping[str, Any], c: WalkContext) -> None:
        for key in (*_LOWER, *_UPPER, *_SHAPE):
            before, after = old.get(key), new.get(key)
            if canonical(before) == canonical(after):
                continue
            narrowed = after is not None and (
                before is None
                or key in _SHAPE
                or (key in _LOWER and _gt(after, before))
                or (key in _UPPER and _gt(before, after))
            )
            text = f"{c.label}: `{key}` {show(before)} → {show(after)}"
            self.variance("narrowed" if narrowed else "widened", c.child(key, c.label), text)

    def branches(self, key: str, old: Any, new: Any, c: WalkContext) -> None:
        old_list = list(old) if isinstance(old, list) else []
        new_list = list(new) if isinstance(new, list) else []
        for index in range(min(len(old_list), len(new_list))):
            self.schema(
                old_list[index], new_list[index], c.child(key, c.label).child(index, c.label)
            )
        if len(old_list) == len(new_list):
            return
        more = len(new_list) > len(old_list)
        # A union with more branches accepts more; an intersection with more accepts less.
        widened = more if key != "allOf" else not more
        text = f"{c.label}: {key} {'gained' if more else 'lost'} a branch"
        self.variance("widened" if widened else "narrowed", c.child(key, c.label), text)
