"""Property tests: every documented success body parses, every wrongly typed one is refused.

For every operation of every ``specs/normalized/*.yaml`` the success (2xx) JSON response schema
is made self-contained (``#/components/...`` refs inlined) and fed to hypothesis-jsonschema.
The generated sync client (``max_retries=0``) is called through an ``httpx.MockTransport`` that
answers with the drawn body, the documented status and ``application/json``:

* **Valid bodies** (``from_schema``) must come back as the operation's model, and the model's
  ``model_dump(mode="json", by_alias=True, exclude_unset=True)`` must equal the body — for
  Truedy, the ``data`` of its ``{data, meta}`` envelope, which the client unwraps. Values are
  compared guided by the schema: ``format: date-time`` strings as timestamps (same wall time,
  same UTC offset; pydantic re-serialises ``+00:00`` as ``Z``), ``type: number`` as floats (the
  model field is a ``float``); everything else, unknown extra fields included, exactly.
* **Invalid bodies** come back as the operation's model all the same, with the differences in
  ``result._mismatches`` (the client parses tolerantly: a call that succeeded is not an
  error), unless not even the outer shape fits (not a JSON object, or not JSON at all): that,
  and any difference for a client made with ``strict_response_validation=True``, raises
  ``voiceclone.APIResponseValidationError`` (a ``VoiceCloneError``), never a bare pydantic,
  httpx or json exception.

What counts as invalid. The models are lenient on purpose: unknown fields are kept
(``extra="allow"``), enums are open (``Literal[...] | str``), optional fields are typed
``X | None`` (so an explicit ``null`` is accepted), and pydantic's lax mode converts between
scalars (``"1.5"`` → ``1.5``, ``1`` → ``True``, a number → a ``datetime``). A body that only
breaks the schema in those ways is *expected* to parse, so "invalid" here means invalid per
``jsonschema`` against the spec schema **and** of one of these kinds, which the models must
reject too:

* the body is not a JSON object (``st.recursive`` JSON values that are not dicts);
* one documented field (at any depth) has the wrong JSON type: a container where a scalar is
  documented, a scalar or the other container where an array/object is documented, a
  non-string where a plain string is documented, or ``null`` where the field is required (or an
  array item) and not nullable. Scalar-for-scalar swaps into number, integer, boolean and
  date-time fields are left out (lax-mode conversions, see above);
* the body is not JSON at all (random bytes, or a valid body with a byte corrupted).

A success schema of ``{}`` (any JSON) names no model: the client returns the JSON value itself,
which must equal the body; no body is wrongly typed for it, so only the non-JSON property applies.
A success response with examples but no schema at all cannot be drawn from: it is reported as a
failure by ``test_success_response_has_a_json_schema``, and the other operations still run.

For Truedy only the envelope's ``data`` is validated by the client (``docs/runtime-contract.md``:
"the value at the pointer is validated"), so wrongly typed fields are drawn inside ``data``
(and ``data`` itself), not in ``meta``.
"""

from __future__ import annotations

import copy
import importlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from types import SimpleNamespace
from typing import Any

import httpx
import hypothesis_jsonschema._from_schema
import pytest
import voiceclone
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from hypothesis.internal.conjecture import utils as conjecture_utils
from hypothesis_jsonschema import from_schema
from jsonschema import Draft202012Validator
from voiceclone._models import BaseModel

from clientgen.core.schema_shapes import is_open_object

from .conftest import API_KEY, VENDORS, WAV_BYTES, Recorder, Reply, load_spec


class _OldStyleMany:
    """hypothesis-jsonschema 0.23.1 (its latest release) drives objects with the pre-6.1xx
    ``many(...).more()`` / ``.reject()`` protocol of Hypothesis internals; the pinned Hypothesis
    only has the ``with many(...) as e: for _ in e:`` form. This adapter gives the old protocol
    over the new class, so ``from_schema`` works for object schemas (without it every object
    draw fails with ``'many' object has no attribute 'more'``)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._many = conjecture_utils.many(*args, **kwargs)
        self._many.__enter__()
        self._elements = iter(self._many)

    def more(self) -> bool:
        if next(self._elements, StopIteration) is StopIteration:
            self._many.__exit__(None)
            return False
        return True

    def reject(self, *args: Any, **kwargs: Any) -> None:
        self._many.reject(*args, **kwargs)


if not hasattr(conjecture_utils.many, "more"):
    hypothesis_jsonschema._from_schema.cu = SimpleNamespace(  # type: ignore[attr-defined]
        many=_OldStyleMany
    )


HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# OpenAPI's numeric formats mean nothing to JSON Schema (and hypothesis-jsonschema refuses
# formats it does not know); keep only JSON Schema's own.
JSON_SCHEMA_FORMATS = {"date-time", "date", "time", "email", "uri", "uuid", "ipv4", "ipv6"}
OPENAPI_ONLY_KEYS = {"example", "discriminator", "xml", "externalDocs", "deprecated"}

SETTINGS = settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)

# How each operation is called; every operation of every spec must be listed here.
CALLS: dict[tuple[str, str], Callable[[Any], Any]] = {
    ("bland", "GET /v1/voices"): lambda c: c.voices.list(),
    ("bland", "GET /v1/voices/{id}"): lambda c: c.voices.retrieve("voice-1"),
    ("bland", "POST /v1/voices/clone"): lambda c: c.voices.clone(
        name="My Voice", audio_samples=[("sample.wav", WAV_BYTES)]
    ),
    ("bland", "POST /v1/voices/samples"): lambda c: c.voices.samples.create(
        voice_id="voice-1", audio_samples=[("sample.wav", WAV_BYTES)]
    ),
    ("bland", "PATCH /v1/voices/{id}/rename"): lambda c: c.voices.rename(
        "voice-1", name="New Name"
    ),
    ("bland", "DELETE /v1/voices/{id}"): lambda c: c.voices.delete("voice-1"),
    ("bland", "DELETE /v1/voices/{id}/samples"): lambda c: c.voices.samples.delete(
        "voice-1", sample_ids=["sample-1"]
    ),
    ("bland", "GET /v1/voices/{id}/samples"): lambda c: c.voices.samples.list("voice-1"),
    ("bland", "GET /v1/voices/{id}/samples/{sample_id}"): lambda c: c.voices.samples.retrieve(
        "voice-1", "sample-1", format="json"
    ),
    ("burki", "GET /api/v1/assistants/cloned-voices"): lambda c: c.cloned_voices.list(),
    ("burki", "POST /api/v1/assistants/test-voice"): lambda c: c.assistants.test_voice(
        provider_voice_id="pNInz6obpgDQGcFmaJgB", provider="elevenlabs"
    ),
    ("burki", "GET /api/v1/assistants/{assistant_id}/cloned-voices"): (
        lambda c: c.assistants.cloned_voices.list(7)
    ),
    ("burki", "POST /api/v1/assistants/{assistant_id}/cloned-voices/create"): (
        lambda c: c.assistants.cloned_voices.create(
            7, voice_sample_id=3, provider="elevenlabs", name="My Voice"
        )
    ),
    ("burki", "DELETE /api/v1/assistants/{assistant_id}/cloned-voices/{voice_id}"): (
        lambda c: c.assistants.cloned_voices.delete(7, 17)
    ),
    ("burki", "POST /api/v1/assistants/{assistant_id}/cloned-voices/{voice_id}/test"): (
        lambda c: c.assistants.cloned_voices.test(
            7, 17, provider_voice_id="pNInz6obpgDQGcFmaJgB", provider="elevenlabs"
        )
    ),
    ("burki", "GET /api/v1/assistants/{assistant_id}/voice-cloning/providers"): (
        lambda c: c.assistants.voice_cloning.providers.list(7)
    ),
    ("burki", "GET /api/v1/assistants/{assistant_id}/voice-samples"): (
        lambda c: c.assistants.voice_samples.list(7)
    ),
    ("burki", "POST /api/v1/assistants/{assistant_id}/voice-samples/upload"): (
        lambda c: c.assistants.voice_samples.upload(7, file=("sample.wav", WAV_BYTES))
    ),
    ("burki", "DELETE /api/v1/assistants/{assistant_id}/voice-samples/{sample_id}"): (
        lambda c: c.assistants.voice_samples.delete(7, 3)
    ),
    ("truedy", "POST /voices/clone"): lambda c: c.voices.clone(
        name="My Voice", files=[("sample.wav", WAV_BYTES)]
    ),
}


# ----------------------------------------------------------------------------------------------
# Schemas
# ----------------------------------------------------------------------------------------------


def _resolve_ref(spec: dict[str, Any], ref: str) -> Any:
    assert ref.startswith("#/"), f"only local refs are supported: {ref}"
    node: Any = spec
    for token in ref[2:].split("/"):
        node = node[token.replace("~1", "/").replace("~0", "~")]
    return node


def inline(spec: dict[str, Any], node: Any, seen: tuple[str, ...] = ()) -> Any:
    """``node`` with every ``$ref`` replaced by its (inlined) target and OpenAPI-only keywords
    dropped: a self-contained JSON Schema."""
    if isinstance(node, list):
        return [inline(spec, item, seen) for item in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        ref = node["$ref"]
        assert ref not in seen, f"recursive schema {ref} cannot be inlined"
        siblings = {key: value for key, value in node.items() if key != "$ref"}
        target = inline(spec, _resolve_ref(spec, ref), (*seen, ref))
        return {**target, **inline(spec, siblings, seen)}
    result = {}
    for key, value in node.items():
        if key.startswith("x-") or key in OPENAPI_ONLY_KEYS:
            continue
        if key == "format" and value not in JSON_SCHEMA_FORMATS:
            continue
        if key in ("properties", "$defs", "patternProperties"):
            result[key] = {name: inline(spec, sub, seen) for name, sub in value.items()}
        else:
            result[key] = inline(spec, value, seen)
    return result


def schema_types(schema: dict[str, Any]) -> set[str]:
    declared = schema.get("type")
    if declared is None:
        return set()
    return {declared} if isinstance(declared, str) else set(declared)


def json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    assert isinstance(value, dict)
    return "object"


# ----------------------------------------------------------------------------------------------
# Operations
# ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Operation:
    vendor: str
    label: str  # "GET /v1/voices/{id}/samples"
    status: int
    schema: dict[str, Any]  # self-contained
    call: Callable[[Any], Any]
    # The generated model the client returns; None when the success schema names no model
    # (``{}``: any JSON), and the client hands back the parsed JSON as it came.
    model_name: str | None
    data_pointer: str | None  # the envelope's data pointer (Truedy: "/data")
    request_id_pointer: str | None

    @property
    def id(self) -> str:
        return f"{self.vendor}:{self.label}"

    @property
    def data_schema(self) -> dict[str, Any]:
        """The schema of what the client returns (the envelope's data, or the body)."""
        schema = self.schema
        for token in self.data_path:
            schema = schema["properties"][token]
        return schema

    @property
    def data_path(self) -> tuple[str, ...]:
        if self.data_pointer is None:
            return ()
        return tuple(self.data_pointer.lstrip("/").split("/"))

    def data_of(self, body: Any) -> Any:
        for token in self.data_path:
            body = body[token]
        return body


@dataclass(frozen=True)
class Unschematised:
    """An operation whose success response documents no JSON schema: no body can be drawn
    for it, and nothing says what its model must accept. Reported as a failure."""

    vendor: str
    label: str
    reason: str

    @property
    def id(self) -> str:
        return f"{self.vendor}:{self.label}"


def _success(responses: dict[str, Any]) -> tuple[int, dict[str, Any] | None, str]:
    """``(status, schema, why)`` of the first 2xx response; ``schema`` is None (and ``why``
    says what is missing) when it has no JSON media type or that has no schema."""
    for status, response in responses.items():
        if not str(status).startswith("2"):
            continue
        media = (response.get("content") or {}).get("application/json")
        if media is None:
            return int(status), None, f"its {status} response has no application/json content"
        if "schema" not in media:
            count = len(media.get("examples", {}))
            return (
                int(status),
                None,
                f"its {status} application/json response has {count} examples and no schema",
            )
        return int(status), media["schema"], ""
    raise AssertionError("operation without a success response")


def operations() -> tuple[list[Operation], list[Unschematised]]:
    found = []
    unschematised = []
    for vendor in VENDORS:
        spec = load_spec(vendor)
        envelope = spec.get("x-clientgen", {}).get("envelope") or {}
        for path, item in spec["paths"].items():
            for method in HTTP_METHODS:
                if method not in item:
                    continue
                label = f"{method.upper()} {path}"
                assert (vendor, label) in CALLS, f"no call for {vendor} {label}: add it to CALLS"
                status, schema, why = _success(item[method]["responses"])
                if schema is None:
                    unschematised.append(Unschematised(vendor, label, why))
                    continue
                # The returned model: the schema's, or that of the envelope's data.
                ref = schema.get("$ref")
                for token in envelope.get("data", "").lstrip("/").split("/") if envelope else ():
                    if ref is not None:
                        ref = _resolve_ref(spec, ref)["properties"][token].get("$ref")
                if ref is not None and is_open_object(_resolve_ref(spec, ref)):
                    ref = None  # no documented field: the client returns the map itself
                found.append(
                    Operation(
                        vendor=vendor,
                        label=label,
                        status=status,
                        schema=inline(spec, schema),
                        model_name=None if ref is None else ref.rsplit("/", 1)[1],
                        call=CALLS[(vendor, label)],
                        data_pointer=envelope.get("data"),
                        request_id_pointer=envelope.get("request_id"),
                    )
                )
    return found, unschematised


OPERATIONS, UNSCHEMATISED = operations()
by_id = pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.id)
# A wrongly typed body needs a documented type to break: not for a ``{}`` (any JSON) schema.
typed_by_id = pytest.mark.parametrize(
    "op", [op for op in OPERATIONS if op.model_name is not None], ids=lambda op: op.id
)


def bounded(node: Any) -> Any:
    """``node`` with arrays capped at 3 items and objects at 3 unknown fields, which keeps
    drawing fast; the bodies stay valid for the unbounded schema, which the checks use."""
    if isinstance(node, list):
        return [bounded(item) for item in node]
    if not isinstance(node, dict):
        return node
    result = {key: bounded(value) for key, value in node.items()}
    if isinstance(node.get("properties"), dict):
        result["properties"] = {key: bounded(sub) for key, sub in node["properties"].items()}
    types = schema_types(node)
    if "array" in types:
        result.setdefault("maxItems", 3)
    if "object" in types:
        result.setdefault("maxProperties", len(node.get("properties", {})) + 3)
    return result


# Building a from_schema strategy or a validator costs far more than drawing from / using it.
VALID_BODIES = {op.id: from_schema(bounded(op.schema)) for op in OPERATIONS}
VALIDATORS = {
    op.id: Draft202012Validator(op.schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    for op in OPERATIONS
}


def valid_bodies(op: Operation) -> st.SearchStrategy[Any]:
    return VALID_BODIES[op.id]


def validator(op: Operation) -> Draft202012Validator:
    return VALIDATORS[op.id]


def call_with(op: Operation, reply: Reply, **client_options: Any) -> Any:
    sync_class, _ = VENDORS[op.vendor]
    transport = httpx.MockTransport(Recorder(reply))
    with sync_class(
        api_key=API_KEY,
        max_retries=0,
        http_client=httpx.Client(transport=transport),
        **client_options,
    ) as client:
        return op.call(client)


def expected_model(op: Operation) -> type[BaseModel]:
    assert op.model_name is not None, f"{op.id} returns untyped JSON"
    model = getattr(importlib.import_module(f"voiceclone.{op.vendor}.types"), op.model_name)
    assert issubclass(model, BaseModel)
    return model


# ----------------------------------------------------------------------------------------------
# Comparison
# ----------------------------------------------------------------------------------------------


def assert_same(schema: dict[str, Any], expected: Any, actual: Any, path: str = "") -> None:
    """``actual`` (the model's JSON dump) carries the same data as ``expected`` (the body)."""
    where = path or "(root)"
    if isinstance(expected, dict):
        assert isinstance(actual, dict), f"{where}: {actual!r} is not an object"
        assert set(actual) == set(expected), f"{where}: keys {set(actual)} != {set(expected)}"
        properties = schema.get("properties", {})
        for key, value in expected.items():
            assert_same(properties.get(key, {}), value, actual[key], f"{path}/{key}")
    elif isinstance(expected, list):
        assert isinstance(actual, list), f"{where}: {actual!r} is not an array"
        assert len(actual) == len(expected), f"{where}: {len(actual)} != {len(expected)} items"
        items = schema.get("items", {})
        for index, (want, got) in enumerate(zip(expected, actual, strict=True)):
            assert_same(items, want, got, f"{path}/{index}")
    elif isinstance(expected, str) and schema.get("format") == "date-time":
        assert isinstance(actual, str), f"{where}: {actual!r} is not a string"
        want, got = datetime.fromisoformat(expected), datetime.fromisoformat(actual)
        assert (got.replace(tzinfo=None), got.utcoffset()) == (
            want.replace(tzinfo=None),
            want.utcoffset(),
        ), f"{where}: {actual!r} is not the timestamp {expected!r}"
    elif "number" in schema_types(schema) and json_type(expected) in ("integer", "number"):
        assert json_type(actual) in ("integer", "number"), f"{where}: {actual!r} not a number"
        assert float(actual) == float(expected), f"{where}: {actual!r} != {expected!r}"
    else:
        assert json_type(actual) == json_type(expected), f"{where}: {actual!r} != {expected!r}"
        assert actual == expected, f"{where}: {actual!r} != {expected!r}"


# ----------------------------------------------------------------------------------------------
# Invalid bodies
# ----------------------------------------------------------------------------------------------

SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=10),
)
JSON_VALUES = st.recursive(
    SCALARS,
    lambda children: st.one_of(
        st.lists(children, max_size=3), st.dictionaries(st.text(max_size=5), children, max_size=3)
    ),
    max_leaves=8,
)
LAX_SCALAR_TARGETS = {"number", "integer", "boolean"}


def documented_fields(
    schema: dict[str, Any], value: Any, path: tuple[str | int, ...] = ()
) -> Iterator[tuple[tuple[str | int, ...], dict[str, Any], bool]]:
    """``(path, schema, required)`` of every documented field that exists in ``value`` or could
    be added to an object of it."""
    if isinstance(value, dict):
        required = set(schema.get("required", ()))
        for name, sub in schema.get("properties", {}).items():
            yield (*path, name), sub, name in required
            if name in value:
                yield from documented_fields(sub, value[name], (*path, name))
    elif isinstance(value, list) and "items" in schema:
        for index, item in enumerate(value):
            yield (*path, index), schema["items"], True
            yield from documented_fields(schema["items"], item, (*path, index))


def is_wrong_type(schema: dict[str, Any], required: bool, value: Any) -> bool:
    """``value`` has a JSON type the field does not allow, in a way the lenient models reject
    too (see the module docstring)."""
    allowed = schema_types(schema)
    if "number" in allowed:
        allowed.add("integer")
    kind = json_type(value)
    if not allowed or kind in allowed:
        return False
    if kind == "null":
        return required
    if kind in ("array", "object"):
        return True
    # A scalar where another scalar is documented: pydantic's lax mode converts some.
    lax = allowed & LAX_SCALAR_TARGETS or schema.get("format") == "date-time"
    return not lax


def set_at(document: Any, path: tuple[str | int, ...], value: Any) -> Any:
    if not path:
        return value
    document = copy.deepcopy(document)
    node = document
    for token in path[:-1]:
        node = node[token]
    node[path[-1]] = value
    return document


@st.composite
def wrongly_typed_bodies(draw: st.DrawFn, op: Operation) -> Any:
    body = draw(valid_bodies(op))
    data = op.data_of(body)
    # Truedy: ``data`` itself, and fields inside it; others: fields of the body.
    candidates = [((), op.data_schema, True)] if op.data_path else []
    candidates += list(documented_fields(op.data_schema, data))
    if not candidates:  # an object with no documented fields: only a non-object is wrong
        return draw(non_objects(op))
    path, schema, required = draw(st.sampled_from(candidates))
    replacement = draw(JSON_VALUES.filter(lambda v: is_wrong_type(schema, required, v)))
    return set_at(body, (*op.data_path, *path), replacement)


def non_objects(op: Operation) -> st.SearchStrategy[Any]:
    return JSON_VALUES.filter(lambda value: not isinstance(value, dict))


def is_json(content: bytes) -> bool:
    """Strict RFC 8259: UTF-8, no NaN/Infinity."""

    def reject(constant: str) -> None:
        raise ValueError(constant)

    try:
        json.loads(content.decode("utf-8"), parse_constant=reject)
    except ValueError:  # UnicodeDecodeError and JSONDecodeError are ValueErrors
        return False
    return True


@st.composite
def corrupted_bytes(draw: st.DrawFn, op: Operation) -> bytes:
    content = bytearray(json.dumps(draw(valid_bodies(op))).encode())
    index = draw(st.integers(0, len(content) - 1))
    content[index : index + draw(st.integers(0, 2))] = draw(st.binary(min_size=1, max_size=2))
    return bytes(content)


def assert_refused(op: Operation, reply: Reply, **client_options: Any) -> None:
    try:
        result = call_with(op, reply, **client_options)
    except voiceclone.APIResponseValidationError as exc:
        assert isinstance(exc, voiceclone.VoiceCloneError)
        assert exc.status_code == op.status
        assert API_KEY not in str(exc)
        return
    except Exception as exc:
        pytest.fail(f"bare {type(exc).__module__}.{type(exc).__qualname__}: {exc}")
    pytest.fail(f"invalid body {reply.content!r} returned {result!r}")


# ----------------------------------------------------------------------------------------------
# The properties
# ----------------------------------------------------------------------------------------------


def test_every_operation_is_covered() -> None:
    found = {(op.vendor, op.label) for op in OPERATIONS}
    found |= {(op.vendor, op.label) for op in UNSCHEMATISED}
    assert found == set(CALLS)
    assert {op.vendor for op in OPERATIONS} == set(VENDORS)


@pytest.mark.parametrize("op", [*OPERATIONS, *UNSCHEMATISED], ids=lambda op: op.id)
def test_success_response_has_a_json_schema(op: Operation | Unschematised) -> None:
    # The property tests below need the schema; an operation without one cannot be checked.
    if isinstance(op, Unschematised):
        pytest.fail(f"{op.vendor} {op.label}: {op.reason}; its success body cannot be checked")
    assert validator(op).schema is op.schema  # drawn from and checked against


@by_id
@SETTINGS
@given(data=st.data())
def test_valid_body_parses_and_round_trips(op: Operation, data: st.DataObject) -> None:
    body = data.draw(valid_bodies(op), label="body")
    assert validator(op).is_valid(body)

    result = call_with(op, Reply.json(body, op.status))

    if op.model_name is None:
        # Untyped (``{}``): the client returns the JSON value itself, unchanged.
        assert not isinstance(result, BaseModel)
        assert_same(op.data_schema, op.data_of(body), result)
        return
    assert isinstance(result, expected_model(op))
    dumped = result.model_dump(mode="json", by_alias=True, exclude_unset=True)
    assert_same(op.data_schema, op.data_of(body), dumped)
    if op.request_id_pointer is not None:
        request_id = body
        for token in op.request_id_pointer.lstrip("/").split("/"):
            request_id = request_id[token]
        assert result._request_id == (request_id or None)


@typed_by_id
@SETTINGS
@given(data=st.data())
def test_a_body_that_is_no_object_raises_the_typed_error(
    op: Operation, data: st.DataObject
) -> None:
    body = data.draw(non_objects(op), label="body")
    assume(not validator(op).is_valid(body))

    assert_refused(op, Reply.json(body, op.status))


@typed_by_id
@SETTINGS
@given(data=st.data())
def test_a_wrongly_typed_field_comes_back_with_its_mismatch(
    op: Operation, data: st.DataObject
) -> None:
    body = data.draw(wrongly_typed_bodies(op), label="body")
    assume(not validator(op).is_valid(body))
    reply = Reply.json(body, op.status)

    try:
        result = call_with(op, reply)
    except voiceclone.APIResponseValidationError as exc:
        # Only when the wrongly typed value is the whole of what is validated (Truedy's data).
        assert "does not match" in str(exc) and API_KEY not in str(exc)
    else:
        assert isinstance(result, expected_model(op))
        assert result._mismatches, f"{body!r} differs from the schema, but nothing says so"
    assert_refused(op, reply, strict_response_validation=True)


@by_id
@SETTINGS
@given(data=st.data())
def test_non_json_body_raises_the_typed_error(op: Operation, data: st.DataObject) -> None:
    content = data.draw(st.one_of(st.binary(max_size=40), corrupted_bytes(op)), label="content")
    assume(not is_json(content))

    assert_refused(op, Reply(op.status, content, {"content-type": "application/json"}))


# ----------------------------------------------------------------------------------------------
# Drift: every documented example, altered as vendors alter their responses
# ----------------------------------------------------------------------------------------------


def success_examples(op: Operation) -> list[Any]:
    """The documented examples of the operation's success response."""
    method, path = op.label.split(" ", 1)
    response = load_spec(op.vendor)["paths"][path][method.lower()]["responses"][str(op.status)]
    media = response["content"]["application/json"]
    return [e["value"] for e in (media.get("examples") or {}).values() if "value" in e]


def shown(path: tuple[str | int, ...]) -> str:
    """A path as the client reports it: ``voices[0].id``."""
    return "".join(f"[{t}]" if isinstance(t, int) else f".{t}" for t in path).lstrip(".")


def drifted(op: Operation, example: Any) -> Iterator[tuple[str, Any, str | None]]:
    """``(what, body, mismatch path)`` for each alteration the example allows: an extra field
    (no mismatch: kept in ``model_extra``), a required field removed, and a string where a
    number is documented."""
    data = op.data_of(example)
    if not isinstance(data, dict):
        return
    yield "an extra field", set_at(example, (*op.data_path, "zz_undocumented"), 1), None
    fields = list(documented_fields(op.data_schema, data))

    def present(path: tuple[str | int, ...]) -> bool:
        node: Any = data
        try:
            for token in path:
                node = node[token]
        except (KeyError, IndexError, TypeError):
            return False
        return node is not None

    removable = next(
        (p for p, _s, required in fields if required and present(p) and isinstance(p[-1], str)),
        None,
    )
    if removable is not None:
        parent = op.data_of(copy.deepcopy(example))
        node = parent
        for token in removable[:-1]:
            node = node[token]
        del node[removable[-1]]
        body = set_at(example, op.data_path, parent) if op.data_path else parent
        yield f"no {removable[-1]}", body, shown(removable)
    numeric = next(
        (p for p, s, _r in fields if schema_types(s) & {"integer", "number"} and present(p)),
        None,
    )
    if numeric is not None:
        body = set_at(example, (*op.data_path, *numeric), "not a number")
        yield f"a string for {numeric[-1]}", body, shown(numeric)


DRIFTS = [
    pytest.param(op, what, body, path, id=f"{op.id}:{what}")
    for op in OPERATIONS
    if op.model_name is not None
    for example in success_examples(op)
    for what, body, path in drifted(op, example)
]


def test_every_vendor_has_drifted_examples() -> None:
    vendors = {param.values[0].vendor for param in DRIFTS}  # type: ignore[union-attr]
    assert vendors == {op.vendor for op in OPERATIONS if op.model_name is not None}


@pytest.mark.parametrize(("op", "what", "body", "path"), DRIFTS)
def test_a_drifted_example_still_returns_its_model_with_the_mismatch(
    op: Operation, what: str, body: Any, path: str | None
) -> None:
    result = call_with(op, Reply.json(body, op.status))

    assert isinstance(result, expected_model(op)), what
    reported = [m.path for m in result._mismatches]
    if path is None:
        assert reported == [] and result.model_extra["zz_undocumented"] == 1
    else:
        assert reported == [path], f"{what}: {result._mismatches}"
