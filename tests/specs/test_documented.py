"""The normalized specs hold what each source page documents: every item, and nothing else."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
DOCUMENTED: dict[str, Any] = yaml.safe_load((Path(__file__).parent / "documented.yaml").read_text())


def _normalized() -> dict[str, dict[str, Any]]:
    return {
        p.stem: yaml.safe_load(p.read_text())
        for p in sorted((ROOT / "specs/normalized").glob("*.yaml"))
    }


def _find(page: str) -> tuple[dict[str, Any], str, str, dict[str, Any]]:
    for doc in _normalized().values():
        for path, item in doc["paths"].items():
            for method, op in item.items():
                if isinstance(op, dict) and op.get("x-clientgen-source") == page:
                    return doc, path, method, op
    raise AssertionError(f"no operation in specs/normalized comes from {page}")


def _deref(doc: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = doc["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    return schema


def _shape(doc: dict[str, Any], schema: dict[str, Any]) -> tuple[str, bool, list[Any] | None]:
    """(main type, nullable, enum without null) of a schema, following refs and anyOf-null."""
    schema = _deref(doc, schema)
    if "anyOf" in schema:
        branches = [_deref(doc, s) for s in schema["anyOf"]]
        real = [b for b in branches if b.get("type") != "null"]
        assert len(real) == 1, schema
        kind, _, enum = _shape(doc, real[0])
        return kind, len(real) != len(branches), enum
    kinds = schema.get("type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    main = [k for k in kinds if k != "null"]
    enum = [v for v in schema["enum"] if v is not None] if "enum" in schema else None
    return main[0], "null" in kinds, enum


def _fields(doc: dict[str, Any], schema: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    found: dict[str, Any] = {}
    resolved = _deref(doc, schema)
    if "anyOf" in resolved:
        resolved = next(_deref(doc, s) for s in resolved["anyOf"] if s.get("type") != "null")
    for name, sub in (resolved.get("properties") or {}).items():
        path = f"{prefix}{name}"
        found[path] = list(_shape(doc, sub))
        target = _deref(doc, sub)
        if "anyOf" in target:
            target = next(_deref(doc, s) for s in target["anyOf"] if s.get("type") != "null")
        if target.get("type") == "array" and "items" in target:
            found.update(_fields(doc, target["items"], f"{path}[]."))
        elif target.get("properties"):
            found.update(_fields(doc, target, f"{path}."))
    return found


PAGES = sorted(DOCUMENTED)


def test_every_source_page_is_in_the_table() -> None:
    sources = sorted(p.name for p in (ROOT / "specs/sources").rglob("*") if p.is_file())
    assert sources == PAGES


@pytest.mark.parametrize("page", PAGES)
def test_operation_and_parameters(page: str) -> None:
    expected = DOCUMENTED[page]
    doc, path, method, op = _find(page)
    assert f"{method} {path}" == expected["operation"]
    actual = {}
    for param in op.get("parameters", []):
        schema = param["schema"]
        kind, _, enum = _shape(doc, schema)
        actual[param["name"]] = [
            param["in"],
            kind,
            bool(param.get("required")),
            _deref(doc, schema).get("default"),
            enum,
        ]
    assert actual == expected.get("params", {})


@pytest.mark.parametrize("page", [p for p in PAGES if "body" in DOCUMENTED[p]])
def test_request_body_fields(page: str) -> None:
    doc, _, _, op = _find(page)
    schema = op["requestBody"]["content"]["application/json"]["schema"]
    actual: dict[str, list[Any]] = {}

    def walk(node: dict[str, Any], prefix: str) -> None:
        node = _deref(doc, node)
        required = set(node.get("required", []))
        for name, sub in node.get("properties", {}).items():
            actual[prefix + name] = [_shape(doc, sub)[0], name in required]
            target = _deref(doc, sub)
            if target.get("type") == "array":
                walk(target["items"], f"{prefix}{name}[].")

    walk(schema, "")
    assert actual == DOCUMENTED[page]["body"]


@pytest.mark.parametrize("page", PAGES)
def test_response_fields(page: str) -> None:
    doc, _, _, op = _find(page)
    status = min(s for s in op["responses"] if str(s).startswith("2"))
    schema = op["responses"][status]["content"]["application/json"]["schema"]
    assert _fields(doc, schema) == DOCUMENTED[page]["fields"]


@pytest.mark.parametrize("page", [p for p in PAGES if "examples" in DOCUMENTED[p]])
def test_examples_kept(page: str) -> None:
    _, _, _, op = _find(page)
    for status, media_types in DOCUMENTED[page]["examples"].items():
        content = op["responses"][status]["content"]
        for media, keys in media_types.items():
            assert sorted(content[media]["examples"]) == sorted(keys), (status, media)


@pytest.mark.parametrize("page", [p for p in PAGES if "errors" in DOCUMENTED[p]])
def test_error_codes_kept(page: str) -> None:
    _, _, _, op = _find(page)
    for status, codes in DOCUMENTED[page]["errors"].items():
        assert op["responses"][status]["x-clientgen-error-codes"] == codes


@pytest.mark.parametrize("page", [p for p in PAGES if "statuses" in DOCUMENTED[p]])
def test_statuses(page: str) -> None:
    _, _, _, op = _find(page)
    assert sorted(op["responses"]) == DOCUMENTED[page]["statuses"]


def test_normalized_specs_are_valid_openapi_31() -> None:
    from openapi_spec_validator import validate

    for name, doc in _normalized().items():
        assert doc["openapi"].startswith("3.1"), name
        validate(doc)
