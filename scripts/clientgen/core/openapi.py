"""What every stage knows of an OpenAPI document: its HTTP methods, its operations, and
RFC 6901 JSON pointers into it (built, split, followed)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import unquote

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def operations(doc: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """(path, method, operation) for every operation, paths sorted, methods in HTTP order."""
    found: list[tuple[str, str, dict[str, Any]]] = []
    for path in sorted(doc.get("paths") or {}):
        item = doc["paths"][path]
        found.extend((path, method, item[method]) for method in HTTP_METHODS if method in item)
    return found


def json_pointer(*parts: str | int) -> str:
    """Build an RFC 6901 pointer from raw path parts."""
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def unescape(token: str) -> str:
    """One reference token of a pointer as the key it names (``~1`` is ``/``, ``~0`` is ``~``)."""
    return token.replace("~1", "/").replace("~0", "~")


def pointer_parts(pointer: str) -> tuple[str, ...]:
    """The keys an RFC 6901 pointer names, unescaped; empty tokens are skipped."""
    return tuple(unescape(token) for token in pointer.split("/") if token)


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


# Keys whose values are data, not schemas: a "pattern" or "default" inside them is someone's data.
DATA_KEYS = frozenset({"example", "examples", "default", "enum", "const", "x-clientgen-sources"})


def walk_nodes(document: Any) -> Iterator[tuple[dict[str, Any], tuple[str | int, ...]]]:
    """Every mapping of a document with the keys leading to it, data values left out: the
    walk the checks that look at every schema share."""
    stack: list[tuple[Any, tuple[str | int, ...]]] = [(document, ())]
    while stack:
        node, where = stack.pop()
        if isinstance(node, dict):
            yield node, where
            stack.extend((v, (*where, k)) for k, v in node.items() if k not in DATA_KEYS)
        elif isinstance(node, list):
            stack.extend((value, (*where, index)) for index, value in enumerate(node))


def decode_local_refs(node: Any) -> None:
    """Write every local ``$ref`` as a plain JSON pointer: a ``$ref`` is a URI, so its fragment
    may be percent-encoded (``#/paths/~1systems~1%7Bid%7D``), which no pointer lookup expects."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#") and "%" in ref:
            node["$ref"] = unquote(ref)
        for value in node.values():
            decode_local_refs(value)
    elif isinstance(node, list):
        for value in node:
            decode_local_refs(value)


def resolve_pointer(document: Any, pointer: str) -> Any:
    """The value at an RFC 6901 pointer; KeyError/IndexError/TypeError where there is none."""
    node = document
    for raw in pointer.split("/")[1:]:
        part = unescape(raw)
        node = node[int(part)] if isinstance(node, list) else node[part]
    return node


def deref(document: Any, node: Any) -> Any:
    """``node``, or what its chain of local ``$ref`` s leads to (at most 64 deep)."""
    for _ in range(64):
        if not (isinstance(node, dict) and isinstance(node.get("$ref"), str)):
            break
        node = resolve_pointer(document, node["$ref"][1:])
    return node


def resolves(document: Any, ref: str) -> bool:
    """Whether a local reference (``#/...``) points to something in ``document``."""
    if not ref.startswith("#"):
        return False
    try:
        resolve_pointer(document, ref[1:])
    except (KeyError, IndexError, TypeError, ValueError):
        return False
    return True
