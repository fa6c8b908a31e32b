"""Swagger 2.0 documents are converted by swagger2openapi and generated like any other
(spec/swagger.py)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from clientgen.cli import main
from clientgen.core.diagnostics import ClientgenError
from clientgen.spec import swagger

PETS: dict[str, Any] = {
    "swagger": "2.0",
    "info": {"title": "Pets", "version": "1"},
    "host": "api.pets.test",
    "basePath": "/v1",
    "schemes": ["https"],
    "securityDefinitions": {"key": {"type": "apiKey", "in": "query", "name": "key"}},
    "security": [{"key": []}],
    "paths": {
        "/pets/{id}": {
            "get": {
                "operationId": "getPet",
                "produces": ["application/json"],
                "parameters": [{"name": "id", "in": "path", "required": True, "type": "integer"}],
                "responses": {
                    "200": {"description": "ok", "schema": {"$ref": "#/definitions/Pet"}}
                },
            }
        },
        "/pets": {
            "post": {
                "operationId": "addPet",
                "consumes": ["application/json"],
                "parameters": [
                    {
                        "name": "pet",
                        "in": "body",
                        "required": True,
                        "schema": {"$ref": "#/definitions/Pet"},
                    }
                ],
                "responses": {"201": {"description": "made"}},
            }
        },
    },
    "definitions": {
        "Pet": {
            "type": "object",
            "required": ["id"],
            "properties": {"id": {"type": "integer"}, "name": {"type": "string"}},
        }
    },
}


@pytest.fixture(autouse=True)
def _needs_the_converter() -> None:
    if swagger.converter() is None:
        if shutil.which("npm") is None:
            pytest.skip("npm is not installed: swagger2openapi is not available")
        pytest.fail("swagger2openapi is missing from node_modules: run `make setup`")


def test_a_swagger_document_generates_a_client(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = tmp_path / "pets.json"
    spec.write_text(json.dumps(PETS), encoding="utf-8")
    out = tmp_path / "out"

    assert main(["client", str(spec), "--out", str(out), "--package", "pets_client"]) == 0

    assert "converted from Swagger 2.0 to OpenAPI 3.0 by swagger2openapi" in capsys.readouterr().err
    client = (out / "src/pets_client/pets/_client.py").read_text(encoding="utf-8")
    assert 'default_base_url="https://api.pets.test/v1"' in client
    assert 'location="query"' in client and 'parameter="key"' in client
    resource = (out / "src/pets_client/pets/resources/pets.py").read_text(encoding="utf-8")
    assert "def retrieve(" in resource and "pet_id: int" in resource
    assert "def create(" in resource


def test_another_swagger_version_is_an_error_at_its_pointer() -> None:
    with pytest.raises(ClientgenError) as caught:
        swagger.convert_swagger({**PETS, "swagger": "1.2"}, "old.json")

    assert (str(caught.value.file), caught.value.pointer) == ("old.json", "/swagger")


def test_without_the_converter_the_error_says_how_to_get_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(swagger, "converter", lambda: None)

    with pytest.raises(ClientgenError, match="make setup"):
        swagger.convert_swagger(PETS, "pets.json")
