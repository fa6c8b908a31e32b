"""The wheel of generated/voiceclone holds the whole package and nothing else, installs into a
fresh virtual environment, and works from there against a local HTTP server."""

from __future__ import annotations

import base64
import binascii
import io
import json
import shutil
import threading
import wave
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from downstream._support import (
    PACKAGE_DIR,
    REPO,
    describe,
    is_cache_path,
    is_test_path,
    isolated_env,
    package_sources,
    run,
    vendor_names,
)

SCRIPT = Path(__file__).with_name("installed_client.py")

# What installed_client.py sends.
VOICE_ID = "73d4c04b-1e15-4272-9c7f-8d2955914ba9"
BLAND_KEY = "bland-test-key"
TRUEDY_KEY = "truedy-test-key"

# The documented response examples (specs/normalized/), as the server answers them.
BLAND_SAMPLE = {
    "id": "d15b199a-1b79-4664-9a9a-b149ee3b136a",
    "voice_id": VOICE_ID,
    "transcription": "Hello and welcome to Bland.",
    "duration_seconds": 11.4,
    "audio_data": "UklGRg==",
    "created_at": "2026-06-22T21:34:31.347Z",
}
BLAND_NOT_OWNED = {
    "data": None,
    "errors": [
        {
            "error": "VOICE_SAMPLES_ERROR",
            "message": "Voice is a default voice and not owned by the user.",
        }
    ],
}
TRUEDY_CLONE_BODY = {
    "name": "My Voice",
    "files": [{"filename": "sample.wav", "data": "<base64>", "content_type": "audio/wav"}],
}
TRUEDY_CLONED = {
    "data": {
        "id": "voice_custom123",
        "name": "My Voice",
        "provider": "elevenlabs",
        "type": "custom",
        "language": "en-US",
        "status": "training",
        "created_at": "2026-03-03T20:30:21.310278Z",
        "updated_at": "2026-03-03T20:30:21.310278Z",
    },
    "meta": {"request_id": "req_32e7531c-8", "ts": "2026-03-03T20:30:21.310278Z"},
}


# ----------------------------------------------------------------------------------------------
# The wheel itself
# ----------------------------------------------------------------------------------------------


def test_wheel_holds_the_package_and_nothing_else(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        wheel_info = archive.read(next(n for n in names if n.endswith(".dist-info/WHEEL")))

    dist_info = {n for n in names if n.split("/")[0].endswith(".dist-info")}
    assert {n.split("/")[0] for n in dist_info} == {wheel.name.split("-py3")[0] + ".dist-info"}
    assert {n.rsplit("/", 1)[1] for n in dist_info} >= {"METADATA", "WHEEL", "RECORD"}
    assert b"Root-Is-Purelib: true" in wheel_info and b"Tag: py3-none-any" in wheel_info

    package = set(names) - dist_info
    assert "voiceclone/py.typed" in package
    for vendor in vendor_names():
        for module in ("__init__.py", "_client.py", "types.py", "resources/__init__.py"):
            assert f"voiceclone/{vendor}/{module}" in package, f"{vendor}: no {module}"

    stray = sorted(n for n in names if is_cache_path(n) or is_test_path(n))
    assert not stray, f"the wheel ships caches or tests: {stray}"

    # Exactly the generated package: nothing missing, nothing from elsewhere.
    expected = {"voiceclone/" + p.relative_to(PACKAGE_DIR).as_posix() for p in package_sources()}
    assert sorted(package - expected) == [], "in the wheel, not in the tree"
    assert sorted(expected - package) == [], "in the tree, not in the wheel"


# ----------------------------------------------------------------------------------------------
# A local server speaking the vendors' documented shapes
# ----------------------------------------------------------------------------------------------


@dataclass
class Recorder:
    """What the server saw, and what it found wrong (it answers 400 with the reason too)."""

    requests: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


def _check_wav(encoded: object) -> str | None:
    """None if ``encoded`` is base64 of installed_client.py's WAV file, else what is wrong."""
    if not isinstance(encoded, str):
        return f"files[0].data is {type(encoded).__name__}, not a base64 string"
    try:
        raw = base64.b64decode(encoded, validate=True)
        with wave.open(io.BytesIO(raw)) as audio:
            params = (audio.getnchannels(), audio.getsampwidth(), audio.getframerate())
            frames = audio.getnframes()
    except (binascii.Error, wave.Error, EOFError) as err:
        return f"files[0].data is not a base64 WAV file: {err}"
    if params != (1, 2, 8000) or frames != 800:
        return f"unexpected WAV: channels/width/rate {params}, {frames} frames"
    return None


def _handler(recorder: Recorder) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        timeout = 10  # seconds per socket operation: a stuck client cannot hang the test

        def log_message(self, format: str, *args: Any) -> None:
            pass  # the recorder keeps what matters

        def do_GET(self) -> None:
            self._serve()

        def do_POST(self) -> None:
            self._serve()

        def _serve(self) -> None:
            url = urlsplit(self.path)
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            with recorder.lock:
                recorder.requests.append(f"{self.command} {self.path}")
            problem, status, answer = self._route(url.path, parse_qs(url.query), body)
            if problem is not None:
                with recorder.lock:
                    recorder.problems.append(f"{self.command} {self.path}: {problem}")
                # Readable by either vendor's error pointers, so the client's exception says it.
                status = 400
                answer = {
                    "errors": [{"error": "TEST_SERVER", "message": problem}],
                    "error": {"code": "TEST_SERVER", "message": problem},
                }
            payload = json.dumps(answer).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.send_header("x-request-id", "req-local-1")
            self.end_headers()
            self.wfile.write(payload)

        def _route(
            self, path: str, query: dict[str, list[str]], body: bytes
        ) -> tuple[str | None, int, object]:
            if path.startswith("/v1/voices/"):
                # Bland: the bare key in `authorization`, no "Bearer".
                if self.headers.get("authorization") != BLAND_KEY:
                    return f"authorization header {self.headers.get('authorization')!r}", 0, None
                if self.command != "GET" or body:
                    return "expected a GET without a body", 0, None
                if path == f"/v1/voices/{VOICE_ID}/samples":
                    if query != {"include_audio": ["true"]}:
                        return f"query {query}", 0, None
                    return None, 200, {"samples": [BLAND_SAMPLE]}
                if path == "/v1/voices/default-voice/samples":
                    return None, 400, BLAND_NOT_OWNED
            if path == "/api/public/v1/voices/clone":
                if self.headers.get("Authorization") != f"Bearer {TRUEDY_KEY}":
                    return f"Authorization header {self.headers.get('Authorization')!r}", 0, None
                if self.command != "POST" or query:
                    return "expected a POST without a query", 0, None
                if self.headers.get("Content-Type", "").split(";")[0] != "application/json":
                    return f"Content-Type {self.headers.get('Content-Type')!r}", 0, None
                try:
                    sent = json.loads(body)
                except ValueError:
                    return f"body is not JSON: {body[:200]!r}", 0, None
                # The body with each file's base64 data set aside, to compare as a whole.
                files = sent.get("files") if isinstance(sent, dict) else None
                data = [f.get("data") if isinstance(f, dict) else None for f in files or []]
                if isinstance(files, list):
                    sent = {
                        **sent,
                        "files": [
                            {**f, "data": "<base64>"} if isinstance(f, dict) else f for f in files
                        ],
                    }
                if sent != TRUEDY_CLONE_BODY:
                    return f"body {sent!r:.500}, expected {TRUEDY_CLONE_BODY}", 0, None
                wav_problem = _check_wav(data[0])
                if wav_problem is not None:
                    return wav_problem, 0, None
                return None, 201, TRUEDY_CLONED
            return "no such route", 0, None

    return Handler


@pytest.fixture
def server() -> Iterator[tuple[str, Recorder]]:
    """``(base_url, recorder)`` of a server on 127.0.0.1 and a free port, for one test."""
    recorder = Recorder()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(recorder))
    httpd.daemon_threads = True
    thread = threading.Thread(
        target=httpd.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True
    )
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", recorder
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


def test_installed_wheel_calls_the_apis(
    venv_python: Path, server: tuple[str, Recorder], tmp_path: Path
) -> None:
    base_url, recorder = server
    # Run from a copy in an empty folder, in isolated mode (no PYTHONPATH, no script folder
    # on sys.path): only the installed wheel can provide `voiceclone`.
    script = shutil.copy(SCRIPT, tmp_path / "client.py")
    work = tmp_path / "work"
    work.mkdir()
    proc = run(
        [venv_python, "-I", script, base_url, work],
        timeout=60,
        cwd=tmp_path,
        env=isolated_env(NO_PROXY="127.0.0.1,localhost", no_proxy="127.0.0.1,localhost"),
        check=False,
    )
    # The server's complaints first: the client redacts its key from error messages.
    assert recorder.problems == [], f"{recorder.problems}\n{describe(proc, tmp_path)}"
    assert proc.returncode == 0, describe(proc, tmp_path)
    result = json.loads(proc.stdout.strip().splitlines()[-1])

    venv = venv_python.parent.parent.resolve()
    installed = Path(result["file"]).resolve()
    assert installed.is_relative_to(venv), f"imported from {installed}, not from {venv}"
    assert not installed.is_relative_to(REPO), f"imported from the source tree: {installed}"
    assert Path(result["prefix"]).resolve() == venv
    assert result["version"] == result["dist_version"]

    assert result["bland_type"] == "voiceclone.bland.types.ListVoiceSamplesResponse"
    assert result["bland_samples"] == [BLAND_SAMPLE]
    assert result["bland_error"] == {
        "status": 400,
        "code": "VOICE_SAMPLES_ERROR",
        "message": "Voice is a default voice and not owned by the user.",
    }
    assert result["bland_async_count"] == 1

    assert result["truedy_voice"] == {
        "type": "voiceclone.truedy.types.VoiceResponse",
        "id": "voice_custom123",
        "status": "training",
        "request_id": "req_32e7531c-8",
        "created_at": "2026-03-03T20:30:21.310278+00:00",
    }
    assert recorder.requests == [
        f"GET /v1/voices/{VOICE_ID}/samples?include_audio=true",
        "GET /v1/voices/default-voice/samples",
        f"GET /v1/voices/{VOICE_ID}/samples?include_audio=true",
        "POST /api/public/v1/voices/clone",
    ]
