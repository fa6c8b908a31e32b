"""Validate a normalized document: every local ``$ref`` resolves, it is valid OpenAPI 3.x, and
every model it describes can be built (no cycle of required properties)."""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

from jsonschema.exceptions import ValidationError
from referencing.exceptions import Unresolvable

from clientgen.core.diagnostics import ClientgenError, Diagnostic
from clientgen.core.openapi import (
    iter_refs,
    json_pointer,
    resolve_pointer,
    resolves,
    unescape,
    walk_nodes,
)

_SCHEMAS = "#/components/schemas/"


def check_refs(document: dict[str, Any], source: Path | str) -> None:
    """Every local reference points somewhere; the first that does not is the error."""
    for where, ref in iter_refs(document):
        if not ref.startswith("#"):
            raise ClientgenError(
                f"external reference {ref!r} is not supported", file=source, pointer=where
            )
        if not resolves(document, ref):
            raise ClientgenError(f"$ref {ref!r} points to nothing", file=source, pointer=where)


def validate_document(
    document: dict[str, Any], source: Path | str, *, strict: bool = True
) -> list[Diagnostic]:
    """Raise one ClientgenError naming the file and JSON pointer of the first problem.

    Not ``strict`` (a document the user brings): a break of the OpenAPI schema's rules is a
    warning at its pointer, and generation goes on; the later stages still refuse, with a
    place, what they cannot make sense of. What is never a warning: Swagger, an unknown
    version, a ``$ref`` to nowhere or outside the document, a cycle of required properties.
    """
    if "swagger" in document:
        raise ClientgenError(
            f"Swagger {document['swagger']!r} is not supported: convert it to OpenAPI 3.x",
            file=source,
            pointer="/swagger",
        )
    version = document.get("openapi")
    if not isinstance(version, str) or not version.startswith(("3.0.", "3.1.")):
        raise ClientgenError(
            f"not an OpenAPI 3.0 or 3.1 document (openapi: {version!r})",
            file=source,
            pointer="/openapi",
        )
    check_refs(document, source)
    # Imported at the first validation, not with this module: openapi-spec-validator takes a
    # tenth of a second to import, which `clientgen client` spends while a worker writes the
    # models (pipeline.client validates then).
    from clientgen.spec import spec_validator

    warnings: list[Diagnostic] = []
    checked = document
    try:
        for _ in range(_MOST_TOLERATED + 1):
            try:
                spec_validator.validate_openapi(checked)
                break
            except ValidationError as exc:
                pointer = json_pointer(*exc.path)
                # jsonschema-rs's message goes on to the schema and instance; the pointer
                # says where.
                message = f"invalid OpenAPI: {_shortened(exc.message.split(chr(10), 1)[0])}"
                tolerated = None if strict else _tolerated(checked, exc)
                if tolerated is None:
                    raise ClientgenError(message, file=source, pointer=pointer) from None
                checked, what = tolerated
                warnings.append(
                    Diagnostic(f"{message}; {what}, and generation goes on", file=source,
                               pointer=pointer)
                )  # fmt: skip
        else:
            warnings.append(
                Diagnostic(
                    f"more than {_MOST_TOLERATED} breaks of the OpenAPI schema's rules; "
                    "the rest is not checked",
                    file=source,
                )
            )
    except spec_validator.ValidatorDetectError:
        raise ClientgenError(
            f"not an OpenAPI 3.0 or 3.1 document (openapi: {document.get('openapi')!r})",
            file=source,
            pointer="/openapi",
        ) from None
    except Unresolvable as exc:
        raise ClientgenError(f"unresolvable reference: {exc}", file=source) from None
    except ClientgenError:
        raise
    except Exception as exc:  # the validator's own failure on an odd document, not a verdict
        if strict:
            raise ClientgenError(f"the OpenAPI validator failed: {exc!r}", file=source) from None
        warnings.append(
            Diagnostic(f"the OpenAPI validator failed ({exc!r}); not validated", file=source)
        )
    check_required_cycles(document, source)
    return warnings


# A document that breaks the rules more often than this is not checked further (each check
# validates the whole document again).
_MOST_TOLERATED = 20


# Schema keywords of JSON Schema (and OpenAPI 3.1) that OpenAPI 3.0 documents use anyway.
def _shortened(message: str) -> str:
    """The validator's message without a long copy of the value it refused (a whole schema,
    for a ``oneOf`` that fails): the pointer says which value that is."""
    value, sep, rest = message.partition(" is not ")
    if sep and len(value) > 80:
        return f"the value here is not {rest}"
    return message


_NEWER_SCHEMA_KEYWORDS = ("const", "examples", "$schema", "$id", "$comment", "contentMediaType",
                          "contentEncoding", "if", "then", "else", "dependentRequired")  # fmt: skip


def _tolerated(document: dict[str, Any], exc: ValidationError) -> tuple[dict[str, Any], str] | None:
    """A copy of ``document`` without a break that does not change the client, and what was
    set aside; None for a break that would (a type no one can know, a broken structure)."""
    path = list(exc.path)
    try:
        node = resolve_pointer(document, json_pointer(*path))
    except (KeyError, IndexError, TypeError, ValueError):
        return None
    if not isinstance(node, dict):
        return None
    copied = copy.deepcopy(document)
    target = resolve_pointer(copied, json_pointer(*path))
    for depth, key in enumerate(path[:-1]):
        if key in ("definitions", "$defs"):
            # A break inside a schema's own definitions that nothing refers to reaches no
            # model: the definition is set aside.
            entry = json_pointer(*path[: depth + 2])
            if not any(ref == "#" + entry or ref.startswith("#" + entry + "/")
                       for _, ref in iter_refs(document)):  # fmt: skip
                del resolve_pointer(copied, json_pointer(*path[: depth + 1]))[path[depth + 1]]
                return copied, f"the unused definition {entry} is left out"
    unexpected = re.search(r"\('(.+?)' (?:was|were) unexpected\)", exc.message)
    if unexpected:
        # A key the schema has no place for (``title`` on an operation): nothing reads it.
        keys = re.findall(r"'([^']+)'", unexpected.group(0))
        for key in keys:
            target.pop(key, None)
        return copied, f"{', '.join(map(repr, keys))} {'is' if len(keys) == 1 else 'are'} ignored"
    if path == [] and "paths" not in document and re.search(r"\bpaths\b.* required", exc.message):
        # OpenAPI 3.0 wants ``paths`` even empty (3.1 does not): a document of models alone.
        copied["paths"] = {}
        return copied, "the document has no operations: the client has its models alone"
    if path[:1] == ["info"]:
        target.setdefault("title", "API")
        target.setdefault("version", "0")
        return copied, "the package's own metadata is used"
    newer = (
        _drop_newer_keywords(target) if str(document.get("openapi", "")).startswith("3.0.") else []
    )
    if newer:
        # Read as OpenAPI 3.1 would (the document itself keeps them); if the schema is still
        # invalid without them, the next check reports that at the same place.
        return copied, f"{', '.join(sorted(set(newer)))} read as in OpenAPI 3.1"
    return None


def _drop_newer_keywords(node: Any) -> list[str]:
    """Remove JSON Schema's newer keywords from every schema below ``node`` (a validation
    copy); the names removed. The validator reports a break in a nested schema at the
    response or parameter that holds it."""
    removed: list[str] = []
    for schema, _ in walk_nodes(node):
        for key in _NEWER_SCHEMA_KEYWORDS:
            # A media type's ``examples`` is a map of Example Objects, JSON Schema's a list.
            if key in schema and not (key == "examples" and isinstance(schema[key], dict)):
                del schema[key]
                removed.append(key)
        # ``type: [integer, number]``: a list of types, as 3.1 allows (3.0 has ``oneOf``).
        if isinstance(schema.get("type"), list) and all(isinstance(t, str) for t in schema["type"]):
            del schema["type"]
            removed.append("type lists")
    return removed


# --------------------------------------------------------------------------- required cycles


def check_required_cycles(document: dict[str, Any], source: Path | str) -> None:
    """Every component schema can be built: no cycle runs through required properties.

    A property that is optional, nullable, an array or a map, or one branch of a union that
    has a buildable branch, ends a chain; a model whose required properties lead back to it
    through none of these could only be built from an infinite value.
    """
    schemas = (document.get("components") or {}).get("schemas") or {}
    if not isinstance(schemas, dict):
        return
    names = [name for name in schemas if isinstance(schemas[name], dict)]
    buildable: set[str] = set()
    changed = True
    while changed:  # the least fixpoint: what can be built from what is known to be buildable
        changed = False
        for name in names:
            if name not in buildable and _Builds(document, buildable).schema(schemas[name]):
                buildable.add(name)
                changed = True
    stuck = [name for name in names if name not in buildable]
    if not stuck:
        return
    cycle = _cycle(schemas, stuck[0], set(stuck))
    first_name, _, first_at = cycle[0]
    chain = " -> ".join(f"{name}.{label}" for name, label, _ in cycle) + f" -> {first_name}"
    raise ClientgenError(
        f"schema {first_name!r} can never be built: its required properties form a cycle "
        f"({chain}); make one of them optional or nullable",
        file=source,
        pointer=json_pointer("components", "schemas", first_name, *first_at),
    )


class _Builds:
    """Whether a schema has a finite instance, given the components known to have one."""

    def __init__(self, document: dict[str, Any], buildable: set[str]) -> None:
        self.document = document
        self.buildable = buildable
        self.following: set[str] = set()

    def schema(self, schema: Any) -> bool:
        if not isinstance(schema, dict):
            return True  # true/false schemas and the like: nothing to build
        if self._ends_chain(schema):
            return True
        ref = schema.get("$ref")
        if isinstance(ref, str) and not self.ref(ref):
            return False
        for branches, need_all in (("allOf", True), ("anyOf", False), ("oneOf", False)):
            options = schema.get(branches)
            if isinstance(options, list) and options:
                results = [self.schema(option) for option in options]
                if not (all(results) if need_all else any(results)):
                    return False
        properties = schema.get("properties")
        required = schema.get("required")
        if isinstance(properties, dict) and isinstance(required, list):
            for name in required:
                if name in properties and not self.schema(properties[name]):
                    return False
        return True

    def ref(self, ref: str) -> bool:
        if ref.startswith(_SCHEMAS) and "/" not in ref[len(_SCHEMAS) :]:
            name = unescape(ref[len(_SCHEMAS) :])
            # A reference to nowhere is check_refs's to report, not a cycle.
            return name in self.buildable or not resolves(self.document, ref)
        if not resolves(self.document, ref):
            return True
        if ref in self.following:
            return False
        self.following.add(ref)
        try:
            return self.schema(resolve_pointer(self.document, ref[1:]))
        finally:
            self.following.discard(ref)

    @staticmethod
    def _ends_chain(schema: dict[str, Any]) -> bool:
        """Null, a default, an array, a map or a scalar: a finite value is at hand."""
        kind = schema.get("type")
        if schema.get("nullable") is True or kind == "null":
            return True
        if isinstance(kind, list) and "null" in kind:
            return True
        if kind in ("array", "string", "integer", "number", "boolean"):
            return True  # [] or any scalar: a chain through it ends
        if kind == "object" and "properties" not in schema and "$ref" not in schema:
            return "allOf" not in schema and "anyOf" not in schema and "oneOf" not in schema
        return "const" in schema or "enum" in schema or "default" in schema


_Step = tuple[str, str, tuple[str | int, ...]]  # schema, what leads on, pointer below it


def _cycle(schemas: dict[str, Any], start: str, stuck: set[str]) -> list[_Step]:
    """The steps from ``start`` around a cycle of unbuildable schemas (or the first stuck)."""
    path: list[_Step] = []
    seen: dict[str, int] = {}
    name = start
    while name not in seen:
        seen[name] = len(path)
        step = _stuck_step(schemas[name], stuck, ())
        if step is None:  # no single property to blame: report the schema itself
            return path or [(name, "(itself)", ())]
        label, target, at = step
        path.append((name, label, at))
        name = target
    return path[seen[name] :]


def _stuck_step(
    schema: dict[str, Any], stuck: set[str], at: tuple[str | int, ...]
) -> tuple[str, str, tuple[str | int, ...]] | None:
    """A required property of ``schema`` that leads to another unbuildable component."""
    properties = schema.get("properties") or {}
    for prop in schema.get("required") or []:
        target = _stuck_target(properties.get(prop), stuck)
        if target is not None:
            return str(prop), target, (*at, "properties", str(prop))
    for index, branch in enumerate(schema.get("allOf") or []):
        target = _stuck_target(branch, stuck)
        if target is not None:
            return "allOf", target, (*at, "allOf", index)
        if isinstance(branch, dict):
            inner = _stuck_step(branch, stuck, (*at, "allOf", index))
            if inner is not None:
                return inner
    return None


def _stuck_target(schema: Any, stuck: set[str]) -> str | None:
    if not isinstance(schema, dict):
        return None
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith(_SCHEMAS):
        name = unescape(ref[len(_SCHEMAS) :])
        if name in stuck:
            return name
    for key in ("allOf", "anyOf", "oneOf"):
        for branch in schema.get(key) or []:
            target = _stuck_target(branch, stuck)
            if target is not None:
                return target
    return None
