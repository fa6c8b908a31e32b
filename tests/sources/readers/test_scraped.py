"""The reader of text scraped from rendered docs pages (clientgen.sources.readers.scraped)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openapi_spec_validator import validate

from clientgen.core.diagnostics import ClientgenError
from clientgen.sources.readers import PageOptions, ReadResult, read_page, scraped

ROOT = Path(__file__).parents[3]
SEED = ROOT / "specs" / "sources" / "burki" / "burki-list-cloned-voices.txt"
RENDERED = ROOT.parent / "shared" / "pages" / "rendered"
SEED_OPTIONS = PageOptions(
    operation="GET /api/v1/assistants/{assistant_id}/cloned-voices",
    response_property="cloned_voices",
)

STATUS_VALUES = ["processing", "ready", "failed", "archived"]

CLONED_VOICE: dict[str, Any] = {
    "type": "object",
    "properties": {
        "id": {"type": "integer", "description": "Unique identifier for the cloned voice"},
        "name": {"type": "string", "description": "Display name of the cloned voice"},
        "provider": {"type": "string", "description": "TTS provider that hosts this voice"},
        "provider_voice_id": {
            "type": "string",
            "description": "Provider-specific voice identifier",
        },
        "language": {
            "type": "string",
            "examples": ["en", "es"],  # "(e.g., “en”, “es”)": examples, not an enum
            "description": "Language code of the voice (e.g., \u201cen\u201d, \u201ces\u201d)",
        },
        "gender": {
            "type": ["string", "null"],
            "enum": ["male", "female", None],
            "description": (
                "Detected or specified gender (\u201cmale\u201d, \u201cfemale\u201d, null)"
            ),
        },
        "status": {
            "type": "string",
            "enum": STATUS_VALUES,
            "x-enum-descriptions": [
                "Voice cloning is still in progress",
                "Voice is successfully cloned and ready for use",
                "Voice cloning failed during processing",
                "Voice has been archived and is no longer active",
            ],
            "description": "Current status of the cloned voice",
        },
        "quality_score": {
            "type": "number",
            "format": "float",
            "description": "Quality score from 0.0 to 1.0 (if available)",
        },
        "created_at": {"type": "string", "description": "ISO 8601 timestamp of voice creation"},
        "last_used_at": {
            "type": ["string", "null"],
            "description": "ISO 8601 timestamp of last synthesis (null if never used)",
        },
        "synthesis_count": {
            "type": "integer",
            "description": "Total number of times this voice has been used",
        },
    },
}

SEED_DOCUMENT: dict[str, Any] = {
    "openapi": "3.1.0",
    # The page has no title: the operation stands in for it.
    "info": {"title": "GET /api/v1/assistants/{assistant_id}/cloned-voices", "version": "0.0.0"},
    "paths": {
        "/api/v1/assistants/{assistant_id}/cloned-voices": {
            "get": {
                "parameters": [
                    {
                        "name": "assistant_id",
                        "in": "path",
                        "required": True,
                        "description": (
                            "The unique identifier of the assistant whose cloned voices "
                            "you want to list."
                        ),
                        "schema": {"type": "integer"},
                    },
                    {
                        "name": "status",
                        "in": "query",
                        "description": "Filter cloned voices by status.",
                        "schema": {"type": "string", "enum": STATUS_VALUES},
                    },
                    {
                        "name": "provider",
                        "in": "query",
                        "description": "Filter cloned voices by TTS provider.",
                        "schema": {
                            "type": "string",
                            "enum": ["elevenlabs", "resemble", "inworld"],
                        },
                    },
                ],
                "responses": {
                    "200": {
                        "description": (
                            "The response is a JSON object containing an array of cloned "
                            "voice objects."
                        ),
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "properties": {
                                        "cloned_voices": {"type": "array", "items": CLONED_VOICE}
                                    },
                                }
                            }
                        },
                    }
                },
            }
        }
    },
}


def read_text(text: str, options: PageOptions | None = None, name: str = "page.txt") -> ReadResult:
    return scraped.read(text, Path(name), options or PageOptions())


def operation_of(document: dict[str, Any]) -> tuple[str, str, dict[str, Any]]:
    ((path, item),) = document["paths"].items()
    ((method, operation),) = item.items()
    return method, path, operation


def warnings_text(result: ReadResult) -> list[str]:
    return [str(w) for w in result.warnings]


# --------------------------------------------------------------------------- the seed


def test_seed_reads_into_the_whole_expected_document() -> None:
    result = read_page(SEED, fmt="scraped", options=SEED_OPTIONS)

    assert result.document == SEED_DOCUMENT
    validate(result.document)


def test_seed_warns_only_about_the_sections_it_leaves_out() -> None:
    result = read_page(SEED, fmt="scraped", options=SEED_OPTIONS)

    (warning,) = result.warnings
    assert warning.file == SEED
    assert warning.line == 39
    assert "Quality Scores" in warning.message
    assert "Best Practices" in warning.message


def test_array_response_without_a_response_property_is_a_bare_array_with_a_warning() -> None:
    result = read_page(SEED, fmt="scraped", options=PageOptions(operation=SEED_OPTIONS.operation))

    _, _, operation = operation_of(result.document)
    schema = operation["responses"]["200"]["content"]["application/json"]["schema"]
    assert schema == {"type": "array", "items": CLONED_VOICE}
    assert any("response_property" in w.message and w.line == 22 for w in result.warnings)


# --------------------------------------------------------------------------- rendered pages


def string(**extra: Any) -> dict[str, Any]:
    return {"type": "string", **extra}


FILES = {"type": "array", "items": {"type": "string", "format": "binary"}}
SAMPLES_EXAMPLE = {
    "status": "success",
    "samples": [
        {
            "id": "d15b199a-1b79-4664-9a9a-b149ee3b136a",
            "voice_id": "73d4c04b-1e15-4272-9c7f-8d2955914ba9",
            "transcription": None,
            "duration_seconds": 11.4,
            "created_at": "2026-06-22T21:34:31.347Z",
        }
    ],
}
DELETE_EXAMPLE = {
    "data": {"status": "success", "message": "Voice deleted successfully"},
    "errors": None,
}

# file → what the page states: (method, path), parameters as (name, in, schema, required),
# body fields as name → (schema without description, required), the body's media type,
# response fields as name → schema without description, and the JSON examples.
RENDERED_EXPECTED: dict[str, dict[str, Any]] = {
    "bland-delete-voices-id.txt": {
        "operation": ("delete", "/v1/voices/{id}"),
        "summary": "Delete Voice",
        "parameters": [
            ("authorization", "header", string(), True),
            ("id", "path", string(), True),
        ],
        "body": None,
        "response": {"data": {"type": "object"}, "errors": {"type": ["array", "null"]}},
        "examples": [DELETE_EXAMPLE],
    },
    "bland-post-voices-samples.txt": {
        "operation": ("post", "/v1/voices/samples"),
        "summary": "Add Voice Sample",
        "parameters": [("authorization", "header", string(), True)],
        "body": (
            "multipart/form-data",
            {"voice_id": (string(), True), "audio_samples": (FILES, True)},
        ),
        "response": {"status": string(), "samples": {"type": "array"}},
        "examples": [SAMPLES_EXAMPLE],
    },
    "bland-post-voices.txt": {
        "operation": ("post", "/v1/voices"),
        "summary": None,
        "parameters": [("authorization", "header", string(), True)],
        "body": (
            "multipart/form-data",
            {"name": (string(), True), "audio_samples": (FILES, True)},
        ),
        "response": {"voice_id": {"type": "integer"}, "name": string()},
        "examples": [{"voice_id": 12345, "name": "My Custom Voice"}],
    },
}


def rendered_page(name: str) -> Path:
    page = RENDERED / name
    if not page.is_file():
        pytest.skip(f"the shared rendered pages are not here ({page} is absent)")
    return page


def without_description(schema: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in schema.items() if k != "description"}


@pytest.mark.parametrize("name", sorted(RENDERED_EXPECTED))
def test_rendered_page_method_path_and_title(name: str) -> None:
    expected = RENDERED_EXPECTED[name]
    result = read_page(rendered_page(name), fmt="scraped")

    method, path, operation = operation_of(result.document)
    assert (method, path) == expected["operation"]
    assert operation.get("summary") == expected["summary"]
    assert result.document["servers"] == [{"url": "https://api.bland.ai"}]


@pytest.mark.parametrize("name", sorted(RENDERED_EXPECTED))
def test_rendered_page_parameters(name: str) -> None:
    expected = RENDERED_EXPECTED[name]
    _, _, operation = operation_of(read_page(rendered_page(name), fmt="scraped").document)

    parameters = [
        (p["name"], p["in"], p["schema"], p.get("required", False)) for p in operation["parameters"]
    ]
    assert parameters == expected["parameters"]
    assert all(p["description"] for p in operation["parameters"])


@pytest.mark.parametrize("name", sorted(RENDERED_EXPECTED))
def test_rendered_page_request_body(name: str) -> None:
    expected = RENDERED_EXPECTED[name]
    _, _, operation = operation_of(read_page(rendered_page(name), fmt="scraped").document)

    if expected["body"] is None:
        assert "requestBody" not in operation
        return
    media_type, fields = expected["body"]
    body = operation["requestBody"]
    assert body["required"] is True
    schema = body["content"][media_type]["schema"]
    assert {k: without_description(v) for k, v in schema["properties"].items()} == {
        k: s for k, (s, _) in fields.items()
    }
    assert schema["required"] == [k for k, (_, required) in fields.items() if required]


@pytest.mark.parametrize("name", sorted(RENDERED_EXPECTED))
def test_rendered_page_response_fields_and_examples(name: str) -> None:
    expected = RENDERED_EXPECTED[name]
    _, _, operation = operation_of(read_page(rendered_page(name), fmt="scraped").document)

    media = operation["responses"]["200"]["content"]["application/json"]
    properties = media["schema"]["properties"]
    assert {k: without_description(v) for k, v in properties.items()} == expected["response"]
    assert "required" not in media["schema"]
    # Each page shows its response example twice; it is kept once.
    assert [e["value"] for e in media["examples"].values()] == expected["examples"]


# Each page's responses: status → (example keys per media type, error codes); its field texts;
# and what it warns about (nothing: every line of these pages has a place).
RENDERED_RESPONSES: dict[str, dict[str, tuple[dict[str, list[str]], list[str]]]] = {
    "bland-delete-voices-id.txt": {
        "200": ({"application/json": ["example"]}, []),
        # "... return 400 ERROR_DELETING_VOICE." in the overview: a status with no example.
        "400": ({}, ["ERROR_DELETING_VOICE"]),
    },
    "bland-post-voices-samples.txt": {"200": ({"application/json": ["example"]}, [])},
    "bland-post-voices.txt": {"200": ({"application/json": ["example"]}, [])},
}
RENDERED_TEXTS: dict[str, dict[tuple[str, str], str]] = {
    "bland-delete-voices-id.txt": {
        ("header", "authorization"): "Your API key for authentication.",
        ("path", "id"): "UUID of the voice to delete.",
        ("response", "data"): "Confirmation that the voice was deleted.",
        ("response", "errors"): "null on success.",
    },
    "bland-post-voices-samples.txt": {
        ("header", "authorization"): "Your API key for authentication.",
        ("body", "voice_id"): "UUID of the voice to add samples to. Must be a voice your org owns.",
        ("body", "audio_samples"): (
            "WAV files to append. Each file 1-60 seconds, max 10 MB. The combined sample count "
            "after this call cannot exceed 5 for a V1 voice."
        ),
        ("response", "status"): "success on success.",
        ("response", "samples"): (
            "The samples currently attached to the voice after the update. See List Voice "
            "Samples for field shape."
        ),
    },
    "bland-post-voices.txt": {
        ("header", "authorization"): "Your API key for authentication.",
        ("body", "name"): "The name to identify your cloned voice.",
        ("body", "audio_samples"): "One or more audio files to use as samples for voice cloning.",
        ("response", "voice_id"): "The unique identifier for the cloned voice.",
        ("response", "name"): "The name you provided for the voice.",
    },
}


def field_texts(operation: dict[str, Any]) -> dict[tuple[str, str], str]:
    """Every documented field's description: (where, name) → text."""
    texts = {(p["in"], p["name"]): p["description"] for p in operation.get("parameters", [])}
    for media in operation.get("requestBody", {}).get("content", {}).values():
        for name, schema in media["schema"]["properties"].items():
            texts["body", name] = schema["description"]
    for media in operation["responses"]["200"]["content"].values():
        for name, schema in media.get("schema", {}).get("properties", {}).items():
            texts["response", name] = schema["description"]
    return texts


@pytest.mark.parametrize("name", sorted(RENDERED_EXPECTED))
def test_rendered_page_responses_texts_and_warnings(name: str) -> None:
    result = read_page(rendered_page(name), fmt="scraped")
    _, _, operation = operation_of(result.document)

    responses = {
        status: (
            {media: list(c.get("examples", {})) for media, c in r.get("content", {}).items()},
            r.get("x-clientgen-error-codes", []),
        )
        for status, r in operation["responses"].items()
    }
    assert responses == RENDERED_RESPONSES[name]
    assert field_texts(operation) == RENDERED_TEXTS[name]
    # The closing "Docs for agents: llms.txt" line is the site's, not the operation's.
    assert "llms.txt" not in operation.get("description", "")
    assert warnings_text(result) == []


def test_rendered_delete_page_states_its_error_in_prose() -> None:
    result = read_page(rendered_page("bland-delete-voices-id.txt"), fmt="scraped")

    _, _, operation = operation_of(result.document)
    error = operation["responses"]["400"]
    assert error["x-clientgen-error-codes"] == ["ERROR_DELETING_VOICE"]
    assert error["description"].startswith("Only voices owned by your org can be deleted;")
    assert error["description"].endswith("return 400 ERROR_DELETING_VOICE.")
    assert operation["description"].startswith("Soft-deletes a voice from your library.")
    assert result.warnings == []


def test_every_rendered_page_is_valid_openapi() -> None:
    pages = sorted(RENDERED.glob("*.txt")) if RENDERED.is_dir() else []
    if not pages:
        pytest.skip(f"the shared rendered pages are not here ({RENDERED} is absent)")
    for page in pages:
        validate(read_page(page, fmt="scraped").document)


# --------------------------------------------------------------------------- method and path


def test_no_method_and_no_path_is_an_error_naming_the_file() -> None:
    text = "Query Parameters\nq\nstring\nThe query.\n"

    with pytest.raises(ClientgenError) as caught:
        read_text(text, name="nowhere.txt")

    message = str(caught.value)
    assert caught.value.file == Path("nowhere.txt")
    assert "nowhere.txt" in message
    assert '--operation "METHOD PATH"' in message
    assert "operation:" in message


def test_a_malformed_operation_option_is_an_error() -> None:
    with pytest.raises(ClientgenError, match="METHOD /path"):
        read_text("Response\nid\ninteger\nThe id.\n", PageOptions(operation="voices"))


def test_method_and_path_on_one_line_and_a_title_above_them() -> None:
    result = read_text("List Things\nGET /v1/things\nResponse\ntotal\ninteger\nHow many.\n")

    method, path, operation = operation_of(result.document)
    assert (method, path, operation["summary"]) == ("get", "/v1/things", "List Things")
    assert result.document["info"]["title"] == "List Things"


def test_the_page_wins_over_a_disagreeing_option_with_a_warning() -> None:
    text = "POST\n/\nv1\n/\nthings\nBody\nname\nstring\nThe name.\n"

    result = read_text(text, PageOptions(operation="PUT /v1/things"))

    method, path, _ = operation_of(result.document)
    assert (method, path) == ("post", "/v1/things")
    (warning,) = result.warnings
    assert warning.line == 1
    assert "PUT /v1/things" in warning.message


def test_a_curl_example_alone_gives_the_operation_with_a_warning() -> None:
    text = (
        "curl --request POST --url https://api.example.com/v2/items "
        "--data '{\"a\": 1}'\nBody\na\ninteger\nrequired\nThe a.\n"
    )

    result = read_text(text)

    method, path, operation = operation_of(result.document)
    assert (method, path) == ("post", "/v2/items")
    assert result.document["servers"] == [{"url": "https://api.example.com"}]
    assert operation["requestBody"]["content"]["application/json"]["schema"] == {
        "type": "object",
        "properties": {"a": {"type": "integer", "description": "The a."}},
        "required": ["a"],
    }
    assert [w.line for w in result.warnings] == [1]


def test_an_undocumented_path_parameter_is_added_untyped_with_a_warning() -> None:
    result = read_text("Response\nid\ninteger\nThe id.\n", PageOptions(operation="GET /x/{x_id}"))

    _, _, operation = operation_of(result.document)
    assert operation["parameters"] == [
        {"name": "x_id", "in": "path", "required": True, "schema": {}}
    ]
    assert any("x_id" in w for w in warnings_text(result))
    validate(result.document)


# --------------------------------------------------------------------------- warnings


def test_an_unreadable_line_is_a_warning_with_its_line_number() -> None:
    text = (
        "Path Parameters\n"
        "These words belong to no field.\n"
        "voice_id\n"
        "(string, required): The voice.\n"
    )

    result = read_text(text, PageOptions(operation="GET /v1/voices/{voice_id}"))

    (warning,) = result.warnings
    assert (warning.file, warning.line) == (Path("page.txt"), 2)
    assert "These words belong to no field." in warning.message
    _, _, operation = operation_of(result.document)
    assert [p["name"] for p in operation["parameters"]] == ["voice_id"]


def test_an_unknown_type_keeps_the_description_only_with_a_warning() -> None:
    text = "Query Parameters\nkind\n(widget, optional): Some kind of thing\n"

    result = read_text(text, PageOptions(operation="GET /things"))

    _, _, operation = operation_of(result.document)
    assert operation["parameters"] == [
        {"name": "kind", "in": "query", "description": "Some kind of thing", "schema": {}}
    ]
    (warning,) = result.warnings
    assert warning.line == 3
    assert "widget" in warning.message


def test_a_glued_name_with_no_clear_split_is_a_warning_not_a_guess() -> None:
    text = "Response Fields\nid\n(string): Identifier of the itemqux\n(string): Something else\n"

    result = read_text(text, PageOptions(operation="GET /items"))

    _, _, operation = operation_of(result.document)
    properties = operation["responses"]["200"]["content"]["application/json"]["schema"][
        "properties"
    ]
    assert list(properties) == ["id"]
    assert properties["id"]["description"] == "Identifier of the itemqux"
    (warning,) = result.warnings
    assert warning.line == 3
    assert "itemqux" in warning.message


def test_an_example_that_is_not_json_is_kept_as_text_with_a_warning() -> None:
    text = 'GET /things\n{\n  "total": 1,\n}\nResponse\ntotal\ninteger\nHow many.\n'

    result = read_text(text)

    _, _, operation = operation_of(result.document)
    examples = operation["responses"]["200"]["content"]["application/json"]["examples"]
    assert examples == {"example": {"value": '{\n"total": 1,\n}', "x-clientgen-unparsed": True}}
    (warning,) = result.warnings
    assert warning.line == 2


# --------------------------------------------------------------------------- field details


def test_run_together_glued_names_split_on_page_evidence() -> None:
    text = (
        "Response Fields\n"
        "id\n"
        "(string): The voice's identifiervoice_name\n"
        "(string): Name of the voice, as of ISO 8601created_at\n"
        "(string): When it was made, never null\n"
        "Notes\n"
        "- voice_name: shown in the dashboard\n"
    )

    result = read_text(text, PageOptions(operation="GET /voices"))

    _, _, operation = operation_of(result.document)
    properties = operation["responses"]["200"]["content"]["application/json"]["schema"][
        "properties"
    ]
    assert properties == {
        "id": {"type": "string", "description": "The voice's identifier"},
        "voice_name": {"type": "string", "description": "Name of the voice, as of ISO 8601"},
        # "never null": not a nullable field.
        "created_at": {"type": "string", "description": "When it was made, never null"},
    }
    assert [w.line for w in result.warnings] == [6]  # the "Notes" section


def test_inline_allowed_values_default_and_rendered_type_forms() -> None:
    text = (
        "GET /things\n"
        "Query Parameters\n"
        "limit\n"
        "(integer, optional, default: 10): How many. Allowed values: 10, 20, 50\n"
        "Headers\n"
        "order\n"
        "enum<string>\n"
        "Sort order.\n"
        "Available options: asc, desc\n"
        "since\n"
        "string<date-time> | null\n"
        "Only things after this instant.\n"
    )

    result = read_text(text)

    _, _, operation = operation_of(result.document)
    assert [(p["name"], p["schema"]) for p in operation["parameters"]] == [
        ("limit", {"type": "integer", "default": 10, "enum": [10, 20, 50]}),
        ("order", {"type": "string", "enum": ["asc", "desc"]}),
        ("since", {"type": ["string", "null"], "format": "date-time"}),
    ]
    assert operation["parameters"][0]["description"] == "How many."
    assert result.warnings == []


def test_error_examples_take_the_status_the_prose_gives_their_code() -> None:
    text = (
        "GET /things\n"
        '{"total": 0}\n'
        '{"error": "RATE_LIMITED"}\n'
        '{"error": "SOMETHING_ELSE"}\n'
        "Overview\n"
        "Calls over the quota return 429 RATE_LIMITED.\n"
        "Response\n"
        "total\n"
        "integer\n"
        "How many.\n"
    )

    result = read_text(text)

    _, _, operation = operation_of(result.document)
    responses = operation["responses"]
    assert list(responses) == ["200", "429", "default"]
    assert responses["429"] == {
        "description": "Calls over the quota return 429 RATE_LIMITED.",
        "x-clientgen-error-codes": ["RATE_LIMITED"],
        "content": {
            "application/json": {"examples": {"example": {"value": {"error": "RATE_LIMITED"}}}}
        },
    }
    assert responses["default"]["content"]["application/json"]["examples"] == {
        "example": {"value": {"error": "SOMETHING_ELSE"}}
    }
    validate(result.document)


# --------------------------------------------------------------------------- rendered Mintlify


# The shape of a rendered Mintlify page generated from OpenAPI: where the key goes under its
# type, the body's media type, nested fields under "Show child attributes" with dotted names,
# the status and media type of the response.
UNFOLDED = (
    "POST\n"  # 1
    "/\n"
    "v1\n"
    "/\n"
    "batches\n"  # 5
    "Create Batch\n"
    "Authorizations\n"
    "x-api-key\n"
    "string\n"
    "header\n"  # 10
    "required\n"
    "Your API key.\n"
    "Body\n"
    "application/json\n"
    "requests\n"  # 15
    "object[]\n"
    "required\n"
    "The requests.\n"
    "Show child attributes\n"
    "requests.custom_id\n"  # 20
    "string\n"
    "required\n"
    "Your id for the request.\n"
    "requests.params.model\n"
    "string\n"  # 25
    "The model.\n"
    "mode\n"
    "enum<string>\n"
    "default:fast\n"
    "How to run.\n"  # 30
    "Available options: fast, slow\n"
    "Response\n"
    "201\n"
    "application/json\n"
    "Batch created.\n"  # 35
    "id\n"
    "string\n"
    "required\n"
    "The batch id.\n"
    "counts\n"  # 40
    "object\n"
    "Tallies.\n"
    "Show child attributes\n"
    "400\n"
    "application/json\n"  # 45
    "Bad request.\n"
    "error\n"
    "string\n"
    "What went wrong.\n"
)


def test_rendered_mintlify_shape_nests_dotted_fields_and_reads_status_and_media() -> None:
    result = read_text(UNFOLDED, name="batch.txt")

    method, path, operation = operation_of(result.document)
    assert (method, path, operation["summary"]) == ("post", "/v1/batches", "Create Batch")
    assert operation["parameters"] == [
        {
            "name": "x-api-key",
            "in": "header",
            "required": True,
            "description": "Your API key.",
            "schema": {"type": "string"},
        }
    ]
    body = operation["requestBody"]["content"]["application/json"]["schema"]
    assert body == {
        "type": "object",
        "properties": {
            "requests": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "custom_id": {"type": "string", "description": "Your id for the request."},
                        "params": {
                            "type": "object",
                            "properties": {
                                "model": {"type": "string", "description": "The model."}
                            },
                        },
                    },
                    "required": ["custom_id"],
                },
                "description": "The requests.",
            },
            "mode": {
                "type": "string",
                "default": "fast",
                "enum": ["fast", "slow"],
                "description": "How to run.",
            },
        },
        "required": ["requests"],
    }
    responses = operation["responses"]
    assert list(responses) == ["201"]
    assert responses["201"]["description"] == "Batch created."
    assert responses["201"]["content"]["application/json"]["schema"] == {
        "type": "object",
        "properties": {
            "id": {"type": "string", "description": "The batch id."},
            "counts": {"type": "object", "description": "Tallies."},
        },
        "required": ["id"],
    }
    # The folded "counts" fields and the 400 part (whose fields would mix with the 201's).
    assert [(w.line, w.message) for w in result.warnings] == [
        (
            43,
            "the fields nested in 'counts' are not in the text (folded when the page was "
            "scraped); it is read without them",
        ),
        (44, "lines 44-49 ('400'): not a part of the operation the reader knows; left out"),
    ]
    validate(result.document)


def test_rendered_mintlify_location_line_moves_a_parameter() -> None:
    text = "GET /things\nAuthorizations\napi_key\nstring\nquery\nrequired\nThe key.\n"

    result = read_text(text)

    _, _, operation = operation_of(result.document)
    assert [(p["name"], p["in"], p.get("required")) for p in operation["parameters"]] == [
        ("api_key", "query", True)
    ]
    assert result.warnings == []


def test_run_together_dotted_names_nest_too() -> None:
    text = (
        "Response Fields\n"
        "data\n"
        "(object): The voice.\n"
        "data.voice_id\n"
        "(string): Its id.\n"
        "errors\n"
        "(array | null): null on success.\n"
    )

    result = read_text(text, PageOptions(operation="GET /voices/{id}"))

    _, _, operation = operation_of(result.document)
    schema = operation["responses"]["200"]["content"]["application/json"]["schema"]
    assert schema["properties"] == {
        "data": {
            "type": "object",
            "description": "The voice.",
            "properties": {"voice_id": {"type": "string", "description": "Its id."}},
        },
        "errors": {"type": ["array", "null"], "description": "null on success."},
    }


# --------------------------------------------------------------------------- values in prose


def test_prose_enum_and_default_and_unreadable_allowed_values() -> None:
    text = (
        "GET /voices\n"
        "Query Parameters\n"
        "engine\n"
        "string\n"
        "Engine. One of BTTS, BTTS_V2 or BTTS_V3.\n"
        "limit\n"
        "integer\n"
        "Page size. Defaults to 20.\n"
        "label\n"
        "string\n"
        "Allowed values: any text you like\n"
        "voice\n"
        "string\n"
        "One of the voices you own.\n"
    )

    result = read_text(text)

    _, _, operation = operation_of(result.document)
    assert [(p["name"], p["schema"]) for p in operation["parameters"]] == [
        ("engine", {"type": "string", "enum": ["BTTS", "BTTS_V2", "BTTS_V3"]}),
        ("limit", {"type": "integer", "default": 20}),
        ("label", {"type": "string"}),
        ("voice", {"type": "string"}),
    ]
    assert operation["parameters"][2]["description"] == "Allowed values: any text you like"
    assert [(w.line, w.message) for w in result.warnings] == [
        (
            11,
            "cannot tell the values in 'Allowed values: any text you like' of 'label'; "
            "no enum is given",
        )
    ]


# --------------------------------------------------------------------------- responses


def test_success_example_with_an_undocumented_key_is_still_the_success() -> None:
    text = (
        "POST /voices\n"
        '{"status": 200, "data": {"id": "v_1"}, "errors": null}\n'
        '{"status": 400, "data": null, "errors": [{"error": "Validation Error"}]}\n'
        "Response\n"
        "Returns 201 Created with the new voice.\n"
        "data\n"
        "object\n"
        "The voice.\n"
        "errors\n"
        "null | array\n"
        "null on success.\n"
    )

    result = read_text(text)

    _, _, operation = operation_of(result.document)
    responses = operation["responses"]
    # "Returns 201 Created": the success's status, stated in plain text.
    assert list(responses) == ["201", "default"]
    assert responses["201"]["description"] == "Returns 201 Created with the new voice."
    success = responses["201"]["content"]["application/json"]["examples"]
    assert [e["value"]["status"] for e in success.values()] == [200]
    # "data": null does not fit the documented object: an error whose status is not stated.
    assert responses["default"]["x-clientgen-error-codes"] == ["Validation Error"]
    assert result.warnings == []


def test_a_long_json_example_is_read_whole_and_once() -> None:
    # Thousands of lines, as in an OpenAPI document handed to this reader: each line is counted
    # once (the bracket count used to start over at every line, quadratic in the example).
    items = ",\n".join(f'    {{"id": {n}, "note": "a \\"quoted\\" [bracket"}}' for n in range(3000))
    text = f'GET /things\n{{\n  "total": 3000,\n  "items": [\n{items}\n  ]\n}}\n'
    text += "Response\ntotal\ninteger\nHow many.\n"

    result = read_text(text)

    _, _, operation = operation_of(result.document)
    examples = operation["responses"]["200"]["content"]["application/json"]["examples"]
    (example,) = examples.values()
    assert len(example["value"]["items"]) == 3000
    assert example["value"]["items"][-1] == {"id": 2999, "note": 'a "quoted" [bracket'}
    assert result.warnings == []


def test_bracket_depth_carries_strings_and_escapes_across_feeds() -> None:
    depth = scraped.value_hints.BracketDepth()

    assert not depth.feed('{"a": "}\\"')
    assert not depth.feed(' still a string ]"')
    assert depth.feed("}")
