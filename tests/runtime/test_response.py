"""Binary responses: Content-Disposition parsing, file name sanitisation and write_to."""

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import httpx
import pytest

WAV = b"RIFF\x24\x00\x00\x00WAVEfmt " + bytes(28)


@pytest.fixture
def response_module(runtime: SimpleNamespace) -> Any:
    return runtime.response


def binary(module: Any, headers: dict[str, str], content: bytes = WAV) -> Any:
    request = httpx.Request("GET", "https://api.test/v1/voices/v1/samples/1")
    response = httpx.Response(200, content=content, headers=headers, request=request)
    return module.BinaryResponse.from_response(response, request_id="req_1")


@pytest.mark.parametrize(
    ("raw", "safe"),
    [
        ("sample-1.wav", "sample-1.wav"),
        ("../../etc/passwd", "passwd"),
        ("/etc/passwd", "passwd"),
        ("a\\b", "b"),
        ("..\\..\\windows\\win.ini", "win.ini"),
        ("a\x00b.wav", "ab.wav"),
        ("\x1b[31mred\x07.wav\r\n", "[31mred.wav"),
        ("evil\u202egnp.exe", "evilgnp.exe"),  # right-to-left override
        ("foo..wav", "foo.wav"),
        (".bashrc", "bashrc"),
        ("  spaced name.wav  ", "spaced name.wav"),
        ("a:b?c*.wav", "a_b_c_.wav"),
        ("CON.wav", "_CON.wav"),
        ("naïve café.wav", "naïve café.wav"),
    ],
)
def test_sanitize_filename(response_module: Any, raw: str, safe: str) -> None:
    assert response_module.sanitize_filename(raw) == safe


@pytest.mark.parametrize("raw", ["", "..", ".", "...", " . ", "../", "a/..", "\x00\x01", "/"])
def test_sanitize_filename_with_nothing_left(response_module: Any, raw: str) -> None:
    assert response_module.sanitize_filename(raw) is None


def test_sanitize_filename_keeps_the_extension_of_a_long_name(response_module: Any) -> None:
    safe = response_module.sanitize_filename("é" * 300 + ".wav")

    assert safe.endswith(".wav")
    assert len(safe.encode()) <= 255


@pytest.mark.parametrize(
    ("header", "filename"),
    [
        ('attachment; filename="sample-d15b199a.wav"', "sample-d15b199a.wav"),
        ("attachment; filename=plain.wav", "plain.wav"),
        ("attachment; FILENAME = spaced.wav ", "spaced.wav"),
        ('attachment; filename="semi;colon \\"q\\".wav"', 'semi;colon "q".wav'),
        (
            "attachment; filename=\"fallback.wav\"; filename*=UTF-8''na%C3%AFve%20file.wav",
            "naïve file.wav",
        ),
        ("attachment; filename*=utf-8'en'%E2%82%AC%20rates.wav", "€ rates.wav"),
        ("attachment; filename*=iso-8859-1''caf%E9.wav", "café.wav"),
        ("attachment; filename*=bogus-charset''x.wav; filename=\"ok.wav\"", "ok.wav"),
        ("attachment", None),
        ("inline; name=field", None),
    ],
)
def test_parse_content_disposition_filename(
    response_module: Any, header: str, filename: str | None
) -> None:
    assert response_module.parse_content_disposition_filename(header) == filename


def test_binary_response_fields(response_module: Any) -> None:
    audio = binary(
        response_module,
        {
            "content-type": "Audio/WAV; rate=8000",
            "content-disposition": 'attachment; filename="sample-1.wav"',
        },
    )

    assert audio.content == WAV
    assert audio.content_type == "audio/wav"
    assert audio.filename == "sample-1.wav"
    assert (audio.status_code, audio.request_id) == (200, "req_1")
    assert audio.headers["content-disposition"] == 'attachment; filename="sample-1.wav"'
    assert repr(audio) == (
        "BinaryResponse(status_code=200, content_type='audio/wav', filename='sample-1.wav', "
        "size=44, request_id='req_1')"
    )


@pytest.mark.parametrize(
    ("disposition", "filename"),
    [
        ('attachment; filename="../../etc/passwd"', "passwd"),
        ("attachment; filename*=UTF-8''..%2F..%2F.ssh%2Fauthorized_keys", "authorized_keys"),
        ('attachment; filename="a\x00b.wav"', "ab.wav"),
        ('attachment; filename=".."', "download.wav"),  # nothing left: the fallback
        ('attachment; filename=""', "download.wav"),
    ],
)
def test_binary_response_filename_is_sanitised(
    response_module: Any, disposition: str, filename: str
) -> None:
    audio = binary(
        response_module, {"content-type": "audio/wav", "content-disposition": disposition}
    )

    assert audio.filename == filename


def test_binary_response_without_a_suggested_name(response_module: Any) -> None:
    assert binary(response_module, {"content-type": "audio/wav"}).filename is None


def test_write_to_a_file(response_module: Any, tmp_path: Path) -> None:
    audio = binary(response_module, {"content-disposition": 'attachment; filename="x.wav"'})
    target = tmp_path / "chosen-name.wav"

    assert audio.write_to(target) == target
    assert target.read_bytes() == WAV
    assert not (tmp_path / "x.wav").exists()


def test_write_to_a_directory_uses_the_sanitised_name(response_module: Any, tmp_path: Path) -> None:
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    audio = binary(
        response_module, {"content-disposition": 'attachment; filename="../../escape.wav"'}
    )

    written = audio.write_to(str(downloads))

    assert written == downloads / "escape.wav"
    assert written.read_bytes() == WAV
    assert sorted(path.name for path in tmp_path.rglob("*")) == ["downloads", "escape.wav"]


@pytest.mark.parametrize(
    ("content_type", "name"),
    [("audio/wav", "download.wav"), ("audio/mpeg", "download.mp3"), (None, "download.bin")],
)
def test_write_to_a_directory_without_a_suggested_name(
    response_module: Any, tmp_path: Path, content_type: str | None, name: str
) -> None:
    headers = {"content-type": content_type} if content_type else {}

    written = binary(response_module, headers).write_to(tmp_path)

    assert written == tmp_path / name
    assert written.read_bytes() == WAV
