"""Every broken input ends in one error line naming the file and the line or JSON pointer, a
non-zero exit, and (for ``generate``) outputs exactly as they were."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from clientgen.cli import main
from pipeline.conftest import snapshot, stray


def _error_line(capsys: pytest.CaptureFixture[str]) -> str:
    """The one error line (warnings about pages that are fine may come before it)."""
    lines = [line for line in capsys.readouterr().err.splitlines() if ": warning: " not in line]
    assert len(lines) == 1, lines
    assert lines[0].startswith("clientgen: error: ")
    return lines[0]


def _edit_json(path: Path, change: Callable[[Any], None]) -> None:
    document = json.loads(path.read_text())
    change(document)
    path.write_text(json.dumps(document, indent=2))


def _append(path: Path, text: str) -> None:
    path.write_text(path.read_text() + text)


def _self_required(document: Any) -> None:
    schema = document["components"]["schemas"]["HTTPValidationError"]
    schema["properties"]["again"] = {"$ref": "#/components/schemas/HTTPValidationError"}
    schema["required"] = ["again"]


def _ref_to_nowhere(document: Any) -> None:
    detail = document["components"]["schemas"]["HTTPValidationError"]["properties"]["detail"]
    detail["items"] = {"$ref": "#/components/schemas/Nope"}


def _action_of(vendor: str, text: str) -> int:
    """The index of the committed overlay's action that holds ``text``: the error must name
    it, wherever edits to the overlay have moved it."""
    overlay = Path(__file__).resolve().parents[2] / "specs" / "overlays" / f"{vendor}.yaml"
    actions = yaml.safe_load(overlay.read_text(encoding="utf-8"))["actions"]
    return next(i for i, action in enumerate(actions) if text in json.dumps(action))


# (what is broken, how, the file named, then what must follow it in the error line)
_BROKEN_PROJECT: list[tuple[str, Callable[[Path], None], str, str]] = [
    (
        "vendor config: invalid YAML",
        lambda p: (p / "specs/vendors/bland.yaml").write_text("name: bland\npages: [\n"),
        "specs/vendors/bland.yaml",
        ":3: invalid YAML",
    ),
    (
        "vendor config: unknown key",
        lambda p: _append(p / "specs/vendors/bland.yaml", "colour: red\n"),
        "specs/vendors/bland.yaml",
        " #/colour: unknown key 'colour'",
    ),
    (
        "vendor config: unknown key of a page",
        lambda p: _append(p / "specs/vendors/truedy.yaml", "    colour: red\n"),
        "specs/vendors/truedy.yaml",
        " #/pages/0/colour: unknown key 'colour'",
    ),
    (
        "vendor config: a docs_url that is no URL",
        lambda p: (p / "specs/vendors/bland.yaml").write_text(
            (p / "specs/vendors/bland.yaml")
            .read_text()
            .replace("docs_url: https://docs.bland.ai", "docs_url: docs.bland.ai")
        ),
        "specs/vendors/bland.yaml",
        " #/docs_url: docs_url must be an http(s) URL",
    ),
    (
        "vendor config: not a mapping",
        lambda p: (p / "specs/vendors/bland.yaml").write_text("- bland\n"),
        "specs/vendors/bland.yaml",
        " #: a vendor config must be a mapping",
    ),
    (
        "vendor config: a page that is missing",
        lambda p: (p / "specs/sources/bland/get-voices.mdx").unlink(),
        "specs/vendors/bland.yaml",
        " #/pages/2/file: no such page",
    ),
    (
        "vendor config: an unknown format",
        lambda p: _append(p / "specs/vendors/truedy.yaml", "    format: html\n"),
        "specs/vendors/truedy.yaml",
        " #/pages/0/format: unknown format 'html'",
    ),
    (
        "package.yaml missing",
        lambda p: (p / "specs/package.yaml").unlink(),
        "specs/package.yaml",
        ": cannot read",
    ),
    (
        "package.yaml: invalid YAML",
        lambda p: (p / "specs/package.yaml").write_text("package: [\n"),
        "specs/package.yaml",
        ":2: invalid YAML",
    ),
    (
        "an empty page",
        lambda p: (p / "specs/sources/bland/get-voices.mdx").write_text(" \n\n"),
        "specs/sources/bland/get-voices.mdx",
        ": the page is empty",
    ),
    (
        "an empty page of a stated format",
        lambda p: (
            (p / "specs/sources/truedy/truedy-clone-voice.md").write_text(""),
            _append(p / "specs/vendors/truedy.yaml", "    format: openapi\n"),
        ),
        "specs/sources/truedy/truedy-clone-voice.md",
        ": the page is empty",
    ),
    (
        "a page of invalid JSON",
        lambda p: (p / "specs/sources/burki/openapi.json").write_text(
            (p / "specs/sources/burki/openapi.json").read_text().replace('"3.1.0",', '"3.1.0"', 1)
        ),
        "specs/sources/burki/openapi.json",
        ":3: invalid JSON: Expecting ',' delimiter",
    ),
    (
        "a page of JSON cut short",
        lambda p: (p / "specs/sources/burki/openapi.json").write_text('{\n  "openapi": \n'),
        "specs/sources/burki/openapi.json",
        ":3: invalid JSON: Expecting value",
    ),
    (
        "a fenced OpenAPI document of invalid YAML",
        lambda p: (p / "specs/sources/truedy/truedy-clone-voice.md").write_text(
            "# Clone\n\n```yaml\nopenapi: 3.1.0\ninfo: [unclosed\n```\n"
        ),
        "specs/sources/truedy/truedy-clone-voice.md",
        ":6: invalid YAML",
    ),
    (
        "a page with a $ref to nowhere",
        lambda p: _edit_json(p / "specs/sources/burki/openapi.json", _ref_to_nowhere),
        "specs/sources/burki/openapi.json",
        " #/components/schemas/HTTPValidationError/properties/detail/items: "
        "$ref '#/components/schemas/Nope' points to nothing",
    ),
    (
        "a page with a cycle of required properties",
        lambda p: _edit_json(p / "specs/sources/burki/openapi.json", _self_required),
        "specs/sources/burki/openapi.json",
        " #/components/schemas/HTTPValidationError/properties/again: schema "
        "'HTTPValidationError' can never be built: its required properties form a cycle "
        "(HTTPValidationError.again -> HTTPValidationError)",
    ),
    (
        "overlay: invalid YAML",
        lambda p: (p / "specs/overlays/bland.yaml").write_text("overlay: [\n"),
        "specs/overlays/bland.yaml",
        ":2: invalid YAML",
    ),
    (
        "overlay: not a mapping",
        lambda p: (p / "specs/overlays/bland.yaml").write_text("- a\n"),
        "specs/overlays/bland.yaml",
        " #: an overlay must be a mapping",
    ),
    (
        "overlay: a wrong version",
        lambda p: (p / "specs/overlays/bland.yaml").write_text(
            (p / "specs/overlays/bland.yaml").read_text().replace("overlay: 1.0.0", "overlay: 2.0")
        ),
        "specs/overlays/bland.yaml",
        " #/overlay: unsupported overlay version '2.0'",
    ),
    (
        "overlay: no actions",
        lambda p: (p / "specs/overlays/bland.yaml").write_text(
            (p / "specs/overlays/bland.yaml").read_text().replace("\nactions:", "\nacts:")
        ),
        "specs/overlays/bland.yaml",
        " #/actions: actions must be a non-empty list",
    ),
    (
        "overlay: an invalid JSONPath",
        lambda p: _append(
            p / "specs/overlays/truedy.yaml", "  - target: $.[bad\n    remove: true\n"
        ),
        "specs/overlays/truedy.yaml",
        " #/actions/9/target: invalid JSONPath '$.[bad': expected a shorthand selector",
    ),
    (
        "overlay: a target that matches nothing",
        lambda p: _append(
            p / "specs/overlays/truedy.yaml", "  - target: $.paths['/nowhere']\n    remove: true\n"
        ),
        "specs/overlays/truedy.yaml",
        " #/actions/9/target: target \"$.paths['/nowhere']\" matches nothing in the document",
    ),
    (
        "overlay: a $ref to nowhere",
        lambda p: (p / "specs/overlays/burki.yaml").write_text(
            (p / "specs/overlays/burki.yaml")
            .read_text()
            .replace("schemas/ListClonedVoicesResponse'", "schemas/Nope'")
        ),
        "specs/overlays/burki.yaml",
        f" #/actions/{_action_of('burki', 'schemas/ListClonedVoicesResponse')}/update/schema: "
        "$ref '#/components/schemas/Nope' points to nothing",
    ),
    (
        "overlay: an update that makes the document invalid OpenAPI",
        lambda p: _append(
            p / "specs/overlays/truedy.yaml",
            "  - target: $.info\n    update:\n      version: [1]\n",
        ),
        "specs/overlays/truedy.yaml",
        " #/actions/9: this action leaves the document broken at #/info/version: "
        'invalid OpenAPI: [1] is not of type "string"',
    ),
    (
        "overlay: a cloner declaration naming a field the spec lacks",
        lambda p: _append(
            p / "specs/overlays/truedy.yaml",
            "  - target: $['x-clientgen-cloner'].voice.fields\n    update:\n"
            "      language: locale\n",
        ),
        "specs/overlays/truedy.yaml",
        " #/actions/9: this action leaves the document broken at "
        "#/x-clientgen-cloner/voice/fields/language: schema 'VoiceResponse' has no property "
        "'locale' (it has: id, name, provider, type, language, status, created_at, updated_at)",
    ),
]


@pytest.mark.parametrize(
    ("break_it", "file", "expected"),
    [pytest.param(b, f, e, id=name) for name, b, f, e in _BROKEN_PROJECT],
)
def test_generate_on_a_broken_input(
    break_it: Callable[[Path], None],
    file: str,
    expected: str,
    project: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    before = snapshot(project)
    break_it(project)
    assert main(["--root", str(project), "generate"]) == 1
    line = _error_line(capsys)
    assert line == f"clientgen: error: {project / file}{expected}" or line.startswith(
        f"clientgen: error: {project / file}{expected}"
    ), line
    assert snapshot(project) == before
    assert stray(project) == []


def test_check_on_a_broken_input_names_it_too(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / "specs/sources/bland/get-voices.mdx").write_text("")
    assert main(["--root", str(project), "check"]) == 1
    assert _error_line(capsys) == (
        f"clientgen: error: {project / 'specs/sources/bland/get-voices.mdx'}: the page is empty"
    )


def test_normalize_on_an_empty_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "page.md"
    page.write_text("\n")
    assert main(["--root", str(tmp_path), "normalize", str(page), "--vendor", "v"]) == 1
    assert _error_line(capsys) == f"clientgen: error: {page}: the page is empty"


# --------------------------------------------------------------------------- client


def _spec(schemas: dict[str, Any]) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/nodes": {
                "get": {
                    "operationId": "listNodes",
                    "summary": "List nodes",
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Node"}
                                }
                            },
                        }
                    },
                }
            }
        },
        "components": {"schemas": schemas},
    }


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _client(spec: Path, out: Path) -> int:
    return main(["client", str(spec), "--out", str(out), "--package", "rec"])


_BROKEN_SPECS: list[tuple[str, str, str, str]] = [
    ("invalid YAML", "api.yaml", "openapi: 3.1.0\ninfo: [unclosed\n", ":3: invalid YAML"),
    (
        "invalid JSON",
        "api.json",
        '{"openapi": "3.1.0",\n "info": {]}\n',
        ":2: invalid JSON: Expecting property name enclosed in double quotes (column 11)",
    ),
    ("an empty file", "api.yaml", "", ": the file is empty"),
    ("not a mapping", "api.yaml", "- openapi\n", " #: an OpenAPI document must be a mapping"),
    (
        "no openapi version",
        "api.yaml",
        "info: {title: t, version: '1'}\npaths: {}\n",
        " #/openapi: not an OpenAPI 3.0 or 3.1 document (openapi: None)",
    ),
    (
        # Swagger 2.0 is converted (tests/spec/test_swagger.py); nothing converts 1.2.
        "Swagger 1.2",
        "api.yaml",
        "swagger: '1.2'\ninfo: {title: t, version: '1'}\npaths: {}\n",
        " #/swagger: Swagger '1.2' is not a version anything converts: only Swagger 2.0 is",
    ),
    (
        "OpenAPI 4",
        "api.yaml",
        "openapi: 4.0.0\ninfo: {title: t, version: '1'}\npaths: {}\n",
        " #/openapi: not an OpenAPI 3.0 or 3.1 document (openapi: '4.0.0')",
    ),
    (
        "invalid OpenAPI",
        "api.yaml",
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {/a: {get: {responses: nope}}}\n",
        ' #/paths/~1a/get/responses: invalid OpenAPI: "nope" is not of type "object"',
    ),
    (
        "a schema that breaks the JSON Schema dialect",
        "api.yaml",
        yaml.safe_dump(_spec({"Node": {"type": "object", "properties": {"a": {"type": "nope"}}}})),
        ' #/components/schemas/Node/properties/a/type: invalid OpenAPI: "nope" is not valid '
        "under any of the schemas listed in the 'anyOf' keyword",
    ),
    (
        "a schema that breaks the OpenAPI vocabulary",
        "api.yaml",
        yaml.safe_dump(_spec({"Node": {"type": "object", "discriminator": "kind"}})),
        ' #/components/schemas/Node/discriminator: invalid OpenAPI: "kind" is not of type "object"',
    ),
    (
        "a $ref to nowhere",
        "api.yaml",
        yaml.safe_dump(_spec({"Node": {"type": "object", "properties": {"a": _ref("Nope")}}})),
        " #/components/schemas/Node/properties/a: $ref '#/components/schemas/Nope' "
        "points to nothing",
    ),
    (
        "an external $ref",
        "api.yaml",
        yaml.safe_dump(_spec({"Node": {"$ref": "other.yaml#/Node"}})),
        " #/components/schemas/Node: external reference 'other.yaml#/Node' is not supported",
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [pytest.param(n, t, e, id=case) for case, n, t, e in _BROKEN_SPECS],
)
def test_client_on_a_broken_spec(
    name: str, text: str, expected: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = tmp_path / name
    spec.write_text(text)
    assert _client(spec, tmp_path / "out") == 1
    assert _error_line(capsys).startswith(f"clientgen: error: {spec}{expected}")
    assert not (tmp_path / "out").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]


_NODE = {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}}


def _node(**properties: Any) -> dict[str, Any]:
    return {**_NODE, "properties": {**_NODE["properties"], **properties}}


_CYCLES: list[tuple[str, dict[str, Any], str, str]] = [
    (
        "a required self reference",
        {"Node": {**_node(parent=_ref("Node")), "required": ["name", "parent"]}},
        "/components/schemas/Node/properties/parent",
        "(Node.parent -> Node)",
    ),
    (
        "two schemas that require each other",
        {
            "Node": {**_node(meta=_ref("Meta")), "required": ["meta"]},
            "Meta": {
                "type": "object",
                "required": ["owner"],
                "properties": {"owner": _ref("Node")},
            },
        },
        "/components/schemas/Node/properties/meta",
        "(Node.meta -> Meta.owner -> Node)",
    ),
    (
        "a cycle through allOf",
        {
            "Node": {"allOf": [_ref("Base")]},
            "Base": {"type": "object", "required": ["node"], "properties": {"node": _ref("Node")}},
        },
        "/components/schemas/Node/allOf/0",
        "(Node.allOf -> Base.node -> Node)",
    ),
    (
        "a cycle through a union with no way out",
        {
            "Node": {
                **_node(next={"oneOf": [_ref("Node"), _ref("Node")]}),
                "required": ["next"],
            }
        },
        "/components/schemas/Node/properties/next",
        "(Node.next -> Node)",
    ),
]


@pytest.mark.parametrize(
    ("schemas", "pointer", "chain"),
    [pytest.param(s, p, c, id=case) for case, s, p, c in _CYCLES],
)
def test_client_on_a_cycle_of_required_properties(
    schemas: dict[str, Any],
    pointer: str,
    chain: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    spec = tmp_path / "api.yaml"
    spec.write_text(yaml.safe_dump(_spec(schemas), sort_keys=False))
    assert _client(spec, tmp_path / "out") == 1
    line = _error_line(capsys)
    assert line.startswith(f"clientgen: error: {spec} #{pointer}: schema ")
    assert f"can never be built: its required properties form a cycle {chain}" in line
    assert not (tmp_path / "out").exists()


def test_valid_recursive_schemas_generate_valid_recursive_models(tmp_path: Path) -> None:
    schemas = {
        "Node": _node(
            parent=_ref("Node"),
            children={"type": "array", "items": _ref("Node")},
            meta=_ref("Meta"),
            link={"anyOf": [_ref("Node"), {"type": "null"}]},
        ),
        # Required, but nullable or through an array: a finite value is always at hand.
        "Meta": {
            "type": "object",
            "required": ["owner", "peers"],
            "properties": {
                "owner": {"anyOf": [_ref("Node"), {"type": "null"}]},
                "peers": {"type": "array", "items": _ref("Meta")},
            },
        },
    }
    spec = tmp_path / "api.yaml"
    spec.write_text(yaml.safe_dump(_spec(schemas), sort_keys=False))
    out = tmp_path / "out"
    assert _client(spec, out) == 0
    env = {**os.environ, "PYTHONPATH": str(out / "src")}
    script = (
        "from rec.api.types import Node\n"
        "n = Node.model_validate({'name': 'a', 'parent': {'name': 'p', 'children': ["
        "{'name': 'c', 'meta': {'owner': {'name': 'o'}, 'peers': [{'owner': None, 'peers': []}]}}"
        "]}, 'link': {'name': 'l'}})\n"
        "assert n.parent is not None and n.parent.children is not None\n"
        "meta = n.parent.children[0].meta\n"
        "assert meta is not None and meta.owner is not None and meta.owner.name == 'o'\n"
        "assert meta.peers[0].owner is None and n.link is not None and n.link.name == 'l'\n"
        "print('ok')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=False
    )
    assert done.stdout.strip() == "ok", done.stderr
    typed = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "src/rec"],
        cwd=out,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert typed.returncode == 0, typed.stdout


def test_a_ref_chain_a_thousand_deep_generates_and_imports(tmp_path: Path) -> None:
    depth = 1000
    schemas = {"Node": _node(first=_ref("Link0"))} | {
        f"Link{i}": _node(**({"next": _ref(f"Link{i + 1}")} if i + 1 < depth else {}))
        for i in range(depth)
    }
    spec = tmp_path / "api.yaml"
    spec.write_text(yaml.safe_dump(_spec(schemas), sort_keys=False))
    out = tmp_path / "out"
    assert _client(spec, out) == 0
    # Each model comes after the model of its field, so every class is complete when created
    # (pydantic would otherwise rebuild the chain recursively, past Python's recursion limit).
    script = (
        "from rec.api.types import Link0\n"
        "n = Link0.model_validate({'name': 'a', 'next': {'name': 'b', 'next': {'name': 'c'}}})\n"
        "assert n.next is not None and n.next.next is not None\n"
        "print(n.next.next.name)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        env={**os.environ, "PYTHONPATH": str(out / "src")},
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.stdout.strip() == "c", done.stderr[-2000:]


def test_a_document_nested_past_the_recursion_limit_is_one_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = tmp_path / "api.yaml"
    spec.write_text(yaml.safe_dump(_spec({"Node": _node()})))

    def too_deep(*args: object, **kwargs: object) -> None:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr("clientgen.pipeline.validate_document", too_deep)
    assert _client(spec, tmp_path / "out") == 1
    line = _error_line(capsys)
    assert "the documents nest too deeply" in line and "nothing was changed" in line
    assert not (tmp_path / "out").exists()
