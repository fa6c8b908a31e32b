"""Contract tests: Stoplight Prism mocks each normalized spec, validating every request.

Prism (installed by `make setup` from package.json) runs with `--errors`, so a request that does
not match the spec — a missing or misplaced API key, a wrong path, query or body — is answered
with an error, which the client raises. Each operation is called through the sync and the async
client, and Prism's answer (built from the spec's examples and schemas) must parse.
"""

from __future__ import annotations

import asyncio
import shutil
import socket
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import voiceclone

from audio_samples import silent_wav

ROOT = Path(__file__).resolve().parents[2]
PRISM = ROOT / "node_modules" / ".bin" / "prism"


WAV = silent_wav()

pytestmark = pytest.mark.skipif(
    shutil.which("node") is None or not PRISM.exists(),
    reason="Node.js or Prism missing (make setup installs Prism when npm is present)",
)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# Every vendor the project declares: a vendor added tomorrow is mocked and called like these.
VENDORS = sorted(path.stem for path in (ROOT / "specs" / "vendors").glob("*.yaml"))


@pytest.fixture(scope="module", params=VENDORS)
def prism(request: pytest.FixtureRequest) -> Iterator[tuple[str, str]]:
    """(vendor, base URL) of a Prism mock of that vendor's normalized spec."""
    vendor: str = request.param
    port = _free_port()
    spec = ROOT / "specs" / "normalized" / f"{vendor}.yaml"
    process = subprocess.Popen(
        [str(PRISM), "mock", "--errors", "-h", "127.0.0.1", "-p", str(port), str(spec)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if process.poll() is not None:
                output = process.stdout.read().decode() if process.stdout else ""
                pytest.fail(f"Prism exited early for {spec}:\n{output}")
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                    break
            except OSError:
                time.sleep(0.2)
        else:
            pytest.fail(f"Prism did not start within 60 s for {spec}")
        yield vendor, f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


# Every operation of every vendor: (vendor, name, call on a client, check of the result).
Call = Callable[[Any], Any]
OPERATIONS: list[tuple[str, str, Call, Callable[[Any], None]]] = [
    (
        "bland",
        "voices.samples.list",
        lambda c: c.voices.samples.list("d15b199a", include_audio=True),
        lambda r: _is(r, voiceclone.bland.types.ListVoiceSamplesResponse),
    ),
    (
        "bland",
        "voices.samples.retrieve json",
        lambda c: c.voices.samples.retrieve("d15b199a", "s1", format="json"),
        lambda r: _is(r, voiceclone.bland.types.GetVoiceSampleResponse),
    ),
    (
        "bland",
        "voices.samples.retrieve audio",
        lambda c: c.voices.samples.retrieve("d15b199a", "s1"),
        lambda r: _is(r, voiceclone.BinaryResponse),
    ),
    (
        "burki",
        "assistants.cloned_voices.list",
        lambda c: c.assistants.cloned_voices.list(1, status="ready", provider="elevenlabs"),
        lambda r: _is(r, voiceclone.burki.types.ListClonedVoicesResponse),
    ),
    (
        "truedy",
        "voices.clone",
        lambda c: c.voices.clone(name="My Voice", files=[("sample.wav", WAV)]),
        lambda r: _is(r, voiceclone.truedy.types.VoiceResponse),
    ),
]


def _is(value: object, kind: type) -> None:
    assert isinstance(value, kind), f"{type(value).__name__} is not {kind.__name__}"


def _client(vendor: str, base_url: str, *, is_async: bool) -> Any:
    name = vendor.title()
    cls = getattr(voiceclone, f"Async{name}" if is_async else name)
    return cls(api_key="test-key", base_url=base_url, max_retries=0)


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
def test_every_operation_passes_prism_validation(prism: tuple[str, str], is_async: bool) -> None:
    vendor, base_url = prism
    operations = [op for op in OPERATIONS if op[0] == vendor]
    assert operations, (
        f"{vendor} (specs/vendors/{vendor}.yaml) has no calls in OPERATIONS of "
        "tests/contract/test_prism.py: add one per operation"
    )
    for _, name, call, check in operations:
        client = _client(vendor, base_url, is_async=is_async)
        try:
            if is_async:

                async def run(client: Any = client, call: Call = call) -> Any:
                    async with client:
                        return await call(client)

                result = asyncio.run(run())
            else:
                with client:
                    result = call(client)
        except voiceclone.APIStatusError as exc:  # Prism's answer to an invalid request
            pytest.fail(f"{vendor} {name}: Prism rejected the request: {exc} {exc.body!r}")
        check(result)


def test_prism_rejects_a_request_without_the_api_key(prism: tuple[str, str]) -> None:
    """The check above means something: Prism does validate auth."""
    vendor, base_url = prism
    first = next((op for op in OPERATIONS if op[0] == vendor), None)
    assert first is not None, f"{vendor} has no calls in OPERATIONS: add one per operation"
    _, _, call, _ = first
    # A client whose auth header is stripped before sending.
    transport = httpx.HTTPTransport()

    class NoAuth(httpx.BaseTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            for header in ("authorization",):
                if header in request.headers:
                    del request.headers[header]
            return transport.handle_request(request)

    name = vendor.title()
    client = getattr(voiceclone, name)(
        api_key="test-key",
        base_url=base_url,
        max_retries=0,
        http_client=httpx.Client(transport=NoAuth()),
    )
    with pytest.raises(voiceclone.APIStatusError) as err:
        call(client)
    assert err.value.status_code in (401, 403)
