"""One interface over every vendor: the ``x-clientgen-cloner`` declaration of a spec.

A vendor's overlay declares, once, which of its operations do what a ``VoiceCloner`` offers
(list, get, clone, delete voices; list, add, download samples), where the voices and samples
sit in their responses, which schema fields are the shared fields, and how its statuses read
as ``processing | ready | failed | archived``. ``check_declaration`` holds the declaration
against the spec (a name the spec lacks is an error naming both); the model stage
(``model/cloner_binding.py``) later binds it to the API model's Python names.

    x-clientgen-cloner:
      options: {assistant_id: {type: integer, description: ...}}   # connect() keywords
      voice:
        schema: ClonedVoice
        fields: {id: id, name: name, status: status, language: language, created_at: created_at}
        statuses: {processing: processing, ready: ready, failed: failed, archived: archived}
        # or `status: ready` where the vendor's voices have no status and are usable at once
      sample: {schema: VoiceSample, fields: {id: id, voice_id: voice_id, created_at: created_at}}
      operations:
        list_voices: {call: GET /voices, voices: /voices}          # pointer in the response
        get_voice: {call: GET /voices/{id}, args: {id: voice_id}, voice: /voice}
        # or {find_in: list_voices} where there is no such operation
        clone:                                                       # one step, or a list
          - call: POST /samples
            args: {file: files.0, assistant_id: option.assistant_id}
            keep: {sample_id: /voice_sample/id}                      # for later steps
          - {call: POST /voices, args: {sample: sample_id, name: name}, voice: /cloned_voice}

Argument sources: the method's own inputs (``voice_id``, ``sample_id``, ``name``, ``files``, or
``files.0`` for a vendor that clones from one file), ``option.<name>``, or a value kept by an
earlier step. ``clone`` passes its ``**vendor_options`` on to its last step.
"""

from __future__ import annotations

import keyword
from typing import Any

from clientgen.core.diagnostics import ClientgenError
from clientgen.core.openapi import deref, json_pointer, unescape
from clientgen.core.schema_shapes import split_nullable

# Where a spec declares its cloner (the overlay writes it at the document's root).
KEY = "x-clientgen-cloner"
STATUSES = ("processing", "ready", "failed", "archived")
# Each capability: the inputs its method has, and the results a declaration may point at.
CAPABILITIES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "list_voices": ((), ("voices",)),
    "get_voice": (("voice_id",), ("voice",)),
    "clone": (("name", "files"), ("voice", "voice_id")),
    "delete_voice": (("voice_id",), ()),
    "list_samples": (("voice_id",), ("samples",)),
    "add_samples": (("voice_id", "files"), ()),
    "download_sample": (("voice_id", "sample_id"), ()),
}
SHAPE_FIELDS = {
    "voice": ("id", "name", "status", "language", "created_at"),
    "sample": ("id", "voice_id", "name", "created_at"),
}
OPTION_TYPES = {"string": "str", "integer": "int"}
# connect() passes every other keyword to the vendor client, whose own these are.
CLIENT_OPTIONS = (
    "api_key",
    "base_url",
    "timeout",
    "max_retries",
    "default_headers",
    "http_client",
)


# ------------------------------------------------------------------------------ checking


def check_declaration(document: dict[str, Any], source: str) -> None:
    """Hold a document's cloner declaration (if any) against the document itself."""
    declaration = document.get(KEY)
    if declaration is not None:
        _Checker(document, source).check(declaration)


class _Checker:
    def __init__(self, document: dict[str, Any], source: str) -> None:
        self.doc = document
        self.source = source

    def fail(self, message: str, *where: str | int) -> ClientgenError:
        return ClientgenError(message, file=self.source, pointer=json_pointer(KEY, *where))

    def mapping(self, value: Any, allowed: tuple[str, ...], *where: str | int) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail("must be a mapping", *where)
        unknown = sorted(set(value) - set(allowed))
        if unknown:
            raise self.fail(f"unknown key {unknown[0]!r} (known: {', '.join(allowed)})", *where)
        return value

    def check(self, declaration: Any) -> None:
        root = self.mapping(declaration, ("options", "voice", "sample", "operations"))
        options = self.mapping(
            root.get("options") or {}, tuple(root.get("options") or {}), "options"
        )
        for name, option in options.items():
            if (
                not isinstance(name, str)
                or not name.isidentifier()
                or keyword.iskeyword(name)
                or name in CLIENT_OPTIONS
            ):
                raise self.fail(
                    f"option {name!r} must be a Python name other than the client's own "
                    f"({', '.join(CLIENT_OPTIONS)})",
                    "options",
                    str(name),
                )
            spec = self.mapping(option, ("type", "description"), "options", name)
            if spec.get("type") not in OPTION_TYPES:
                raise self.fail(f"type must be one of {sorted(OPTION_TYPES)}", "options", name)
        if "voice" not in root:
            raise self.fail("declares no voice schema", "voice")
        self.shape(root["voice"], "voice")
        if "sample" in root:
            self.shape(root["sample"], "sample")
        operations = self.mapping(root.get("operations") or {}, tuple(CAPABILITIES), "operations")
        for name, declared in operations.items():
            self.capability(name, declared, set(options), root)

    def schema(self, name: Any, *where: str | int) -> dict[str, Any]:
        schemas = (self.doc.get("components") or {}).get("schemas") or {}
        if not isinstance(name, str) or not isinstance(schemas.get(name), dict):
            raise self.fail(f"schema {name!r} is not in the spec's components", *where)
        schema: dict[str, Any] = schemas[name]
        return schema

    def shape(self, value: Any, kind: str) -> None:
        keys = (
            ("schema", "fields", "statuses", "status") if kind == "voice" else ("schema", "fields")
        )
        shape = self.mapping(value, keys, kind)
        schema = self.schema(shape.get("schema"), kind, "schema")
        properties = self.properties(schema)
        fields = self.mapping(shape.get("fields"), SHAPE_FIELDS[kind], kind, "fields")
        if "id" not in fields:
            raise self.fail("must name the id field", kind, "fields")
        for shared, wire in fields.items():
            if not isinstance(wire, str) or wire not in properties:
                raise self.fail(
                    f"schema {shape['schema']!r} has no property {wire!r} "
                    f"(it has: {', '.join(properties)})",
                    kind,
                    "fields",
                    shared,
                )
        if kind != "voice":
            return
        if "status" in shape:
            if shape["status"] not in STATUSES or "status" in fields or "statuses" in shape:
                raise self.fail(
                    f"a constant status is one of {', '.join(STATUSES)}, given instead of a "
                    "status field and statuses",
                    kind,
                    "status",
                )
            return
        if "status" not in fields:
            raise self.fail("names no status field and no constant status", kind)
        declared = shape.get("statuses")
        statuses = self.mapping(declared, tuple(declared or {}), kind, "statuses")
        documented = self.unwrap(properties[fields["status"]]).get("enum")
        for vendor_value, shared in statuses.items():
            if not isinstance(shared, str) or shared not in STATUSES:
                raise self.fail(
                    f"{shared!r} is not a shared status ({', '.join(STATUSES)})",
                    kind,
                    "statuses",
                    vendor_value,
                )
            if isinstance(documented, list) and vendor_value not in documented:
                raise self.fail(
                    f"status {vendor_value!r} is not one that {shape['schema']}."
                    f"{fields['status']} documents ({', '.join(map(str, documented))})",
                    kind,
                    "statuses",
                    vendor_value,
                )
        for value in documented or []:
            if value is not None and value not in statuses:
                raise self.fail(
                    f"the documented status {value!r} of {shape['schema']}.{fields['status']} "
                    "is not mapped to a shared status",
                    kind,
                    "statuses",
                )
        if not statuses:
            raise self.fail("maps no status", kind, "statuses")

    def capability(self, name: str, declared: Any, options: set[str], root: dict[str, Any]) -> None:
        if name == "get_voice" and isinstance(declared, dict) and "find_in" in declared:
            self.mapping(declared, ("find_in",), "operations", name)
            if declared["find_in"] != "list_voices" or "list_voices" not in (
                root.get("operations") or {}
            ):
                raise self.fail(
                    "find_in names list_voices, which must be declared", "operations", name
                )
            return
        steps = declared if isinstance(declared, list) else [declared]
        if not steps:
            raise self.fail("declares no step", "operations", name)
        inputs, results = CAPABILITIES[name]
        sources = set(inputs) | {f"option.{o}" for o in options}
        if "files" in inputs:
            sources.add("files.0")
        for index, step in enumerate(steps):
            where: tuple[str | int, ...] = (
                ("operations", name, index) if isinstance(declared, list) else ("operations", name)
            )
            last = index == len(steps) - 1
            allowed = ("call", "args", "keep", *(results if last else ()))
            step = self.mapping(step, allowed, *where)
            path_item, operation = self.operation(step.get("call"), *where, "call")
            known = self.parameters(path_item, operation)
            for wire, value in (
                self.mapping(step.get("args") or {}, tuple(known), *where, "args")
            ).items():
                if not isinstance(value, str) or value not in sources:
                    raise self.fail(
                        f"{value!r} is none of what {name} has ({', '.join(sorted(sources))})",
                        *where,
                        "args",
                        wire,
                    )
            # Body fields of clone's last step may come in its vendor_options; nothing else may.
            excused = self.body_fields(operation) if name == "clone" and last else set()
            missing = [
                p
                for p, required in known.items()
                if required and p not in (step.get("args") or {}) and p not in excused
            ]
            if missing:
                raise self.fail(
                    f"{step['call']} requires {', '.join(missing)}, which args do not give",
                    *where,
                    "args",
                )
            response = self.response(operation)
            for variable, pointer in (
                self.mapping(step.get("keep") or {}, tuple(step.get("keep") or {}), *where, "keep")
            ).items():
                if not str(variable).isidentifier() or variable in sources:
                    raise self.fail(
                        f"{variable!r} must be a new Python name for what the step keeps",
                        *where,
                        "keep",
                        variable,
                    )
                self.walk(response, pointer, *where, "keep", variable)
                sources.add(variable)
            if last:
                self.result_kind(name, step, operation, root, *where)
            declared_results = [r for r in results if r in step]
            if last and results and len(declared_results) != 1 and name != "delete_voice":
                raise self.fail(f"must point at one of: {', '.join(results)}", *where)
            for result in declared_results:
                target = self.walk(response, step[result], *where, result)
                self.result_type(result, target, root, *where, result)

    def operation(self, call: Any, *where: str | int) -> tuple[dict[str, Any], dict[str, Any]]:
        """The path item and the operation that ``call`` ("METHOD /path") names."""
        method, _, path = str(call).partition(" ")
        item = (self.doc.get("paths") or {}).get(path)
        operation = item.get(method.lower()) if isinstance(item, dict) else None
        if not isinstance(item, dict) or not isinstance(operation, dict):
            raise self.fail(f"{call!r} is not an operation of the spec ('METHOD /path')", *where)
        return item, operation

    def parameters(self, path_item: dict[str, Any], operation: dict[str, Any]) -> dict[str, bool]:
        """Wire name → required, for every parameter (the path's too) and top-level body
        field; whether a call can pass them is settled by ``bind`` against the API model."""
        found: dict[str, bool] = {}
        for parameter in [
            *(path_item.get("parameters") or []),
            *(operation.get("parameters") or []),
        ]:
            parameter = self.deref(parameter)
            if isinstance(parameter, dict) and isinstance(parameter.get("name"), str):
                found[parameter["name"]] = bool(parameter.get("required"))
        body = self.deref(operation.get("requestBody") or {})
        for media in (body.get("content") or {}).values():
            schema = self.deref(media.get("schema") or {})
            required = set(schema.get("required") or [])
            for prop in self.properties(schema):
                found.setdefault(prop, prop in required)
        return found

    def body_fields(self, operation: dict[str, Any]) -> set[str]:
        body = self.deref(operation.get("requestBody") or {})
        return {
            prop
            for media in (body.get("content") or {}).values()
            for prop in self.properties(self.deref(media.get("schema") or {}))
        }

    def properties(self, schema: dict[str, Any]) -> dict[str, Any]:
        """A schema's properties, those of its allOf parts included."""
        found: dict[str, Any] = {}
        for part in [self.deref(p) for p in schema.get("allOf") or []]:
            if isinstance(part, dict):
                found.update(self.properties(part))
        found.update(schema.get("properties") or {})
        return found

    def result_kind(
        self,
        name: str,
        step: dict[str, Any],
        operation: dict[str, Any],
        root: dict[str, Any],
        *where: str | int,
    ) -> None:
        """What the capability's method returns must be what the operation answers."""
        operations = root.get("operations") or {}
        if name == "download_sample" and not any(
            not (media == "application/json" or media.endswith("+json"))
            for status, response in (operation.get("responses") or {}).items()
            if str(status).startswith("2")
            for media in (self.deref(response).get("content") or {})
        ):
            raise self.fail("download_sample needs an operation that answers audio", *where)
        if name == "list_samples" and "sample" not in root:
            raise self.fail("list_samples needs a sample schema (sample:)", *where)
        if name == "clone" and "voice_id" in step and "get_voice" not in operations:
            raise self.fail("a clone that answers a voice id needs get_voice", *where)

    def deref(self, node: Any) -> Any:
        return deref(self.doc, node)

    def response(self, operation: dict[str, Any]) -> dict[str, Any]:
        responses = operation.get("responses") or {}
        for status in sorted(str(s) for s in responses):
            if status.startswith("2"):
                content = self.deref(responses[status]).get("content") or {}
                for media, body in content.items():
                    if media == "application/json" or media.endswith("+json"):
                        schema = self.deref(body.get("schema") or {})
                        envelope = (self.doc.get("x-clientgen") or {}).get("envelope") or {}
                        data = envelope.get("data")
                        if isinstance(data, str) and data:
                            inner = self.walk_or_none(schema, data)
                            schema = schema if inner is None else inner
                        found: dict[str, Any] = schema
                        return found
        return {}

    def walk_or_none(self, schema: dict[str, Any], pointer: str) -> dict[str, Any] | None:
        node = schema
        for raw in [p for p in pointer.split("/") if p]:
            part = unescape(raw)
            node = self.unwrap(node)
            props = self.properties(node)
            if part not in props:
                return None
            node = self.deref(props[part])
        return node

    def walk(self, schema: dict[str, Any], pointer: Any, *where: str | int) -> dict[str, Any]:
        if not isinstance(pointer, str) or (pointer and not pointer.startswith("/")):
            raise self.fail("must be a JSON pointer into the response ('' for all of it)", *where)
        found = self.walk_or_none(schema, pointer)
        if found is None:
            raise self.fail(f"the response has nothing at {pointer!r}", *where)
        return found

    def unwrap(self, schema: dict[str, Any]) -> dict[str, Any]:
        """A nullable ``anyOf: [X, null]`` read as X."""
        inner, _ = split_nullable(self.deref(schema))
        found: dict[str, Any] = self.deref(inner)
        return found

    def result_type(
        self, result: str, target: dict[str, Any], root: dict[str, Any], *where: str | int
    ) -> None:
        if result == "voice_id":
            if self.unwrap(target).get("type") not in ("string", "integer"):
                raise self.fail("points at something that is not a string or integer id", *where)
            return
        kind = "sample" if result == "samples" else "voice"
        wanted = (root.get(kind) or {}).get("schema")
        node = self.unwrap(target)
        if result in ("voices", "samples"):
            node = self.unwrap(node.get("items") or {}) if node.get("type") == "array" else {}
        schemas = (self.doc.get("components") or {}).get("schemas") or {}
        if node is not schemas.get(wanted):
            raise self.fail(
                f"points at {'a list of ' if result in ('voices', 'samples') else ''}"
                f"something other than the {kind} schema {wanted!r}",
                *where,
            )
