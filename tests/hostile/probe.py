"""Run in a subprocess, in an empty folder: import generated packages and exercise them.

``python probe.py PLAN.json`` where the plan lists packages, each with its namespaces (module,
client class, models with their spec schemas). For each package it checks, failing loudly:

* importing the package and every submodule creates no canary file (no side effects);
* every model accepts a payload built from its schema (the hostile enum values, defaults and
  strings) and dumps it back exactly, each enum value on its own too; documented defaults and
  examples are the spec's, exactly;
* every method of every resource, called with its required arguments over an
  ``httpx.MockTransport``, returns the model parsed from the mock's answer; still no canary.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import json
import pkgutil
import sys
import types
import typing
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import httpx
import pydantic

CANARY = Path("hostile_canary")


def _no_canary(step: str) -> None:
    if CANARY.exists():
        raise SystemExit(f"CANARY CREATED after {step}")


def _value_for(schema: Mapping[str, Any], text: str) -> object:
    if schema.get("enum"):
        return next((v for v in schema["enum"] if v is not None), None)
    if "const" in schema:
        return schema["const"]
    if "default" in schema:
        return schema["default"]
    kind = schema.get("type")
    return {"integer": 7, "number": 1.5, "boolean": True, "object": {}, "array": []}.get(
        str(kind), text
    )


def _field(cls: type[pydantic.BaseModel], wire: str) -> tuple[str, Any]:
    for name, info in cls.model_fields.items():
        if (name if info.alias is None else info.alias) == wire:
            return name, info
    raise AssertionError(f"{cls.__name__} has no field for {wire!r}")


def check_model(cls: type[pydantic.BaseModel], schema: Mapping[str, Any], text: str) -> object:
    props: Mapping[str, Any] = schema.get("properties") or {}
    payload = {wire: _value_for(prop, text) for wire, prop in props.items()}
    dumped = cls.model_validate(payload).model_dump(mode="json", by_alias=True, exclude_unset=True)
    assert dumped == payload, (cls.__name__, dumped, payload)
    for wire, prop in props.items():
        name, info = _field(cls, wire)
        for value in prop.get("enum") or []:
            one = cls.model_validate({**payload, wire: value})
            assert getattr(one, name) == value, (cls.__name__, wire, value)
        if "default" in prop:
            assert info.default == prop["default"], (cls.__name__, wire, info.default)
        if "examples" in prop:
            assert info.examples == prop["examples"], (cls.__name__, wire, info.examples)
    return payload


def _sample(annotation: Any) -> object:
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin is typing.Literal:
        return args[0]
    if origin in (typing.Union, types.UnionType):
        return _sample(next(a for a in args if a is not type(None)))
    if origin in (list, Sequence):
        return []
    if origin in (dict, Mapping):
        return {}
    if isinstance(annotation, type) and issubclass(annotation, pydantic.BaseModel):
        return annotation.model_construct()
    samples: dict[Any, object] = {str: "v", int: 1, float: 1.5, bool: True, bytes: b"x"}
    return samples.get(annotation, "v")


def _methods(resource: object) -> list[tuple[str, Callable[..., Any]]]:
    found = []
    for name, member in vars(type(resource)).items():
        if not name.startswith("_") and inspect.isfunction(member):
            found.append((name, getattr(resource, name)))
    return found


def _resources(node: object, seen: set[int]) -> list[object]:
    # A client's resources are cached properties (made on first use); a resource's own
    # sub-resources are attributes.
    lazy = [k for k, v in vars(type(node)).items() if isinstance(v, functools.cached_property)]
    attrs = {k: getattr(node, k) for k in lazy} | vars(node)
    from_attrs = [
        v
        for k, v in attrs.items()
        if not k.startswith("_") and type(v).__name__.endswith("Resource") and id(v) not in seen
    ]
    found = []
    for child in from_attrs:
        seen.add(id(child))
        found += [child, *_resources(child, seen)]
    return found


def check_client(package: str, ns: Mapping[str, Any], answer: object) -> int:
    module = importlib.import_module(f"{package}.{ns['module']}")
    requests: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return httpx.Response(200, json=answer)

    client_class = getattr(module, ns["client_class"])
    client = client_class(
        api_key="k",
        base_url="https://api.example.com",
        max_retries=0,
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
    )
    calls = 0
    for resource in _resources(client, set()):
        for name, method in _methods(resource):
            hints = typing.get_type_hints(method)
            args: list[object] = []
            kwargs: dict[str, object] = {}
            for param in inspect.signature(method).parameters.values():
                if param.default is not inspect.Parameter.empty:
                    continue
                value = _sample(hints[param.name])
                if param.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD:
                    args.append(value)
                else:
                    kwargs[param.name] = value
            result = method(*args, **kwargs)
            calls += 1
            if isinstance(result, pydantic.BaseModel):
                got = result.model_dump(mode="json", by_alias=True, exclude_unset=True)
                assert got == answer, (name, got, answer)
            _no_canary(f"calling {package}.{ns['module']} {name}")
    assert calls == len(requests) and calls > 0, (calls, len(requests))
    return calls


def main(plan_file: str) -> None:
    plan = json.loads(Path(plan_file).read_text(encoding="utf-8"))
    for entry in plan:
        package = entry["package"]
        root = importlib.import_module(package)
        _no_canary(f"import {package}")
        for info in pkgutil.walk_packages(root.__path__, package + "."):
            importlib.import_module(info.name)
            _no_canary(f"import {info.name}")
        for ns in entry["namespaces"]:
            types_module = importlib.import_module(f"{package}.{ns['module']}.types")
            answer: object = {}
            for model in ns["models"]:
                payload = check_model(getattr(types_module, model["class"]), model["schema"], "v")
                if model["answer"]:
                    answer = payload
            _no_canary(f"models of {package}.{ns['module']}")
            check_client(package, ns, answer)
        print(f"ok {package}")


if __name__ == "__main__":
    main(sys.argv[1])
