"""``client.with_raw_response``: every operation of every vendor, sync and async, returns a
``RawResponse`` with the HTTP status, headers, request id and raw body, and ``parse()`` gives
what the plain method returns; error statuses still raise the typed errors."""

from __future__ import annotations

import asyncio
import functools
import inspect
import json
import os
import subprocess
import sys
import textwrap
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import voiceclone
from voiceclone.bland.types import GetVoiceSampleResponse, ListVoiceSamplesResponse
from voiceclone.burki.types import ListClonedVoicesResponse
from voiceclone.truedy.types import VoiceResponse

from .conftest import (
    API_KEY,
    MP3_BYTES,
    VENDORS,
    WAV_BYTES,
    MakeClient,
    Recorder,
    Reply,
    RunAsync,
    documented_example,
)

REPO = Path(__file__).resolve().parents[2]
GENERATED_SRC = REPO / "generated" / "voiceclone" / "src"

VOICE_ID = "73d4c04b-1e15-4272-9c7f-8d2955914ba9"
SAMPLE_ID = "d15b199a-1b79-4664-9a9a-b149ee3b136a"
BLAND_LIST = "/v1/voices/{id}/samples"
BLAND_GET = "/v1/voices/{id}/samples/{sample_id}"
TRUEDY_CLONE = "/voices/clone"


def raw(client: Any, dotted: str, *args: Any, **kwargs: Any) -> Any:
    """``client.with_raw_response.<dotted>(*args, **kwargs)``, awaited for an async client."""
    target = client.target if isinstance(client, RunAsync) else client
    method = target.with_raw_response
    for name in dotted.split("."):
        method = getattr(method, name)
    result = method(*args, **kwargs)
    if isinstance(client, RunAsync):
        assert inspect.iscoroutine(result), f"{dotted} of the async client is not async"
        return asyncio.run(result)
    assert not inspect.iscoroutine(result)
    return result


def plain(client: Any, dotted: str, *args: Any, **kwargs: Any) -> Any:
    method = client
    for name in dotted.split("."):
        method = getattr(method, name)
    return method(*args, **kwargs)


def truedy_files(tmp_path: Path) -> list[Path]:
    path = tmp_path / "sample.mp3"
    path.write_bytes(MP3_BYTES)
    return [path]


# (vendor, dotted method, args, kwargs, reply, expected parse type)
def cases(tmp_path: Path) -> list[tuple[str, str, tuple[Any, ...], dict[str, Any], Reply, type]]:
    truedy_example = documented_example("truedy", TRUEDY_CLONE, "post", "201", "success")
    return [
        (
            "bland",
            "voices.samples.list",
            (VOICE_ID,),
            {"include_audio": True},
            Reply.json(
                documented_example("bland", BLAND_LIST, "get", "200", "response"),
                **{"x-request-id": "req-bland-list"},
            ),
            ListVoiceSamplesResponse,
        ),
        (
            "bland",
            "voices.samples.retrieve",
            (VOICE_ID, SAMPLE_ID),
            {"format": "json"},
            Reply.json(
                documented_example("bland", BLAND_GET, "get", "200", "json_response"),
                **{"x-request-id": "req-bland-json"},
            ),
            GetVoiceSampleResponse,
        ),
        (
            "bland",
            "voices.samples.retrieve",
            (VOICE_ID, SAMPLE_ID),
            {},
            Reply(
                200,
                WAV_BYTES,
                {
                    "content-type": "audio/wav",
                    "content-disposition": 'attachment; filename="sample.wav"',
                    "x-request-id": "req-bland-audio",
                },
            ),
            voiceclone.BinaryResponse,
        ),
        (
            "burki",
            "assistants.cloned_voices.list",
            (1,),
            {"status": "ready"},
            Reply.json(
                {"success": True, "cloned_voices": []}, **{"x-request-id": "req-burki-list"}
            ),
            ListClonedVoicesResponse,
        ),
        (
            "truedy",
            "voices.clone",
            (),
            {"name": "My Voice", "files": truedy_files(tmp_path)},
            Reply.json(truedy_example, 201, **{"x-request-id": "header-id-not-used"}),
            VoiceResponse,
        ),
    ]


CASE_IDS = ["bland-list", "bland-retrieve-json", "bland-retrieve-audio", "burki-list", "truedy"]


def expected_request_id(vendor: str, reply: Reply) -> str:
    if vendor == "truedy":  # from the envelope, not the header
        return str(json.loads(reply.content)["meta"]["request_id"])
    return reply.headers["x-request-id"]


@pytest.mark.parametrize("index", range(len(CASE_IDS)), ids=CASE_IDS)
def test_raw_response_of_every_operation(
    make_client: MakeClient, tmp_path: Path, index: int
) -> None:
    vendor, dotted, args, kwargs, reply, parsed_type = cases(tmp_path)[index]
    recorder = Recorder(reply)
    client = make_client(vendor, recorder)

    response = raw(client, dotted, *args, **kwargs)
    normal = plain(client, dotted, *args, **kwargs)

    assert isinstance(response, voiceclone.RawResponse)
    assert len(recorder.requests) == 2
    assert recorder.requests[0].url == recorder.requests[1].url
    assert response.status_code == reply.status_code
    assert isinstance(response.http_response, httpx.Response)
    assert response.http_response.status_code == reply.status_code
    assert response.headers["content-type"] == reply.headers["content-type"]
    assert response.headers["x-request-id"] == reply.headers["x-request-id"]
    assert response.request_id == expected_request_id(vendor, reply)
    assert response.content == reply.content
    assert response.text == reply.content.decode("utf-8", errors="replace")
    parsed: Any = response.parse()
    assert isinstance(parsed, parsed_type)
    assert type(parsed) is type(normal)
    if isinstance(parsed, voiceclone.BinaryResponse):
        assert parsed.content == normal.content == WAV_BYTES
        assert parsed.filename == normal.filename == "sample.wav"
        assert parsed.request_id == normal.request_id == "req-bland-audio"
    else:
        assert parsed == normal
        assert parsed._request_id == normal._request_id == response.request_id
    assert API_KEY not in repr(response)


def test_every_resource_method_has_a_raw_twin() -> None:
    """The raw classes mirror the resources, method for method, sync and async."""
    for sync_class, async_class in VENDORS.values():
        for client_class in (sync_class, async_class):
            client = client_class(api_key=API_KEY)
            is_async = client_class is async_class
            # The client's resources and their raw twins are cached properties.
            lazy = [
                name
                for name, member in vars(type(client.with_raw_response)).items()
                if isinstance(member, functools.cached_property)
            ]
            stack: list[tuple[Any, Any]] = [
                (getattr(client, name), getattr(client.with_raw_response, name)) for name in lazy
            ]
            assert stack
            while stack:
                resource, mirror = stack.pop()
                for name, member in inspect.getmembers(type(resource), inspect.isfunction):
                    if name.startswith("_"):
                        continue
                    # The twin wraps the resource's own method: same arguments, same docs.
                    twin = getattr(mirror, name)
                    assert inspect.iscoroutinefunction(twin) is is_async
                    assert twin.__wrapped__ == getattr(resource, name)
                    assert inspect.signature(twin) == inspect.signature(getattr(resource, name))
                    assert twin.__doc__ == member.__doc__
                for name, child in vars(resource).items():
                    if not name.startswith("_"):
                        stack.append((child, getattr(mirror, name)))


def test_no_request_id_without_header_or_envelope(make_client: MakeClient) -> None:
    recorder = Recorder(Reply.json({"samples": []}))
    response = raw(make_client("bland", recorder), "voices.samples.list", VOICE_ID)
    assert response.request_id is None
    assert response.parse() == ListVoiceSamplesResponse(samples=[])


def test_truedy_without_envelope_meta_falls_back_to_the_header(
    make_client: MakeClient, tmp_path: Path
) -> None:
    example = documented_example("truedy", TRUEDY_CLONE, "post", "201", "success")
    body = {"data": example["data"]}
    recorder = Recorder(Reply.json(body, 201, **{"x-request-id": "req-from-header"}))
    response = raw(
        make_client("truedy", recorder), "voices.clone", name="v", files=truedy_files(tmp_path)
    )
    assert response.request_id == "req-from-header"


@pytest.mark.parametrize(
    ("vendor", "dotted", "args", "kwargs", "status", "error"),
    [
        ("bland", "voices.samples.list", (VOICE_ID,), {}, 400, voiceclone.BadRequestError),
        (
            "bland",
            "voices.samples.retrieve",
            (VOICE_ID, SAMPLE_ID),
            {},
            404,
            voiceclone.NotFoundError,
        ),
        (
            "bland",
            "voices.samples.retrieve",
            (VOICE_ID, SAMPLE_ID),
            {"format": "json"},
            404,
            voiceclone.NotFoundError,
        ),
        (
            "burki",
            "assistants.cloned_voices.list",
            (1,),
            {},
            422,
            voiceclone.UnprocessableEntityError,
        ),
        ("truedy", "voices.clone", (), {"name": "v"}, 402, voiceclone.PaymentRequiredError),
    ],
)
def test_an_error_status_raises_the_typed_error(
    make_client: MakeClient,
    tmp_path: Path,
    vendor: str,
    dotted: str,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    status: int,
    error: type[voiceclone.APIStatusError],
) -> None:
    if vendor == "truedy":
        kwargs = {**kwargs, "files": truedy_files(tmp_path)}
    recorder = Recorder(Reply.json({"message": "nope"}, status_code=status))
    with pytest.raises(error) as caught:
        raw(make_client(vendor, recorder), dotted, *args, **kwargs)
    assert caught.value.status_code == status


def test_a_streamed_binary_body_is_not_read_by_the_call(flavour: str) -> None:
    """A body without Content-Length stays on the connection until it is asked for."""
    chunks = [WAV_BYTES, b"\x00" * 1024, b"\x01" * 1024]
    headers = {"content-type": "audio/wav", "x-request-id": "req-stream"}

    def sync_stream() -> Iterator[bytes]:
        yield from chunks

    async def async_stream() -> AsyncIterator[bytes]:
        for chunk in chunks:
            yield chunk

    def handler(request: httpx.Request) -> httpx.Response:
        content = sync_stream() if flavour == "sync" else async_stream()
        return httpx.Response(200, headers=headers, content=content, request=request)

    transport = httpx.MockTransport(handler)
    if flavour == "sync":
        client = voiceclone.Bland(api_key=API_KEY, http_client=httpx.Client(transport=transport))
        response = client.with_raw_response.voices.samples.retrieve(VOICE_ID, SAMPLE_ID)
        assert not response.http_response.is_stream_consumed
        with pytest.raises(httpx.ResponseNotRead):
            _ = response.http_response.content
        assert response.content == b"".join(chunks)
    else:

        async def run() -> None:
            client = voiceclone.AsyncBland(
                api_key=API_KEY, http_client=httpx.AsyncClient(transport=transport)
            )
            response = await client.with_raw_response.voices.samples.retrieve(VOICE_ID, SAMPLE_ID)
            assert not response.http_response.is_stream_consumed
            with pytest.raises(httpx.ResponseNotRead):
                _ = response.http_response.content
            assert await response.aread() == b"".join(chunks)
            assert response.content == b"".join(chunks)

        asyncio.run(run())


MYPY_SNIPPET = """
    from __future__ import annotations

    import voiceclone
    from voiceclone import BinaryResponse, RawResponse
    from voiceclone.bland.types import GetVoiceSampleResponse, ListVoiceSamplesResponse
    from voiceclone.burki.types import ListClonedVoicesResponse
    from voiceclone.truedy.types import VoiceResponse


    def use(bland: voiceclone.Bland, truedy: voiceclone.Truedy, burki: voiceclone.Burki) -> None:
        raw: RawResponse[ListVoiceSamplesResponse] = (
            bland.with_raw_response.voices.samples.list("v")
        )
        page: ListVoiceSamplesResponse = raw.parse()
        audio: RawResponse[BinaryResponse] = bland.with_raw_response.voices.samples.retrieve(
            "v", "s"
        )
        sample: RawResponse[GetVoiceSampleResponse] = (
            bland.with_raw_response.voices.samples.retrieve("v", "s", format="json")
        )
        voices: RawResponse[ListClonedVoicesResponse] = (
            burki.with_raw_response.assistants.cloned_voices.list(1)
        )
        clone: RawResponse[VoiceResponse] = truedy.with_raw_response.voices.clone(
            name="n", files=[b"x"]
        )
        status: int = raw.status_code
        request_id: str | None = clone.request_id
        body: bytes = audio.content
        text: str = sample.text
        print(page, status, request_id, body, text, voices)


    async def use_async(bland: voiceclone.AsyncBland, truedy: voiceclone.AsyncTruedy) -> None:
        raw: RawResponse[ListVoiceSamplesResponse] = (
            await bland.with_raw_response.voices.samples.list("v")
        )
        audio: RawResponse[BinaryResponse] = await bland.with_raw_response.voices.samples.retrieve(
            "v", "s"
        )
        sample: RawResponse[GetVoiceSampleResponse] = (
            await bland.with_raw_response.voices.samples.retrieve("v", "s", format="json")
        )
        clone: RawResponse[VoiceResponse] = await truedy.with_raw_response.voices.clone(
            name="n", files=[b"x"]
        )
        body: bytes = await audio.aread()
        print(raw.parse(), sample.parse(), clone.parse(), body)
"""

MYPY_WRONG = """
    import voiceclone
    from voiceclone import RawResponse
    from voiceclone.bland.types import ListVoiceSamplesResponse


    def use(bland: voiceclone.Bland) -> None:
        wrong: RawResponse[ListVoiceSamplesResponse] = (
            bland.with_raw_response.voices.samples.retrieve("v", "s")
        )
        print(wrong)
"""


def run_mypy(tmp_path: Path, source: str) -> subprocess.CompletedProcess[str]:
    snippet = tmp_path / "snippet.py"
    snippet.write_text(textwrap.dedent(source), encoding="utf-8")
    env = {**os.environ, "MYPYPATH": str(GENERATED_SRC)}
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--cache-dir",
            str(tmp_path / "mypy-cache"),
            "--no-incremental",
            str(snippet),
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        check=False,
    )


def test_mypy_strict_accepts_typed_raw_calls(tmp_path: Path) -> None:
    done = run_mypy(tmp_path, MYPY_SNIPPET)
    assert done.returncode == 0, done.stdout + done.stderr


def test_mypy_strict_keeps_the_overloads(tmp_path: Path) -> None:
    """``retrieve`` without ``format="json"`` is a binary raw response, not a model."""
    done = run_mypy(tmp_path, MYPY_WRONG)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Incompatible types in assignment" in done.stdout
