"""Broken inputs end in one clear error naming the file and the place."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from clientgen.cli import main
from clientgen.core.diagnostics import ClientgenError, Diagnostic
from clientgen.model.builder import build_api_model
from clientgen.spec.normalize import normalize
from clientgen.spec.overlay import apply_overlay, load_overlay


def _spec(paths: dict[str, Any], schemas: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": paths,
        "components": {"schemas": schemas or {}},
    }


def _get(schema: dict[str, Any], summary: str) -> dict[str, Any]:
    return {
        "get": {
            "summary": summary,
            "responses": {
                "200": {"description": "ok", "content": {"application/json": {"schema": schema}}}
            },
        }
    }


def test_two_shapes_under_one_name_are_an_error_naming_both() -> None:
    a = {"title": "Voice", "type": "object", "properties": {"id": {"type": "string"}}}
    b = {"title": "Voice", "type": "object", "properties": {"id": {"type": "integer"}}}
    with pytest.raises(ClientgenError) as err:
        normalize(_spec({"/a": _get(a, "A"), "/b": _get(b, "B")}), "vendor.yaml")
    message = str(err.value)
    assert "'Voice'" in message
    assert "/paths/~1a/get/responses/200" in message
    assert "/paths/~1b/get/responses/200" in message


def test_equal_shapes_under_one_name_become_one_schema() -> None:
    a = {
        "title": "Voice",
        "type": "object",
        "properties": {"id": {"type": "string", "description": "Id."}},
    }
    b = {"title": "Voice", "type": "object", "properties": {"id": {"type": "string"}}}
    doc = normalize(_spec({"/a": _get(a, "A"), "/b": _get(b, "B")}), "vendor.yaml")
    assert doc["components"]["schemas"]["Voice"]["properties"]["id"]["description"] == "Id."


def test_operation_ids_that_collide_once_spelled_as_classes_are_numbered() -> None:
    ok = {"type": "string"}
    warnings: list[Diagnostic] = []
    doc = _spec({"/a": _get(ok, "List voices"), "/b": _get(ok, "list-voices")})
    doc["paths"]["/a"]["get"]["operationId"] = "listVoices"
    doc["paths"]["/b"]["get"]["operationId"] = "ListVoices"

    normalized = normalize(doc, "v.yaml", warnings)

    assert normalized["paths"]["/b"]["get"]["operationId"] == "ListVoices2"
    (warning,) = warnings
    assert warning.pointer == "/paths/~1b/get/operationId"
    assert "collides with /paths/~1a/get/operationId" in warning.message


def test_an_inline_body_named_like_a_component_of_another_shape_is_numbered() -> None:
    body = {"type": "object", "properties": {"name": {"type": "string"}}}
    content = {"application/json": {"schema": body}}
    post = {"operationId": "createThing", "requestBody": {"content": content}, "responses": {
        "204": {"description": "ok"}}}  # fmt: skip
    paths = {"/things": {"post": post}}
    other = {"type": "object", "properties": {"count": {"type": "integer"}}}
    warnings: list[Diagnostic] = []

    doc = normalize(_spec(paths, {"CreateThingRequest": other}), "v.yaml", warnings)

    media = doc["paths"]["/things"]["post"]["requestBody"]["content"]["application/json"]
    assert media["schema"] == {"$ref": "#/components/schemas/CreateThingRequest2"}
    assert doc["components"]["schemas"]["CreateThingRequest"] == other
    (warning,) = warnings
    assert "'CreateThingRequest' is /components/schemas/CreateThingRequest" in warning.message


def test_two_operations_claiming_one_method_are_numbered_with_a_warning_naming_both() -> None:
    ok = {"type": "string"}
    # voices.list by their paths; the second's operationId would name it `list` too.
    paths = {"/v1/voices": _get(ok, "A"), "/v2/voices": _get(ok, "B")}
    paths["/v1/voices"]["get"]["operationId"] = "x"
    paths["/v2/voices"]["get"]["operationId"] = "list"
    doc = normalize(_spec(paths), "v.yaml")

    [namespace] = build_api_model([("vendor", doc, "v.yaml")])

    voices = namespace.root.children["voices"]
    assert [(op.py_name, op.path) for op in voices.operations] == [
        ("list", "/v1/voices"),
        ("list_2", "/v2/voices"),
    ]
    (warning,) = [w for w in namespace.warnings if "list_2" in w.message]
    assert "voices.list is already /paths/~1v1~1voices/get" in warning.message
    assert (warning.file, warning.pointer) == ("v.yaml", "/paths/~1v2~1voices/get")


def test_a_path_with_no_word_of_its_own_takes_its_first_segment_with_a_warning() -> None:
    ok = {"type": "string"}
    paths = {"/v1/{name}": _get(ok, "Get"), "/": _get(ok, "Root")}
    paths["/v1/{name}"]["get"]["parameters"] = [
        {"name": "name", "in": "path", "required": True, "schema": {"type": "string"}}
    ]

    [namespace] = build_api_model([("vendor", normalize(_spec(paths), "v.yaml"), "v.yaml")])

    assert sorted(namespace.root.children) == ["api", "v1"]
    assert [op.py_name for op in namespace.root.children["v1"].operations] == ["retrieve"]
    messages = sorted(w.message for w in namespace.warnings if "names no resource" in w.message)
    assert messages == [
        "GET / names no resource; its methods are on client.api (set x-clientgen-name to "
        "'resource.method' to choose)",
        "GET /v1/{name} names no resource; its methods are on client.v1 (set x-clientgen-name "
        "to 'resource.method' to choose)",
    ]


def test_schemas_that_get_one_class_name_are_numbered_with_a_warning() -> None:
    schemas = {"voice_sample": {"type": "object"}, "VoiceSample": {"type": "object"}}

    [namespace] = build_api_model([("vendor", _spec({}, schemas), "v.yaml")])

    assert namespace.model_names == ["VoiceSample", "VoiceSample2"]
    (warning,) = [w for w in namespace.warnings if "would both be named" in w.message]
    assert warning.message == (
        "schemas 'voice_sample' and 'VoiceSample' would both be named 'VoiceSample'; "
        "'VoiceSample' is 'VoiceSample2'"
    )
    assert warning.pointer == "/components/schemas/VoiceSample"


def test_namespaces_that_get_one_module_are_an_error() -> None:
    with pytest.raises(ClientgenError, match=r"already taken by a\.yaml"):
        build_api_model([("my-api", _spec({}), "a.yaml"), ("my_api", _spec({}), "b.yaml")])


def test_overlay_with_a_wrong_version(tmp_path: Path) -> None:
    path = tmp_path / "o.yaml"
    path.write_text(
        yaml.safe_dump({"overlay": "2.0.0", "info": {"title": "t", "version": "1"}, "actions": []})
    )
    with pytest.raises(ClientgenError, match=r"o\.yaml #/overlay: unsupported overlay version"):
        load_overlay(path)


def test_overlay_with_an_invalid_jsonpath(tmp_path: Path) -> None:
    path = tmp_path / "o.yaml"
    actions = [{"target": "$.[bad", "update": {"x": 1}}]
    path.write_text(
        yaml.safe_dump(
            {"overlay": "1.0.0", "info": {"title": "t", "version": "1"}, "actions": actions}
        )
    )
    with pytest.raises(ClientgenError, match=r"#/actions/0/target: invalid JSONPath"):
        apply_overlay(_spec({}), load_overlay(path), path)


def test_overlay_update_remove_and_append(tmp_path: Path) -> None:
    path = tmp_path / "o.yaml"
    actions = [
        {"target": "$.info", "update": {"x-a": {"b": 1}}},
        {"target": "$.info.x-a", "update": {"c": 2}},
        {"target": "$.tags", "update": [{"name": "two"}]},
        {"target": "$.info.version", "remove": True},
    ]
    path.write_text(
        yaml.safe_dump(
            {"overlay": "1.0.0", "info": {"title": "t", "version": "1"}, "actions": actions}
        )
    )
    doc = apply_overlay({**_spec({}), "tags": [{"name": "one"}]}, load_overlay(path), path)
    assert doc["info"] == {"title": "t", "x-a": {"b": 1, "c": 2}}
    assert doc["tags"] == [{"name": "one"}, {"name": "two"}]


def test_client_on_a_ref_to_nowhere(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = tmp_path / "api.yaml"
    spec.write_text(yaml.safe_dump(_spec({"/a": _get({"$ref": "#/components/schemas/Nope"}, "A")})))
    out = tmp_path / "out"
    assert main(["client", str(spec), "--out", str(out), "--package", "x"]) == 1
    err = capsys.readouterr().err
    assert "api.yaml #/paths/~1a/get/responses/200/content/application~1json/schema" in err
    assert "points to nothing" in err
    assert not out.exists()


def test_client_on_invalid_yaml(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = tmp_path / "api.yaml"
    spec.write_text("openapi: 3.1.0\ninfo: [unclosed\n")
    assert main(["client", str(spec), "--out", str(tmp_path / "out"), "--package", "x"]) == 1
    assert "api.yaml:3: invalid YAML" in capsys.readouterr().err


def test_client_on_harmlessly_invalid_openapi_warns_and_generates(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = tmp_path / "api.yaml"
    spec.write_text(yaml.safe_dump({"openapi": "3.1.0", "info": {"title": "t"}, "paths": {}}))
    assert main(["client", str(spec), "--out", str(tmp_path / "out"), "--package", "x"]) == 0
    err = capsys.readouterr().err
    assert "api.yaml #/info: warning: invalid OpenAPI" in err


def test_a_model_generator_warning_names_the_spec(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = {"type": "string", "format": "uri", "minLength": 3}
    link = {"type": "object", "properties": {"url": url}}
    document = {**_spec({"/a": _get({"$ref": "#/components/schemas/Link"}, "A")})}
    document["components"] = {"schemas": {"Link": link}}
    spec = tmp_path / "api.yaml"
    spec.write_text(yaml.safe_dump(document))
    assert main(["client", str(spec), "--out", str(tmp_path / "out"), "--package", "x"]) == 0
    err = capsys.readouterr().err
    assert f"{spec} #/components: warning: datamodel-code-generator: " in err
    assert "Link.url" in err and "UserWarning" not in err


def test_path_level_parameters_reach_every_operation() -> None:
    paths = {
        "/voices/{voice_id}": {
            "parameters": [
                {"name": "voice_id", "in": "path", "required": True, "schema": {"type": "string"}}
            ],
            **_get({"type": "string"}, "Get voice"),
        }
    }
    [namespace] = build_api_model([("v", normalize(_spec(paths), "v.yaml"), "v.yaml")])
    [op] = namespace.root.children["voices"].operations
    assert (op.py_name, [p.py_name for p in op.path_params]) == ("retrieve", ["voice_id"])


def test_a_resource_that_would_hide_a_client_attribute_is_an_error() -> None:
    doc = normalize(_spec({"/close": _get({"type": "string"}, "Close")}), "v.yaml")
    with pytest.raises(ClientgenError, match="would hide the client's own attribute"):
        build_api_model([("v", doc, "v.yaml")])


def test_a_declared_method_and_a_sub_resource_of_one_name_are_an_error() -> None:
    ok = {"type": "string"}
    named = {"x-clientgen-name": "notes.attachments"}  # the method; the GETs make the resource
    action = {"post": {"summary": "Attach", **named, "responses": {"204": {"description": "ok"}}}}
    paths = {"/notes/{id}/attachments": {**action, **_get(ok, "List attachments")}}
    paths["/notes/{id}/attachments/{aid}"] = _get(ok, "Get attachment")
    doc = normalize(_spec(paths), "v.yaml")
    with pytest.raises(ClientgenError, match="is both a method and a sub-resource"):
        build_api_model([("v", doc, "v.yaml")])


def test_a_method_named_like_a_sub_resource_says_its_http_method_too() -> None:
    ok = {"type": "string"}
    # POST /notes/{id}/archive is the action notes.archive; GET /notes/archive/items makes
    # notes.archive a resource.
    action = {"post": {"summary": "Archive", "operationId": "archive",
                       "responses": {"204": {"description": "ok"}}}}  # fmt: skip
    paths = {"/notes/{id}/archive": action, "/notes/archive/items": _get(ok, "Archived")}
    doc = normalize(_spec(paths), "v.yaml")

    [namespace] = build_api_model([("v", doc, "v.yaml")])

    notes = namespace.root.children["notes"]
    assert [op.py_name for op in notes.operations] == ["archive_post"]
    assert list(notes.children) == ["archive"]
    (warning,) = [w for w in namespace.warnings if "is a sub-resource" in w.message]
    assert warning.pointer == "/paths/~1notes~1{id}~1archive/post"


def test_client_never_replaces_a_folder_it_did_not_generate(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = tmp_path / "api.yaml"
    spec.write_text(yaml.safe_dump(_spec({"/a": _get({"type": "string"}, "A")})))
    out = tmp_path / "mine"
    out.mkdir()
    (out / "notes.txt").write_text("keep me")
    assert main(["client", str(spec), "--out", str(out), "--package", "x"]) == 1
    assert "is not empty" in capsys.readouterr().err
    assert (out / "notes.txt").read_text() == "keep me"


@pytest.mark.parametrize("package", ["class", "My-Pkg", "x; import os"])
def test_client_rejects_a_package_name_that_is_not_an_identifier(
    package: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = tmp_path / "api.yaml"
    spec.write_text(yaml.safe_dump(_spec({"/a": _get({"type": "string"}, "A")})))
    assert main(["client", str(spec), "--out", str(tmp_path / "o"), "--package", package]) == 1
    assert "is not a lower-case identifier" in capsys.readouterr().err


def test_a_select_that_is_not_a_list_of_patterns_is_an_error(tmp_path: Path) -> None:
    from clientgen.sources.vendor_config import load_vendor

    (tmp_path / "sources" / "v").mkdir(parents=True)
    (tmp_path / "sources" / "v" / "doc.json").write_text("{}")
    (tmp_path / "vendors").mkdir()
    config = tmp_path / "vendors" / "v.yaml"
    config.write_text("name: v\npages:\n  - file: doc.json\n    select: 'GET /voices'\n")
    with pytest.raises(ClientgenError, match=r"v.yaml #/pages/0/select: select must be a list"):
        load_vendor(config, tmp_path)
