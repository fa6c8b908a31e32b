"""Combine the documents read from one vendor's pages into a single OpenAPI document.

Two pages that both define the same operation, or the same component differently, are an
error naming both pages: nothing is overwritten.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from clientgen.diagnostics import ClientgenError, json_pointer

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def combine_pages(title: str, pages: list[tuple[Path, dict[str, Any]]]) -> dict[str, Any]:
    """One document from several pages' documents; each operation records its source page."""
    combined: dict[str, Any] = {
        "openapi": "3.1.0",
        "info": {"title": title, "version": "0.0.0"},
        "paths": {},
    }
    seen_ops: dict[tuple[str, str], Path] = {}
    seen_components: dict[tuple[str, str], Path] = {}
    for source, doc in pages:
        _merge_top_level(combined, doc)
        for path, item in (doc.get("paths") or {}).items():
            target = combined["paths"].setdefault(path, {})
            for key, operation in item.items():
                if key not in HTTP_METHODS:
                    target.setdefault(key, operation)
                    continue
                if (path, key) in seen_ops:
                    raise ClientgenError(
                        f"{key.upper()} {path} is defined by both "
                        f"{seen_ops[path, key]} and {source}",
                        file=source,
                        pointer=json_pointer("paths", path, key),
                    )
                seen_ops[path, key] = source
                target[key] = {**operation, "x-clientgen-source": source.name}
        for section, entries in (doc.get("components") or {}).items():
            merged = combined.setdefault("components", {}).setdefault(section, {})
            for name, value in entries.items():
                if name in merged and merged[name] != value:
                    raise ClientgenError(
                        f"component {section}/{name} differs between "
                        f"{seen_components[section, name]} and {source}",
                        file=source,
                        pointer=json_pointer("components", section, name),
                    )
                merged[name] = value
                seen_components.setdefault((section, name), source)
    return combined


def _merge_top_level(combined: dict[str, Any], doc: dict[str, Any]) -> None:
    for server in doc.get("servers") or []:
        servers = combined.setdefault("servers", [])
        if server not in servers:
            servers.append(server)
    for requirement in doc.get("security") or []:
        security = combined.setdefault("security", [])
        if requirement not in security:
            security.append(requirement)
    if doc.get("info", {}).get("description") and "description" not in combined["info"]:
        combined["info"]["description"] = doc["info"]["description"]
