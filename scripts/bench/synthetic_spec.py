"""Deterministic synthetic OpenAPI 3.1 specs for the benchmarks.

``make_spec(n)`` gives n operations and n component schemas with mixed types, nullable
fields, enums, nested arrays/objects and ``$ref`` s between schemas; ``make_ref_chain(d)``
gives a chain of d schemas, each referring to the next.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

Spec = dict[str, Any]


def _info(title: str) -> Spec:
    return {"title": title, "version": "1.0.0"}


def _schema(i: int, n: int) -> Spec:
    kind = i % 5
    props: dict[str, Any] = {
        "id": {"type": "string"},
        "count": {"type": "integer", "format": "int64"},
        "score": {"type": ["number", "null"]},
        "active": {"type": "boolean"},
    }
    if kind == 0:
        props["status"] = {"type": "string", "enum": ["new", "ready", "failed"]}
    elif kind == 1:
        props["tags"] = {"type": "array", "items": {"type": "array", "items": {"type": "string"}}}
    elif kind == 2:
        props["meta"] = {
            "type": "object",
            "properties": {
                "label": {"type": ["string", "null"]},
                "weights": {"type": "array", "items": {"type": "number"}},
            },
        }
    elif kind == 3:
        props["mode"] = {"type": ["string", "null"], "enum": ["fast", "slow", None]}
    else:
        props["note"] = {"type": "string", "maxLength": 200}
    if i > 0:
        props["parent"] = {"$ref": f"#/components/schemas/Model{(i * 7) % i}"}
    if i + 1 < n and i % 3 == 0:
        props["children"] = {
            "type": "array",
            "items": {"$ref": f"#/components/schemas/Model{i + 1}"},
        }
    return {"type": "object", "required": ["id", "count"], "properties": props}


def _operation(i: int) -> tuple[str, str, Spec]:
    ref = {"$ref": f"#/components/schemas/Model{i}"}
    ok = {"200": {"description": "OK", "content": {"application/json": {"schema": ref}}}}
    if i % 2 == 0:
        op: Spec = {
            "operationId": f"getModel{i}",
            "summary": f"Get model {i}",
            "parameters": [
                {"name": "item_id", "in": "path", "required": True, "schema": {"type": "string"}},
                {"name": "limit", "in": "query", "required": False, "schema": {"type": "integer"}},
            ],
            "responses": ok,
        }
        return f"/r{i}/items/{{item_id}}", "get", op
    op = {
        "operationId": f"createModel{i}",
        "summary": f"Create model {i}",
        "requestBody": {"required": True, "content": {"application/json": {"schema": ref}}},
        "responses": ok,
    }
    return f"/r{i}/items", "post", op


def make_spec(n: int) -> Spec:
    paths: dict[str, Any] = {}
    for i in range(n):
        path, method, op = _operation(i)
        paths.setdefault(path, {})[method] = op
    schemas = {f"Model{i}": _schema(i, n) for i in range(n)}
    return {
        "openapi": "3.1.0",
        "info": _info(f"Synthetic {n}"),
        "servers": [{"url": "https://api.example.com"}],
        "paths": paths,
        "components": {"schemas": schemas},
    }


def make_ref_chain(depth: int) -> Spec:
    schemas: dict[str, Any] = {}
    for i in range(depth):
        props: dict[str, Any] = {"value": {"type": "string"}}
        if i + 1 < depth:
            props["next"] = {"$ref": f"#/components/schemas/Link{i + 1}"}
        schemas[f"Link{i}"] = {"type": "object", "properties": props}
    ok = {
        "200": {
            "description": "OK",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Link0"}}},
        }
    }
    return {
        "openapi": "3.1.0",
        "info": _info(f"Ref chain {depth}"),
        "servers": [{"url": "https://api.example.com"}],
        "paths": {"/chain": {"get": {"operationId": "getChain", "responses": ok}}},
        "components": {"schemas": schemas},
    }


def write(spec: Spec, path: Path) -> Path:
    path.write_text(json.dumps(spec, indent=1, sort_keys=True), encoding="utf-8")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("n", type=int)
    parser.add_argument("--chain", action="store_true", help="a $ref chain of depth n")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    write(make_ref_chain(args.n) if args.chain else make_spec(args.n), args.out)


if __name__ == "__main__":
    main()
