"""A downstream project depends on the installed wheel, type-checks with ``mypy --strict`` against
it, and calls every public operation method of every vendor's sync and async client against a
local server answering each operation with its documented success example.

The downstream module is written from generated/voiceclone/README.md: one example call per
operation, made from the API model, so it grows with the API. Each result is annotated with the
type the spec documents (the response schema's name, ``BinaryResponse`` for audio, ``object``
for an undocumented body), so mypy checks the installed package's signatures against the spec.
"""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
import threading
import tomllib
import wave
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
import yaml
from packaging.requirements import Requirement

from clientgen.core.schema_shapes import is_open_object
from downstream._support import DIST_DIR, REPO, describe, isolated_env, run, vendor_names

API_KEY = "downstream-test-key"
BINARY = b"RIFF\x00\x00\x00\x00WAVEfmt "
JSON = "application/json"
# Known departures of the generated code from the plain spec reading, applied to the calls:
# - Truedy's client unwraps the documented `{"data": ..., "meta": ...}` envelope.
RESULT_MODELS = {("truedy", "Clone Voice"): "VoiceResponse"}
LOCAL = {"NO_PROXY": "127.0.0.1,localhost", "no_proxy": "127.0.0.1,localhost"}


# ----------------------------------------------------------------------------------------------
# The API model: the normalized specs and the README's example calls
# ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Operation:
    vendor: str
    method: str
    path: str
    summary: str
    status: int
    content: dict[str, Any]  # media type -> media type object, of the success response
    spec: dict[str, Any]


@dataclass(frozen=True)
class Call:
    """One call the downstream module makes: ``client.<chain>(<args>)``."""

    vendor: str
    client: str  # Bland, Burki, ...
    chain: str  # voices.samples.list
    args: str  # the call's arguments, as source
    annotation: str  # the type the spec documents for the result
    expected: str  # what the result's runtime type must be: dotted path, or "" for any JSON
    operation: Operation

    def key(self, mode: str) -> str:
        suffix = "[json]" if "format=" in self.args else ""
        return f"{self.vendor}.{mode}.{self.chain}{suffix}"


def _spec(vendor: str) -> dict[str, Any]:
    text = (REPO / "specs" / "normalized" / f"{vendor}.yaml").read_text(encoding="utf-8")
    spec: dict[str, Any] = yaml.safe_load(text)
    return spec


def _operations(vendor: str) -> list[Operation]:
    spec = _spec(vendor)
    found = []
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if not isinstance(op, dict) or "responses" not in op:
                continue
            status, response = next(
                (int(code), r) for code, r in op["responses"].items() if str(code).startswith("2")
            )
            found.append(
                Operation(
                    vendor, method.upper(), path, op["summary"], status,
                    response.get("content") or {}, spec,
                )
            )  # fmt: skip
    return found


def _readme_calls() -> list[Call]:
    """Every ``result = client.<...>(...)`` of the README's python blocks, with its type."""
    readme = (DIST_DIR / "README.md").read_text(encoding="utf-8")
    calls = []
    for block in re.findall(r"```python\n(.*?)```", readme, re.S):
        tree = ast.parse(block)
        imported = [
            alias.name
            for node in tree.body
            if isinstance(node, ast.ImportFrom) and node.module == "voiceclone"
            for alias in node.names
        ]
        if not imported:
            continue  # the errors example
        (client,) = imported
        vendor = client.lower()
        operations = {op.summary: op for op in _operations(vendor)}
        lines = block.splitlines()
        for node in tree.body:
            if not (
                isinstance(node, ast.Assign)
                and isinstance(node.value, ast.Call)
                and [ast.unparse(t) for t in node.targets] == ["result"]
            ):
                continue
            title = lines[node.lineno - 2].lstrip("# ").strip()
            func = ast.unparse(node.value.func)
            assert func.startswith("client."), func
            args = ", ".join(
                [ast.unparse(a) for a in node.value.args]
                + [f"{k.arg}={ast.unparse(k.value)}" for k in node.value.keywords]
            )
            op = operations.pop(title)  # KeyError: a README call no operation documents
            chain = func.removeprefix("client.")
            binary = [t for t in op.content if t != JSON]
            schema = op.content.get(JSON, {}).get("schema", {})
            model = schema["$ref"].rsplit("/", 1)[1] if "$ref" in schema else None
            component = op.spec["components"]["schemas"].get(model) if model else None
            if component is not None and is_open_object(component):
                model = None  # an open object with no field: the client returns the map
            model = RESULT_MODELS.get((vendor, title), model)
            if binary:
                calls.append(
                    Call(vendor, client, chain, args, "BinaryResponse",
                         "voiceclone._response.BinaryResponse", op)
                )  # fmt: skip
                if model is None:
                    continue
                args += ', format="json"'  # the JSON representation of the same operation
            annotation = f"{vendor}_types.{model}" if model else "object"
            expected = f"voiceclone.{vendor}.types.{model}" if model else ""
            calls.append(Call(vendor, client, chain, args, annotation, expected, op))
        assert not operations, f"{vendor}: operations without a README call: {list(operations)}"
    return calls


def _downstream_module(calls: list[Call]) -> str:
    """The source of the downstream project's module: every call, sync and async."""
    vendors = sorted({c.vendor for c in calls})
    clients = sorted({c.client for c in calls})
    out = [
        '"""A downstream project\'s use of voiceclone-sdk: every operation, sync and async."""',
        "",
        "import asyncio",
        "import json",
        "import sys",
        "from pathlib import Path",
        "",
        "import voiceclone",
        "from voiceclone import BinaryResponse, "
        + ", ".join(n for c in clients for n in (c, f"Async{c}")),
        *(f"from voiceclone import {v} as {v}_module" for v in vendors),
        *(f"from voiceclone.{v} import types as {v}_types" for v in vendors),
        "",
        f"API_KEY = {API_KEY!r}",
        "",
        "",
        "def kind(value: object) -> str:",
        "    return f'{type(value).__module__}.{type(value).__qualname__}'",
        "",
        "",
        "def check(value: BinaryResponse) -> BinaryResponse:",
        "    assert isinstance(value.content, bytes)",
        "    return value",
    ]
    for client in clients:
        vendor = client.lower()
        mine = [c for c in calls if c.client == client]
        for mode, cls, aw in (("sync", client, ""), ("async", f"Async{client}", "await ")):
            out += ["", ""]
            prefix = "async def" if aw else "def"
            out.append(f"{prefix} {mode}_{vendor}(base_url: str, seen: dict[str, str]) -> None:")
            opener = "async with" if aw else "with"
            out.append(
                f"    {opener} {cls}(api_key=API_KEY, base_url=base_url + '/{vendor}',"
                " timeout=10, max_retries=0) as client:"
            )
            for i, call in enumerate(mine):
                var = f"r{i}"
                out.append(f"        # {call.operation.summary}")
                out.append(
                    f"        {var}: {call.annotation} = {aw}client.{call.chain}({call.args})"
                )
                if call.annotation == "BinaryResponse":
                    out.append(f"        check({var})")
                out.append(f"        seen[{call.key(mode)!r}] = kind({var})")
    out += _connect_calls(clients)
    out += [
        "",
        "",
        "def main() -> None:",
        "    base_url = sys.argv[1]",
        "    seen: dict[str, str] = {}",
    ]
    for client in clients:
        out.append(f"    sync_{client.lower()}(base_url, seen)")
        out.append(f"    asyncio.run(async_{client.lower()}(base_url, seen))")
    out.append("    connect_every_vendor(base_url)")
    out.append("    asyncio.run(connect_every_vendor_async(base_url))")
    modules = ", ".join(f"{v}_module.__file__" for v in vendors)
    out += [
        f"    files = [voiceclone.__file__, {modules}]",
        "    print(json.dumps({'files': files, 'calls': seen}))",
        "",
        "",
        "if __name__ == '__main__':",
        "    main()",
        "",
    ]
    return "\n".join(out)


_OPTION_EXAMPLES = {"integer": "1", "number": "1.0", "boolean": "True", "string": "'x'"}


def connect_arguments(vendor: str) -> str:
    """``connect``'s arguments for ``vendor``: the key and every option its cloner declares."""
    declared = _spec(vendor).get("x-clientgen-cloner", {}).get("options") or {}
    options = [f"{name}={_OPTION_EXAMPLES[o['type']]}" for name, o in declared.items()]
    return ", ".join([repr(vendor), "api_key=API_KEY", "base_url=base_url", *options])


def _cloner_vendors(clients: list[str]) -> list[str]:
    return [c for c in clients if "x-clientgen-cloner" in _spec(c.lower())]


def _connect_calls(clients: list[str]) -> list[str]:
    """``connect`` for every vendor with a cloner, the result typed as that vendor's cloner
    and its ``client`` as that vendor's client, which mypy and pyright then check."""
    out: list[str] = []
    for mode, aw in (("", ""), ("_async", "await ")):
        out += ["", ""]
        head = "async def" if aw else "def"
        out.append(f"{head} connect_every_vendor{mode}(base_url: str) -> None:")
        for client in _cloner_vendors(clients) or []:
            vendor, prefix = client.lower(), "Async" if aw else ""
            cloner = f"{vendor}_module.{prefix}{client}VoiceCloner"
            out.append(
                f"    {vendor}: {cloner} = voiceclone.connect{mode}({connect_arguments(vendor)})"
            )
            out.append(f"    {vendor}_client: {prefix}{client} = {vendor}.client")
            out.append(f"    assert {vendor}.vendor == {vendor!r} and {vendor}_client.base_url")
            out.append(f"    {aw}{vendor}.close()")
        out.append("    return None")
    for client in _cloner_vendors(clients):
        # Type-checked, never run: what ``raw`` holds is the vendor's own model.
        vendor = client.lower()
        model = _spec(vendor)["x-clientgen-cloner"]["voice"]["schema"]
        out += [
            "",
            "",
            f"def raw_of_{vendor}(cloner: {vendor}_module.{client}VoiceCloner)"
            f" -> {vendor}_types.{model}:",
            "    files: list[Path] = [Path('sample.wav')]  # a FileList: not only literals",
            "    return cloner.clone('v', files).raw",
        ]
    return out


# What the venv's python finds in the installed package: every operation method of every
# resource reachable from every client.
INTROSPECT = """
import asyncio, inspect, json, sys
from importlib import metadata
import voiceclone
from voiceclone._base_client import AsyncAPIResource, SyncAPIResource

def walk(obj, chain, vendor, found):
    for name in dir(obj):
        if name.startswith("_"):
            continue
        value = getattr(obj, name)
        if isinstance(value, (SyncAPIResource, AsyncAPIResource)):
            walk(value, chain + [name], vendor, found)
        elif chain and inspect.ismethod(value):
            mode = "async" if inspect.iscoroutinefunction(value) else "sync"
            found.append(".".join([vendor, mode, *chain, name]))

found = []
for name in voiceclone.__all__:
    cls = getattr(voiceclone, name)
    parts = getattr(cls, "__module__", "").split(".")
    if not (isinstance(cls, type) and len(parts) == 3 and parts[2] == "_client"):
        continue
    client = cls(api_key="x", base_url="http://127.0.0.1:9")
    walk(client, [], parts[1], found)
    closed = client.close()
    if inspect.isawaitable(closed):
        asyncio.run(closed)
print(json.dumps({
    "file": voiceclone.__file__,
    "version": metadata.version("voiceclone-sdk"),
    "methods": sorted(found),
}))
"""


# ----------------------------------------------------------------------------------------------
# A local server answering every documented operation with its success example
# ----------------------------------------------------------------------------------------------


def _minimal(schema: dict[str, Any], spec: dict[str, Any]) -> object:
    """A small instance of ``schema``: required properties only."""
    if "$ref" in schema:
        return _minimal(spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]], spec)
    for key in ("allOf", "anyOf", "oneOf"):
        if key in schema:
            options = [s for s in schema[key] if s.get("type") != "null"]
            return _minimal(options[0], spec)
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next(k for k in kind if k != "null")
    if kind == "object" or "properties" in schema:
        props = schema.get("properties", {})
        return {name: _minimal(props.get(name, {}), spec) for name in schema.get("required", [])}
    if kind == "string":
        return "2026-01-01T00:00:00Z" if schema.get("format") == "date-time" else "x"
    return {"array": [], "integer": 1, "number": 1.5, "boolean": True}.get(kind or "", {})


def _answer(op: Operation, query: dict[str, list[str]]) -> tuple[str, bytes]:
    wants_json = query.get("format") == ["json"] or list(op.content) == [JSON]
    if not op.content:
        return JSON, b"{}"
    if not wants_json:
        media = next(t for t in op.content if t != JSON)
        return media, BINARY
    media_type = op.content[JSON]
    examples = media_type.get("examples") or {}
    if examples:
        body = next(iter(examples.values()))["value"]
    elif "example" in media_type:
        body = media_type["example"]
    else:
        body = _minimal(media_type.get("schema", {}), op.spec)
    return JSON, json.dumps(body).encode()


def _auth(vendor: str) -> tuple[str, str]:
    """The header and value the vendor's security scheme expects for API_KEY."""
    (scheme,) = _spec(vendor)["components"]["securitySchemes"].values()
    if scheme["type"] == "apiKey":
        return scheme["name"], API_KEY
    return "Authorization", f"Bearer {API_KEY}"


@dataclass
class Served:
    hits: list[str] = field(default_factory=list)  # "vendor METHOD path-template"
    problems: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


@pytest.fixture
def spec_server() -> Iterator[tuple[str, Served]]:
    routes = []
    for vendor in vendor_names():
        for op in _operations(vendor):
            pattern = re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(op.path))
            routes.append((op.path.count("{"), vendor, re.compile(f"/{vendor}{pattern}"), op))
    routes.sort(key=lambda r: r[0])  # literal segments before parameters
    auth = {vendor: _auth(vendor) for vendor in vendor_names()}
    served = Served()

    class Handler(BaseHTTPRequestHandler):
        timeout = 10

        def log_message(self, format: str, *args: Any) -> None:
            pass

        def _serve(self) -> None:
            url = urlsplit(self.path)
            length = int(self.headers.get("Content-Length") or 0)
            if length:
                self.rfile.read(length)
            match = next(
                (
                    (v, op)
                    for _, v, rx, op in routes
                    if op.method == self.command and rx.fullmatch(url.path)
                ),
                None,
            )
            problem = None
            if match is None:
                problem = "no such operation"
            else:
                vendor, op = match
                header, value = auth[vendor]
                if self.headers.get(header) != value:
                    problem = f"{header} header {self.headers.get(header)!r}"
            with served.lock:
                if problem is None:
                    served.hits.append(f"{vendor} {op.method} {op.path}")
                else:
                    served.problems.append(f"{self.command} {self.path}: {problem}")
            if problem is not None:
                status, media, payload = 400, JSON, json.dumps({"error": problem}).encode()
            else:
                status = op.status
                media, payload = _answer(op, parse_qs(url.query))
            self.send_response(status)
            self.send_header("Content-Type", media)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _serve

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(
        target=httpd.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True
    )
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", served
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


# ----------------------------------------------------------------------------------------------
# The downstream project
# ----------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def calls() -> list[Call]:
    return _readme_calls()


@pytest.fixture(scope="module")
def installed(venv_python: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """What the venv's python finds in the installed package."""
    where = tmp_path_factory.mktemp("introspect")
    proc = run([venv_python, "-I", "-c", INTROSPECT], timeout=60, cwd=where, env=isolated_env())
    found: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return found


@pytest.fixture(scope="module")
def project(calls: list[Call], wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A downstream project folder: pyproject.toml, its module, and the audio it uploads."""
    root = tmp_path_factory.mktemp("downstream")
    version = wheel.name.split("-")[1]
    (root / "pyproject.toml").write_text(
        "[project]\n"
        'name = "downstream-app"\n'
        'version = "0.1.0"\n'
        'requires-python = ">=3.11"\n'
        f'dependencies = ["voiceclone-sdk>={version}"]\n'
        "\n[tool.mypy]\n"
        "strict = true\n"
        "\n[tool.pyright]\n"
        'typeCheckingMode = "strict"\n',
        encoding="utf-8",
    )
    (root / "downstream_app.py").write_text(_downstream_module(calls), encoding="utf-8")
    (root / "mistakes.py").write_text(_mistakes_module(calls), encoding="utf-8")
    with wave.open(str(root / "sample.wav"), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(8000)
        out.writeframes(b"\x00\x00" * 800)
    return root


def _inside(path: str | Path, venv_python: Path) -> bool:
    resolved = Path(path).resolve()
    venv = venv_python.parent.parent.resolve()
    return resolved.is_relative_to(venv) and not resolved.is_relative_to(REPO)


def test_downstream_code_calls_every_public_method(
    calls: list[Call], installed: dict[str, Any], venv_python: Path, project: Path
) -> None:
    assert _inside(installed["file"], venv_python), installed["file"]
    called = {c.key(mode).removesuffix("[json]") for c in calls for mode in ("sync", "async")}
    methods = set(installed["methods"])
    assert len(methods) == 2 * sum(len(_operations(v)) for v in vendor_names())
    assert sorted(methods - called) == [], "public methods the downstream code never calls"
    assert sorted(called - methods) == [], "calls to methods the installed package lacks"
    source = (project / "downstream_app.py").read_text(encoding="utf-8")
    for method in methods:
        chain = method.split(".", 2)[2]
        assert f"client.{chain}(" in source, method

    # The project's declared dependency is what the venv holds.
    pyproject = tomllib.loads((project / "pyproject.toml").read_text(encoding="utf-8"))
    (dependency,) = (Requirement(d) for d in pyproject["project"]["dependencies"])
    assert dependency.name == "voiceclone-sdk"
    assert dependency.specifier.contains(installed["version"])


def _mypy(venv_python: Path, project: Path, cache: Path) -> subprocess.CompletedProcess[str]:
    env = isolated_env()
    env.pop("MYPYPATH", None)
    return run(
        [
            sys.executable, "-m", "mypy", "--strict", "--config-file", project / "pyproject.toml",
            "--python-executable", venv_python, "--cache-dir", cache,
            "--verbose", "downstream_app.py",
        ],
        timeout=300,
        cwd=project,
        env=env,
        check=False,
    )  # fmt: skip


def test_mypy_strict_passes_against_the_installed_wheel(
    venv_python: Path, project: Path, tmp_path: Path
) -> None:
    proc = _mypy(venv_python, project, tmp_path / "mypy-cache")
    # The verbose log (stderr) is long: the failure shows mypy's report only.
    assert proc.returncode == 0, f"mypy --strict failed:\n{proc.stdout}"
    assert "Success: no issues found in 1 source file" in proc.stdout, proc.stdout
    # mypy read `voiceclone` from the venv's site-packages, not from the source tree.
    parsed = re.findall(r"Parsing (\S+) \((voiceclone(?:\.\w+)*)\)", proc.stderr)
    assert parsed, f"mypy never parsed voiceclone\n{proc.stderr[-3000:]}"
    outside = [path for path, _ in parsed if not _inside(path, venv_python)]
    assert outside == [], f"mypy read voiceclone from outside the venv: {outside}"
    assert {m for _, m in parsed} >= {f"voiceclone.{v}.types" for v in vendor_names()}


def test_downstream_module_runs_against_a_local_server(
    calls: list[Call],
    venv_python: Path,
    project: Path,
    spec_server: tuple[str, Served],
) -> None:
    base_url, served = spec_server
    proc = run(
        [venv_python, "-I", "downstream_app.py", base_url],
        timeout=120,
        cwd=project,
        env=isolated_env(**LOCAL),
        check=False,
    )
    assert served.problems == [], f"{served.problems}\n{describe(proc, project)}"
    assert proc.returncode == 0, describe(proc, project)
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    for path in result["files"]:
        assert _inside(path, venv_python), f"imported from {path}, not the venv"

    expected = {c.key(mode): c.expected for c in calls for mode in ("sync", "async")}
    assert sorted(result["calls"]) == sorted(expected)
    wrong = {
        key: got
        for key, got in result["calls"].items()
        if got != expected[key] and not (expected[key] == "" and got.startswith("builtins."))
    }
    assert wrong == {}, "results of the wrong type"

    # Every documented operation was served to both clients.
    for vendor in vendor_names():
        for op in _operations(vendor):
            hits = served.hits.count(f"{vendor} {op.method} {op.path}")
            assert hits >= 2, f"{vendor} {op.method} {op.path}: served {hits} times"


# ----------------------------------------------------------------------------------------------
# pyright, and the mistakes both type checkers must catch
# ----------------------------------------------------------------------------------------------

MISTAKE = "# MISTAKE: "


def _mistakes_module(calls: list[Call]) -> str:
    """Three mistakes a user makes, each on a line of its own marked ``# MISTAKE: <what>``."""
    out = ["import voiceclone", ""]
    listed = "['sample.wav']"  # as ast.unparse writes the README's ["sample.wav"]
    many_files = next(c for c in calls if listed in c.args)
    typed = next(c for c in calls if c.args and not c.args.startswith(("name=", "format=")))
    for what, call, args in (
        (
            "a bare str for files",
            many_files,
            many_files.args.replace(listed, "'sample.wav'", 1),
        ),
        ("a wrong argument type", typed, ", ".join(["object()", *typed.args.split(", ")[1:]])),
    ):
        out += [
            "",
            f"def {what.replace(' ', '_')}(client: voiceclone.{call.client}) -> None:",
            f"    client.{call.chain}({args})  {MISTAKE}{what}",
        ]
    with_options = [
        v for v in vendor_names() if _spec(v).get("x-clientgen-cloner", {}).get("options")
    ]
    for vendor in with_options[:1]:  # a vendor whose cloner needs options, if any has
        out += [
            "",
            "def a_missing_connect_option() -> None:",
            f"    voiceclone.connect({vendor!r}, api_key='k')  {MISTAKE}a missing option",
        ]
    return "\n".join(out) + "\n"


def _pyright(venv_python: Path, project: Path, target: str) -> subprocess.CompletedProcess[str]:
    return run(
        [sys.executable, "-m", "pyright", "--pythonpath", venv_python, target],
        timeout=300,
        cwd=project,
        env=isolated_env(),
        check=False,
    )


def test_pyright_strict_passes_against_the_installed_wheel(
    venv_python: Path, project: Path
) -> None:
    proc = _pyright(venv_python, project, "downstream_app.py")

    assert proc.returncode == 0, f"pyright (strict) failed:\n{proc.stdout}"
    assert "0 errors" in proc.stdout, proc.stdout


def test_both_type_checkers_report_each_mistake_and_nothing_else(
    venv_python: Path, project: Path, tmp_path: Path
) -> None:
    lines = (project / "mistakes.py").read_text(encoding="utf-8").splitlines()
    marked = {n: line.split(MISTAKE)[1] for n, line in enumerate(lines, 1) if MISTAKE in line}
    assert len(marked) >= 2, marked
    env = isolated_env()
    mypy = run(
        [
            sys.executable, "-m", "mypy", "--strict", "--python-executable", venv_python,
            "--cache-dir", tmp_path / "mypy-cache", "mistakes.py",
        ],
        timeout=300, cwd=project, env=env, check=False,
    )  # fmt: skip
    pyright = _pyright(venv_python, project, "mistakes.py")

    for tool, proc, pattern in (
        ("mypy", mypy, r"^mistakes\.py:(\d+): error"),
        ("pyright", pyright, r"mistakes\.py:(\d+):\d+ - error"),
    ):
        flagged = {int(n) for n in re.findall(pattern, proc.stdout, re.M)}
        missed = {what for n, what in marked.items() if n not in flagged}
        assert missed == set(), f"{tool} did not report {missed}:\n{proc.stdout}"
        assert flagged <= set(marked), f"{tool} reported more than the mistakes:\n{proc.stdout}"
