"""A large vendor document goes through whole: repeated operationIds and names that its paths
alone would give twice are resolved with a warning each, never by dropping an operation."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from clientgen.cli import main
from clientgen.core.openapi import HTTP_METHODS
from clientgen.model.api_model import Namespace
from clientgen.model.builder import build_api_model
from clientgen.spec.normalize import normalize
from clientgen.spec.operation_ids import deduplicate_operation_ids

ROOT = Path(__file__).resolve().parents[2]
BURKI = ROOT / "specs/sources/burki/openapi.json"


def _op(operation_id: str, **extra: Any) -> dict[str, Any]:
    return {"operationId": operation_id, "responses": {"204": {"description": "done"}}, **extra}


def _doc(paths: dict[str, Any]) -> dict[str, Any]:
    return {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": paths}


def _names(namespace: Namespace) -> dict[str, str]:
    """'METHOD path' -> 'resource.method' for every operation."""
    found = {}
    for resource in namespace.root.walk():
        trail = []
        node = resource
        while node is not namespace.root:
            trail.append(node.attr)
            node = next(r for r in namespace.root.walk() if node in r.children.values())
        for op in resource.operations:
            found[f"{op.http_method.upper()} {op.path}"] = ".".join([*reversed(trail), op.py_name])
    return found


def _model(paths: dict[str, Any]) -> Namespace:
    return build_api_model([("api", normalize(_doc(paths), "api.yaml"), "api.yaml")])[0]


# -- repeated operationIds -----------------------------------------------------------------------


def test_fastapis_repeated_id_stays_with_the_method_it_names() -> None:
    doc = _doc(
        {
            "/hook": {
                "get": _op("hook_hook_post"),
                "post": _op("hook_hook_post"),
            }
        }
    )
    warnings = deduplicate_operation_ids(doc, "api.json")
    assert doc["paths"]["/hook"]["post"]["operationId"] == "hook_hook_post"
    assert doc["paths"]["/hook"]["get"]["operationId"] == "hook_hook_get"
    assert [str(w) for w in warnings] == [
        "api.json #/paths/~1hook/get/operationId: warning: operationId 'hook_hook_post' is "
        "also POST /hook's (operationIds must be unique); this operation's is now "
        "'hook_hook_get'"
    ]


def test_other_repeated_ids_keep_the_first_and_number_what_is_taken() -> None:
    doc = _doc(
        {
            "/a": {"get": _op("same"), "put": _op("same")},
            "/b": {"put": _op("same"), "delete": _op("same_put")},
        }
    )
    warnings = deduplicate_operation_ids(doc, "api.json")
    ids = [op["operationId"] for item in doc["paths"].values() for op in item.values()]
    assert ids == ["same", "same_put_2", "same_put_3", "same_put"]
    assert len(ids) == len(set(ids))
    assert len(warnings) == 2


def test_unique_ids_are_left_alone() -> None:
    doc = _doc({"/a": {"get": _op("a"), "post": _op("b")}})
    assert deduplicate_operation_ids(doc, "api.json") == []
    assert doc == _doc({"/a": {"get": _op("a"), "post": _op("b")}})


# -- names the paths alone would give twice ------------------------------------------------------


def test_a_get_on_a_collection_lists_even_when_its_noun_is_singular() -> None:
    names = _names(
        _model(
            {
                "/pricing": {"get": _op("all_pricing")},
                "/pricing/{pricing_id}": {
                    "get": _op(
                        "one_pricing",
                        parameters=[
                            {
                                "name": "pricing_id",
                                "in": "path",
                                "required": True,
                                "schema": {"type": "string"},
                            }
                        ],
                    )
                },
            }
        )
    )
    assert names == {
        "GET /pricing": "pricing.list",
        "GET /pricing/{pricing_id}": "pricing.retrieve",
    }


def test_a_later_operation_named_alike_is_named_after_its_operation_id() -> None:
    namespace = _model(
        {
            "/v1/voices": {"get": _op("list_voices_v1_voices_get")},
            "/v2/voices": {"get": _op("list_all_voices_v2_voices_get")},
        }
    )
    assert _names(namespace) == {
        "GET /v1/voices": "voices.list",
        # FastAPI's path-and-method suffix is not part of the name.
        "GET /v2/voices": "voices.list_all_voices",
    }
    assert [w.message for w in namespace.warnings] == [
        "voices.list is already /paths/~1v1~1voices/get; this operation is "
        "voices.list_all_voices (set x-clientgen-name to name it otherwise)"
    ]


def test_a_sub_resource_that_can_be_read_is_not_an_action() -> None:
    call_id = {"name": "call_id", "in": "path", "required": True, "schema": {"type": "string"}}
    names = _names(
        _model(
            {
                "/calls/{call_id}/metrics": {
                    "get": _op("get_metrics", parameters=[call_id]),
                    "patch": _op("set_metrics", parameters=[call_id]),
                },
                "/calls/{call_id}/hangup": {"post": _op("hang_up", parameters=[call_id])},
            }
        )
    )
    assert names == {
        "GET /calls/{call_id}/metrics": "calls.metrics.list",
        "PATCH /calls/{call_id}/metrics": "calls.metrics.update",
        "POST /calls/{call_id}/hangup": "calls.hangup",
    }


def test_a_body_field_named_like_a_path_parameter_is_qualified() -> None:
    voice_id = {"name": "voice_id", "in": "path", "required": True, "schema": {"type": "string"}}
    body = {
        "content": {
            "application/json": {
                "schema": {"type": "object", "properties": {"voice_id": {"type": "string"}}}
            }
        }
    }
    namespace = _model(
        {"/voices/{voice_id}/test": {"post": _op("t", parameters=[voice_id], requestBody=body)}}
    )
    (op,) = namespace.root.children["voices"].operations
    assert [(p.py_name, p.wire_name, p.location) for p in op.params] == [
        ("voice_id", "voice_id", "path"),
        ("body_voice_id", "voice_id", "body"),
    ]
    assert "'body_voice_id'" in namespace.warnings[0].message


def test_resources_whose_classes_would_be_one_are_numbered() -> None:
    namespace = _model({"/sms_logs": {"get": _op("a")}, "/sms/logs": {"get": _op("b")}})
    classes = {r.class_name for r in namespace.root.walk()[1:]}
    assert {"SmsLogsResource", "SmsLogs2Resource"} <= classes
    assert any("SmsLogs2Resource" in w.message for w in namespace.warnings)


# -- Burki's whole document ----------------------------------------------------------------------


def test_every_operation_of_burkis_whole_document_gets_a_method() -> None:
    document = json.loads(BURKI.read_text(encoding="utf-8"))
    expected = {
        f"{method.upper()} {path}"
        for path, item in document["paths"].items()
        for method in item
        if method in HTTP_METHODS
    }
    deduplicate_operation_ids(document, BURKI)
    names = _names(build_api_model([("burki", normalize(document, str(BURKI)), str(BURKI))])[0])
    assert set(names) == expected
    assert len(set(names.values())) == len(names)


def test_burkis_whole_document_generates_and_imports(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert main(["client", str(BURKI), "--out", str(out), "--package", "burki_all"]) == 0
    warnings = [line for line in capsys.readouterr().err.splitlines() if ": warning: " in line]
    assert len(warnings) == 7  # 2 repeated operationIds, 3 names, 1 argument, 1 class
    script = (
        "from burki_all.openapi import Openapi\n"
        "client = Openapi(api_key='k', base_url='http://127.0.0.1:9')\n"
        "print(callable(client.assistants.cloned_voices.list))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        env={"PYTHONPATH": str(out / "src"), "PATH": ""},
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.stdout.strip() == "True", done.stderr[-2000:]
