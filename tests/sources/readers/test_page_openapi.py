"""One page model for the readers, and one module that turns it into OpenAPI
(sources/readers/page.py, page_openapi.py): every format makes the same document of the same
facts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from clientgen.sources.readers import PageOptions, mintlify, prose, scraped
from clientgen.sources.readers.page import Page, Parameter, RequestBody, parameter_location
from clientgen.sources.readers.page_openapi import checked_parameters, openapi_document

Warnings = list[tuple[str, int | None]]


def _collect() -> tuple[Warnings, Any]:
    found: Warnings = []
    return found, lambda message, line: found.append((message, line))


def _page(**changes: Any) -> Page:
    values: dict[str, Any] = {
        "method": "post",
        "route": "/v1/voices/{id}",
        "server": None,
        "title": "Rename a voice",
        "summary": "Rename a voice",
        "description": "",
        "parameters": [],
        "request_body": None,
        "responses": {"200": {"description": "Renamed"}},
    }
    values.update(changes)
    return Page(**values)


def test_the_document_holds_the_one_operation_in_openapi_key_order() -> None:
    body = RequestBody(
        "application/json",
        {"schema": {"type": "object", "properties": {"name": {"type": "string"}}}},
        required=True,
        description="The new name.",
    )
    page = _page(
        server="https://api.example.com",
        description="Gives the voice a new name.",
        deprecated=True,
        parameters=[Parameter("id", "path", {"type": "string"}, line=4)],
        request_body=body,
    )
    document = openapi_document(page)
    assert list(document) == ["openapi", "info", "servers", "paths"]
    assert document["info"] == {"title": "Rename a voice", "version": "0.0.0"}
    assert document["servers"] == [{"url": "https://api.example.com"}]
    operation = document["paths"]["/v1/voices/{id}"]["post"]
    assert list(operation) == [
        "summary", "description", "deprecated", "parameters", "requestBody", "responses",
    ]  # fmt: skip
    # A path parameter is required whatever the page says: OpenAPI allows nothing else.
    assert operation["parameters"] == [
        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
    ]
    assert list(operation["requestBody"]) == ["description", "required", "content"]
    assert operation["requestBody"]["content"] == {"application/json": body.content}


def test_what_a_page_does_not_state_is_left_out_not_invented() -> None:
    path_item = openapi_document(_page(route="/v1/voices", summary=None))["paths"]["/v1/voices"]
    assert path_item == {"post": {"responses": {"200": {"description": "Renamed"}}}}
    assert "servers" not in openapi_document(_page())


def test_a_parameter_documented_twice_keeps_its_first_place_with_a_warning() -> None:
    warnings, warn = _collect()
    first = Parameter("limit", "query", {"type": "integer"}, line=3)
    again = Parameter("limit", "query", {"type": "string"}, line=9)
    other = Parameter("limit", "header", {"type": "string"}, line=12)
    kept = checked_parameters([first, again, other], "/v1/voices", warn, untyped={})
    assert kept == [first, other]
    assert warnings == [("query parameter 'limit' is documented twice", 9)]


def test_path_parameters_are_checked_against_the_path() -> None:
    warnings, warn = _collect()
    documented = [
        Parameter("voice", "path", {"type": "string"}, line=5),
        Parameter("id", "path", {"type": "string"}, line=6, said_optional=True),
    ]
    kept = checked_parameters(
        documented, "/v1/{id}/samples/{sample_id}", warn, untyped={"type": "string"}
    )
    assert [p.name for p in kept] == ["voice", "id", "sample_id"]
    assert kept[-1] == Parameter("sample_id", "path", {"type": "string"}, required=True)
    assert warnings == [
        ("path parameter 'voice' is not in the path /v1/{id}/samples/{sample_id}", 5),
        ("path parameter 'id' is said to be optional; path parameters are always required", 6),
        ("path parameter 'sample_id' is not documented; typed as a string", None),
    ]


def test_a_format_that_cannot_tell_a_type_adds_an_undocumented_path_parameter_untyped() -> None:
    warnings, warn = _collect()
    kept = checked_parameters([], "/v1/{id}", warn, untyped={})
    assert kept == [Parameter("id", "path", {}, required=True)]
    assert warnings == [("path parameter 'id' is not documented; added without a type", None)]


def test_only_openapi_locations_are_parameter_locations() -> None:
    assert parameter_location("cookie") == "cookie"
    with pytest.raises(ValueError, match="'body'"):
        parameter_location("body")


MINTLIFY = """---
title: Get a sample
api: GET /v1/voices/{id}/samples
---

<ParamField path="id" type="string" required>
  The voice.
</ParamField>

<ParamField query="limit" type="integer">
  How many to return.
</ParamField>

<ResponseField name="samples" type="string[]">
  The samples.
</ResponseField>
"""

PROSE = """---
title: Get a sample
openapi: GET /v1/voices/{id}/samples
---

## Path Parameters

- `id` (string, **required**): The voice.

## Query Parameters

- `limit` (integer): How many to return.

## Response Fields

- `samples` (array of strings): The samples.
"""

SCRAPED = """Get a sample
GET /v1/voices/{id}/samples
Path Parameters
id
string
required
The voice.
Query Parameters
limit
integer
How many to return.
"""


def test_every_format_makes_the_same_parameters_of_the_same_facts() -> None:
    documents = [
        reader.read(text, Path("page"), PageOptions())
        for reader, text in ((mintlify, MINTLIFY), (prose, PROSE), (scraped, SCRAPED))
    ]
    operations = [d.document["paths"]["/v1/voices/{id}/samples"]["get"] for d in documents]
    expected = [
        {"name": "id", "in": "path", "required": True, "description": "The voice.",
         "schema": {"type": "string"}},
        {"name": "limit", "in": "query", "description": "How many to return.",
         "schema": {"type": "integer"}},
    ]  # fmt: skip
    for operation in operations:
        assert operation["summary"] == "Get a sample"
        assert operation["parameters"] == expected
