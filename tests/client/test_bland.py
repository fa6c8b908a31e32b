"""Bland AI: every ``voices`` operation over a mock transport.

``voices.list``, ``voices.retrieve``, ``voices.clone`` (multipart, several files),
``voices.rename`` (PATCH, JSON), ``voices.delete``, ``voices.samples.create`` (multipart),
``voices.samples.list``, ``voices.samples.retrieve`` and ``voices.samples.delete`` (a DELETE with
a JSON body). Every test taking ``make_client`` runs against the sync and the async client.
"""

from __future__ import annotations

import asyncio
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
import voiceclone
from voiceclone.bland.types import (
    AddVoiceSampleResponse,
    CloneVoiceResponse,
    CloneVoiceResponseData,
    DeleteVoiceResponse,
    DeleteVoiceResponseData,
    DeleteVoiceSamplesResponse,
    GetVoiceResponse,
    GetVoiceSampleResponse,
    ListVoiceSamplesResponse,
    ListVoicesResponse,
    RenameVoiceResponse,
    RenameVoiceResponseData,
    Voice,
    VoiceSample,
)

from audio_samples import silent_wav

from .conftest import (
    API_KEY,
    MP3_BYTES,
    WAV_BYTES,
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

VOICE_ID = "73d4c04b-1e15-4272-9c7f-8d2955914ba9"
SAMPLE_ID = "d15b199a-1b79-4664-9a9a-b149ee3b136a"
LIST_PATH = "/v1/voices/{id}/samples"
GET_PATH = "/v1/voices/{id}/samples/{sample_id}"
VOICES_PATH = "/v1/voices"
VOICE_PATH = "/v1/voices/{id}"
CLONE_PATH = "/v1/voices/clone"
ADD_SAMPLES_PATH = "/v1/voices/samples"
RENAME_PATH = "/v1/voices/{id}/rename"
SAMPLES_PATH = LIST_PATH  # GET lists the samples, DELETE removes some
BASE_URL = "https://api.bland.ai"
#: A real (tiny) WAV file, as a user would record it.
WAV = silent_wav()


# ----------------------------------------------------------------------------------------------
# voices.samples.list
# ----------------------------------------------------------------------------------------------


def test_list_sends_get_with_raw_authorization_key(make_client: MakeClient) -> None:
    example = documented_example("bland", LIST_PATH, "get", "200", "response")
    recorder = Recorder(Reply.json(example))

    page = make_client("bland", recorder).voices.samples.list(VOICE_ID, include_audio=True)

    request = recorder.only
    assert request.method == "GET"
    assert (
        str(request.url) == f"https://api.bland.ai/v1/voices/{VOICE_ID}/samples?include_audio=true"
    )
    assert request.headers["authorization"] == API_KEY  # the bare key: Bland takes no "Bearer"
    assert isinstance(page, ListVoiceSamplesResponse)
    assert page.samples == []


def test_list_reads_the_key_from_the_environment(
    make_client: MakeClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BLAND_API_KEY", "bland-key-from-env")
    recorder = Recorder(Reply.json({"samples": []}))

    make_client("bland", recorder, api_key=None).voices.samples.list(VOICE_ID)

    assert recorder.only.headers["authorization"] == "bland-key-from-env"


def test_without_key_or_environment_variable_the_client_refuses(
    make_client: MakeClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("BLAND_API_KEY", raising=False)

    with pytest.raises(voiceclone.MissingAPIKeyError, match="BLAND_API_KEY"):
        make_client("bland", Recorder(Reply.json({"samples": []})), api_key=None)


def test_list_parses_samples_into_models(make_client: MakeClient) -> None:
    samples = [
        {
            "id": SAMPLE_ID,
            "voice_id": VOICE_ID,
            "transcription": "Hello and welcome to Bland.",
            "duration_seconds": 11.4,
            "audio_data": "UklGRigAAABXQVZF",
            "created_at": "2026-06-22T21:34:31.347Z",
        },
        {
            "id": "0b7e4c1a-5d11-4c57-8f43-1b1f7bb2a0c9",
            "voice_id": VOICE_ID,
            "transcription": None,
            "duration_seconds": 3,
            "created_at": "2026-06-23T08:00:00.000Z",
        },
    ]
    recorder = Recorder(Reply.json({"samples": samples}))

    page = make_client("bland", recorder).voices.samples.list(VOICE_ID, include_audio=True)

    assert page.samples is not None
    assert [type(sample) for sample in page.samples] == [VoiceSample, VoiceSample]
    first, second = page.samples
    assert first.id == SAMPLE_ID
    assert first.voice_id == VOICE_ID
    assert first.duration_seconds == 11.4
    assert first.audio_data == "UklGRigAAABXQVZF"
    assert first.created_at == "2026-06-22T21:34:31.347Z"
    assert second.transcription is None
    assert second.audio_data is None
    assert second.duration_seconds == 3.0


def test_list_not_owned_raises_bad_request_with_vendor_code(make_client: MakeClient) -> None:
    example = documented_example("bland", LIST_PATH, "get", "400", "not_owned")
    recorder = Recorder(Reply.json(example, status_code=400))

    with pytest.raises(voiceclone.BadRequestError) as caught:
        make_client("bland", recorder).voices.samples.list(VOICE_ID)

    error = caught.value
    assert error.status_code == 400
    assert error.code == "VOICE_SAMPLES_ERROR"
    assert error.message == "Voice is a default voice and not owned by the user."
    assert error.body == example
    assert len(recorder.requests) == 1  # a 400 is never retried
    assert_key_hidden(error)


# ----------------------------------------------------------------------------------------------
# voices.samples.retrieve
# ----------------------------------------------------------------------------------------------


def documented_disposition() -> str:
    """The ``Content-Disposition`` the docs show for the WAV response."""
    headers = load_spec("bland")["paths"][GET_PATH]["get"]["responses"]["200"]["headers"]
    disposition: str = headers["Content-Disposition"]["example"]
    return disposition


def wav_reply() -> Reply:
    return Reply(
        200,
        WAV_BYTES,
        {"content-type": "audio/wav", "content-disposition": documented_disposition()},
    )


def test_retrieve_returns_the_wav_as_a_binary_response(
    make_client: MakeClient, tmp_path: Path
) -> None:
    recorder = Recorder(wav_reply())

    audio = make_client("bland", recorder).voices.samples.retrieve(VOICE_ID, SAMPLE_ID)

    request = recorder.only
    assert request.method == "GET"
    assert request.url.host == "api.bland.ai"
    assert request.url.path == f"/v1/voices/{VOICE_ID}/samples/{SAMPLE_ID}"
    assert request.url.params.get("format", "audio") == "audio"  # audio is the default
    assert request.headers["authorization"] == API_KEY
    assert isinstance(audio, voiceclone.BinaryResponse)
    assert audio.content == WAV_BYTES
    assert audio.content_type == "audio/wav"
    assert audio.filename == "sample-d15b199a.wav"

    written = audio.write_to(tmp_path)

    assert written == tmp_path / "sample-d15b199a.wav"
    assert written.read_bytes() == WAV_BYTES


def test_retrieve_json_parses_the_documented_example(make_client: MakeClient) -> None:
    example = documented_example("bland", GET_PATH, "get", "200", "json_response")
    recorder = Recorder(Reply.json(example))

    result = make_client("bland", recorder).voices.samples.retrieve(
        VOICE_ID, SAMPLE_ID, format="json"
    )

    request = recorder.only
    assert request.url.path == f"/v1/voices/{VOICE_ID}/samples/{SAMPLE_ID}"
    assert request.url.params["format"] == "json"
    assert isinstance(result, GetVoiceSampleResponse)
    assert isinstance(result.sample, VoiceSample)
    assert result.sample.duration_seconds == 11.4
    assert result.sample.id == example["sample"]["id"]
    assert result.sample.transcription == "Hello and welcome to Bland."


@pytest.mark.parametrize("response_format", ["audio", "json"])
def test_retrieve_audio_not_found_raises_not_found(
    make_client: MakeClient, response_format: str
) -> None:
    example = documented_example("bland", GET_PATH, "get", "default", "audio_not_found")
    recorder = Recorder(Reply.json(example, status_code=404))

    with pytest.raises(voiceclone.NotFoundError) as caught:
        make_client("bland", recorder).voices.samples.retrieve(
            VOICE_ID, SAMPLE_ID, format=response_format
        )

    error = caught.value
    assert error.status_code == 404
    assert error.code == "AUDIO_NOT_FOUND"
    assert error.message == "No audio data found for this sample"
    assert_key_hidden(error)


# ----------------------------------------------------------------------------------------------
# Shared by the voice operations
# ----------------------------------------------------------------------------------------------

OTHER_SAMPLE_ID = "0b7e4c1a-5d11-4c57-8f43-1b1f7bb2a0c9"

#: How each operation added after ``voices.samples.list/retrieve`` is called, by (path, method).
INVOKE: dict[tuple[str, str], Callable[[Any], Any]] = {
    (VOICES_PATH, "get"): lambda client: client.voices.list(),
    (VOICE_PATH, "get"): lambda client: client.voices.retrieve(VOICE_ID),
    (CLONE_PATH, "post"): lambda client: client.voices.clone(
        name="DocTestClone", audio_samples=[WAV]
    ),
    (ADD_SAMPLES_PATH, "post"): lambda client: client.voices.samples.create(
        voice_id=VOICE_ID, audio_samples=[WAV]
    ),
    (RENAME_PATH, "patch"): lambda client: client.voices.rename(VOICE_ID, name="DocTestRename"),
    (VOICE_PATH, "delete"): lambda client: client.voices.delete(VOICE_ID),
    (SAMPLES_PATH, "delete"): lambda client: client.voices.samples.delete(
        VOICE_ID, sample_ids=[SAMPLE_ID]
    ),
}
#: The model each of them returns.
RETURNS: dict[tuple[str, str], type[Any]] = {
    (VOICES_PATH, "get"): ListVoicesResponse,
    (VOICE_PATH, "get"): GetVoiceResponse,
    (CLONE_PATH, "post"): CloneVoiceResponse,
    (ADD_SAMPLES_PATH, "post"): AddVoiceSampleResponse,
    (RENAME_PATH, "patch"): RenameVoiceResponse,
    (VOICE_PATH, "delete"): DeleteVoiceResponse,
    (SAMPLES_PATH, "delete"): DeleteVoiceSamplesResponse,
}
OPERATION_IDS = [f"{method.upper()} {path}" for path, method in INVOKE]

#: Every documented error example of those operations, with what the client must raise:
#: (path, method, documented status, example) -> (status sent, class, vendor code, message).
#: A ``default`` response does not say its status: the one sent is the one its vendor code
#: implies (the clone examples' own bodies say ``"status": 400``).
DOCUMENTED_ERRORS: dict[
    tuple[str, str, str, str], tuple[int, type[voiceclone.APIStatusError], str, str]
] = {
    (CLONE_PATH, "post", "default", "validation_error"): (
        400,
        voiceclone.BadRequestError,
        "Validation Error",
        "No files provided for voice cloning.",
    ),
    (CLONE_PATH, "post", "default", "voice_limit_exceeded"): (
        400,
        voiceclone.BadRequestError,
        "Limit Exceeded",
        "You have reached the maximum number of voices for your plan.",
    ),
    (ADD_SAMPLES_PATH, "post", "default", "no_files"): (
        400,
        voiceclone.BadRequestError,
        "BAD_REQUEST",
        "No audio files provided",
    ),
    (ADD_SAMPLES_PATH, "post", "default", "wrong_engine"): (
        500,
        voiceclone.InternalServerError,
        "INTERNAL_SERVER_ERROR",
        "Adding samples is only supported for BTTS voices",
    ),
    (ADD_SAMPLES_PATH, "post", "default", "too_many_samples"): (
        400,
        voiceclone.BadRequestError,
        "Validation Error",
        "Cannot add 2 sample(s). Voice already has 4 samples. Maximum allowed is 5 samples per"
        " voice.",
    ),
    (RENAME_PATH, "patch", "default", "name_taken"): (
        400,
        voiceclone.BadRequestError,
        "Validation Error",
        "Voice name is already taken",
    ),
    (VOICE_PATH, "delete", "400", "error_deleting_voice"): (
        400,
        voiceclone.BadRequestError,
        "ERROR_DELETING_VOICE",
        "Error deleting voice",
    ),
    (SAMPLES_PATH, "delete", "default", "invalid_request"): (
        400,
        voiceclone.BadRequestError,
        "INVALID_REQUEST",
        "Missing or invalid sample_ids array",
    ),
}


def operation(path: str, method: str) -> dict[str, Any]:
    spec_operation: dict[str, Any] = load_spec("bland")["paths"][path][method]
    return spec_operation


def success_example(path: str, method: str) -> Any:
    return documented_example("bland", path, method, "200", "response")


def parts_of(parts: list[Part]) -> list[tuple[str, str | None, str | None, bytes]]:
    return [(part.name, part.filename, part.content_type, part.content) for part in parts]


@pytest.fixture
def wav_path(tmp_path: Path) -> Path:
    path = tmp_path / "sample.wav"
    path.write_bytes(WAV)
    return path


def test_every_voice_operation_of_the_spec_is_tested_here() -> None:
    paths = load_spec("bland")["paths"]
    documented = {
        (path, method)
        for path, item in paths.items()
        for method in ("get", "post", "put", "patch", "delete")
        if method in item
    }
    assert documented == set(INVOKE) | {(LIST_PATH, "get"), (GET_PATH, "get")}


def test_every_documented_error_example_is_in_the_table() -> None:
    documented = {
        (path, method, str(status), name)
        for path, method in INVOKE
        for status, response in operation(path, method)["responses"].items()
        if not str(status).startswith("2")
        for name in response.get("content", {}).get("application/json", {}).get("examples", {})
    }
    assert documented == set(DOCUMENTED_ERRORS)


@pytest.mark.parametrize(("path", "method"), list(INVOKE), ids=OPERATION_IDS)
def test_documented_success_example_parses_without_loss(
    make_client: MakeClient, path: str, method: str
) -> None:
    example = success_example(path, method)
    recorder = Recorder(Reply.json(example))

    result = INVOKE[(path, method)](make_client("bland", recorder))

    assert type(result) is RETURNS[(path, method)]
    # Declared fields, explicit nulls and undeclared fields all come back as documented.
    assert result.model_dump(mode="json", exclude_unset=True) == example
    assert len(recorder.requests) == 1


@pytest.mark.parametrize(
    "key", list(DOCUMENTED_ERRORS), ids=[f"{key[0]}:{key[1]}:{key[3]}" for key in DOCUMENTED_ERRORS]
)
def test_documented_error_raises_the_typed_error_with_the_vendor_code(
    make_client: MakeClient, sleeps: list[float], key: tuple[str, str, str, str]
) -> None:
    path, method, status, name = key
    sent_status, error_class, code, message = DOCUMENTED_ERRORS[key]
    example = documented_example("bland", path, method, status, name)
    recorder = Recorder(Reply.json(example, status_code=sent_status))

    with pytest.raises(voiceclone.APIStatusError) as caught:
        INVOKE[(path, method)](make_client("bland", recorder))

    error = caught.value
    assert type(error) is error_class
    assert error.status_code == sent_status
    assert error.code == code
    assert error.message == message
    assert error.body == example
    assert f"[{code}]: {message}" in str(error)
    # 4xx are final; a 5xx is retried twice (the default) unless it may have done its work.
    assert len(recorder.requests) == tries(method, sent_status)
    assert len(sleeps) == len(recorder.requests) - 1
    assert_key_hidden(error)


# ----------------------------------------------------------------------------------------------
# voices.list
# ----------------------------------------------------------------------------------------------


def test_voices_list_sends_a_bare_get_with_raw_authorization_key(make_client: MakeClient) -> None:
    recorder = Recorder(Reply.json({"voices": []}))

    result = make_client("bland", recorder).voices.list()

    request = recorder.only
    assert request.method == "GET"
    assert str(request.url) == f"{BASE_URL}/v1/voices"
    assert request.url.query == b""
    assert request.headers["authorization"] == API_KEY
    assert request.content == b""
    assert "content-type" not in request.headers
    assert isinstance(result, ListVoicesResponse)
    assert result.voices == []


def test_voices_list_parses_the_documented_voices(make_client: MakeClient) -> None:
    example = success_example(VOICES_PATH, "get")
    recorder = Recorder(Reply.json(example))

    result = make_client("bland", recorder).voices.list()

    assert isinstance(result, ListVoicesResponse)
    assert result.voices is not None
    assert [type(voice) for voice in result.voices] == [Voice, Voice]
    maya, clone = result.voices
    assert maya.id == "d4610ec1-933d-44c9-a05f-53df2437808d"
    assert maya.name == "maya"
    assert maya.description == "Young American Female"
    assert maya.public is True
    assert maya.tags == ["english", "soft", "Bland Curated"]
    assert maya.user_id is None
    assert maya.voice_id == "5134ee24-7d14-49a4-8aff-2215d295b6cc"
    assert maya.service == "BTTS_V2"
    assert maya.finetuned is False
    assert maya.is_creator_voice is False
    assert maya.ratings == 1234.0
    assert maya.total_ratings == 1234.0
    assert maya.average_rating == 4.6
    assert maya.my_rating is None
    assert maya.creator_display_name is None
    # Documented nulls are kept as explicit nulls, not confused with absent fields.
    assert {"user_id", "my_rating", "creator_display_name"} <= maya.model_fields_set
    assert clone.name == "MyClone"
    assert clone.description is None
    assert "description" in clone.model_fields_set
    assert clone.public is False
    assert clone.user_id == "ffcf63aa-6298-471f-91ad-5d2653812042"
    assert clone.service == "BTTS_V3"
    assert clone.tags == ["Beige Clone V3", "cloned", "female"]
    assert clone.average_rating == 0.0
    assert isinstance(clone.average_rating, float)


def test_voices_list_keeps_an_engine_the_docs_do_not_list(make_client: MakeClient) -> None:
    recorder = Recorder(Reply.json({"voices": [{"id": "v-1", "service": "BTTS_V4"}]}))

    result = make_client("bland", recorder).voices.list()

    assert result.voices is not None
    assert result.voices[0].service == "BTTS_V4"  # the enum is open


# ----------------------------------------------------------------------------------------------
# voices.retrieve
# ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("voice_id", [VOICE_ID, "maya"], ids=["uuid", "curated-name"])
def test_voices_retrieve_gets_the_voice_by_id_or_name(
    make_client: MakeClient, voice_id: str
) -> None:
    recorder = Recorder(Reply.json(success_example(VOICE_PATH, "get")))

    make_client("bland", recorder).voices.retrieve(voice_id)

    request = recorder.only
    assert request.method == "GET"
    assert str(request.url) == f"{BASE_URL}/v1/voices/{voice_id}"
    assert request.headers["authorization"] == API_KEY
    assert request.content == b""


def test_voices_retrieve_keeps_the_id_in_one_path_segment(make_client: MakeClient) -> None:
    recorder = Recorder(Reply.json({"voice": None}))

    make_client("bland", recorder).voices.retrieve("../clone")

    assert recorder.only.url.raw_path == b"/v1/voices/..%2Fclone"


def test_voices_retrieve_parses_the_documented_voice(make_client: MakeClient) -> None:
    recorder = Recorder(Reply.json(success_example(VOICE_PATH, "get")))

    result = make_client("bland", recorder).voices.retrieve("maya")

    assert isinstance(result, GetVoiceResponse)
    voice = result.voice
    assert isinstance(voice, Voice)
    assert voice.id == "d4610ec1-933d-44c9-a05f-53df2437808d"
    assert voice.name == "maya"
    assert voice.service == "BTTS_V2"
    assert voice.tags == ["english", "soft", "Bland Curated"]
    assert voice.average_rating == 4.6
    assert voice.user_id is None
    assert voice.my_rating is None
    assert voice.creator_display_name is None


# ----------------------------------------------------------------------------------------------
# voices.clone (multipart, several files)
# ----------------------------------------------------------------------------------------------


def clone_reply() -> Reply:
    return Reply.json(success_example(CLONE_PATH, "post"))


def test_clone_posts_multipart_with_every_file_and_field(
    make_client: MakeClient, wav_path: Path
) -> None:
    recorder = Recorder(clone_reply())

    make_client("bland", recorder).voices.clone(
        name="DocTestClone",
        audio_samples=[wav_path, ("second.mp3", MP3_BYTES), WAV_BYTES],
        gender="female",
        description="Warm narrator, slow pace",
        is_btts_v3=False,
        is_btts_v2=True,
    )

    request = recorder.only
    assert request.method == "POST"
    assert str(request.url) == f"{BASE_URL}/v1/voices/clone"
    assert request.headers["authorization"] == API_KEY
    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    parts = multipart_parts(request)
    assert form_fields(parts) == [
        ("name", "DocTestClone"),
        ("gender", "female"),
        ("description", "Warm narrator, slow pace"),
        ("isBTTS_V3", "false"),  # booleans as the lowercase strings the docs ask for
        ("isBTTS_V2", "true"),
    ]
    assert parts_of(file_parts(parts)) == [
        ("audio_samples", "sample.wav", "audio/wav", WAV),
        ("audio_samples", "second.mp3", "audio/mpeg", MP3_BYTES),
        ("audio_samples", "upload.wav", "audio/wav", WAV_BYTES),
    ]
    assert len(parts) == 8


def test_clone_leaves_unset_options_out_of_the_form(make_client: MakeClient) -> None:
    recorder = Recorder(clone_reply())

    make_client("bland", recorder).voices.clone(name="Only Name", audio_samples=[WAV])

    parts = recorder.multipart()
    assert form_fields(parts) == [("name", "Only Name")]
    assert parts_of(file_parts(parts)) == [("audio_samples", "upload.wav", "audio/wav", WAV)]


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
def test_clone_uploads_every_kind_of_file(
    make_client: MakeClient, wav_path: Path, kind: str
) -> None:
    to_source, expected_filename = SOURCES[kind]
    source = to_source(wav_path)
    recorder = Recorder(clone_reply())

    try:
        make_client("bland", recorder).voices.clone(name="DocTestClone", audio_samples=[source])
    finally:
        if isinstance(source, io.IOBase):
            source.close()

    (sent,) = file_parts(recorder.multipart())
    assert sent.name == "audio_samples"
    assert sent.filename == expected_filename
    assert sent.content_type == "audio/wav"
    assert sent.content == WAV


def test_clone_retry_resends_every_file_in_full(
    make_client: MakeClient, wav_path: Path, sleeps: list[float]
) -> None:
    # A file object can only be read once: the client must read it before the first try.
    recorder = Recorder(Refused(), clone_reply())

    with wav_path.open("rb") as handle:
        result = make_client("bland", recorder).voices.clone(
            name="DocTestClone", audio_samples=[handle, io.BytesIO(MP3_BYTES)]
        )

    assert isinstance(result, CloneVoiceResponse)
    assert len(recorder.requests) == 2
    assert len(sleeps) == 1
    first, second = (multipart_parts(request) for request in recorder.requests)
    assert parts_of(first) == parts_of(second)
    assert parts_of(file_parts(second)) == [
        ("audio_samples", "sample.wav", "audio/wav", WAV),
        ("audio_samples", "upload.mp3", "audio/mpeg", MP3_BYTES),
    ]


def test_clone_with_no_files_still_sends_multipart(make_client: MakeClient) -> None:
    recorder = Recorder(Reply.json(success_example(CLONE_PATH, "post")))

    make_client("bland", recorder).voices.clone(name="No Audio", audio_samples=[])

    assert form_fields(recorder.multipart()) == [("name", "No Audio")]


def test_clone_names_an_unreadable_file_before_any_request(
    make_client: MakeClient, tmp_path: Path
) -> None:
    recorder = Recorder(clone_reply())
    missing = tmp_path / "missing.wav"

    with pytest.raises(voiceclone.InvalidFileError, match=r"missing\.wav") as caught:
        make_client("bland", recorder).voices.clone(name="x", audio_samples=[WAV, missing])

    assert caught.value.filename == str(missing)
    assert recorder.requests == []


def test_clone_parses_the_documented_response(make_client: MakeClient) -> None:
    recorder = Recorder(clone_reply())

    result = make_client("bland", recorder).voices.clone(name="DocTestClone", audio_samples=[WAV])

    assert isinstance(result, CloneVoiceResponse)
    assert isinstance(result.data, CloneVoiceResponseData)
    assert result.data.voice_id == "4cc89edf-c4b7-4df8-98c5-f8548fcd7c62"
    assert result.data.name == "DocTestClone"
    assert result.errors is None
    assert "errors" in result.model_fields_set
    # The documented body also carries a top-level "status" the field list omits: kept.
    assert result.model_extra == {"status": 200}


# ----------------------------------------------------------------------------------------------
# voices.samples.create (multipart)
# ----------------------------------------------------------------------------------------------


def test_samples_create_posts_the_voice_id_and_every_file(
    make_client: MakeClient, wav_path: Path
) -> None:
    recorder = Recorder(Reply.json(success_example(ADD_SAMPLES_PATH, "post")))

    with wav_path.open("rb") as handle:
        make_client("bland", recorder).voices.samples.create(
            voice_id=VOICE_ID, audio_samples=[handle, WAV_BYTES, ("third.wav", io.BytesIO(WAV))]
        )

    request = recorder.only
    assert request.method == "POST"
    assert str(request.url) == f"{BASE_URL}/v1/voices/samples"
    assert request.url.query == b""  # the voice id goes in the form, not the URL
    assert request.headers["authorization"] == API_KEY
    parts = multipart_parts(request)
    assert form_fields(parts) == [("voice_id", VOICE_ID)]
    assert parts_of(file_parts(parts)) == [
        ("audio_samples", "sample.wav", "audio/wav", WAV),
        ("audio_samples", "upload.wav", "audio/wav", WAV_BYTES),
        ("audio_samples", "third.wav", "audio/wav", WAV),
    ]
    assert len(parts) == 4


def test_samples_create_parses_the_documented_samples(make_client: MakeClient) -> None:
    recorder = Recorder(Reply.json(success_example(ADD_SAMPLES_PATH, "post")))

    result = make_client("bland", recorder).voices.samples.create(
        voice_id=VOICE_ID, audio_samples=[WAV]
    )

    assert isinstance(result, AddVoiceSampleResponse)
    assert result.status == "success"
    assert result.samples is not None
    (sample,) = result.samples
    assert isinstance(sample, VoiceSample)
    assert sample.id == SAMPLE_ID
    assert sample.voice_id == VOICE_ID
    assert sample.transcription is None
    assert "transcription" in sample.model_fields_set  # an explicit null
    assert sample.duration_seconds == 11.4
    assert sample.audio_data is None
    assert "audio_data" not in sample.model_fields_set  # absent, as documented
    assert sample.created_at == "2026-06-22T21:34:31.347Z"


# ----------------------------------------------------------------------------------------------
# voices.rename (PATCH, JSON body)
# ----------------------------------------------------------------------------------------------


def test_rename_patches_a_json_body(make_client: MakeClient) -> None:
    recorder = Recorder(Reply.json(success_example(RENAME_PATH, "patch")))

    make_client("bland", recorder).voices.rename(VOICE_ID, name="DocTestRename")

    request = recorder.only
    assert request.method == "PATCH"
    assert str(request.url) == f"{BASE_URL}/v1/voices/{VOICE_ID}/rename"
    assert request.headers["authorization"] == API_KEY
    assert recorder.json_body() == {"name": "DocTestRename"}
    assert request.headers["content-length"] == str(len(request.content))


def test_rename_parses_the_documented_response(make_client: MakeClient) -> None:
    recorder = Recorder(Reply.json(success_example(RENAME_PATH, "patch")))

    result = make_client("bland", recorder).voices.rename(VOICE_ID, name="DocTestRename")

    assert isinstance(result, RenameVoiceResponse)
    assert isinstance(result.data, RenameVoiceResponseData)
    assert result.data.name == "DocTestRename"
    assert result.data.voice_id == VOICE_ID
    assert result.errors is None
    assert "errors" in result.model_fields_set


def test_rename_documents_403_for_voices_the_org_does_not_own() -> None:
    response = operation(RENAME_PATH, "patch")["responses"]["403"]
    assert response["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/BlandError"
    }
    assert "examples" not in response["content"]["application/json"]  # the docs show none


@pytest.mark.parametrize(
    ("reply", "code", "message"),
    [
        (
            # The documented error envelope (the docs show no 403 body; this is its shape).
            Reply.json(
                {
                    "data": None,
                    "errors": [{"error": "FORBIDDEN", "message": "Voice is not owned by you"}],
                },
                status_code=403,
            ),
            "FORBIDDEN",
            "Voice is not owned by you",
        ),
        (Reply.text("Forbidden", 403), None, "Forbidden"),
    ],
    ids=["bland-envelope", "plain-text"],
)
def test_rename_of_a_default_voice_raises_permission_denied(
    make_client: MakeClient, reply: Reply, code: str | None, message: str
) -> None:
    recorder = Recorder(reply)

    with pytest.raises(voiceclone.PermissionDeniedError) as caught:
        make_client("bland", recorder).voices.rename("maya", name="Not Mine")

    error = caught.value
    assert error.status_code == 403
    assert error.code == code
    assert error.message == message
    assert len(recorder.requests) == 1  # a 403 is never retried
    assert_key_hidden(error)


# ----------------------------------------------------------------------------------------------
# voices.delete
# ----------------------------------------------------------------------------------------------


def test_delete_sends_a_delete_without_a_body(make_client: MakeClient) -> None:
    recorder = Recorder(Reply.json(success_example(VOICE_PATH, "delete")))

    make_client("bland", recorder).voices.delete(VOICE_ID)

    request = recorder.only
    assert request.method == "DELETE"
    assert str(request.url) == f"{BASE_URL}/v1/voices/{VOICE_ID}"
    assert request.headers["authorization"] == API_KEY
    assert request.content == b""
    assert "content-type" not in request.headers


def test_delete_parses_the_documented_confirmation(make_client: MakeClient) -> None:
    recorder = Recorder(Reply.json(success_example(VOICE_PATH, "delete")))

    result = make_client("bland", recorder).voices.delete(VOICE_ID)

    assert isinstance(result, DeleteVoiceResponse)
    assert isinstance(result.data, DeleteVoiceResponseData)
    assert result.data.status == "success"
    assert result.data.message == "Voice deleted successfully"
    assert result.errors is None


# ----------------------------------------------------------------------------------------------
# voices.samples.delete (a DELETE with a JSON body)
# ----------------------------------------------------------------------------------------------


def test_samples_delete_sends_the_sample_ids_as_a_json_body(make_client: MakeClient) -> None:
    recorder = Recorder(Reply.json(success_example(SAMPLES_PATH, "delete")))

    make_client("bland", recorder).voices.samples.delete(
        VOICE_ID, sample_ids=[SAMPLE_ID, OTHER_SAMPLE_ID]
    )

    request = recorder.only
    assert request.method == "DELETE"
    assert str(request.url) == f"{BASE_URL}/v1/voices/{VOICE_ID}/samples"
    assert request.headers["authorization"] == API_KEY
    assert recorder.json_body() == {"sample_ids": [SAMPLE_ID, OTHER_SAMPLE_ID]}
    assert request.headers["content-length"] == str(len(request.content))


def test_samples_delete_parses_the_documented_response(make_client: MakeClient) -> None:
    recorder = Recorder(Reply.json(success_example(SAMPLES_PATH, "delete")))

    result = make_client("bland", recorder).voices.samples.delete(VOICE_ID, sample_ids=[SAMPLE_ID])

    assert isinstance(result, DeleteVoiceSamplesResponse)
    assert result.status == "success"
    assert result.samples == []


def test_samples_delete_parses_the_remaining_samples(make_client: MakeClient) -> None:
    remaining = {
        "id": OTHER_SAMPLE_ID,
        "voice_id": VOICE_ID,
        "transcription": "Second take.",
        "duration_seconds": 8,
        "created_at": "2026-06-23T08:00:00.000Z",
    }
    recorder = Recorder(Reply.json({"status": "success", "samples": [remaining]}))

    result = make_client("bland", recorder).voices.samples.delete(VOICE_ID, sample_ids=[SAMPLE_ID])

    assert result.samples is not None
    (sample,) = result.samples
    assert isinstance(sample, VoiceSample)
    assert sample.id == OTHER_SAMPLE_ID
    assert sample.transcription == "Second take."
    assert sample.duration_seconds == 8.0


# ----------------------------------------------------------------------------------------------
# The async client, driven directly
# ----------------------------------------------------------------------------------------------


def test_async_client_runs_the_new_operations_concurrently(wav_path: Path) -> None:
    replies = {
        ("POST", "/v1/voices/clone"): Reply.json(success_example(CLONE_PATH, "post")),
        ("PATCH", f"/v1/voices/{VOICE_ID}/rename"): Reply.json(
            success_example(RENAME_PATH, "patch")
        ),
        ("DELETE", f"/v1/voices/{VOICE_ID}/samples"): Reply.json(
            success_example(SAMPLES_PATH, "delete")
        ),
    }
    requests: list[httpx.Request] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(0)  # let the three calls interleave
        requests.append(request)
        return replies[(request.method, request.url.path)].build(request)

    async def main() -> tuple[Any, Any, Any]:
        transport = httpx.MockTransport(handler)
        async with voiceclone.AsyncBland(
            api_key=API_KEY, http_client=httpx.AsyncClient(transport=transport)
        ) as client:
            with wav_path.open("rb") as handle:
                return await asyncio.gather(
                    client.voices.clone(name="DocTestClone", audio_samples=[handle]),
                    client.voices.rename(VOICE_ID, name="DocTestRename"),
                    client.voices.samples.delete(VOICE_ID, sample_ids=[SAMPLE_ID]),
                )

    cloned, renamed, deleted = asyncio.run(main())

    assert isinstance(cloned, CloneVoiceResponse)
    assert (
        cloned.data is not None and cloned.data.voice_id == "4cc89edf-c4b7-4df8-98c5-f8548fcd7c62"
    )
    assert isinstance(renamed, RenameVoiceResponse)
    assert renamed.data is not None and renamed.data.name == "DocTestRename"
    assert isinstance(deleted, DeleteVoiceSamplesResponse)
    assert deleted.samples == []
    assert len(requests) == 3
    by_method = {request.method: request for request in requests}
    assert all(request.headers["authorization"] == API_KEY for request in requests)
    assert parts_of(file_parts(multipart_parts(by_method["POST"]))) == [
        ("audio_samples", "sample.wav", "audio/wav", WAV)
    ]
    assert by_method["PATCH"].content == b'{"name":"DocTestRename"}'
    assert by_method["DELETE"].content == f'{{"sample_ids":["{SAMPLE_ID}"]}}'.encode()
