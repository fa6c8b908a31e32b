"""A document the user brings may break a rule of the OpenAPI schema that changes nothing for
a client: that is a warning at its pointer and generation goes on (spec/validate.py, not
strict). What would reach a user (a type no one can know) stays an error."""

from __future__ import annotations

from typing import Any

import pytest

from clientgen.core.diagnostics import ClientgenError
from clientgen.spec.validate import validate_document


def _doc(version: str = "3.0.3", **parts: Any) -> dict[str, Any]:
    return {"openapi": version, "info": {"title": "t", "version": "1"}, "paths": {}, **parts}


@pytest.mark.parametrize(
    ("document", "pointer", "said"),
    [
        (
            _doc(components={"schemas": {"A": {"type": "string", "const": "x"}}}),
            "/components/schemas/A",
            "const read as in OpenAPI 3.1",
        ),
        (
            _doc(
                paths={"/a": {"get": {"title": "x", "responses": {"200": {"description": "ok"}}}}}
            ),
            "/paths/~1a/get",
            "'title' is ignored",
        ),
        (
            {"openapi": "3.1.0", "info": {"title": "t"}, "paths": {}},
            "/info",
            "the package's own metadata is used",
        ),
        (
            # The validator names the response that holds the schema, not the schema.
            _doc(
                paths={
                    "/a": {
                        "get": {
                            "responses": {
                                "200": {
                                    "description": "ok",
                                    "content": {
                                        "application/json": {
                                            "schema": {
                                                "oneOf": [
                                                    {
                                                        "type": "object",
                                                        "properties": {"type": {"const": "alpha"}},
                                                    }
                                                ]
                                            }
                                        }
                                    },
                                }
                            }
                        }
                    }
                }
            ),
            "/paths/~1a/get/responses/200",
            "const read as in OpenAPI 3.1",
        ),
        (
            # datamodel-code-generator's own api_constrained.yaml has these.
            _doc(
                components={
                    "schemas": {
                        "User": {
                            "type": "object",
                            "properties": {"height": {"type": ["integer", "number"]}},
                        }
                    }
                }
            ),
            "/components/schemas/User",
            "type lists read as in OpenAPI 3.1",
        ),
        (
            {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "components": {}},
            "",
            "the document has no operations: the client has its models alone",
        ),
        (
            _doc(x=1, foo="bar"),
            "",
            "'x', 'foo' are ignored",
        ),
    ],
    ids=[
        "const in 3.0",
        "title on an operation",
        "no info.version",
        "const deep in 3.0",
        "a type list in 3.0",
        "no paths in 3.0",
        "two unknown keys",
    ],
)
def test_a_harmless_break_is_a_warning_at_its_pointer(
    document: dict[str, Any], pointer: str, said: str
) -> None:
    (warning,) = validate_document(document, "api.json", strict=False)

    assert (warning.file, warning.pointer) == ("api.json", pointer)
    assert said in warning.message and "generation goes on" in warning.message


def test_a_long_value_refused_is_not_repeated_in_the_message() -> None:
    properties = {f"field_{i}": {"type": "string", "description": "x" * 20} for i in range(10)}
    schema = {"type": "object", "const": {}, "properties": properties}
    (warning,) = validate_document(
        _doc(components={"schemas": {"A": schema}}), "api.json", strict=False
    )
    # The pointer says which value; the message does not copy the whole schema.
    assert warning.pointer == "/components/schemas/A"
    assert "field_0" not in warning.message
    assert "the value here is not valid under any of the schemas" in warning.message


@pytest.mark.parametrize("version", ["3.0.3", "3.1.0"])
def test_a_type_no_one_can_know_stays_an_error(version: str) -> None:
    document = _doc(version, components={"schemas": {"A": {"type": "nope", "const": 1}}})

    with pytest.raises(ClientgenError, match="invalid OpenAPI") as caught:
        validate_document(document, "api.json", strict=False)

    assert caught.value.pointer is not None
    assert caught.value.pointer.startswith("/components/schemas/A")


def test_strict_validation_refuses_the_first_break() -> None:
    document = _doc(components={"schemas": {"A": {"type": "string", "const": "x"}}})

    with pytest.raises(ClientgenError, match="invalid OpenAPI"):
        validate_document(document, "api.json")
