"""Bland AI: ``voices.samples.list`` and ``voices.samples.retrieve`` over a mock transport."""

from __future__ import annotations

from pathlib import Path

import pytest
import voiceclone
from voiceclone.bland.types import GetVoiceSampleResponse, ListVoiceSamplesResponse, VoiceSample

from .conftest import (
    API_KEY,
    WAV_BYTES,
    MakeClient,
    Recorder,
    Reply,
    assert_key_hidden,
    documented_example,
    load_spec,
)

VOICE_ID = "73d4c04b-1e15-4272-9c7f-8d2955914ba9"
SAMPLE_ID = "d15b199a-1b79-4664-9a9a-b149ee3b136a"
LIST_PATH = "/v1/voices/{id}/samples"
GET_PATH = "/v1/voices/{id}/samples/{sample_id}"


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
