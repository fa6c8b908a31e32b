"""The classifier, one rule per test: each builds a small spec, edits a copy, and checks the
severity, the operations, the description and the JSON pointer of what ``diff_specs`` says."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest

from clientgen.core.diagnostics import ClientgenError
from clientgen.release.spec_diff import Change, Severity, bump, diff_specs, next_version

LIST = "/paths/~1v1~1voices/get"
CREATE = "/paths/~1v1~1voices/post"
GET = "/paths/~1v1~1voices~1{id}/get"
CREATE_BODY = f"{CREATE}/requestBody/content/application~1json/schema"


def _voice_ref() -> dict[str, Any]:
    return {
        "description": "OK",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Voice"}}},
    }


def base() -> dict[str, Any]:
    """Three operations; two answer the ``Voice`` component, one through ``VoiceList``."""
    return {
        "openapi": "3.1.0",
        "info": {"title": "Acme", "version": "1.0.0"},
        "servers": [{"url": "https://api.acme.test"}],
        "security": [{"Key": []}],
        "paths": {
            "/v1/voices": {
                "get": {
                    "operationId": "listVoices",
                    "summary": "List voices",
                    "parameters": [
                        {
                            "name": "limit",
                            "in": "query",
                            "required": False,
                            "schema": {"type": "integer"},
                        }
                    ],
                    "responses": {
                        "200": {
                            "description": "OK",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/VoiceList"}
                                }
                            },
                        }
                    },
                },
                "post": {
                    "operationId": "createVoice",
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "required": ["name"],
                                    "properties": {
                                        "name": {"type": "string"},
                                        "language": {
                                            "anyOf": [{"type": "string"}, {"type": "null"}]
                                        },
                                        "engine": {"type": "string", "enum": ["v2", "v3"]},
                                    },
                                },
                                "example": {"name": "Maya"},
                            }
                        },
                    },
                    "responses": {"200": _voice_ref()},
                },
            },
            "/v1/voices/{id}": {
                "get": {
                    "operationId": "getVoice",
                    "parameters": [
                        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
                    ],
                    "responses": {"200": _voice_ref()},
                }
            },
        },
        "components": {
            "schemas": {
                "Voice": {
                    "type": "object",
                    "required": ["id", "status"],
                    "properties": {
                        "id": {"type": "string"},
                        "name": {"type": "string", "description": "The name."},
                        "status": {"type": "string", "enum": ["ready", "training"]},
                    },
                },
                "VoiceList": {
                    "type": "object",
                    "properties": {
                        "voices": {"type": "array", "items": {"$ref": "#/components/schemas/Voice"}}
                    },
                },
            },
            "securitySchemes": {"Key": {"type": "apiKey", "in": "header", "name": "authorization"}},
        },
    }


def changes(edit: Callable[[dict[str, Any]], None]) -> list[Change]:
    old = base()
    new = copy.deepcopy(old)
    edit(new)
    return diff_specs({"acme": old}, {"acme": new})


def only(edit: Callable[[dict[str, Any]], None]) -> Change:
    found = changes(edit)
    assert len(found) == 1, "\n".join(map(str, found))
    return found[0]


def _voice(doc: dict[str, Any]) -> dict[str, Any]:
    voice: dict[str, Any] = doc["components"]["schemas"]["Voice"]
    return voice


def _body(doc: dict[str, Any]) -> dict[str, Any]:
    body: dict[str, Any] = doc["paths"]["/v1/voices"]["post"]["requestBody"]["content"][
        "application/json"
    ]["schema"]
    return body


def _list_params(doc: dict[str, Any]) -> list[dict[str, Any]]:
    params: list[dict[str, Any]] = doc["paths"]["/v1/voices"]["get"]["parameters"]
    return params


# -- major ---------------------------------------------------------------------------------


def test_removed_operation_is_major() -> None:
    change = only(lambda d: d["paths"].pop("/v1/voices/{id}"))
    assert change.severity is Severity.MAJOR
    assert change.description == "GET /v1/voices/{id}: operation removed"
    assert change.pointer == GET


def test_removed_parameter_is_major() -> None:
    change = only(lambda d: _list_params(d).clear())
    assert change.severity is Severity.MAJOR
    assert change.description == "GET /v1/voices: query parameter `limit` removed"
    assert change.pointer == f"{LIST}/parameters/0"


def test_removed_request_field_is_major() -> None:
    change = only(lambda d: _body(d)["properties"].pop("engine"))
    assert change.severity is Severity.MAJOR
    assert change.description == "POST /v1/voices: request field `request body.engine` removed"
    assert change.pointer == f"{CREATE_BODY}/properties/engine"


def test_removed_response_field_in_a_component_is_reported_once_at_every_user() -> None:
    change = only(lambda d: _voice(d)["properties"].pop("name"))
    assert change.severity is Severity.MAJOR
    assert change.operations == ("GET /v1/voices", "GET /v1/voices/{id}", "POST /v1/voices")
    assert change.text == "response field `Voice.name` removed"
    assert change.pointer == "/components/schemas/Voice/properties/name"


def test_removed_enum_value_is_major() -> None:
    change = only(lambda d: _body(d)["properties"]["engine"].update(enum=["v3"]))
    assert change.severity is Severity.MAJOR
    assert change.description == 'POST /v1/voices: request body.engine: enum value "v2" removed'
    assert change.pointer == f"{CREATE_BODY}/properties/engine/enum"


def test_narrowed_type_is_major() -> None:
    change = only(lambda d: _body(d)["properties"]["name"].update(type="integer"))
    assert change.severity is Severity.MAJOR
    assert change.text == "request body.name: type changed string → integer"
    assert change.pointer == f"{CREATE_BODY}/properties/name"


def test_request_value_no_longer_nullable_is_major() -> None:
    change = only(lambda d: _body(d)["properties"].update(language={"type": "string"}))
    assert change.severity is Severity.MAJOR
    assert change.text == "request body.language is no longer nullable"
    assert change.pointer == f"{CREATE_BODY}/properties/language"


def test_optional_request_field_becoming_required_is_major() -> None:
    change = only(lambda d: _body(d).update(required=["name", "language"]))
    assert change.severity is Severity.MAJOR
    assert change.text == "request field `request body.language` is now required"
    assert change.pointer == f"{CREATE_BODY}/required"


def test_optional_parameter_becoming_required_is_major() -> None:
    change = only(lambda d: _list_params(d)[0].update(required=True))
    assert change.severity is Severity.MAJOR
    assert change.text == "query parameter `limit` is now required"
    assert change.pointer == f"{LIST}/parameters/0/required"


def test_new_required_parameter_is_major() -> None:
    param = {"name": "org", "in": "header", "required": True, "schema": {"type": "string"}}
    change = only(lambda d: _list_params(d).append(param))
    assert change.severity is Severity.MAJOR
    assert change.description == "GET /v1/voices: new required header parameter `org`"
    assert change.pointer == f"{LIST}/parameters/1"


def test_new_required_request_field_is_major() -> None:
    def edit(d: dict[str, Any]) -> None:
        _body(d)["properties"]["gender"] = {"type": "string"}
        _body(d)["required"] = ["name", "gender"]

    change = only(edit)
    assert change.severity is Severity.MAJOR
    assert change.text == "new required request field `request body.gender`"
    assert change.pointer == f"{CREATE_BODY}/properties/gender"


def test_changed_auth_requirement_is_major() -> None:
    def edit(d: dict[str, Any]) -> None:
        d["paths"]["/v1/voices/{id}"]["get"]["security"] = [{"Bearer": []}]

    change = only(edit)
    assert change.severity is Severity.MAJOR
    assert change.description == "GET /v1/voices/{id}: auth changed: Key → Bearer"
    assert change.pointer == f"{GET}/security"


def test_changed_auth_scheme_is_major() -> None:
    change = only(lambda d: d["components"]["securitySchemes"]["Key"].update(name="x-api-key"))
    assert change.severity is Severity.MAJOR
    assert change.text == 'auth changed: security scheme Key `name` "authorization" → "x-api-key"'
    assert change.pointer == "/components/securitySchemes/Key"


def test_response_field_that_may_be_absent_or_null_is_major() -> None:
    def edit(d: dict[str, Any]) -> None:
        _voice(d)["required"] = ["id"]
        _voice(d)["properties"]["id"]["type"] = ["string", "null"]

    found = {c.text: c.severity for c in changes(edit)}
    assert found == {
        "response field `Voice.status` may now be absent": Severity.MAJOR,
        "Voice.id is now nullable": Severity.MAJOR,
    }


def test_renamed_component_is_major_but_its_same_shape_is_no_other_change() -> None:
    def edit(d: dict[str, Any]) -> None:
        d["components"]["schemas"]["Speaker"] = d["components"]["schemas"].pop("Voice")
        for op in (d["paths"]["/v1/voices/{id}"]["get"], d["paths"]["/v1/voices"]["post"]):
            op["responses"]["200"]["content"]["application/json"]["schema"]["$ref"] = (
                "#/components/schemas/Speaker"
            )
        d["components"]["schemas"]["VoiceList"]["properties"]["voices"]["items"]["$ref"] = (
            "#/components/schemas/Speaker"
        )

    found = changes(edit)
    assert bump(found) is Severity.MAJOR
    renamed = [c for c in found if "renamed" in c.text]
    assert [c.operations for c in renamed] == [
        ("GET /v1/voices", "GET /v1/voices/{id}", "POST /v1/voices")
    ]
    assert renamed[0].text == "schema Voice renamed Speaker (a type's name changes)"
    assert {c.text for c in found if c not in renamed} == {
        "schema (a generated type) Voice removed",
        "schema (a generated type) Speaker added",
    }


# -- minor ---------------------------------------------------------------------------------


def test_added_operation_is_minor() -> None:
    def edit(d: dict[str, Any]) -> None:
        d["paths"]["/v1/voices/{id}"]["delete"] = {
            "operationId": "deleteVoice",
            "responses": {"204": {"description": "Gone"}},
        }

    change = only(edit)
    assert change.severity is Severity.MINOR
    assert change.description == "DELETE /v1/voices/{id}: operation added"
    assert change.pointer == "/paths/~1v1~1voices~1{id}/delete"


def test_added_optional_parameter_is_minor() -> None:
    param = {"name": "cursor", "in": "query", "schema": {"type": "string"}}
    change = only(lambda d: _list_params(d).append(param))
    assert change.severity is Severity.MINOR
    assert change.description == "GET /v1/voices: optional query parameter `cursor` added"


def test_added_optional_request_field_is_minor() -> None:
    change = only(lambda d: _body(d)["properties"].update(accent={"type": "string"}))
    assert change.severity is Severity.MINOR
    assert change.text == "request field `request body.accent` added"
    assert change.pointer == f"{CREATE_BODY}/properties/accent"


def test_added_response_field_is_minor_even_when_always_present() -> None:
    def edit(d: dict[str, Any]) -> None:
        _voice(d)["properties"]["created_at"] = {"type": "string"}
        _voice(d)["required"].append("created_at")

    change = only(edit)
    assert change.severity is Severity.MINOR
    assert change.text == "new required response field `Voice.created_at`"


def test_added_enum_value_is_minor() -> None:
    change = only(lambda d: _voice(d)["properties"]["status"]["enum"].append("failed"))
    assert change.severity is Severity.MINOR
    assert change.text == 'Voice.status: enum value "failed" added'
    assert change.pointer == "/components/schemas/Voice/properties/status/enum"


def test_widened_request_type_is_minor() -> None:
    change = only(lambda d: _list_params(d)[0]["schema"].update(type="number"))
    assert change.severity is Severity.MINOR
    assert change.text == "query parameter `limit`: type widened integer → number"


# -- patch and none ----------------------------------------------------------------------------


def test_descriptions_summaries_and_examples_are_patch() -> None:
    def edit(d: dict[str, Any]) -> None:
        d["paths"]["/v1/voices"]["get"]["summary"] = "List every voice"
        _voice(d)["properties"]["name"]["description"] = "What the voice is called."
        d["paths"]["/v1/voices"]["post"]["requestBody"]["content"]["application/json"][
            "example"
        ] = {"name": "Ava"}

    found = changes(edit)
    assert bump(found) is Severity.PATCH
    assert {(c.description, c.pointer) for c in found} == {
        ("GET /v1/voices: summary changed", f"{LIST}/summary"),
        (
            "GET /v1/voices, GET /v1/voices/{id}, POST /v1/voices: Voice.name: description changed",
            "/components/schemas/Voice/properties/name/description",
        ),
        (
            "POST /v1/voices: request body: examples changed",
            f"{CREATE}/requestBody/content/application~1json/example",
        ),
    }


def test_reordered_keys_enum_values_and_required_are_no_change() -> None:
    def edit(d: dict[str, Any]) -> None:
        d["paths"] = dict(reversed(list(d["paths"].items())))
        _voice(d)["properties"] = dict(reversed(list(_voice(d)["properties"].items())))
        _voice(d)["required"] = ["status", "id"]
        _voice(d)["properties"]["status"]["enum"] = ["training", "ready"]
        d["components"] = dict(reversed(list(d["components"].items())))

    found = changes(edit)
    assert found == []
    assert bump(found) is Severity.NONE
    assert next_version("0.1.0", bump(found)) == "0.1.0"


def test_identical_specs_and_purity() -> None:
    old, new = base(), base()
    assert diff_specs({"acme": old}, {"acme": new}) == []
    _voice(new)["properties"].pop("name")
    diff_specs({"acme": old}, {"acme": new})
    assert old == base()  # nothing was written into the inputs


def test_recursive_component_terminates() -> None:
    def tree(doc: dict[str, Any]) -> None:
        doc["components"]["schemas"]["Voice"]["properties"]["parent"] = {
            "anyOf": [{"$ref": "#/components/schemas/Voice"}, {"type": "null"}]
        }

    old = base()
    tree(old)
    new = copy.deepcopy(old)
    _voice(new)["properties"]["status"]["enum"].append("failed")
    [change] = diff_specs({"acme": old}, {"acme": new})
    assert change.text == 'Voice.status: enum value "failed" added'


def test_vendors_added_and_removed() -> None:
    found = diff_specs({"acme": base()}, {"bolt": base()})
    assert [(c.vendor, c.severity, c.text) for c in found] == [
        ("acme", Severity.MAJOR, "vendor acme removed"),
        ("bolt", Severity.MINOR, "vendor bolt added"),
    ]


@pytest.mark.parametrize(
    ("version", "severity", "expected"),
    [
        ("0.1.0", Severity.MAJOR, "0.2.0"),
        ("0.1.0", Severity.MINOR, "0.1.1"),
        ("0.1.3", Severity.PATCH, "0.1.4"),
        ("1.4.2", Severity.MAJOR, "2.0.0"),
        ("1.4.2", Severity.MINOR, "1.5.0"),
        ("1.4.2", Severity.PATCH, "1.4.3"),
        ("1.4.2", Severity.NONE, "1.4.2"),
    ],
)
def test_next_version(version: str, severity: Severity, expected: str) -> None:
    assert next_version(version, severity) == expected


def test_next_version_needs_three_numbers() -> None:
    with pytest.raises(ClientgenError, match=r"MAJOR\.MINOR\.PATCH"):
        next_version("1.0rc1", Severity.PATCH)


# -- the shared VoiceCloner's mapping ----------------------------------------------------------

_CLONER = {
    "voice": {"schema": "Voice", "fields": {"id": "id"}, "status": "ready"},
    "operations": {"list_voices": {"call": "GET /v1/voices", "voices": "/voices"}},
}


def test_a_shared_interface_added_is_minor() -> None:
    change = only(lambda d: d.update({"x-clientgen-cloner": copy.deepcopy(_CLONER)}))
    assert change.severity is Severity.MINOR
    assert change.description == "shared interface added"


def test_a_shared_interface_operation_removed_is_major() -> None:
    old = {**base(), "x-clientgen-cloner": copy.deepcopy(_CLONER)}
    new = copy.deepcopy(old)
    new["x-clientgen-cloner"]["operations"].pop("list_voices")
    (change,) = diff_specs({"acme": old}, {"acme": new})
    assert change.severity is Severity.MAJOR
    assert change.description == "the shared interface's list_voices removed"
    assert change.pointer == "/x-clientgen-cloner/operations/list_voices"


def test_a_new_connect_option_is_major() -> None:
    old = {**base(), "x-clientgen-cloner": copy.deepcopy(_CLONER)}
    new = copy.deepcopy(old)
    new["x-clientgen-cloner"]["options"] = {"region": {"type": "string"}}
    (change,) = diff_specs({"acme": old}, {"acme": new})
    assert change.severity is Severity.MAJOR
    assert change.description == "connect() now requires region"
