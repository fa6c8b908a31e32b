"""Every example a vendor documents fits its schema and parses into the generated models.

The walk covers every operation of every ``specs/normalized/*.yaml``: request-body and response
examples (``examples.<name>.value``) of JSON media types. Examples the reader could not parse
(``x-clientgen-unparsed``) and binary media are skipped. A JSON media entry that documents
examples but no schema is collected too: each of its examples fails (naming the vendor, the
operation, the status and the media type), since it can be neither validated nor parsed.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012
from voiceclone._models import BaseModel

from .conftest import SPECS, load_spec

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
COMPONENT_SCHEMA_REF = "#/components/schemas/"


@dataclass(frozen=True)
class Example:
    vendor: str
    operation: str  # "GET /v1/voices/{id}/samples"
    where: str  # "request" or a response status
    name: str
    media_type: str  # "application/json"
    schema_pointer: str  # JSON pointer of the media type's schema inside the spec
    schema: dict[str, Any] | None  # None: the media entry documents no schema
    value: Any

    @property
    def id(self) -> str:
        return f"{self.vendor}:{self.operation}:{self.where}:{self.name}"

    @property
    def is_error(self) -> bool:
        return self.where != "request" and not self.where.startswith("2")

    @property
    def location(self) -> str:
        """``bland GET /v1/voices/{id}/samples, 200 application/json, example 'response'``."""
        where = "request body" if self.where == "request" else f"response {self.where}"
        return f"{self.vendor} {self.operation}, {where} {self.media_type}, example {self.name!r}"

    def require_schema(self) -> dict[str, Any]:
        """The example's schema; fails the test when its media entry documents none."""
        if self.schema is None:
            pytest.fail(
                f"{self.location}: the media type documents examples but no schema, so the "
                "example can be neither validated nor parsed into a generated model"
            )
        return self.schema


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _is_json(media_type: str) -> bool:
    essence = media_type.split(";", 1)[0].strip().lower()
    return essence == "application/json" or essence.endswith("+json")


def _media_examples(
    vendor: str, operation: str, where: str, content: dict[str, Any], pointer: str
) -> list[Example]:
    found = []
    for media_type, media in content.items():
        if not _is_json(media_type):
            continue
        for name, example in media.get("examples", {}).items():
            if example.get("x-clientgen-unparsed") or "value" not in example:
                continue
            found.append(
                Example(
                    vendor=vendor,
                    operation=operation,
                    where=where,
                    name=name,
                    media_type=media_type,
                    schema_pointer=f"{pointer}/content/{_escape(media_type)}/schema",
                    schema=media.get("schema"),
                    value=example["value"],
                )
            )
    return found


def documented_examples() -> list[Example]:
    examples = []
    for spec_path in sorted(SPECS.glob("*.yaml")):
        vendor = spec_path.stem
        for path, item in load_spec(vendor)["paths"].items():
            for method in HTTP_METHODS:
                operation = item.get(method)
                if operation is None:
                    continue
                label = f"{method.upper()} {path}"
                base = f"/paths/{_escape(path)}/{method}"
                body = operation.get("requestBody", {})
                examples += _media_examples(
                    vendor, label, "request", body.get("content", {}), f"{base}/requestBody"
                )
                for status, response in operation.get("responses", {}).items():
                    examples += _media_examples(
                        vendor,
                        label,
                        str(status),
                        response.get("content", {}),
                        f"{base}/responses/{_escape(str(status))}",
                    )
    return examples


EXAMPLES = documented_examples()


def _uri(vendor: str) -> str:
    return f"urn:clientgen:spec:{vendor}"


def validator_for(example: Example) -> Draft202012Validator:
    """A validator of the example's schema, with ``#/components/...`` resolved in its spec."""
    resource = Resource.from_contents(load_spec(example.vendor), default_specification=DRAFT202012)
    registry: Registry[Any] = Registry().with_resource(_uri(example.vendor), resource)
    schema = {"$ref": f"{_uri(example.vendor)}#{example.schema_pointer}"}
    return Draft202012Validator(
        schema, registry=registry, format_checker=Draft202012Validator.FORMAT_CHECKER
    )


def model_named(vendor: str, ref: str) -> type[BaseModel]:
    """The generated model of the component schema ``ref`` points at."""
    assert ref.startswith(COMPONENT_SCHEMA_REF), f"not a component schema: {ref}"
    types = importlib.import_module(f"voiceclone.{vendor}.types")
    model = getattr(types, ref.removeprefix(COMPONENT_SCHEMA_REF))
    assert issubclass(model, BaseModel)
    return model


def resolve_pointer(document: Any, pointer: str) -> Any:
    """The value at an RFC 6901 JSON pointer; KeyError, IndexError or TypeError when absent."""
    for token in pointer.lstrip("/").split("/") if pointer else ():
        token = token.replace("~1", "/").replace("~0", "~")
        document = document[int(token)] if isinstance(document, list) else document[token]
    return document


def first_string(document: Any, pointers: list[str]) -> str | None:
    """The first non-empty string among ``pointers``, tried in order as the client does."""
    for pointer in pointers:
        try:
            value = resolve_pointer(document, pointer)
        except (KeyError, IndexError, TypeError, ValueError):
            continue
        if isinstance(value, str) and value:
            return value
    return None


def test_the_walk_finds_the_documented_examples() -> None:
    ids = {example.id for example in EXAMPLES}
    assert {
        "bland:GET /v1/voices/{id}/samples:200:response",
        "bland:GET /v1/voices/{id}/samples:400:not_owned",
        "bland:GET /v1/voices/{id}/samples/{sample_id}:200:json_response",
        "bland:GET /v1/voices/{id}/samples/{sample_id}:default:audio_not_found",
        "truedy:POST /voices/clone:request:basic",
        "truedy:POST /voices/clone:201:success",
        "truedy:POST /voices/clone:201:example",
        "truedy:POST /voices/clone:402:no_credits",
        # A "default" response, a DELETE with a JSON body and a PATCH.
        "bland:POST /v1/voices/clone:default:validation_error",
        "bland:DELETE /v1/voices/{id}/samples:default:invalid_request",
        "bland:DELETE /v1/voices/{id}:400:error_deleting_voice",
        "bland:PATCH /v1/voices/{id}/rename:200:response",
    } <= ids
    # The binary WAV example is not JSON and is left out.
    assert not any(example.name == "audio_response" for example in EXAMPLES)


def test_examples_without_a_schema_are_collected_and_fail_by_name() -> None:
    content = {
        "application/json": {"examples": {"ok": {"value": {"detail": "done"}}}},
        "audio/wav": {"examples": {"raw": {"value": "<WAV binary>"}}},  # binary: left out
    }

    (example,) = _media_examples(
        "acme", "POST /v1/things", "201", content, "/paths/~1v1~1things/post/responses/201"
    )

    assert example.schema is None
    assert example.value == {"detail": "done"}
    expected = "acme POST /v1/things, response 201 application/json, example 'ok'"
    with pytest.raises(pytest.fail.Exception, match=re.escape(expected)):
        example.require_schema()


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda example: example.id)
def test_example_fits_its_schema(example: Example) -> None:
    example.require_schema()
    errors = sorted(validator_for(example).iter_errors(example.value), key=str)
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors)


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda example: example.id)
def test_example_parses_into_the_generated_model(example: Example) -> None:
    spec = load_spec(example.vendor)
    ref = example.require_schema()["$ref"]
    model = model_named(example.vendor, ref)

    parsed = model.model_validate(example.value)

    # Nothing documented is lost: declared fields and extra ones round-trip.
    assert parsed.model_dump(mode="json", by_alias=True, exclude_unset=True) == example.value

    envelope = spec.get("x-clientgen", {}).get("envelope")
    if envelope and not example.is_error and example.where != "request":
        # The client returns the model at the envelope's data pointer, not the envelope.
        data_schema = resolve_pointer(spec, ref.removeprefix("#"))
        for token in envelope["data"].lstrip("/").split("/"):
            data_schema = data_schema["properties"][token]
        inner = model_named(example.vendor, data_schema["$ref"])
        data = resolve_pointer(example.value, envelope["data"])
        assert inner.model_validate(data).model_dump(mode="json", exclude_unset=True) == data


@pytest.mark.parametrize(
    "example", [e for e in EXAMPLES if e.is_error], ids=lambda example: example.id
)
def test_error_example_fits_the_error_envelope(example: Example) -> None:
    error = load_spec(example.vendor)["x-clientgen"]["error"]
    if "schema" in error:
        model_named(example.vendor, error["schema"]["$ref"]).model_validate(example.value)

    # The client finds the vendor's code and message where the spec says they are. A body that
    # is only a message (FastAPI's {"detail": "text"}, where the code pointer /detail/0/type
    # meets the text) carries no code; any other body must have one.
    found_code = first_string(example.value, error["code"])
    assert found_code is not None or all(message_only(example.value, p) for p in error["code"]), (
        "no error code found"
    )
    assert first_string(example.value, error["message"]) is not None, "no message found"


def message_only(document: Any, pointer: str) -> bool:
    """Whether walking ``pointer`` meets a string before its end (the body is just text)."""
    for token in pointer.lstrip("/").split("/"):
        if isinstance(document, str):
            return True
        try:
            document = document[int(token)] if isinstance(document, list) else document[token]
        except (KeyError, IndexError, TypeError, ValueError):
            return False
    return False
