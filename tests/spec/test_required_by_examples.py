"""Response fields every documented example shows become required; the rule is recorded."""

from __future__ import annotations

import copy
from typing import Any

from clientgen.spec.doc_links import absolute_doc_links
from clientgen.spec.required_by_examples import RULE_KEY, require_fields_every_example_shows


def document(*examples: Any, request_uses_voice: bool = False) -> dict[str, Any]:
    voice = {
        "type": "object",
        "required": ["id"],
        "properties": {
            "id": {"type": "string"},
            "name": {"type": "string"},
            "language": {"type": "string"},
            "accent": {"type": "string", "description": "The accent, if available."},
            "deleted_at": {"type": ["string", "null"]},
        },
    }
    listing = {"type": "object", "properties": {"voices": {"type": "array", "items": {
        "$ref": "#/components/schemas/Voice"}}}}  # fmt: skip
    op: dict[str, Any] = {
        "responses": {
            "200": {
                "description": "ok",
                "content": {
                    "application/json": {
                        "schema": {"$ref": "#/components/schemas/VoiceList"},
                        "examples": {f"e{i}": {"value": v} for i, v in enumerate(examples)},
                    }
                },
            }
        }
    }
    if request_uses_voice:
        op["requestBody"] = {
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Voice"}}}
        }
    return {
        "openapi": "3.1.0",
        "paths": {"/voices": {"post": op}},
        "components": {"schemas": {"Voice": voice, "VoiceList": listing}},
    }


EVERYTHING = {"id": "v1", "name": "Ada", "language": "en", "accent": "uk", "deleted_at": None}


def test_fields_in_every_example_become_required_and_the_rule_is_recorded() -> None:
    doc = document(
        {"voices": [EVERYTHING, {**EVERYTHING, "language": None}]},
        {"voices": [{k: v for k, v in EVERYTHING.items() if k != "language"}]},
        {"voices": [EVERYTHING]},
    )

    added = require_fields_every_example_shows(doc)

    voice = doc["components"]["schemas"]["Voice"]
    # language: missing from one example (and null in another); accent: "if available";
    # deleted_at: null in every example.
    assert voice["required"] == ["id", "name"]
    assert voice[RULE_KEY] == ["name"]
    assert doc["components"]["schemas"]["VoiceList"]["required"] == ["voices"]
    assert added == {"Voice": ["name"], "VoiceList": ["voices"]}


def test_without_examples_nothing_changes() -> None:
    doc = document()
    before = copy.deepcopy(doc)

    assert require_fields_every_example_shows(doc) == {}
    assert doc == before


def test_examples_of_another_kind_are_no_evidence() -> None:
    # A list where the listing is documented says nothing of it, a string for a voice nothing
    # of the voice: only the one listing that is an object counts.
    doc = document([EVERYTHING], {"voices": ["v1"]})

    assert require_fields_every_example_shows(doc) == {"VoiceList": ["voices"]}
    assert doc["components"]["schemas"]["Voice"]["required"] == ["id"]


def test_an_object_a_request_uses_is_left_alone() -> None:
    # Required there, it would be a required argument of the request.
    doc = document({"voices": [EVERYTHING]}, request_uses_voice=True)

    require_fields_every_example_shows(doc)

    assert doc["components"]["schemas"]["Voice"]["required"] == ["id"]
    assert RULE_KEY not in doc["components"]["schemas"]["Voice"]


def test_site_relative_links_become_absolute_and_examples_are_untouched() -> None:
    doc = {
        "info": {"description": "See [Speak](/api-v2/post/tts) and [here](#top)."},
        "paths": {"/v": {"get": {
            "summary": "[Other](//cdn.test/x) [Abs](https://x.test/y)",
            "responses": {"200": {"description": "[List](/api-v1/get/voices)", "content": {
                "application/json": {"example": {"description": "[keep](/as-sent)"}}}}},
        }}},
    }  # fmt: skip

    assert absolute_doc_links(doc, "https://docs.vendor.test") == 2

    assert doc["info"]["description"] == (
        "See [Speak](https://docs.vendor.test/api-v2/post/tts) and [here](#top)."
    )
    get = doc["paths"]["/v"]["get"]
    assert get["summary"] == "[Other](//cdn.test/x) [Abs](https://x.test/y)"
    response = get["responses"]["200"]
    assert response["description"] == "[List](https://docs.vendor.test/api-v1/get/voices)"
    assert response["content"]["application/json"]["example"] == {"description": "[keep](/as-sent)"}
