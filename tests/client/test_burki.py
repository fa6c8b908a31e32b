"""Burki: every voice-cloning operation over a mock transport.

``cloned_voices.list`` (organisation-wide), ``assistants.cloned_voices.list``,
``assistants.cloned_voices.create`` (JSON), ``assistants.cloned_voices.delete``,
``assistants.cloned_voices.test`` (JSON; the body's ``voice_id`` is ``provider_voice_id`` in
Python), ``assistants.voice_samples.upload`` (multipart), ``assistants.voice_samples.list``,
``assistants.voice_samples.delete``, ``assistants.voice_cloning.providers.list`` and
``assistants.test_voice`` (JSON). Every test taking ``make_client`` runs against the sync and
the async client; the last section drives ``AsyncBurki`` directly.
"""

from __future__ import annotations

import asyncio
import inspect
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
import voiceclone
from voiceclone.burki import types as burki_types
from voiceclone.burki.types import (
    AudioQualityRequirements,
    ClonedVoice,
    CreateClonedVoiceResponse,
    DeleteClonedVoiceResponse,
    ListClonedVoicesResponse,
    ListVoiceCloningProvidersResponse,
    ProviderRequirements,
    UploadVoiceSampleResponse,
    VoiceCloningProvider,
    VoiceSample,
)

from audio_samples import silent_wav

from .conftest import (
    API_KEY,
    MP3_BYTES,
    MakeClient,
    Part,
    Recorder,
    Refused,
    Reply,
    assert_key_hidden,
    documented_example,
    file_parts,
    form_fields,
    load_spec,
    multipart_parts,
    tries,
)

# ----------------------------------------------------------------------------------------------
# assistants.cloned_voices.list
# ----------------------------------------------------------------------------------------------

#: A cloned voice with every field the docs list, the nullable ones null.
NEVER_USED_VOICE: dict[str, Any] = {
    "id": 17,
    "name": "Support Agent (Jane)",
    "provider": "elevenlabs",
    "provider_voice_id": "pNInz6obpgDQGcFmaJgB",
    "language": "en",
    "gender": None,
    "status": "ready",
    "quality_score": None,
    "created_at": "2026-02-11T09:15:00Z",
    "last_used_at": None,
    "synthesis_count": 0,
}
USED_VOICE: dict[str, Any] = {
    **NEVER_USED_VOICE,
    "id": 18,
    "gender": "female",
    "quality_score": 0.92,
    "last_used_at": "2026-03-01T12:00:00Z",
    "synthesis_count": 41,
}


def listing(*voices: dict[str, Any]) -> Reply:
    return Reply.json({"success": True, "cloned_voices": list(voices)})


def test_the_fixture_covers_every_documented_field() -> None:
    documented = load_spec("burki")["components"]["schemas"]["ClonedVoice"]["properties"]
    assert set(NEVER_USED_VOICE) == set(documented)


def test_list_sends_filters_and_bearer_key(make_client: MakeClient) -> None:
    recorder = Recorder(listing())

    make_client("burki", recorder).assistants.cloned_voices.list(
        1, status="ready", provider="elevenlabs"
    )

    request = recorder.only
    assert request.method == "GET"
    assert (
        str(request.url)
        == "https://api.burki.dev/api/v1/assistants/1/cloned-voices?status=ready&provider=elevenlabs"
    )
    assert request.headers["authorization"] == f"Bearer {API_KEY}"


@pytest.mark.parametrize("base_url", ["https://my-burki.example", "https://my-burki.example/"])
def test_base_url_is_the_deployment_root(make_client: MakeClient, base_url: str) -> None:
    recorder = Recorder(listing())

    make_client("burki", recorder, base_url=base_url).assistants.cloned_voices.list(1)

    assert str(recorder.only.url) == "https://my-burki.example/api/v1/assistants/1/cloned-voices"


def test_list_parses_every_documented_field(make_client: MakeClient) -> None:
    recorder = Recorder(listing(NEVER_USED_VOICE, USED_VOICE))

    result = make_client("burki", recorder).assistants.cloned_voices.list(1)

    assert isinstance(result, ListClonedVoicesResponse)
    assert result.success is True
    assert [type(voice) for voice in result.cloned_voices] == [ClonedVoice, ClonedVoice]
    never_used, used = result.cloned_voices
    assert never_used.model_dump() == NEVER_USED_VOICE
    assert never_used.gender is None
    assert never_used.last_used_at is None
    assert never_used.quality_score is None
    assert used.gender == "female"
    assert used.quality_score == 0.92
    assert used.last_used_at == "2026-03-01T12:00:00Z"
    assert used.synthesis_count == 41


@pytest.mark.parametrize(("field", "value"), [("status", "migrating"), ("gender", "neutral")])
def test_values_the_docs_do_not_list_still_parse(
    make_client: MakeClient, field: str, value: str
) -> None:
    recorder = Recorder(listing({**USED_VOICE, field: value}))

    (voice,) = make_client("burki", recorder).assistants.cloned_voices.list(1).cloned_voices

    assert getattr(voice, field) == value


def test_validation_error_raises_unprocessable_entity(make_client: MakeClient) -> None:
    body = {
        "detail": [
            {
                "loc": ["query", "status"],
                "msg": "Input should be 'processing', 'ready', 'failed' or 'archived'",
                "type": "enum",
            }
        ]
    }
    recorder = Recorder(Reply.json(body, status_code=422))

    with pytest.raises(voiceclone.UnprocessableEntityError) as caught:
        make_client("burki", recorder).assistants.cloned_voices.list(1, status="bogus")

    error = caught.value
    assert error.status_code == 422
    assert error.code == "enum"
    assert error.message == "status: Input should be 'processing', 'ready', 'failed' or 'archived'"
    assert recorder.only.url.params["status"] == "bogus"  # sent once, not retried
    assert_key_hidden(error)


# ----------------------------------------------------------------------------------------------
# Shared by every operation
# ----------------------------------------------------------------------------------------------

BASE_URL = "https://api.burki.dev"
ORG_LIST_PATH = "/api/v1/assistants/cloned-voices"
TEST_VOICE_PATH = "/api/v1/assistants/test-voice"
LIST_PATH = "/api/v1/assistants/{assistant_id}/cloned-voices"
CREATE_PATH = "/api/v1/assistants/{assistant_id}/cloned-voices/create"
VOICE_PATH = "/api/v1/assistants/{assistant_id}/cloned-voices/{voice_id}"
TEST_PATH = "/api/v1/assistants/{assistant_id}/cloned-voices/{voice_id}/test"
PROVIDERS_PATH = "/api/v1/assistants/{assistant_id}/voice-cloning/providers"
SAMPLES_PATH = "/api/v1/assistants/{assistant_id}/voice-samples"
UPLOAD_PATH = "/api/v1/assistants/{assistant_id}/voice-samples/upload"
SAMPLE_PATH = "/api/v1/assistants/{assistant_id}/voice-samples/{sample_id}"

#: Three different ids, so that a swapped path parameter shows.
ASSISTANT_ID = 7
VOICE_ID = 456
SAMPLE_ID = 123
PROVIDER_VOICE_ID = "pNInz6obpgDQGcFmaJgB"
#: A real (tiny) WAV file, as a user would record it.
WAV = silent_wav()

#: How each operation is called with only its required arguments, by (path, method).
INVOKE: dict[tuple[str, str], Callable[[Any], Any]] = {
    (ORG_LIST_PATH, "get"): lambda client: client.cloned_voices.list(),
    (LIST_PATH, "get"): lambda client: client.assistants.cloned_voices.list(ASSISTANT_ID),
    (CREATE_PATH, "post"): lambda client: client.assistants.cloned_voices.create(
        ASSISTANT_ID, voice_sample_id=SAMPLE_ID, provider="elevenlabs", name="Jane"
    ),
    (VOICE_PATH, "delete"): lambda client: client.assistants.cloned_voices.delete(
        ASSISTANT_ID, VOICE_ID
    ),
    (TEST_PATH, "post"): lambda client: client.assistants.cloned_voices.test(
        ASSISTANT_ID, VOICE_ID, provider_voice_id=PROVIDER_VOICE_ID, provider="elevenlabs"
    ),
    (UPLOAD_PATH, "post"): lambda client: client.assistants.voice_samples.upload(
        ASSISTANT_ID, file=WAV
    ),
    (SAMPLES_PATH, "get"): lambda client: client.assistants.voice_samples.list(ASSISTANT_ID),
    (SAMPLE_PATH, "delete"): lambda client: client.assistants.voice_samples.delete(
        ASSISTANT_ID, SAMPLE_ID
    ),
    (PROVIDERS_PATH, "get"): lambda client: client.assistants.voice_cloning.providers.list(
        ASSISTANT_ID
    ),
    (TEST_VOICE_PATH, "post"): lambda client: client.assistants.test_voice(
        provider_voice_id=PROVIDER_VOICE_ID, provider="elevenlabs"
    ),
}
OPERATION_IDS = [f"{method.upper()} {path}" for path, method in INVOKE]

#: The URL each of those calls requests (no query: no filter was given).
URLS: dict[tuple[str, str], str] = {
    (ORG_LIST_PATH, "get"): "/api/v1/assistants/cloned-voices",
    (LIST_PATH, "get"): "/api/v1/assistants/7/cloned-voices",
    (CREATE_PATH, "post"): "/api/v1/assistants/7/cloned-voices/create",
    (VOICE_PATH, "delete"): "/api/v1/assistants/7/cloned-voices/456",
    (TEST_PATH, "post"): "/api/v1/assistants/7/cloned-voices/456/test",
    (UPLOAD_PATH, "post"): "/api/v1/assistants/7/voice-samples/upload",
    (SAMPLES_PATH, "get"): "/api/v1/assistants/7/voice-samples",
    (SAMPLE_PATH, "delete"): "/api/v1/assistants/7/voice-samples/123",
    (PROVIDERS_PATH, "get"): "/api/v1/assistants/7/voice-cloning/providers",
    (TEST_VOICE_PATH, "post"): "/api/v1/assistants/test-voice",
}

#: A 200 body each operation accepts (the documented one where there is one).
ORG_VOICE: dict[str, Any] = {
    "id": 19,
    "name": "Org Narrator",
    "provider": "resemble",
    "provider_voice_id": "b1c2d3e4",
    "language": "es",
    "gender": "male",
    "status": "processing",
    "quality_score": 0.81,
    "created_at": "2026-01-05T08:00:00Z",
    "last_used_at": None,
    "synthesis_count": 3,
}
#: Burki's own shape for the untyped answers (the document declares them ``{}``).
SAMPLES_LISTING: dict[str, Any] = {
    "success": True,
    "voice_samples": [
        {
            "id": SAMPLE_ID,
            "name": "Professional Voice Sample",
            "filename": "professional_voice.wav",
            "status": "uploaded",
            "created_at": "2024-01-15T10:30:00Z",
        }
    ],
}
SAMPLE_DELETED: dict[str, Any] = {"success": True, "message": "Voice sample deleted successfully"}
AUDIO_TEST: dict[str, Any] = {
    "success": True,
    "audio_data": "SUQzBAAAAAAAI1RTU0U=",
    "content_type": "audio/mpeg",
    "text": "Hello! This is a test of your cloned voice. How does it sound?",
}


def success_example(path: str, method: str) -> Any:
    return documented_example("burki", path, method, "200", "response")


def ok_reply(path: str, method: str) -> Reply:
    bodies: dict[tuple[str, str], Any] = {
        (ORG_LIST_PATH, "get"): {"success": True, "cloned_voices": [ORG_VOICE]},
        (LIST_PATH, "get"): {"success": True, "cloned_voices": [USED_VOICE]},
        (SAMPLES_PATH, "get"): SAMPLES_LISTING,
        (SAMPLE_PATH, "delete"): SAMPLE_DELETED,
        (TEST_PATH, "post"): AUDIO_TEST,
        (TEST_VOICE_PATH, "post"): AUDIO_TEST,
    }
    key = (path, method)
    return Reply.json(bodies[key] if key in bodies else success_example(path, method))


def operation(path: str, method: str) -> dict[str, Any]:
    spec_operation: dict[str, Any] = load_spec("burki")["paths"][path][method]
    return spec_operation


def schema_properties(name: str) -> set[str]:
    return set(load_spec("burki")["components"]["schemas"][name]["properties"])


def parts_of(parts: list[Part]) -> list[tuple[str, str | None, str | None, bytes]]:
    return [(part.name, part.filename, part.content_type, part.content) for part in parts]


@pytest.fixture
def wav_path(tmp_path: Path) -> Path:
    path = tmp_path / "sample.wav"
    path.write_bytes(WAV)
    return path


def test_every_operation_of_the_spec_is_tested_here() -> None:
    documented = {
        (path, method)
        for path, item in load_spec("burki")["paths"].items()
        for method in ("get", "post", "put", "patch", "delete")
        if method in item
    }
    assert documented == set(INVOKE) == set(URLS)


@pytest.mark.parametrize(("path", "method"), list(INVOKE), ids=OPERATION_IDS)
def test_every_operation_sends_its_method_url_and_bearer_key(
    make_client: MakeClient, path: str, method: str
) -> None:
    recorder = Recorder(ok_reply(path, method))

    INVOKE[(path, method)](make_client("burki", recorder))

    request = recorder.only
    assert request.method == method.upper()
    assert str(request.url) == BASE_URL + URLS[(path, method)]
    assert request.headers["authorization"] == f"Bearer {API_KEY}"
    assert request.headers["accept"] == "application/json"


@pytest.mark.parametrize(("path", "method"), list(INVOKE), ids=OPERATION_IDS)
def test_every_operation_is_under_the_deployment_root(
    make_client: MakeClient, path: str, method: str
) -> None:
    recorder = Recorder(ok_reply(path, method))

    INVOKE[(path, method)](make_client("burki", recorder, base_url="https://my-burki.example/"))

    assert str(recorder.only.url) == "https://my-burki.example" + URLS[(path, method)]


#: The model each operation returns; ``dict`` where the document declares the 200 as ``{}``
#: (the generated method returns ``Any``: the JSON as parsed, no model).
RETURNS: dict[tuple[str, str], type[Any]] = {
    (ORG_LIST_PATH, "get"): ListClonedVoicesResponse,
    (LIST_PATH, "get"): ListClonedVoicesResponse,
    (CREATE_PATH, "post"): CreateClonedVoiceResponse,
    (VOICE_PATH, "delete"): DeleteClonedVoiceResponse,
    (TEST_PATH, "post"): dict,
    (UPLOAD_PATH, "post"): UploadVoiceSampleResponse,
    # Typed by its docs page (voice-samples-list.mdx), which openapi.json leaves as {}.
    (SAMPLES_PATH, "get"): burki_types.ListVoiceSamplesResponse,
    (SAMPLE_PATH, "delete"): dict,
    (PROVIDERS_PATH, "get"): ListVoiceCloningProvidersResponse,
    # TestVoiceResponse is an open object with no field: a map, not an empty model.
    (TEST_VOICE_PATH, "post"): dict,
}
DOCUMENTED_SUCCESS = [
    (path, method)
    for path, method in INVOKE
    if "examples" in operation(path, method)["responses"]["200"]["content"]["application/json"]
]


def test_the_documented_success_examples_are_the_five_the_pages_give() -> None:
    assert DOCUMENTED_SUCCESS == [
        (CREATE_PATH, "post"),
        (VOICE_PATH, "delete"),
        (UPLOAD_PATH, "post"),
        (SAMPLES_PATH, "get"),
        (PROVIDERS_PATH, "get"),
    ]


@pytest.mark.parametrize(
    ("path", "method"),
    DOCUMENTED_SUCCESS,
    ids=[f"{method.upper()} {path}" for path, method in DOCUMENTED_SUCCESS],
)
def test_documented_success_example_parses_without_loss(
    make_client: MakeClient, path: str, method: str
) -> None:
    example = success_example(path, method)
    recorder = Recorder(Reply.json(example))

    result = INVOKE[(path, method)](make_client("burki", recorder))

    assert type(result) is RETURNS[(path, method)]
    assert result.model_dump(mode="json", exclude_unset=True) == example
    assert result.model_extra == {}  # every documented field is a declared one
    assert len(recorder.requests) == 1


@pytest.mark.parametrize(("path", "method"), list(INVOKE), ids=OPERATION_IDS)
def test_every_operation_returns_what_the_generated_code_declares(
    make_client: MakeClient, path: str, method: str
) -> None:
    reply = ok_reply(path, method)

    result = INVOKE[(path, method)](make_client("burki", Recorder(reply)))

    assert type(result) is RETURNS[(path, method)]
    if isinstance(result, dict):
        assert result == httpx.Response(200, content=reply.content).json()


# ----------------------------------------------------------------------------------------------
# Documented errors
# ----------------------------------------------------------------------------------------------

#: Every documented error example: (path, method, status, example) -> (class, message). Burki's
#: errors are FastAPI's ``{"detail": "text"}``: no vendor code, the message is ``detail``.
DOCUMENTED_ERRORS: dict[tuple[str, str, str, str], tuple[type[Exception], str]] = {
    (CREATE_PATH, "post", "400", "invalid_parameters"): (
        voiceclone.BadRequestError,
        "Provider 'invalid_provider' is not supported",
    ),
    (CREATE_PATH, "post", "404", "voice_sample_not_found"): (
        voiceclone.NotFoundError,
        "Voice sample with ID 123 not found",
    ),
    (CREATE_PATH, "post", "500", "provider_cloning_failed"): (
        voiceclone.InternalServerError,
        "Voice cloning failed: Insufficient account balance",
    ),
    (VOICE_PATH, "delete", "403", "insufficient_permissions"): (
        voiceclone.PermissionDeniedError,
        "You don't have permission to delete this cloned voice",
    ),
    (VOICE_PATH, "delete", "404", "voice_not_found"): (
        voiceclone.NotFoundError,
        "Cloned voice with ID 456 not found",
    ),
    (VOICE_PATH, "delete", "500", "provider_deletion_failed"): (
        voiceclone.InternalServerError,
        "Failed to delete voice from provider, but removed from database",
    ),
    (PROVIDERS_PATH, "get", "403", "insufficient_permissions"): (
        voiceclone.PermissionDeniedError,
        "You don't have permission to access this assistant",
    ),
    (PROVIDERS_PATH, "get", "404", "assistant_not_found"): (
        voiceclone.NotFoundError,
        "Assistant not found",
    ),
    (PROVIDERS_PATH, "get", "500", "service_unavailable"): (
        voiceclone.InternalServerError,
        "Error listing providers",
    ),
    (UPLOAD_PATH, "post", "400", "invalid_file_or_parameters"): (
        voiceclone.BadRequestError,
        "File too large (max 50MB)",
    ),
    # The package has no class of its own for 413: the base class, exactly.
    (UPLOAD_PATH, "post", "413", "file_exceeds_size_limit"): (
        voiceclone.APIStatusError,
        "Audio file exceeds maximum size limit",
    ),
    # The page's 422 example (a string `detail`) does not fit the document's HTTPValidationError:
    # the normalized spec follows the document and records it in x-clientgen-conflicts.
}


def test_every_documented_error_example_is_in_the_table() -> None:
    documented = {
        (path, method, str(status), name)
        for path, method in INVOKE
        for status, response in operation(path, method)["responses"].items()
        if not str(status).startswith("2")
        for name in response.get("content", {}).get("application/json", {}).get("examples", {})
    }
    assert documented == set(DOCUMENTED_ERRORS)


@pytest.mark.parametrize(
    "key", list(DOCUMENTED_ERRORS), ids=[f"{key[1]}:{key[0]}:{key[3]}" for key in DOCUMENTED_ERRORS]
)
def test_documented_error_raises_the_typed_error_with_the_detail(
    make_client: MakeClient, sleeps: list[float], key: tuple[str, str, str, str]
) -> None:
    path, method, status, name = key
    error_class, message = DOCUMENTED_ERRORS[key]
    example = documented_example("burki", path, method, status, name)
    assert example == {"detail": message}
    recorder = Recorder(Reply.json(example, status_code=int(status)))

    with pytest.raises(voiceclone.APIStatusError) as caught:
        INVOKE[(path, method)](make_client("burki", recorder))

    error = caught.value
    assert type(error) is error_class
    assert error.status_code == int(status)
    assert error.code is None
    assert error.message == message
    assert error.body == example
    assert str(error) == f"{status} {error.response.reason_phrase}: {message}"
    # 4xx are final; a 5xx is retried twice (the default) unless it may have done its work.
    assert len(recorder.requests) == tries(method, int(status))
    assert len(sleeps) == len(recorder.requests) - 1
    assert_key_hidden(error)


#: FastAPI's answer to a request it cannot validate: a list, the first entry names the problem.
VALIDATION_ERROR: dict[str, Any] = {
    "detail": [
        {
            "loc": ["path", "assistant_id"],
            "msg": "Input should be a valid integer, unable to parse string as an integer",
            "type": "int_parsing",
            "input": "seven",
        },
        {"loc": ["body", "name"], "msg": "Field required", "type": "missing"},
    ]
}


@pytest.mark.parametrize(("path", "method"), list(INVOKE), ids=OPERATION_IDS)
def test_validation_list_raises_unprocessable_entity_with_the_first_entry(
    make_client: MakeClient, sleeps: list[float], path: str, method: str
) -> None:
    assert operation(path, method)["responses"]["422"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/HTTPValidationError"
    }
    recorder = Recorder(Reply.json(VALIDATION_ERROR, status_code=422))

    with pytest.raises(voiceclone.UnprocessableEntityError) as caught:
        INVOKE[(path, method)](make_client("burki", recorder))

    error = caught.value
    assert error.status_code == 422
    assert error.code == "int_parsing"
    # Which field, and that there is more: FastAPI's message alone says neither.
    assert error.message == (
        "assistant_id: Input should be a valid integer, unable to parse string as an integer "
        "(and 1 more)"
    )
    assert error.body == VALIDATION_ERROR
    assert len(recorder.requests) == 1
    assert sleeps == []
    assert_key_hidden(error)


@pytest.mark.xfail(
    strict=True,
    reason="client retries every 5xx: the documented 500 of a cloned-voice delete says the voice "
    "was 'removed from database', so the retry gets a 404 and the caller sees NotFoundError, "
    "not the documented failure (RETRYABLE: status >= 500 in _base_client._is_retryable_status)",
)
def test_a_partly_done_delete_reports_the_documented_500(
    make_client: MakeClient, sleeps: list[float]
) -> None:
    failed = documented_example("burki", VOICE_PATH, "delete", "500", "provider_deletion_failed")
    gone = documented_example("burki", VOICE_PATH, "delete", "404", "voice_not_found")
    recorder = Recorder(Reply.json(failed, 500), Reply.json(gone, 404))

    with pytest.raises(voiceclone.APIStatusError) as caught:
        make_client("burki", recorder).assistants.cloned_voices.delete(ASSISTANT_ID, VOICE_ID)

    assert type(caught.value) is voiceclone.InternalServerError


# ----------------------------------------------------------------------------------------------
# cloned_voices.list (organisation-wide)
# ----------------------------------------------------------------------------------------------


def test_org_list_sends_filters_as_query(make_client: MakeClient) -> None:
    recorder = Recorder(ok_reply(ORG_LIST_PATH, "get"))

    make_client("burki", recorder).cloned_voices.list(status="ready", provider="cartesia")

    request = recorder.only
    assert request.method == "GET"
    assert (
        str(request.url)
        == f"{BASE_URL}/api/v1/assistants/cloned-voices?status=ready&provider=cartesia"
    )
    assert request.headers["authorization"] == f"Bearer {API_KEY}"
    assert request.content == b""


def test_org_list_leaves_unset_filters_out(make_client: MakeClient) -> None:
    recorder = Recorder(ok_reply(ORG_LIST_PATH, "get"))

    make_client("burki", recorder).cloned_voices.list(provider="resemble")

    assert list(recorder.only.url.params.multi_items()) == [("provider", "resemble")]


def test_org_list_parses_the_voices(make_client: MakeClient) -> None:
    recorder = Recorder(listing(ORG_VOICE, NEVER_USED_VOICE))

    result = make_client("burki", recorder).cloned_voices.list()

    assert isinstance(result, ListClonedVoicesResponse)
    assert result.success is True
    assert [type(voice) for voice in result.cloned_voices] == [ClonedVoice, ClonedVoice]
    org, never_used = result.cloned_voices
    assert org.model_dump() == ORG_VOICE
    assert org.id == 19
    assert org.provider == "resemble"
    assert org.status == "processing"
    assert org.quality_score == 0.81
    assert org.synthesis_count == 3
    assert never_used.id == 17
    assert never_used.gender is None


def test_org_list_without_cloned_voices_comes_back_with_the_mismatch(
    make_client: MakeClient,
) -> None:
    recorder = Recorder(Reply.json({"success": True}))

    result = make_client("burki", recorder).cloned_voices.list()

    assert result.success is True
    assert result.cloned_voices is None  # documented as always there: reported, not raised
    assert [str(m) for m in result._mismatches] == [
        "cloned_voices: missing, though documented as required"
    ]


def test_org_list_without_cloned_voices_is_an_error_for_a_strict_client(
    make_client: MakeClient,
) -> None:
    recorder = Recorder(Reply.json({"success": True}))
    client = make_client("burki", recorder, strict_response_validation=True)

    with pytest.raises(voiceclone.APIResponseValidationError, match="cloned_voices") as caught:
        client.cloned_voices.list()

    assert caught.value.status_code == 200


# ----------------------------------------------------------------------------------------------
# assistants.cloned_voices.create (JSON)
# ----------------------------------------------------------------------------------------------


def documented_create_request() -> dict[str, Any]:
    body = operation(CREATE_PATH, "post")["requestBody"]["content"]["application/json"]
    value: dict[str, Any] = body["examples"]["request"]["value"]
    return value


def test_create_sends_the_documented_request_body_exactly(make_client: MakeClient) -> None:
    example = documented_create_request()
    assert set(example) == schema_properties("CreateClonedVoiceRequest")
    recorder = Recorder(ok_reply(CREATE_PATH, "post"))

    make_client("burki", recorder).assistants.cloned_voices.create(ASSISTANT_ID, **example)

    request = recorder.only
    assert request.method == "POST"
    assert str(request.url) == f"{BASE_URL}/api/v1/assistants/7/cloned-voices/create"
    assert request.headers["authorization"] == f"Bearer {API_KEY}"
    assert recorder.json_body() == {
        "voice_sample_id": 123,
        "provider": "elevenlabs",
        "name": "Custom Professional Voice",
        "description": "Professional voice for customer service interactions",
        "language": "en",
        "enhance_quality": True,
        "tags": ["professional", "customer-service"],
        "metadata": {"use_case": "customer_support"},
    }
    assert recorder.json_body() == example


def test_create_sends_only_the_required_fields_by_default(make_client: MakeClient) -> None:
    recorder = Recorder(ok_reply(CREATE_PATH, "post"))

    make_client("burki", recorder).assistants.cloned_voices.create(
        ASSISTANT_ID, voice_sample_id=SAMPLE_ID, provider="resemble", name="Resemble Voice"
    )

    # enhance_quality defaults to true server-side: not sent unless given.
    assert recorder.json_body() == {
        "voice_sample_id": 123,
        "provider": "resemble",
        "name": "Resemble Voice",
    }
    assert recorder.only.content == (
        b'{"voice_sample_id":123,"provider":"resemble","name":"Resemble Voice"}'
    )


def test_create_sends_false_and_empty_values_that_were_given(make_client: MakeClient) -> None:
    recorder = Recorder(ok_reply(CREATE_PATH, "post"))

    make_client("burki", recorder).assistants.cloned_voices.create(
        ASSISTANT_ID,
        voice_sample_id=SAMPLE_ID,
        provider="cartesia",
        name="Quick",
        enhance_quality=False,
        tags=[],
        metadata={},
    )

    assert recorder.json_body() == {
        "voice_sample_id": 123,
        "provider": "cartesia",
        "name": "Quick",
        "enhance_quality": False,
        "tags": [],
        "metadata": {},
    }


def test_create_parses_the_documented_cloned_voice(make_client: MakeClient) -> None:
    recorder = Recorder(ok_reply(CREATE_PATH, "post"))

    result = make_client("burki", recorder).assistants.cloned_voices.create(
        ASSISTANT_ID, voice_sample_id=SAMPLE_ID, provider="elevenlabs", name="Jane"
    )

    assert isinstance(result, CreateClonedVoiceResponse)
    assert result.success is True
    voice = result.cloned_voice
    assert isinstance(voice, ClonedVoice)
    assert voice.id == 456
    assert voice.name == "Custom Professional Voice"
    assert voice.provider == "elevenlabs"
    assert voice.provider_voice_id == "voice_abc123xyz"
    assert voice.status == "processing"
    assert voice.created_at == "2024-01-15T10:45:00Z"
    # The page's example leaves out the listing's other fields: absent, not invented.
    assert voice.language is None
    assert voice.synthesis_count is None
    assert voice.model_fields_set == {
        "id",
        "name",
        "provider",
        "provider_voice_id",
        "status",
        "created_at",
    }


# ----------------------------------------------------------------------------------------------
# assistants.cloned_voices.delete
# ----------------------------------------------------------------------------------------------


def test_delete_sends_a_delete_without_a_body(make_client: MakeClient) -> None:
    recorder = Recorder(ok_reply(VOICE_PATH, "delete"))

    make_client("burki", recorder).assistants.cloned_voices.delete(ASSISTANT_ID, VOICE_ID)

    request = recorder.only
    assert request.method == "DELETE"
    assert str(request.url) == f"{BASE_URL}/api/v1/assistants/7/cloned-voices/456"
    assert request.headers["authorization"] == f"Bearer {API_KEY}"
    assert request.content == b""
    assert "content-type" not in request.headers


def test_delete_parses_the_documented_confirmation(make_client: MakeClient) -> None:
    recorder = Recorder(ok_reply(VOICE_PATH, "delete"))

    result = make_client("burki", recorder).assistants.cloned_voices.delete(ASSISTANT_ID, VOICE_ID)

    assert isinstance(result, DeleteClonedVoiceResponse)
    assert result.success is True
    assert result.message == "Cloned voice deleted successfully"


# ----------------------------------------------------------------------------------------------
# assistants.cloned_voices.test and assistants.test_voice (the same JSON body)
# ----------------------------------------------------------------------------------------------

#: Every VoiceTestRequest field, none at its default (falsy values included: they must be sent).
EVERY_TEST_OPTION: dict[str, Any] = {
    "text": "Hola, soy la voz clonada.",
    "model_id": "eleven_multilingual_v2",
    "stability": 0.0,
    "similarity_boost": 0.9,
    "style": 0.35,
    "speed": 1.2,
    "volume": 0.8,
    "use_speaker_boost": False,
    "project_uuid": "9f1d2c3b-0000-4e5f-8a9b-123456789abc",
}
EVERY_TEST_FIELD_ON_THE_WIRE: dict[str, Any] = {
    "voice_id": PROVIDER_VOICE_ID,
    "provider": "elevenlabs",
    **EVERY_TEST_OPTION,
}


def test_the_full_test_body_covers_every_documented_field() -> None:
    assert set(EVERY_TEST_FIELD_ON_THE_WIRE) == schema_properties("VoiceTestRequest")


def test_cloned_voice_test_sends_the_provider_voice_id_as_voice_id(
    make_client: MakeClient,
) -> None:
    recorder = Recorder(ok_reply(TEST_PATH, "post"))

    make_client("burki", recorder).assistants.cloned_voices.test(
        ASSISTANT_ID, VOICE_ID, provider_voice_id=PROVIDER_VOICE_ID, provider="elevenlabs"
    )

    request = recorder.only
    assert request.method == "POST"
    # Burki's own voice id in the path, the provider's in the body.
    assert str(request.url) == f"{BASE_URL}/api/v1/assistants/7/cloned-voices/456/test"
    assert request.headers["authorization"] == f"Bearer {API_KEY}"
    # The defaults (text, stability, ...) are the server's: not sent unless given.
    assert recorder.json_body() == {"voice_id": PROVIDER_VOICE_ID, "provider": "elevenlabs"}


def test_cloned_voice_test_sends_every_option_given(make_client: MakeClient) -> None:
    recorder = Recorder(ok_reply(TEST_PATH, "post"))

    make_client("burki", recorder).assistants.cloned_voices.test(
        ASSISTANT_ID,
        VOICE_ID,
        provider_voice_id=PROVIDER_VOICE_ID,
        provider="elevenlabs",
        **EVERY_TEST_OPTION,
    )

    body = recorder.json_body()
    assert body == EVERY_TEST_FIELD_ON_THE_WIRE
    assert "provider_voice_id" not in body
    assert body["stability"] == 0.0 and body["use_speaker_boost"] is False


def test_cloned_voice_test_returns_the_json_as_is(make_client: MakeClient) -> None:
    recorder = Recorder(Reply.json(AUDIO_TEST))

    result = make_client("burki", recorder).assistants.cloned_voices.test(
        ASSISTANT_ID, VOICE_ID, provider_voice_id=PROVIDER_VOICE_ID, provider="elevenlabs"
    )

    # The document declares the 200 as ``{}``: the generated method returns Any, no model.
    assert type(result) is dict
    assert result == AUDIO_TEST
    assert result["audio_data"] == "SUQzBAAAAAAAI1RTU0U="


def test_test_voice_posts_the_body_without_path_parameters(make_client: MakeClient) -> None:
    recorder = Recorder(ok_reply(TEST_VOICE_PATH, "post"))

    make_client("burki", recorder).assistants.test_voice(
        provider_voice_id="sonic-voice-42", provider="cartesia"
    )

    request = recorder.only
    assert request.method == "POST"
    assert str(request.url) == f"{BASE_URL}/api/v1/assistants/test-voice"
    assert request.headers["authorization"] == f"Bearer {API_KEY}"
    assert recorder.json_body() == {"voice_id": "sonic-voice-42", "provider": "cartesia"}


def test_test_voice_sends_every_option_given(make_client: MakeClient) -> None:
    recorder = Recorder(ok_reply(TEST_VOICE_PATH, "post"))

    make_client("burki", recorder).assistants.test_voice(
        provider_voice_id=PROVIDER_VOICE_ID, provider="elevenlabs", **EVERY_TEST_OPTION
    )

    assert recorder.json_body() == EVERY_TEST_FIELD_ON_THE_WIRE


def test_test_voice_keeps_the_open_response_object(make_client: MakeClient) -> None:
    recorder = Recorder(Reply.json(AUDIO_TEST))

    result = make_client("burki", recorder).assistants.test_voice(
        provider_voice_id=PROVIDER_VOICE_ID, provider="elevenlabs"
    )

    # TestVoiceResponse is an open object (additionalProperties: true) with no documented
    # field: the client returns the map as sent, typed dict[str, object].
    assert result == AUDIO_TEST


# ----------------------------------------------------------------------------------------------
# assistants.voice_samples.upload (multipart)
# ----------------------------------------------------------------------------------------------


def test_upload_posts_multipart_with_the_file_and_every_field(
    make_client: MakeClient, wav_path: Path
) -> None:
    recorder = Recorder(ok_reply(UPLOAD_PATH, "post"))

    make_client("burki", recorder).assistants.voice_samples.upload(
        ASSISTANT_ID,
        file=wav_path,
        name="Professional Voice",
        description="Clear professional speaking voice",
        tags="professional,clear,business",
    )

    request = recorder.only
    assert request.method == "POST"
    assert str(request.url) == f"{BASE_URL}/api/v1/assistants/7/voice-samples/upload"
    assert request.headers["authorization"] == f"Bearer {API_KEY}"
    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    parts = multipart_parts(request)
    assert form_fields(parts) == [
        ("name", "Professional Voice"),
        ("description", "Clear professional speaking voice"),
        ("tags", "professional,clear,business"),
    ]
    assert parts_of(file_parts(parts)) == [("file", "sample.wav", "audio/wav", WAV)]
    assert {part.name for part in parts} == schema_properties("UploadVoiceSampleRequest")
    assert len(parts) == 4


def test_upload_sends_only_the_file_by_default(make_client: MakeClient) -> None:
    recorder = Recorder(ok_reply(UPLOAD_PATH, "post"))

    make_client("burki", recorder).assistants.voice_samples.upload(ASSISTANT_ID, file=MP3_BYTES)

    parts = recorder.multipart()
    assert form_fields(parts) == []
    assert parts_of(parts) == [("file", "upload.mp3", "audio/mpeg", MP3_BYTES)]


FileSource = Callable[[Path], Any]
SOURCES: dict[str, tuple[FileSource, str]] = {
    # source kind: (how to pass the file, the filename the server should see)
    "str path": (str, "sample.wav"),
    "pathlib.Path": (lambda path: path, "sample.wav"),
    "bytes": (lambda path: path.read_bytes(), "upload.wav"),
    "open file": (lambda path: path.open("rb"), "sample.wav"),
    "BytesIO": (lambda path: io.BytesIO(path.read_bytes()), "upload.wav"),
    "(name, bytes)": (lambda path: ("take-2.wav", path.read_bytes()), "take-2.wav"),
    "(name, BytesIO)": (lambda path: ("take-3.wav", io.BytesIO(path.read_bytes())), "take-3.wav"),
}


@pytest.mark.parametrize("kind", list(SOURCES))
def test_upload_sends_every_kind_of_file(
    make_client: MakeClient, wav_path: Path, kind: str
) -> None:
    to_source, expected_filename = SOURCES[kind]
    source = to_source(wav_path)
    recorder = Recorder(ok_reply(UPLOAD_PATH, "post"))

    try:
        make_client("burki", recorder).assistants.voice_samples.upload(
            ASSISTANT_ID, file=source, name="Take"
        )
    finally:
        if isinstance(source, io.IOBase):
            source.close()

    parts = recorder.multipart()
    assert form_fields(parts) == [("name", "Take")]
    (sent,) = file_parts(parts)
    assert sent.name == "file"
    assert sent.filename == expected_filename
    assert sent.content_type == "audio/wav"
    assert sent.content == WAV


def test_upload_retry_resends_the_file_in_full(
    make_client: MakeClient, wav_path: Path, sleeps: list[float]
) -> None:
    # A file object can only be read once: the client must read it before the first try.
    recorder = Recorder(Refused(), ok_reply(UPLOAD_PATH, "post"))

    with wav_path.open("rb") as handle:
        result = make_client("burki", recorder).assistants.voice_samples.upload(
            ASSISTANT_ID, file=handle, tags="retry"
        )

    assert isinstance(result, UploadVoiceSampleResponse)
    assert len(recorder.requests) == 2
    assert len(sleeps) == 1
    first, second = (multipart_parts(request) for request in recorder.requests)
    assert parts_of(first) == parts_of(second)
    assert parts_of(second) == [
        ("tags", None, None, b"retry"),
        ("file", "sample.wav", "audio/wav", WAV),
    ]


def test_upload_names_an_unreadable_file_before_any_request(
    make_client: MakeClient, tmp_path: Path
) -> None:
    recorder = Recorder(ok_reply(UPLOAD_PATH, "post"))
    missing = tmp_path / "missing.wav"

    with pytest.raises(voiceclone.InvalidFileError, match=r"missing\.wav") as caught:
        make_client("burki", recorder).assistants.voice_samples.upload(ASSISTANT_ID, file=missing)

    assert caught.value.filename == str(missing)
    assert recorder.requests == []


def test_upload_parses_the_documented_voice_sample(make_client: MakeClient) -> None:
    recorder = Recorder(ok_reply(UPLOAD_PATH, "post"))

    result = make_client("burki", recorder).assistants.voice_samples.upload(ASSISTANT_ID, file=WAV)

    assert isinstance(result, UploadVoiceSampleResponse)
    assert result.success is True
    sample = result.voice_sample
    assert isinstance(sample, VoiceSample)
    assert sample.id == 123
    assert sample.name == "Professional Voice Sample"
    assert sample.filename == "professional_voice.wav"
    assert sample.status == "uploaded"
    assert sample.created_at == "2024-01-15T10:30:00Z"


# ----------------------------------------------------------------------------------------------
# assistants.voice_samples.list and assistants.voice_samples.delete (untyped answers)
# ----------------------------------------------------------------------------------------------


def test_samples_list_sends_the_status_filter(make_client: MakeClient) -> None:
    recorder = Recorder(Reply.json(SAMPLES_LISTING))

    make_client("burki", recorder).assistants.voice_samples.list(ASSISTANT_ID, status="uploaded")

    request = recorder.only
    assert request.method == "GET"
    assert str(request.url) == f"{BASE_URL}/api/v1/assistants/7/voice-samples?status=uploaded"
    assert request.headers["authorization"] == f"Bearer {API_KEY}"
    assert request.content == b""


def test_samples_list_returns_the_typed_samples(make_client: MakeClient) -> None:
    recorder = Recorder(Reply.json(SAMPLES_LISTING))

    result = make_client("burki", recorder).assistants.voice_samples.list(ASSISTANT_ID)

    # openapi.json declares {}; the List Voice Samples page types it: the same VoiceSample
    # record an upload returns (the overlay says so), its fields those of both pages.
    assert isinstance(result, burki_types.ListVoiceSamplesResponse)
    (sample,) = result.voice_samples
    assert isinstance(sample, burki_types.VoiceSample)
    assert (sample.id, sample.status, sample.filename) == (
        123,
        "uploaded",
        "professional_voice.wav",
    )
    assert result._mismatches == ()


def test_samples_list_answered_with_a_bare_array_is_a_validation_error(
    make_client: MakeClient,
) -> None:
    recorder = Recorder(Reply.json([{"id": 1}, {"id": 2}]))

    with pytest.raises(voiceclone.APIResponseValidationError, match="ListVoiceSamplesResponse"):
        make_client("burki", recorder).assistants.voice_samples.list(ASSISTANT_ID)


def test_samples_delete_sends_a_delete_without_a_body(make_client: MakeClient) -> None:
    recorder = Recorder(Reply.json(SAMPLE_DELETED))

    result = make_client("burki", recorder).assistants.voice_samples.delete(ASSISTANT_ID, SAMPLE_ID)

    request = recorder.only
    assert request.method == "DELETE"
    assert str(request.url) == f"{BASE_URL}/api/v1/assistants/7/voice-samples/123"
    assert request.headers["authorization"] == f"Bearer {API_KEY}"
    assert request.content == b""
    assert type(result) is dict
    assert result == {"success": True, "message": "Voice sample deleted successfully"}


# ----------------------------------------------------------------------------------------------
# assistants.voice_cloning.providers.list
# ----------------------------------------------------------------------------------------------


def test_providers_list_gets_the_assistants_providers(make_client: MakeClient) -> None:
    recorder = Recorder(ok_reply(PROVIDERS_PATH, "get"))

    make_client("burki", recorder).assistants.voice_cloning.providers.list(ASSISTANT_ID)

    request = recorder.only
    assert request.method == "GET"
    assert str(request.url) == f"{BASE_URL}/api/v1/assistants/7/voice-cloning/providers"
    assert request.headers["authorization"] == f"Bearer {API_KEY}"
    assert request.content == b""


def test_providers_list_parses_the_nested_requirements(make_client: MakeClient) -> None:
    recorder = Recorder(ok_reply(PROVIDERS_PATH, "get"))

    result = make_client("burki", recorder).assistants.voice_cloning.providers.list(ASSISTANT_ID)

    assert isinstance(result, ListVoiceCloningProvidersResponse)
    assert result.success is True
    assert result.providers is not None
    assert [type(provider) for provider in result.providers] == [VoiceCloningProvider] * 3
    elevenlabs, resemble, cartesia = result.providers
    assert (elevenlabs.provider, elevenlabs.name) == ("elevenlabs", "ElevenLabs")
    assert (resemble.provider, resemble.name) == ("resemble", "Resemble")
    assert (cartesia.provider, cartesia.name) == ("cartesia", "Cartesia")

    requirements = elevenlabs.requirements
    assert isinstance(requirements, ProviderRequirements)
    assert requirements.formats == ["mp3", "wav", "flac", "m4a"]
    assert requirements.min_duration == 10
    assert requirements.max_duration == 300
    assert requirements.max_size == 26214400
    quality = requirements.quality_requirements
    assert isinstance(quality, AudioQualityRequirements)
    assert (quality.sample_rate, quality.bit_rate, quality.channels) == (22050, 128, 1)
    assert quality.note is None

    assert resemble.requirements is not None
    assert resemble.requirements.max_duration == 600
    assert resemble.requirements.max_size == 52428800
    assert resemble.requirements.formats == ["wav", "mp3", "flac"]

    assert cartesia.requirements is not None
    assert cartesia.requirements.formats == ["mp3", "wav", "flac", "m4a", "ogg"]
    assert (cartesia.requirements.min_duration, cartesia.requirements.max_duration) == (5, 30)
    assert cartesia.requirements.max_size == 10485760
    cartesia_quality = cartesia.requirements.quality_requirements
    assert isinstance(cartesia_quality, AudioQualityRequirements)
    assert cartesia_quality.sample_rate == 16000
    assert cartesia_quality.note == "Clean mono audio without background noise is recommended"


# ----------------------------------------------------------------------------------------------
# The async client, driven directly
# ----------------------------------------------------------------------------------------------


def test_async_client_runs_the_operations_concurrently(wav_path: Path) -> None:
    replies = {
        ("POST", "/api/v1/assistants/7/voice-samples/upload"): ok_reply(UPLOAD_PATH, "post"),
        ("POST", "/api/v1/assistants/7/cloned-voices/create"): ok_reply(CREATE_PATH, "post"),
        ("POST", "/api/v1/assistants/7/cloned-voices/456/test"): ok_reply(TEST_PATH, "post"),
        ("GET", "/api/v1/assistants/7/voice-cloning/providers"): ok_reply(PROVIDERS_PATH, "get"),
        ("DELETE", "/api/v1/assistants/7/cloned-voices/456"): ok_reply(VOICE_PATH, "delete"),
    }
    requests: list[httpx.Request] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(0)  # let the calls interleave
        requests.append(request)
        return replies[(request.method, request.url.path)].build(request)

    async def main() -> list[Any]:
        transport = httpx.MockTransport(handler)
        async with voiceclone.AsyncBurki(
            api_key=API_KEY, http_client=httpx.AsyncClient(transport=transport)
        ) as client:
            with wav_path.open("rb") as handle:
                return await asyncio.gather(
                    client.assistants.voice_samples.upload(ASSISTANT_ID, file=handle, name="A"),
                    client.assistants.cloned_voices.create(
                        ASSISTANT_ID, voice_sample_id=SAMPLE_ID, provider="elevenlabs", name="B"
                    ),
                    client.assistants.cloned_voices.test(
                        ASSISTANT_ID,
                        VOICE_ID,
                        provider_voice_id=PROVIDER_VOICE_ID,
                        provider="elevenlabs",
                        text="Hi",
                    ),
                    client.assistants.voice_cloning.providers.list(ASSISTANT_ID),
                    client.assistants.cloned_voices.delete(ASSISTANT_ID, VOICE_ID),
                )

    uploaded, created, tested, providers, deleted = asyncio.run(main())

    assert isinstance(uploaded, UploadVoiceSampleResponse)
    assert uploaded.voice_sample is not None and uploaded.voice_sample.id == 123
    assert isinstance(created, CreateClonedVoiceResponse)
    assert created.cloned_voice is not None and created.cloned_voice.id == 456
    assert tested == AUDIO_TEST
    assert isinstance(providers, ListVoiceCloningProvidersResponse)
    assert [p.provider for p in providers.providers or []] == ["elevenlabs", "resemble", "cartesia"]
    assert isinstance(deleted, DeleteClonedVoiceResponse)
    assert deleted.message == "Cloned voice deleted successfully"

    assert len(requests) == 5
    assert all(request.headers["authorization"] == f"Bearer {API_KEY}" for request in requests)
    by_path = {request.url.path: request for request in requests}
    upload = by_path["/api/v1/assistants/7/voice-samples/upload"]
    assert parts_of(multipart_parts(upload)) == [
        ("name", None, None, b"A"),
        ("file", "sample.wav", "audio/wav", WAV),
    ]
    assert by_path["/api/v1/assistants/7/cloned-voices/create"].content == (
        b'{"voice_sample_id":123,"provider":"elevenlabs","name":"B"}'
    )
    assert by_path["/api/v1/assistants/7/cloned-voices/456/test"].content == (
        b'{"voice_id":"pNInz6obpgDQGcFmaJgB","text":"Hi","provider":"elevenlabs"}'
    )
    assert by_path["/api/v1/assistants/7/cloned-voices/456"].content == b""


def test_async_methods_are_coroutines() -> None:
    client = voiceclone.AsyncBurki(api_key=API_KEY)
    methods = [
        client.cloned_voices.list,
        client.assistants.cloned_voices.list,
        client.assistants.cloned_voices.create,
        client.assistants.cloned_voices.delete,
        client.assistants.cloned_voices.test,
        client.assistants.voice_samples.upload,
        client.assistants.voice_samples.list,
        client.assistants.voice_samples.delete,
        client.assistants.voice_cloning.providers.list,
        client.assistants.test_voice,
    ]
    assert all(inspect.iscoroutinefunction(method) for method in methods)
