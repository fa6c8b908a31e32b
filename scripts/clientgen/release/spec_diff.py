"""Classify the changes between two sets of normalized specs, and the version bump they call for.

:func:`diff_specs` compares ``{vendor: OpenAPI document}`` before and after, and returns every
change with a severity, from the point of view of code that uses the generated client:

- **major** (breaks callers): a removed operation, parameter, request or response field, media
  type, 2xx response or enum value; a narrowed type (``string`` → ``integer``, a request value
  that is no longer nullable, an optional request field or parameter that became required,
  tighter request constraints); a new required parameter or request field or body; a response
  field that may now be absent or ``null``; changed auth (security requirements or schemes); a
  renamed method (``operationId``, ``x-clientgen-name``) or schema (a generated type's name).
- **minor** (adds, breaks nothing): an added operation, optional parameter, field, media type,
  response or enum value; a widened request type, a narrowed response type (now always present,
  never ``null``); a changed default server or error envelope setting.
- **patch**: documentation only — descriptions, summaries, titles, examples, defaults, tags,
  provenance (``x-clientgen-sources``) — and any other difference no rule above covers, so that
  every textual change in a spec is reported somewhere.
- **no change**: a difference with no effect at all. Key order never counts (documents are
  compared as mappings); neither does the order of ``enum`` values, ``required`` names,
  ``type`` lists or security scopes: they are sets, and a ``Literal[...]`` or a ``required``
  list accepts the same values in any order.

``$ref``s are followed into ``components``: a change inside a component is reported at the
operations that use it, once per change, with every such operation listed, the pointer into
the component and the field named after the component (``Voice.name``). A component that no
operation reaches is compared on its own, conservatively (any narrowing or widening is major).
"""

from __future__ import annotations

import enum
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from clientgen.core.diagnostics import ClientgenError
from clientgen.core.openapi import json_pointer, unescape

__all__ = ["Change", "Severity", "bump", "diff_specs", "next_version"]


class Severity(enum.IntEnum):
    """How a change affects users of the client, ordered: the bump is the highest one."""

    NONE = 0
    PATCH = 1
    MINOR = 2
    MAJOR = 3

    @property
    def label(self) -> str:
        """``none``, ``patch``, ``minor`` or ``major``."""
        return self.name.lower()


@dataclass(frozen=True, order=True)
class Change:
    """One classified change of one vendor's spec."""

    vendor: str
    severity: Severity
    operations: tuple[str, ...]  # ("GET /v1/voices", ...); () for document-level changes
    pointer: str  # JSON pointer into the new document (the old one for what was removed)
    text: str  # what changed, without the operations

    @property
    def description(self) -> str:
        """One line: the operations it affects, then what changed."""
        return f"{', '.join(self.operations)}: {self.text}" if self.operations else self.text

    def __str__(self) -> str:
        return f"{self.severity.label}: {self.description} (#{self.pointer})"


Direction = Literal["request", "response", "both"]
_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
_DOCS = frozenset(
    {"description", "summary", "title", "example", "examples", "externalDocs", "default"}
    | {"deprecated", "tags", "x-clientgen-sources", "x-clientgen-conflicts"}
)
_NULL = "null"


def _canon(value: Any) -> str:
    """A text equal for equal values, whatever the key order."""
    return json.dumps(value, sort_keys=True, default=str)


def _show(value: Any) -> str:
    return json.dumps(value, sort_keys=True, default=str, ensure_ascii=False)


@dataclass(frozen=True)
class _Ctx:
    op: str  # "GET /v1/voices", or "" outside operations
    pointer: str
    label: str  # what the schema is: "request body", "parameter `id`", "Voice.name"
    direction: Direction
    seen: frozenset[tuple[str, str]] = frozenset()

    def child(self, pointer_part: str | int, label: str) -> _Ctx:
        return _Ctx(
            self.op, self.pointer + json_pointer(pointer_part), label, self.direction, self.seen
        )


@dataclass
class _Walker:
    vendor: str
    old: Mapping[str, Any]
    new: Mapping[str, Any]
    found: dict[tuple[Severity, str, str], set[str]] = field(default_factory=dict)
    reached: set[str] = field(default_factory=set)  # component pointers seen from operations

    # -- output --------------------------------------------------------------------------------

    def emit(self, severity: Severity, op: str, pointer: str, text: str) -> None:
        ops = self.found.setdefault((severity, pointer, text), set())
        if op:
            ops.add(op)

    def variance(self, kind: Literal["widened", "narrowed"], c: _Ctx, text: str) -> None:
        """Narrowing what a request accepts or widening what a response holds breaks callers."""
        breaks = c.direction == "both" or (kind == "narrowed") == (c.direction == "request")
        self.emit(Severity.MAJOR if breaks else Severity.MINOR, c.op, c.pointer, text)

    def others(
        self, old: Mapping[str, Any], new: Mapping[str, Any], handled: Iterable[str], c: _Ctx
    ) -> None:
        """Keys no rule covers: documentation (patch), or any other difference (patch too)."""
        skip = set(handled)
        for key in sorted(set(old) | set(new), key=str):
            if key in skip or _canon(old.get(key)) == _canon(new.get(key)):
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

    def follow(self, old: Any, new: Any, c: _Ctx) -> tuple[Any, Any, _Ctx] | None:
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
        inner = _Ctx(c.op, ref, ref.rsplit("/", 1)[-1], c.direction, c.seen | {key})
        return old, new, inner

    # -- schemas -------------------------------------------------------------------------------

    def schema(self, old: Any, new: Any, c: _Ctx) -> None:
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
        old_core, old_null = _split_null(old)
        new_core, new_null = _split_null(new)
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
        self, old: Mapping[str, Any], new: Mapping[str, Any], c: _Ctx
    ) -> tuple[Mapping[str, Any], Mapping[str, Any], _Ctx] | None:
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

    def types(self, old: Mapping[str, Any], new: Mapping[str, Any], c: _Ctx) -> bool:
        """Report a type change; True when the types are unrelated (nothing more to compare)."""
        old_types, new_types = _types(old), _types(new)
        if old_types == new_types:
            return False
        shown = f"{_show_types(old_types)} → {_show_types(new_types)}"
        if _covers(new_types, old_types):
            self.variance("widened", c, f"{c.label}: type widened {shown}")
        elif _covers(old_types, new_types):
            self.variance("narrowed", c, f"{c.label}: type narrowed {shown}")
        else:
            self.emit(Severity.MAJOR, c.op, c.pointer, f"{c.label}: type changed {shown}")
            return True
        return False

    def enum(self, old: Mapping[str, Any], new: Mapping[str, Any], c: _Ctx) -> None:
        old_values, new_values = _enum(old), _enum(new)
        if old_values is None and new_values is None:
            return
        pointer = c.pointer + json_pointer("enum" if "enum" in new or "enum" in old else "const")
        if old_values is None or new_values is None:
            kind: Literal["widened", "narrowed"] = "widened" if new_values is None else "narrowed"
            text = "no longer limited to" if new_values is None else "now limited to"
            values = ", ".join(_show(v) for v in (old_values or new_values or []))
            self.variance(
                kind, _Ctx(c.op, pointer, c.label, c.direction), f"{c.label} {text} {values}"
            )
            return
        old_set = {_canon(v): v for v in old_values}
        new_set = {_canon(v): v for v in new_values}
        for key in sorted(old_set.keys() - new_set.keys()):
            text = f"{c.label}: enum value {_show(old_set[key])} removed"
            self.emit(Severity.MAJOR, c.op, pointer, text)
        for key in sorted(new_set.keys() - old_set.keys()):
            text = f"{c.label}: enum value {_show(new_set[key])} added"
            self.emit(Severity.MINOR, c.op, pointer, text)

    def properties(self, old: Mapping[str, Any], new: Mapping[str, Any], c: _Ctx) -> None:
        old_props = old.get("properties") or {}
        new_props = new.get("properties") or {}
        old_req = set(old.get("required") or ())
        new_req = set(new.get("required") or ())
        side = {"request": "request field", "response": "response field", "both": "field"}
        noun = side[c.direction]
        for name in sorted(set(old_props) | set(new_props), key=str):
            label = f"{c.label}.{name}" if c.label else str(name)
            child = _Ctx(
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
                req_ctx = _Ctx(c.op, c.pointer + "/required", label, c.direction)
                if c.direction == "response":
                    text = "is now always present" if now else "may now be absent"
                else:
                    text = "is now required" if now else "is now optional"
                self.variance("narrowed" if now else "widened", req_ctx, f"{noun} `{label}` {text}")

    def constraints(self, old: Mapping[str, Any], new: Mapping[str, Any], c: _Ctx) -> None:
        for key in (*_LOWER, *_UPPER, *_SHAPE):
            before, after = old.get(key), new.get(key)
            if _canon(before) == _canon(after):
                continue
            narrowed = after is not None and (
                before is None
                or key in _SHAPE
                or (key in _LOWER and _gt(after, before))
                or (key in _UPPER and _gt(before, after))
            )
            text = f"{c.label}: `{key}` {_show(before)} → {_show(after)}"
            self.variance("narrowed" if narrowed else "widened", c.child(key, c.label), text)

    def branches(self, key: str, old: Any, new: Any, c: _Ctx) -> None:
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

    # -- operations ----------------------------------------------------------------------------

    def operation(
        self, path: str, method: str, old_item: Mapping[str, Any], new_item: Mapping[str, Any]
    ) -> None:
        op = f"{method.upper()} {path}"
        pointer = json_pointer("paths", path, method)
        old_op, new_op = old_item[method], new_item[method]
        c = _Ctx(op, pointer, "", "request")
        old_sec = _security(old_op.get("security", self.old.get("security")))
        new_sec = _security(new_op.get("security", self.new.get("security")))
        if old_sec != new_sec:
            self.emit(
                Severity.MAJOR,
                op,
                pointer + "/security",
                f"auth changed: {_show_security(old_sec)} → {_show_security(new_sec)}",
            )
        for key in ("operationId", "x-clientgen-name"):
            if old_op.get(key) != new_op.get(key):
                self.emit(
                    Severity.MAJOR,
                    op,
                    pointer + json_pointer(key),
                    f"`{key}` {_show(old_op.get(key))} → {_show(new_op.get(key))}"
                    " (a method or type name changes)",
                )
        self.parameters(old_item, new_item, old_op, new_op, c)
        self.request_body(old_op.get("requestBody"), new_op.get("requestBody"), c)
        self.responses(old_op.get("responses") or {}, new_op.get("responses") or {}, c)
        handled = {"security", "operationId", "x-clientgen-name", "parameters", "requestBody"}
        self.others(old_op, new_op, handled | {"responses"}, c)

    def parameters(
        self,
        old_item: Mapping[str, Any],
        new_item: Mapping[str, Any],
        old_op: Mapping[str, Any],
        new_op: Mapping[str, Any],
        c: _Ctx,
    ) -> None:
        olds = self._params(self.old, old_item, old_op, c.pointer)
        news = self._params(self.new, new_item, new_op, c.pointer)
        for key in sorted(set(olds) | set(news)):
            where, name = key
            label = f"{where} parameter `{name}`"
            if key not in news:
                self.emit(Severity.MAJOR, c.op, olds[key][1], f"{label} removed")
                continue
            new_param, new_pointer = news[key]
            if key not in olds:
                required = bool(new_param.get("required"))
                text = f"new required {label}" if required else f"optional {label} added"
                self.emit(Severity.MAJOR if required else Severity.MINOR, c.op, new_pointer, text)
                continue
            old_param = olds[key][0]
            pc = _Ctx(c.op, new_pointer, label, "request", c.seen)
            if bool(old_param.get("required")) != bool(new_param.get("required")):
                now = bool(new_param.get("required"))
                self.variance(
                    "narrowed" if now else "widened",
                    pc.child("required", label),
                    f"{label} is now {'required' if now else 'optional'}",
                )
            self.schema(old_param.get("schema"), new_param.get("schema"), pc.child("schema", label))
            self.others(old_param, new_param, {"name", "in", "required", "schema"}, pc)

    def _params(
        self, doc: Mapping[str, Any], item: Mapping[str, Any], op: Mapping[str, Any], pointer: str
    ) -> dict[tuple[str, str], tuple[Mapping[str, Any], str]]:
        """Path-level parameters overridden by the operation's, by (in, name)."""
        found: dict[tuple[str, str], tuple[Mapping[str, Any], str]] = {}
        path_pointer = pointer.rsplit("/", 1)[0]
        for owner, base in ((item, path_pointer), (op, pointer)):
            for index, raw in enumerate(owner.get("parameters") or ()):
                param, ref = self.deref(doc, raw)
                if ref:
                    self.reached.add(ref)
                if isinstance(param, Mapping):
                    key = (str(param.get("in")), str(param.get("name")))
                    found[key] = (param, base + json_pointer("parameters", index))
        return found

    def request_body(self, old: Any, new: Any, c: _Ctx) -> None:
        old, old_ref = self.deref(self.old, old)
        new, new_ref = self.deref(self.new, new)
        for ref in (old_ref, new_ref):
            if ref:
                self.reached.add(ref)
        pointer = c.pointer + "/requestBody"
        if not old and not new:
            return
        if not new:
            self.emit(Severity.MAJOR, c.op, pointer, "request body removed")
            return
        if not old:
            required = bool(new.get("required"))
            text = "new required request body" if required else "optional request body added"
            self.emit(Severity.MAJOR if required else Severity.MINOR, c.op, pointer, text)
            return
        bc = _Ctx(c.op, pointer, "request body", "request", c.seen)
        if bool(old.get("required")) != bool(new.get("required")):
            now = bool(new.get("required"))
            self.variance(
                "narrowed" if now else "widened",
                bc.child("required", "request body"),
                f"request body is now {'required' if now else 'optional'}",
            )
        self.content(old.get("content") or {}, new.get("content") or {}, bc, breaking=True)
        self.others(old, new, {"required", "content"}, bc)

    def content(
        self, old: Mapping[str, Any], new: Mapping[str, Any], c: _Ctx, *, breaking: bool
    ) -> None:
        for media in sorted(set(old) | set(new)):
            mc = c.child("content", c.label).child(media, c.label)
            if media not in new:
                severity = Severity.MAJOR if breaking else Severity.MINOR
                self.emit(severity, c.op, mc.pointer, f"{c.label}: media type {media} removed")
                continue
            if media not in old:
                self.emit(Severity.MINOR, c.op, mc.pointer, f"{c.label}: media type {media} added")
                continue
            old_media, new_media = old[media] or {}, new[media] or {}
            self.schema(
                old_media.get("schema"), new_media.get("schema"), mc.child("schema", c.label)
            )
            self.others(old_media, new_media, {"schema"}, mc)

    def responses(self, old: Mapping[str, Any], new: Mapping[str, Any], c: _Ctx) -> None:
        for status in sorted(set(old) | set(new), key=str):
            label = f"response {status}"
            pointer = c.pointer + json_pointer("responses", status)
            success = str(status).startswith("2")
            if status not in new:
                severity = Severity.MAJOR if success else Severity.MINOR
                self.emit(severity, c.op, pointer, f"{label} removed")
                continue
            if status not in old:
                self.emit(Severity.MINOR, c.op, pointer, f"{label} added")
                continue
            old_resp, old_ref = self.deref(self.old, old[status])
            new_resp, new_ref = self.deref(self.new, new[status])
            for ref in (old_ref, new_ref):
                if ref:
                    self.reached.add(ref)
            rc = _Ctx(c.op, pointer, label, "response", c.seen)
            self.content(
                old_resp.get("content") or {}, new_resp.get("content") or {}, rc, breaking=success
            )
            self.others(old_resp, new_resp, {"content"}, rc)

    # -- documents -----------------------------------------------------------------------------

    def document(self) -> None:
        old_paths = self.old.get("paths") or {}
        new_paths = self.new.get("paths") or {}
        for path in sorted(set(old_paths) | set(new_paths)):
            old_item = old_paths.get(path) or {}
            new_item = new_paths.get(path) or {}
            for method in _METHODS:
                op = f"{method.upper()} {path}"
                pointer = json_pointer("paths", path, method)
                if method in old_item and method not in new_item:
                    self.emit(Severity.MAJOR, op, pointer, "operation removed")
                elif method in new_item and method not in old_item:
                    self.emit(Severity.MINOR, op, pointer, "operation added")
                elif method in old_item:
                    self.operation(path, method, old_item, new_item)
            item_ctx = _Ctx("", json_pointer("paths", path), f"path {path}", "both")
            self.others(old_item, new_item, {*_METHODS, "parameters"}, item_ctx)
        self.security_schemes()
        self.components()
        root = _Ctx("", "", "", "both")
        if _canon(self.old.get("servers")) != _canon(self.new.get("servers")):
            self.emit(Severity.MINOR, "", "/servers", "default server changed")
        if _canon(self.old.get("x-clientgen")) != _canon(self.new.get("x-clientgen")):
            self.emit(
                Severity.MINOR, "", "/x-clientgen", "client settings (error envelope) changed"
            )
        self.cloner()
        self.others(
            self.old,
            self.new,
            {"paths", "components", "servers", "x-clientgen", "x-clientgen-cloner", "security"},
            root,
        )
        if _security(self.old.get("security")) != _security(self.new.get("security")) and not (
            old_paths or new_paths
        ):
            self.emit(Severity.MAJOR, "", "/security", "auth changed")

    def cloner(self) -> None:
        """The shared VoiceCloner's mapping: an operation it no longer offers breaks callers."""
        old, new = self.old.get("x-clientgen-cloner"), self.new.get("x-clientgen-cloner")
        if _canon(old) == _canon(new):
            return
        offered = [
            set(((mapping or {}).get("operations") or {}) if isinstance(mapping, dict) else {})
            for mapping in (old, new)
        ]
        for operation in sorted(offered[0] - offered[1]):
            pointer = json_pointer("x-clientgen-cloner", "operations", operation)
            self.emit(Severity.MAJOR, "", pointer, f"the shared interface's {operation} removed")
        # Options are connect() keywords every caller must now give.
        required = [
            set(((mapping or {}).get("options") or {}) if isinstance(mapping, dict) else {})
            for mapping in (old, new)
        ]
        for option in sorted(required[1] - required[0]) if old is not None else []:
            pointer = json_pointer("x-clientgen-cloner", "options", option)
            self.emit(Severity.MAJOR, "", pointer, f"connect() now requires {option}")
        if not offered[0] - offered[1] and not (old is not None and required[1] - required[0]):
            text = "shared interface added" if old is None else "shared interface mapping changed"
            self.emit(Severity.MINOR, "", "/x-clientgen-cloner", text)

    def security_schemes(self) -> None:
        old = (self.old.get("components") or {}).get("securitySchemes") or {}
        new = (self.new.get("components") or {}).get("securitySchemes") or {}
        for name in sorted(set(old) | set(new)):
            pointer = json_pointer("components", "securitySchemes", name)
            label = f"security scheme {name}"
            if name not in new or name not in old:
                verb = "removed" if name not in new else "added"
                self.emit(Severity.MAJOR, "", pointer, f"auth changed: {label} {verb}")
                continue
            sc = _Ctx("", pointer, label, "both")
            for key in sorted(set(old[name]) | set(new[name])):
                if key not in _DOCS and _canon(old[name].get(key)) != _canon(new[name].get(key)):
                    text = f"auth changed: {label} `{key}` {_show(old[name].get(key))} → "
                    self.emit(Severity.MAJOR, "", sc.pointer, text + _show(new[name].get(key)))
            self.others(old[name], new[name], set(old[name]) | set(new[name]) - _DOCS, sc)

    def components(self) -> None:
        old = self.old.get("components") or {}
        new = self.new.get("components") or {}
        for section in sorted(set(old) | set(new)):
            if section == "securitySchemes":
                continue
            olds, news = old.get(section) or {}, new.get(section) or {}
            for name in sorted(set(olds) | set(news)):
                pointer = json_pointer("components", section, name)
                kind = "schema (a generated type)" if section == "schemas" else section
                if name not in news:
                    self.emit(Severity.MAJOR, "", pointer, f"{kind} {name} removed")
                elif name not in olds:
                    self.emit(Severity.MINOR, "", pointer, f"{kind} {name} added")
                elif pointer not in self.reached:
                    cc = _Ctx("", pointer, str(name), "both")
                    if section == "schemas":
                        self.schema(olds[name], news[name], cc)
                    elif _canon(olds[name]) != _canon(news[name]):
                        self.emit(Severity.PATCH, "", pointer, f"{section} {name} changed")

    def changes(self) -> list[Change]:
        self.document()
        return [
            Change(self.vendor, severity, tuple(sorted(ops)), pointer, text)
            for (severity, pointer, text), ops in self.found.items()
        ]


_LOWER = ("minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties")
_UPPER = ("maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties")
_SHAPE = ("pattern", "format", "multipleOf", "uniqueItems", "contentEncoding", "contentMediaType")


def _gt(a: Any, b: Any) -> bool:
    try:
        return bool(a > b)
    except TypeError:
        return True


def _is_null(schema: Any) -> bool:
    return isinstance(schema, Mapping) and (
        schema.get("type") == _NULL
        or schema.get("const", ...) is None
        or schema == {"enum": [None]}
    )


def _split_null(schema: Mapping[str, Any]) -> tuple[dict[str, Any] | None, bool]:
    """The schema without its ``null`` (3.1 ``type`` lists, ``anyOf``/``oneOf`` branches, 3.0
    ``nullable``, ``None`` in an ``enum``), and whether it allowed null; core None: only null."""
    core = {k: v for k, v in schema.items() if k != "nullable"}
    nullable = bool(schema.get("nullable"))
    kind = core.get("type")
    if kind == _NULL:
        return None, True
    if isinstance(kind, list) and _NULL in kind:
        nullable = True
        rest = [t for t in kind if t != _NULL]
        if not rest:
            return None, True
        core["type"] = rest[0] if len(rest) == 1 else rest
    if isinstance(core.get("enum"), list) and None in core["enum"]:
        nullable = True
        core["enum"] = [v for v in core["enum"] if v is not None]
    for key in ("anyOf", "oneOf"):
        branches = core.get(key)
        if not isinstance(branches, list):
            continue
        rest = [b for b in branches if not _is_null(b)]
        if len(rest) == len(branches):
            continue
        nullable = True
        del core[key]
        if not rest:
            return None, True
        if len(rest) == 1 and isinstance(rest[0], Mapping):
            core = {**rest[0], **core}  # the wrapper's description and title win
        else:
            core[key] = rest
    return core, nullable


def _types(schema: Mapping[str, Any]) -> frozenset[str]:
    kind = schema.get("type")
    if isinstance(kind, str):
        return frozenset({kind})
    if isinstance(kind, list):
        return frozenset(str(t) for t in kind)
    return frozenset()  # any type (or decided by a union, compared branch by branch)


def _covers(wide: frozenset[str], narrow: frozenset[str]) -> bool:
    """Whether every value of ``narrow`` is a value of ``wide`` (no type: anything)."""
    if not wide:
        return True
    if not narrow:
        return False
    return all(t in wide or (t == "integer" and "number" in wide) for t in narrow)


def _show_types(types: frozenset[str]) -> str:
    return " | ".join(sorted(types)) or "any"


def _enum(schema: Mapping[str, Any]) -> list[Any] | None:
    if isinstance(schema.get("enum"), list):
        return list(schema["enum"])
    if "const" in schema:
        return [schema["const"]]
    return None


def _security(raw: Any) -> frozenset[str]:
    """Security requirements as a set (order of alternatives and of scopes does not matter)."""
    if not isinstance(raw, list):
        return frozenset()
    return frozenset(
        _canon({k: sorted(v or []) for k, v in req.items()}) if isinstance(req, Mapping) else ""
        for req in raw
    )


def _show_security(requirements: frozenset[str]) -> str:
    if not requirements:
        return "none"
    names = []
    for req in sorted(requirements):
        schemes = json.loads(req) if req else {}
        names.append(" + ".join(sorted(schemes)) or "anonymous")
    return " or ".join(names)


def diff_specs(
    old: Mapping[str, Mapping[str, Any]], new: Mapping[str, Mapping[str, Any]]
) -> list[Change]:
    """Every change from ``old`` to ``new`` (both ``{vendor: normalized OpenAPI document}``),
    classified, sorted by vendor, then severity (highest first), operations and pointer.

    A pure function: the documents are only read. An empty list means no change with any
    effect (reordered keys or enum values are none).
    """
    changes: list[Change] = []
    for vendor in sorted(set(old) | set(new)):
        if vendor not in new:
            changes.append(Change(vendor, Severity.MAJOR, (), "", f"vendor {vendor} removed"))
        elif vendor not in old:
            changes.append(Change(vendor, Severity.MINOR, (), "", f"vendor {vendor} added"))
        else:
            changes.extend(_Walker(vendor, old[vendor], new[vendor]).changes())
    return sorted(changes, key=lambda c: (c.vendor, -c.severity, c.operations, c.pointer, c.text))


def bump(changes: Iterable[Change]) -> Severity:
    """The version bump that ``changes`` call for: the highest severity, NONE for none."""
    return max((c.severity for c in changes), default=Severity.NONE)


def next_version(version: str, severity: Severity) -> str:
    """``version`` bumped for ``severity`` by semantic versioning.

    Below 1.0.0 a breaking change bumps the minor number and anything else the patch number
    (0.1.0 → 0.2.0 / 0.1.1), the convention of Cargo and of ``~=0.1.0``/``^0.1.0`` pins: in 0.x
    the minor number is the one users pin against, and leaving 0.x says "this API is stable",
    which is a decision for people (edit specs/package.yaml), not a consequence of a vendor
    removing a field.
    """
    if severity is Severity.NONE:
        return version
    parts = version.split(".")
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        raise ClientgenError(f"cannot bump version {version!r}: expected MAJOR.MINOR.PATCH")
    major, minor, patch = (int(p) for p in parts)
    if major == 0:
        if severity is Severity.MAJOR:
            return f"0.{minor + 1}.0"
        return f"0.{minor}.{patch + 1}"
    if severity is Severity.MAJOR:
        return f"{major + 1}.0.0"
    if severity is Severity.MINOR:
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"
