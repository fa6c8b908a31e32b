"""The normalized specs hold what each source page documents: every item, and nothing else.

`documented.yaml` (read its header) says, page by page, what each page documents, written by
reading the pages. Recall: every item a page documents is in the normalized operation with the
same facts, or the difference is one of the operation's `x-clientgen-conflicts` with that page as
`other`. Precision: every parameter, body field and response field of a normalized operation is
documented by one of its `x-clientgen-sources`, or listed under its vendor's overlay.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
SPECS = ROOT / "specs"
TABLE: dict[str, Any] = yaml.safe_load((Path(__file__).parent / "documented.yaml").read_text())

PAGES = sorted(key for key in TABLE if key.startswith("sources/"))
OVERLAYS = sorted(key for key in TABLE if key.startswith("overlays/"))
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# An item of an operation: ("params", name), ("body", media type, field), ("fields", path),
# ("examples", status, media type, key), ("request_examples", media type, key),
# ("errors", status, code), ("statuses", status). Its facts: a tuple for the first three kinds
# (the table's columns), None for the others (being there is the fact).
Key = tuple[str, ...]
Facts = tuple[Any, ...] | None
TYPED_KINDS = ("params", "body", "fields")  # the kinds precision covers


# --- the table -------------------------------------------------------------------------------


def _vendor(table_key: str) -> str:
    """`sources/<vendor>/<page>` or `overlays/<vendor>.yaml` -> vendor."""
    parts = table_key.split("/")
    return parts[1] if parts[0] == "sources" else parts[1].removesuffix(".yaml")


def _page_file(table_key: str) -> str:
    return table_key.rsplit("/", 1)[-1]


def _enum(values: Any) -> tuple[Any, ...] | None:
    """An enum as a set (order is not a fact), null left out (nullability is its own column)."""
    if values is None:
        return None
    kept = [v for v in values if v is not None]
    return tuple(sorted(kept, key=lambda v: (type(v).__name__, str(v))))


def _row(kind: str, row: list[Any]) -> tuple[Any, ...]:
    """A table row as facts, its enum (the last column) normalized."""
    expected = {"params": 5, "body": 4, "fields": 3}[kind]
    assert len(row) == expected, f"a {kind} row has {expected} columns: {row}"
    return (*row[:-1], _enum(row[-1]))


def _table_items(entry: dict[str, Any]) -> dict[Key, Facts]:
    """One operation of the table, flattened to items."""
    items: dict[Key, Facts] = {}
    for name, row in (entry.get("params") or {}).items():
        items["params", name] = _row("params", row)
    for media, fields in (entry.get("body") or {}).items():
        for name, row in fields.items():
            items["body", media, name] = _row("body", row)
    for path, row in (entry.get("fields") or {}).items():
        items["fields", path] = _row("fields", row)
    for status, by_media in (entry.get("examples") or {}).items():
        for media, keys in by_media.items():
            for key in keys:
                items["examples", str(status), media, key] = None
    for media, keys in (entry.get("request_examples") or {}).items():
        for key in keys:
            items["request_examples", media, key] = None
    for status, codes in (entry.get("errors") or {}).items():
        for code in codes:
            items["errors", str(status), code] = None
    for status in entry.get("statuses") or []:
        items["statuses", str(status)] = None
    return items


def _operations(table_key: str) -> dict[str, dict[str, Any]]:
    operations: dict[str, dict[str, Any]] = TABLE[table_key]["operations"]
    return operations


def _documenters(vendor: str, operation: str) -> dict[str, str]:
    """Page file name -> table key, for the pages of `vendor` that document `operation`."""
    return {
        _page_file(page): page
        for page in PAGES
        if _vendor(page) == vendor and operation in _operations(page)
    }


def _allowed(vendor: str, operation: str) -> dict[Key, Facts]:
    """What the vendor's overlay adds to or changes in `operation`, per the table."""
    entry = TABLE.get(f"overlays/{vendor}.yaml", {}).get("operations", {}).get(operation)
    return _table_items(entry) if entry else {}


def _show(key: Key) -> str:
    return " ".join(key)


# --- the normalized specs --------------------------------------------------------------------


@cache
def _normalized(vendor: str) -> dict[str, Any]:
    document: dict[str, Any] = yaml.safe_load((SPECS / "normalized" / f"{vendor}.yaml").read_text())
    return document


def _esc(segment: str) -> str:
    return segment.replace("~", "~0").replace("/", "~1")


def _unesc(segment: str) -> str:
    return segment.replace("~1", "/").replace("~0", "~")


def _get(doc: dict[str, Any], ref: str) -> Any:
    node: Any = doc
    for segment in ref.removeprefix("#/").split("/"):
        node = node[_unesc(segment)]
    return node


def _deref(doc: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = _get(doc, schema["$ref"])
    return schema


def _types(schema: dict[str, Any]) -> list[str]:
    kinds = schema.get("type")
    if kinds is None:
        return []
    return list(kinds) if isinstance(kinds, list) else [kinds]


def _non_null(doc: dict[str, Any], schema: dict[str, Any]) -> tuple[dict[str, Any], bool]:
    """The schema past refs and an anyOf with one non-null branch; whether null is allowed."""
    nullable = False
    while True:
        schema = _deref(doc, schema)
        if "anyOf" not in schema:
            return schema, nullable or "null" in _types(schema)
        branches = [_deref(doc, s) for s in schema["anyOf"]]
        real = [b for b in branches if _types(b) != ["null"]]
        nullable = nullable or len(real) != len(branches)
        if len(real) != 1:
            return schema, nullable
        schema = real[0]


def _kind(doc: dict[str, Any], schema: dict[str, Any]) -> str:
    """The table's type word: string, binary, object, `T[]`, `array` (untyped items), ..."""
    schema, _ = _non_null(doc, schema)
    if "anyOf" in schema:
        return "|".join(sorted(_kind(doc, branch) for branch in schema["anyOf"]))
    kinds = [k for k in _types(schema) if k != "null"]
    if not kinds:
        kinds = ["object"] if "properties" in schema else ["array"] if "items" in schema else []
    if len(kinds) != 1:
        return "|".join(kinds) or "any"
    if kinds[0] == "string" and schema.get("format") == "binary":
        return "binary"
    if kinds[0] == "array":
        items = schema.get("items")
        item = _kind(doc, items) if isinstance(items, dict) and items else "any"
        return "array" if item == "any" else f"{item}[]"
    return kinds[0]


def _default(doc: dict[str, Any], schema: dict[str, Any]) -> Any:
    """The default, which pydantic puts beside an anyOf rather than inside it."""
    while True:
        if "default" in schema:
            return schema["default"]
        if "$ref" in schema:
            schema = _get(doc, schema["$ref"])
        elif "anyOf" in schema:
            real = [s for s in schema["anyOf"] if _types(_deref(doc, s)) != ["null"]]
            if len(real) != 1:
                return None
            schema = real[0]
        else:
            return None


def _resolve(
    doc: dict[str, Any], schema: dict[str, Any], pointers: list[str]
) -> tuple[dict[str, Any], list[str]]:
    """Follow refs and a lone non-null anyOf branch, collecting the node's pointers on the way."""
    pointers = list(pointers)
    while True:
        if "$ref" in schema:
            pointers.append(schema["$ref"].removeprefix("#"))
            schema = _get(doc, schema["$ref"])
            continue
        if "anyOf" in schema:
            real = [
                (i, s) for i, s in enumerate(schema["anyOf"]) if _types(_deref(doc, s)) != ["null"]
            ]
            if len(real) == 1:
                index, schema = real[0]
                pointers += [f"{p}/anyOf/{index}" for p in pointers]
                continue
        return schema, pointers


def _tokens(path: str) -> tuple[str, ...]:
    """`a[].b` -> ("a", "[]", "b")."""
    return tuple(re.findall(r"\[\]|[^.\[\]]+", path))


def _dotted(tokens: tuple[str, ...]) -> str:
    text = ""
    for token in tokens:
        text += "[]" if token == "[]" else f"{'.' if text else ''}{token}"
    return text


def _segments(tokens: tuple[str, ...]) -> list[str]:
    return [s for t in tokens for s in (["items"] if t == "[]" else ["properties", _esc(t)])]


@dataclass
class Found:
    facts: Facts
    anchors: list[str]  # JSON pointers that address the item in the normalized document


@dataclass
class Operation:
    """One normalized operation, seen as the table's items."""

    doc: dict[str, Any]
    pointer: str
    op: dict[str, Any]
    items: dict[Key, Found] = field(default_factory=dict)
    # Schema nodes visited (body: (media, *tokens); fields: tokens) -> their pointers.
    nodes: dict[tuple[str, ...], list[str]] = field(default_factory=dict)

    def walk(
        self, schema: dict[str, Any], pointers: list[str], where: tuple[str, ...], depth: int = 0
    ) -> None:
        """Every property under `schema`, keyed `where[0]` (kind), media (body), dotted path."""
        node, pointers = _resolve(self.doc, schema, pointers)
        self.nodes[where[1:]] = pointers
        if depth > 12:
            return
        if "array" in _types(node) and isinstance(node.get("items"), dict):
            self.walk(node["items"], [f"{p}/items" for p in pointers], (*where, "[]"), depth + 1)
            return
        required = set(node.get("required") or [])
        body = where[0] == "body"
        prefix = where[2:] if body else where[1:]
        for name, sub in (node.get("properties") or {}).items():
            inner = (*where, name)
            self.walk(sub, [f"{p}/properties/{_esc(name)}" for p in pointers], inner, depth + 1)
            kind = _kind(self.doc, sub)
            _, nullable = _non_null(self.doc, sub)
            enum = _enum(_non_null(self.doc, sub)[0].get("enum"))
            if body:
                facts: Facts = (kind, name in required, _default(self.doc, sub), enum)
                key: Key = ("body", where[1], _dotted((*prefix, name)))
                # A body field's required-ness is stated in its parent's `required` list.
                anchors = self.nodes[inner[1:]] + [f"{p}/required" for p in pointers]
            else:
                facts, key = (kind, nullable, enum), ("fields", _dotted((*prefix, name)))
                anchors = self.nodes[inner[1:]]
            self.items[key] = Found(facts, anchors)

    def anchors(self, key: Key) -> list[str]:
        """Where the item is, or would be, in the normalized document."""
        if key in self.items:
            return self.items[key].anchors
        op = self.pointer
        kind, *rest = key
        if kind == "params":
            return [f"{op}/parameters/{_esc(rest[0])}"]  # matched by name inside a conflict's list
        if kind in ("body", "fields"):
            start = (rest[0],) if kind == "body" else ()
            tokens = (*start, *_tokens(rest[-1]))
            for cut in range(len(tokens), len(start) - 1, -1):
                if tokens[:cut] in self.nodes:
                    tail = "/".join(_segments(tokens[cut:]))
                    return [f"{p}/{tail}" if tail else p for p in self.nodes[tokens[:cut]]]
            # No schema at all: where it would be.
            if kind == "body":
                root = f"{op}/requestBody/content/{_esc(rest[0])}/schema"
            else:
                status = _success(self.op) or "200"
                root = f"{op}/responses/{status}/content/application~1json/schema"
            return [f"{root}/{'/'.join(_segments(tokens[len(start) :]))}"]
        if kind == "examples":
            status, media, name = rest
            return [f"{op}/responses/{status}/content/{_esc(media)}/examples/{_esc(name)}"]
        if kind == "request_examples":
            media, name = rest
            return [f"{op}/requestBody/content/{_esc(media)}/examples/{_esc(name)}"]
        if kind == "errors":
            return [f"{op}/responses/{rest[0]}/x-clientgen-error-codes/{_esc(rest[1])}"]
        return [f"{op}/responses/{rest[0]}"]


def _success(op: dict[str, Any]) -> str | None:
    statuses = sorted(str(s) for s in op.get("responses", {}) if str(s).startswith("2"))
    return statuses[0] if statuses else None


def _view(vendor: str, operation: str) -> Operation | None:
    """The normalized operation `"method /path"` as items, or None when the spec lacks it."""
    doc = _normalized(vendor)
    method, path = operation.split(" ", 1)
    op = doc.get("paths", {}).get(path, {}).get(method)
    if not isinstance(op, dict):
        return None
    view = Operation(doc, f"/paths/{_esc(path)}/{method}", op)
    for index, param in enumerate(op.get("parameters", [])):
        pointer = f"{view.pointer}/parameters/{index}"
        if "$ref" in param:
            pointer, param = param["$ref"].removeprefix("#"), _get(doc, param["$ref"])
        schema = param.get("schema", {})
        _, pointers = _resolve(doc, schema, [f"{pointer}/schema"])
        facts = (
            param["in"],
            _kind(doc, schema),
            bool(param.get("required")),
            _default(doc, schema),
            _enum(_non_null(doc, schema)[0].get("enum")),
        )
        view.items["params", param["name"]] = Found(facts, [pointer, *pointers])
    body = _deref(doc, op.get("requestBody", {}))
    for media, content in (body.get("content") or {}).items():
        pointer = f"{view.pointer}/requestBody/content/{_esc(media)}"
        if "schema" in content:
            view.walk(content["schema"], [f"{pointer}/schema"], ("body", media))
        for name in content.get("examples") or {}:
            view.items["request_examples", media, name] = Found(
                None, [f"{pointer}/examples/{_esc(name)}"]
            )
    success = _success(op)
    for status, response in (op.get("responses") or {}).items():
        status = str(status)
        pointer = f"{view.pointer}/responses/{status}"
        response = _deref(doc, response)
        view.items["statuses", status] = Found(None, [pointer])
        for code in response.get("x-clientgen-error-codes") or []:
            view.items["errors", status, code] = Found(None, view.anchors(("errors", status, code)))
        for media, content in (response.get("content") or {}).items():
            names = list(content.get("examples") or {}) + (
                ["example"] if "example" in content else []
            )
            for name in names:
                key: Key = ("examples", status, media, name)
                view.items[key] = Found(None, view.anchors(key))
            if status == success and media == "application/json" and "schema" in content:
                view.walk(
                    content["schema"], [f"{pointer}/content/{_esc(media)}/schema"], ("fields",)
                )
    return view


def _operations_in(vendor: str) -> Iterator[tuple[str, dict[str, Any]]]:
    for path, path_item in (_normalized(vendor).get("paths") or {}).items():
        for method, op in path_item.items():
            if method in METHODS and isinstance(op, dict):
                yield f"{method} {path}", op


# --- conflicts -------------------------------------------------------------------------------


def _holds(value: Any, segments: list[str]) -> bool:
    """Whether `value` (a page's side of a conflict) has something at `segments`."""
    for segment in segments:
        if isinstance(value, dict) and segment in value:
            value = value[segment]
        elif isinstance(value, list) and segment.isdigit() and int(segment) < len(value):
            value = value[int(segment)]
        elif isinstance(value, list):
            named = [v for v in value if isinstance(v, dict) and v.get("name") == segment]
            if named:
                value = named[0]
            else:
                return segment in value
        else:
            return False
    return True


def _recorded(op: dict[str, Any], page: str, anchors: list[str]) -> bool:
    """A conflict with `page` as `other` about the item: at it, inside it, or around it (then
    the page's side of the conflict holds the item)."""
    for conflict in op.get("x-clientgen-conflicts") or []:
        if (conflict.get("other") or {}).get("source") != page:
            continue
        pointer = str(conflict.get("pointer", "")).removeprefix("#")
        for anchor in anchors:
            if pointer == anchor or pointer.startswith(anchor + "/"):
                return True
            if anchor.startswith(pointer + "/"):
                rest = [_unesc(s) for s in anchor[len(pointer) + 1 :].split("/")]
                if _holds(conflict["other"].get("value"), rest):
                    return True
    return False


def _filled_in(expected: Facts, actual: Facts, others: list[Facts]) -> bool:
    """Every fact that differs is one the page leaves unstated (~) and another source states."""
    if expected is None or actual is None:
        return False
    for i, (mine, theirs) in enumerate(zip(expected, actual, strict=True)):
        if mine != theirs and (
            mine is not None or not any(o is not None and o[i] == theirs for o in others)
        ):
            return False
    return True


# --- recall and precision --------------------------------------------------------------------


@dataclass
class Score:
    hits: int = 0
    total: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, ok: bool, what: str) -> None:
        self.total += 1
        self.hits += ok
        if not ok:
            self.misses.append(what)

    def __str__(self) -> str:
        share = f"{100 * self.hits / self.total:.0f}%" if self.total else "-"
        return f"{self.hits}/{self.total} ({share})"


def _recall(page: str) -> Score:
    vendor, name = _vendor(page), _page_file(page)
    score = Score()
    for operation, entry in _operations(page).items():
        expected = _table_items(entry)
        view = _view(vendor, operation)
        sources = (view.op.get("x-clientgen-sources") or []) if view else []
        if view is None or name not in sources:
            why = "not in the spec" if view is None else f"x-clientgen-sources is {sources}"
            for key in expected:
                score.add(False, f"{operation}: {_show(key)} ({why})")
            continue
        # What the operation's other sources and the overlay say, for facts this page leaves
        # unstated (~).
        others = [
            _table_items(_operations(other_page)[operation])
            for other, other_page in _documenters(vendor, operation).items()
            if other != name and other in sources
        ]
        allowed = _allowed(vendor, operation)
        for key, facts in expected.items():
            found = view.items.get(key)
            said = [items.get(key) for items in others] + [allowed.get(key)]
            ok = (
                (found is not None and found.facts == facts)
                or (found is not None and _filled_in(facts, found.facts, said))
                or (found is not None and allowed.get(key, ...) == found.facts)
                or _recorded(view.op, name, view.anchors(key))
            )
            actual = "missing" if found is None else f"spec {_plain(found.facts)}"
            score.add(ok, f"{operation}: {_show(key)}: page {_plain(facts)}, {actual}")
    return score


def _plain(facts: Facts) -> str:
    if facts is None:
        return "present"
    return str([list(f) if isinstance(f, tuple) else f for f in facts])


def _precision(page: str) -> Score:
    vendor = _vendor(page)
    score = Score()
    for operation in _operations(page):
        view = _view(vendor, operation)
        if view is None:
            continue
        sources = view.op.get("x-clientgen-sources") or []
        documented = set(_allowed(vendor, operation))
        for other, other_page in _documenters(vendor, operation).items():
            if other in sources:
                documented |= set(_table_items(_operations(other_page)[operation]))
        for key, found in view.items.items():
            if key[0] in TYPED_KINDS:
                ok = key in documented
                score.add(
                    ok, f"{operation}: {_show(key)} {_plain(found.facts)}: no page of {sources}"
                )
    return score


def _report(page: str) -> str:
    recall, precision = _recall(page), _precision(page)
    lines = [f"{page}: recall {recall}, precision {precision}"]
    lines += [f"  not in the spec as documented: {miss}" for miss in recall.misses]
    lines += [f"  documented by no source: {miss}" for miss in precision.misses]
    return "\n".join(lines)


# --- tests -----------------------------------------------------------------------------------


def test_every_source_page_is_in_the_table() -> None:
    sources = sorted(
        p.relative_to(SPECS).as_posix() for p in (SPECS / "sources").rglob("*") if p.is_file()
    )
    assert sources == PAGES
    for key in OVERLAYS:
        assert (SPECS / key).is_file(), f"{key}: no such overlay"
    for key in PAGES + OVERLAYS:
        assert set(TABLE[key]) == {"operations"}, key
        for operation in _operations(key):
            method, path = operation.split(" ", 1)
            assert method in METHODS and path.startswith("/"), f"{key}: {operation!r}"


@pytest.mark.parametrize("page", PAGES)
def test_recall(page: str) -> None:
    """Every item the page documents is in the spec, or its conflict names the page."""
    if _recall(page).misses:
        pytest.fail(_report(page), pytrace=False)


@pytest.mark.parametrize("page", PAGES)
def test_precision(page: str) -> None:
    """Every parameter and field of the page's operations is documented by one of their
    sources, or added by the vendor's overlay (listed in the table)."""
    if _precision(page).misses:
        pytest.fail(_report(page), pytrace=False)


@pytest.mark.parametrize("vendor", sorted({_vendor(page) for page in PAGES}))
def test_operations_and_their_sources(vendor: str) -> None:
    """Each normalized operation lists exactly the pages that document it in the table, in the
    vendor config's order; each conflict follows the earlier of its two sources."""
    in_spec = dict(_operations_in(vendor))
    # The vendor config's page order: the earlier page wins where both state a fact.
    config = yaml.safe_load((SPECS / "vendors" / f"{vendor}.yaml").read_text())
    order = [str(page["file"]) for page in config["pages"]]
    in_table = {op for page in PAGES if _vendor(page) == vendor for op in _operations(page)}
    problems = [f"{op}: in no page of the table" for op in sorted(set(in_spec) - in_table)]
    problems += [f"{op}: not in the spec" for op in sorted(in_table - set(in_spec))]
    for operation in sorted(set(in_spec) & in_table):
        listed = in_spec[operation].get("x-clientgen-sources") or []
        pages = set(_documenters(vendor, operation))
        if len(listed) != len(set(listed)) or set(listed) != pages:
            problems.append(f"{operation}: x-clientgen-sources {listed}, the table {sorted(pages)}")
        if "x-clientgen-source" in in_spec[operation]:
            problems.append(f"{operation}: the old x-clientgen-source is still there")
        if [page for page in order if page in listed] != listed:
            problems.append(
                f"{operation}: x-clientgen-sources {listed} not in the order of {order}"
            )
        for conflict in in_spec[operation].get("x-clientgen-conflicts") or []:
            sides = [(conflict.get(side) or {}).get("source") for side in ("followed", "other")]
            ranks = [listed.index(side) if side in listed else -1 for side in sides]
            if -1 in ranks or ranks[0] >= ranks[1]:
                problems.append(f"{operation}: conflict {conflict.get('pointer')}: sides {sides}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_overlay_allowances_hold(overlay: str) -> None:
    """Each item allowed for an overlay is in the spec with those facts, and no source page of
    the operation documents it so already (an allowance is never a blanket skip)."""
    vendor = _vendor(overlay)
    problems = []
    for operation, entry in _operations(overlay).items():
        view = _view(vendor, operation)
        if view is None:
            problems.append(f"{operation}: not in the spec")
            continue
        sources = view.op.get("x-clientgen-sources") or []
        for key, facts in _table_items(entry).items():
            found = view.items.get(key)
            if found is None or found.facts != facts:
                actual = "missing" if found is None else _plain(found.facts)
                problems.append(
                    f"{operation}: {_show(key)}: allowed {_plain(facts)}, spec {actual}"
                )
            for other, other_page in _documenters(vendor, operation).items():
                documented = _table_items(_operations(other_page)[operation]).get(key, ...)
                if other in sources and documented == facts:
                    problems.append(f"{operation}: {_show(key)}: {other} documents it already")
    assert not problems, "\n".join(problems)


def test_normalized_specs_are_valid_openapi_31() -> None:
    from openapi_spec_validator import validate

    for path in sorted((SPECS / "normalized").glob("*.yaml")):
        doc = _normalized(path.stem)
        assert doc["openapi"].startswith("3.1"), path.name
        validate(doc)
