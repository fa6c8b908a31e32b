"""Merge what two sources say about one operation: the first types, the second fills in.

A vendor can document one operation in several places: its server's OpenAPI document types the
parameters and request bodies but leaves responses as ``schema: {}``, while a prose page lists
the response fields. The vendor's config orders its pages; for every fact the earlier source
wins where it states it, a later source fills in what the earlier one leaves untyped, and
where both state a fact differently the earlier one is followed and the disagreement is
reported with both places. The normalized spec records each such choice in
``x-clientgen-conflicts`` so that the reviewer of a spec diff sees it.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import SchemaError
from referencing.exceptions import Unresolvable

from clientgen.core.diagnostics import ClientgenError, Diagnostic
from clientgen.core.openapi import json_pointer, unescape
from clientgen.core.schema_shapes import PROSE_KEYS, fill_prose, is_untyped, split_nullable

# Facts about values that a later source may add where the first is silent, or contradict.
_VALUE_FACTS = ("enum", "format", "default", "const", "minimum", "maximum", "pattern")
_COMPONENT_REF = "#/components/"


class OperationMerge:
    """Merges a later source's operation into the combined one, collecting conflicts.

    ``components`` are the combined document's components: a ``$ref`` in the first source
    (to a schema, a parameter, a request body or a response) is followed there, so that a
    page's inline text fills in the component it refers to.
    """

    def __init__(self, components: dict[str, Any], first: str, later: Path) -> None:
        self.components = components
        self.first = first
        self.later_file = later
        self.later = later.name
        self.conflicts: list[dict[str, Any]] = []
        self.warnings: list[Diagnostic] = []

    def merge(self, target: dict[str, Any], other: dict[str, Any], pointer: str) -> None:
        """Fill ``target`` (the combined operation) in place from ``other``."""
        for key, value in other.items():
            where = f"{pointer}/{json_pointer(key)[1:]}"
            if key not in target:
                target[key] = copy.deepcopy(value)
            elif key == "parameters":
                self._parameters(target[key], value, where)
            elif key == "requestBody":
                self._body(target[key], value, where, is_request=True)
            elif key == "responses":
                for status, response in value.items():
                    status_where = f"{where}/{json_pointer(str(status))[1:]}"
                    if status not in target[key]:
                        target[key][status] = copy.deepcopy(response)
                    else:
                        self._body(target[key][status], response, status_where, is_request=False)
            elif key in PROSE_KEYS or key.startswith("x-") or key in ("operationId", "tags"):
                continue  # the first source's words and names stand
            elif target[key] != value:
                self._conflict(where, target[key], value)

    # -- parts of an operation ---------------------------------------------------------------

    def _parameters(self, target: list[Any], other: list[Any], pointer: str) -> None:
        index: dict[tuple[Any, Any], int] = {}
        for position, param in enumerate(target):
            mine, _ = self._follow(param, f"{pointer}/{position}")
            index[mine.get("name"), mine.get("in")] = position
        for param in other:
            theirs, _ = self._follow(param, pointer)
            key = (theirs.get("name"), theirs.get("in"))
            if key not in index:
                what = f"the {key[1]} parameter {key[0]!r}"
                self._conflict(f"{pointer}/-", None, theirs, what=what)
                continue
            mine, where = self._follow(target[index[key]], f"{pointer}/{index[key]}")
            if bool(mine.get("required")) != bool(theirs.get("required")):
                self._conflict(f"{where}/required", mine.get("required"), theirs.get("required"))
            fill_prose(mine, {k: v for k, v in theirs.items() if k in PROSE_KEYS})
            self._schema_of(mine, theirs, where)

    def _body(
        self, target: dict[str, Any], other: dict[str, Any], pointer: str, *, is_request: bool
    ) -> None:
        """A request body or one response: prose, then content by media type."""
        target, pointer = self._follow(target, pointer)
        other, _ = self._follow(other, pointer)
        for key, value in other.items():
            if key != "content" and key not in target:
                target[key] = copy.deepcopy(value)
        content = target.setdefault("content", {})
        for media, entry in (other.get("content") or {}).items():
            where = f"{pointer}/content/{json_pointer(media)[1:]}"
            if media not in content:
                if content and is_request:
                    self._conflict(where, sorted(content), media, what="the request media type")
                    continue
                content[media] = copy.deepcopy(entry)
                continue
            mine = content[media]
            typed_first = self._typed(mine.get("schema"))
            self._schema_of(mine, entry, where)
            examples = dict(entry.get("examples") or {})
            if "example" in entry:
                examples.setdefault("example", {"value": entry["example"]})
            for name, example in examples.items():
                example_where = f"{where}/examples/{json_pointer(name)[1:]}"
                if typed_first and not self._fits(example, mine["schema"], example_where):
                    self._conflict(
                        example_where,
                        mine["schema"],
                        example.get("value"),
                        what=f"the example {name!r}",
                        verb="does not fit the schema",
                    )
                    continue
                kept = mine.setdefault("examples", {})
                if "example" in mine:
                    kept.setdefault("example", {"value": mine.pop("example")})
                if example not in kept.values():
                    key = name if name not in kept else f"{name}_{_short(self.later)}"
                    kept[key] = copy.deepcopy(example)

    # -- schemas -----------------------------------------------------------------------------

    def _typed(self, schema: Any) -> bool:
        """Whether the first source states a shape here (a ``$ref`` is followed)."""
        if not isinstance(schema, dict):
            return False
        target, _ = self._follow(schema, "")
        return not is_untyped(target)

    def _fits(self, example: Any, schema: dict[str, Any], pointer: str) -> bool:
        """Whether a later source's example is valid against the first source's schema.

        Where it is not, the first source is followed: the example is left out and recorded.
        """
        if not isinstance(example, dict) or "value" not in example:
            return True  # an example kept as text: nothing to check
        root = _as_json_schema({**schema, "components": self.components})
        try:
            return bool(Draft202012Validator(root).is_valid(example["value"]))
        except (Unresolvable, SchemaError) as exc:
            raise ClientgenError(
                f"cannot check the example of {self.later} against the schema: {exc}",
                file=self.later_file,
                pointer=pointer,
            ) from exc

    def _schema_of(self, mine: dict[str, Any], theirs: dict[str, Any], pointer: str) -> None:
        """Merge the ``schema`` of a parameter or media type into ``mine``'s."""
        if "schema" not in theirs:
            return
        if "schema" in mine:
            mine["schema"] = self._schema(mine["schema"], theirs["schema"], f"{pointer}/schema")
        else:
            mine["schema"] = copy.deepcopy(theirs["schema"])

    def _schema(self, mine: Any, theirs: Any, pointer: str) -> Any:
        """The merged schema standing where ``mine`` stood (``mine`` is changed in place)."""
        if not isinstance(mine, dict) or not isinstance(theirs, dict):
            return mine
        if "$ref" in theirs:
            theirs, _ = self._follow(theirs, pointer)
        if "$ref" in mine:
            place = self._place(mine["$ref"])
            if place is not None:
                section, name = place
                self.components[section][name] = self._schema(
                    self.components[section][name],
                    theirs,
                    json_pointer("components", section, name),
                )
            return mine
        if is_untyped(mine):
            return {**copy.deepcopy(theirs), **{k: v for k, v in mine.items() if k in PROSE_KEYS}}
        if is_untyped(theirs):
            fill_prose(mine, {k: v for k, v in theirs.items() if k in PROSE_KEYS})
            return mine
        all_of = mine.get("allOf")
        if isinstance(all_of, list) and len(all_of) == 1 and set(mine) - PROSE_KEYS == {"allOf"}:
            # `allOf: [X]` is X with words of its own beside it.
            fill_prose(mine, {k: v for k, v in theirs.items() if k in PROSE_KEYS})
            facts = {k: v for k, v in theirs.items() if k not in PROSE_KEYS}
            all_of[0] = self._schema(all_of[0], facts, f"{pointer}/allOf/0")
            return mine
        mine_branch, mine_nullable = split_nullable(mine)
        theirs_branch, theirs_nullable = split_nullable(theirs)
        # A page that does not mention null is silent, not contrary: only a later source that
        # allows null where the first does not disagrees with it.
        if theirs_nullable and not mine_nullable:
            self._conflict(pointer, "not nullable", "nullable", what="nullability", verb="differs")
        if mine_branch is not mine:
            # `X | null`: the words describe the field, so they go beside the anyOf, not in X.
            fill_prose(mine, {k: v for k, v in theirs.items() if k in PROSE_KEYS})
            facts = {k: v for k, v in theirs_branch.items() if k not in PROSE_KEYS}
            merged = self._schema(mine_branch, facts, pointer)
            for combinator in ("anyOf", "oneOf"):
                if isinstance(mine.get(combinator), list):
                    mine[combinator] = [merged if b is mine_branch else b for b in mine[combinator]]
            return mine
        return self._same_level(mine, theirs_branch, pointer)

    def _same_level(self, mine: dict[str, Any], theirs: dict[str, Any], pointer: str) -> Any:
        fill_prose(mine, {k: v for k, v in theirs.items() if k in PROSE_KEYS})
        if not _types(mine):
            return mine  # a combinator the page does not restate: nothing more to compare
        if _types(mine) != _types(theirs) and _types(theirs):
            self._conflict(f"{pointer}/type", mine.get("type"), theirs.get("type"))
            return mine
        for fact in _VALUE_FACTS:
            if fact not in theirs:
                continue
            if fact not in mine:
                mine[fact] = copy.deepcopy(theirs[fact])
                if fact == "enum" and "x-enum-descriptions" in theirs:
                    mine.setdefault(
                        "x-enum-descriptions", copy.deepcopy(theirs["x-enum-descriptions"])
                    )
            elif _plain(mine[fact]) != _plain(theirs[fact]):
                self._conflict(f"{pointer}/{fact}", mine[fact], theirs[fact])
        if isinstance(theirs.get("items"), dict):
            if isinstance(mine.get("items"), dict):
                mine["items"] = self._schema(mine["items"], theirs["items"], f"{pointer}/items")
            else:
                mine["items"] = copy.deepcopy(theirs["items"])
        self._properties(mine, theirs, pointer)
        return mine

    def _properties(self, mine: dict[str, Any], theirs: dict[str, Any], pointer: str) -> None:
        """Fields: a later source documents an open object's fields, never adds to typed ones."""
        if not theirs.get("properties"):
            return
        if not mine.get("properties") and mine.get("additionalProperties", True) in (True, {}):
            mine["properties"] = copy.deepcopy(theirs["properties"])
            if "required" in theirs:
                mine["required"] = list(theirs["required"])
            if mine.get("additionalProperties") in (True, {}):
                del mine["additionalProperties"]
            return
        for name, sub in theirs["properties"].items():
            where = f"{pointer}/properties/{json_pointer(name)[1:]}"
            if name not in (mine.get("properties") or {}):
                self._conflict(where, None, sub, what=f"the field {name!r}")
                continue
            mine["properties"][name] = self._schema(mine["properties"][name], sub, where)
        if "required" in theirs and set(theirs["required"]) != set(mine.get("required", [])):
            self._conflict(f"{pointer}/required", mine.get("required", []), theirs["required"])

    # -- references --------------------------------------------------------------------------

    def _place(self, ref: Any) -> tuple[str, str] | None:
        """(section, name) of a local component reference the combined document holds."""
        if not isinstance(ref, str) or not ref.startswith(_COMPONENT_REF):
            return None
        parts = ref[len(_COMPONENT_REF) :].split("/")
        if len(parts) != 2:
            return None
        section, name = (unescape(p) for p in parts)
        if not isinstance((self.components.get(section) or {}).get(name), dict):
            return None
        return section, name

    def _follow(self, node: dict[str, Any], pointer: str) -> tuple[dict[str, Any], str]:
        """The object a reference object stands for (itself when it is none), and its pointer."""
        seen: set[str] = set()
        while isinstance(node, dict) and "$ref" in node and node["$ref"] not in seen:
            seen.add(node["$ref"])
            place = self._place(node["$ref"])
            if place is None:
                break
            node, pointer = self.components[place[0]][place[1]], json_pointer("components", *place)
        return node, pointer

    def _conflict(
        self,
        pointer: str,
        followed: Any,
        other: Any,
        *,
        what: str | None = None,
        verb: str = "differs",
    ) -> None:
        """Record that the first source was followed where the later one says otherwise."""
        subject = what or "the value"
        if followed is None:
            message = (
                f"{subject} is documented by {self.later} but not by {self.first}, whose "
                f"description of this place is complete; followed {self.first}"
            )
        else:
            message = (
                f"{subject} {verb}: {self.first} says {_show(followed)}, {self.later} says "
                f"{_show(other)}; followed {self.first}"
            )
        self.conflicts.append(
            {
                "pointer": pointer,
                "followed": {"source": self.first, "value": copy.deepcopy(followed)},
                "other": {"source": self.later, "value": copy.deepcopy(other)},
            }
        )
        self.warnings.append(Diagnostic(message, file=self.later_file, pointer=pointer))


def _as_json_schema(schema: Any) -> Any:
    """OpenAPI's schema, read as JSON Schema: a discriminated ``oneOf`` is matched by its
    discriminator, not by "exactly one branch", so it is checked as an ``anyOf``."""
    if isinstance(schema, list):
        return [_as_json_schema(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    converted = {key: _as_json_schema(value) for key, value in schema.items()}
    if "discriminator" in converted and "oneOf" in converted:
        converted["anyOf"] = converted.pop("oneOf")
    return converted


def _types(schema: dict[str, Any]) -> set[str]:
    kinds = schema.get("type")
    found = set(kinds) if isinstance(kinds, list) else {kinds} if kinds else set()
    if "integer" in found and "number" in found:
        found.discard("integer")
    return found - {"null"}


def _plain(value: Any) -> Any:
    """Enum lists compare as sets without null; other facts as they are."""
    if isinstance(value, list):
        return sorted(str(v) for v in value if v is not None)
    return value


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _short(source: str) -> str:
    return source.rsplit(".", 1)[0].replace("-", "_")
