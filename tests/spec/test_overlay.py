"""Overlay 1.0 documents on small hand-written specs: ``update`` merges objects and appends to
arrays, ``remove`` deletes every match, targets are JSONPath (filters included), and an overlay
that is broken anywhere is one error naming the overlay file and the place in it."""

from __future__ import annotations

import copy
import textwrap
from pathlib import Path
from typing import Any

import pytest

from clientgen.core.diagnostics import ClientgenError
from clientgen.spec.overlay import apply_overlay, deep_merge, load_overlay

HEAD = "overlay: 1.0.0\ninfo:\n  title: Acme fixes\n  version: 1.0.0\n"


def _spec() -> dict[str, Any]:
    listing = {
        "summary": "List voices",
        "tags": ["voices"],
        "parameters": [
            {"name": "limit", "in": "query", "schema": {"type": "integer"}},
            {"name": "page", "in": "query", "schema": {"type": "integer"}},
        ],
        "responses": {"200": {"description": "ok"}},
    }
    voice = {"type": "object", "properties": {"id": {"type": "string"}}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "Acme", "version": "2"},
        "paths": {
            "/v1/voices": {"get": listing, "post": {"summary": "Clone a voice", "responses": {}}}
        },
        "components": {"schemas": {"Voice": voice}},
    }


def _overlay_file(tmp_path: Path, actions: str, head: str = HEAD) -> Path:
    """An overlay file: ``head`` (overlay version and info), then ``actions`` as YAML text."""
    path = tmp_path / "acme.overlay.yaml"
    path.write_text(head + textwrap.dedent(actions), encoding="utf-8")
    return path


def _apply(tmp_path: Path, actions: str, document: dict[str, Any] | None = None) -> Any:
    path = _overlay_file(tmp_path, actions)
    return apply_overlay(document or _spec(), load_overlay(path), path)


def _error(call: Any, *args: Any) -> ClientgenError:
    with pytest.raises(ClientgenError) as error:
        call(*args)
    return error.value


# --------------------------------------------------------------------------- update


def test_update_merges_into_an_object_recursively_and_replaces_other_values(
    tmp_path: Path,
) -> None:
    doc = _apply(
        tmp_path,
        """
        actions:
          - target: $.components.schemas.Voice
            update:
              description: A cloned voice.
              properties:
                id: {format: uuid, type: string}
                name: {type: string}
        """,
    )
    assert doc["components"]["schemas"]["Voice"] == {
        "type": "object",
        "properties": {"id": {"type": "string", "format": "uuid"}, "name": {"type": "string"}},
        "description": "A cloned voice.",
    }


def test_update_on_an_array_appends_the_items_or_the_one_value(tmp_path: Path) -> None:
    doc = _apply(
        tmp_path,
        """
        actions:
          - target: $.paths['/v1/voices'].get.tags
            update: [library, beta]
          - target: $.paths['/v1/voices'].get.tags
            update: last
        """,
    )
    assert doc["paths"]["/v1/voices"]["get"]["tags"] == ["voices", "library", "beta", "last"]


def test_a_wildcard_or_filter_target_changes_every_match(tmp_path: Path) -> None:
    doc = _apply(
        tmp_path,
        """
        actions:
          - target: $.paths.*.*
            update: {x-reviewed: true}
          - target: $.paths.*.get.parameters[?@.schema.type == 'integer']
            update: {required: false}
        """,
    )
    operations = doc["paths"]["/v1/voices"]
    assert [op["x-reviewed"] for op in operations.values()] == [True, True]
    assert [p.get("required") for p in operations["get"]["parameters"]] == [False, False]


def test_actions_apply_in_order_each_on_what_the_ones_before_made(tmp_path: Path) -> None:
    doc = _apply(
        tmp_path,
        """
        actions:
          - target: $.info
            update: {x-vendor: {name: Acme}}
          - target: $.info.x-vendor
            update: {site: https://acme.test}
        """,
    )
    assert doc["info"] == {
        "title": "Acme",
        "version": "2",
        "x-vendor": {"name": "Acme", "site": "https://acme.test"},
    }


# --------------------------------------------------------------------------- remove


def test_remove_deletes_the_matches_a_filter_selects(tmp_path: Path) -> None:
    doc = _apply(
        tmp_path,
        """
        actions:
          - target: $.paths.*.get.parameters[?@.name == 'limit']
            remove: true
          - target: $.paths['/v1/voices'].post
            remove: true
        """,
    )
    assert doc["paths"]["/v1/voices"]["get"]["parameters"] == [
        {"name": "page", "in": "query", "schema": {"type": "integer"}}
    ]
    assert list(doc["paths"]["/v1/voices"]) == ["get"]


def test_removing_every_item_of_a_list_removes_from_the_last_first(tmp_path: Path) -> None:
    path = _overlay_file(
        tmp_path,
        """
        actions:
          - target: $.paths.*.get.parameters[*]
            remove: true
        """,
    )
    touched: list[tuple[int, str]] = []
    doc = apply_overlay(_spec(), load_overlay(path), path, touched)
    assert doc["paths"]["/v1/voices"]["get"]["parameters"] == []
    assert touched == [
        (0, "/paths/~1v1~1voices/get/parameters/1"),
        (0, "/paths/~1v1~1voices/get/parameters/0"),
    ]


def test_touched_names_each_action_and_the_node_it_changed(tmp_path: Path) -> None:
    path = _overlay_file(
        tmp_path,
        """
        actions:
          - target: $.info
            update: {x-a: 1}
          - target: $.components.schemas.Voice.properties.id
            remove: true
        """,
    )
    touched: list[tuple[int, str]] = []
    apply_overlay(_spec(), load_overlay(path), path, touched)
    assert touched == [(0, "/info"), (1, "/components/schemas/Voice/properties/id")]


def test_neither_the_document_nor_the_overlay_is_changed(tmp_path: Path) -> None:
    path = _overlay_file(
        tmp_path,
        """
        actions:
          - target: $.components.schemas.Voice.properties
            update: {name: {type: string}}
          - target: $.paths.*.get.tags
            update: [{deep: [1]}]
        """,
    )
    document, overlay = _spec(), load_overlay(path)
    before = copy.deepcopy((document, overlay))
    out = apply_overlay(document, overlay, path)
    out["components"]["schemas"]["Voice"]["properties"]["name"]["type"] = "integer"
    out["paths"]["/v1/voices"]["get"]["tags"][1]["deep"].append(2)
    assert (document, overlay) == before


def test_deep_merge_merges_objects_and_replaces_everything_else() -> None:
    target: dict[str, Any] = {"a": {"b": 1, "c": [1]}, "d": "x"}
    deep_merge(target, {"a": {"c": [2], "e": {"f": 1}}, "d": {"now": "an object"}})
    assert target == {"a": {"b": 1, "c": [2], "e": {"f": 1}}, "d": {"now": "an object"}}


# --------------------------------------------------------------------------- broken overlays


@pytest.mark.parametrize(
    ("text", "pointer", "message"),
    [
        pytest.param("- just\n- a list\n", "", "an overlay must be a mapping", id="a list"),
        pytest.param(
            "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n",
            "/overlay",
            "unsupported overlay version '' (expected 1.0.x)",
            id="an OpenAPI document",
        ),
        pytest.param(
            HEAD.replace("1.0.0\ninfo", "2.0.0\ninfo") + "actions: [{target: $, remove: true}]\n",
            "/overlay",
            "unsupported overlay version '2.0.0' (expected 1.0.x)",
            id="another version",
        ),
        pytest.param(
            "overlay: 1.0.0\ninfo: {title: t}\nactions: [{target: $.info, update: {}}]\n",
            "/info",
            "info needs a title and a version",
            id="info without a version",
        ),
        pytest.param(HEAD + "actions: []\n", "/actions", "actions must be a non-empty list"),
        pytest.param(
            HEAD + "actions:\n  - {target: $.info, update: {}}\n  - {update: {}}\n",
            "/actions/1",
            "an action needs a string target",
            id="no target",
        ),
        pytest.param(
            HEAD + "actions:\n  - {target: [$.info], update: {}}\n",
            "/actions/0",
            "an action needs a string target",
            id="a target that is a list",
        ),
        pytest.param(
            HEAD + "actions:\n  - {target: $.info, remove: 1}\n",
            "/actions/0/remove",
            "remove must be true or false",
            id="remove not a boolean",
        ),
        pytest.param(
            HEAD + "actions:\n  - {target: $.info, remove: true, update: {}}\n",
            "/actions/0",
            "an action needs exactly one of update or remove: true",
            id="update and remove",
        ),
        pytest.param(
            HEAD + "actions:\n  - {target: $.info, remove: false}\n",
            "/actions/0",
            "an action needs exactly one of update or remove: true",
            id="neither",
        ),
    ],
)
def test_a_broken_overlay_file_is_one_error_naming_the_file_and_place(
    tmp_path: Path, text: str, pointer: str, message: str
) -> None:
    path = tmp_path / "acme.overlay.yaml"
    path.write_text(text, encoding="utf-8")
    error = _error(load_overlay, path)
    assert (error.file, error.pointer, error.message) == (path, pointer, message)
    assert str(error) == f"{path} #{pointer}: {message}"


def test_an_overlay_that_is_not_yaml_names_the_line(tmp_path: Path) -> None:
    path = _overlay_file(tmp_path, "actions: [{target: $.info, remove: true}]\nremove: a: b\n")
    error = _error(load_overlay, path)
    assert (error.file, error.line) == (path, 6)  # HEAD is lines 1-4, actions line 5
    assert error.message.startswith("invalid YAML")


@pytest.mark.parametrize(
    ("target", "action", "message"),
    [
        pytest.param(
            "$.[bad",
            "update: {}",
            "invalid JSONPath '$.[bad': expected a shorthand selector",
            id="bad JSONPath",
        ),
        pytest.param(
            "$.paths.*.delete",
            "remove: true",
            "target '$.paths.*.delete' matches nothing in the document",
            id="matches nothing",
        ),
        pytest.param(
            "$.paths.*.get.summary",
            "update: Every voice",
            "cannot update a str with a str",
            id="update on a string",
        ),
        pytest.param(
            "$.components.schemas.Voice",
            "update: [a]",
            "cannot update a dict with a list",
            id="a list onto an object",
        ),
        pytest.param("$", "remove: true", "cannot remove the whole document", id="remove all"),
    ],
)
def test_an_action_that_cannot_apply_is_one_error_naming_the_file_and_its_target(
    tmp_path: Path, target: str, action: str, message: str
) -> None:
    fine = "  - target: $.info\n    update: {x-a: 1}\n"
    path = _overlay_file(tmp_path, f'actions:\n{fine}  - target: "{target}"\n    {action}\n')
    error = _error(apply_overlay, _spec(), load_overlay(path), path)
    assert (error.file, error.pointer, error.message) == (path, "/actions/1/target", message)
    assert str(error) == f"{path} #/actions/1/target: {message}"
