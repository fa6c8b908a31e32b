"""openapi-spec-validator, with OpenAPI 3.1 Schema Objects checked by jsonschema-rs.

openapi-spec-validator checks the document against the OpenAPI schema (jsonschema-rs does that
when it is installed, which our pins make sure of) and then checks every Schema Object against
its JSON Schema dialect one at a time with the pure-Python ``jsonschema``. For OpenAPI 3.1 that
second pass resolves the dialect's ``$dynamicRef`` by re-crawling the meta-schema registry on
every lookup: about 2 s of a 3 s validation for 800 operations. Here the same check (the same
meta-schemas, shipped by openapi-schema-validator) runs on a jsonschema-rs validator compiled
once; everything else, and every other dialect, stays openapi-spec-validator's own. The
components are checked before the paths, so that a broken component schema is reported at its
own JSON pointer rather than under the first operation that refers to it. The hooks used
(``_get_schema_checker``, the id lists, ``RootValidator``) are those of the pinned 0.9.0;
tests/spec/test_spec_validator.py checks that ours agrees with the library's own verdicts.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from functools import cache
from importlib.resources import files
from typing import Any, cast

import jsonschema_rs
from jsonschema.exceptions import ValidationError
from jsonschema_path import SchemaPath
from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import (
    ValidatorDetectError as ValidatorDetectError,  # what validate.py catches, from here
)
from openapi_spec_validator.validation.keywords import (
    OpenAPIV31SchemaValidator,
    RootValidator,
    TagsValidator,
)
from openapi_spec_validator.validation.registries import KeywordValidatorRegistry
from openapi_spec_validator.validation.validators import OpenAPIV31SpecValidator


@cache
def _oas31_dialect_schema() -> dict[str, Any]:
    """The OpenAPI 3.1 base dialect's meta-schema, as openapi-schema-validator ships it."""
    folder = files("openapi_schema_validator").joinpath("schemas", "oas3.1")
    schema: dict[str, Any] = json.loads(
        folder.joinpath("metaschema.json").read_text(encoding="utf-8")
    )
    return schema


@cache
def _oas31_dialect() -> Any:
    """A jsonschema-rs validator for the OpenAPI 3.1 base dialect (its meta-schema and the
    OpenAPI vocabulary; the JSON Schema 2020-12 meta-schemas are built into jsonschema-rs)."""
    dialect = _oas31_dialect_schema()
    folder = files("openapi_schema_validator").joinpath("schemas", "oas3.1")
    vocabulary = json.loads(folder.joinpath("vocabularies", "base").read_text(encoding="utf-8"))
    registry = jsonschema_rs.Registry([(vocabulary["$id"], vocabulary), (dialect["$id"], dialect)])
    return jsonschema_rs.validator_for(dialect, registry=registry)


def _oas31_schema_check(where: list[str | int]) -> Callable[[Any], None]:
    """A check that raises jsonschema's ValidationError (what openapi-spec-validator expects)
    for the first way a Schema Object breaks the dialect, with its path in the document
    (``where`` is the Schema Object's own)."""

    def check(schema: Any) -> None:
        for error in _oas31_dialect().iter_errors(schema):
            path = [*where, *error.instance_path]
            raise ValidationError(error.message, path=path, instance=schema)

    return check


class _SeenIds(list[int]):
    """The list of ids that openapi-spec-validator keeps of the schemas it has seen, with a
    set beside it: it asks ``in`` once per Schema Object, and scanning a list made validation
    grow with the square of the number of schemas (4.5 s of 6 s at 3,200 operations)."""

    def __init__(self) -> None:
        super().__init__()
        self._ids: set[int] = set()

    def append(self, value: int) -> None:
        super().append(value)
        self._ids.add(value)

    def __contains__(self, value: object) -> bool:
        return value in self._ids


class _SchemaObjects(OpenAPIV31SchemaValidator):
    def __init__(self, registry: KeywordValidatorRegistry) -> None:
        super().__init__(registry)
        self.visited_schema_ids = _SeenIds()
        self.meta_checked_schema_ids = _SeenIds()

    def _get_schema_checker(self, schema: SchemaPath, schema_value: Any) -> Callable[[Any], None]:
        dialect = self._get_schema_dialect_id(schema, schema_value)
        if dialect == _oas31_dialect_schema()["$id"]:
            return _oas31_schema_check(list(schema.parts))
        return super()._get_schema_checker(schema, schema_value)


class _ComponentsFirst(RootValidator):
    """The root's checks with the components before the paths: a Schema Object is checked
    once, where it is first reached, so a broken component is then reported where it is
    written rather than under the first operation that refers to it."""

    def __call__(self, spec: SchemaPath) -> Iterator[ValidationError]:
        if "components" in spec:
            yield from self.components_validator(spec / "components")
        if "tags" in spec and "tags" in self.registry.keyword_validators:
            tags = cast(TagsValidator, self.registry["tags"])
            yield from tags(spec / "tags")
        if "paths" in spec:
            yield from self.paths_validator(spec / "paths")


class OpenAPI31Validator(OpenAPIV31SpecValidator):
    """openapi-spec-validator's OpenAPI 3.1 validator with the fast Schema Object check."""

    # The base class declares this attribute as a plain dict; the override keeps its type.
    keyword_validators = {  # noqa: RUF012
        **OpenAPIV31SpecValidator.keyword_validators,
        "__root__": _ComponentsFirst,
        "schema": _SchemaObjects,
    }


def validate_openapi(document: dict[str, Any]) -> None:
    """openapi-spec-validator's ``validate``, with ours for OpenAPI 3.1 documents."""
    version = document.get("openapi")
    three_one = isinstance(version, str) and version.startswith("3.1.")
    validate(document, cls=OpenAPI31Validator if three_one else None)
