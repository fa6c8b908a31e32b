"""Walk two versions of one vendor's document and classify every change in it.

:class:`DocumentWalker` goes over operations (auth, names, parameters, request bodies, media
types, responses), then the document level: security schemes, the components no operation
reached (compared on their own, conservatively), servers, client settings and the shared
cloner mapping. Schemas are compared by :class:`clientgen.release.schema_walker.SchemaWalker`,
which also keeps what the walk found.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from clientgen.core.openapi import json_pointer
from clientgen.release.changes import Change, Severity
from clientgen.release.comparable_forms import canonical, security_set, show, show_security
from clientgen.release.schema_walker import SchemaWalker, WalkContext

_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
_DOCS = frozenset(
    {"description", "summary", "title", "example", "examples", "externalDocs", "default"}
    | {"deprecated", "tags", "x-clientgen-sources", "x-clientgen-conflicts"}
)


class DocumentWalker(SchemaWalker):
    """The changes between two versions of one vendor's normalized document."""

    # -- operations ----------------------------------------------------------------------------

    def operation(
        self, path: str, method: str, old_item: Mapping[str, Any], new_item: Mapping[str, Any]
    ) -> None:
        op = f"{method.upper()} {path}"
        pointer = json_pointer("paths", path, method)
        old_op, new_op = old_item[method], new_item[method]
        c = WalkContext(op, pointer, "", "request")
        old_sec = security_set(old_op.get("security", self.old.get("security")))
        new_sec = security_set(new_op.get("security", self.new.get("security")))
        if old_sec != new_sec:
            self.emit(
                Severity.MAJOR,
                op,
                pointer + "/security",
                f"auth changed: {show_security(old_sec)} → {show_security(new_sec)}",
            )
        for key in ("operationId", "x-clientgen-name"):
            if old_op.get(key) != new_op.get(key):
                self.emit(
                    Severity.MAJOR,
                    op,
                    pointer + json_pointer(key),
                    f"`{key}` {show(old_op.get(key))} → {show(new_op.get(key))}"
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
        c: WalkContext,
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
            pc = WalkContext(c.op, new_pointer, label, "request", c.seen)
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

    def request_body(self, old: Any, new: Any, c: WalkContext) -> None:
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
        bc = WalkContext(c.op, pointer, "request body", "request", c.seen)
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
        self, old: Mapping[str, Any], new: Mapping[str, Any], c: WalkContext, *, breaking: bool
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

    def responses(self, old: Mapping[str, Any], new: Mapping[str, Any], c: WalkContext) -> None:
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
            rc = WalkContext(c.op, pointer, label, "response", c.seen)
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
            item_ctx = WalkContext("", json_pointer("paths", path), f"path {path}", "both")
            self.others(old_item, new_item, {*_METHODS, "parameters"}, item_ctx)
        self.security_schemes()
        self.components()
        root = WalkContext("", "", "", "both")
        if canonical(self.old.get("servers")) != canonical(self.new.get("servers")):
            self.emit(Severity.MINOR, "", "/servers", "default server changed")
        if canonical(self.old.get("x-clientgen")) != canonical(self.new.get("x-clientgen")):
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
        if security_set(self.old.get("security")) != security_set(
            self.new.get("security")
        ) and not (old_paths or new_paths):
            self.emit(Severity.MAJOR, "", "/security", "auth changed")

    def cloner(self) -> None:
        """The shared VoiceCloner's mapping: an operation it no longer offers breaks callers."""
        old, new = self.old.get("x-clientgen-cloner"), self.new.get("x-clientgen-cloner")
        if canonical(old) == canonical(new):
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
            sc = WalkContext("", pointer, label, "both")
            for key in sorted(set(old[name]) | set(new[name])):
                if key not in _DOCS and canonical(old[name].get(key)) != canonical(
                    new[name].get(key)
                ):
                    text = f"auth changed: {label} `{key}` {show(old[name].get(key))} → "
                    self.emit(Severity.MAJOR, "", sc.pointer, text + show(new[name].get(key)))
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
                    cc = WalkContext("", pointer, str(name), "both")
                    if section == "schemas":
                        self.schema(olds[name], news[name], cc)
                    elif canonical(olds[name]) != canonical(news[name]):
                        self.emit(Severity.PATCH, "", pointer, f"{section} {name} changed")

    def changes(self) -> list[Change]:
        self.document()
        return [
            Change(self.vendor, severity, tuple(sorted(ops)), pointer, text)
            for (severity, pointer, text), ops in self.found.items()
        ]
