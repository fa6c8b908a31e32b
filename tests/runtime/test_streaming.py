"""Binary downloads are streamed: Bland's WAV download against a real server on 127.0.0.1.

The server generates its WAV-like bodies on the fly (never stored, never held whole in memory)
and computes their SHA-256 as it sends them. The large downloads run in a subprocess that
reports its own peak RSS growth, so the measurement is not blurred by this test process.
Every socket operation and every wait is bounded.
"""

import asyncio
import hashlib
import json
import os
import struct
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
import voiceclone

API_KEY = "sk-stream-test"
VOICE_ID, SAMPLE_ID = "voice_1", "sample_1"
IO_TIMEOUT = 10.0
CHUNK = 64 * 1024
BIG = 200 * 1024 * 1024
MEDIUM = 4 * 1024 * 1024  # above the 1 MiB that is read at once
MAX_RSS_GROWTH = 32 * 1024 * 1024
#: Where the ``voiceclone`` under test is imported from, for the subprocess.
PACKAGE_ROOT = Path(voiceclone.__file__).resolve().parents[1]


# ----------------------------------------------------------------------------------------------
# The server
# ----------------------------------------------------------------------------------------------


def wav_chunks(size: int) -> Iterator[bytes]:
    """A ``size``-byte WAV-like body, chunk by chunk: a RIFF header, then varied noise."""
    data_size = size - 44
    header = (
        b"RIFF"
        + struct.pack("<I", min(size - 8, 0xFFFFFFFF))
        + b"WAVEfmt "
        + struct.pack("<IHHIIHH", 16, 1, 1, 16000, 32000, 2, 16)
        + b"data"
        + struct.pack("<I", min(data_size, 0xFFFFFFFF))
    )
    yield header
    noise = os.urandom(CHUNK)
    sent, index = 0, 0
    while sent < data_size:
        chunk = (struct.pack(">Q", index) + noise[8:])[: data_size - sent]
        yield chunk
        sent += len(chunk)
        index += 1


@dataclass
class Sent:
    """What the server sent for one response."""

    status: int
    size: int = 0
    sha256: str = ""
    complete: bool = False


Action = Callable[["_Handler"], Sent]


def wav(size: int, *, stall_after: int | None = None) -> Action:
    """A 200 with a ``size``-byte WAV; with ``stall_after``, stop sending after that many bytes."""

    def act(handler: "_Handler") -> Sent:
        handler.send_response(200)
        handler.send_header("Content-Type", "audio/wav")
        handler.send_header("Content-Disposition", 'attachment; filename="sample.wav"')
        handler.send_header("Content-Length", str(size))
        handler.end_headers()
        return handler.send_body(200, wav_chunks(size), stall_after=stall_after)

    return act


def status(code: int, body: object, headers: dict[str, str] | None = None) -> Action:
    """A JSON response, small enough to be sent in one write."""

    def act(handler: "_Handler") -> Sent:
        content = json.dumps(body).encode()
        handler.send_response(code)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(content)))
        for name, value in (headers or {}).items():
            handler.send_header(name, value)
        handler.end_headers()
        return handler.send_body(code, iter([content]))

    return act


def big_503(size: int) -> Action:
    """A 503 (``Retry-After: 0``) whose large body a client must not read before retrying."""

    def act(handler: "_Handler") -> Sent:
        handler.send_response(503)
        handler.send_header("Content-Type", "text/plain")
        handler.send_header("Content-Length", str(size))
        handler.send_header("Retry-After", "0")
        handler.end_headers()
        return handler.send_body(503, (bytes(CHUNK) for _ in range(size // CHUNK)))

    return act


class _Handler(BaseHTTPRequestHandler):
    server: "StreamServer"
    protocol_version = "HTTP/1.1"
    timeout = IO_TIMEOUT  # every socket read and write

    def do_GET(self) -> None:
        self.server.paths.append(self.path)
        action = self.server.next_action()
        self.server.sent.append(action(self))

    def send_body(
        self, code: int, chunks: Iterator[bytes], *, stall_after: int | None = None
    ) -> Sent:
        sent = Sent(code)
        digest = hashlib.sha256()
        try:
            for chunk in chunks:
                if stall_after is not None and sent.size >= stall_after:
                    self.wfile.flush()
                    self.server.stop.wait(IO_TIMEOUT)
                    self.close_connection = True
                    return sent
                self.wfile.write(chunk)
                digest.update(chunk)
                sent.size += len(chunk)
            self.wfile.flush()
        except OSError:  # the client hung up (reset, broken pipe or our socket timeout)
            self.close_connection = True
            return sent
        sent.sha256, sent.complete = digest.hexdigest(), True
        return sent

    def log_message(self, format: str, *args: Any) -> None:
        pass


class StreamServer(ThreadingHTTPServer):
    """Answers requests from a script of actions, in order (the last one repeats)."""

    daemon_threads = True

    def __init__(self, script: list[Action]) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.script = list(script)
        self.paths: list[str] = []
        self.sent: list[Sent] = []
        self.stop = threading.Event()
        self.url = f"http://127.0.0.1:{self.server_address[1]}"
        self.thread = threading.Thread(target=self.serve_forever, args=(0.05,), daemon=True)

    def next_action(self) -> Action:
        return self.script.pop(0) if len(self.script) > 1 else self.script[0]

    def wait_for(self, count: int) -> list[Sent]:
        """The first ``count`` responses sent, once they are finished."""
        deadline = time.monotonic() + IO_TIMEOUT
        while len(self.sent) < count and time.monotonic() < deadline:
            time.sleep(0.01)
        return self.sent[:count]

    def __enter__(self) -> "StreamServer":
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.shutdown()
        self.server_close()
        self.thread.join(IO_TIMEOUT)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        while chunk := file.read(1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()


# ----------------------------------------------------------------------------------------------
# Sync and async, through the generated Bland client
# ----------------------------------------------------------------------------------------------


class RecordingTransport(httpx.HTTPTransport):
    """Keeps every response it hands to the client (the very objects the client returns)."""

    def __init__(self) -> None:
        super().__init__()
        self.responses: list[httpx.Response] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        self.responses.append(response)
        return response


class AsyncRecordingTransport(httpx.AsyncHTTPTransport):
    def __init__(self) -> None:
        super().__init__()
        self.responses: list[httpx.Response] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await super().handle_async_request(request)
        self.responses.append(response)
        return response


@dataclass
class Flavour:
    """Runs a download with the sync client, or the same steps with the async one."""

    name: str
    responses: list[httpx.Response] = field(default_factory=list)

    def download(self, server: StreamServer, target: Path, **kw: Any) -> Path:
        """``retrieve`` then ``write_to``/``awrite_to`` inside the response's context manager."""

        def sync(client: voiceclone.Bland) -> Path:
            with client.voices.samples.retrieve(VOICE_ID, SAMPLE_ID) as audio:
                return audio.write_to(target)

        async def run_async(client: voiceclone.AsyncBland) -> Path:
            async with await client.voices.samples.retrieve(VOICE_ID, SAMPLE_ID) as audio:
                return await audio.awrite_to(target)

        return self.run(server, sync, run_async, **kw)  # type: ignore[no-any-return]

    def run(
        self,
        server: StreamServer,
        sync: Callable[[voiceclone.Bland], Any],
        run_async: Callable[[voiceclone.AsyncBland], Any],
        **kw: Any,
    ) -> Any:
        if self.name == "sync":
            transport = RecordingTransport()
            self.responses = transport.responses
            http_client = httpx.Client(transport=transport)
            with (
                voiceclone.Bland(
                    api_key=API_KEY, base_url=server.url, http_client=http_client, **kw
                ) as client,
                http_client,
            ):
                return sync(client)

        async def main() -> Any:
            transport = AsyncRecordingTransport()
            self.responses = transport.responses
            async with (
                httpx.AsyncClient(transport=transport) as http_client,
                voiceclone.AsyncBland(
                    api_key=API_KEY, base_url=server.url, http_client=http_client, **kw
                ) as client,
            ):
                return await run_async(client)

        return asyncio.run(main())


@pytest.fixture(params=["sync", "async"])
def flavour(request: pytest.FixtureRequest) -> Flavour:
    return Flavour(request.param)


# ----------------------------------------------------------------------------------------------
# 200 MB with flat memory, in a subprocess that measures itself
# ----------------------------------------------------------------------------------------------

DOWNLOADER = """
import asyncio, json, sys
import voiceclone

def peak_rss_bytes():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    raise RuntimeError("no VmHWM")

flavour, url, warmup_target, target = sys.argv[1:]

def sync():
    with voiceclone.Bland(api_key="sk-stream-test", base_url=url) as client:
        for path in (warmup_target, target):
            if path == target:
                before = peak_rss_bytes()
            with client.voices.samples.retrieve("voice_1", "sample_1") as audio:
                audio.write_to(path)
    return before

async def run_async():
    async with voiceclone.AsyncBland(api_key="sk-stream-test", base_url=url) as client:
        for path in (warmup_target, target):
            if path == target:
                before = peak_rss_bytes()
            async with await client.voices.samples.retrieve("voice_1", "sample_1") as audio:
                await audio.awrite_to(path)
    return before

before = sync() if flavour == "sync" else asyncio.run(run_async())
print(json.dumps({"before": before, "after": peak_rss_bytes()}))
"""


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs /proc (Linux)")
def test_write_to_streams_200_mb_with_flat_memory(flavour: Flavour, tmp_path: Path) -> None:
    # The warm-up download (4 MB, streamed too) loads every code path before the baseline.
    with StreamServer([wav(MEDIUM), wav(BIG)]) as server:
        target = tmp_path / "big.wav"
        result = subprocess.run(
            [sys.executable, "-c", DOWNLOADER, flavour.name, server.url, str(tmp_path), target],
            capture_output=True,
            text=True,
            timeout=60,
            env={**os.environ, "PYTHONPATH": str(PACKAGE_ROOT)},
            check=False,
        )
        assert result.returncode == 0, result.stderr
        sent = server.wait_for(2)[1]

    rss = json.loads(result.stdout)
    growth = rss["after"] - rss["before"]
    print(f"{flavour.name}: peak RSS grew by {growth / 2**20:.1f} MiB over a 200 MiB download")
    assert sent.complete and sent.size == BIG
    assert target.stat().st_size == BIG
    assert file_sha256(target) == sent.sha256
    assert growth < MAX_RSS_GROWTH, f"peak RSS grew by {growth / 2**20:.1f} MiB"


# ----------------------------------------------------------------------------------------------
# Retries and errors are decided on the status line and headers
# ----------------------------------------------------------------------------------------------


def test_a_503_is_closed_unread_and_retried(flavour: Flavour, tmp_path: Path) -> None:
    # 32 MB of 503 body: more than socket buffers hold, so reading it would be noticed.
    with StreamServer([big_503(32 * 1024 * 1024), wav(MEDIUM)]) as server:
        written = flavour.download(server, tmp_path)
        first, second = server.wait_for(2)

    assert written == tmp_path / "sample.wav"
    assert file_sha256(written) == second.sha256 and second.complete
    assert len(server.paths) == 2
    assert server.paths[0] == f"/v1/voices/{VOICE_ID}/samples/{SAMPLE_ID}?format=audio"
    # The client closed the 503 without reading it: the server could not send it all.
    assert first.status == 503 and not first.complete
    assert [r.status_code for r in flavour.responses] == [503, 200]
    assert all(response.is_closed for response in flavour.responses)


def test_a_404_json_error_gives_the_typed_error(flavour: Flavour, tmp_path: Path) -> None:
    body = {"errors": [{"error": "SAMPLE_NOT_FOUND", "message": "No such sample"}]}
    with (
        StreamServer([status(404, body, {"x-request-id": "req-404"})]) as server,
        pytest.raises(voiceclone.NotFoundError) as info,
    ):
        flavour.download(server, tmp_path / "never.wav")

    error = info.value
    assert (error.status_code, error.code) == (404, "SAMPLE_NOT_FOUND")
    assert error.message == "No such sample"
    assert (error.body, error.request_id) == (body, "req-404")
    assert not (tmp_path / "never.wav").exists()
    assert len(server.paths) == 1  # a 404 is not retried
    assert all(response.is_closed for response in flavour.responses)


def test_a_stalled_body_times_out_and_leaves_no_file(flavour: Flavour, tmp_path: Path) -> None:
    target = tmp_path / "partial.wav"
    with (
        StreamServer([wav(MEDIUM, stall_after=CHUNK)]) as server,
        pytest.raises(voiceclone.APITimeoutError),
    ):
        flavour.download(server, target, timeout=httpx.Timeout(0.5, connect=5.0))

    assert not target.exists()
    assert all(response.is_closed for response in flavour.responses)


# ----------------------------------------------------------------------------------------------
# The response object
# ----------------------------------------------------------------------------------------------


def test_iter_bytes_yields_several_chunks(flavour: Flavour) -> None:
    def sync(client: voiceclone.Bland) -> tuple[list[bytes], bool]:
        with client.voices.samples.retrieve(VOICE_ID, SAMPLE_ID) as audio:
            assert not audio.is_closed  # 4 MB: left on the connection
            return list(audio.iter_bytes()), audio.is_closed

    async def run_async(client: voiceclone.AsyncBland) -> tuple[list[bytes], bool]:
        async with await client.voices.samples.retrieve(VOICE_ID, SAMPLE_ID) as audio:
            assert not audio.is_closed
            return [chunk async for chunk in audio.aiter_bytes()], audio.is_closed

    with StreamServer([wav(MEDIUM)]) as server:
        chunks, closed = flavour.run(server, sync, run_async)
        sent = server.wait_for(1)[0]

    assert len(chunks) > 1
    assert closed
    assert sum(map(len, chunks)) == MEDIUM
    assert hashlib.sha256(b"".join(chunks)).hexdigest() == sent.sha256


def test_iter_bytes_with_a_chunk_size(flavour: Flavour) -> None:
    def sync(client: voiceclone.Bland) -> list[int]:
        with client.voices.samples.retrieve(VOICE_ID, SAMPLE_ID) as audio:
            return [len(chunk) for chunk in audio.iter_bytes(1_000_000)]

    async def run_async(client: voiceclone.AsyncBland) -> list[int]:
        async with await client.voices.samples.retrieve(VOICE_ID, SAMPLE_ID) as audio:
            return [len(chunk) async for chunk in audio.aiter_bytes(1_000_000)]

    with StreamServer([wav(MEDIUM)]) as server:
        sizes = flavour.run(server, sync, run_async)

    assert sizes == [1_000_000] * 4 + [MEDIUM - 4_000_000]


def test_content_reads_the_rest_on_first_access(flavour: Flavour) -> None:
    def sync(client: voiceclone.Bland) -> tuple[bytes, bool]:
        audio = client.voices.samples.retrieve(VOICE_ID, SAMPLE_ID)
        assert repr(audio).endswith(f"size={MEDIUM}, request_id=None)")
        content = audio.content
        assert audio.content is content  # kept
        return content, audio.is_closed

    async def run_async(client: voiceclone.AsyncBland) -> tuple[bytes, bool]:
        audio = await client.voices.samples.retrieve(VOICE_ID, SAMPLE_ID)
        with pytest.raises(RuntimeError, match="aread"):
            audio.content  # noqa: B018 (a sync read of an async stream)
        content = await audio.aread()
        assert audio.content is content
        return content, audio.is_closed

    with StreamServer([wav(MEDIUM)]) as server:
        content, closed = flavour.run(server, sync, run_async)
        sent = server.wait_for(1)[0]

    assert closed
    assert hashlib.sha256(content).hexdigest() == sent.sha256


def test_a_small_body_is_read_at_once(flavour: Flavour, tmp_path: Path) -> None:
    def sync(client: voiceclone.Bland) -> tuple[bool, int]:
        audio = client.voices.samples.retrieve(VOICE_ID, SAMPLE_ID)
        return audio.is_closed, len(audio.content)

    async def run_async(client: voiceclone.AsyncBland) -> tuple[bool, int]:
        audio = await client.voices.samples.retrieve(VOICE_ID, SAMPLE_ID)
        return audio.is_closed, len(audio.content)  # in memory: no await needed

    with StreamServer([wav(64 * 1024)]) as server:
        assert flavour.run(server, sync, run_async) == (True, 64 * 1024)


def test_closing_unread_releases_the_connection(flavour: Flavour) -> None:
    def sync(client: voiceclone.Bland) -> Any:
        with client.voices.samples.retrieve(VOICE_ID, SAMPLE_ID) as audio:
            pass
        assert audio.is_closed
        with pytest.raises(RuntimeError, match="closed before"):
            audio.write_to(os.devnull)
        return audio

    async def run_async(client: voiceclone.AsyncBland) -> Any:
        async with await client.voices.samples.retrieve(VOICE_ID, SAMPLE_ID) as audio:
            pass
        assert audio.is_closed
        with pytest.raises(RuntimeError, match="closed before"):
            await audio.awrite_to(os.devnull)
        return audio

    # 32 MB: more than socket buffers hold, so the server notices the early hang-up.
    with StreamServer([wav(32 * 1024 * 1024)]) as server:
        flavour.run(server, sync, run_async)
        sent = server.wait_for(1)[0]

    assert not sent.complete
