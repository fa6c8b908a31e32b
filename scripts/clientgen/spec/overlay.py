"""Apply an OpenAPI Overlay 1.0 document (https://spec.openapis.org/overlay/v1.0.0).

Each action's ``target`` is a JSONPath (RFC 9535, via python-jsonpath). ``update`` on an
object merges recursively (objects merge, other values replace); ``update`` on an array appends
the update's items; ``remove: true`` deletes the target from its parent. A target that matches
nothing is an error: an overlay that silently stops applying is how facts get lost.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import jsonpath

from clientgen.core.diagnostics import ClientgenError
from clientgen.core.openapi import json_pointer
from clientgen.core.yaml_io import load_yaml


def load_overlay(path: Path) -> dict[str, Any]:
    """Read an overlay file and check its shape; errors name the file and the pointer."""
    doc = load_yaml(path)
    if not isinstance(doc, dict):
        raise ClientgenError("an overlay must be a mapping", file=path, pointer="")
    version = str(doc.get("overlay", ""))
    if not version.startswith("1.0"):
        raise ClientgenError(
            f"unsupported overlay version {version!r} (expected 1.0.x)",
            file=path,
            pointer="/overlay",
        )
    info = doc.get("info")
    if not isinstance(info, dict) or "title" not in info or "version" not in info:
        raise ClientgenError("info needs a title and a version", file=path, pointer="/info")
    actions = doc.get("actions")
    if not isinstance(actions, list) or not actions:
        raise ClientgenError("actions must be a non-empty list", file=path, pointer="/actions")
    for index, action in enumerate(actions):
        where = json_pointer("actions", index)
        if not isinstance(action, dict) or not isinstance(action.get("target"), str):
            raise ClientgenError("an action needs a string target", file=path, pointer=where)
        if not isinstance(action.get("remove", False), bool):
            raise ClientgenError(
                "remove must be true or false",
                file=path,
                pointer=json_pointer("actions", index, "remove"),
            )
        if ("update" in action) == bool(action.get("remove", False)):
            raise ClientgenError(
                "an action needs exactly one of update or remove: true", file=path, pointer=where
            )
    return doc


def apply_overlay(
    document: dict[str, Any],
    overlay: dict[str, Any],
    source: Path,
    touched: list[tuple[int, str]] | None = None,
) -> dict[str, Any]:
    """Return a copy of ``document`` with every action of ``overlay`` applied in order.

    ``touched``, if given, receives (action index, JSON pointer) for every node an action
    changed, so that a later error in the document can name the action that caused it.
    """
    result = copy.deepcopy(document)
    for index, action in enumerate(overlay["actions"]):
        where = json_pointer("actions", index, "target")
        try:
            matches = list(jsonpath.finditer(action["target"], result))
        except jsonpath.JSONPathError as exc:
            # The library's message draws the path and a caret below it: keep its first line.
            first = (exc.args[0] if exc.args else str(exc)) or type(exc).__name__
            raise ClientgenError(
                f"invalid JSONPath {action['target']!r}: {str(first).splitlines()[0]}",
                file=source,
                pointer=where,
            ) from exc
        if not matches:
            raise ClientgenError(
                f"target {action['target']!r} matches nothing in the document",
                file=source,
                pointer=where,
            )
        # Remove from the deepest, last match first so earlier indexes stay valid.
        for match in reversed(matches):
            parts = tuple(match.parts)
            if touched is not None:
                touched.append((index, json_pointer(*parts)))
            if action.get("remove"):
                _remove(result, parts, source, where)
            else:
                _update(result, parts, action["update"], source, where)
    return result


def _parent(document: Any, parts: tuple[Any, ...]) -> Any:
    node = document
    for part in parts[:-1]:
        node = node[part]
    return node


def _remove(document: Any, parts: tuple[Any, ...], source: Path, where: str) -> None:
    if not parts:
        raise ClientgenError("cannot remove the whole document", file=source, pointer=where)
    del _parent(document, parts)[parts[-1]]


def _update(document: Any, parts: tuple[Any, ...], update: Any, source: Path, where: str) -> None:
    target = _parent(document, parts)[parts[-1]] if parts else document
    if isinstance(target, dict) and isinstance(update, dict):
        deep_merge(target, update)
    elif isinstance(target, list):
        target.extend(
            copy.deepcopy(update) if isinstance(update, list) else [copy.deepcopy(update)]
        )
    else:
        raise ClientgenError(
            f"cannot update a {type(target).__name__} with a {type(update).__name__}",
            file=source,
            pointer=where,
        )


def deep_merge(target: dict[str, Any], update: dict[str, Any]) -> None:
    """Merge ``update`` into ``target`` in place: objects recursively, anything else replaced."""
    for key, value in update.items():
        if isinstance(value, dict) and isinstance(target.get(key), dict):
            deep_merge(target[key], value)
        else:
            target[key] = copy.deepcopy(value)
