"""Defaults their schema's type does not admit are dropped with a warning (spec/defaults.py)."""

from __future__ import annotations

from typing import Any

from clientgen.spec.defaults import drop_unfitting_defaults


def test_a_default_of_another_type_is_dropped_at_its_pointer() -> None:
    doc: dict[str, Any] = {
        "paths": {"/v": {"get": {"parameters": [
            {"name": "n", "in": "query", "schema": {"type": "string", "default": 1}},
            {"name": "m", "in": "query", "schema": {"type": "integer", "default": 2}},
            {"name": "f", "in": "query", "schema": {"type": "number", "default": True}},
            {"name": "o", "in": "query", "schema": {"type": ["string", "null"], "default": None}},
            {"name": "p", "in": "query", "schema": {"type": "string", "nullable": True,
                                                    "default": None}},
        ]}}},
        "components": {"schemas": {"A": {"type": "object", "example": {"default": 3},
                                          "properties": {"t": {"type": "array", "default": {}}}}}},
    }  # fmt: skip

    warnings = drop_unfitting_defaults(doc, "api.json")

    params = doc["paths"]["/v"]["get"]["parameters"]
    assert [("default" in p["schema"]) for p in params] == [False, True, False, True, True]
    assert doc["components"]["schemas"]["A"]["example"] == {"default": 3}  # data, untouched
    assert [w.pointer for w in warnings] == [
        "/components/schemas/A/properties/t/default",
        "/paths/~1v/get/parameters/0/schema/default",
        "/paths/~1v/get/parameters/2/schema/default",
    ]
    assert warnings[1].message == "default 1 is not of type 'string'; it is left out"
