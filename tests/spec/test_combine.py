"""Several sources of one vendor: selection from a large document, merging, one record per shape."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from clientgen.core.diagnostics import ClientgenError
from clientgen.sources.selection import select_operations
from clientgen.spec.combine import combine_pages
from clientgen.spec.normalize import normalize

SPEC = Path("openapi.json")
PAGE = Path("create.mdx")


def _doc(paths: dict[str, Any], schemas: dict[str, Any] | None = None) -> dict[str, Any]:
    doc: dict[str, Any] = {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}}
    doc["paths"] = paths
    if schemas is not None:
        doc["components"] = {"schemas": schemas}
    return doc


def _json(schema: dict[str, Any]) -> dict[str, Any]:
    return {"content": {"application/json": {"schema": schema}}}


# --------------------------------------------------------------------------- selection


def _large() -> dict[str, Any]:
    ok = {"200": {"description": "ok", **_json({"$ref": "#/components/schemas/Voice"})}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "big", "version": "1"},
        "paths": {
            "/api/voices": {"get": {"responses": ok, "security": [{"Bearer": []}]}},
            "/api/voices/{id}": {"delete": {"responses": {"204": {"description": "gone"}}}},
            "/api/calls": {
                "get": {"responses": {"200": _json({"$ref": "#/components/schemas/Call"})}}
            },
        },
        "components": {
            "schemas": {
                "Voice": {
                    "type": "object",
                    "properties": {"tag": {"$ref": "#/components/schemas/Tag"}},
                },
                "Tag": {"type": "string"},
                "Call": {"type": "object"},
            },
            "securitySchemes": {
                "Bearer": {"type": "http", "scheme": "bearer"},
                "Key": {"type": "apiKey"},
            },
        },
    }


def test_selection_keeps_matching_operations_and_the_components_they_reach() -> None:
    selected = select_operations(
        _large(), ("^GET /api/voices$",), config_file="c.yaml", pointer="/p"
    )
    assert list(selected["paths"]) == ["/api/voices"]
    assert sorted(selected["components"]["schemas"]) == ["Tag", "Voice"]  # Tag through Voice
    assert list(selected["components"]["securitySchemes"]) == ["Bearer"]


def test_selection_patterns_match_method_and_path() -> None:
    selected = select_operations(_large(), ("^DELETE /api/voices",), config_file="c", pointer="/p")
    assert selected["paths"] == {"/api/voices/{id}": _large()["paths"]["/api/voices/{id}"]}
    assert "components" not in selected


def test_a_pattern_that_selects_nothing_is_an_error_naming_it() -> None:
    with pytest.raises(ClientgenError) as err:
        select_operations(
            _large(), ("voices", "sms"), config_file="burki.yaml", pointer="/pages/0/select"
        )
    assert "burki.yaml #/pages/0/select/1" in str(err.value)
    assert "'sms' selects no operation" in str(err.value)


def test_an_invalid_pattern_is_an_error_naming_it() -> None:
    with pytest.raises(ClientgenError, match=r"c.yaml #/s/0: invalid pattern '\('"):
        select_operations(_large(), ("(",), config_file="c.yaml", pointer="/s")


# --------------------------------------------------------------------------- merging


def _spec_and_page() -> tuple[dict[str, Any], dict[str, Any]]:
    spec = _doc(
        {
            "/voices/{voice_id}": {
                "post": {
                    "operationId": "create_voice_voices_post",
                    "description": "Create.",
                    "parameters": [
                        {
                            "name": "voice_id",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "integer"},
                        },
                        {
                            "name": "status",
                            "in": "query",
                            "schema": {"anyOf": [{"type": "string"}, {"type": "null"}]},
                        },
                    ],
                    "requestBody": {
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Create"}}
                        }
                    },
                    "responses": {"200": {"description": "Successful Response", **_json({})}},
                }
            }
        },
        {
            "Create": {
                "type": "object",
                "required": ["name"],
                "properties": {"name": {"type": "string"}},
            }
        },
    )
    page = _doc(
        {
            "/voices/{voice_id}": {
                "post": {
                    "summary": "Create Voice",
                    "description": "A long page about creating voices.",
                    "parameters": [
                        {
                            "name": "voice_id",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string"},
                        },
                        {
                            "name": "status",
                            "in": "query",
                            "description": "Filter.",
                            "schema": {"type": "string", "enum": ["ready", "failed"]},
                        },
                        {"name": "page", "in": "query", "schema": {"type": "integer"}},
                    ],
                    "requestBody": {
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "properties": {
                                        "name": {
                                            "type": ["string", "null"],
                                            "description": "The name.",
                                        },
                                        "color": {"type": "string"},
                                    },
                                }
                            }
                        }
                    },
                    "responses": {
                        "200": {
                            "description": "The voice.",
                            **_json({"type": "object", "properties": {"id": {"type": "integer"}}}),
                        },
                        "404": {
                            "description": "Not found",
                            "content": {
                                "application/json": {
                                    "examples": {"missing": {"value": {"detail": "x"}}}
                                }
                            },
                        },
                    },
                }
            }
        }
    )
    return spec, page


def test_the_first_source_types_and_a_later_one_fills_in() -> None:
    spec, page = _spec_and_page()
    combined, _ = combine_pages("T", [(SPEC, spec), (PAGE, page)])
    op = combined["paths"]["/voices/{voice_id}"]["post"]
    assert op["x-clientgen-sources"] == ["openapi.json", "create.mdx"]
    assert op["operationId"] == "create_voice_voices_post"  # the first source's name stands
    assert op["description"] == "Create."
    assert op["summary"] == "Create Voice"  # filled where the first says nothing
    # The untyped 200 takes the page's shape; the page's 404 is added.
    assert op["responses"]["200"]["content"]["application/json"]["schema"]["properties"] == {
        "id": {"type": "integer"}
    }
    assert "missing" in op["responses"]["404"]["content"]["application/json"]["examples"]
    # The enum fills the spec's nullable string; the description joins it.
    status = op["parameters"][1]
    assert status["description"] == "Filter."
    assert status["schema"]["anyOf"][0] == {"type": "string", "enum": ["ready", "failed"]}
    # The page's description of a field reaches the spec's component.
    name = combined["components"]["schemas"]["Create"]["properties"]["name"]
    assert name == {"type": "string", "description": "The name."}


def test_every_disagreement_is_reported_with_both_places_and_recorded() -> None:
    spec, page = _spec_and_page()
    combined, warnings = combine_pages("T", [(SPEC, spec), (PAGE, page)])
    op = combined["paths"]["/voices/{voice_id}"]["post"]
    recorded = {c["pointer"]: c for c in op["x-clientgen-conflicts"]}
    base = "/paths/~1voices~1{voice_id}/post"
    type_conflict = recorded[f"{base}/parameters/0/schema/type"]
    assert type_conflict["followed"] == {"source": "openapi.json", "value": "integer"}
    assert type_conflict["other"] == {"source": "create.mdx", "value": "string"}
    # A page that does not mention null is silent; a page that allows null where the spec
    # does not disagrees with it.
    assert f"{base}/parameters/1/schema" not in recorded
    assert recorded["/components/schemas/Create/properties/name"]["other"]["value"] == "nullable"
    assert recorded[f"{base}/parameters/-"]["other"]["value"]["name"] == "page"
    assert "/components/schemas/Create/properties/color" in recorded
    messages = [str(w) for w in warnings]
    assert len(messages) == len(recorded)
    type_message = next(m for m in messages if "parameters/0/schema/type" in m)
    assert type_message.startswith("create.mdx #/paths/")
    assert (
        "openapi.json says 'integer', create.mdx says 'string'; followed openapi.json"
        in type_message
    )
    # The page's extra field and parameter are not added: the spec types those places.
    assert "color" not in combined["components"]["schemas"]["Create"]["properties"]
    assert [p["name"] for p in op["parameters"]] == ["voice_id", "status"]


def test_sources_that_agree_merge_without_a_conflict() -> None:
    spec, _ = _spec_and_page()
    combined, warnings = combine_pages("T", [(SPEC, spec), (PAGE, spec)])
    assert warnings == []
    assert "x-clientgen-conflicts" not in combined["paths"]["/voices/{voice_id}"]["post"]


def test_a_component_two_pages_define_differently_is_an_error() -> None:
    a = _doc({}, {"Voice": {"type": "object"}})
    b = _doc({}, {"Voice": {"type": "string"}})
    with pytest.raises(ClientgenError, match="component schemas/Voice differs between"):
        combine_pages("T", [(SPEC, a), (PAGE, b)])


# --------------------------------------------------------------------------- one record per shape


def _get(schema: dict[str, Any], summary: str) -> dict[str, Any]:
    return {
        "get": {"summary": summary, "responses": {"200": {"description": "ok", **_json(schema)}}}
    }


def test_a_record_described_more_or_less_fully_becomes_one_schema() -> None:
    full = {
        "title": "Voice",
        "type": "object",
        "required": ["id", "name"],
        "properties": {"id": {"type": "string"}, "name": {"type": "string"}},
    }
    brief = {
        "title": "Voice",
        "type": "object",
        "required": ["id"],
        "properties": {
            "id": {"type": "string"},
            "tags": {"type": "array", "items": {"type": "string"}},
        },
    }
    see_elsewhere = {"title": "Voice", "type": "object", "description": "See List Voices."}
    doc = normalize(
        _doc({"/a": _get(full, "A"), "/b": _get(brief, "B"), "/c": _get(see_elsewhere, "C")}), "v"
    )
    voice = doc["components"]["schemas"]["Voice"]
    assert list(voice["properties"]) == ["id", "name", "tags"]
    assert voice["required"] == ["id"]  # required only where every use requires it
    refs = [
        doc["paths"][p]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
        for p in ("/a", "/b", "/c")
    ]
    assert all(r["$ref"] == "#/components/schemas/Voice" for r in refs)
    assert refs[2]["description"] == "See List Voices."


def test_a_component_takes_its_declared_name_and_references_follow() -> None:
    ugly = "Body_upload_api_v1_upload_post"
    body = {"content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{ugly}"}}}}
    doc = _doc(
        {"/upload": {"post": {"summary": "Upload", "requestBody": body, "responses": {}}}},
        {
            ugly: {
                "type": "object",
                "properties": {"a": {"type": "string"}},
                "x-clientgen-name": "Upload",
            }
        },
    )
    out = normalize(doc, "v")
    assert list(out["components"]["schemas"]) == ["Upload"]
    schema = out["paths"]["/upload"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert schema == {"$ref": "#/components/schemas/Upload"}


def test_a_declared_name_that_is_taken_is_an_error() -> None:
    doc = _doc({}, {"A": {"type": "object", "x-clientgen-name": "B"}, "B": {"type": "object"}})
    with pytest.raises(ClientgenError, match=r"v #/components/schemas/A/x-clientgen-name: .*'B'"):
        normalize(doc, "v")


def test_a_later_example_that_does_not_fit_the_first_schema_is_left_out_and_recorded() -> None:
    envelope = {"$ref": "#/components/schemas/Invalid"}
    spec = _doc(
        {"/v": {"post": {"responses": {"422": {"description": "x", **_json(envelope)}}}}},
        {"Invalid": {"type": "object", "properties": {"detail": {"type": "array"}}}},
    )
    examples = {"fits": {"value": {"detail": []}}, "text": {"value": {"detail": "bad audio"}}}
    page = _doc(
        {
            "/v": {
                "post": {
                    "responses": {"422": {"content": {"application/json": {"examples": examples}}}}
                }
            }
        }
    )
    combined, warnings = combine_pages("T", [(SPEC, spec), (PAGE, page)])
    op = combined["paths"]["/v"]["post"]
    kept = op["responses"]["422"]["content"]["application/json"]["examples"]
    assert list(kept) == ["fits"]
    [conflict] = op["x-clientgen-conflicts"]
    assert conflict["pointer"].endswith("/responses/422/content/application~1json/examples/text")
    assert conflict["other"] == {"source": "create.mdx", "value": {"detail": "bad audio"}}
    assert "the example 'text' does not fit the schema" in str(warnings[0])


# --------------------------------------------------------------------------- review cases


def _one_get(
    parameters: list[Any] | None = None, schema: dict[str, Any] | None = None
) -> dict[str, Any]:
    op: dict[str, Any] = {"responses": {"200": {"description": "ok", **_json(schema or {})}}}
    if parameters is not None:
        op["parameters"] = parameters
    return op


def test_fill_ins_change_no_page_and_the_order_of_later_pages_does_not_matter() -> None:
    voice = {"type": "object", "properties": {"name": {"type": "string"}}}
    ref = {"$ref": "#/components/schemas/Voice"}
    listing = _doc({"/v": {"get": _one_get(schema=ref)}}, {"Voice": voice})
    prose = _doc(
        {
            "/v": {
                "get": _one_get(
                    schema={
                        "type": "object",
                        "properties": {"name": {"type": "string", "description": "Name."}},
                    }
                )
            }
        }
    )
    detail = _doc({"/w": {"get": _one_get(schema=ref)}}, {"Voice": voice})
    before = copy.deepcopy([listing, prose, detail])
    for order in ([listing, prose, detail], [listing, detail, prose]):
        pages = [(Path(f"p{i}.mdx"), doc) for i, doc in enumerate(order)]
        combined, _ = combine_pages("T", pages)
        assert (
            combined["components"]["schemas"]["Voice"]["properties"]["name"]["description"]
            == "Name."
        )
    assert [listing, prose, detail] == before


def test_path_level_parameters_take_part_in_the_merge() -> None:
    spec = _doc(
        {
            "/v/{id}": {
                "parameters": [
                    {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
                ],
                "get": _one_get(),
            }
        }
    )
    page = _doc(
        {
            "/v/{id}": {
                "get": _one_get(
                    [
                        {
                            "name": "id",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "integer"},
                            "description": "The id.",
                        }
                    ]
                )
            }
        }
    )
    combined, warnings = combine_pages("T", [(SPEC, spec), (PAGE, page)])
    [param] = combined["paths"]["/v/{id}"]["get"]["parameters"]
    assert param["schema"] == {"type": "string"}  # the first source's type stands
    assert param["description"] == "The id."
    assert "'string', create.mdx says 'integer'" in str(warnings[0])


def test_references_in_the_first_source_are_followed() -> None:
    spec = _doc({"/v": {"get": {
        "parameters": [{"$ref": "#/components/parameters/Limit"}],
        "responses": {"200": {"$ref": "#/components/responses/Ok"}},
    }}})  # fmt: skip
    spec["components"] = {
        "parameters": {"Limit": {"name": "limit", "in": "query", "schema": {"type": "integer"}}},
        "responses": {"Ok": {"description": "ok", **_json({})}},
    }
    limit = {
        "name": "limit",
        "in": "query",
        "description": "At most.",
        "schema": {"type": "integer", "maximum": 100},
    }
    page = _doc(
        {
            "/v": {
                "get": _one_get(
                    [limit], {"type": "object", "properties": {"n": {"type": "integer"}}}
                )
            }
        }
    )
    combined, warnings = combine_pages("T", [(SPEC, spec), (PAGE, page)])
    assert warnings == []
    components = combined["components"]
    assert components["parameters"]["Limit"]["description"] == "At most."
    assert components["parameters"]["Limit"]["schema"]["maximum"] == 100
    ok = components["responses"]["Ok"]["content"]["application/json"]["schema"]
    assert ok["properties"] == {"n": {"type": "integer"}}
    assert combined["paths"]["/v"]["get"]["responses"]["200"] == {
        "$ref": "#/components/responses/Ok"
    }


@pytest.mark.parametrize(
    ("mine", "theirs"),
    [
        (
            {"anyOf": [{"type": "string"}, {"type": "integer"}, {"type": "null"}]},
            {"type": ["string", "null"]},
        ),
        (
            {"allOf": [{"$ref": "#/components/schemas/V"}]},
            {"type": "string", "description": "Words."},
        ),
    ],
)
def test_combinators_are_no_false_conflicts(mine: dict[str, Any], theirs: dict[str, Any]) -> None:
    spec = _doc(
        {"/v": {"get": _one_get([{"name": "x", "in": "query", "schema": mine}])}},
        {"V": {"type": "string"}},
    )
    page = _doc({"/v": {"get": _one_get([{"name": "x", "in": "query", "schema": theirs}])}})
    _, warnings = combine_pages("T", [(SPEC, spec), (PAGE, page)])
    assert warnings == []


def test_a_typed_map_is_not_an_open_object() -> None:
    typed_map = {"type": "object", "additionalProperties": {"type": "integer"}}
    spec = _doc({"/v": {"get": _one_get(schema=typed_map)}})
    page = _doc(
        {
            "/v": {
                "get": _one_get(schema={"type": "object", "properties": {"a": {"type": "string"}}})
            }
        }
    )
    combined, warnings = combine_pages("T", [(SPEC, spec), (PAGE, page)])
    schema = combined["paths"]["/v"]["get"]["responses"]["200"]["content"]["application/json"][
        "schema"
    ]
    assert schema == typed_map
    assert "the field 'a' is documented by create.mdx but not by openapi.json" in str(warnings[0])


def test_single_examples_are_checked_and_discriminated_unions_accept_their_branches() -> None:
    pet = {
        "oneOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}],
        "discriminator": {"propertyName": "kind"},
    }
    animal = {
        "type": "object",
        "properties": {"kind": {"type": "string"}, "name": {"type": "string"}},
    }
    spec = _doc({"/v": {"get": _one_get(schema=pet)}}, {"Cat": animal, "Dog": animal})
    cat = {"kind": "cat", "name": "Tom"}
    page = _doc(
        {"/v": {"get": {"responses": {"200": {"content": {"application/json": {"example": cat}}}}}}}
    )
    combined, warnings = combine_pages("T", [(SPEC, spec), (PAGE, page)])
    media = combined["paths"]["/v"]["get"]["responses"]["200"]["content"]["application/json"]
    assert warnings == [] and media["examples"] == {"example": {"value": cat}}
    page["paths"]["/v"]["get"]["responses"]["200"]["content"]["application/json"]["example"] = 3
    combined, warnings = combine_pages("T", [(SPEC, spec), (PAGE, page)])
    assert "the example 'example' does not fit the schema" in str(warnings[0])


def test_uses_of_one_record_unify_nullable_objects_enums_in_any_order_and_keep_all_words() -> None:
    owner = {"title": "Owner", "type": "object", "properties": {"id": {"type": "string"}}}
    first = {"title": "Voice", "type": "object", "properties": {
        "owner": {**owner, "type": ["object", "null"]},
        "status": {"type": "string", "enum": ["ready", "failed"]},
        "id": {"type": "string"},
    }}  # fmt: skip
    second = {"title": "Voice", "type": "object", "properties": {
        "owner": owner,
        "status": {"type": "string", "enum": ["failed", "ready"]},
        "id": {"type": "string", "description": "The id."},
    }}  # fmt: skip
    doc = normalize(_doc({"/a": _get(first, "A"), "/b": _get(second, "B")}), "v")
    voice = doc["components"]["schemas"]["Voice"]
    assert voice["properties"]["id"]["description"] == "The id."
    assert voice["properties"]["owner"]["anyOf"][0] == {"$ref": "#/components/schemas/Owner"}


def test_a_record_whose_field_types_differ_names_the_field() -> None:
    a = {
        "title": "Voice",
        "type": "object",
        "properties": {"id": {"type": "string"}, "n": {"type": "string"}},
    }
    b = {"title": "Voice", "type": "object", "properties": {"id": {"type": "integer"}}}
    with pytest.raises(ClientgenError, match="the field 'id' differs"):
        normalize(_doc({"/a": _get(a, "A"), "/b": _get(b, "B")}), "v")


def test_selection_follows_references_into_a_component() -> None:
    doc = _large()
    doc["paths"]["/api/voices"]["get"]["responses"]["200"] = {
        "description": "ok",
        **_json({"$ref": "#/components/schemas/Voice/properties/tag"}),
    }
    selected = select_operations(doc, ("^GET /api/voices$",), config_file="c", pointer="/p")
    assert sorted(selected["components"]["schemas"]) == ["Tag", "Voice"]


def test_a_renamed_component_is_referenced_escaped_and_deep_references_follow() -> None:
    deep = {"$ref": "#/components/schemas/Old/properties/a"}
    schemas = {
        "Old": {
            "type": "object",
            "properties": {"a": {"type": "string"}},
            "x-clientgen-name": "A/b",
        },
        "Same": {"type": "object", "properties": {"b": deep}, "x-clientgen-name": "Same"},
    }
    out = normalize(_doc({}, schemas), "v")
    assert sorted(out["components"]["schemas"]) == ["A/b", "Same"]  # its own name: no change
    b = out["components"]["schemas"]["Same"]["properties"]["b"]
    assert b == {"$ref": "#/components/schemas/A~1b/properties/a"}
