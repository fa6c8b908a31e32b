"""Repeated operationIds, made unique with a warning instead of refused.

OpenAPI requires every operationId to be unique, but FastAPI gives every method of a route
declared with several methods (``api_route(methods=["GET", "POST"])``) the same id, naming one
of the methods: Burki's document has two such pairs. Refusing the document would lose every
endpoint, dropping one of the pair would lose that one; instead the operation whose method the
id names keeps it (else the first in the document), and each other gets its own method in place
of that name, or after the id, plus a number if that is taken too.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from clientgen.core.diagnostics import Diagnostic
from clientgen.core.openapi import HTTP_METHODS, json_pointer

__all__ = ["HTTP_METHODS", "deduplicate_operation_ids"]


def deduplicate_operation_ids(document: dict[str, Any], source: Path | str) -> list[Diagnostic]:
    """Rename repeated operationIds in ``document`` (in place); one warning per rename."""
    paths = document.get("paths")
    if not isinstance(paths, dict):
        return []
    users: dict[str, list[tuple[str, str, dict[str, Any]]]] = {}
    for path, item in paths.items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict) and isinstance(operation.get("operationId"), str):
                users.setdefault(operation["operationId"], []).append((path, method, operation))
    taken = set(users)
    warnings = []
    for operation_id, uses in users.items():
        if len(uses) < 2:
            continue
        named = [use for use in uses if operation_id.endswith("_" + use[1])]
        keeper = named[0] if len(named) == 1 else uses[0]
        for path, method, operation in uses:
            if operation is keeper[2]:
                continue
            renamed = _free_name(_with_method(operation_id, keeper[1], method), taken)
            taken.add(renamed)
            operation["operationId"] = renamed
            warnings.append(
                Diagnostic(
                    f"operationId {operation_id!r} is also {keeper[1].upper()} {keeper[0]}'s "
                    f"(operationIds must be unique); this operation's is now {renamed!r}",
                    file=source,
                    pointer=json_pointer("paths", path, method, "operationId"),
                )
            )
    return warnings


def _with_method(operation_id: str, keeper_method: str, method: str) -> str:
    suffix = "_" + keeper_method
    if operation_id.endswith(suffix):
        return operation_id[: -len(suffix)] + "_" + method
    return f"{operation_id}_{method}"


def _free_name(wanted: str, taken: set[str]) -> str:
    name, number = wanted, 2
    while name in taken:
        name, number = f"{wanted}_{number}", number + 1
    return name
