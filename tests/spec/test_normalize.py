"""``normalize`` on small hand-written documents: operation ids, inline objects lifted into
components under stable names, renamed components, auth headers, error schemas, examples, key
order, and errors that name the file and the JSON pointer."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from clientgen.core.diagnostics import ClientgenError, Diagnostic
from clientgen.spec.normalize import normalize

SOURCE = "acme.yaml"


def _api(paths: dict[str, Any], **top: Any) -> dict[str, Any]:
    """A vendor document with ``paths`` and any other top-level keys (components, ...)."""
    return {"openapi": "3.1.0", "info": {"title": "Acme", "version": "2"}, "paths": paths, **top}


def _record(**fields: Any) -> dict[str, Any]:
    return {"type": "object", "properties": fields}


def _as_json(schema: Any) -> dict[str, Any]:
    return {"content": {"application/json": {"schema": schema}}}


def _schema_of(body: dict[str, Any]) -> Any:
    return body["content"]["application/json"]["schema"]


TEXT = {"type": "string"}
DONE = {"204": {"description": "done"}}


# --------------------------------------------------------------------------- operation ids


def test_operation_ids_come_from_the_summary_else_from_method_and_path() -> None:
    out = normalize(
        _api(
            {
                "/v1/voices": {
                    "get": {"operationId": "listVoices", "summary": "All", "responses": DONE},
                    "post": {"summary": "clone a voice", "responses": DONE},
                },
                "/v1/voices/{id}": {"delete": {"responses": DONE}},
            }
        ),
        SOURCE,
    )
    ids = {
        (path, method): op["operationId"]
        for path, item in out["paths"].items()
        for method, op in item.items()
    }
    assert ids == {
        ("/v1/voices", "get"): "listVoices",  # given: kept as it is
        ("/v1/voices", "post"): "cloneAVoice",
        ("/v1/voices/{id}", "delete"): "deleteV1VoicesId",
    }


def test_ids_that_would_name_one_method_are_numbered_with_a_warning_at_the_second() -> None:
    paths = {
        "/a": {"get": {"summary": "Read voice", "responses": DONE}},
        "/b": {"get": {"operationId": "read_voice", "responses": DONE}},
    }
    warnings: list[Diagnostic] = []

    doc = normalize(_api(paths), SOURCE, warnings)

    assert doc["paths"]["/b"]["get"]["operationId"] == "read_voice2"
    (warning,) = warnings
    assert (warning.file, warning.pointer) == (SOURCE, "/paths/~1b/get/operationId")
    assert warning.message == (
        "operation id 'read_voice' collides with /paths/~1a/get/operationId; this operation's "
        "is 'read_voice2'"
    )


# --------------------------------------------------------------------------- lifting


def test_inline_objects_are_lifted_under_names_from_their_operation_and_place() -> None:
    owner = _record(email=TEXT)
    paths = {
        "/v1/voices": {
            "post": {
                "summary": "Create voice",
                "parameters": [{"name": "filter", "in": "query", "schema": _record(tag=TEXT)}],
                "requestBody": _as_json(
                    _record(
                        owner=owner,
                        samples={"type": "array", "items": _record(url=TEXT)},
                        labels={**_record(total=TEXT), "additionalProperties": _record(v=TEXT)},
                    )
                ),
                "responses": {
                    "200": {"description": "ok", **_as_json(_record(id=TEXT))},
                    "201": {"description": "made", **_as_json(_record(job=TEXT))},
                    "409": {"description": "taken", **_as_json(_record(reason=TEXT))},
                },
            }
        }
    }
    out = normalize(_api(paths), SOURCE)
    op = out["paths"]["/v1/voices"]["post"]
    schemas = out["components"]["schemas"]
    assert sorted(schemas) == [
        "CreateVoiceError409",
        "CreateVoiceFilter",
        "CreateVoiceRequest",
        "CreateVoiceRequestLabels",
        "CreateVoiceRequestLabelsValue",  # the values of a map with fields of its own
        "CreateVoiceRequestOwner",
        "CreateVoiceRequestSample",  # the items of "samples": singular
        "CreateVoiceResponse",  # the first success
        "CreateVoiceResponse201",  # a later one carries its status
    ]
    assert _schema_of(op["requestBody"]) == {"$ref": "#/components/schemas/CreateVoiceRequest"}
    assert op["parameters"][0]["schema"] == {"$ref": "#/components/schemas/CreateVoiceFilter"}
    request = schemas["CreateVoiceRequest"]["properties"]
    assert request["owner"] == {"$ref": "#/components/schemas/CreateVoiceRequestOwner"}
    assert request["samples"]["items"] == {"$ref": "#/components/schemas/CreateVoiceRequestSample"}
    assert request["labels"] == {"$ref": "#/components/schemas/CreateVoiceRequestLabels"}
    labels = schemas["CreateVoiceRequestLabels"]["additionalProperties"]
    assert labels == {"$ref": "#/components/schemas/CreateVoiceRequestLabelsValue"}
    assert schemas["CreateVoiceRequestOwner"] == owner


def test_a_title_names_the_schema_and_the_use_keeps_its_description_and_null() -> None:
    clip = {
        "title": "audio clip",
        "description": "The clip of this response.",
        "type": ["object", "null"],
        "properties": {"url": TEXT},
    }
    paths = {"/clip": {"get": {"summary": "Get clip", "responses": {"200": _as_json(clip)}}}}
    out = normalize(_api(paths), SOURCE)
    assert _schema_of(out["paths"]["/clip"]["get"]["responses"]["200"]) == {
        "anyOf": [{"$ref": "#/components/schemas/AudioClip"}, {"type": "null"}],
        "description": "The clip of this response.",
    }
    assert out["components"]["schemas"] == {"AudioClip": _record(url=TEXT)}


def test_free_form_objects_and_other_values_stay_inline() -> None:
    free = {"type": "object"}
    map_of_text = {"type": "object", "additionalProperties": TEXT}
    body = _as_json(_record(meta=free, tags=map_of_text, count={"type": "integer"}))
    paths = {"/x": {"post": {"summary": "Send", "requestBody": body, "responses": DONE}}}
    out = normalize(_api(paths), SOURCE)
    assert out["components"]["schemas"]["SendRequest"]["properties"] == {
        "meta": free,
        "tags": map_of_text,
        "count": {"type": "integer"},
    }
    assert sorted(out["components"]["schemas"]) == ["SendRequest"]


def test_one_record_described_twice_becomes_one_schema_required_where_both_require() -> None:
    full = {
        "title": "Voice",
        "type": "object",
        "required": ["id", "name"],
        "properties": {"id": TEXT, "name": {"type": "string", "description": "Its name."}},
    }
    brief = {"title": "Voice", "type": "object", "required": ["id"], "properties": {"id": TEXT}}
    paths = {
        "/a": {"get": {"summary": "One", "responses": {"200": _as_json(full)}}},
        "/b": {"get": {"summary": "Two", "responses": {"200": _as_json(brief)}}},
    }
    out = normalize(_api(paths), SOURCE)
    assert out["components"]["schemas"] == {
        "Voice": {
            "type": "object",
            "required": ["id"],
            "properties": {"id": TEXT, "name": {"type": "string", "description": "Its name."}},
        }
    }


def test_two_shapes_of_one_name_are_an_error_at_the_second_use() -> None:
    first = {"title": "Job", **_record(id=TEXT)}
    second = {"title": "Job", **_record(id={"type": "integer"})}
    paths = {
        "/a": {"get": {"summary": "One", "responses": {"200": _as_json(first)}}},
        "/b": {"get": {"summary": "Two", "responses": {"200": _as_json(second)}}},
    }
    with pytest.raises(ClientgenError) as error:
        normalize(_api(paths), SOURCE)
    where = "/paths/~1b/get/responses/200/content/application~1json/schema"
    assert (error.value.file, error.value.pointer) == (SOURCE, where)
    assert "'Job'" in error.value.message and "the field 'id' differs" in error.value.message


def test_the_output_is_the_same_for_any_path_order_and_a_second_run_changes_nothing() -> None:
    paths = {
        "/b": {"get": {"summary": "List b", "responses": {"200": _as_json(_record(n=TEXT))}}},
        "/a": {"put": {"summary": "Put a", "requestBody": _as_json(_record(m=TEXT))}},
    }
    out = normalize(_api(paths), SOURCE)
    reordered = normalize(_api(dict(reversed(paths.items()))), SOURCE)
    assert json.dumps(reordered) == json.dumps(out)  # the same text, key order included
    assert json.dumps(normalize(out, SOURCE)) == json.dumps(out)
    assert sorted(out["components"]["schemas"]) == ["ListBResponse", "PutARequest"]


def test_the_input_document_is_left_as_it_was() -> None:
    doc = _api({"/a": {"post": {"requestBody": _as_json(_record(m=TEXT)), "responses": DONE}}})
    before = copy.deepcopy(doc)
    normalize(doc, SOURCE)
    assert doc == before


# --------------------------------------------------------------------------- renamed components


def test_a_component_takes_its_declared_name_and_every_reference_follows() -> None:
    generated = "Body_upload_api_v1_upload_post"
    schemas = {
        generated: {**_record(file=TEXT), "x-clientgen-name": "Upload"},
        f"{generated}_extra": _record(z=TEXT),  # shares the prefix: no reference of it moves
        "Receipt": {
            **_record(
                of={"$ref": f"#/components/schemas/{generated}"},
                file={"$ref": f"#/components/schemas/{generated}/properties/file"},
                extra={"$ref": f"#/components/schemas/{generated}_extra"},
            ),
            "x-clientgen-name": "Receipt",  # its own name: the key just goes
        },
    }
    out = normalize(_api({}, components={"schemas": schemas}), SOURCE)
    names = sorted(out["components"]["schemas"])
    assert names == [f"{generated}_extra", "Receipt", "Upload"]
    assert out["components"]["schemas"]["Upload"] == _record(file=TEXT)
    assert out["components"]["schemas"]["Receipt"] == _record(
        of={"$ref": "#/components/schemas/Upload"},
        file={"$ref": "#/components/schemas/Upload/properties/file"},
        extra={"$ref": f"#/components/schemas/{generated}_extra"},
    )


def test_a_declared_name_another_schema_has_is_an_error_at_the_declaration() -> None:
    schemas = {
        "Voice": _record(a=TEXT),
        "Body_voice": {**_record(b=TEXT), "x-clientgen-name": "Voice"},
    }
    with pytest.raises(ClientgenError) as error:
        normalize(_api({}, components={"schemas": schemas}), SOURCE)
    where = "/components/schemas/Body_voice/x-clientgen-name"
    assert (error.value.file, error.value.pointer) == (SOURCE, where)
    assert str(error.value) == (
        f"{SOURCE} #{where}: x-clientgen-name 'Voice' is already the name of another schema"
    )


# --------------------------------------------------------------------------- auth and errors


def test_header_parameters_that_restate_the_auth_scheme_are_dropped() -> None:
    key = {"name": "x-api-key", "in": "header", "schema": TEXT}
    paths = {
        "/a": {
            "get": {
                "summary": "Read",
                "parameters": [
                    {"name": "X-API-Key", "in": "header", "schema": TEXT},
                    {"name": "authorization", "in": "header", "schema": TEXT},
                    {"name": "X-API-Key", "in": "query", "schema": TEXT},
                    {"name": "X-Trace", "in": "header", "schema": TEXT},
                ],
                "responses": DONE,
            },
            "post": {"summary": "Write", "parameters": [key], "responses": DONE},
        }
    }
    schemes = {
        "key": {"type": "apiKey", "in": "header", "name": "X-Api-Key"},
        "bearer": {"type": "http", "scheme": "bearer"},
    }
    out = normalize(_api(paths, components={"securitySchemes": schemes}), SOURCE)
    kept = [(p["in"], p["name"]) for p in out["paths"]["/a"]["get"]["parameters"]]
    assert kept == [("query", "X-API-Key"), ("header", "X-Trace")]
    assert "parameters" not in out["paths"]["/a"]["post"]  # nothing left: no empty list


def test_error_responses_without_a_body_get_the_declared_error_schema() -> None:
    error_ref = {"$ref": "#/components/schemas/Error"}
    own = _as_json({"type": "string"})
    responses = {
        "200": {"description": "ok"},
        "404": {"description": "missing"},
        "500": {"description": "broken"},
        "default": {"description": "other"},
        "409": {"description": "taken", **own},
        "422": {"$ref": "#/components/responses/Invalid"},
    }
    doc = _api(
        {"/a": {"get": {"summary": "Read", "responses": responses}}},
        components={
            "schemas": {"Error": _record(message=TEXT)},
            "responses": {"Invalid": {"description": "invalid"}},
        },
        **{"x-clientgen": {"error": {"schema": error_ref}}},
    )
    out = normalize(doc, SOURCE)["paths"]["/a"]["get"]["responses"]
    assert [s for s in out if "content" in out[s] and _schema_of(out[s]) == error_ref] == [
        "404",
        "500",
        "default",
    ]
    assert out["200"] == {"description": "ok"}
    assert out["409"] == {"description": "taken", **own}
    assert out["422"] == {"$ref": "#/components/responses/Invalid"}


def test_without_a_declared_error_schema_error_responses_stay_as_documented() -> None:
    paths = {"/a": {"get": {"summary": "Read", "responses": {"404": {"description": "no"}}}}}
    out = normalize(_api(paths), SOURCE)
    assert out["paths"]["/a"]["get"]["responses"] == {"404": {"description": "no"}}


# --------------------------------------------------------------------------- examples and order


def test_a_single_example_joins_the_examples() -> None:
    alone = {"schema": TEXT, "example": "hi"}
    beside = {"schema": TEXT, "example": "yo", "examples": {"example": {"value": "hey"}}}
    paths = {
        "/a": {
            "post": {
                "summary": "Say",
                "requestBody": {"content": {"text/plain": alone}},
                "responses": {"200": {"description": "ok", "content": {"text/plain": beside}}},
            }
        }
    }
    op = normalize(_api(paths), SOURCE)["paths"]["/a"]["post"]
    assert op["requestBody"]["content"]["text/plain"] == {
        "schema": TEXT,
        "examples": {"example": {"value": "hi"}},
    }
    assert op["responses"]["200"]["content"]["text/plain"]["examples"] == {
        "example": {"value": "hey"},
        "documented": {"value": "yo"},
    }


def test_keys_come_in_one_stable_order() -> None:
    voice = {
        "x-b": 1,
        "properties": {"z": TEXT, "a": {"enum": ["x"], "x-y": 1, "type": "string"}},
        "required": ["z"],
        "x-a": 2,
        "type": "object",
        "title": "Voice",
    }
    doc = {
        "x-zeta": 1,
        "paths": {
            "/z": {
                "delete": {"responses": DONE, "summary": "Drop"},
                "get": {
                    "responses": {"404": {"description": "no"}, "200": _as_json(voice)},
                    "tags": ["t"],
                    "summary": "Read",
                },
            },
            "/a": {"get": {"summary": "First", "responses": DONE}},
        },
        "components": {"securitySchemes": {"k": {"type": "http", "scheme": "bearer"}}},
        "x-alpha": 2,
        "info": {"title": "Acme", "version": "2"},
        "servers": [{"url": "https://acme.test"}],
        "openapi": "3.1.0",
    }
    out = normalize(doc, SOURCE)
    assert list(out) == ["openapi", "info", "servers", "paths", "components", "x-alpha", "x-zeta"]
    assert list(out["paths"]) == ["/a", "/z"]
    assert list(out["paths"]["/z"]) == ["get", "delete"]  # HTTP order
    read = out["paths"]["/z"]["get"]
    assert list(read) == ["operationId", "summary", "tags", "responses"]
    assert list(read["responses"]) == ["200", "404"]
    assert list(out["components"]) == ["schemas", "securitySchemes"]
    schema = out["components"]["schemas"]["Voice"]
    assert list(schema) == ["type", "required", "properties", "x-a", "x-b"]
    assert list(schema["properties"]) == ["z", "a"]  # fields keep the documented order
    assert list(schema["properties"]["a"]) == ["type", "enum", "x-y"]
