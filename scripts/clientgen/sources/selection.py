"""Take some operations out of a large OpenAPI document, with the components they need.

A vendor's own document can hold hundreds of paths (Burki's FastAPI server publishes 336); its
config selects the ones the client is for with patterns over ``"METHOD /path"``, so the document
stays verbatim in ``specs/sources/`` and the selection is one reviewed line, not a hand-cut copy.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from clientgen.core.diagnostics import ClientgenError
from clientgen.core.openapi import HTTP_METHODS, unescape

# A reference into the components, to a whole component or to a place inside one.
_COMPONENT_REF = re.compile(r"^#/components/([^/]+)/([^/]+)(?:/.*)?$")


def select_operations(
    document: dict[str, Any],
    patterns: tuple[str, ...],
    *,
    config_file: Path | str,
    pointer: str,
) -> dict[str, Any]:
    """The document holding only the operations whose ``"METHOD /path"`` matches a pattern.

    Each pattern is a regular expression searched in ``"GET /api/v1/voices"``; one that
    selects nothing is an error (a path renamed upstream must not vanish silently). The
    components the kept operations reach (through ``$ref``s, at any depth) and the security
    schemes they name are kept; everything else is dropped.
    """
    compiled = []
    for index, pattern in enumerate(patterns):
        try:
            compiled.append(re.compile(pattern))
        except re.error as exc:
            raise ClientgenError(
                f"invalid pattern {pattern!r}: {exc}",
                file=config_file,
                pointer=f"{pointer}/{index}",
            ) from exc
    used = [False] * len(compiled)
    paths: dict[str, Any] = {}
    for path, item in (document.get("paths") or {}).items():
        kept: dict[str, Any] = {}
        for method in HTTP_METHODS:
            if method not in item:
                continue
            hits = [
                i for i, regex in enumerate(compiled) if regex.search(f"{method.upper()} {path}")
            ]
            for i in hits:
                used[i] = True
            if hits:
                kept[method] = item[method]
        if kept:
            shared = {k: v for k, v in item.items() if k not in HTTP_METHODS}
            paths[path] = {**shared, **kept}
    for index, was_used in enumerate(used):
        if not was_used:
            raise ClientgenError(
                f"pattern {patterns[index]!r} selects no operation of the document",
                file=config_file,
                pointer=f"{pointer}/{index}",
            )
    selected = {
        k: copy.deepcopy(v) for k, v in document.items() if k not in ("paths", "components")
    }
    selected["paths"] = copy.deepcopy(paths)
    components = _reachable_components(document, paths)
    if components:
        selected["components"] = components
    return selected


def _reachable_components(document: dict[str, Any], paths: dict[str, Any]) -> dict[str, Any]:
    """The components ``paths`` reach through references (transitively), and their schemes."""
    available = document.get("components") or {}
    kept: dict[str, dict[str, Any]] = {}
    pending = list(_refs(paths))
    while pending:
        section, name = pending.pop()
        if name in kept.get(section, {}):
            continue
        value = (available.get(section) or {}).get(name)
        if value is None:
            continue  # a dangling $ref: validation names it with its pointer
        kept.setdefault(section, {})[name] = copy.deepcopy(value)
        pending.extend(_refs(value))
    schemes = available.get("securitySchemes") or {}
    for requirement in _security_requirements(document, paths):
        for name in requirement:
            if name in schemes:
                kept.setdefault("securitySchemes", {})[name] = copy.deepcopy(schemes[name])
    return {section: dict(sorted(entries.items())) for section, entries in sorted(kept.items())}


def _refs(node: Any) -> Iterator[tuple[str, str]]:
    """(section, name) of every component a reference anywhere in ``node`` points into."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            match = _COMPONENT_REF.match(ref)
            if match:
                name = unescape(unquote(match.group(2)))
                yield match.group(1), name
        for value in node.values():
            yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def _security_requirements(
    document: dict[str, Any], paths: dict[str, Any]
) -> Iterator[dict[str, Any]]:
    """The security requirements of the document and of the kept operations."""
    yield from document.get("security") or []
    for item in paths.values():
        for method in HTTP_METHODS:
            yield from (item.get(method) or {}).get("security") or []
