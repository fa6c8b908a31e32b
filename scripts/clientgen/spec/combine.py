"""Combine the documents read from one vendor's pages into a single OpenAPI document.

Pages come in the order of the vendor's config. Two pages that document the same operation
are merged (:mod:`clientgen.spec.operation_merge`): the earlier page wins for what it types, the
later fills in the rest, and each disagreement is a warning naming both pages, recorded in the
operation's ``x-clientgen-conflicts``. Two pages that define one component differently are an
error naming both: nothing is overwritten.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from clientgen.core.diagnostics import ClientgenError, Diagnostic
from clientgen.core.openapi import HTTP_METHODS, deref, json_pointer
from clientgen.spec.operation_merge import OperationMerge


def combine_pages(
    title: str, pages: list[tuple[Path, dict[str, Any]]]
) -> tuple[dict[str, Any], list[Diagnostic]]:
    """One document from several pages' documents, and the conflicts between them.

    Each operation records the pages it came from in ``x-clientgen-sources``, first first.
    The pages' documents are not changed.
    """
    combined: dict[str, Any] = {
        "openapi": "3.1.0",
        "info": {"title": title, "version": "0.0.0"},
        "paths": {},
    }
    warnings: list[Diagnostic] = []
    # Each component as its page defined it, before later pages filled it in.
    as_defined: dict[tuple[str, str], tuple[Path, Any]] = {}
    for source, page in pages:
        doc = copy.deepcopy(page)
        inline_path_parameters(doc)
        _merge_top_level(combined, doc)
        # Components first: a page's operations may refer to them.
        for section, entries in (doc.get("components") or {}).items():
            merged = combined.setdefault("components", {}).setdefault(section, {})
            for name, value in entries.items():
                first = as_defined.get((section, name))
                if first is not None and first[1] != value:
                    raise ClientgenError(
                        f"component {section}/{name} differs between {first[0]} and {source}",
                        file=source,
                        pointer=json_pointer("components", section, name),
                    )
                if first is None:
                    as_defined[section, name] = (source, copy.deepcopy(value))
                    merged[name] = value
        for path, item in (doc.get("paths") or {}).items():
            target = combined["paths"].setdefault(path, {})
            for key, operation in item.items():
                if key not in HTTP_METHODS:
                    target.setdefault(key, operation)
                    continue
                existing = target.get(key)
                if existing is None:
                    target[key] = {**operation, "x-clientgen-sources": [source.name]}
                    continue
                first_source = existing["x-clientgen-sources"][0]
                merge = OperationMerge(combined.get("components") or {}, first_source, source)
                merge.merge(existing, operation, json_pointer("paths", path, key))
                existing["x-clientgen-sources"].append(source.name)
                if merge.conflicts:
                    existing.setdefault("x-clientgen-conflicts", []).extend(merge.conflicts)
                warnings.extend(merge.warnings)
    return combined, warnings


def inline_path_parameters(doc: dict[str, Any]) -> None:
    """Path-level parameters apply to every operation of the path: say so on each one."""
    for item in (doc.get("paths") or {}).values():
        if not isinstance(item, dict):
            continue
        shared = item.pop("parameters", None)
        if not shared:
            continue
        for method in HTTP_METHODS:
            if method in item:
                # An operation's parameter overrides the path's of one name and location
                # (OpenAPI's rule), whether either is written out or a $ref.
                own = item[method].get("parameters") or []
                names = {_name_and_location(doc, p) for p in own}
                inherited = [p for p in shared if _name_and_location(doc, p) not in names]
                item[method]["parameters"] = [*copy.deepcopy(inherited), *own]


def _name_and_location(doc: dict[str, Any], parameter: Any) -> tuple[object, object]:
    resolved = deref(doc, parameter)
    return (resolved.get("name"), resolved.get("in")) if isinstance(resolved, dict) else ("", "")


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
