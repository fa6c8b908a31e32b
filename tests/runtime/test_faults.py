"""The generated clients against a real HTTP server on 127.0.0.1 that misbehaves on purpose.

Unlike ``test_base_client.py`` (httpx.MockTransport), every request here crosses a socket, so
the faults are the ones httpx really reports: a reset connection, a read that never
completes, a body cut short. Each test runs once with the sync and once with the async
client; retry sleeps are recorded instead of slept, so the delays can be asserted.
"""

import asyncio
import base64
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
import voiceclone
from voiceclone import _base_client

from audio_samples import silent_wav
from runtime.fault_server import FaultServer, partial, reset, respond, stall, truncated

API_KEY = "sk-fault-0123456789-secret"  # distinctive, so a leak into a message is detectable
SAMPLES = {"samples": [{"id": "s1"}]}  # a Bland ListVoiceSamplesResponse


WAV = silent_wav(frames=8)
VOICE = {
    "id": "voice_1",
    "name": "Ada",
    "provider": "elevenlabs",
    "language": "en-US",
    "status": "training",
    "created_at": "2026-03-03T20:30:21Z",
}


@dataclass
class Flavour:
    """Runs one call through a freshly built sync or async client, closing it afterwards."""

    name: str
    sleeps: list[float] = field(default_factory=list)

    def run(self, vendor: str, server: Any, call: Callable[[Any], Any], **kw: Any) -> Any:
        sync_class, async_class = {
            "bland": (voiceclone.Bland, voiceclone.AsyncBland),
            "truedy": (voiceclone.Truedy, voiceclone.AsyncTruedy),
        }[vendor]
        if self.name == "sync":
            with sync_class(api_key=API_KEY, base_url=server.url, **kw) as client:
                return call(client)

        async def main() -> Any:
            async with async_class(api_key=API_KEY, base_url=server.url, **kw) as client:
                return await call(client)

        return asyncio.run(main())

    def samples(self, server: FaultServer, **call_kw: Any) -> Any:
        """``GET /v1/voices/v1/samples`` through Bland."""
        return self.run("bland", server, lambda c: c.voices.samples.list("v1", **call_kw))

    def clone(self, server: FaultServer, **call_kw: Any) -> Any:
        """``POST /voices/clone`` through Truedy, with one tiny WAV."""
        return self.run(
            "truedy", server, lambda c: c.voices.clone(name="Ada", files=[WAV], **call_kw)
        )

    def raises(self, error: type[BaseException], call: Callable[[], object]) -> Any:
        """The exception ``call`` raises: exactly ``error``, carrying no trace of the key."""
        with pytest.raises(voiceclone.VoiceCloneError) as info:
            call()
        assert type(info.value) is error, repr(info.value)
        assert_no_key(info.value)
        return info.value


def assert_no_key(error: BaseException) -> None:
    for text in (str(error), repr(error), *map(str, error.args)):
        assert API_KEY not in text


@pytest.fixture(params=["sync", "async"])
def flavour(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Flavour:
    flavour = Flavour(request.param)

    def record(self: object, seconds: float) -> None:
        flavour.sleeps.append(seconds)

    async def record_async(self: object, seconds: float) -> None:
        flavour.sleeps.append(seconds)

    monkeypatch.setattr(_base_client.SyncAPIClient, "_sleep", record)
    monkeypatch.setattr(_base_client.AsyncAPIClient, "_sleep", record_async)
    return flavour


@dataclass
class _Address:
    """Stands in for a server where only the URL matters."""

    url: str


def serve(*script: Any) -> FaultServer:
    return FaultServer(script)


# ----------------------------------------------------------------------------------------------
# Retried statuses
# ----------------------------------------------------------------------------------------------


def test_429_with_retry_after_then_200(flavour: Flavour) -> None:
    with serve(
        respond(429, json={}, headers={"Retry-After": "1"}), respond(200, json=SAMPLES)
    ) as s:
        result = flavour.samples(s)

    assert [sample.id for sample in result.samples] == ["s1"]
    assert [(r.method, r.path) for r in s.requests] == [("GET", "/v1/voices/v1/samples")] * 2
    assert s.requests[0].headers["authorization"] == API_KEY  # Bland: the bare key
    # A server-sent Retry-After is waited for exactly: no jitter on top of it.
    assert flavour.sleeps == [1.0]


def test_503_three_times_gives_internal_server_error(flavour: Flavour) -> None:
    body = {"errors": [{"error": "UNAVAILABLE", "message": "try later"}]}
    with serve(respond(503, json=body)) as s:
        error = flavour.raises(voiceclone.InternalServerError, lambda: flavour.samples(s))

    assert len(s.requests) == 3  # default max_retries=2
    assert (error.status_code, error.code, error.message) == (503, "UNAVAILABLE", "try later")
    # Full jitter below a doubling ceiling: 0.5 s, then 1 s.
    assert len(flavour.sleeps) == 2
    for sleep, ceiling in zip(flavour.sleeps, [0.5, 1.0], strict=True):
        assert 0 <= sleep <= ceiling


def test_503_then_200(flavour: Flavour) -> None:
    with serve(respond(503, body=b"upstream down"), respond(200, json=SAMPLES)) as s:
        result = flavour.samples(s)

    assert result.samples[0].id == "s1"
    assert len(s.requests) == 2
    assert len(flavour.sleeps) == 1 and 0 <= flavour.sleeps[0] <= 0.5


def test_400_is_never_retried_and_its_code_and_message_are_parsed(flavour: Flavour) -> None:
    body = {
        "errors": [
            {
                "error": "VOICE_SAMPLES_ERROR",
                "message": "Voice is a default voice and not owned by the user.",
            }
        ]
    }
    # Even with a Retry-After header, a 400 is the request's fault and is not retried.
    headers = {"Retry-After": "0", "x-request-id": "req_400"}
    with serve(respond(400, json=body, headers=headers), respond(200, json=SAMPLES)) as s:
        error = flavour.raises(
            voiceclone.BadRequestError, lambda: flavour.samples(s, max_retries=5)
        )

    assert len(s.requests) == 1
    assert flavour.sleeps == []
    assert error.status_code == 400
    assert error.code == "VOICE_SAMPLES_ERROR"
    assert error.message == "Voice is a default voice and not owned by the user."
    assert error.request_id == "req_400"
    assert error.body == body
    assert str(error) == (
        "400 Bad Request [VOICE_SAMPLES_ERROR]: "
        "Voice is a default voice and not owned by the user. (request id: req_400)"
    )


def test_retry_after_beyond_60_s_is_not_waited_for(flavour: Flavour) -> None:
    with serve(
        respond(429, json={}, headers={"Retry-After": "61"}), respond(200, json=SAMPLES)
    ) as s:
        error = flavour.raises(voiceclone.RateLimitError, lambda: flavour.samples(s))

    assert len(s.requests) == 1
    assert flavour.sleeps == []
    assert error.status_code == 429


def test_retry_after_ms_wins_over_retry_after(flavour: Flavour) -> None:
    headers = {"retry-after-ms": "250", "Retry-After": "9"}
    with serve(respond(503, json={}, headers=headers), respond(200, json=SAMPLES)) as s:
        flavour.samples(s)

    assert len(s.requests) == 2
    assert flavour.sleeps == [0.25]


def test_a_redirect_is_not_followed_to_another_host(flavour: Flavour) -> None:
    # Following it would hand the API key to whatever host the Location names.
    with serve(respond(200, json=SAMPLES)) as elsewhere:
        location = f"{elsewhere.url}/steal"
        with serve(respond(302, headers={"Location": location})) as s:
            error = flavour.raises(voiceclone.APIStatusError, lambda: flavour.samples(s))

    assert len(s.requests) == 1
    assert elsewhere.requests == []
    assert error.status_code == 302
    assert f"(redirect to {location} not followed)" in str(error)


# ----------------------------------------------------------------------------------------------
# No response: resets, stalls, truncated bodies
# ----------------------------------------------------------------------------------------------


def test_connection_reset_then_200(flavour: Flavour) -> None:
    with serve(reset(), respond(200, json=SAMPLES)) as s:
        result = flavour.samples(s)

    assert result.samples[0].id == "s1"
    assert len(s.requests) == 2
    assert len(flavour.sleeps) == 1 and 0 <= flavour.sleeps[0] <= 0.5


def test_connection_reset_every_time_gives_connection_error(flavour: Flavour) -> None:
    with serve(reset()) as s:
        error = flavour.raises(voiceclone.APIConnectionError, lambda: flavour.samples(s))

    assert len(s.requests) == 3
    assert len(flavour.sleeps) == 2
    assert error.request.url.path == "/v1/voices/v1/samples"
    assert str(error).startswith(f"Connection error: GET {s.url}/v1/voices/v1/samples: ")


def test_connection_refused_gives_connection_error(flavour: Flavour) -> None:
    url = FaultServer.closed_port_url()
    with pytest.raises(voiceclone.VoiceCloneError) as info:
        flavour.run("bland", _Address(url), lambda c: c.voices.samples.list("v1"))

    assert type(info.value) is voiceclone.APIConnectionError
    assert_no_key(info.value)
    assert len(flavour.sleeps) == 2  # refused on all 3 tries


@pytest.mark.parametrize(
    "stalled",
    [
        stall(3.0, then=respond(200, json=SAMPLES)),
        partial(b'{"samples": ', declared=100, then=stall(3.0)),
    ],
    ids=["before-headers", "mid-body"],
)
def test_read_stalling_past_the_timeout_gives_timeout_error(flavour: Flavour, stalled: Any) -> None:
    # The server would go on after 3 s; the call gives each read 0.5 s.
    with serve(stalled) as s:
        started = time.monotonic()
        error = flavour.raises(
            voiceclone.APITimeoutError, lambda: flavour.samples(s, timeout=0.5, max_retries=1)
        )
        elapsed = time.monotonic() - started

    assert len(s.requests) == 2  # max_retries + 1
    assert len(flavour.sleeps) == 1 and 0 <= flavour.sleeps[0] <= 0.5
    assert 0.9 <= elapsed < 2.5  # two 0.5 s reads, not the server's 3 s
    assert isinstance(error, voiceclone.APIConnectionError)
    assert str(error).startswith(f"Request timed out: GET {s.url}/v1/voices/v1/samples")


def test_a_stall_shorter_than_the_timeout_is_just_slow(flavour: Flavour) -> None:
    with serve(stall(0.2, then=respond(200, json=SAMPLES))) as s:
        result = flavour.samples(s, timeout=2.0)

    assert result.samples[0].id == "s1"
    assert len(s.requests) == 1
    assert flavour.sleeps == []


def test_truncated_body_is_a_retried_connection_error(flavour: Flavour) -> None:
    # httpx reads the whole body inside send(), so a server hanging up mid-body is a transport
    # error (RemoteProtocolError): retried like a reset, then APIConnectionError.
    with serve(truncated(b'{"samples": [', declared=100)) as s:
        error = flavour.raises(voiceclone.APIConnectionError, lambda: flavour.samples(s))

    assert len(s.requests) == 3
    assert len(flavour.sleeps) == 2
    assert "peer closed connection without sending complete message body" in str(error)


def test_truncated_body_then_200(flavour: Flavour) -> None:
    with serve(truncated(b'{"samples": [', declared=100), respond(200, json=SAMPLES)) as s:
        result = flavour.samples(s)

    assert result.samples[0].id == "s1"
    assert len(s.requests) == 2


# ----------------------------------------------------------------------------------------------
# Bad 2xx bodies
# ----------------------------------------------------------------------------------------------


def test_invalid_json_with_200_is_a_validation_error_and_not_retried(flavour: Flavour) -> None:
    bad = b'{"samples": [oops'
    with serve(respond(200, body=bad, headers={"Content-Type": "application/json"})) as s:
        error = flavour.raises(voiceclone.APIResponseValidationError, lambda: flavour.samples(s))

    assert len(s.requests) == 1
    assert flavour.sleeps == []
    assert error.status_code == 200
    assert error.body == bad.decode()
    assert "not valid JSON" in str(error)
    assert isinstance(error.__cause__, ValueError)  # pydantic's error is only the cause


def test_json_of_the_wrong_shape_is_returned_with_the_mismatch(flavour: Flavour) -> None:
    with serve(respond(200, json={"samples": "not a list"})) as s:
        result = flavour.samples(s)

    assert len(s.requests) == 1
    assert result.samples == "not a list"  # as sent
    assert [m.path for m in result._mismatches] == ["samples"]


def test_json_of_the_wrong_shape_is_a_validation_error_for_a_strict_client(
    flavour: Flavour,
) -> None:
    with serve(respond(200, json={"samples": "not a list"})) as s:
        error = flavour.raises(
            voiceclone.APIResponseValidationError,
            lambda: flavour.run(
                "bland",
                s,
                lambda c: c.voices.samples.list("v1"),
                strict_response_validation=True,
            ),
        )

    assert len(s.requests) == 1
    assert "ListVoiceSamplesResponse" in str(error)


# ----------------------------------------------------------------------------------------------
# Retried POST bodies
# ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fault", "error"),
    [
        (respond(503, json={}), voiceclone.InternalServerError),
        (reset(), voiceclone.APIConnectionError),
        (respond(429, json={}), voiceclone.RateLimitError),
    ],
)
def test_a_clone_that_reached_the_server_is_not_sent_again(
    flavour: Flavour, fault: Any, error: type[BaseException]
) -> None:
    # A POST without an idempotency key may have cloned the voice (and spent the credits)
    # whatever came back: a second try could clone it twice.
    ok = {"data": VOICE, "meta": {"request_id": "req_clone"}}
    with serve(fault, respond(200, json=ok)) as s:
        flavour.raises(error, lambda: flavour.clone(s))

    assert [(r.method, r.path) for r in s.requests] == [("POST", "/voices/clone")]
    assert flavour.sleeps == []
    sent = json.loads(s.requests[0].body)
    assert sent["name"] == "Ada"
    assert [base64.b64decode(f["data"]) for f in sent["files"]] == [WAV]


# ----------------------------------------------------------------------------------------------
# The API key stays out of every error
# ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("script", "error"),
    [
        # The server echoes the rejected key in its message, its raw body, its request id.
        (
            [
                respond(
                    401,
                    json={"errors": [{"error": "BAD_KEY", "message": f"invalid key {API_KEY}"}]},
                    headers={"x-request-id": "req_1"},
                )
            ],
            voiceclone.AuthenticationError,
        ),
        (
            [respond(500, body=f"proxy error for {API_KEY}".encode())],
            voiceclone.InternalServerError,
        ),
        ([respond(200, body=f"<html>{API_KEY}".encode())], voiceclone.APIResponseValidationError),
        ([reset()], voiceclone.APIConnectionError),
        ([truncated(API_KEY.encode(), declared=500)], voiceclone.APIConnectionError),
    ],
    ids=["401-echo", "500-text-echo", "200-html-echo", "reset", "truncated"],
)
def test_the_api_key_is_never_in_an_error(flavour: Flavour, script: list[Any], error: type) -> None:
    with serve(*script) as s:
        raised = flavour.raises(error, lambda: flavour.samples(s, max_retries=1))

    assert s.requests and all(r.headers["authorization"] == API_KEY for r in s.requests)
    if isinstance(raised, voiceclone.APIStatusError):
        assert API_KEY not in raised.message


def test_the_api_key_is_never_in_a_timeout_error(flavour: Flavour) -> None:
    with serve(stall(3.0)) as s:
        flavour.raises(
            voiceclone.APITimeoutError, lambda: flavour.samples(s, timeout=0.3, max_retries=0)
        )

    assert len(s.requests) == 1
