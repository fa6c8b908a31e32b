"""What a user of any vendor's client gets, checked on every vendor of ``specs/vendors/``
through the generated package's public API, with the README's own example calls.

- a file argument that is not what the docs ask is refused before any request: a bare path
  where a list of files is taken, and (where the docs say audio) a file that is not audio;
- ``timeout=None`` waits forever, ``extra_body`` joins the body, ``<VENDOR>_BASE_URL`` sets
  the host, an optional argument passed as ``None`` is sent as null and one left out is not;
- every method's docstring has its Args, Returns and Raises, and no site-relative link.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import voiceclone
import yaml
from voiceclone._base_client import SyncAPIClient, SyncAPIResource

from .conftest import API_KEY, WAV_BYTES, Recorder, Reply

ROOT = Path(__file__).resolve().parents[2]
VENDOR_NAMES = sorted(p.stem for p in (ROOT / "specs" / "vendors").glob("*.yaml"))
README = ROOT / "generated" / "voiceclone" / "README.md"
HTTP_METHODS = ("get", "put", "post", "delete", "patch")


def spec(vendor: str) -> Any:
    return yaml.safe_load((ROOT / "specs" / "normalized" / f"{vendor}.yaml").read_text())


def client_class(vendor: str) -> type[SyncAPIClient]:
    module = importlib.import_module(f"voiceclone.{vendor}")
    (name,) = [n for n in module.__all__ if n[0].isupper() and not n.startswith("Async")
               and not n.endswith("VoiceCloner")]  # fmt: skip
    cls: type[SyncAPIClient] = getattr(module, name)
    return cls


def client(vendor: str, recorder: Recorder, **options: Any) -> Any:
    transport = httpx.MockTransport(recorder)
    return client_class(vendor)(
        api_key=API_KEY, max_retries=0, http_client=httpx.Client(transport=transport), **options
    )


@dataclass(frozen=True)
class Example:
    """One example call of the README: ``client.<chain>(<args>)``, and its operation."""

    vendor: str
    chain: str
    args: str
    operation: dict[str, Any]

    @property
    def id(self) -> str:
        return f"{self.vendor}.{self.chain}"

    def call(self, target: Any, args: str | None = None) -> Any:
        return eval(f"client.{self.chain}({self.args if args is None else args})",
                    {"client": target})  # fmt: skip


def readme_examples() -> list[Example]:
    """Every ``result = client.<...>(...)`` of the README, matched to its operation by the
    summary written above it."""
    found = []
    text = README.read_text(encoding="utf-8")
    for block in re.findall(r"```python\n(.*?)```", text, re.S):
        match = re.search(r"from voiceclone import (\w+)\n", block)
        vendor = next((v for v in VENDOR_NAMES if match and client_class(v).__name__ ==
                       match.group(1)), None)  # fmt: skip
        if vendor is None:
            continue
        by_summary = {
            op["summary"]: op
            for item in spec(vendor)["paths"].values()
            for method, op in item.items()
            if method in HTTP_METHODS
        }
        lines = block.splitlines()
        for node in ast.parse(block).body:
            if isinstance(node, ast.Assign | ast.Expr) and isinstance(node.value, ast.Call):
                func = ast.unparse(node.value.func)
                if not func.startswith("client."):
                    continue
                summary = lines[node.lineno - 2].lstrip("# ").strip()
                args = ast.unparse(node.value)[len(func) + 1 : -1]
                found.append(Example(vendor, func[7:], args, by_summary[summary]))
    return found


EXAMPLES = readme_examples()


def body_schema(example: Example) -> tuple[str, dict[str, Any]] | None:
    """The request body's media type and (resolved) schema, if the operation takes one."""
    content = (example.operation.get("requestBody") or {}).get("content") or {}
    for media, entry in content.items():
        schema = entry.get("schema") or {}
        if "$ref" in schema:
            schema = spec(example.vendor)["components"]["schemas"][schema["$ref"].rsplit("/")[-1]]
        return media, schema
    return None


def file_fields(example: Example) -> list[tuple[str, bool, bool]]:
    """(wire name, several files, documented as audio) of each file field of the body."""
    found = body_schema(example)
    if found is None:
        return []
    media, schema = found
    encoding = ((example.operation["requestBody"]["content"][media]).get("encoding")) or {}
    fields = []
    components = spec(example.vendor)["components"]["schemas"]
    for name, prop in (schema.get("properties") or {}).items():
        items = prop.get("items") or {}
        if "$ref" in items:
            items = components[items["$ref"].rsplit("/")[-1]]
        base64 = prop.get("x-clientgen-base64-file") or items.get("x-clientgen-base64-file")
        binary = "binary" in (prop.get("format"), items.get("format"))
        if not (base64 or binary):
            continue
        declared = (encoding.get(name) or {}).get("contentType") or (base64 or {}).get("accept")
        fields.append((name, prop.get("type") == "array", str(declared).startswith("audio/")))
    return fields


@pytest.fixture
def in_a_folder_with_samples(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "sample.wav").write_bytes(WAV_BYTES)
    (tmp_path / "notes.txt").write_text("not audio at all\n")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def ok() -> Reply:
    return Reply.json({}, 200)


# ----------------------------------------------------------------------------------------------
# Files
# ----------------------------------------------------------------------------------------------

WITH_FILES = [e for e in EXAMPLES if file_fields(e)]


def test_every_vendor_with_uploads_is_covered() -> None:
    vendors_with_files = {
        vendor
        for vendor in VENDOR_NAMES
        for item in spec(vendor)["paths"].values()
        for op in item.values()
        if (isinstance(op, dict) and "multipart/form-data" in str(op.get("requestBody")))
        or "x-clientgen-base64-file" in json.dumps(op)
    }
    assert vendors_with_files <= {e.vendor for e in WITH_FILES}
    assert any(audio for e in WITH_FILES for _n, _m, audio in file_fields(e))


@pytest.mark.parametrize("example", WITH_FILES, ids=lambda e: e.id)
def test_a_file_that_is_not_audio_is_refused_before_any_request(
    example: Example, in_a_folder_with_samples: Path
) -> None:
    if not any(audio for _n, _m, audio in file_fields(example)):
        pytest.skip("the docs do not say these files are audio")
    recorder = Recorder(ok())

    with pytest.raises(voiceclone.InvalidFileError, match=re.escape("notes.txt")):
        example.call(
            client(example.vendor, recorder), example.args.replace("sample.wav", "notes.txt")
        )

    assert recorder.requests == []


@pytest.mark.parametrize(
    "example", [e for e in WITH_FILES if any(m for _n, m, _a in file_fields(e))], ids=lambda e: e.id
)
def test_one_path_where_a_list_of_files_is_taken_is_refused_before_any_request(
    example: Example, in_a_folder_with_samples: Path
) -> None:
    recorder = Recorder(ok())
    args = example.args.replace("['sample.wav']", "'sample.wav'")
    assert args != example.args

    with pytest.raises(voiceclone.InvalidFileError, match="takes a list of files"):
        example.call(client(example.vendor, recorder), args)

    assert recorder.requests == []


# ----------------------------------------------------------------------------------------------
# Per-call options and the environment
# ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e.id)
def test_timeout_none_waits_forever_and_a_number_is_the_timeout(
    example: Example, in_a_folder_with_samples: Path
) -> None:
    recorder = Recorder(ok())
    target = client(example.vendor, recorder)
    comma = ", " if example.args else ""

    example.call(target, f"{example.args}{comma}timeout=None")
    example.call(target, f"{example.args}{comma}timeout=3.5")

    forever, short = (r.extensions["timeout"] for r in recorder.requests)
    assert set(forever.values()) == {None}
    assert set(short.values()) == {3.5}


JSON_BODIES = [e for e in EXAMPLES if (body_schema(e) or ("", {}))[0] == "application/json"]


@pytest.mark.parametrize("example", JSON_BODIES, ids=lambda e: e.id)
def test_extra_body_joins_a_json_body(example: Example, in_a_folder_with_samples: Path) -> None:
    recorder = Recorder(ok())

    example.call(client(example.vendor, recorder), f"{example.args}, extra_body={{'zz_new': 1}}")

    assert json.loads(recorder.only.content)["zz_new"] == 1


def nullable_optional(example: Example) -> str | None:
    """A body field the caller may leave out or set to null, by its wire name."""
    _media, schema = body_schema(example) or ("", {})
    required = set(schema.get("required") or [])
    for name, prop in (schema.get("properties") or {}).items():
        kinds = prop.get("type")
        arms = [arm.get("type") for arm in prop.get("anyOf") or prop.get("oneOf") or []]
        nullable = (
            (isinstance(kinds, list) and "null" in kinds)
            or "null" in arms
            or prop.get("nullable") is True
        )
        if name not in required and nullable and "x-clientgen-name" not in prop:
            return str(name)
    return None


NULLABLE = [(e, nullable_optional(e)) for e in JSON_BODIES if nullable_optional(e)]


def test_some_vendor_has_a_nullable_optional_field() -> None:
    assert NULLABLE


@pytest.mark.parametrize(("example", "wire"), NULLABLE, ids=lambda v: getattr(v, "id", v))
def test_none_is_sent_as_null_and_an_argument_left_out_is_not_sent(
    example: Example, wire: str, in_a_folder_with_samples: Path
) -> None:
    recorder = Recorder(ok())
    target = client(example.vendor, recorder)
    method = eval(f"client.{example.chain}", {"client": target})
    (argument,) = [p for p in inspect.signature(method).parameters if p in (wire, f"body_{wire}")]

    example.call(target)
    example.call(target, f"{example.args}, {argument}=None")

    left_out, null = (json.loads(r.content) for r in recorder.requests)
    assert wire not in left_out
    assert null[wire] is None


@pytest.mark.parametrize("vendor", VENDOR_NAMES)
def test_the_base_url_comes_from_the_environment(
    vendor: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    profile = importlib.import_module(f"voiceclone.{vendor}._client").PROFILE
    monkeypatch.setenv(f"{profile.env_prefix}_BASE_URL", "http://self-hosted.test:8000/")

    from_env = client_class(vendor)(api_key=API_KEY)
    given = client_class(vendor)(api_key=API_KEY, base_url="http://given.test")

    assert from_env.base_url == "http://self-hosted.test:8000"
    assert given.base_url == "http://given.test"


# ----------------------------------------------------------------------------------------------
# Docstrings
# ----------------------------------------------------------------------------------------------


def public_methods(vendor: str) -> list[tuple[str, Any]]:
    found = []
    stack: list[tuple[str, Any]] = [("", client_class(vendor)(api_key=API_KEY))]
    while stack:
        chain, obj = stack.pop()
        for name in dir(obj):
            if name.startswith("_") or name == "with_raw_response":
                continue
            value = getattr(obj, name)
            if isinstance(value, SyncAPIResource):
                stack.append((f"{chain}{name}.", value))
            elif chain and inspect.ismethod(value):
                found.append((f"{vendor}.{chain}{name}", value))
    return found


METHODS = [m for vendor in VENDOR_NAMES for m in public_methods(vendor)]


@pytest.mark.parametrize(("name", "method"), METHODS, ids=[name for name, _ in METHODS])
def test_every_method_documents_its_arguments_result_and_errors(name: str, method: Any) -> None:
    doc = inspect.getdoc(method) or ""
    arguments = [p for p in inspect.signature(method).parameters
                 if p not in ("timeout", "max_retries", "extra_headers", "extra_query",
                              "extra_body")]  # fmt: skip

    assert "Raises:" in doc and "APIStatusError:" in doc, name
    if arguments:
        assert "Args:" in doc, name
        for argument in arguments:
            line = re.search(rf"^    {argument}: (.+)$", doc, re.M)
            assert line, f"{name}: {argument} is not in Args"
            assert line.group(1).strip() != argument, f"{name}: {argument} says only its name"
    if inspect.signature(method).return_annotation not in ("None", None):
        assert "Returns:" in doc, name
    assert "](/" not in doc, f"{name}: a site-relative link"
