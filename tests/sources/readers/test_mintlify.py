"""The reader of Mintlify markdown, exported .md and MDX source (sources/readers/mintlify)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from openapi_spec_validator import validate

from clientgen.core.diagnostics import ClientgenError
from clientgen.sources.readers import PageOptions, ReadResult, detect_format, mintlify

ROOT = Path(__file__).parents[3]
SOURCES = ROOT / "specs" / "sources"
SHARED_PAGES = ROOT.parent / "shared" / "pages"
BLAND_MDX = SHARED_PAGES / "bland"
needs_shared_pages = pytest.mark.skipif(
    not BLAND_MDX.is_dir(), reason=f"the vendor MDX pages are not checked out at {BLAND_MDX}"
)

AUTHORIZATION = {
    "name": "authorization",
    "in": "header",
    "required": True,
    "description": "Your API key for authentication.",
    "schema": {"type": "string"},
}


def read_text(text: str, name: str = "page.mdx", **options: Any) -> ReadResult:
    return mintlify.read(text, Path(name), PageOptions(**options))


def operation_of(result: ReadResult) -> dict[str, Any]:
    (path_item,) = result.document["paths"].values()
    (operation,) = path_item.values()
    assert isinstance(operation, dict)
    return operation


# --------------------------------------------------------------------------- the seed pages

# The fields of one sample, from the <Expandable> inside `samples`.
SAMPLE_RECORD: dict[str, Any] = {
    "type": "object",
    "properties": {
        "id": {"type": "string", "description": "UUID of the sample."},
        "voice_id": {"type": "string", "description": "UUID of the parent voice."},
        "transcription": {
            "type": ["string", "null"],
            "description": (
                "Transcribed text for the sample. "
                "`null` if transcription has not been generated yet."
            ),
        },
        "duration_seconds": {"type": "number", "description": "Length of the sample audio."},
        "audio_data": {
            "type": "string",
            "description": "Base64-encoded audio. Only present when `include_audio=true`.",
        },
        "created_at": {"type": "string", "description": "ISO 8601 timestamp."},
    },
}

LIST_VOICE_SAMPLES: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "List Voice Samples", "version": "0.0.0"},
    "paths": {
        "/v1/voices/{id}/samples": {
            "get": {
                "summary": "List Voice Samples",
                "description": (
                    "List the training samples attached to a voice clone you own.\n\n"
                    "Returns the training samples used to create a voice clone. Only voices "
                    "owned by your org return samples; default voices and shared library voices "
                    'return `400 VOICE_SAMPLES_ERROR` with the message `"Voice is a default '
                    'voice and not owned by the user."`\n\n'
                    "Retrievable samples are only present for V1 (`BTTS`) voices. **V2 and V3 "
                    "voices both return `[]`** even though they were cloned from a sample, "
                    "because the underlying single source clip is not exposed via this "
                    "endpoint. Use the source audio of your original clone for those."
                    # The site's closing "Docs for agents: [llms.txt](/llms.txt)" is left out.
                ),
                "parameters": [
                    AUTHORIZATION,
                    {
                        "name": "id",
                        "in": "path",
                        "required": True,
                        "description": "UUID of the voice.",
                        "schema": {"type": "string"},
                    },
                    {
                        "name": "include_audio",
                        "in": "query",
                        "description": (
                            "When `true`, includes base64-encoded audio data with each sample. "
                            "Increases response size significantly. Use [Get Voice Sample]"
                            "(/api-v1/get/voices-id-samples-sample-id) for a single sample with "
                            "audio instead."
                        ),
                        "schema": {"type": "boolean", "default": False},
                    },
                ],
                "responses": {
                    "200": {
                        "description": "Successful response",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "properties": {
                                        "samples": {
                                            "type": "array",
                                            "items": SAMPLE_RECORD,
                                            "description": (
                                                "Array of training sample records. "
                                                "Empty array for V3 voices."
                                            ),
                                        }
                                    },
                                },
                                "examples": {
                                    "response": {"summary": "Response", "value": {"samples": []}}
                                },
                            }
                        },
                    },
                    "400": {
                        "description": (
                            "Only voices owned by your org return samples; default voices and "
                            "shared library voices return `400 VOICE_SAMPLES_ERROR` with the "
                            'message `"Voice is a default voice and not owned by the user."`'
                        ),
                        "x-clientgen-error-codes": ["VOICE_SAMPLES_ERROR"],
                        "content": {
                            "application/json": {
                                "examples": {
                                    "not_owned": {
                                        "summary": "Not Owned",
                                        "value": {
                                            "data": None,
                                            "errors": [
                                                {
                                                    "error": "VOICE_SAMPLES_ERROR",
                                                    "message": (
                                                        "Voice is a default voice and not "
                                                        "owned by the user."
                                                    ),
                                                }
                                            ],
                                        },
                                    }
                                }
                            }
                        },
                    },
                },
            }
        }
    },
}

SAMPLE_FIELDS: dict[str, Any] = {
    "id": {"type": "string"},
    "voice_id": {"type": "string"},
    "transcription": {"type": ["string", "null"]},
    "duration_seconds": {"type": "number"},
    "audio_data": {"type": "string", "description": "Base64-encoded WAV audio."},
    "created_at": {"type": "string"},
}

AUDIO_NOT_FOUND: dict[str, Any] = {
    "data": None,
    "errors": [{"error": "AUDIO_NOT_FOUND", "message": "No audio data found for this sample"}],
}

GET_VOICE_SAMPLE: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Get Voice Sample", "version": "0.0.0"},
    "paths": {
        "/v1/voices/{id}/samples/{sample_id}": {
            "get": {
                "summary": "Get Voice Sample",
                "description": (
                    "Download a single training sample as audio or JSON metadata.\n\n"
                    "Returns a single training sample for a voice you own. By default the "
                    "response is the raw WAV audio. Pass `?format=json` to get the metadata "
                    "plus base64-encoded audio instead.\n\n"
                    "Only voices owned by your org return samples. Default voices and "
                    "shared-library voices return `400 VOICE_SAMPLE_ERROR`."
                ),
                "parameters": [
                    AUTHORIZATION,
                    {
                        "name": "id",
                        "in": "path",
                        "required": True,
                        "description": "UUID of the parent voice.",
                        "schema": {"type": "string"},
                    },
                    {
                        "name": "sample_id",
                        "in": "path",
                        "required": True,
                        "description": "UUID of the sample to fetch.",
                        "schema": {"type": "string"},
                    },
                    {
                        "name": "format",
                        "in": "query",
                        "description": (
                            "Response format. `audio` returns the raw WAV binary, `json` returns "
                            "sample metadata with base64-encoded audio under `data`."
                        ),
                        "schema": {"type": "string", "default": "audio"},
                    },
                ],
                "responses": {
                    "200": {
                        "description": (
                            "With `format=audio` (default), returns the WAV binary with:\n\n"
                            "* `Content-Type: audio/wav`\n"
                            '* `Content-Disposition: attachment; filename="sample-<id>.wav"`\n\n'
                            "With `format=json`, returns sample metadata."
                        ),
                        "headers": {
                            "Content-Type": {"schema": {"type": "string"}, "example": "audio/wav"},
                            "Content-Length": {"schema": {"type": "integer"}, "example": 245318},
                            "Content-Disposition": {
                                "schema": {"type": "string"},
                                "example": 'attachment; filename="sample-d15b199a.wav"',
                            },
                        },
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "properties": {
                                        "sample": {
                                            "type": "object",
                                            "properties": SAMPLE_FIELDS,
                                            "description": "Only present in JSON mode.",
                                        }
                                    },
                                },
                                "examples": {
                                    "json_response": {
                                        "summary": "JSON Response",
                                        "value": {
                                            "sample": {
                                                "id": "d15b199a-1b79-4664-9a9a-b149ee3b136a",
                                                "voice_id": "73d4c04b-1e15-4272-9c7f-8d2955914ba9",
                                                "transcription": "Hello and welcome to Bland.",
                                                "duration_seconds": 11.4,
                                                "audio_data": "<base64 WAV>",
                                                "created_at": "2026-06-22T21:34:31.347Z",
                                            }
                                        },
                                    }
                                },
                            },
                            "audio/wav": {
                                "schema": {"type": "string", "format": "binary"},
                                "examples": {
                                    "audio_response": {
                                        "summary": "Audio Response",
                                        "value": "<WAV binary>",
                                    }
                                },
                            },
                        },
                    },
                    "400": {
                        "description": (
                            "Default voices and shared-library voices return "
                            "`400 VOICE_SAMPLE_ERROR`."
                        ),
                        "x-clientgen-error-codes": ["VOICE_SAMPLE_ERROR"],
                    },
                    "default": {
                        "description": "Audio Not Found",
                        "x-clientgen-error-codes": ["AUDIO_NOT_FOUND"],
                        "content": {
                            "application/json": {
                                "examples": {
                                    "audio_not_found": {
                                        "summary": "Audio Not Found",
                                        "value": AUDIO_NOT_FOUND,
                                    }
                                }
                            }
                        },
                    },
                },
            }
        }
    },
}


@pytest.mark.parametrize(
    ("page", "operation", "expected"),
    [
        ("bland-list-voice-samples.md", "GET /v1/voices/{id}/samples", LIST_VOICE_SAMPLES),
        (
            "bland-get-voice-sample.md",
            "GET /v1/voices/{id}/samples/{sample_id}",
            GET_VOICE_SAMPLE,
        ),
    ],
)
def test_seed_page_reads_into_the_whole_expected_document(
    page: str, operation: str, expected: dict[str, Any]
) -> None:
    path = SOURCES / "bland" / page
    result = mintlify.read(path.read_text(encoding="utf-8"), path, PageOptions(operation=operation))
    assert result.document == expected
    assert result.warnings == []
    validate(result.document)


def test_seed_pages_are_detected_as_mintlify() -> None:
    for path in (SOURCES / "bland").glob("*.md"):
        text = path.read_text(encoding="utf-8")
        assert mintlify.looks_like(text)
        assert detect_format(text, path) == "mintlify"


# --------------------------------------------------------------------------- the MDX sources

MDX_OPERATIONS = {
    "delete-voices-id-samples.mdx": ("delete", "/v1/voices/{id}/samples"),
    "delete-voices-id.mdx": ("delete", "/v1/voices/{id}"),
    "get-voices-id.mdx": ("get", "/v1/voices/{id}"),
    "get-voices.mdx": ("get", "/v1/voices"),
    "patch-voices-id-rename.mdx": ("patch", "/v1/voices/{id}/rename"),
    "post-clone.mdx": ("post", "/v1/voices/clone"),
    "post-voices-samples.mdx": ("post", "/v1/voices/samples"),
}


def read_mdx(name: str) -> ReadResult:
    path = BLAND_MDX / name
    return mintlify.read(path.read_text(encoding="utf-8"), path, PageOptions())


@needs_shared_pages
def test_every_mdx_page_is_listed_here() -> None:
    assert sorted(p.name for p in BLAND_MDX.glob("*.mdx")) == sorted(MDX_OPERATIONS)


@needs_shared_pages
@pytest.mark.parametrize("name", sorted(MDX_OPERATIONS))
def test_mdx_page_reads_into_a_valid_document(name: str) -> None:
    result = read_mdx(name)
    method, path = MDX_OPERATIONS[name]
    assert list(result.document["paths"]) == [path]
    assert list(result.document["paths"][path]) == [method]
    assert result.document["servers"] == [{"url": "https://api.bland.ai"}]
    assert result.warnings == []
    assert mintlify.looks_like((BLAND_MDX / name).read_text(encoding="utf-8"))
    validate(result.document)


@needs_shared_pages
def test_mdx_multipart_form_with_file_array() -> None:
    operation = operation_of(read_mdx("post-clone.mdx"))
    body = operation["requestBody"]
    assert body["required"] is True
    schema = body["content"]["multipart/form-data"]["schema"]
    assert schema["required"] == ["name", "audio_samples"]
    assert schema["properties"]["audio_samples"] == {
        "type": "array",
        "items": {"type": "string", "format": "binary"},
        "description": (
            "Audio file or files. Constraints depend on the engine flag (see below). "
            "WAV format recommended."
        ),
    }
    assert schema["properties"]["gender"]["enum"] == ["male", "female"]  # "`male` or `female`."
    assert schema["properties"]["isBTTS_V3"]["type"] == "boolean"
    # The accordions' prose stays in the description, under its section heading.
    assert "## Engine constraints" in operation["description"]
    assert "**V2 (isBTTS_V2=true)**\n\n- Exactly 1 audio file." in operation["description"]
    # The response section's prose states the status and describes the success.
    assert operation["responses"]["200"]["description"] == (
        "Returns `200 OK` with the new voice on success."
    )


@needs_shared_pages
def test_mdx_error_examples_that_fit_no_stated_status_go_to_default() -> None:
    responses = operation_of(read_mdx("post-clone.mdx"))["responses"]
    assert sorted(responses) == ["200", "default"]
    default = responses["default"]
    assert default["description"] == "Validation Error\n\nVoice Limit Exceeded"
    assert default["x-clientgen-error-codes"] == ["Validation Error", "Limit Exceeded"]
    examples = default["content"]["application/json"]["examples"]
    assert list(examples) == ["validation_error", "voice_limit_exceeded"]
    assert examples["voice_limit_exceeded"]["value"]["errors"][0]["error"] == "Limit Exceeded"
    # The success example keeps its undocumented "status" key: it still fits the fields.
    success = responses["200"]["content"]["application/json"]["examples"]["response"]
    assert success["value"]["status"] == 200


@needs_shared_pages
def test_mdx_error_example_matched_to_the_status_the_prose_states() -> None:
    responses = operation_of(read_mdx("delete-voices-id.mdx"))["responses"]
    assert sorted(responses) == ["200", "400"]
    assert responses["400"]["x-clientgen-error-codes"] == ["ERROR_DELETING_VOICE"]
    assert responses["400"]["description"].endswith("return `400 ERROR_DELETING_VOICE`.")
    assert list(responses["400"]["content"]["application/json"]["examples"]) == [
        "error_deleting_voice"
    ]


@needs_shared_pages
def test_mdx_bare_status_in_prose_and_dotted_response_fields() -> None:
    responses = operation_of(read_mdx("patch-voices-id-rename.mdx"))["responses"]
    assert responses["403"] == {
        "description": (
            "Only voices owned by your org can be renamed; default and shared-library voices "
            "return `403`."
        )
    }
    assert responses["200"]["content"]["application/json"]["schema"] == {
        "type": "object",
        "properties": {
            "data": {
                "type": "object",
                "properties": {
                    "name": {"type": "string", "description": "The updated display name."},
                    "voice_id": {"type": "string", "description": "UUID of the renamed voice."},
                },
            },
            "errors": {"type": ["array", "null"], "description": "`null` on success."},
        },
    }


@needs_shared_pages
def test_mdx_prose_enum_and_json_body_of_a_delete() -> None:
    voices = operation_of(read_mdx("get-voices.mdx"))["responses"]["200"]
    item = voices["content"]["application/json"]["schema"]["properties"]["voices"]["items"]
    assert item["properties"]["service"]["enum"] == ["BTTS", "BTTS_V2", "BTTS_V3", "LEGACY"]
    assert item["properties"]["my_rating"]["type"] == ["number", "null"]
    body = operation_of(read_mdx("delete-voices-id-samples.mdx"))["requestBody"]
    schema = body["content"]["application/json"]["schema"]
    assert schema["properties"]["sample_ids"]["items"] == {"type": "string"}
    # The code block inside the field stays in its description.
    assert schema["properties"]["sample_ids"]["description"] == (
        "Array of sample UUIDs to delete.\n\n"
        '```json\n{ "sample_ids": ["d15b199a-1b79-4664-9a9a-b149ee3b136a"] }\n```'
    )


# -- each MDX page, read in full: what the page documents, with the descriptions set aside


def shape(schema: Any) -> Any:
    """A schema without its descriptions (property names are kept, even "description")."""
    if not isinstance(schema, dict):
        return schema
    out: dict[str, Any] = {}
    for key, value in schema.items():
        if key == "properties":
            out[key] = {name: shape(inner) for name, inner in value.items()}
        elif key == "items":
            out[key] = shape(value)
        elif key != "description":
            out[key] = value
    return out


def digest(result: ReadResult) -> dict[str, Any]:
    """Method, path, parameters, body and responses of the one operation, descriptions aside."""
    ((path, item),) = result.document["paths"].items()
    ((method, operation),) = item.items()
    out: dict[str, Any] = {"operation": (method, path), "summary": operation["summary"]}
    out["parameters"] = [
        (p["name"], p["in"], p.get("required", False), shape(p["schema"]))
        for p in operation.get("parameters", [])
    ]
    body = operation.get("requestBody")
    if body is None:
        out["body"] = None
    else:
        ((media, content),) = body["content"].items()
        out["body"] = {
            "required": body.get("required", False),
            "media": media,
            "schema": shape(content["schema"]),
            "examples": {k: e["value"] for k, e in content.get("examples", {}).items()},
        }
    out["responses"] = {
        status: {
            "codes": response.get("x-clientgen-error-codes", []),
            "content": {
                media: (shape(content.get("schema")), list(content.get("examples", {})))
                for media, content in response.get("content", {}).items()
            },
        }
        for status, response in operation["responses"].items()
    }
    return out


STRING: dict[str, Any] = {"type": "string"}
NULLABLE_STRING: dict[str, Any] = {"type": ["string", "null"]}
FILES: dict[str, Any] = {"type": "array", "items": {"type": "string", "format": "binary"}}
ERRORS: dict[str, Any] = {"type": ["array", "null"]}  # "null | array"
AUTH_HEADER = ("authorization", "header", True, STRING)
ID_PATH = ("id", "path", True, STRING)
JSON = "application/json"


def success(schema: dict[str, Any], examples: list[str]) -> dict[str, Any]:
    return {"codes": [], "content": {JSON: (schema, examples)}}


def error(codes: list[str], examples: list[str]) -> dict[str, Any]:
    return {"codes": codes, "content": {JSON: (None, examples)}}


def obj(properties: dict[str, Any], required: list[str] | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"type": "object", "properties": properties}
    if required:
        out["required"] = required
    return out


VOICE_RECORD = obj(
    {
        "id": STRING,
        "name": STRING,
        "description": NULLABLE_STRING,
        "public": {"type": "boolean"},
        "tags": {"type": "array", "items": STRING},
        "user_id": NULLABLE_STRING,
        "voice_id": STRING,
        # "One of `BTTS`, `BTTS_V2`, `BTTS_V3`, or `LEGACY`."
        "service": {"type": "string", "enum": ["BTTS", "BTTS_V2", "BTTS_V3", "LEGACY"]},
        "finetuned": {"type": "boolean"},
        "is_creator_voice": {"type": "boolean"},
        "ratings": {"type": "number"},
        "total_ratings": {"type": "number"},
        "average_rating": {"type": "number"},
        "my_rating": {"type": ["number", "null"]},
        "creator_display_name": NULLABLE_STRING,
    }
)

MDX_EXPECTED: dict[str, dict[str, Any]] = {
    "delete-voices-id-samples.mdx": {
        "operation": ("delete", "/v1/voices/{id}/samples"),
        "summary": "Delete Voice Samples",
        "parameters": [AUTH_HEADER, ID_PATH],
        # A DELETE with a JSON body keeps it; the JSON block in the field's text shows a
        # whole body, so it is the body's example too.
        "body": {
            "required": True,
            "media": JSON,
            "schema": obj({"sample_ids": {"type": "array", "items": STRING}}, ["sample_ids"]),
            "examples": {"example": {"sample_ids": ["d15b199a-1b79-4664-9a9a-b149ee3b136a"]}},
        },
        "responses": {
            "200": success(obj({"status": STRING, "samples": {"type": "array"}}), ["response"]),
            "default": error(["INVALID_REQUEST"], ["invalid_request"]),
        },
    },
    "delete-voices-id.mdx": {
        "operation": ("delete", "/v1/voices/{id}"),
        "summary": "Delete Voice",
        "parameters": [AUTH_HEADER, ID_PATH],
        "body": None,
        "responses": {
            "200": success(
                obj({"data": obj({"status": STRING, "message": STRING}), "errors": ERRORS}),
                ["response"],
            ),
            # "... return `400 ERROR_DELETING_VOICE`", and the example holds that code.
            "400": error(["ERROR_DELETING_VOICE"], ["error_deleting_voice"]),
        },
    },
    "get-voices-id.mdx": {
        "operation": ("get", "/v1/voices/{id}"),
        "summary": "Get Voice",
        "parameters": [AUTH_HEADER, ID_PATH],
        "body": None,
        "responses": {"200": success(obj({"voice": {"type": "object"}}), ["response"])},
    },
    "get-voices.mdx": {
        "operation": ("get", "/v1/voices"),
        "summary": "List Voices",
        "parameters": [AUTH_HEADER],
        "body": None,
        "responses": {
            "200": success(obj({"voices": {"type": "array", "items": VOICE_RECORD}}), ["response"])
        },
    },
    "patch-voices-id-rename.mdx": {
        "operation": ("patch", "/v1/voices/{id}/rename"),
        "summary": "Rename Voice",
        "parameters": [AUTH_HEADER, ID_PATH],
        "body": {
            "required": True,
            "media": JSON,
            "schema": obj({"name": STRING}, ["name"]),
            "examples": {},
        },
        "responses": {
            # data.name and data.voice_id: dotted names under a "data" the page never declares.
            "200": success(
                obj({"data": obj({"name": STRING, "voice_id": STRING}), "errors": ERRORS}),
                ["response"],
            ),
            "403": {"codes": [], "content": {}},  # "... voices return `403`."
            # {"data": null, ...}: data is not nullable, so the example is no success.
            "default": error(["Validation Error"], ["name_taken"]),
        },
    },
    "post-clone.mdx": {
        "operation": ("post", "/v1/voices/clone"),
        "summary": "Clone Voice",
        "parameters": [AUTH_HEADER],
        "body": {
            "required": True,
            "media": "multipart/form-data",  # contentType in the front matter
            "schema": obj(
                {
                    "name": STRING,
                    "audio_samples": FILES,
                    "gender": {"type": "string", "enum": ["male", "female"]},
                    "description": STRING,
                    "isBTTS_V3": {"type": "boolean"},
                    "isBTTS_V2": {"type": "boolean"},
                },
                ["name", "audio_samples"],
            ),
            "examples": {},
        },
        "responses": {
            "200": success(
                obj({"data": obj({"voice_id": STRING, "name": STRING}), "errors": ERRORS}),
                ["response"],
            ),
            # The page never states these examples' HTTP status (only a "status" key in them).
            "default": error(
                ["Validation Error", "Limit Exceeded"], ["validation_error", "voice_limit_exceeded"]
            ),
        },
    },
    "post-voices-samples.mdx": {
        "operation": ("post", "/v1/voices/samples"),
        "summary": "Add Voice Sample",
        "parameters": [AUTH_HEADER],
        "body": {
            "required": True,
            "media": "multipart/form-data",
            "schema": obj(
                {"voice_id": STRING, "audio_samples": FILES}, ["voice_id", "audio_samples"]
            ),
            "examples": {},
        },
        "responses": {
            "200": success(obj({"status": STRING, "samples": {"type": "array"}}), ["response"]),
            "default": error(
                ["BAD_REQUEST", "INTERNAL_SERVER_ERROR", "Validation Error"],
                ["no_files", "wrong_engine", "too_many_samples"],
            ),
        },
    },
}


@needs_shared_pages
@pytest.mark.parametrize("name", sorted(MDX_EXPECTED))
def test_mdx_page_documents_exactly_this(name: str) -> None:
    result = read_mdx(name)
    assert digest(result) == MDX_EXPECTED[name]
    assert result.warnings == []


@needs_shared_pages
@pytest.mark.parametrize("name", sorted(MDX_EXPECTED))
def test_mdx_page_description_is_the_lead_and_prose_without_the_site_footer(name: str) -> None:
    operation = operation_of(read_mdx(name))
    text = (BLAND_MDX / name).read_text(encoding="utf-8")
    lead = re.search(r'^description: "(.*)"$', text, re.MULTILINE)
    assert lead is not None
    assert operation["description"].startswith(lead.group(1) + "\n\n")
    assert "llms.txt" in text
    assert "llms.txt" not in operation["description"]
    assert not operation["description"].endswith("---")


@needs_shared_pages
def test_mdx_field_descriptions_are_the_fields_text() -> None:
    operation = operation_of(read_mdx("get-voices-id.mdx"))
    (_, identifier) = operation["parameters"]
    # A list straight after a line of text is still part of the description.
    assert identifier["description"] == (
        "Voice UUID or curated voice name. For example:\n\n"
        "- `GET /v1/voices/d4610ec1-933d-44c9-a05f-53df2437808d`\n"
        "- `GET /v1/voices/maya`"
    )
    schema = operation["responses"]["200"]["content"]["application/json"]["schema"]
    assert schema["properties"]["voice"]["description"] == (
        "The voice record. See [List Voices](/api-v1/get/voices#response) for the full field list."
    )
    clone = operation_of(read_mdx("post-clone.mdx"))
    errors = clone["responses"]["200"]["content"]["application/json"]["schema"]["properties"]
    assert errors["errors"]["description"] == "`null` on success."
    assert clone["description"].endswith(
        "Use [List Voice Samples](/api-v1/get/voices-id-samples) to inspect the source sample "
        "attached to a voice."
    )


# --------------------------------------------------------------------------- components


FRONT = '---\ntitle: "Thing"\napi: "POST https://api.example.com/v2/things"\n---\n'


def test_expandables_nest_at_any_depth_with_dotted_and_self_closing_fields() -> None:
    page = FRONT.replace("/v2/things", "/v2/things/{thing_id}") + (
        '<ParamField path="thing_id" type="integer" required>Id of the thing.</ParamField>\n'
        "\n"
        '<ParamField body="owner" type="object" required>\n'
        "  Who owns it.\n"
        '  <Expandable title="owner">\n'
        '    <ParamField body="owner.name" type="string" required>\n'
        "      Full name.\n"
        "    </ParamField>\n"
        '    <ParamField body="address" type="object">\n'
        '      <Expandable title="address">\n'
        '        <ParamField body="lines" type="string[]" />\n'
        '        <ParamField body="geo.lat" type="float" />\n'
        "      </Expandable>\n"
        "    </ParamField>\n"
        "  </Expandable>\n"
        "</ParamField>\n"
        "\n"
        '<ResponseField name="items" type="array">\n'
        '  <Expandable title="item">\n'
        '    <ResponseField name="id" type="string" required />\n'
        '    <ResponseField name="tags" type="array">\n'
        '      <Expandable title="tag">\n'
        '        <ResponseField name="label" type="string | null" />\n'
        "      </Expandable>\n"
        "    </ResponseField>\n"
        "  </Expandable>\n"
        "</ResponseField>\n"
        '<ResponseField name="meta.count" type="integer" />\n'
    )
    result = read_text(page)
    assert result.warnings == []
    operation = result.document["paths"]["/v2/things/{thing_id}"]["post"]
    assert result.document["servers"] == [{"url": "https://api.example.com"}]
    assert operation["parameters"] == [
        {
            "name": "thing_id",
            "in": "path",
            "required": True,
            "description": "Id of the thing.",
            "schema": {"type": "integer"},
        }
    ]
    assert operation["requestBody"] == {
        "required": True,
        "content": {
            "application/json": {
                "schema": {
                    "type": "object",
                    "properties": {
                        "owner": {
                            "type": "object",
                            "properties": {
                                "name": {"type": "string", "description": "Full name."},
                                "address": {
                                    "type": "object",
                                    "properties": {
                                        "lines": {"type": "array", "items": {"type": "string"}},
                                        "geo": {
                                            "type": "object",
                                            "properties": {
                                                "lat": {"type": "number", "format": "float"}
                                            },
                                        },
                                    },
                                },
                            },
                            "required": ["name"],
                            "description": "Who owns it.",
                        }
                    },
                    "required": ["owner"],
                }
            }
        },
    }
    assert operation["responses"]["200"]["content"]["application/json"]["schema"] == {
        "type": "object",
        "properties": {
            "items": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "id": {"type": "string"},
                        "tags": {
                            "type": "array",
                            "items": {
                                "type": "object",
                                "properties": {"label": {"type": ["string", "null"]}},
                            },
                        },
                    },
                    "required": ["id"],
                },
            },
            "meta": {"type": "object", "properties": {"count": {"type": "integer"}}},
        },
    }
    validate(result.document)


def test_jsx_attribute_values_and_prose_enum_and_default() -> None:
    page = FRONT + (
        '<ParamField query="limit" type="integer" default={20} required={false}>\n'
        "  Page size.\n"
        "</ParamField>\n"
        "\n"
        '<ParamField query="order" type="string">\n'
        "  Sort order. Allowed values: `asc`, `desc`. Default: `desc`.\n"
        "</ParamField>\n"
        "\n"
        '<ParamField query="level" type="enum<integer> | null">\n'
        "  Detail level. One of `1`, `2` or `3`.\n"
        "</ParamField>\n"
    )
    result = read_text(page)
    assert result.warnings == []
    schemas = {p["name"]: p for p in operation_of(result)["parameters"]}
    assert schemas["limit"]["schema"] == {"type": "integer", "default": 20}
    assert "required" not in schemas["limit"]
    assert schemas["order"]["schema"] == {
        "type": "string",
        "enum": ["asc", "desc"],
        "default": "desc",
    }
    assert schemas["level"]["schema"] == {"type": ["integer", "null"], "enum": [1, 2, 3, None]}


def test_multipart_when_a_field_is_a_file() -> None:
    page = (
        FRONT + '<ParamField body="audio" type="file" required>\n  The recording.\n</ParamField>\n'
    )
    body = operation_of(read_text(page))["requestBody"]
    assert body == {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "properties": {
                        "audio": {
                            "type": "string",
                            "format": "binary",
                            "description": "The recording.",
                        }
                    },
                    "required": ["audio"],
                }
            }
        },
    }


def test_indented_fence_and_closing_tag_end_a_paragraph_without_blank_line() -> None:
    # CommonMark would read the indented lines as a lazy paragraph continuation; MDX does not.
    page = FRONT + (
        '<ResponseField name="data" type="object">\n'
        "  The result.\n"
        '  <Expandable title="fields">\n'
        '      <ResponseField name="status" type="string">\n'
        "        `success` on success.\n"
        "      </ResponseField>\n"
        '      <ResponseField name="count" type="integer">\n'
        "        How many. For example:\n"
        "        ```json\n"
        "        3\n"
        "        ```\n"
        "      </ResponseField>\n"
        "  </Expandable>\n"
        "</ResponseField>\n"
    )
    result = read_text(page)
    assert result.warnings == []
    schema = operation_of(result)["responses"]["200"]["content"]["application/json"]["schema"]
    assert schema["properties"]["data"]["properties"] == {
        "status": {"type": "string", "description": "`success` on success."},
        "count": {"type": "integer", "description": "How many. For example:\n\n```json\n3\n```"},
    }


def test_request_and_response_examples_with_titles_and_raw_http() -> None:
    page = FRONT + (
        '<ParamField body="name" type="string" required>Name.</ParamField>\n'
        "\n"
        '<ResponseField name="id" type="string">New id.</ResponseField>\n'
        "\n"
        "<RequestExample>\n"
        "```bash cURL\n"
        'curl -X POST https://api.example.com/v2/things/1 -d \'{"name": "a"}\'\n'
        "```\n"
        "\n"
        "```json Minimal theme={null}\n"
        '{"name": "a"}\n'
        "```\n"
        "\n"
        "```http Raw request\n"
        "POST /v2/things/1 HTTP/1.1\n"
        "Content-Type: application/json\n"
        "\n"
        '{"name": "b"}\n'
        "```\n"
        "</RequestExample>\n"
        "\n"
        "<ResponseExample>\n"
        "```http Created\n"
        "HTTP/1.1 201 Created\n"
        "Content-Type: application/json\n"
        "X-Request-Id: req_1\n"
        "\n"
        '{"id": "t_1"}\n'
        "```\n"
        "\n"
        "```json 404 Not Found\n"
        '{"error": {"code": "not_found", "message": "No such thing"}}\n'
        "```\n"
        "</ResponseExample>\n"
    )
    result = read_text(page)
    assert result.warnings == []
    operation = operation_of(result)
    assert operation["requestBody"]["content"]["application/json"]["examples"] == {
        "minimal": {"summary": "Minimal", "value": {"name": "a"}},
        "raw_request": {"summary": "Raw request", "value": {"name": "b"}},
    }
    assert operation["responses"] == {
        "201": {
            "description": "Successful response",
            "headers": {
                "Content-Type": {"schema": {"type": "string"}, "example": "application/json"},
                "X-Request-Id": {"schema": {"type": "string"}, "example": "req_1"},
            },
            "content": {
                "application/json": {
                    "schema": {
                        "type": "object",
                        "properties": {"id": {"type": "string", "description": "New id."}},
                    },
                    "examples": {"created": {"summary": "Created", "value": {"id": "t_1"}}},
                }
            },
        },
        "404": {
            "description": "404 Not Found",
            "x-clientgen-error-codes": ["not_found"],
            "content": {
                "application/json": {
                    "examples": {
                        "404_not_found": {
                            "summary": "404 Not Found",
                            "value": {"error": {"code": "not_found", "message": "No such thing"}},
                        }
                    }
                }
            },
        },
    }
    validate(result.document)


def test_markdown_table_of_errors() -> None:
    page = FRONT + (
        "## Errors\n"
        "\n"
        "| Status | Error code | Description |\n"
        "|---|---|---|\n"
        "| `404` | `THING_NOT_FOUND` | No thing has this id. |\n"
        "| 409 | `THING_LOCKED` | The thing is being edited. |\n"
    )
    responses = operation_of(read_text(page))["responses"]
    assert responses["404"] == {
        "description": "No thing has this id.",
        "x-clientgen-error-codes": ["THING_NOT_FOUND"],
    }
    assert responses["409"] == {
        "description": "The thing is being edited.",
        "x-clientgen-error-codes": ["THING_LOCKED"],
    }


def test_callouts_and_accordions_keep_their_prose() -> None:
    page = FRONT + (
        "Creates a thing.\n"
        "\n"
        "<Note>Things are free.</Note>\n"
        "\n"
        '<Accordion title="Limits">\n'
        "  - 10 per minute.\n"
        "</Accordion>\n"
    )
    result = read_text(page)
    assert result.warnings == []
    assert operation_of(result)["description"] == (
        "Creates a thing.\n\n**Note**\n\nThings are free.\n\n**Limits**\n\n- 10 per minute."
    )


def test_html_wrappers_tabs_and_notes_inside_fields() -> None:
    page = FRONT + (
        '<div id="overview">\n'
        "  ## Overview\n"
        "</div>\n"
        "\n"
        'See <a href="https://example.com">the guide</a>.<br/>\n'
        "The `<ParamField>` in code is text.\n"
        "\n"
        "<Tabs>\n"
        '  <Tab title="By tag">\n'
        '    <ParamField query="tags" type="string[]" default="[]">\n'
        "      Filter. One of `red`, `blue`.\n"
        "\n"
        "      <Warning>Case-sensitive.</Warning>\n"
        "    </ParamField>\n"
        "  </Tab>\n"
        "</Tabs>\n"
    )
    result = read_text(page)
    assert result.warnings == []
    operation = operation_of(result)
    assert operation["description"] == (
        'See <a href="https://example.com">the guide</a>.<br/>\nThe `<ParamField>` in code is text.'
    )
    assert operation["parameters"] == [
        {
            "name": "tags",
            "in": "query",
            "description": "Filter. One of `red`, `blue`.\n\n**Warning**\n\nCase-sensitive.",
            "schema": {
                "type": "array",
                "items": {"type": "string", "enum": ["red", "blue"]},
                "default": [],
            },
        }
    ]


def test_values_stated_in_prose_as_bare_words_or_a_list_become_enums() -> None:
    page = FRONT + (
        '<ParamField query="engine" type="string">\n'
        "  Engine. One of BTTS, BTTS_V2 or BTTS_V3.\n"
        "</ParamField>\n"
        "\n"
        '<ParamField query="order" type="string">\n'
        "  Sort order.\n"
        "\n"
        "  Possible values:\n"
        "  - `asc`: oldest first\n"
        "  - `desc`: newest first\n"
        "</ParamField>\n"
        "\n"
        '<ParamField query="voice" type="string">\n'
        "  One of the voices you own. Defaults to maya.\n"
        "</ParamField>\n"
        "\n"
        '<ParamField query="size" type="integer | null">\n'
        "  Allowed values: 10, 20 or 50. Default: `20`.\n"
        "</ParamField>\n"
    )
    result = read_text(page)
    assert result.warnings == []
    schemas = {p["name"]: p["schema"] for p in operation_of(result)["parameters"]}
    assert schemas == {
        "engine": {"type": "string", "enum": ["BTTS", "BTTS_V2", "BTTS_V3"]},
        "order": {
            "type": "string",
            "enum": ["asc", "desc"],
            "x-enum-descriptions": ["oldest first", "newest first"],
        },
        # "one of the voices" lists no values; "Defaults to maya." is a default.
        "voice": {"type": "string", "default": "maya"},
        "size": {"type": ["integer", "null"], "enum": [10, 20, 50, None], "default": 20},
    }


def test_values_that_cannot_be_told_apart_warn_instead_of_a_guessed_enum() -> None:
    page = FRONT + (
        '<ParamField body="label" type="string">\n'
        "  Shown in lists. Allowed values: any text up to 30 characters.\n"
        "</ParamField>\n"
        "\n"
        '<ParamField body="kind" type="enum<string>">\n'
        "  What kind of thing it is.\n"
        "</ParamField>\n"
    )
    result = read_text(page, "t.mdx")
    assert [str(w) for w in result.warnings] == [
        "t.mdx:5: warning: cannot tell the values in 'Allowed values: any text up to 30 "
        "characters.' of 'label'; no enum is given",
        "t.mdx:9: warning: 'kind' is an enum, yet its text lists no values",
    ]
    properties = operation_of(result)["requestBody"]["content"]["application/json"]["schema"][
        "properties"
    ]
    assert properties["label"] == {
        "type": "string",
        "description": "Shown in lists. Allowed values: any text up to 30 characters.",
    }
    assert properties["kind"] == {"type": "string", "description": "What kind of thing it is."}


def test_file_array_makes_the_body_multipart_without_a_content_type() -> None:
    page = FRONT + (
        '<ParamField body="name" type="string" required>Name.</ParamField>\n'
        '<ParamField body="samples" type="file[]" required>Recordings.</ParamField>\n'
    )
    body = operation_of(read_text(page))["requestBody"]
    assert list(body["content"]) == ["multipart/form-data"]
    assert body["content"]["multipart/form-data"]["schema"]["properties"]["samples"] == {
        "type": "array",
        "items": {"type": "string", "format": "binary"},
        "description": "Recordings.",
    }


def test_a_json_block_showing_the_whole_body_is_the_body_example() -> None:
    page = FRONT + (
        '<ParamField body="ids" type="string[]" required>\n'
        "  Ids to remove.\n"
        "\n"
        "  ```json\n"
        '  { "ids": ["a", "b"] }\n'
        "  ```\n"
        "</ParamField>\n"
        "\n"
        '<ParamField body="filter" type="object">\n'
        "  A filter, such as:\n"
        "\n"
        "  ```json Filter\n"
        '  { "color": "red" }\n'
        "  ```\n"
        "</ParamField>\n"
    )
    result = read_text(page)
    assert result.warnings == []
    media = operation_of(result)["requestBody"]["content"]["application/json"]
    # The second block shows the field's own value, not a body: it stays in the description.
    assert media["examples"] == {"example": {"value": {"ids": ["a", "b"]}}}
    assert media["schema"]["properties"]["filter"]["description"] == (
        'A filter, such as:\n\n```json\n{ "color": "red" }\n```'
    )


def test_a_titled_success_example_gives_the_success_status() -> None:
    page = FRONT + (
        '<ResponseField name="id" type="string" />\n'
        "\n"
        "<ResponseExample>\n"
        "```json 201 Created\n"
        '{"id": "t_1"}\n'
        "```\n"
        "</ResponseExample>\n"
    )
    responses = operation_of(read_text(page))["responses"]
    assert list(responses) == ["201"]
    content = responses["201"]["content"]["application/json"]
    assert content["schema"]["properties"] == {"id": {"type": "string"}}
    assert content["examples"] == {
        "201_created": {"summary": "201 Created", "value": {"id": "t_1"}}
    }


def test_several_titled_examples_of_every_kind() -> None:
    page = FRONT + (
        '<ParamField body="name" type="string" required>Name.</ParamField>\n'
        '<ResponseField name="id" type="string">New id.</ResponseField>\n'
        "\n"
        "<RequestExample dropdown>\n"
        "```bash cURL\n"
        "curl -X POST https://api.example.com/v2/things\n"
        "```\n"
        "\n"
        "```python Python\n"
        "client.things.create(name='a')\n"
        "```\n"
        "\n"
        "```json Minimal\n"
        '{"name": "a"}\n'
        "```\n"
        "</RequestExample>\n"
        "\n"
        "<ResponseExample>\n"
        "```json Response\n"
        '{"id": "t_1"}\n'
        "```\n"
        "\n"
        "```json Conflict\n"
        '{"error": {"code": "name_taken"}}\n'
        "```\n"
        "\n"
        "```http Gone\n"
        "HTTP/1.1 410 Gone\n"
        "```\n"
        "</ResponseExample>\n"
    )
    result = read_text(page)
    assert result.warnings == []
    operation = operation_of(result)
    # curl and Python show how to call: only the JSON body is an example of it.
    assert list(operation["requestBody"]["content"]["application/json"]["examples"]) == ["minimal"]
    responses = operation["responses"]
    assert list(responses) == ["200", "410", "default"]
    assert list(responses["200"]["content"]["application/json"]["examples"]) == ["response"]
    assert responses["410"] == {"description": "Response"}  # a status, no body
    assert responses["default"]["x-clientgen-error-codes"] == ["name_taken"]
    assert list(responses["default"]["content"]["application/json"]["examples"]) == ["conflict"]


def test_the_site_footer_after_the_last_rule_is_dropped() -> None:
    def description(tail: str) -> str:
        text = operation_of(read_text(FRONT + "Creates a thing.\n\n" + tail))["description"]
        assert isinstance(text, str)
        return text

    # A line of only links, maybe behind a short label, after the last rule: the site's.
    assert description("---\n\nDocs for agents: [llms.txt](/llms.txt)\n") == "Creates a thing."
    assert (
        description("***\n\n[Edit this page](https://x.io/e) · [Report an issue](/issue)\n")
        == "Creates a thing."
    )
    # A sentence with a link is the page's own text, and so is a link line with no rule.
    assert description("---\n\nSee [the guide](/guide) for limits.\n") == (
        "Creates a thing.\n\nSee [the guide](/guide) for limits."
    )
    assert description("[Changelog](/changelog)\n") == "Creates a thing.\n\n[Changelog](/changelog)"
    # More than one paragraph after the rule: not a footer.
    assert description("---\n\nLimits apply.\n\n[Pricing](/pricing)\n") == (
        "Creates a thing.\n\nLimits apply.\n\n[Pricing](/pricing)"
    )


def test_examples_with_comments_or_ellipses_warn_with_their_lines() -> None:
    page = FRONT + (
        '<ResponseField name="items" type="array" />\n'
        "\n"
        "<ResponseExample>\n"
        "```json Commented\n"
        "{\n"
        '  "items": [] // always a list\n'
        "}\n"
        "```\n"
        "\n"
        "```json Shortened\n"
        '{"items": [...]}\n'
        "```\n"
        "</ResponseExample>\n"
    )
    result = read_text(page, "t.mdx")
    assert [(w.line, w.message.split(" (")[0]) for w in result.warnings] == [
        (10, "example 'Commented' is not valid JSON"),
        (15, "example 'Shortened' is not valid JSON"),
    ]
    examples = operation_of(result)["responses"]["200"]["content"]["application/json"]["examples"]
    assert examples["shortened"] == {
        "summary": "Shortened",
        "value": '{"items": [...]}',
        "x-clientgen-unparsed": True,
    }
    assert examples["commented"]["x-clientgen-unparsed"] is True


def test_dotted_fields_under_a_field_that_is_not_an_object_warn() -> None:
    page = FRONT + (
        '<ResponseField name="data" type="string">The data.</ResponseField>\n'
        '<ResponseField name="data.id" type="string">Its id.</ResponseField>\n'
        '<ResponseField name="data.id" type="integer">Again.</ResponseField>\n'
    )
    result = read_text(page, "t.mdx")
    assert [str(w) for w in result.warnings] == [
        "t.mdx:6: warning: 'data' is a string, yet fields are nested in it",
        "t.mdx:7: warning: field 'id' is documented twice; the first is kept",
    ]
    schema = operation_of(result)["responses"]["200"]["content"]["application/json"]["schema"]
    assert schema["properties"]["data"]["properties"] == {
        "id": {"type": "string", "description": "Its id."}
    }


def test_a_declared_parent_after_its_dotted_fields_takes_them() -> None:
    page = FRONT + (
        '<ResponseField name="data.id" type="string" required />\n'
        '<ResponseField name="data" type="object | null" required>\n'
        "  The thing.\n"
        '  <Expandable title="more">\n'
        '    <ResponseField name="size" type="integer" />\n'
        "  </Expandable>\n"
        "</ResponseField>\n"
        '<ResponseField name="tags[].label" type="string" />\n'
    )
    result = read_text(page)
    assert result.warnings == []
    schema = operation_of(result)["responses"]["200"]["content"]["application/json"]["schema"]
    assert schema == {
        "type": "object",
        "properties": {
            "data": {
                "type": ["object", "null"],
                "properties": {"id": {"type": "string"}, "size": {"type": "integer"}},
                "required": ["id"],
                "description": "The thing.",
            },
            "tags": {
                "type": "array",
                "items": {"type": "object", "properties": {"label": {"type": "string"}}},
            },
        },
        "required": ["data"],
    }


def test_unknown_attributes_on_examples_and_containers_warn_with_their_lines() -> None:
    page = FRONT + (
        '<Accordion title="More" colour="red">\n'
        "  Detail.\n"
        "</Accordion>\n"
        "\n"
        '<ResponseExample language="json">\n'
        "```json\n"
        '{"a": 1}\n'
        "```\n"
        "</ResponseExample>\n"
    )
    result = read_text(page, "t.mdx")
    assert [str(w) for w in result.warnings] == [
        "t.mdx:5: warning: unknown attribute 'colour' on <Accordion> is not read",
        "t.mdx:9: warning: unknown attribute 'language' on <ResponseExample> is not read",
    ]
    assert operation_of(result)["description"] == "**More**\n\nDetail."


# --------------------------------------------------------------------------- what cannot be read


def test_unknown_component_and_attribute_warn_with_file_and_line() -> None:
    page = FRONT + (
        "Intro.\n"
        "\n"
        '<Sparkle size="2">\n'
        "  Shiny.\n"
        "</Sparkle>\n"
        "\n"
        '<ParamField query="q" type="string" colour="red">Query.</ParamField>\n'
    )
    result = read_text(page, "docs/thing.mdx")
    messages = [str(w) for w in result.warnings]
    assert messages == [
        "docs/thing.mdx:7: warning: unknown component <Sparkle>; its content is read through",
        "docs/thing.mdx:11: warning: unknown attribute 'colour' on <ParamField> is not read",
    ]
    # The unknown component's content is not dropped.
    assert "Shiny." in operation_of(result)["description"]


def test_unknown_type_word_warns_and_gives_no_type() -> None:
    page = FRONT + '<ParamField query="when" type="moment">A time.</ParamField>\n'
    result = read_text(page, "t.mdx")
    assert [str(w) for w in result.warnings] == [
        "t.mdx:5: warning: unknown type 'moment' of 'when'; no type is given"
    ]
    assert operation_of(result)["parameters"][0]["schema"] == {}


def test_unclosed_and_stray_tags_warn() -> None:
    page = FRONT + (
        '<ResponseField name="a" type="string">\n'
        "  A.\n"
        "</ParamField>\n"
        "\n"
        '<ResponseField name="b" type="string">\n'
        "  B.\n"
    )
    messages = [str(w) for w in read_text(page, "t.mdx").warnings]
    assert messages == [
        "t.mdx:7: warning: </ParamField> closes no open component",
        "t.mdx:5: warning: <ResponseField> is never closed",
        "t.mdx:9: warning: <ResponseField> is never closed",
        # Left open, "a" encloses "b".
        "t.mdx:5: warning: 'a' is a string, yet fields are nested in it",
    ]


def test_invalid_json_example_warns_and_is_kept_as_text() -> None:
    page = FRONT + (
        '<ResponseField name="id" type="string" />\n'
        "\n"
        "<ResponseExample>\n"
        "```json Response\n"
        "{\n"
        '  "id": "t_1",\n'
        "}\n"
        "```\n"
        "</ResponseExample>\n"
    )
    result = read_text(page, "t.mdx")
    assert [str(w) for w in result.warnings] == [
        "t.mdx:11: warning: example 'Response' is not valid JSON "
        "(Expecting property name enclosed in double quotes); kept as text"
    ]
    examples = operation_of(result)["responses"]["200"]["content"]["application/json"]["examples"]
    assert examples == {
        "response": {
            "summary": "Response",
            "value": '{\n  "id": "t_1",\n}',
            "x-clientgen-unparsed": True,
        }
    }


def test_page_without_method_and_path_needs_the_operation() -> None:
    page = "# Orphan\n\n" + '<ParamField query="q" type="string">Query.</ParamField>\n'
    with pytest.raises(ClientgenError) as raised:
        read_text(page, "pages/orphan.md")
    assert "--operation" in str(raised.value)
    assert "pages/orphan.md" in str(raised.value)
    # Given the operation, the same page reads.
    result = read_text(page, "pages/orphan.md", operation="GET /orphans")
    assert list(result.document["paths"]) == ["/orphans"]
    assert "servers" not in result.document


def test_given_operation_overrides_the_page_with_a_warning() -> None:
    result = read_text(FRONT + "Body.\n", "t.mdx", operation="PUT /v2/things/{thing_id}")
    assert list(result.document["paths"]["/v2/things/{thing_id}"]) == ["put"]
    assert result.document["servers"] == [{"url": "https://api.example.com"}]
    assert [str(w) for w in result.warnings] == [
        "t.mdx: warning: the page says POST /v2/things; "
        "the given operation PUT /v2/things/{thing_id} is used",
        "t.mdx: warning: path parameter 'thing_id' is not documented; typed as a string",
    ]
    # The undocumented path parameter is still declared, so the document stays valid.
    validate(result.document)


def test_looks_like() -> None:
    assert mintlify.looks_like('---\napi: "GET /x"\n---\n\nText.\n')
    assert mintlify.looks_like('# T\n\n<ResponseField name="a" type="string" />\n')
    assert not mintlify.looks_like("# T\n\nThe `<ParamField>` component, in code.\n")
    assert not mintlify.looks_like("---\nopenapi: 'GET /x'\n---\n\n- `a` (string): A.\n")
    assert not mintlify.looks_like("plain text page\nname string required\n")


def test_values_after_e_g_are_examples_not_an_enum() -> None:
    page = (
        '---\napi: "POST https://api.example.com/v1/voices"\n---\n\n'
        '<ParamField body="language" type="string">\n'
        "  Language code, e.g. `en` or `es`. Detected when left out.\n"
        "</ParamField>\n"
    )
    body = operation_of(read_text(page))["requestBody"]["content"]["application/json"]
    language = body["schema"]["properties"]["language"]
    assert "enum" not in language
    assert language["type"] == "string"
