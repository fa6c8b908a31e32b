"""Normalize a vendor's document (after its overlay) into the reviewed checkpoint.

- components renamed where the overlay declares ``x-clientgen-name`` (references follow);
- every operation gets an ``operationId`` (from its summary when the docs give none);
- header parameters that only restate the security scheme are dropped (the client sets auth);
- error responses that documents give no body schema get the vendor's declared error schema;
- every inline object schema of a request or response is lifted into ``components/schemas``
  under a deliberate name (its ``title``, else ``<Operation>Response`` / ``<Parent><Property>``),
  so model generation never falls back to invented names; uses of one name become one record
  (every field documented anywhere, required where every use requires it) or an error;
- a media type's single ``example`` joins its ``examples``;
- keys are put in one stable order.
"""

from __future__ import annotations

import copy
from typing import Any

from clientgen.core.diagnostics import ClientgenError, Diagnostic
from clientgen.core.naming import camel_case, numbered, pascal_case, singular
from clientgen.core.openapi import (
    HTTP_METHODS,
    iter_refs,
    json_pointer,
    operations,
    resolve_pointer,
)
from clientgen.core.schema_shapes import (
    NULL_SCHEMA,
    PROSE_KEYS,
    fill_prose,
    is_open_object,
    split_nullable,
    without_prose,
)
from clientgen.spec.combine import inline_path_parameters

_DOC_KEYS = ("openapi", "info", "jsonSchemaDialect", "servers", "security", "tags", "paths")
_OPERATION_KEYS = (
    "operationId", "summary", "description", "tags", "parameters", "requestBody", "responses",
    "security", "deprecated", "servers", "callbacks", "externalDocs",
)  # fmt: skip
_SCHEMA_FIRST = (
    "$ref",
    "title",
    "type",
    "format",
    "description",
    "required",
    "properties",
    "items",
    "enum",
)


def normalize(
    document: dict[str, Any], source: str, warnings: list[Diagnostic] | None = None
) -> dict[str, Any]:
    """Return the normalized copy of a vendor document; ``source`` names it in errors and in
    the ``warnings`` (names it had to choose) appended to the list given."""
    said = warnings if warnings is not None else []
    doc = copy.deepcopy(document)
    _inline_refs_outside_components(doc, source)
    _rename_components(doc, source)
    inline_path_parameters(doc)
    _assign_operation_ids(doc, source, said)
    _drop_credential_parameters(doc)
    _fill_error_schemas(doc)
    _fold_single_examples(doc)
    _Lifter(doc, source, said).lift_all()
    return _ordered_document(doc)


def _inline_refs_outside_components(doc: dict[str, Any], source: str) -> None:
    """A ``$ref`` into a path's inline schema (``#/paths/~1ships/get/...``) gets a copy of
    what it points to: lifting moves inline schemas, and the pointer would lead nowhere."""

    def inline(node: Any, where: str, depth: int) -> Any:
        if isinstance(node, list):
            return [inline(value, f"{where}/{i}", depth) for i, value in enumerate(node)]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/") and not ref.startswith("#/components/"):
            if depth > 32:
                raise ClientgenError(
                    f"$ref {ref!r} leads through more than 32 references outside components",
                    file=source,
                    pointer=where,
                )
            try:
                target = resolve_pointer(doc, ref[1:])
            except (KeyError, IndexError, TypeError, ValueError):
                return node  # validation names it
            return inline(copy.deepcopy(target), where, depth + 1)
        return {key: inline(value, f"{where}/{json_pointer(str(key))[1:]}", depth)
                for key, value in node.items()}  # fmt: skip

    # Most documents have none: they are not rebuilt for nothing.
    if not any(
        ref.startswith("#/") and not ref.startswith("#/components/") for _, ref in iter_refs(doc)
    ):
        return
    for key in ("paths", "components", "webhooks"):
        if isinstance(doc.get(key), dict):
            doc[key] = inline(doc[key], f"/{key}", 0)


def _rename_components(doc: dict[str, Any], source: str) -> None:
    """Give a component the name its ``x-clientgen-name`` declares, and follow every ``$ref``.

    Generated documents name schemas after routes (FastAPI: ``Body_upload_voice_sample_api_v1_
    ...``); the overlay declares the name users read instead of copying the schema.
    """
    schemas = (doc.get("components") or {}).get("schemas") or {}
    renames: dict[str, str] = {}
    for name, schema in list(schemas.items()):
        declared = schema.get("x-clientgen-name") if isinstance(schema, dict) else None
        if not declared:
            continue
        new = str(declared)
        if new == name:
            del schema["x-clientgen-name"]
            continue
        if new in schemas or new in renames.values():
            raise ClientgenError(
                f"x-clientgen-name {new!r} is already the name of another schema",
                file=source,
                pointer=json_pointer("components", "schemas", name, "x-clientgen-name"),
            )
        renames[json_pointer("components", "schemas", name)] = new
        del schema["x-clientgen-name"]
        schemas[new] = schemas.pop(name)
    if renames:
        new_refs = {
            old: "#" + json_pointer("components", "schemas", new) for old, new in renames.items()
        }
        _rewrite_refs(doc, {f"#{old}": ref for old, ref in new_refs.items()})


def _rewrite_refs(node: Any, refs: dict[str, str]) -> None:
    """Point every reference to a renamed component (or into one) at its new name."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            for old, new in refs.items():
                if ref == old or ref.startswith(old + "/"):
                    node["$ref"] = new + ref[len(old) :]
        for value in node.values():
            _rewrite_refs(value, refs)
    elif isinstance(node, list):
        for value in node:
            _rewrite_refs(value, refs)


def _assign_operation_ids(doc: dict[str, Any], source: str, warnings: list[Diagnostic]) -> None:
    """Every operation gets an id, unique once spelled as a class name (``listVoices`` and
    ``ListVoices`` are one): a later one that is not is numbered, with a warning."""
    seen: dict[str, str] = {}
    for path, method, op in operations(doc):
        if not op.get("operationId"):
            basis = op.get("summary") or f"{method} {path.replace('{', '').replace('}', '')}"
            op["operationId"] = camel_case(basis)
        key = pascal_case(op["operationId"])
        where = json_pointer("paths", path, method, "operationId")
        if key in seen:
            original = op["operationId"]
            op["operationId"] = numbered(original, lambda n: pascal_case(n) in seen, "")
            key = pascal_case(op["operationId"])
            warnings.append(
                Diagnostic(
                    f"operation id {original!r} collides with {seen[pascal_case(original)]}; "
                    f"this operation's is {op['operationId']!r}",
                    file=source,
                    pointer=where,
                )
            )
        seen[key] = where


def _credential_parameters(doc: dict[str, Any]) -> set[tuple[str, str]]:
    """(in, lower-cased name) of each parameter a security scheme fills."""
    sent: set[tuple[str, str]] = set()
    for scheme in ((doc.get("components") or {}).get("securitySchemes") or {}).values():
        if not isinstance(scheme, dict):
            continue
        if scheme.get("type") == "apiKey" and scheme.get("in") in ("header", "query", "cookie"):
            sent.add((str(scheme["in"]), str(scheme.get("name", "")).lower()))
        elif scheme.get("type") in ("http", "oauth2", "openIdConnect"):
            sent.add(("header", "authorization"))
    return sent


def _drop_credential_parameters(doc: dict[str, Any]) -> None:
    # A parameter that carries the credentials is the client's to send, not an argument.
    sent = _credential_parameters(doc)
    for _, _, op in operations(doc):
        params = op.get("parameters")
        if params:
            kept = [
                p for p in params
                if (p.get("in"), str(p.get("name", "")).lower()) not in sent
            ]  # fmt: skip
            if kept:
                op["parameters"] = kept
            else:
                del op["parameters"]


def _is_error_status(status: str) -> bool:
    return status == "default" or status[:1] in ("4", "5")


def _fill_error_schemas(doc: dict[str, Any]) -> None:
    declared = (doc.get("x-clientgen") or {}).get("error", {}).get("schema")
    if not declared:
        return
    for _, _, op in operations(doc):
        for status, response in (op.get("responses") or {}).items():
            if not _is_error_status(str(status)) or "$ref" in response:
                continue
            content = response.setdefault("content", {})
            media = content.setdefault("application/json", {})
            media.setdefault("schema", copy.deepcopy(declared))


def _fold_single_examples(doc: dict[str, Any]) -> None:
    for _, _, op in operations(doc):
        bodies = [op.get("requestBody") or {}, *(op.get("responses") or {}).values()]
        for body in bodies:
            for media in (body.get("content") or {}).values():
                if "example" in media:
                    examples = media.setdefault("examples", {})
                    key = "example" if "example" not in examples else "documented"
                    examples[key] = {"value": media.pop("example")}


class _Lifter:
    """Moves inline object schemas into components/schemas, naming each once."""

    def __init__(self, doc: dict[str, Any], source: str, warnings: list[Diagnostic]) -> None:
        self.doc = doc
        self.source = source
        self.warnings = warnings
        self.schemas: dict[str, Any] = doc.setdefault("components", {}).setdefault("schemas", {})
        self.origin: dict[str, str] = {
            name: json_pointer("components", "schemas", name) for name in self.schemas
        }
        self.declared = frozenset(self.schemas)  # the document's own components

    def lift_all(self) -> None:
        for name in list(self.schemas):
            self._walk_children(self.schemas[name], name, self.origin[name])
        for path, method, op in operations(self.doc):
            base = pascal_case(op["operationId"])
            where = json_pointer("paths", path, method)
            body = op.get("requestBody") or {}
            for media_type, media in (body.get("content") or {}).items():
                if "schema" in media:
                    pointer = f"{where}/requestBody/content/{json_pointer(media_type)[1:]}/schema"
                    media["schema"] = self._lift(media["schema"], f"{base}Request", pointer)
            success = sorted(str(s) for s in (op.get("responses") or {}) if str(s).startswith("2"))
            for status, response in (op.get("responses") or {}).items():
                if str(status).startswith("2"):
                    # The first success is "<Op>Response"; others carry their status.
                    suffix = "Response" if str(status) == success[0] else f"Response{status}"
                else:
                    suffix = f"Error{status}".title()
                for media_type, media in (response.get("content") or {}).items():
                    if "schema" in media:
                        pointer = (
                            f"{where}/responses/{status}/content/"
                            f"{json_pointer(media_type)[1:]}/schema"
                        )
                        media["schema"] = self._lift(media["schema"], base + suffix, pointer)
            for index, param in enumerate(op.get("parameters") or []):
                if "schema" in param:
                    name = base + pascal_case(str(param.get("name", "param")))
                    param["schema"] = self._lift(
                        param["schema"], name, f"{where}/parameters/{index}/schema"
                    )

    def _is_object(self, schema: Any) -> bool:
        if not isinstance(schema, dict) or "$ref" in schema:
            return False
        kind = schema.get("type")
        kinds = kind if isinstance(kind, list) else [kind]
        return "object" in kinds or ("properties" in schema and kind is None)

    def _lift(self, schema: Any, context_name: str, pointer: str) -> Any:
        """Return what stands in the schema's place: a ``$ref`` where it was an object."""
        if not isinstance(schema, dict):
            return schema
        if not self._is_object(schema):
            self._walk_children(schema, context_name, pointer)
            return schema
        if not schema.get("properties") and not schema.get("title"):
            # A free-form object (no documented fields) stays a plain dict.
            return schema
        lifted = copy.deepcopy(schema)
        titled = bool(lifted.get("title"))
        name = pascal_case(lifted.pop("title", None) or context_name)
        use_site: dict[str, Any] = {}
        if "description" in lifted:
            # The text describes this use (a property, a response), not the shape itself:
            # one shape used twice must not carry the first use's words.
            use_site["description"] = lifted.pop("description")
        nullable = isinstance(lifted.get("type"), list) and "null" in lifted["type"]
        if nullable:
            rest = [t for t in lifted["type"] if t != "null"]
            lifted["type"] = rest[0] if len(rest) == 1 else rest
        self._walk_children(lifted, name, pointer)
        name = self._register(name, lifted, pointer, invented=not titled)
        ref = {"$ref": f"#/components/schemas/{name}"}
        if nullable:
            return {"anyOf": [ref, {"type": "null"}], **use_site}
        return {**ref, **use_site}

    def _walk_children(self, schema: dict[str, Any], name: str, pointer: str) -> None:
        for prop, sub in (schema.get("properties") or {}).items():
            schema["properties"][prop] = self._lift(
                sub, name + pascal_case(prop), f"{pointer}/properties/{json_pointer(prop)[1:]}"
            )
        if isinstance(schema.get("items"), dict):
            item_name = singular(name) if name.endswith("s") else name + "Item"
            schema["items"] = self._lift(schema["items"], item_name, f"{pointer}/items")
        if isinstance(schema.get("additionalProperties"), dict):
            schema["additionalProperties"] = self._lift(
                schema["additionalProperties"], name + "Value", f"{pointer}/additionalProperties"
            )
        for combinator in ("anyOf", "oneOf", "allOf"):
            for index, sub in enumerate(schema.get(combinator) or []):
                schema[combinator][index] = self._lift(
                    sub, f"{name}{combinator[0].upper()}{index}", f"{pointer}/{combinator}/{index}"
                )

    def _register(self, name: str, schema: dict[str, Any], pointer: str, invented: bool) -> str:
        """Add ``schema`` as ``name`` (one shape with what is there already); return its name.

        A titled record is one record wherever it is described, and two shapes under one
        title are an error. A name made up from where the schema stands (``<Op>Request``)
        that the document's own component of another shape has, or that another made-up
        schema has and cannot share, is numbered instead, with a warning.
        """
        existing = self.schemas.get(name)
        if existing is None:
            self.schemas[name] = schema
            self.origin[name] = pointer
            return name
        if existing is schema:
            return name
        unified, disagreement = _unify(existing, schema)
        if invented and name in self.declared and without_prose(existing) != without_prose(schema):
            unified = None  # never fields of an invented use merged into a declared component
        if unified is None and invented:
            free = numbered(name, self.schemas.__contains__, separator="")
            self.warnings.append(
                Diagnostic(
                    f"{name!r} is {self.origin[name]}, of another shape; this schema is {free!r}",
                    file=self.source,
                    pointer=pointer,
                )
            )
            return self._register(free, schema, pointer, invented=False)
        if unified is None:
            raise ClientgenError(
                f"two different shapes are both named {name!r}: {self.origin[name]} and {pointer}"
                f" ({disagreement})",
                file=self.source,
                pointer=pointer,
            )
        fill_prose(unified, existing)
        fill_prose(unified, schema)
        self.schemas[name] = unified
        return name


def _unify(first: dict[str, Any], second: dict[str, Any]) -> tuple[dict[str, Any] | None, str]:
    """One shape for two uses of one named record, or (None, what differs).

    Pages describe a recurring record (a voice, a sample) more or less fully: one lists every
    field, another only a few, a third says "an object, see List Voices". Under one name they
    are one record: its fields are all the fields documented anywhere, each with the same type
    wherever it appears, and required only where every use requires it.
    """
    plain_first, plain_second = without_prose(first), without_prose(second)
    if plain_first == plain_second:
        return copy.deepcopy(first), ""
    if is_open_object(plain_second):
        return copy.deepcopy(first), ""
    if is_open_object(plain_first):
        return copy.deepcopy(second), ""
    rest_first = {k: v for k, v in plain_first.items() if k not in ("properties", "required")}
    rest_second = {k: v for k, v in plain_second.items() if k not in ("properties", "required")}
    if rest_first != rest_second or not first.get("properties") or not second.get("properties"):
        return None, "they are not two descriptions of one object"
    unified = copy.deepcopy(first)
    for prop in sorted(first["properties"].keys() & second["properties"].keys()):
        field = _unify_field(first["properties"][prop], second["properties"][prop])
        if field is None:
            return None, f"the field {prop!r} differs"
        unified["properties"][prop] = field
    for prop, sub in second["properties"].items():
        unified["properties"].setdefault(prop, copy.deepcopy(sub))
    required = [r for r in first.get("required", []) if r in set(second.get("required", []))]
    if required:
        unified["required"] = required
    else:
        unified.pop("required", None)
    return unified, ""


# Facts one description of a field may state and another leave out (a status's enum listed on
# one page only); stated twice, they must agree.
_FIELD_FACTS = ("enum", "format", "default")


def _unify_field(first: Any, second: Any) -> dict[str, Any] | None:
    """One schema for a field two descriptions of a record give, or None where they disagree.

    The fuller description wins where the other is silent: an enum, a format, a default, and
    nullability (a field that one page shows as null can be null).
    """
    if not isinstance(first, dict) or not isinstance(second, dict):
        return None
    if without_prose(first) == without_prose(second):
        return copy.deepcopy(first)
    first_value, first_null = split_nullable(first)
    second_value, second_null = split_nullable(second)
    if _bare_field(first_value) != _bare_field(second_value):
        return None
    unified = copy.deepcopy(first)
    value, _ = split_nullable(unified)
    for fact in _FIELD_FACTS:
        if fact in first_value and fact in second_value:
            if without_prose({fact: first_value[fact]}) != without_prose(
                {fact: second_value[fact]}
            ):
                return None
        elif fact in second_value:
            value[fact] = copy.deepcopy(second_value[fact])
    if second_null and not first_null:
        kinds = unified.get("type")
        if isinstance(kinds, str):
            unified["type"] = [kinds, "null"]
        elif isinstance(kinds, list):
            unified["type"] = [*kinds, "null"]
        else:  # a $ref or a combinator: X | null
            prose = {k: unified.pop(k) for k in list(unified) if k in PROSE_KEYS}
            unified = {"anyOf": [unified, dict(NULL_SCHEMA)], **prose}
    return unified


def _bare_field(schema: dict[str, Any]) -> Any:
    """A field's shape without prose, the facts one page may omit, or null in a type list."""
    bare = without_prose(schema)
    for fact in _FIELD_FACTS:
        bare.pop(fact, None)
    kinds = bare.get("type")
    if isinstance(kinds, list) and "null" in kinds:
        rest = [k for k in kinds if k != "null"]
        bare["type"] = rest[0] if len(rest) == 1 else rest
    return bare


def _ordered(mapping: dict[str, Any], first: tuple[str, ...]) -> dict[str, Any]:
    head = [k for k in first if k in mapping]
    tail = [k for k in mapping if k not in first and not k.startswith("x-")]
    ext = sorted(k for k in mapping if k.startswith("x-") and k not in first)
    return {k: mapping[k] for k in [*head, *tail, *ext]}


def _ordered_schema(schema: Any) -> Any:
    if isinstance(schema, list):
        return [_ordered_schema(s) for s in schema]
    if not isinstance(schema, dict):
        return schema
    out = _ordered(schema, _SCHEMA_FIRST)
    for key in ("properties", "$defs"):
        if isinstance(out.get(key), dict):
            out[key] = {k: _ordered_schema(v) for k, v in out[key].items()}
    for key in ("items", "additionalProperties", "not", "anyOf", "oneOf", "allOf"):
        if key in out:
            out[key] = _ordered_schema(out[key])
    return out


def _ordered_document(doc: dict[str, Any]) -> dict[str, Any]:
    paths = {}
    for path in sorted(doc.get("paths") or {}):
        item = doc["paths"][path]
        if not isinstance(item, dict):  # an extension under paths (x-codegen-contextRoot: /v2)
            paths[path] = item
            continue
        ordered_item = {m: _ordered(item[m], _OPERATION_KEYS) for m in HTTP_METHODS if m in item}
        for op in ordered_item.values():
            if "responses" in op:
                op["responses"] = {k: op["responses"][k] for k in sorted(op["responses"], key=str)}
        ordered_item.update({k: v for k, v in item.items() if k not in HTTP_METHODS})
        paths[path] = ordered_item
    doc["paths"] = paths
    components = doc.get("components") or {}
    doc["components"] = {
        section: {name: _ordered_schema(value) for name, value in sorted(entries.items())}
        if section == "schemas"
        else dict(sorted(entries.items()))
        for section, entries in sorted(components.items())
    }
    return _ordered(doc, _DOC_KEYS)
