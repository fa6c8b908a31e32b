"""Uploads: reading a path, bytes or a file object; base64 encoding; the audio check."""

import base64
import io
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

WAV = b"RIFF\x24\x00\x00\x00WAVEfmt " + bytes(28)
AUDIO_SAMPLES = {
    "audio/wav": WAV,
    "audio/mpeg": b"ID3\x04\x00\x00\x00\x00\x00\x00",
    "audio/ogg": b"OggS\x00\x02" + bytes(20),
    "audio/flac": b"fLaC\x00\x00\x00\x22" + bytes(20),
    "audio/mp4": b"\x00\x00\x00\x20ftypM4A \x00\x00\x02\x00",
    "audio/webm": b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01",
}
MP3_FRAME_WITHOUT_ID3 = b"\xff\xfb\x90\x64" + bytes(20)


@pytest.fixture
def files(runtime: SimpleNamespace) -> Any:
    return runtime.files


@pytest.fixture
def wav_path(tmp_path: Path) -> Path:
    path = tmp_path / "take one.wav"
    path.write_bytes(WAV)
    return path


def test_read_file_from_a_path(files: Any, wav_path: Path) -> None:
    for given in (wav_path, str(wav_path)):
        loaded = files.read_file(given)
        assert (loaded.filename, loaded.content, loaded.content_type) == (
            "take one.wav",
            WAV,
            "audio/wav",
        )


def test_read_file_from_bytes_names_it_by_its_content(files: Any) -> None:
    assert files.read_file(WAV).filename == "upload.wav"
    assert files.read_file(AUDIO_SAMPLES["audio/mpeg"]).filename == "upload.mp3"
    unknown = files.read_file(b"\x00\x01\x02")
    assert (unknown.filename, unknown.content_type) == ("upload", "application/octet-stream")


def test_read_file_from_file_objects(files: Any, wav_path: Path) -> None:
    with wav_path.open("rb") as handle:
        loaded = files.read_file(handle)
    assert (loaded.filename, loaded.content) == ("take one.wav", WAV)

    loaded = files.read_file(io.BytesIO(WAV))
    assert (loaded.filename, loaded.content, loaded.content_type) == (
        "upload.wav",
        WAV,
        "audio/wav",
    )


def test_read_file_from_a_named_tuple(files: Any) -> None:
    assert files.read_file(("mine.wav", WAV)).filename == "mine.wav"
    assert files.read_file(("dir/mine.wav", io.BytesIO(WAV))).filename == "mine.wav"
    # The content type comes from the bytes, not from a misleading name.
    assert files.read_file(("notes.txt", WAV)).content_type == "audio/wav"
    assert files.read_file(("notes.txt", b"hello")).content_type == "text/plain"


def test_loaded_file_is_passed_through_and_its_repr_omits_the_content(files: Any) -> None:
    loaded = files.read_file(WAV)

    assert files.read_file(loaded) is loaded
    assert repr(loaded) == "LoadedFile(filename='upload.wav', content_type='audio/wav', size=44)"


def test_a_missing_path_names_the_file(files: Any, tmp_path: Path) -> None:
    missing = tmp_path / "nope.wav"

    with pytest.raises(files.InvalidFileError) as info:
        files.read_file(missing)

    assert str(missing) in str(info.value)
    assert "No such file or directory" in str(info.value)
    assert info.value.filename == str(missing)


def test_a_directory_is_not_a_file(files: Any, tmp_path: Path) -> None:
    with pytest.raises(files.InvalidFileError, match=r"Cannot read file"):
        files.read_file(tmp_path)


def test_text_mode_files_are_refused(files: Any, tmp_path: Path) -> None:
    path = tmp_path / "sample.wav"
    path.write_bytes(WAV)

    with (
        path.open("r", encoding="latin-1") as handle,
        pytest.raises(files.InvalidFileError) as info,
    ):
        files.read_file(handle)

    assert "text mode" in str(info.value) and "sample.wav" in str(info.value)
    with pytest.raises(files.InvalidFileError, match="text mode"):
        files.read_file(("x.wav", io.StringIO("abc")))


def test_a_closed_file_names_the_file(files: Any, wav_path: Path) -> None:
    handle = wav_path.open("rb")
    handle.close()

    with pytest.raises(files.InvalidFileError, match=r"take one\.wav"):
        files.read_file(handle)


def test_content_passed_as_a_path_is_not_echoed_whole(files: Any) -> None:
    content = "x" * 10_000

    with pytest.raises(files.InvalidFileError) as info:
        files.read_file(content)

    assert len(str(info.value)) < 400


@pytest.mark.parametrize("kind", ["path", "bytes", "file object"])
def test_encode_base64_file(files: Any, wav_path: Path, kind: str) -> None:
    given: object = {"path": wav_path, "bytes": WAV, "file object": io.BytesIO(WAV)}[kind]

    encoded = files.encode_base64_file(given)

    assert set(encoded) == {"filename", "data", "content_type"}
    assert base64.b64decode(encoded["data"]) == WAV
    assert encoded["content_type"] == "audio/wav"
    assert encoded["filename"] == ("take one.wav" if kind == "path" else "upload.wav")


@pytest.mark.parametrize("content_type_key", [None, ""])
def test_encode_base64_file_with_vendor_keys(files: Any, content_type_key: str | None) -> None:
    encoded = files.encode_base64_file(
        ("a.wav", WAV),
        filename_key="name",
        data_key="audio_base64",
        content_type_key=content_type_key,
    )

    assert encoded == {"name": "a.wav", "audio_base64": base64.b64encode(WAV).decode()}


def test_encode_base64_file_can_require_audio(files: Any) -> None:
    with pytest.raises(files.InvalidFileError, match=r"notes\.txt"):
        files.encode_base64_file(("notes.txt", b"hello"), require_audio=True)


@pytest.mark.parametrize(("content_type", "content"), sorted(AUDIO_SAMPLES.items()))
def test_audio_formats_are_recognised(files: Any, content_type: str, content: bytes) -> None:
    assert files.sniff_audio_type(content) == content_type
    loaded = files.read_file(content)
    assert files.check_audio(loaded) is loaded
    assert loaded.content_type == content_type


def test_an_mp3_without_id3_tag_is_recognised(files: Any) -> None:
    assert files.sniff_audio_type(MP3_FRAME_WITHOUT_ID3) == "audio/mpeg"
    # Same sync bits, but a reserved layer and bitrate: not audio.
    assert files.sniff_audio_type(b"\xff\xe0\xf0\x00") is None


@pytest.mark.parametrize(
    "content",
    [b"<!DOCTYPE html><html>", b"%PDF-1.7\n", b"RIFF\x00\x00\x00\x00AVI LIST", b"hello"],
)
def test_a_non_audio_file_is_rejected_by_name(files: Any, tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "voice-sample.wav"
    path.write_bytes(content)

    with pytest.raises(files.InvalidFileError) as info:
        files.check_audio(files.read_file(path))

    message = str(info.value)
    assert "'voice-sample.wav' is not a supported audio file" in message
    assert "WAV, MP3, OGG, FLAC, M4A or WEBM" in message
    assert repr(content[:8]) in message
    assert info.value.filename == "voice-sample.wav"


def test_an_empty_file_is_rejected(files: Any) -> None:
    with pytest.raises(files.InvalidFileError, match=r"'empty\.wav' is empty"):
        files.check_audio(files.read_file(("empty.wav", b"")))


def test_invalid_file_error_is_a_voiceclone_error(runtime: SimpleNamespace) -> None:
    assert issubclass(runtime.files.InvalidFileError, runtime.exceptions.VoiceCloneError)
