"""The reader of prose API pages: bullet-list fields under headings (sources/readers/prose)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from openapi_spec_validator import validate

from clientgen.core.diagnostics import ClientgenError
from clientgen.sources.readers import PageOptions, ReadResult, detect_format, prose, read_page

ROOT = Path(__file__).parents[3]
SOURCES = ROOT / "specs" / "sources"
SHARED = ROOT.parent / "shared"
SHARED_PAGES = SHARED / "pages"
BURKI = SHARED_PAGES / "burki"
needs_burki_pages = pytest.mark.skipif(
    not BURKI.is_dir(), reason=f"the vendor prose pages are not checked out at {BURKI}"
)

BURKI_OPERATIONS = {
    "cloned-voices-create.mdx": ("post", "/api/v1/assistants/{assistant_id}/cloned-voices/create"),
    "cloned-voices-delete.mdx": (
        "delete",
        "/api/v1/assistants/{assistant_id}/cloned-voices/{voice_id}",
    ),
    "voice-cloning-providers.mdx": (
        "get",
        "/api/v1/assistants/{assistant_id}/voice-cloning/providers",
    ),
    "voice-samples-upload.mdx": ("post", "/api/v1/assistants/{assistant_id}/voice-samples/upload"),
}


def read_text(text: str, name: str = "page.mdx", **options: Any) -> ReadResult:
    return prose.read(text, Path(name), PageOptions(**options))


def read_burki(name: str) -> ReadResult:
    path = BURKI / name
    return prose.read(path.read_text(encoding="utf-8"), path, PageOptions())


def operation_of(result: ReadResult) -> dict[str, Any]:
    (path_item,) = result.document["paths"].values()
    (operation,) = path_item.values()
    assert isinstance(operation, dict)
    return operation


def warnings_of(result: ReadResult) -> list[tuple[int | None, str]]:
    return [(w.line, w.message) for w in result.warnings]


def line_of(text: str, start: str, nth: int = 1) -> int:
    """The number of the nth line of ``text`` that starts with ``start``."""
    numbers = [n for n, line in enumerate(text.split("\n"), 1) if line.startswith(start)]
    return numbers[nth - 1]


def assistant_id(description: str) -> dict[str, Any]:
    return {
        "name": "assistant_id",
        "in": "path",
        "required": True,
        "description": description,
        "schema": {"type": "integer"},
    }


def detail(text: str) -> dict[str, Any]:
    return {"detail": text}


def error_response(description: str, key: str, text: str) -> dict[str, Any]:
    """A documented error status: `**4xx Phrase** - description:` then its JSON example."""
    example = {"summary": description, "value": detail(text)}
    return {
        "description": description,
        "content": {"application/json": {"examples": {key: example}}},
    }


# --------------------------------------------------------------------------- the Burki pages


@needs_burki_pages
def test_every_burki_page_is_listed_here() -> None:
    assert sorted(p.name for p in BURKI.glob("*.mdx")) == sorted(BURKI_OPERATIONS)


@needs_burki_pages
@pytest.mark.parametrize("name", sorted(BURKI_OPERATIONS))
def test_burki_page_reads_into_a_valid_document(name: str) -> None:
    path = BURKI / name
    text = path.read_text(encoding="utf-8")
    assert prose.looks_like(text)
    assert detect_format(text, path) == "prose"
    result = read_page(path)  # detected, read by the prose reader
    method, route = BURKI_OPERATIONS[name]
    document = result.document
    assert document["openapi"] == "3.1.0"
    assert list(document["paths"]) == [route]  # from the front matter, never from curl
    assert list(document["paths"][route]) == [method]
    # The curl examples' URLs end with the path: what comes before is the server.
    assert document["servers"] == [{"url": "https://api.burki.dev"}]
    assert "operationId" not in operation_of(result)
    assert "components" not in document
    validate(document)


CREATE_BODY_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "voice_sample_id": {
            "type": "integer",
            "description": "ID of the uploaded voice sample to clone from",
        },
        "provider": {
            "type": "string",
            # "Common values": examples, never an enum (the providers endpoint has the real set).
            "examples": ["elevenlabs", "resemble", "cartesia"],
            "description": (
                "TTS provider to use for voice cloning\n\n"
                "Common values: `elevenlabs`, `resemble`, `cartesia`. "
                "The providers endpoint returns the current supported set."
            ),
        },
        "name": {"type": "string", "description": "Display name for the cloned voice"},
        "description": {"type": "string", "description": "Description of the cloned voice"},
        "language": {
            "type": "string",
            "examples": ["en", "es", "fr"],
            "description": "Language code (e.g., `en`, `es`, `fr`)",
        },
        "enhance_quality": {
            "type": "boolean",
            "default": True,
            "description": "Whether to apply quality enhancement. Default: `true`",
        },
        "tags": {
            "type": "array",
            "items": {"type": "string"},
            "description": "Tags for organizing cloned voices",
        },
        "metadata": {"type": "object", "description": "Additional provider-specific metadata"},
    },
    "required": ["voice_sample_id", "provider", "name"],
}

CLONED_VOICE_FIELDS: dict[str, Any] = {
    "type": "object",
    "properties": {
        "id": {"type": "integer", "description": "Unique identifier for the cloned voice"},
        "name": {"type": "string", "description": "Display name of the cloned voice"},
        "provider": {"type": "string", "description": "TTS provider used for cloning"},
        "provider_voice_id": {
            "type": "string",
            "description": "Provider-specific voice identifier",
        },
        "status": {"type": "string", "description": "Current cloning status"},
        "created_at": {"type": "string", "description": "ISO 8601 timestamp of creation"},
    },
}


@needs_burki_pages
def test_create_page_parameters_and_json_body() -> None:
    result = read_burki("cloned-voices-create.mdx")
    operation = operation_of(result)
    assert operation["summary"] == "Create Cloned Voice"
    assert result.document["info"]["title"] == "Create Cloned Voice"
    # Only the lead paragraph: "Cloning Status", "Best Practices"... are prose of their own.
    assert operation["description"] == (
        "This endpoint creates a cloned voice from an uploaded voice sample using the specified "
        "TTS provider. The cloning process varies by provider but typically completes within "
        "seconds to minutes."
    )
    assert operation["parameters"] == [
        assistant_id("The unique identifier of the assistant to associate the cloned voice with.")
    ]
    body = operation["requestBody"]
    assert body["required"] is True
    assert body["description"] == (
        "The request body is a JSON object containing cloning configuration."
    )
    assert list(body["content"]) == ["application/json"]
    media = body["content"]["application/json"]
    assert media["schema"] == CREATE_BODY_SCHEMA
    # The titled ```json Request``` block; the curl bodies are not examples.
    assert list(media["examples"]) == ["request"]
    assert media["examples"]["request"]["summary"] == "Request"
    assert media["examples"]["request"]["value"]["metadata"] == {"use_case": "customer_support"}


@needs_burki_pages
def test_create_page_response_fields_document_the_object_inside_the_example() -> None:
    result = read_burki("cloned-voices-create.mdx")
    responses = operation_of(result)["responses"]
    assert list(responses) == ["200", "400", "404", "500"]
    success = responses["200"]
    assert success["description"] == (
        "A successful request returns the cloned voice object with initial status."
    )
    media = success["content"]["application/json"]
    # The listed fields are the keys of `cloned_voice`, not of the top level: they type
    # that object; the wrapper around it comes from the example, with a warning.
    assert media["schema"] == {
        "type": "object",
        "properties": {"success": {"type": "boolean"}, "cloned_voice": CLONED_VOICE_FIELDS},
    }
    assert media["examples"]["response"]["value"]["cloned_voice"]["id"] == 456
    assert responses["400"] == error_response(
        "Invalid parameters", "invalid_parameters", "Provider 'invalid_provider' is not supported"
    )
    assert responses["404"] == error_response(
        "Voice sample not found", "voice_sample_not_found", "Voice sample with ID 123 not found"
    )
    assert responses["500"] == error_response(
        "Provider cloning failed",
        "provider_cloning_failed",
        "Voice cloning failed: Insufficient account balance",
    )
    assert warnings_of(result) == [
        (
            47,
            "the response fields (line 63) are the keys of `cloned_voice` in the response "
            "example, not of its top level: they are placed there, and the rest of the 200 "
            "response's schema is inferred from the example; check it",
        )
    ]
    assert all(w.file == BURKI / "cloned-voices-create.mdx" for w in result.warnings)


@needs_burki_pages
def test_delete_page_infers_its_response_from_the_example() -> None:
    result = read_burki("cloned-voices-delete.mdx")
    operation = operation_of(result)
    assert operation["summary"] == "Delete Cloned Voice"
    assert operation["parameters"] == [
        assistant_id("The unique identifier of the assistant that owns the cloned voice."),
        {
            "name": "voice_id",
            "in": "path",
            "required": True,
            "description": "The unique identifier of the cloned voice to delete.",
            "schema": {"type": "integer"},
        },
    ]
    assert "requestBody" not in operation
    responses = operation["responses"]
    assert list(responses) == ["200", "403", "404", "500"]
    assert responses["200"]["content"]["application/json"]["schema"] == {
        "type": "object",
        "properties": {"success": {"type": "boolean"}, "message": {"type": "string"}},
    }
    assert responses["403"] == error_response(
        "Insufficient permissions",
        "insufficient_permissions",
        "You don't have permission to delete this cloned voice",
    )
    assert warnings_of(result) == [
        (
            17,
            "the 200 response's schema is inferred from its example (the page lists no "
            "response fields); check it",
        )
    ]


@needs_burki_pages
def test_upload_page_is_a_multipart_form_with_a_binary_file() -> None:
    result = read_burki("voice-samples-upload.mdx")
    operation = operation_of(result)
    body = operation["requestBody"]
    assert body["required"] is True
    assert body["description"] == "The request must be sent as `multipart/form-data`."
    assert list(body["content"]) == ["multipart/form-data"]
    assert body["content"]["multipart/form-data"] == {
        "schema": {
            "type": "object",
            "properties": {
                "file": {
                    "type": "string",
                    "format": "binary",
                    "description": (
                        "The audio file to upload. Supported formats: MP3, WAV, FLAC, M4A, OGG."
                    ),
                },
                "name": {
                    "type": "string",
                    # "Defaults to filename": no literal default to read.
                    "description": (
                        "Custom name for the voice sample. Defaults to filename if not provided."
                    ),
                },
                "description": {
                    "type": "string",
                    "description": "Description of the voice sample.",
                },
                "tags": {
                    "type": "string",
                    "description": "Comma-separated tags for organizing voice samples.",
                },
            },
            "required": ["file"],
        }
    }
    responses = operation["responses"]
    assert list(responses) == ["200", "400", "413", "422"]
    assert responses["200"]["content"]["application/json"]["schema"] == {
        "type": "object",
        "properties": {
            "success": {"type": "boolean"},
            "voice_sample": {
                "type": "object",
                "properties": {
                    "id": {"type": "integer"},
                    "name": {"type": "string"},
                    "filename": {"type": "string"},
                    "status": {"type": "string"},
                    "created_at": {"type": "string"},
                },
            },
        },
    }
    assert responses["413"] == error_response(
        "File exceeds size limit",
        "file_exceeds_size_limit",
        "Audio file exceeds maximum size limit",
    )
    assert warnings_of(result) == [
        (
            33,
            "the 200 response's schema is inferred from its example (the page lists no "
            "response fields); check it",
        )
    ]


@needs_burki_pages
def test_providers_page_infers_nested_objects_and_arrays() -> None:
    result = read_burki("voice-cloning-providers.mdx")
    operation = operation_of(result)
    assert "requestBody" not in operation
    responses = operation["responses"]
    assert list(responses) == ["200", "403", "404", "500"]
    assert responses["200"]["description"] == (
        "Returns an array of providers with their capabilities and requirements."
    )
    schema = responses["200"]["content"]["application/json"]["schema"]
    assert schema["properties"]["success"] == {"type": "boolean"}
    providers = schema["properties"]["providers"]
    assert providers["type"] == "array"
    provider = providers["items"]
    assert list(provider["properties"]) == ["provider", "name", "requirements"]
    requirements = provider["properties"]["requirements"]
    assert requirements["properties"]["formats"] == {"type": "array", "items": {"type": "string"}}
    assert requirements["properties"]["max_size"] == {"type": "integer"}
    # The items' objects are merged: only the third provider has a `note`.
    assert requirements["properties"]["quality_requirements"] == {
        "type": "object",
        "properties": {
            "sample_rate": {"type": "integer"},
            "bit_rate": {"type": "integer"},
            "channels": {"type": "integer"},
            "note": {"type": "string"},
        },
    }
    assert responses["500"] == error_response(
        "Service unavailable", "service_unavailable", "Error listing providers"
    )
    assert warnings_of(result) == [
        (
            16,
            "the 200 response's schema is inferred from its example (the page lists no "
            "response fields); check it",
        )
    ]


@needs_burki_pages
def test_invalid_json_example_is_kept_as_text_with_its_line(tmp_path: Path) -> None:
    original = (BURKI / "cloned-voices-delete.mdx").read_text(encoding="utf-8")
    broken = original.replace('  "success": true,', '  "success": true, // always true', 1)
    assert broken != original
    path = tmp_path / "cloned-voices-delete.mdx"
    path.write_text(broken, encoding="utf-8")
    result = read_page(path)
    responses = operation_of(result)["responses"]
    example = responses["200"]["content"]["application/json"]["examples"]["response"]
    assert example["x-clientgen-unparsed"] is True
    assert example["value"].startswith('{\n  "success": true, // always true')
    # No schema is inferred from text that is not JSON.
    assert "schema" not in responses["200"]["content"]["application/json"]
    (warning,) = result.warnings
    assert (warning.file, warning.line) == (path, 19)  # the line with the comment
    assert warning.message.startswith("example 'Response' is not valid JSON (")
    assert str(warning).startswith(f"{path}:19: warning: example 'Response' is not valid JSON")


# --------------------------------------------------------------------------- detection


def _expected_format(path: Path) -> str | None:
    """The format each known kind of page has always been detected as (None: not judged)."""
    if path.suffix == ".txt":
        return "scraped"
    if path.suffix == ".json" or path.name.startswith("truedy-"):
        return "openapi"
    if path.name.startswith("bland-") or path.parent.name == "bland":
        return "mintlify"
    if path.parent.name == "burki" and path.suffix == ".mdx":
        return "prose"
    return None


def test_detection_keeps_every_other_page_in_its_format() -> None:
    pages = [
        *SOURCES.rglob("*"),
        *(SHARED_PAGES / "bland").glob("*.mdx"),
        *(SHARED_PAGES / "rendered").glob("*.txt"),
        *(SHARED / "seeds").glob("*"),
        *BURKI.glob("*"),
    ]
    judged = 0
    for path in sorted(p for p in pages if p.is_file()):
        expected = _expected_format(path)
        if expected is None:
            continue
        text = path.read_text(encoding="utf-8")
        assert detect_format(text, path) == expected, path
        assert prose.looks_like(text) == (expected == "prose"), path
        judged += 1
    assert judged >= 4  # at least the project's own seed pages


def test_mintlify_components_are_never_prose() -> None:
    text = (
        "---\ntitle: X\nopenapi: 'GET /v1/x'\n---\n\n"
        '<ParamField query="limit" type="integer">\nHow many.\n</ParamField>\n'
    )
    assert not prose.looks_like(text)
    assert detect_format(text, Path("x.mdx")) == "mintlify"


def test_component_names_inside_code_blocks_do_not_count() -> None:
    text = (
        "---\ntitle: X\nopenapi: 'GET /v1/x'\n---\n\n"
        '```jsx\n<ParamField query="limit" type="integer" />\n```\n'
    )
    assert prose.looks_like(text)


def test_field_list_under_a_heading_is_prose_without_front_matter() -> None:
    text = "# Get Thing\n\n## Query Parameters\n\n- `limit` (integer, optional): How many.\n"
    assert prose.looks_like(text)
    assert detect_format(text, Path("x.md")) == "prose"
    # The same bullet under a heading that names no field section is only prose.
    assert not prose.looks_like(text.replace("Query Parameters", "Notes"))


# --------------------------------------------------------------------------- synthetic pages

FRONT = "---\ntitle: 'Update Thing'\nopenapi: 'PATCH /v1/things/{thing_id}'\n---\n\n"
THING_ID = "## Path Parameters\n\n- `thing_id` (string, **required**): The thing.\n\n"


def test_page_without_method_and_path_is_one_error_naming_the_file() -> None:
    text = "# Update Thing\n\n## Request Body\n\n- `name` (string): New name.\n"
    with pytest.raises(ClientgenError) as caught:
        read_text(text, "pages/update-thing.md")
    assert caught.value.file == Path("pages/update-thing.md")
    assert "--operation" in caught.value.message
    assert str(caught.value).startswith("pages/update-thing.md: ")
    # Given the operation, the same page reads.
    result = read_text(text, "pages/update-thing.md", operation="PATCH /v1/things")
    assert list(result.document["paths"]) == ["/v1/things"]
    assert operation_of(result)["summary"] == "Update Thing"


def test_a_curl_example_never_gives_the_operation() -> None:
    text = "# Delete Thing\n\n```bash\ncurl -X DELETE https://api.example.com/v1/things/1\n```\n"
    with pytest.raises(ClientgenError, match="--operation"):
        read_text(text)


def test_given_operation_wins_over_the_front_matter_with_a_warning() -> None:
    result = read_text(FRONT + THING_ID, operation="PUT /v1/things/{thing_id}")
    assert list(result.document["paths"]["/v1/things/{thing_id}"]) == ["put"]
    assert warnings_of(result) == [
        (
            None,
            "the page says PATCH /v1/things/{thing_id}; the given operation "
            "PUT /v1/things/{thing_id} is used",
        )
    ]


def test_unknown_type_is_a_warning_and_no_type() -> None:
    text = FRONT + THING_ID + "## Query Parameters\n\n- `when` (timestampish): When.\n"
    result = read_text(text)
    when = operation_of(result)["parameters"][1]
    assert when == {"name": "when", "in": "query", "description": "When.", "schema": {}}
    assert warnings_of(result) == [
        (line_of(text, "- `when`"), "unknown type 'timestampish' of field 'when'; no type is given")
    ]


def test_allowed_values_are_an_enum_and_common_values_are_examples() -> None:
    text = (
        FRONT + THING_ID + "## Request Body\n\n"
        "- `engine` (string, **required**): Which engine.\n"
        "  - Allowed values: `fast`, `slow`, `best`\n"
        "  - Default: `fast`\n"
        "- `provider` (string): Who.\n"
        "  - Common values: `acme`, `globex`.\n"
        "- `speeds` (array of integers): Speeds. Allowed values: `1`, `2`\n"
    )
    result = read_text(text)
    properties = operation_of(result)["requestBody"]["content"]["application/json"]["schema"][
        "properties"
    ]
    assert properties["engine"] == {
        "type": "string",
        "enum": ["fast", "slow", "best"],
        "default": "fast",
        "description": "Which engine.\n\nAllowed values: `fast`, `slow`, `best`\n\nDefault: `fast`",
    }
    assert properties["provider"] == {
        "type": "string",
        "examples": ["acme", "globex"],
        "description": "Who.\n\nCommon values: `acme`, `globex`.",
    }
    assert "enum" not in properties["provider"]
    # An array's listed values are its items', as the items' type.
    assert properties["speeds"]["items"] == {"type": "integer", "enum": [1, 2]}
    assert result.warnings == []


def test_default_outside_the_allowed_values_and_of_the_wrong_type_warn() -> None:
    text = (
        FRONT + THING_ID + "## Query Parameters\n\n"
        "- `mode` (string): Mode. Allowed values: `a`, `b`. Default: `c`\n"
        "- `loud` (boolean): Loud. Default: `maybe`\n"
    )
    result = read_text(text)
    mode, loud = operation_of(result)["parameters"][1:]
    assert mode["schema"] == {"type": "string", "enum": ["a", "b"], "default": "c"}
    assert loud["schema"] == {"type": "boolean"}
    assert warnings_of(result) == [
        (line_of(text, "- `mode`"), "default 'c' of field 'mode' is not among its allowed values"),
        (line_of(text, "- `loud`"), "default 'maybe' of field 'loud' is not a boolean; not kept"),
    ]


def test_nested_bullets_and_dotted_names_are_nested_fields() -> None:
    text = (
        FRONT + THING_ID + "## Request Body\n\n"
        "- `settings` (object, **required**): Settings.\n"
        "  - `speed` (number): Speed.\n"
        "  - `voice` (object): Voice.\n"
        "    - `id` (string, **required**): Voice id.\n"
        "- `items` (array of objects): Items.\n"
        "  - `name` (string): Name.\n"
        "- `meta.source` (string): Where from.\n"
    )
    result = read_text(text)
    schema = operation_of(result)["requestBody"]["content"]["application/json"]["schema"]
    assert schema == {
        "type": "object",
        "properties": {
            "settings": {
                "type": "object",
                "properties": {
                    "speed": {"type": "number", "description": "Speed."},
                    "voice": {
                        "type": "object",
                        "properties": {"id": {"type": "string", "description": "Voice id."}},
                        "required": ["id"],
                        "description": "Voice.",
                    },
                },
                "description": "Settings.",
            },
            "items": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {"name": {"type": "string", "description": "Name."}},
                },
                "description": "Items.",
            },
            "meta": {
                "type": "object",
                "properties": {"source": {"type": "string", "description": "Where from."}},
            },
        },
        "required": ["settings"],
    }
    assert result.warnings == []


def test_a_file_field_makes_the_body_multipart() -> None:
    text = FRONT + THING_ID + "## Request Body\n\n- `audio` (file, **required**): The audio.\n"
    body = operation_of(read_text(text))["requestBody"]
    assert body["content"] == {
        "multipart/form-data": {
            "schema": {
                "type": "object",
                "properties": {
                    "audio": {"type": "string", "format": "binary", "description": "The audio."}
                },
                "required": ["audio"],
            }
        }
    }


def test_listed_response_fields_define_the_schema_and_extra_example_keys_warn() -> None:
    text = (
        FRONT
        + THING_ID
        + "## Response\n\n```json Response\n"
        + json.dumps({"id": "t1", "size": "big", "extra": 1})
        + "\n```\n\n## Response Fields\n\n- `id` (string): Id.\n- `size` (integer): Size.\n"
    )
    result = read_text(text)
    success = operation_of(result)["responses"]["200"]["content"]["application/json"]
    assert success["schema"] == {
        "type": "object",
        "properties": {
            "id": {"type": "string", "description": "Id."},
            "size": {"type": "integer", "description": "Size."},
        },
    }
    assert warnings_of(result) == [
        (
            line_of(text, "```json"),
            "the response example gives `size` a string value; the page documents integer",
        ),
        (
            line_of(text, "```json"),
            "`extra` in the response example is not among the documented fields; not added",
        ),
    ]


def test_null_values_and_empty_arrays_in_an_inferred_schema_warn() -> None:
    text = (
        FRONT
        + THING_ID
        + "## Response\n\n```json\n"
        + json.dumps({"items": [{"a": None}, {"a": "x"}], "gone": None, "none": []})
        + "\n```\n"
    )
    result = read_text(text)
    schema = operation_of(result)["responses"]["200"]["content"]["application/json"]["schema"]
    assert schema == {
        "type": "object",
        "properties": {
            # null in one item, a string in the other: a nullable string.
            "items": {
                "type": "array",
                "items": {"type": "object", "properties": {"a": {"type": ["string", "null"]}}},
            },
            "gone": {},
            "none": {"type": "array"},
        },
    }
    assert warnings_of(result) == [
        (
            line_of(text, "```json"),
            "the 200 response's schema is inferred from its example (the page lists no "
            "response fields); check it",
        ),
        (line_of(text, "```json"), "`gone` is null in the example; no type is inferred"),
        (
            line_of(text, "```json"),
            "`none` is an empty array in the example; its items' type is not inferred",
        ),
    ]


def test_error_statuses_with_and_without_examples() -> None:
    text = (
        FRONT + THING_ID + "## Error Responses\n\n"
        "**401 Unauthorized**\n\n"
        "**409 Conflict** - Already exists:\n```json\n"
        '{"error": "THING_EXISTS"}\n```\n\n'
        "```json\n"
        '{"error": "OTHER"}\n```\n'
    )
    result = read_text(text)
    responses = operation_of(result)["responses"]
    assert list(responses) == ["200", "401", "409", "default"]
    assert responses["401"] == {"description": "Unauthorized"}
    assert responses["409"]["description"] == "Already exists"
    assert responses["409"]["content"]["application/json"]["examples"] == {
        "already_exists": {"summary": "Already exists", "value": {"error": "THING_EXISTS"}}
    }
    assert responses["default"]["description"] == "Error response"
    assert warnings_of(result) == [
        (
            line_of(text, "```json", 2),
            "an error example states no status (no status line before it, none in its title); "
            "filed under default",
        )
    ]


def test_curl_gives_the_server_and_is_checked_against_the_page() -> None:
    text = (
        FRONT + THING_ID + "## Example Request\n\n```bash\n"
        'curl -X POST "https://api.example.com/base/v1/things/abc" \\\n'
        '  -H "Content-Type: application/json" \\\n'
        '  -d \'{\n    "name": "x"\n  }\'\n'
        "```\n\n"
        "```sh\ncurl https://other.example.com/v2/elsewhere\n```\n"
    )
    result = read_text(text)
    assert result.document["servers"] == [{"url": "https://api.example.com/base"}]
    # The curl body is not an example of the request body.
    assert "requestBody" not in operation_of(result)
    assert warnings_of(result) == [
        (line_of(text, "curl -X POST"), "the curl example uses POST, the page PATCH"),
        (line_of(text, "curl https"), "the curl example uses GET, the page PATCH"),
        (
            line_of(text, "curl https"),
            "the curl example's URL https://other.example.com/v2/elsewhere does not match "
            "the path /v1/things/{thing_id}; no server is taken from it",
        ),
    ]


def test_unknown_sections_are_prose_but_their_field_bullets_warn() -> None:
    text = (
        FRONT
        + "Lead paragraph.\n\n- a lead bullet\n\n"
        + THING_ID
        + "## Tips\n\nSome advice.\n\n- `legacy` (string): An old field.\n"
    )
    result = read_text(text)
    operation = operation_of(result)
    assert operation["description"] == "Lead paragraph.\n\n- a lead bullet"
    assert warnings_of(result) == [
        (
            line_of(text, "- `legacy`"),
            "1 field bullet(s) under 'Tips', a section the reader does not know, are not read",
        )
    ]


def test_undocumented_path_parameter_and_bullet_that_is_no_field_warn() -> None:
    text = FRONT + "## Query Parameters\n\n- `limit`: how many\n"
    result = read_text(text)
    parameters = operation_of(result)["parameters"]
    assert parameters == [
        {"name": "thing_id", "in": "path", "required": True, "schema": {"type": "string"}}
    ]
    assert warnings_of(result) == [
        (None, "path parameter 'thing_id' is not documented; typed as a string"),
        (
            line_of(text, "- `limit`"),
            "a bullet under 'Query Parameters' is not a field (`name` (type): text); kept as prose",
        ),
    ]


def test_full_url_in_front_matter_and_a_named_array_of_the_fields() -> None:
    text = (
        "---\ntitle: List Things\napi: 'GET https://api.example.com/v1/things'\n---\n\n"
        "## Response Fields\n\n- `id` (integer): Id.\n"
    )
    result = read_text(text, response_property="things")
    assert result.document["servers"] == [{"url": "https://api.example.com"}]
    assert list(result.document["paths"]) == ["/v1/things"]
    schema = operation_of(result)["responses"]["200"]["content"]["application/json"]["schema"]
    assert schema == {
        "type": "object",
        "properties": {
            "things": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {"id": {"type": "integer", "description": "Id."}},
                },
            }
        },
    }
    assert result.warnings == []


# --------------------------------------------------------------------------- shared rules
# The prose reader reads values, defaults, nesting and stated statuses with the helpers every
# reader shares (clientgen.sources.readers.field_types, clientgen.sources.readers.responses).


def body_properties(result: ReadResult) -> dict[str, Any]:
    content = operation_of(result)["requestBody"]["content"]["application/json"]
    properties = content["schema"]["properties"]
    assert isinstance(properties, dict)
    return properties


def test_the_forms_of_values_prose_pages_use_are_all_read() -> None:
    text = (
        FRONT + THING_ID + "## Request Body\n\n"
        "- `format` (string): Format. Enum: `mp3`, `wav`\n"
        "- `rate` (integer): Rate. Allowed values: `8000` / `16000`\n"
        "- `voice` (string): Voice.\n"
        "  - Allowed values:\n"
        "    - `maya` (warm)\n"
        "    - `josh` (calm)\n"
        "- `order` (string): Order.\n"
        "  - Possible values:\n"
        "    - `asc`: oldest first\n"
        "    - `desc`: newest first\n"
        "- `lang` (string): A language, e.g. `en` / `es`.\n"
    )
    result = read_text(text)
    properties = body_properties(result)
    assert properties["format"]["enum"] == ["mp3", "wav"]
    assert properties["rate"]["enum"] == [8000, 16000]
    assert properties["voice"]["enum"] == ["maya", "josh"]
    # Values that each say what they mean keep it, as every reader does.
    assert properties["order"]["enum"] == ["asc", "desc"]
    assert properties["order"]["x-enum-descriptions"] == ["oldest first", "newest first"]
    assert properties["lang"]["examples"] == ["en", "es"]
    assert "enum" not in properties["lang"]
    assert result.warnings == []


def test_values_and_defaults_that_cannot_be_read_are_said_not_guessed() -> None:
    text = (
        FRONT + THING_ID + "## Request Body\n\n"
        "- `label` (string): Label. Allowed values: any text you like here\n"
        "- `size` (integer): Size. Defaults to 10 when left out.\n"
        "- `name` (string): Name. Defaults to `thing`.\n"
    )
    result = read_text(text)
    properties = body_properties(result)
    assert "enum" not in properties["label"]
    # A default in prose needs a code span: "defaults to 10 when left out" stays prose.
    assert "default" not in properties["size"]
    assert properties["name"]["default"] == "thing"
    assert warnings_of(result) == [
        (
            line_of(text, "- `label`"),
            "cannot tell the values in 'Allowed values: any text you like here' of 'label'; "
            "no enum is given",
        )
    ]


def test_a_field_without_a_type_that_dotted_names_go_in_is_an_object() -> None:
    text = (
        FRONT + THING_ID + "## Request Body\n\n"
        "- `data` (**required**): The data.\n"
        "- `data.id` (string, **required**): Its id.\n"
        "- `data.tags[].name` (string): A tag's name.\n"
    )
    result = read_text(text)
    schema = operation_of(result)["requestBody"]["content"]["application/json"]["schema"]
    assert schema == {
        "type": "object",
        "properties": {
            "data": {
                "type": "object",
                "description": "The data.",
                "properties": {
                    "id": {"type": "string", "description": "Its id."},
                    "tags": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "properties": {
                                "name": {"type": "string", "description": "A tag's name."}
                            },
                        },
                    },
                },
                "required": ["id"],
            }
        },
        "required": ["data"],
    }
    assert result.warnings == []


def test_a_field_documented_twice_keeps_the_first_with_the_fields_the_second_adds() -> None:
    text = (
        FRONT + THING_ID + "## Request Body\n\n"
        "- `voice` (object): The voice.\n"
        "  - `id` (string): Id.\n"
        "- `voice` (object): The voice again.\n"
        "  - `name` (string): Name.\n"
    )
    result = read_text(text)
    voice = body_properties(result)["voice"]
    assert voice["description"] == "The voice."
    assert list(voice["properties"]) == ["id", "name"]
    assert warnings_of(result) == [
        (line_of(text, "- `voice`", 2), "field 'voice' is documented twice; the first is kept")
    ]


def test_a_stated_status_is_described_by_its_whole_sentence() -> None:
    text = (
        "---\ntitle: T\nopenapi: POST /things\n---\n\n"
        "Creates a thing. It returns `201 Created`, and answers `409 NAME_TAKEN`\n"
        "when the name is in use.\n\n"
        "## Errors\n\n"
        "| Status | Meaning |\n|---|---|\n| `404 NO_OWNER` | the owner is gone |\n"
    )
    responses = operation_of(read_text(text))["responses"]
    assert list(responses) == ["201", "404", "409"]
    assert responses["409"] == {
        "description": "It returns `201 Created`, and answers `409 NAME_TAKEN` when the name "
        "is in use.",
        "x-clientgen-error-codes": ["NAME_TAKEN"],
    }
    # A table is read row by row: a row states its status alone.
    assert responses["404"]["description"] == "| `404 NO_OWNER` | the owner is gone |"
