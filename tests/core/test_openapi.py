"""``core.openapi``: RFC 6901 pointers built, split and followed (``~`` and ``/`` escaped once
and unescaped in the right order), ``$ref`` chains, every ``$ref`` of a document, and the
operations in path and HTTP-method order."""

from __future__ import annotations

from typing import Any

import pytest

from clientgen.core.openapi import (
    HTTP_METHODS,
    deref,
    iter_refs,
    json_pointer,
    operations,
    pointer_parts,
    resolve_pointer,
    resolves,
    unescape,
)

# Keys that need escaping, and "~1" itself: unescaping "~01" must give "~1", not "/".
AWKWARD = ("/v1/voices/{id}", "a~b", "~1", "~0/", "plain", "")


def test_a_pointer_escapes_tilde_then_slash() -> None:
    assert json_pointer("paths", "/v1/voices", "get") == "/paths/~1v1~1voices/get"
    assert json_pointer("a~b", "~1") == "/a~0b/~01"
    assert json_pointer("items", 0) == "/items/0"
    assert json_pointer() == ""


@pytest.mark.parametrize("key", AWKWARD)
def test_unescape_undoes_the_escape_of_one_token(key: str) -> None:
    assert unescape(json_pointer(key)[1:]) == key


def test_unescape_reads_tilde_one_as_slash_and_tilde_zero_as_tilde() -> None:
    assert unescape("~1") == "/"
    assert unescape("~0") == "~"
    assert unescape("~01") == "~1"  # "~0" then "1": never "/"
    assert unescape("~10") == "/0"


def test_pointer_parts_round_trips_every_non_empty_key() -> None:
    keys = tuple(k for k in AWKWARD if k)
    assert pointer_parts(json_pointer(*keys)) == keys


def test_pointer_parts_skips_empty_tokens() -> None:
    assert pointer_parts("") == ()
    assert pointer_parts("/") == ()
    assert pointer_parts("//a//b~1c/") == ("a", "b/c")


DOC: dict[str, Any] = {
    "paths": {"/v1/voices": {"get": {"tags": ["voices", "library"]}}},
    "a~b": {"c/d": 1},
    "": {"empty": True},
    "components": {
        "schemas": {
            "Voice": {"$ref": "#/components/schemas/Model"},
            "Model": {"$ref": "#/components/schemas/Record"},
            "Record": {"type": "object"},
            "Loop": {"$ref": "#/components/schemas/Loop"},
        }
    },
}


@pytest.mark.parametrize(
    ("pointer", "value"),
    [
        ("", DOC),
        ("/paths/~1v1~1voices/get/tags/1", "library"),
        ("/a~0b/c~1d", 1),
        ("/", {"empty": True}),  # one empty token: the key ""
        ("/components/schemas/Record/type", "object"),
    ],
)
def test_resolve_pointer_follows_keys_and_list_indexes(pointer: str, value: Any) -> None:
    assert resolve_pointer(DOC, pointer) == value


@pytest.mark.parametrize(
    ("pointer", "error"),
    [
        ("/paths/nope", KeyError),
        ("/paths/~1v1~1voices/get/tags/2", IndexError),
        ("/paths/~1v1~1voices/get/tags/first", ValueError),
        ("/a~0b/c~1d/deeper", TypeError),
    ],
)
def test_resolve_pointer_raises_where_there_is_nothing(
    pointer: str, error: type[Exception]
) -> None:
    with pytest.raises(error):
        resolve_pointer(DOC, pointer)


@pytest.mark.parametrize(
    ("ref", "found"),
    [
        ("#/components/schemas/Record", True),
        ("#/paths/~1v1~1voices/get/tags/0", True),
        ("#", True),
        ("#/components/schemas/Nope", False),
        ("#/paths/~1v1~1voices/get/tags/9", False),
        ("#/paths/~1v1~1voices/get/tags/x", False),
        ("#/a~0b/c~1d/deeper", False),
        ("#/paths/v1/voices", False),  # unescaped slashes name other keys
        ("other.yaml#/components/schemas/Record", False),  # not local
        ("/components/schemas/Record", False),  # a pointer, not a reference
    ],
)
def test_resolves_says_whether_a_local_reference_points_somewhere(ref: str, found: bool) -> None:
    assert resolves(DOC, ref) is found


def test_deref_follows_a_chain_to_its_end() -> None:
    voice = DOC["components"]["schemas"]["Voice"]
    assert deref(DOC, voice) == {"type": "object"}
    assert deref(DOC, {"type": "string"}) == {"type": "string"}
    assert deref(DOC, "text") == "text"


def test_deref_stops_on_a_cycle_instead_of_looping() -> None:
    loop = DOC["components"]["schemas"]["Loop"]
    assert deref(DOC, loop) == loop


def test_deref_of_a_reference_to_nowhere_raises() -> None:
    with pytest.raises(KeyError):
        deref(DOC, {"$ref": "#/components/schemas/Nope"})


def test_iter_refs_gives_every_reference_with_its_escaped_pointer() -> None:
    doc = {
        "$ref": "#/top",
        "paths": {
            "/v1/voices": {
                "get": {
                    "parameters": [{"name": "a"}, {"$ref": "#/components/parameters/Page"}],
                    "responses": {"200": {"$ref": "#/components/responses/Ok"}},
                }
            }
        },
        "components": {"schemas": {"A": {"items": {"$ref": "#/components/schemas/B"}}}},
        "not a ref": {"$ref": 5},
    }
    assert list(iter_refs(doc)) == [
        ("", "#/top"),
        ("/paths/~1v1~1voices/get/parameters/1", "#/components/parameters/Page"),
        ("/paths/~1v1~1voices/get/responses/200", "#/components/responses/Ok"),
        ("/components/schemas/A/items", "#/components/schemas/B"),
    ]
    assert list(iter_refs({"a": [1, "x", None]})) == []


def test_operations_come_paths_sorted_then_methods_in_http_order() -> None:
    def op(name: str) -> dict[str, str]:
        return {"operationId": name}

    doc = {
        "paths": {
            "/b": {"trace": op("t"), "patch": op("pa"), "parameters": [], "get": op("g")},
            "/a": {"head": op("h"), "options": op("o"), "delete": op("d")},
            "/a/{id}": {"post": op("po"), "put": op("pu"), "summary": "not an operation"},
        }
    }
    found = [(path, method, o["operationId"]) for path, method, o in operations(doc)]
    assert found == [
        ("/a", "delete", "d"),
        ("/a", "options", "o"),
        ("/a", "head", "h"),
        ("/a/{id}", "put", "pu"),
        ("/a/{id}", "post", "po"),
        ("/b", "get", "g"),
        ("/b", "patch", "pa"),
        ("/b", "trace", "t"),
    ]
    assert HTTP_METHODS == ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def test_a_document_without_paths_has_no_operations() -> None:
    assert operations({}) == []
    assert operations({"paths": None}) == []
