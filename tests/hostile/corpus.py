"""Hostile specs: every string a spec can carry into generated code, at its worst.

A case is one or more OpenAPI documents, built by ``document`` from a few knobs (the prose, the
data values, the names), and either no expected error (the package must generate, import without
side effects, pass ruff and ``mypy --strict``, and round-trip the hostile data) or the words the
one error line must contain (both colliding names).

Every injection payload tries to create ``CANARY`` in the working folder; the probe runs the
generated code in a folder of its own and checks the file is never there.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

CANARY = "hostile_canary"

# Each closes the string, docstring or comment it is pasted into and runs code.
PAYLOADS = {
    "triple_double": f'"""; import os; os.system("touch {CANARY}"); """',
    "triple_single": f"'''; open('{CANARY}', 'w'); '''",
    "backslash_quotes": f'\\"""; open("{CANARY}", "w") #\\',
    "string_close": f"\"); open('{CANARY}', 'w'); (\"",
    "single_close": f'\'); open("{CANARY}", "w"); (\'',
    "newline_code": f'x\n__import__("os").system("touch {CANARY}")\n#',
    "carriage_return": f'x\r__import__("os").system("touch {CANARY}")\r#',
    "jinja": f'{{{{ cycler.__init__.__globals__.os.system("touch {CANARY}") }}}}{{% raw %}}',
    "format_string": "{0.__class__.__init__.__globals__} %(x)s %s ${x} {}",
    "trailing_backslash": "ends with a backslash \\",
    "trailing_quote": 'ends with a quote "',
    "control_chars": "nul\x00 vt\x0b ff\x0c esc\x1b del\x7f bell\x07 end",
    "unicode_lines": "ls\u2028ps\u2029nel\x85bom\ufeffrtl\u202eend",
    "markdown_fence": f"```\nimport os; os.system('touch {CANARY}')\n```",
    "lone_quotes": '"""""""\'\'\'\'\'\'\\\\\\"',
    # An emoji, Fraktur letters (outside the BMP: surrogate pairs in JSON) and CJK.
    "astral": "emoji 🎉 and " + "".join(map(chr, range(0x1D518, 0x1D51E))) + " and 名前",
}
EVERYTHING = "".join(PAYLOADS.values())


@dataclass(frozen=True)
class Case:
    """One corpus entry: documents by file name, and the error words if generation must fail."""

    name: str
    documents: dict[str, dict[str, Any]]
    error: tuple[str, ...] = ()
    notes: str = ""


def document(
    *,
    text: str = "Plain prose.",
    value: str = "plain value",
    props: dict[str, dict[str, Any]] | None = None,
    schema_name: str = "Item",
    extra_schemas: dict[str, Any] | None = None,
    params: list[dict[str, Any]] | None = None,
    path: str = "/items/{item_id}",
    path_param: str = "item_id",
    extra_paths: dict[str, Any] | None = None,
    header: str = "X-Trace",
    auth_header: str = "X-API-Key",
    server: str = "https://api.example.com/v1",
) -> dict[str, Any]:
    """A small valid OpenAPI 3.1 document with ``text`` in every prose field and ``value`` in
    every data field (enum values, defaults, examples): ``POST path`` takes a path, a query and a
    header parameter and a JSON body of ``schema_name``, and answers with one."""
    if props is None:
        props = {
            "name": {
                "type": "string",
                "description": text,
                "default": value,
                "examples": [value],
            },
            "kind": {"type": "string", "enum": [value, "plain"], "description": text},
            "count": {"type": "integer", "default": 3, "description": text},
        }
    ref = {"$ref": f"#/components/schemas/{_escape_pointer(schema_name)}"}
    if params is None:
        params = [
            {"name": "q", "in": "query", "description": text, "example": value,
             "schema": {"type": "string", "enum": [value, "other"], "default": value}},
            {"name": header, "in": "header", "description": text,
             "schema": {"type": "string"}},
        ]  # fmt: skip
    all_params = [
        {"name": path_param, "in": "path", "required": True, "description": text,
         "schema": {"type": "string"}},
        *params,
    ]  # fmt: skip
    paths: dict[str, Any] = {
        path: {
            "post": {
                "operationId": "createItem",
                "summary": text,
                "description": text,
                "tags": [text],
                "parameters": all_params,
                "requestBody": {
                    "description": text,
                    "content": {"application/json": {"schema": ref, "example": {}}},
                },
                "responses": {
                    "200": {
                        "description": text,
                        "content": {"application/json": {"schema": ref}},
                    }
                },
            }
        }
    }
    paths.update(extra_paths or {})
    return {
        "openapi": "3.1.0",
        "info": {"title": text, "version": "1.0.0", "description": text},
        "servers": [{"url": server, "description": text}],
        "security": [{"Key": []}],
        "tags": [{"name": text, "description": text}],
        "paths": paths,
        "components": {
            "securitySchemes": {
                "Key": {"type": "apiKey", "in": "header", "name": auth_header, "description": text}
            },
            "schemas": {
                schema_name: {
                    "type": "object",
                    "title": text,
                    "description": text,
                    "properties": props,
                },
                **(extra_schemas or {}),
            },
        },
    }


def _escape_pointer(name: str) -> str:
    return name.replace("~", "~0").replace("/", "~1")


def _props(names: list[str], text: str = "A field.") -> dict[str, dict[str, Any]]:
    return {n: {"type": "string", "description": f"{text} {n}"} for n in names}


def _one(name: str, doc: dict[str, Any], notes: str = "", file: str = "api.yaml") -> Case:
    return Case(name, {file: doc}, notes=notes)


def _fails(name: str, doc: dict[str, Any], *words: str, file: str = "api.yaml") -> Case:
    return Case(name, {file: doc}, error=words)


def _renamed_operation(paths: dict[str, Any], path: str, operation_id: str) -> dict[str, Any]:
    paths[path]["get"]["operationId"] = operation_id
    return paths


def _paths(*paths: str) -> dict[str, Any]:
    """Extra GET operations on ``paths`` (answering with the default schema)."""
    found: dict[str, Any] = {}
    for index, path in enumerate(paths):
        params = [
            {"name": p, "in": "path", "required": True, "schema": {"type": "string"}}
            for p in _placeholders(path)
        ]
        found[path] = {
            "get": {
                "operationId": f"extra{index}",
                "parameters": params,
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Item"}}
                        },
                    }
                },
            }
        }
    return found


def _placeholders(path: str) -> list[str]:
    return [s[1:-1] for s in path.split("/") if s.startswith("{") and s.endswith("}")]


def _cases() -> list[Case]:
    cases = [
        _one(f"payload_{key}", document(text=payload, value=payload, header="X-" + key))
        for key, payload in PAYLOADS.items()
    ]
    cases += [
        _one(
            "payload_everywhere",
            document(
                text=EVERYTHING,
                value=EVERYTHING,
                header="X-" + PAYLOADS["triple_double"].replace("\n", " "),
                auth_header="X-Key-" + PAYLOADS["triple_single"],
                server="https://api.example.com/" + PAYLOADS["triple_double"],
                path="/items/" + PAYLOADS["string_close"].replace("/", "") + "/{item_id}",
                path_param="item_id",
            ),
            "every prose and data field, the server URL, a header name, the auth header name "
            "and a path segment carry every payload",
        ),
        _one("names_keywords", document(props=_props(["class", "None", "True", "lambda", "def"]))),
        _one("names_soft_keywords", document(props=_props(["match", "case", "type"]))),
        _one(
            "names_dunder",
            document(props=_props(["__init__", "__class__", "__dict__", "_private", "_"])),
        ),
        _one("names_leading_digit", document(props=_props(["1abc", "2", "3d_model"]))),
        _one("names_non_ascii", document(props=_props(["名前", "ключ", "café", "Straße"]))),
        _one("names_emoji", document(props=_props(["🎉", "😀", "a🎉b"]))),
        _one("names_punctuation", document(props=_props(["a-b", "c d", "e.f", "g/h", "i$j"]))),
        _one("names_empty", document(props=_props([""]))),
        _one(
            "names_very_long",
            document(
                props=_props(["x" * 300, "Long Name " * 40]),
                schema_name="S" * 300,
                path="/" + "segment" * 60 + "/{item_id}",
            ),
            "a 300-character field, schema and path segment (the resource module's file name)",
        ),
        _one(
            "names_builtins",
            document(
                props=_props(["str", "int", "list", "dict", "self", "id", "print", "object"]),
                params=[
                    {"name": n, "in": "query", "schema": {"type": "string"}}
                    for n in ("cls", "timeout", "encode_base64_file", "call_raw", "bytes", "float")
                ],
            ),
        ),
        _one(
            "names_pydantic",
            document(
                props=_props(["model_config", "model_dump", "json", "copy", "schema", "validate"])
            ),
        ),
        _one(
            "names_typing",
            document(props=_props(["Any", "Literal", "Field", "Annotated", "BaseModel", "httpx"])),
        ),
        _one("schema_named_class", document(schema_name="class")),
        _one("schema_named_builtin", document(schema_name="str")),
        _one("schema_named_none", document(schema_name="None")),
        _one("schema_named_punctuation", document(schema_name="a.b-c_1")),
        _one("schema_named_digits", document(schema_name="1abc")),
        _one(
            "schema_named_runtime",
            document(schema_name="RootModel", extra_schemas={"Field": {"type": "string"}}),
        ),
        _one(
            "resources_hostile",
            document(
                path="/class/{item_id}",
                extra_paths=_paths(
                    "/1abc", "/名前/{x}", "/str", "/int/{y}/float", "/a b/c-d", "/🎉"
                ),
            ),
            "resource and method names from keywords, builtins, digits, non-ASCII, emoji",
        ),
        _one(
            "params_hostile",
            document(
                params=[
                    {"name": n, "in": "query", "schema": {"type": "string"}}
                    for n in ("class", "1abc", "名前", "a-b", "🎉", "__init__", "")
                ],
                path_param="item id",
                path="/items/{item id}",
            ),
        ),
        _one(
            "enum_not_identifiers",
            document(
                props={
                    "kind": {
                        "type": "string",
                        "enum": ["a b", "1abc", "", "class", "None", "名前", "🎉", EVERYTHING],
                    }
                }
            ),
        ),
        _one(
            "enum_collide_after_cleaning",
            document(
                props={"kind": {"type": "string", "enum": ["a-b", "a b", "a_b", "A B", "a__b"]}}
            ),
        ),
        _one(
            "enum_numbers",
            document(
                props={
                    "f": {"type": "number", "enum": [1.5, 2.5]},
                    "i": {"type": "integer", "enum": [1, 2, 3]},
                    "m": {"enum": [1, "a", True, None]},
                    "c": {"const": EVERYTHING},
                },
                params=[
                    {"name": "qf", "in": "query", "schema": {"type": "number", "enum": [0.5, 1.5]}},
                    {"name": "qc", "in": "query", "schema": {"const": PAYLOADS["triple_double"]}},
                ],
            ),
            "float enums cannot be Literal parameters",
        ),
        _one(
            "defaults_data_shapes",
            document(
                props={
                    "obj": {
                        "type": "object",
                        "default": {
                            "enum": ["x"],
                            "$ref": "#/components/schemas/Item",
                            "description": "\r\n data \x00",
                            "k": EVERYTHING,
                        },
                    },
                    "arr": {
                        "type": "array",
                        "items": {"type": "string"},
                        "default": [EVERYTHING, "\\"],
                    },
                    "s": {"type": "string", "default": EVERYTHING, "examples": [EVERYTHING]},
                },
            ),
            "defaults that look like schemas are data: kept exactly",
        ),
        Case(
            "namespace_hostile_file_names",
            {
                "class.yaml": document(),
                "raw response.yaml": document(),
                "名前.yaml": document(),
            },
            notes="namespaces from file names: a keyword, a runtime class name, non-ASCII",
        ),
        # -- collisions: since issue 15 the later name is numbered, with a warning ----------
        _one("collide_properties", document(props=_props(["a-b", "a b"]))),
        _one("collide_properties_nfkc", document(props=_props(["ﬁeld", "field"]))),
        _one("collide_properties_guard", document(props=_props(["str", "str_"]))),
        # Resolved with a warning since issue 15: a_b and a_b_2; Item and Item2.
        _one(
            "collide_params",
            document(
                params=[
                    {"name": n, "in": "query", "schema": {"type": "string"}} for n in ("a-b", "a_b")
                ]
            ),
        ),
        _one("collide_schemas", document(extra_schemas={"item": {"type": "string"}})),
        Case(
            # /a-b and /a_b are both a_b.retrieve; the second's operationId, which would
            # otherwise name it, says `retrieve` too: it is numbered, with a warning (issue 15).
            "collide_methods",
            {
                "api.yaml": document(
                    extra_paths=_renamed_operation(_paths("/a-b", "/a_b"), "/a_b", "retrieve")
                )
            },
        ),
        Case(
            "collide_namespaces",
            {"a-b.yaml": document(), "a_b.yaml": document()},
            error=("a-b", "a_b"),
        ),
    ]
    return cases


CASES = _cases()


def case_documents(case: Case) -> dict[str, dict[str, Any]]:
    """A deep copy of the case's documents (generation must not see shared state)."""
    return copy.deepcopy(case.documents)
