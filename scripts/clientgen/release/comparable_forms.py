"""Spec values in the forms the spec diff compares them in, so that what never counts drops out.

Key order never counts (:func:`canonical` text of a value); neither does the way a schema says
it allows ``null`` (:func:`split_null`), the order of ``type`` lists (:func:`types_of`), of
``enum`` values (:func:`enum_values`) or of security alternatives and scopes
(:func:`security_set`). :func:`covers` says whether one set of types holds every value of
another; the ``show*`` functions write values into change descriptions.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

_NULL = "null"


def canonical(value: Any) -> str:
    """A text equal for equal values, whatever the key order."""
    return json.dumps(value, sort_keys=True, default=str)


def show(value: Any) -> str:
    """A value as a change description quotes it (JSON, non-ASCII text kept readable)."""
    return json.dumps(value, sort_keys=True, default=str, ensure_ascii=False)


def _is_null(schema: Any) -> bool:
    """Whether a schema allows ``null`` and nothing else (a union's null branch)."""
    return isinstance(schema, Mapping) and (
        schema.get("type") == _NULL
        or schema.get("const", ...) is None
        or schema == {"enum": [None]}
    )


def split_null(schema: Mapping[str, Any]) -> tuple[dict[str, Any] | None, bool]:
    """The schema without its ``null`` (3.1 ``type`` lists, ``anyOf``/``oneOf`` branches, 3.0
    ``nullable``, ``None`` in an ``enum``), and whether it allowed null; core None: only null."""
    core = {k: v for k, v in schema.items() if k != "nullable"}
    nullable = bool(schema.get("nullable"))
    kind = core.get("type")
    if kind == _NULL:
        return None, True
    if isinstance(kind, list) and _NULL in kind:
        nullable = True
        rest = [t for t in kind if t != _NULL]
        if not rest:
            return None, True
        core["type"] = rest[0] if len(rest) == 1 else rest
    if isinstance(core.get("enum"), list) and None in core["enum"]:
        nullable = True
        core["enum"] = [v for v in core["enum"] if v is not None]
    for key in ("anyOf", "oneOf"):
        branches = core.get(key)
        if not isinstance(branches, list):
            continue
        rest = [b for b in branches if not _is_null(b)]
        if len(rest) == len(branches):
            continue
        nullable = True
        del core[key]
        if not rest:
            return None, True
        if len(rest) == 1 and isinstance(rest[0], Mapping):
            core = {**rest[0], **core}  # the wrapper's description and title win
        else:
            core[key] = rest
    return core, nullable


def types_of(schema: Mapping[str, Any]) -> frozenset[str]:
    """The schema's ``type`` as a set; empty when it names none."""
    kind = schema.get("type")
    if isinstance(kind, str):
        return frozenset({kind})
    if isinstance(kind, list):
        return frozenset(str(t) for t in kind)
    return frozenset()  # any type (or decided by a union, compared branch by branch)


def covers(wide: frozenset[str], narrow: frozenset[str]) -> bool:
    """Whether every value of ``narrow`` is a value of ``wide`` (no type: anything)."""
    if not wide:
        return True
    if not narrow:
        return False
    return all(t in wide or (t == "integer" and "number" in wide) for t in narrow)


def show_types(types: frozenset[str]) -> str:
    """``integer | string``, or ``any`` for no type."""
    return " | ".join(sorted(types)) or "any"


def enum_values(schema: Mapping[str, Any]) -> list[Any] | None:
    """The values an ``enum`` or a ``const`` limits the schema to; None: not limited."""
    if isinstance(schema.get("enum"), list):
        return list(schema["enum"])
    if "const" in schema:
        return [schema["const"]]
    return None


def security_set(raw: Any) -> frozenset[str]:
    """Security requirements as a set (order of alternatives and of scopes does not matter)."""
    if not isinstance(raw, list):
        return frozenset()
    return frozenset(
        canonical({k: sorted(v or []) for k, v in req.items()}) if isinstance(req, Mapping) else ""
        for req in raw
    )


def show_security(requirements: frozenset[str]) -> str:
    """``bearer or apiKey + signature``: alternatives, each the schemes it needs together."""
    if not requirements:
        return "none"
    names = []
    for req in sorted(requirements):
        schemes = json.loads(req) if req else {}
        names.append(" + ".join(sorted(schemes)) or "anonymous")
    return " or ".join(names)
