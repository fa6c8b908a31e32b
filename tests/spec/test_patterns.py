"""Patterns Python's re cannot compile are set aside, not enforced (spec/patterns.py)."""

from __future__ import annotations

from typing import Any

from clientgen.spec.patterns import set_aside_unenforceable_patterns


def test_an_ecma_pattern_is_kept_as_documentation_with_a_warning_at_its_pointer() -> None:
    doc: dict[str, Any] = {
        "components": {
            "schemas": {
                "Name": {"type": "string", "pattern": r"^[\p{L}\p{N}_]+$"},
                "Code": {"type": "string", "pattern": r"^[A-Z]{3}$"},
                "Sample": {
                    "type": "object",
                    "properties": {"pattern": {"type": "string", "pattern": "(unclosed"}},
                    "example": {"pattern": "(data, not a schema"},
                },
            }
        }
    }

    warnings = set_aside_unenforceable_patterns(doc, "api.json")

    schemas = doc["components"]["schemas"]
    assert schemas["Name"] == {"type": "string", "x-clientgen-pattern": r"^[\p{L}\p{N}_]+$"}
    assert schemas["Code"]["pattern"] == r"^[A-Z]{3}$"
    assert schemas["Sample"]["properties"]["pattern"]["x-clientgen-pattern"] == "(unclosed"
    assert schemas["Sample"]["example"] == {"pattern": "(data, not a schema"}
    assert [(w.file, w.pointer) for w in warnings] == [
        ("api.json", "/components/schemas/Name/pattern"),
        ("api.json", "/components/schemas/Sample/properties/pattern/pattern"),
    ]
    assert "kept as documentation, not enforced" in warnings[0].message
