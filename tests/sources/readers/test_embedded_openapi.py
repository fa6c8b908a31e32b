"""The reader of OpenAPI documents, fenced in markdown or bare (readers.embedded_openapi)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openapi_spec_validator import validate

from clientgen.core.diagnostics import ClientgenError
from clientgen.sources.readers import PageOptions, detect_format, embedded_openapi, mintlify

ROOT = Path(__file__).parents[3]
TRUEDY = ROOT / "specs" / "sources" / "truedy" / "truedy-clone-voice.md"
SHARED_PAGES = ROOT.parent / "shared" / "pages"
BURKI_OPENAPI = SHARED_PAGES / "burki" / "openapi.json"

# The fenced document of the Truedy page, written out: the reader keeps all of it.
TRUEDY_CLONE_VOICE: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {
        "title": "Truedy API",
        "description": "Truedy Public API - Build voice AI agents and make automated phone "
        "calls.\n"
        "\n"
        "## Authentication\n"
        "All requests require **Authorization: Bearer <your_api_key>**.\n"
        "Get your API key from the [Truedy "
        "Dashboard](https://app.truedy.ai).\n"
        "\n"
        "## Response Format\n"
        "All successful responses follow this format:\n"
        "```json\n"
        "{\n"
        '  "data": { /* resource or list of resources */ },\n'
        '  "meta": {\n'
        '    "request_id": "req_xxx",\n'
        '    "ts": "2026-03-03T20:30:21.310278Z"\n'
        "  },\n"
        '  "pagination": { /* optional, for list endpoints */ }\n'
        "}\n"
        "```\n"
        "\n"
        "## Error Handling\n"
        "Errors return appropriate HTTP status codes with structured error "
        "messages. Always check the `error` field in the response body for "
        "details.",
        "version": "1.0.0",
    },
    "servers": [{"url": "https://api.truedy.ai/api/public/v1", "description": "Truedy Public API"}],
    "security": [{"BearerAuth": []}],
    "paths": {
        "/voices/clone": {
            "post": {
                "tags": ["Voices"],
                "summary": "Clone Voice",
                "description": "Create a custom voice clone from your "
                "audio files. Requires base64-encoded "
                "audio samples.",
                "operationId": "clone_voice",
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/VoiceCloneRequest"},
                            "examples": {
                                "basic": {
                                    "summary": "Clone voice from audio file",
                                    "value": {
                                        "name": "My Custom Voice",
                                        "files": [
                                            {
                                                "filename": "sample.mp3",
                                                "data": "//NExAAqQIf... (base64-encoded audio)",
                                                "content_type": "audio/mpeg",
                                            }
                                        ],
                                    },
                                }
                            },
                        }
                    },
                },
                "responses": {
                    "201": {
                        "description": "Voice clone created successfully",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "required": ["data", "meta"],
                                    "properties": {
                                        "data": {"$ref": "#/components/schemas/VoiceResponse"},
                                        "meta": {"$ref": "#/components/schemas/ResponseMeta"},
                                    },
                                },
                                "examples": {
                                    "success": {
                                        "value": {
                                            "data": {
                                                "id": "voice_custom123",
                                                "name": "My Custom Voice",
                                                "provider": "elevenlabs",
                                                "type": "custom",
                                                "language": "en-US",
                                                "status": "training",
                                                "created_at": "2026-03-03T20:30:21.310278Z",
                                                "updated_at": "2026-03-03T20:30:21.310278Z",
                                            },
                                            "meta": {
                                                "request_id": "req_32e7531c-8",
                                                "ts": "2026-03-03T20:30:21.310278Z",
                                            },
                                        }
                                    }
                                },
                                "example": {
                                    "data": {
                                        "id": "voice_clone_9a8b7c",
                                        "name": "My Custom Voice",
                                        "gender": "female",
                                        "language": "en-US",
                                        "accent": "American",
                                        "provider": "elevenlabs",
                                        "preview_url": "https://api.truedy.ai/voices/voice_c7d82fec/preview",
                                        "is_custom": True,
                                        "created_at": "2026-01-01T00:00:00Z",
                                        "status": "processing",
                                    },
                                    "meta": {
                                        "request_id": "req_32e7531c",
                                        "ts": "2026-04-05T10:22:00Z",
                                    },
                                },
                            }
                        },
                    },
                    "400": {
                        "description": "Bad request - Invalid audio format or file",
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/ErrorResponse"}
                            }
                        },
                    },
                    "401": {
                        "description": "Unauthorized",
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/ErrorResponse"}
                            }
                        },
                    },
                    "402": {
                        "description": "Payment required - Insufficient credits for voice cloning",
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/ErrorResponse"},
                                "examples": {
                                    "no_credits": {
                                        "value": {
                                            "error": {
                                                "code": "insufficient_credits",
                                                "message": "Insufficient credits for voice cloning",
                                                "details": {
                                                    "required_credits": 100,
                                                    "current_balance": 50,
                                                },
                                            }
                                        }
                                    }
                                },
                            }
                        },
                    },
                    "422": {
                        "description": "Validation error",
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/HTTPValidationError"}
                            }
                        },
                    },
                    "429": {
                        "description": "Rate limit exceeded",
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/ErrorResponse"}
                            }
                        },
                    },
                    "500": {
                        "description": "Internal server error",
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/ErrorResponse"}
                            }
                        },
                    },
                },
            }
        }
    },
    "components": {
        "schemas": {
            "VoiceCloneRequest": {
                "type": "object",
                "required": ["name", "files"],
                "properties": {
                    "name": {
                        "type": "string",
                        "minLength": 1,
                        "maxLength": 100,
                        "description": "Name for the cloned voice",
                        "example": "My Custom Voice",
                    },
                    "files": {
                        "type": "array",
                        "minItems": 1,
                        "items": {
                            "type": "object",
                            "required": ["filename", "data"],
                            "properties": {
                                "filename": {
                                    "type": "string",
                                    "description": "Name of the audio file",
                                    "example": "sample1.mp3",
                                },
                                "data": {
                                    "type": "string",
                                    "description": "Base64-encoded audio data",
                                    "example": "//NExAAqQIf...",
                                },
                                "content_type": {
                                    "type": "string",
                                    "description": "MIME type of the audio",
                                    "default": "audio/mpeg",
                                    "example": "audio/mpeg",
                                },
                            },
                        },
                        "description": "Array of audio files (base64-encoded)",
                    },
                },
            },
            "VoiceResponse": {
                "type": "object",
                "required": [
                    "id",
                    "name",
                    "provider",
                    "type",
                    "language",
                    "status",
                    "created_at",
                    "updated_at",
                ],
                "properties": {
                    "id": {
                        "type": "string",
                        "description": "Unique voice identifier",
                        "example": "voice_c7d82fec",
                    },
                    "name": {
                        "type": "string",
                        "description": "Display name of the voice",
                        "example": "Sarah",
                    },
                    "provider": {
                        "type": "string",
                        "description": "TTS provider",
                        "example": "elevenlabs",
                    },
                    "type": {
                        "type": "string",
                        "enum": ["custom", "reference"],
                        "description": "Voice type",
                        "example": "reference",
                    },
                    "language": {
                        "type": "string",
                        "description": "Language code",
                        "example": "en-US",
                    },
                    "status": {
                        "type": "string",
                        "enum": ["training", "active", "failed"],
                        "description": "Voice status",
                        "example": "active",
                    },
                    "created_at": {
                        "type": "string",
                        "format": "date-time",
                        "description": "When the voice was created",
                        "example": "2026-03-03T20:30:21.310278Z",
                    },
                    "updated_at": {
                        "type": "string",
                        "format": "date-time",
                        "description": "When the voice was last updated",
                        "example": "2026-03-03T20:30:21.310278Z",
                    },
                },
            },
            "ResponseMeta": {
                "type": "object",
                "required": ["request_id", "ts"],
                "properties": {
                    "request_id": {
                        "type": "string",
                        "description": "Unique request identifier for debugging and support",
                        "example": "req_32e7531c-8",
                    },
                    "ts": {
                        "type": "string",
                        "format": "date-time",
                        "description": "Server timestamp when the response was generated",
                        "example": "2026-03-03T20:30:21.310278Z",
                    },
                },
            },
            "ErrorResponse": {
                "type": "object",
                "required": ["error"],
                "properties": {
                    "error": {
                        "type": "object",
                        "required": ["code", "message"],
                        "properties": {
                            "code": {
                                "type": "string",
                                "description": "Error code",
                                "example": "not_found",
                            },
                            "message": {
                                "type": "string",
                                "description": "Human-readable error message",
                                "example": "The requested resource does not exist",
                            },
                            "details": {
                                "description": "Additional error context",
                                "example": {"resource": "agent", "id": "agt_invalid"},
                                "type": ["object", "null"],
                            },
                        },
                    }
                },
            },
            "HTTPValidationError": {
                "type": "object",
                "properties": {
                    "detail": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "properties": {
                                "loc": {"type": "array"},
                                "msg": {"type": "string"},
                                "type": {"type": "string"},
                            },
                        },
                    }
                },
            },
        },
        "securitySchemes": {
            "BearerAuth": {
                "type": "http",
                "scheme": "bearer",
                "description": "API key authentication. "
                "Include your API key in "
                "the Authorization header: "
                "Bearer <your_api_key>",
            }
        },
    },
}


def test_fenced_document_is_kept_whole() -> None:
    text = TRUEDY.read_text(encoding="utf-8")
    result = embedded_openapi.read(text, TRUEDY, PageOptions())
    assert result.document == TRUEDY_CLONE_VOICE
    assert result.warnings == []
    validate(result.document)


def test_fenced_document_is_detected() -> None:
    text = TRUEDY.read_text(encoding="utf-8")
    assert embedded_openapi.looks_like(text)
    assert not mintlify.looks_like(text)
    assert detect_format(text, TRUEDY) == "openapi"


@pytest.mark.skipif(not BURKI_OPENAPI.is_file(), reason=f"{BURKI_OPENAPI} is not checked out")
def test_bare_json_document() -> None:
    text = BURKI_OPENAPI.read_text(encoding="utf-8")
    assert embedded_openapi.looks_like(text)
    result = embedded_openapi.read(text, BURKI_OPENAPI, PageOptions())
    document = result.document
    assert result.warnings == []
    assert document["openapi"] == "3.1.0"
    assert document["info"] == {
        "title": "Burki",
        "description": "A system that uses AI to answer customer Calls.",
        "version": "0.1.0",
    }
    assert "servers" not in document
    assert len(document["paths"]) == 336
    voice_cloning = [
        path
        for path in document["paths"]
        if path.startswith("/api/v1/assistants/")
        and any(
            w in path for w in ("cloned-voices", "voice-samples", "voice-cloning", "test-voice")
        )
    ]
    operations = sum(len(document["paths"][path]) for path in voice_cloning)
    assert operations == 10
    assert document["components"]["securitySchemes"]


@pytest.mark.skipif(not SHARED_PAGES.is_dir(), reason=f"{SHARED_PAGES} is not checked out")
def test_prose_page_tied_to_an_operation_is_not_a_document() -> None:
    # `openapi: 'POST /path'` in front matter names an operation; it is no OpenAPI document.
    for path in (SHARED_PAGES / "burki").glob("*.mdx"):
        assert not embedded_openapi.looks_like(path.read_text(encoding="utf-8")), path


def test_bare_yaml_keeps_the_json_data_model() -> None:
    text = (
        "openapi: 3.1.0\n"
        "info: {title: T, version: '1'}\n"
        "paths:\n"
        "  /x:\n"
        "    get:\n"
        "      parameters:\n"
        "        - {name: mode, in: query, schema: {type: string, enum: [on, off, yes, no]}}\n"
        "      responses:\n"
        "        200:\n"
        "          description: OK\n"
        "          content:\n"
        "            application/json:\n"
        "              example: {day: 2026-01-01, flag: true}\n"
    )
    assert embedded_openapi.looks_like(text)
    document = embedded_openapi.read(text, Path("spec.yaml"), PageOptions()).document
    operation = document["paths"]["/x"]["get"]
    assert operation["parameters"][0]["schema"]["enum"] == ["on", "off", "yes", "no"]
    assert list(operation["responses"]) == ["200"]
    example = operation["responses"]["200"]["content"]["application/json"]["example"]
    assert example == {"day": "2026-01-01", "flag": True}
    validate(document)


def test_invalid_fenced_yaml_names_the_file_and_line() -> None:
    text = TRUEDY.read_text(encoding="utf-8")
    line = text.split("\n").index("  version: 1.0.0") + 1
    broken = text.replace("  version: 1.0.0", "  version: 1.0.0: again")
    with pytest.raises(ClientgenError) as raised:
        embedded_openapi.read(broken, TRUEDY, PageOptions())
    assert raised.value.file == TRUEDY
    assert raised.value.line == line
    assert str(raised.value).startswith(f"{TRUEDY}:{line}: invalid YAML: mapping values")


def test_invalid_bare_json_names_the_line() -> None:
    text = '{\n  "openapi": "3.1.0",\n  "info": {"title": "T",, "version": "1"}\n}\n'
    with pytest.raises(ClientgenError) as raised:
        embedded_openapi.read(text, Path("spec.json"), PageOptions())
    assert str(raised.value).startswith("spec.json:3: invalid JSON")


def test_operation_named_but_not_in_the_document_warns() -> None:
    text = (
        "# Page\n"
        "\n"
        "Some words the document does not carry.\n"
        "\n"
        "```yaml spec.yaml get /things\n"
        "openapi: 3.1.0\n"
        "info: {title: T, version: '1'}\n"
        "paths: {}\n"
        "```\n"
    )
    result = embedded_openapi.read(text, Path("page.md"), PageOptions(operation="GET /other"))
    assert result.document == {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1"},
        "paths": {},
    }
    assert [str(w) for w in result.warnings] == [
        "page.md:3: warning: text beside the OpenAPI document is not read",
        "page.md:5: warning: the fence's info string names 'get /things', "
        "which the document does not hold",
        "page.md: warning: the operation given names 'GET /other', "
        "which the document does not hold",
    ]


def test_page_without_a_document_is_an_error() -> None:
    assert not embedded_openapi.looks_like("# Title\n\nJust prose.\n")
    with pytest.raises(ClientgenError, match="no OpenAPI document"):
        embedded_openapi.read("title: x\n", Path("page.yaml"), PageOptions())
