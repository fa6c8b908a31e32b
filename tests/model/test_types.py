"""Types in the API model are facts (model/types.py): what a schema's Python type is, which
model classes it names, whether it is optional or several files, and how it is written."""

from __future__ import annotations

from typing import Any

import pytest

from clientgen.model.types import (
    ANY,
    MANY_FILES,
    NONE,
    ONE_FILE,
    TypeMapper,
    TypeRef,
    literal,
    scalar,
    union,
)

MAPPER = TypeMapper({"voice-response": "VoiceResponse", "Sample": "Sample"})


@pytest.mark.parametrize(
    ("schema", "annotation"),
    [
        ({"type": "string"}, "str"),
        ({"type": ["integer", "null"]}, "int | None"),
        ({"type": "number", "nullable": True}, "float | None"),  # OpenAPI 3.0's null
        ({"type": "array", "items": {"$ref": "#/components/schemas/Sample"}},
         "builtins.list[Sample]"),
        ({"type": "object", "additionalProperties": {"type": "boolean"}},
         "builtins.dict[str, bool]"),
        ({"type": "object"}, "builtins.dict[str, Any]"),
        ({"type": "string", "format": "binary"}, "bytes"),
        ({"$ref": "#/components/schemas/voice-response"}, "VoiceResponse"),
        ({"$ref": "#/components/schemas/Unknown"}, "Any"),
        ({"const": "ready"}, "Literal['ready']"),
        # Open enums: a value the vendor adds later still parses.
        ({"type": "string", "enum": ["a", "b", None]}, "Literal['a', 'b'] | str | None"),
        ({"enum": [1.5, 2.5]}, "str"),
        ({"anyOf": [{"type": "string"}, {"type": "null"}, {"type": "string"}]}, "str | None"),
        ({"oneOf": [{"type": "string"}, {}]}, "Any"),
        ({"anyOf": []}, "Any"),
        ({}, "Any"),
        ("not a schema", "Any"),
    ],
)  # fmt: skip
def test_a_schema_is_written_as_its_python_annotation(schema: Any, annotation: str) -> None:
    assert MAPPER.of(schema).annotation == annotation


def test_a_type_names_the_model_classes_its_module_imports() -> None:
    schema = {
        "anyOf": [
            {"type": "array", "items": {"$ref": "#/components/schemas/Sample"}},
            {
                "type": "object",
                "additionalProperties": {"$ref": "#/components/schemas/voice-response"},
            },
            {"type": "null"},
        ]
    }
    found = MAPPER.of(schema)
    assert found.models == {"Sample", "VoiceResponse"}
    assert found.annotation == ("builtins.list[Sample] | builtins.dict[str, VoiceResponse] | None")
    assert MAPPER.of({"type": "string"}).models == frozenset()


def test_none_goes_last_and_any_swallows_a_union() -> None:
    text, number = scalar("string"), scalar("integer")
    assert union([NONE, text, number]).annotation == "str | int | None"
    assert union([text, ANY]) is ANY
    assert union([text]) is text
    assert scalar("null") is NONE
    assert scalar("file") is ANY  # not an OpenAPI type


def test_an_argument_that_may_be_left_out_takes_not_given_and_none_goes_last() -> None:
    assert scalar("string").omittable_annotation == "str | NotGiven"
    assert union([scalar("string"), NONE]).omittable_annotation == "str | NotGiven | None"
    assert ANY.omittable_annotation == "Any | NotGiven"
    nested = union([union([scalar("string"), NONE]), scalar("integer")])
    # None inside, but not last: it moves to the end, once.
    assert nested.omittable_annotation == "str | int | NotGiven | None"


def test_files_say_whether_they_are_several() -> None:
    assert MANY_FILES.many_files and MANY_FILES.annotation == "FileList"
    assert not ONE_FILE.many_files and ONE_FILE.annotation == "FileInput"
    # A list of strings is a list, not several files.
    assert not MAPPER.of({"type": "array", "items": {"type": "string"}}).many_files


def test_literals_hold_only_what_a_literal_can() -> None:
    assert literal(["a", 1]) == TypeRef("literal", values=("a", 1))
    assert literal([1.5]) is None
    assert literal([]) is None


def test_members_first_and_str_are_read_through_unions() -> None:
    found = MAPPER.of({"anyOf": [{"type": "string"}, {"type": "integer"}, {"type": "null"}]})
    assert [m.annotation for m in found.members] == ["str", "int", "None"]
    assert found.first.is_str
    assert not found.is_str


def test_a_union_is_cast_for_the_request_and_other_types_are_passed_as_written() -> None:
    union = TypeRef("union", args=(TypeRef("model", "Cat"), TypeRef("model", "Dog")))

    assert union.cast_to == "cast('type[Cat | Dog]', Cat | Dog)"
    assert TypeRef("model", "Cat").cast_to == "Cat"


def test_a_const_response_is_returned_as_the_type_of_its_value() -> None:
    mapper = TypeMapper({})
    # cast_to binds type[T], and type[Literal[...]] is no type mypy accepts.
    assert mapper.of({"const": "fixed"}).returnable.annotation == "str"
    assert mapper.of({"enum": ["a", 1]}).returnable.annotation == "str | int"
    nullable = mapper.of({"anyOf": [{"const": 3}, {"type": "null"}]}).returnable
    assert nullable.annotation == "int | None"
    assert (
        mapper.of({"type": "string", "enum": ["x"]}).returnable
        == mapper.of({"type": "string", "enum": ["x"]}).returnable
    )
