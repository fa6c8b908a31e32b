"""Shared helpers for exercising the generated ``voiceclone`` clients over a mock transport.

Every test that takes ``make_client`` runs twice, once with the sync client (``Bland``) and
once with the async one (``AsyncBland``); the async client is wrapped so that each call is run
to completion with ``asyncio.run``, which keeps one test body for both flavours.
"""

from __future__ import annotations

import asyncio
import functools
import inspect
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from email.message import Message
from pathlib import Path
from typing import Any, Protocol

import httpx
import pytest
import voiceclone
import yaml
from voiceclone._base_client import AsyncAPIClient, AsyncAPIResource, SyncAPIClient

#: A key that looks real enough to be echoed by a careless error path.
API_KEY = "sk-test-9f2c41d7e0b84a6f-do-not-leak"

SPECS = Path(__file__).resolve().parents[2] / "specs" / "normalized"
VENDORS: dict[str, tuple[type[SyncAPIClient], type[AsyncAPIClient]]] = {
    "bland": (voiceclone.Bland, voiceclone.AsyncBland),
    "burki": (voiceclone.Burki, voiceclone.AsyncBurki),
    "truedy": (voiceclone.Truedy, voiceclone.AsyncTruedy),
}

# A 44-byte RIFF/WAVE header followed by four bytes of silence, and an MP3 with an ID3 tag:
# enough for the client's magic-byte sniffing.
WAV_BYTES = (
    b"RIFF\x28\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x01\x00\x40\x1f\x00\x00"
    b"\x80\x3e\x00\x00\x02\x00\x10\x00data\x04\x00\x00\x00\x00\x00\x00\x00"
)
MP3_BYTES = b"ID3\x04\x00\x00\x00\x00\x00\x00" + b"\xff\xfb\x90\x64" + bytes(64)


# ----------------------------------------------------------------------------------------------
# The recorder transport
# ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reply:
    """One scripted response; a fresh ``httpx.Response`` is built for every try."""

    status_code: int = 200
    content: bytes = b""
    headers: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def json(cls, body: object, status_code: int = 200, **headers: str) -> Reply:
        return cls(
            status_code,
            json.dumps(body).encode(),
            {"content-type": "application/json", **headers},
        )

    @classmethod
    def text(cls, body: str, status_code: int, content_type: str = "text/plain") -> Reply:
        return cls(status_code, body.encode(), {"content-type": content_type})

    def build(self, request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            self.status_code, content=self.content, headers=dict(self.headers), request=request
        )


@dataclass(frozen=True)
class Refused:
    """A try the network refuses (``httpx.ConnectError``): the one failure after which even a
    POST is sent again, since it surely never reached the server."""

    def build(self, request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)


class Recorder:
    """A ``MockTransport`` handler: records every request and answers with ``replies`` in
    order, repeating the last one once the script runs out."""

    def __init__(self, *replies: Reply | Refused) -> None:
        assert replies, "a recorder needs at least one reply"
        self.replies = replies
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.replies[min(len(self.requests), len(self.replies)) - 1].build(request)

    @property
    def only(self) -> httpx.Request:
        """The one request that was sent (fails when there were none or several)."""
        assert len(self.requests) == 1, f"expected 1 request, got {len(self.requests)}"
        return self.requests[0]

    def json_body(self) -> Any:
        """The JSON body of the one request sent."""
        request = self.only
        assert request.headers["content-type"] == "application/json"
        return json.loads(request.content)

    def multipart(self) -> list[Part]:
        """The ``multipart/form-data`` parts of the one request sent, in order."""
        return multipart_parts(self.only)


# ----------------------------------------------------------------------------------------------
# Multipart bodies
# ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Part:
    """One part of a ``multipart/form-data`` body, as the server would read it."""

    name: str
    filename: str | None  # None for a plain form field
    content_type: str | None
    content: bytes

    @property
    def text(self) -> str:
        return self.content.decode("utf-8")


def _header_params(value: str) -> Message:
    message = Message()
    message["content-disposition"] = value
    return message


def multipart_parts(request: httpx.Request) -> list[Part]:
    """Split ``request``'s ``multipart/form-data`` body into its parts (RFC 7578), byte-exact.

    Written out by hand rather than with :mod:`email`, which may rewrite line endings inside
    binary parts.
    """
    media_type, _, params = request.headers["content-type"].partition(";")
    assert media_type.strip() == "multipart/form-data", request.headers["content-type"]
    boundary_param = _header_params(f"form-data;{params}").get_param(
        "boundary", header="content-disposition"
    )
    assert isinstance(boundary_param, str) and boundary_param, "no multipart boundary"
    delimiter = b"--" + boundary_param.encode("ascii")
    body = request.content
    assert body.startswith(delimiter + b"\r\n"), "the body does not open with the boundary"
    closing = b"\r\n" + delimiter + b"--\r\n"
    assert body.endswith(closing), "the body does not close with the boundary"
    chunks = body[: -len(closing)].split(b"\r\n" + delimiter)
    chunks[0] = chunks[0][len(delimiter) :]
    parts = []
    for chunk in chunks:
        assert chunk.startswith(b"\r\n"), f"malformed part {chunk[:40]!r}"
        head, separator, content = chunk[2:].partition(b"\r\n\r\n")
        assert separator, f"part without a blank line after its headers: {chunk[:80]!r}"
        headers = {}
        for line in head.decode("utf-8").split("\r\n"):
            key, _, value = line.partition(":")
            headers[key.strip().lower()] = value.strip()
        disposition = _header_params(headers["content-disposition"])
        assert disposition.get_content_disposition() == "form-data", headers
        name = disposition.get_param("name", header="content-disposition")
        filename = disposition.get_param("filename", header="content-disposition")
        assert isinstance(name, str), headers
        assert filename is None or isinstance(filename, str), headers
        parts.append(Part(name, filename, headers.get("content-type"), content))
    return parts


def form_fields(parts: list[Part]) -> list[tuple[str, str]]:
    """The plain form fields (parts without a filename), in order, as ``(name, text)``."""
    return [(part.name, part.text) for part in parts if part.filename is None]


def file_parts(parts: list[Part]) -> list[Part]:
    """The file parts (those with a filename), in order."""
    return [part for part in parts if part.filename is not None]


# ----------------------------------------------------------------------------------------------
# Sync and async clients behind one interface
# ----------------------------------------------------------------------------------------------


class RunAsync:
    """Presents an async client (or one of its resources) as a sync one.

    Methods must return a coroutine (so a sync method slipping into the async client is
    caught); the coroutine is run with ``asyncio.run``.
    """

    def __init__(self, target: object) -> None:
        self.target = target

    def __getattr__(self, name: str) -> Any:
        value = getattr(self.target, name)
        if isinstance(value, AsyncAPIResource):
            return RunAsync(value)
        if inspect.ismethod(value):
            return functools.partial(self._run, value)
        return value

    @staticmethod
    def _run(method: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        result = method(*args, **kwargs)
        assert inspect.iscoroutine(result), f"{method.__qualname__} is not async"
        return asyncio.run(result)

    def __repr__(self) -> str:
        return repr(self.target)


class MakeClient(Protocol):
    def __call__(
        self, vendor: str, recorder: Recorder, *, api_key: str | None = API_KEY, **kwargs: Any
    ) -> Any: ...


@pytest.fixture(params=["sync", "async"])
def flavour(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def make_client(flavour: str) -> MakeClient:
    """``make_client("bland", recorder, **options)``: a client of ``flavour`` whose requests
    ``recorder`` answers. ``api_key=None`` leaves the key to the environment variable."""

    def make(
        vendor: str, recorder: Recorder, *, api_key: str | None = API_KEY, **kwargs: Any
    ) -> Any:
        sync_class, async_class = VENDORS[vendor]
        transport = httpx.MockTransport(recorder)
        if flavour == "sync":
            return sync_class(
                api_key=api_key, http_client=httpx.Client(transport=transport), **kwargs
            )
        client = async_class(
            api_key=api_key, http_client=httpx.AsyncClient(transport=transport), **kwargs
        )
        return RunAsync(client)

    return make


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Retry back-off delays, recorded instead of slept (both flavours)."""
    recorded: list[float] = []

    def record(self: object, seconds: float) -> None:
        recorded.append(seconds)

    async def record_async(self: object, seconds: float) -> None:
        recorded.append(seconds)

    monkeypatch.setattr(SyncAPIClient, "_sleep", record)
    monkeypatch.setattr(AsyncAPIClient, "_sleep", record_async)
    return recorded


# ----------------------------------------------------------------------------------------------
# Specs and assertions
# ----------------------------------------------------------------------------------------------


@functools.cache
def load_spec(vendor: str) -> dict[str, Any]:
    """The committed normalized spec of ``vendor`` (treat as read-only)."""
    with (SPECS / f"{vendor}.yaml").open(encoding="utf-8") as stream:
        spec: dict[str, Any] = yaml.safe_load(stream)
    return spec


def documented_response(
    vendor: str, path: str, method: str, status: str, media_type: str = "application/json"
) -> dict[str, Any]:
    """The response object's media entry (``schema``, ``examples``) from the spec."""
    response = load_spec(vendor)["paths"][path][method]["responses"][status]
    media: dict[str, Any] = response["content"][media_type]
    return media


def documented_example(vendor: str, path: str, method: str, status: str, name: str) -> Any:
    """The ``value`` of one documented JSON response example."""
    return documented_response(vendor, path, method, status)["examples"][name]["value"]


def tries(method: str, status: int) -> int:
    """How many times the client sends a request answered ``status`` (default max_retries): a
    5xx or 429 is retried twice, but not for a POST or PATCH, which may have done its work."""
    retried = (status >= 500 or status == 429) and method.upper() not in ("POST", "PATCH")
    return 3 if retried else 1


def assert_key_hidden(exc: BaseException) -> None:
    """The API key is in no text an exception shows."""
    assert API_KEY not in str(exc)
    assert API_KEY not in repr(exc)
    assert API_KEY not in str(getattr(exc, "message", ""))
