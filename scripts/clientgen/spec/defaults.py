"""Defaults that do not fit their schema's type (``type: string, default: 1``): dropped, each
with a warning at the schema's JSON pointer. Kept, they would be a signature's default of the
wrong type (``format: str = 1``) that mypy refuses and the server may not accept."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from clientgen.core.diagnostics import Diagnostic
from clientgen.core.openapi import json_pointer, walk_nodes


def _fits(value: object, kind: object) -> bool:
    if kind == "string":
        return isinstance(value, str)
    if kind == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "number":
        return isinstance(value, int | float) and not isinstance(value, bool)
    if kind == "boolean":
        return isinstance(value, bool)
    if kind == "array":
        return isinstance(value, list)
    if kind == "object":
        return isinstance(value, dict)
    if kind == "null":
        return value is None
    return True  # a type this check does not know: not its business


def drop_unfitting_defaults(document: Any, source: Path | str) -> list[Diagnostic]:
    """Remove each ``default`` its schema's ``type`` does not admit; one warning each."""
    warnings: list[Diagnostic] = []
    for node, where in walk_nodes(document):
        kind = node.get("type")
        kinds = kind if isinstance(kind, list) else [kind]
        if (
            "default" in node
            and kind is not None
            and not (node["default"] is None and node.get("nullable") is True)
            and not any(_fits(node["default"], k) for k in kinds)
        ):
            value = node.pop("default")
            warnings.append(
                Diagnostic(
                    f"default {value!r} is not of type {kind!r}; it is left out",
                    file=str(source),
                    pointer=json_pointer(*where, "default"),
                )
            )
    return sorted(warnings, key=lambda w: w.pointer or "")
