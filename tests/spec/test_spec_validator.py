"""Our OpenAPI 3.1 validator (openapi-spec-validator with Schema Objects checked by
jsonschema-rs) accepts and rejects what openapi-spec-validator's own does."""

from __future__ import annotations

from typing import Any

import pytest
from jsonschema.exceptions import ValidationError
from openapi_spec_validator import validate
from openapi_spec_validator.schemas import get_validator_backend

from clientgen.spec.spec_validator import OpenAPI31Validator

SCHEMAS: list[Any] = [
    {"type": "string"},
    {"type": ["string", "null"], "format": "date-time"},
    {"type": "nope"},
    {"type": 5},
    {"type": "object", "properties": {"a": {"type": "integer", "minimum": "1"}}},
    {"type": "object", "properties": {"a": {"$ref": "#/components/schemas/B"}}},
    {"type": "object", "discriminator": "kind"},
    {"type": "object", "discriminator": {"propertyName": "kind"}},
    {"oneOf": [{"type": "string"}, {"type": "integer"}]},
    {"oneOf": "string"},
    {"enum": []},
    {"enum": ["a", "a"]},
    {"required": "a"},
    {"type": "object", "required": ["a"], "allOf": [{"type": "object"}]},
    {"items": {"type": "string"}, "type": "array", "maxItems": -1},
    {"xml": {"name": "a"}},
    {"xml": 3},
    {"externalDocs": {"url": "https://example.com"}},
    {"externalDocs": {}},
    {"default": 1, "type": "string"},
    True,
    {"example": {"any": "thing"}},
]


def _document(schema: Any) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/a": {
                "get": {
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {"schema": {"$ref": "#/components/schemas/A"}}
                            },
                        }
                    }
                }
            }
        },
        "components": {"schemas": {"A": schema, "B": {"type": "string"}}},
    }


def _verdict(schema: Any, cls: Any) -> bool:
    try:
        validate(_document(schema), cls=cls)
    except ValidationError:
        return False
    return True


@pytest.mark.parametrize("schema", SCHEMAS, ids=[repr(s)[:60] for s in SCHEMAS])
def test_agrees_with_openapi_spec_validator(schema: Any) -> None:
    assert _verdict(schema, OpenAPI31Validator) == _verdict(schema, None)


def test_some_cases_are_rejected_and_some_accepted() -> None:
    verdicts = [_verdict(schema, OpenAPI31Validator) for schema in SCHEMAS]
    assert True in verdicts
    assert False in verdicts


def test_the_document_is_checked_by_jsonschema_rs() -> None:
    # The pinned jsonschema-rs is what keeps validation of large specs fast.
    assert get_validator_backend() == "jsonschema-rs"
