"""The API model built from small OpenAPI documents (model/builder.py): where each argument
goes, what each method returns, every Python name decided once, the cloner bound while the
model is built."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from clientgen.model.api_model import Namespace, Operation
from clientgen.model.builder import build_api_model

NORMALIZED = Path(__file__).resolve().parents[2] / "specs" / "normalized"


def _document(paths: dict[str, Any], schemas: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "Studio", "version": "1"},
        "servers": [{"url": "https://api.example.com/"}],
        "paths": paths,
        "components": {"schemas": schemas or {}},
    }


def _namespace(paths: dict[str, Any], schemas: dict[str, Any] | None = None) -> Namespace:
    [namespace] = build_api_model([("studio", _document(paths, schemas), "studio.yaml")])
    return namespace


def _operation(namespace: Namespace, call: str) -> Operation:
    *trail, name = call.split(".")
    node = namespace.root
    for attr in trail:
        node = node.children[attr]
    return next(op for op in node.operations if op.py_name == name)


def _ok(schema: dict[str, Any] | None = None, media: str = "application/json") -> dict[str, Any]:
    content = {media: {"schema": schema or {"type": "object"}}}
    return {"200": {"description": "ok", "content": content}}


VOICE = {
    "type": "object",
    "properties": {
        "id": {"type": "string"},
        "class": {"type": "string"},
        "json": {"type": "string"},
    },
}


def test_each_argument_states_where_it_goes() -> None:
    namespace = _namespace(
        {
            "/v1/voices/{voice_id}/samples": {
                "post": {
                    "operationId": "upload",
                    "parameters": [
                        {"name": "X-Trace", "in": "header", "schema": {"type": "string"}},
                        {"name": "voice_id", "in": "path", "schema": {"type": "string"}},
                        {"name": "dry_run", "in": "query", "schema": {"type": "boolean"}},
                    ],
                    "requestBody": {
                        "content": {
                            "multipart/form-data": {
                                "schema": {
                                    "type": "object",
                                    "required": ["files"],
                                    "properties": {
                                        "files": {
                                            "type": "array",
                                            "items": {"type": "string", "format": "binary"},
                                        },
                                        "label": {"type": "string"},
                                    },
                                }
                            }
                        }
                    },
                    "responses": _ok(),
                }
            }
        }
    )
    # POST on an item's path that cannot be read is an action on the item: voices.samples().
    op = _operation(namespace, "voices.samples")
    # Path first, then query, then header; the body's fields after them.
    assert [(p.py_name, p.location) for p in op.params] == [
        ("voice_id", "path"),
        ("dry_run", "query"),
        ("x_trace", "header"),
        ("files", "file"),
        ("label", "form"),
    ]
    files = op.params[3]
    assert files.is_file and files.type.many_files and files.required
    assert op.body_kind == "multipart"
    assert op.params[1].type.annotation == "bool"


def test_what_a_method_returns_is_a_kind_and_a_type() -> None:
    namespace = _namespace(
        {
            "/voices": {
                "get": {
                    "operationId": "list",
                    "responses": _ok({"$ref": "#/components/schemas/Voice"}),
                }
            },
            "/voices/{id}/audio": {
                "get": {
                    "operationId": "audio",
                    "parameters": [{"name": "id", "in": "path", "schema": {"type": "string"}}],
                    "responses": _ok({"type": "string", "format": "binary"}, "audio/wav"),
                }
            },
            "/voices/{id}": {
                "delete": {
                    "operationId": "delete",
                    "parameters": [{"name": "id", "in": "path", "schema": {"type": "string"}}],
                    "responses": {"204": {"description": "gone"}},
                }
            },
        },
        {"Voice": VOICE},
    )
    listed = _operation(namespace, "voices.list")
    assert (listed.response_kind, listed.return_annotation) == ("json", "Voice")
    assert listed.models == {"Voice"}
    audio = _operation(namespace, "voices.audio.retrieve")
    assert (audio.response_kind, audio.return_annotation) == ("binary", "BinaryResponse")
    deleted = _operation(namespace, "voices.delete")
    assert (deleted.response_kind, deleted.return_annotation) == ("empty", "None")
    # /voices/{id}: `voice_id` says which id it is.
    assert [p.py_name for p in deleted.params] == ["voice_id"]


def test_names_are_decided_once_and_collisions_resolved_with_a_warning() -> None:
    namespace = _namespace(
        {
            "/voices/{voice_id}": {
                "patch": {
                    "operationId": "update",
                    "parameters": [
                        {"name": "voice_id", "in": "path", "schema": {"type": "string"}},
                        {"name": "timeout", "in": "query", "schema": {"type": "integer"}},
                    ],
                    "requestBody": {
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "properties": {"voice_id": {"type": "string"}},
                                }
                            }
                        }
                    },
                    "responses": _ok({"$ref": "#/components/schemas/Voice"}),
                }
            }
        },
        {"Voice": VOICE},
    )
    op = _operation(namespace, "voices.update")
    # `timeout` is every method's own keyword; the body's voice_id meets the path's.
    assert [p.py_name for p in op.params] == ["voice_id", "timeout_", "body_voice_id"]
    assert [w.message for w in namespace.warnings] == [
        "the body parameter 'voice_id' is the argument 'body_voice_id': 'voice_id' is the path "
        "parameter (set x-clientgen-name to name it otherwise)"
    ]
    # Field names go to the model generator as decided: keywords and pydantic's own guarded.
    assert namespace.field_aliases == {"Voice.class": "class_", "Voice.json": "json_"}
    assert set(namespace.document["components"]["schemas"]) == {"Voice"}


def test_the_later_of_two_schemas_of_one_class_name_is_numbered_everywhere() -> None:
    paths = {"/voices": {"get": {"operationId": "listVoices", "responses": {"200": {
        "description": "ok", "content": {"application/json": {"schema": {
            "$ref": "#/components/schemas/VoiceResponse"}}}}}}}}  # fmt: skip
    namespace = _namespace(paths, {"voice_response": VOICE, "VoiceResponse": VOICE})

    assert sorted(namespace.document["components"]["schemas"]) == [
        "VoiceResponse",
        "VoiceResponse2",
    ]
    assert _operation(namespace, "voices.list").return_annotation == "VoiceResponse2"
    assert any("'VoiceResponse' is 'VoiceResponse2'" in w.message for w in namespace.warnings)


@pytest.mark.parametrize("spec", sorted(NORMALIZED.glob("*.yaml")), ids=lambda p: p.stem)
def test_the_cloner_is_bound_while_the_model_is_built(spec: Path) -> None:
    document = yaml.safe_load(spec.read_text(encoding="utf-8"))
    [namespace] = build_api_model([(spec.stem, document, str(spec))])
    if namespace.cloner_declaration is None:
        assert namespace.cloner is None
        return
    cloner = namespace.cloner
    assert cloner is not None and cloner.vendor == namespace.module
    methods = {
        ".".join((*resource.trail, op.py_name))
        for resource in namespace.root.walk()
        for op in resource.operations
    }
    for capability in cloner.capabilities.values():
        for step in capability.steps:
            assert step.call in methods  # every step calls a generated method
    assert cloner.capabilities["clone"].returns in ("voice", "voice_by_id")


def test_a_path_parameter_may_sit_anywhere_in_a_segment() -> None:
    item = {"get": {"operationId": "getThing", "parameters": [
        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}},
        {"name": "format", "in": "path", "required": True, "schema": {"type": "string"}},
    ], "responses": {"204": {"description": "none"}}}}  # fmt: skip
    namespace = _namespace({"/things/{id}.{format}": item})

    operation = namespace.root.children["things"].operations[0]
    assert [(p.py_name, p.location) for p in operation.params] == [
        ("thing_id", "path"),
        ("format", "path"),
    ]


def test_a_described_use_of_a_component_is_handed_over_as_its_ref() -> None:
    schemas = {
        "Effect": {"type": "string", "enum": ["ALLOW", "DENY"]},
        "Rule": {"type": "object", "properties": {"effect": {"allOf": [
            {"$ref": "#/components/schemas/Effect"}, {"description": "The rule effect."}]}}},
        "Root": {"allOf": [{"$ref": "#/components/schemas/Rule"}], "type": "object",
                 "properties": {"path": {"type": "string"}}},
    }  # fmt: skip
    view = _namespace({}, schemas).document["components"]["schemas"]

    # allOf [$ref, {description}] is a use of Effect, described: no model of its own.
    assert view["Rule"]["properties"]["effect"] == {
        "$ref": "#/components/schemas/Effect",
        "description": "The rule effect.",
    }
    # allOf [$ref] beside fields of its own is a subclass: left as written.
    assert view["Root"]["allOf"] == [{"$ref": "#/components/schemas/Rule"}]


def test_a_schema_named_like_a_generator_import_gets_model_appended() -> None:
    namespace = _namespace(
        {}, {"UUID": {"type": "object", "properties": {"v": {"type": "string"}}}}
    )

    assert namespace.model_names == ["UUIDModel"]
    assert any("'UUIDModel'" in w.message for w in namespace.warnings)
