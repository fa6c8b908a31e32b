"""Truedy: ``voices.clone`` (base64 audio in JSON, ``{data, meta}`` envelope) over a mock
transport."""

from __future__ import annotations

import base64
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import voiceclone
from voiceclone.truedy.types import VoiceResponse

from .conftest import (
    API_KEY,
    MP3_BYTES,
    MakeClient,
    Recorder,
    Reply,
    assert_key_hidden,
    documented_example,
)

CLONE_PATH = "/voices/clone"
CLONE_URL = "https://api.truedy.ai/api/public/v1/voices/clone"


def created_reply(name: str = "success") -> Reply:
    return Reply.json(documented_example("truedy", CLONE_PATH, "post", "201", name), 201)


@pytest.fixture
def mp3_path(tmp_path: Path) -> Path:
    path = tmp_path / "sample.mp3"
    path.write_bytes(MP3_BYTES)
    return path


# ----------------------------------------------------------------------------------------------
# The request
# ----------------------------------------------------------------------------------------------


def test_clone_posts_json_with_bearer_key(make_client: MakeClient, mp3_path: Path) -> None:
    recorder = Recorder(created_reply())

    make_client("truedy", recorder).voices.clone(name="My Voice", files=[str(mp3_path)])

    request = recorder.only
    assert request.method == "POST"
    assert str(request.url) == CLONE_URL
    assert request.headers["authorization"] == f"Bearer {API_KEY}"
    body = recorder.json_body()
    assert body == {
        "name": "My Voice",
        "files": [
            {
                "filename": "sample.mp3",
                "data": base64.b64encode(MP3_BYTES).decode(),
                "content_type": "audio/mpeg",
            }
        ],
    }
    assert base64.b64decode(body["files"][0]["data"], validate=True) == MP3_BYTES


FileSource = Callable[[Path], Any]
SOURCES: dict[str, tuple[FileSource, str]] = {
    # source kind: (how to pass the file, the filename the server should see)
    "str path": (str, "sample.mp3"),
    "pathlib.Path": (lambda path: path, "sample.mp3"),
    "bytes": (lambda path: path.read_bytes(), "upload.mp3"),
    "open file": (lambda path: path.open("rb"), "sample.mp3"),
    "BytesIO": (lambda path: io.BytesIO(path.read_bytes()), "upload.mp3"),
}


@pytest.mark.parametrize("kind", list(SOURCES))
def test_clone_base64_encodes_every_kind_of_file(
    make_client: MakeClient, mp3_path: Path, kind: str
) -> None:
    to_source, expected_filename = SOURCES[kind]
    source = to_source(mp3_path)
    recorder = Recorder(created_reply())

    try:
        make_client("truedy", recorder).voices.clone(name="My Voice", files=[source])
    finally:
        if isinstance(source, io.IOBase):
            source.close()

    (sent,) = recorder.json_body()["files"]
    assert sent["filename"] == expected_filename
    assert sent["content_type"] == "audio/mpeg"
    assert base64.b64decode(sent["data"], validate=True) == MP3_BYTES


# ----------------------------------------------------------------------------------------------
# The response
# ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("example_name", ["success", "example"])
def test_clone_unwraps_the_documented_envelope(
    make_client: MakeClient, mp3_path: Path, example_name: str
) -> None:
    example = documented_example("truedy", CLONE_PATH, "post", "201", example_name)
    recorder = Recorder(Reply.json(example, 201))

    voice = make_client("truedy", recorder).voices.clone(name="My Voice", files=[mp3_path])

    assert isinstance(voice, VoiceResponse)
    # Everything documented comes back, declared fields and extra ones alike.
    assert voice.model_dump(mode="json", exclude_unset=True) == example["data"]
    assert voice.id == example["data"]["id"]
    assert voice.status == example["data"]["status"]
    assert voice._request_id == example["meta"]["request_id"]


def test_clone_keeps_undeclared_fields_and_open_status(
    make_client: MakeClient, mp3_path: Path
) -> None:
    recorder = Recorder(created_reply("example"))

    voice = make_client("truedy", recorder).voices.clone(name="My Voice", files=[mp3_path])

    assert voice.status == "processing"
    assert voice.model_extra is not None
    assert voice.model_extra["gender"] == "female"
    assert voice.model_extra["accent"] == "American"
    assert voice._request_id == "req_32e7531c"


# ----------------------------------------------------------------------------------------------
# Errors
# ----------------------------------------------------------------------------------------------


def test_insufficient_credits_raises_payment_required(
    make_client: MakeClient, mp3_path: Path
) -> None:
    example = documented_example("truedy", CLONE_PATH, "post", "402", "no_credits")
    recorder = Recorder(Reply.json(example, 402))

    with pytest.raises(voiceclone.PaymentRequiredError) as caught:
        make_client("truedy", recorder).voices.clone(name="My Voice", files=[mp3_path])

    error = caught.value
    assert error.status_code == 402
    assert error.code == "insufficient_credits"
    assert error.message == "Insufficient credits for voice cloning"
    assert error.body == example
    assert len(recorder.requests) == 1  # a 402 is never retried
    assert_key_hidden(error)


def test_non_json_server_error_is_retried_then_raised(
    make_client: MakeClient, mp3_path: Path, sleeps: list[float]
) -> None:
    page = "<html><body><h1>500 Internal Server Error</h1> worker crashed</body></html>"
    recorder = Recorder(Reply.text(page, 500, content_type="text/html"))

    with pytest.raises(voiceclone.InternalServerError) as caught:
        make_client("truedy", recorder).voices.clone(name="My Voice", files=[mp3_path])

    error = caught.value
    assert error.status_code == 500
    assert error.code is None
    assert error.message == page
    assert error.body == page
    # A clone that may have been made (and charged) is not sent again.
    assert len(recorder.requests) == 1
    assert sleeps == []
    assert_key_hidden(error)


def test_a_file_that_is_not_audio_is_rejected_before_any_request(
    make_client: MakeClient, tmp_path: Path
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("these are my meeting notes, not a voice sample\n", encoding="utf-8")
    recorder = Recorder(created_reply())
    client = make_client("truedy", recorder)

    with pytest.raises(voiceclone.InvalidFileError, match=r"notes\.txt") as caught:
        client.voices.clone(name="My Voice", files=[notes])

    assert caught.value.filename == "notes.txt"
    assert "not a supported audio file" in str(caught.value)
    assert recorder.requests == []


def test_an_empty_file_is_rejected_before_any_request(make_client: MakeClient) -> None:
    recorder = Recorder(created_reply())

    with pytest.raises(voiceclone.InvalidFileError, match="empty"):
        make_client("truedy", recorder).voices.clone(name="My Voice", files=[("silence.wav", b"")])

    assert recorder.requests == []
