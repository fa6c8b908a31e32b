"""Validate a normalized document: every local ``$ref`` resolves, and it is valid OpenAPI 3.x."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from jsonschema.exceptions import ValidationError
from openapi_spec_validator import validate as validate_openapi
from referencing.exceptions import Unresolvable

from clientgen.diagnostics import ClientgenError, json_pointer


def iter_refs(node: Any, pointer: str = "") -> Iterator[tuple[str, str]]:
    """(pointer of the ``$ref``, the reference) for every ``$ref`` in a document."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            yield pointer, ref
        for key, value in node.items():
            yield from iter_refs(value, pointer + json_pointer(key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from iter_refs(value, pointer + json_pointer(index))


def resolve_pointer(document: Any, pointer: str) -> Any:
    """The value at an RFC 6901 pointer; KeyError/IndexError/TypeError where there is none."""
    node = document
    for raw in pointer.split("/")[1:]:
        part = raw.replace("~1", "/").replace("~0", "~")
        node = node[int(part)] if isinstance(node, list) else node[part]
    return node


def check_refs(document: dict[str, Any], source: Path | str) -> None:
    """Every local reference points somewhere; the first that does not is the error."""
    for where, ref in iter_refs(document):
        if not ref.startswith("#"):
            raise ClientgenError(
                f"external reference {ref!r} is not supported", file=source, pointer=where
            )
        try:
            resolve_pointer(document, ref[1:])
        except (KeyError, IndexError, TypeError, ValueError):
            raise ClientgenError(
                f"$ref {ref!r} points to nothing", file=source, pointer=where
            ) from None


def validate_document(document: dict[str, Any], source: Path | str) -> None:
    """Raise one ClientgenError naming the file and JSON pointer of the first problem."""
    check_refs(document, source)
    try:
        validate_openapi(document)
    except ValidationError as exc:
        pointer = json_pointer(*exc.path)
        raise ClientgenError(
            f"invalid OpenAPI: {exc.message}", file=source, pointer=pointer
        ) from None
    except Unresolvable as exc:
        raise ClientgenError(f"unresolvable reference: {exc}", file=source) from None
