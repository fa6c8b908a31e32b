"""Response fields the docs show every time are required, though no schema says so.

Pages written by hand rarely mark response fields required, and a model where every field is
optional makes ``for voice in client.voices.list().voices`` a type error. A property of a
response object becomes required here when every documented example of that object has it,
with a value other than null, and its description does not call it optional ("if available",
"may be omitted"...). The object then lists the fields so added in
``x-clientgen-required-by-examples``, beside the ``required`` its documents gave.

Only objects that appear in responses alone are touched: a required field of a request body
would be a new required argument. The client parses responses tolerantly, so a vendor that
leaves such a field out after all is reported (``_mismatches``), not an error.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any, Final

from clientgen.core.openapi import operations, resolve_pointer

RULE_KEY: Final = "x-clientgen-required-by-examples"
_SCHEMA_REF: Final = "#/components/schemas/"
# What a description says of a field that is not always there.
_SOMETIMES: Final = re.compile(
    r"\b(optional|if (available|any|present|set|provided|applicable)|when (available|present|"
    r"set|applicable)|may be (absent|omitted|missing|null|empty)|not always|only (when|if|for)"
    r"|nullable)\b",
    re.IGNORECASE,
)


def require_fields_every_example_shows(document: dict[str, Any]) -> dict[str, list[str]]:
    """Mark required, in place, the response fields every example shows; return them by the
    object's component name.

    The normalized document is the record (``x-clientgen-required-by-examples``), reviewed in
    its diff: no warning, since nothing is wrong.
    """
    components = (document.get("components") or {}).get("schemas") or {}
    shown: defaultdict[str, list[dict[str, Any]]] = defaultdict(list)
    for _path, _method, op in operations(document):
        for status, response in (op.get("responses") or {}).items():
            if not str(status).startswith("2") or not isinstance(response, dict):
                continue
            for media in (response.get("content") or {}).values():
                if isinstance(media, dict) and isinstance(media.get("schema"), dict):
                    values = _example_values(media)
                    if values:
                        _collect(media["schema"], values, components, shown, set())
    requested = _request_components(document)
    added_by_name: dict[str, list[str]] = {}
    for name, examples in sorted(shown.items()):
        schema = components.get(name)
        if name in requested or not isinstance(schema, dict):
            continue
        added = _always_shown(schema, examples)
        if added:
            schema["required"] = [*(schema.get("required") or []), *added]
            schema[RULE_KEY] = added
            added_by_name[name] = added
    return added_by_name


def _example_values(media: dict[str, Any]) -> list[Any]:
    examples = media.get("examples") or {}
    values = [e["value"] for e in examples.values() if isinstance(e, dict) and "value" in e]
    if "example" in media:
        values.append(media["example"])
    return values


def _collect(
    schema: dict[str, Any],
    values: list[Any],
    components: dict[str, Any],
    shown: defaultdict[str, list[dict[str, Any]]],
    seen: set[str],
) -> None:
    """Hand each object schema under ``schema`` the example values that reach it."""
    ref = schema.get("$ref")
    if isinstance(ref, str):
        name = ref.removeprefix(_SCHEMA_REF)
        target = components.get(name)
        if not ref.startswith(_SCHEMA_REF) or not isinstance(target, dict) or name in seen:
            return  # a recursive schema is judged by its outer examples only
        objects = [v for v in values if isinstance(v, dict)]
        if objects:  # an example of another kind says nothing of the object's fields
            shown[name].extend(objects)
        _collect(target, values, components, shown, seen | {name})
        return
    for part in schema.get("allOf") or []:
        if isinstance(part, dict):
            _collect(part, values, components, shown, seen)
    for key, child in (schema.get("properties") or {}).items():
        if isinstance(child, dict):
            inner = [v[key] for v in values if isinstance(v, dict) and v.get(key) is not None]
            if inner:
                _collect(child, inner, components, shown, seen)
    items = schema.get("items")
    if isinstance(items, dict):
        inner = [item for v in values if isinstance(v, list) for item in v]
        if inner:
            _collect(items, inner, components, shown, seen)


def _always_shown(schema: dict[str, Any], examples: list[dict[str, Any]]) -> list[str]:
    if not examples:
        return []
    required = set(schema.get("required") or [])
    added = []
    for key, prop in (schema.get("properties") or {}).items():
        description = str(prop.get("description") or "") if isinstance(prop, dict) else ""
        if (
            key not in required
            and all(example.get(key) is not None for example in examples)
            and not _SOMETIMES.search(description)
        ):
            added.append(key)
    return added


def _target(document: dict[str, Any], ref: str) -> Any:
    try:
        return resolve_pointer(document, ref[1:])
    except (KeyError, IndexError, TypeError, ValueError):
        return None  # a dangling reference is reported by the stage that checks references


def _request_components(document: dict[str, Any]) -> set[str]:
    """Every component a request (a parameter or a body) uses, through references."""
    pending: list[Any] = []
    for _path, _method, op in operations(document):
        pending += [op.get("parameters"), op.get("requestBody")]
    for item in (document.get("paths") or {}).values():
        if isinstance(item, dict):
            pending.append(item.get("parameters"))
    found: set[str] = set()
    followed: set[str] = set()
    while pending:
        node = pending.pop()
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/") and ref not in followed:
                followed.add(ref)
                if ref.startswith(_SCHEMA_REF):
                    found.add(ref.removeprefix(_SCHEMA_REF))
                pending.append(_target(document, ref))
            pending.extend(node.values())
        elif isinstance(node, list):
            pending.extend(node)
    return found
