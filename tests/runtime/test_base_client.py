"""The base clients over httpx.MockTransport: requests, responses, errors, retries, options.

Every test taking ``flavour`` runs against the sync and the async client alike.
"""

import copy
import enum
import logging
import re
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from types import SimpleNamespace
from typing import Any

import httpx
import pytest
from pydantic import Field

API_KEY = "sk-test-0123456789-secret"
WAV_BYTES = b"RIFF\x24\x00\x00\x00WAVEfmt " + bytes(28)

Reply = Callable[[httpx.Request], httpx.Response]


def reply(
    status: int = 200,
    *,
    json: object = None,
    content: bytes | str | None = None,
    headers: Mapping[str, str] | None = None,
) -> Reply:
    """A response factory: each try gets a fresh ``httpx.Response``."""

    def build(request: httpx.Request) -> httpx.Response:
        if json is not None:
            return httpx.Response(status, json=json, headers=headers, request=request)
        return httpx.Response(status, content=content or b"", headers=headers, request=request)

    return build


def fail(error: type[httpx.TransportError]) -> Reply:
    """A try that fails before any response, as httpx reports it."""

    def build(request: httpx.Request) -> httpx.Response:
        raise error("simulated failure", request=request)

    return build


class Server:
    """Answers the tries in order with ``replies``; the last reply repeats forever."""

    def __init__(self, *replies: Reply) -> None:
        self.replies = list(replies) or [reply(200, json={})]
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        index = min(len(self.requests), len(self.replies) - 1)
        self.requests.append(request)
        return self.replies[index](request)

    @property
    def request(self) -> httpx.Request:
        """The last request received."""
        return self.requests[-1]


@pytest.fixture
def models(runtime: SimpleNamespace) -> SimpleNamespace:
    """Models as the generator would write them, on the rendered BaseModel."""

    class Voice(runtime.models.BaseModel):
        id: str
        name: str

    class CreateVoice(runtime.models.BaseModel):
        name: str
        display_name: str | None = Field(default=None, alias="displayName")
        description: str | None = None

    return SimpleNamespace(Voice=Voice, CreateVoice=CreateVoice)


def raised(call: Callable[[], object], error: type[BaseException]) -> Any:
    """The exception ``call`` raises, which must be an ``error``."""
    with pytest.raises(error) as info:
        call()
    return info.value


# ----------------------------------------------------------------------------------------------
# Requests
# ----------------------------------------------------------------------------------------------


def test_request_line_auth_and_default_headers(flavour: Any, raw_profile: Any) -> None:
    server = Server(reply(json={"id": "v1", "name": "Ada"}))
    client = flavour.client(raw_profile, server, api_key=API_KEY)

    client.request_empty("get", "/v1/voices/{id}", path_params={"id": "v1"})

    request = server.request
    assert request.method == "GET"
    assert str(request.url) == "https://api.raw.test/v1/voices/v1"
    assert request.headers["authorization"] == API_KEY  # raw key, no scheme
    assert request.headers["accept"] == "application/json"
    assert re.fullmatch(
        r"voiceclone-sdk/0\.0\.0 python/3\.\d+ httpx/[\d.]+", request.headers["user-agent"]
    )
    assert request.extensions["timeout"] == {
        "connect": 5.0,
        "read": 60.0,
        "write": 60.0,
        "pool": 60.0,
    }


def test_bearer_auth_and_base_url_with_a_path(flavour: Any, envelope_profile: Any) -> None:
    server = Server(reply(json={"data": {}, "meta": {}}))
    client = flavour.client(envelope_profile, server, api_key=API_KEY)

    client.request_empty("POST", "/voices/clone")

    assert str(server.request.url) == "https://api.envelope.test/api/v1/voices/clone"
    assert server.request.headers["Authorization"] == f"Bearer {API_KEY}"


@pytest.mark.parametrize(
    ("value", "segment"),
    [
        ("../admin", "..%2Fadmin"),
        ("a/b?c", "a%2Fb%3Fc"),
        ("x#frag", "x%23frag"),
        ("é 100%", "%C3%A9%20100%25"),
        (42, "42"),
        (True, "true"),
    ],
)
def test_path_params_are_percent_encoded_as_one_segment(
    flavour: Any, raw_profile: Any, value: object, segment: str
) -> None:
    server = Server()
    client = flavour.client(raw_profile, server, api_key=API_KEY)

    client.request_empty("GET", "/v1/voices/{id}/samples", path_params={"id": value})

    assert server.request.url.raw_path == f"/v1/voices/{segment}/samples".encode()
    assert server.request.url.query == b""


@pytest.mark.parametrize("value", ["..", ".", ""])
def test_path_params_that_would_change_the_path_are_refused(
    flavour: Any, raw_profile: Any, value: str
) -> None:
    server = Server()
    client = flavour.client(raw_profile, server, api_key=API_KEY)

    error = raised(
        lambda: client.request_empty("GET", "/v1/voices/{id}", path_params={"id": value}),
        ValueError,
    )

    assert "'id'" in str(error)
    assert server.requests == []


@pytest.mark.parametrize("path_params", [None, {}, {"id": None}, {"other": "x"}])
def test_missing_path_param_is_an_error(
    flavour: Any, raw_profile: Any, path_params: dict[str, object] | None
) -> None:
    client = flavour.client(raw_profile, Server(), api_key=API_KEY)

    error = raised(
        lambda: client.request_empty("GET", "/v1/voices/{id}", path_params=path_params),
        ValueError,
    )

    assert str(error) == "missing path parameter 'id' for /v1/voices/{id}"


def test_json_and_files_cannot_be_mixed(flavour: Any, raw_profile: Any) -> None:
    server = Server()
    client = flavour.client(raw_profile, server, api_key=API_KEY)

    raised(
        lambda: client.request_empty(
            "POST", "/v1/voices", json={"name": "Ada"}, files=[("file", WAV_BYTES)]
        ),
        TypeError,
    )
    assert server.requests == []


def test_extra_body_joins_form_fields(flavour: Any, raw_profile: Any) -> None:
    server = Server()
    client = flavour.client(raw_profile, server, api_key=API_KEY)

    client.request_empty(
        "POST", "/v1/voices", data={"name": "Ada"}, options={"extra_body": {"beta": True}}
    )

    assert server.request.headers["content-type"] == "application/x-www-form-urlencoded"
    assert server.request.content == b"name=Ada&beta=true"


def test_query_drops_none_formats_bools_and_repeats_lists(flavour: Any, raw_profile: Any) -> None:
    class Status(enum.Enum):
        READY = "ready"

    server = Server()
    client = flavour.client(raw_profile, server, api_key=API_KEY)

    client.request_empty(
        "GET",
        "/v1/voices",
        query={
            "include_audio": True,
            "archived": False,
            "provider": None,
            "tag": ["a", "b c"],
            "limit": 10,
            "status": Status.READY,
        },
    )

    assert server.request.url.query == (
        b"include_audio=true&archived=false&tag=a&tag=b+c&limit=10&status=ready"
    )


def test_json_body_dumps_models_by_alias_without_nones(
    flavour: Any, raw_profile: Any, models: SimpleNamespace
) -> None:
    server = Server()
    client = flavour.client(raw_profile, server, api_key=API_KEY)
    body = models.CreateVoice(name="Ada", display_name="Ada L.")

    client.request_empty("POST", "/v1/voices", json=body)
    client.request_empty("POST", "/v1/voices", json={"voice": body, "note": None})

    first, second = server.requests
    assert first.headers["content-type"] == "application/json"
    assert first.content == b'{"name":"Ada","displayName":"Ada L."}'
    # Plain dicts are sent as given (an explicit null may mean "clear this field").
    assert second.content == b'{"voice":{"name":"Ada","displayName":"Ada L."},"note":null}'


def test_multipart_files_and_form_fields(flavour: Any, raw_profile: Any) -> None:
    server = Server()
    client = flavour.client(raw_profile, server, api_key=API_KEY)

    client.request_empty(
        "POST",
        "/v1/voices",
        files=[("audio_samples", ("sample.wav", WAV_BYTES)), ("audio_samples", b"ID3\x04rest")],
        data={"name": "Ada", "public": True, "skip": None, "tags": ["x", "y"]},
    )

    request = server.request
    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    body = request.content
    assert (
        b'Content-Disposition: form-data; name="audio_samples"; filename="sample.wav"\r\n'
        b"Content-Type: audio/wav\r\n\r\n" + WAV_BYTES
    ) in body
    assert b'name="audio_samples"; filename="upload.mp3"\r\nContent-Type: audio/mpeg' in body
    assert b'name="name"\r\n\r\nAda\r\n' in body
    assert b'name="public"\r\n\r\ntrue\r\n' in body
    assert b'name="tags"\r\n\r\nx\r\n' in body
    assert b'name="tags"\r\n\r\ny\r\n' in body
    assert b'name="skip"' not in body


def test_multipart_body_is_identical_on_a_retry(flavour: Any, raw_profile: Any) -> None:
    server = Server(reply(503), reply(200))
    client = flavour.client(raw_profile, server, api_key=API_KEY)

    client.request_empty("PUT", "/v1/voices/v1", files=[("file", ("a.wav", WAV_BYTES))])

    first, second = server.requests
    assert WAV_BYTES in second.content
    assert len(first.content) == len(second.content)


def test_per_call_options(flavour: Any, raw_profile: Any) -> None:
    server = Server()
    client = flavour.client(raw_profile, server, api_key=API_KEY, default_headers={"X-App": "a"})

    client.request_empty(
        "POST",
        "/v1/voices",
        query={"limit": 1, "page": 2},
        json={"name": "Ada"},
        headers={"X-Generated": "g", "X-App": "from-operation"},
        options={
            "timeout": 3.0,
            "extra_headers": {"X-Trace": "t1", "x-generated": "caller"},
            "extra_query": {"limit": 50, "beta": True},
            "extra_body": {"labels": {"accent": "uk"}},
        },
    )

    request = server.request
    assert request.headers["x-trace"] == "t1"
    assert request.headers["x-generated"] == "caller"  # the caller has the last word
    assert request.headers["x-app"] == "from-operation"
    assert request.url.query == b"page=2&limit=50&beta=true"
    assert request.content == b'{"name":"Ada","labels":{"accent":"uk"}}'
    assert request.extensions["timeout"] == {"connect": 3.0, "read": 3.0, "write": 3.0, "pool": 3.0}


def test_arguments_left_out_keep_the_defaults(flavour: Any, raw_profile: Any) -> None:
    # What a generated method passes when the caller sets none of its optional arguments.
    server = Server(reply(500))
    client = flavour.client(raw_profile, server, api_key=API_KEY, default_headers={"X-Env": "1"})
    not_given = flavour.runtime.types.NOT_GIVEN
    unset = {"timeout": not_given, "max_retries": None, "extra_headers": None, "extra_query": None}

    raised(
        lambda: client.request_empty(
            "GET", "/v1/voices", headers={"X-Org": not_given, "X-Env": None}, options=unset
        ),
        flavour.runtime.exceptions.InternalServerError,
    )

    request = server.request
    assert "x-org" not in request.headers
    assert request.headers["x-env"] == "1"
    assert request.extensions["timeout"]["read"] == 60.0
    assert len(server.requests) == 3  # the client's max_retries


def test_extra_headers_none_removes_a_header(flavour: Any, raw_profile: Any) -> None:
    server = Server()
    client = flavour.client(raw_profile, server, api_key=API_KEY, default_headers={"X-Env": "1"})

    client.request_empty("GET", "/v1/voices", options={"extra_headers": {"x-env": None}})

    assert "x-env" not in server.request.headers


def test_client_timeout_applies_to_every_call(flavour: Any, raw_profile: Any) -> None:
    server = Server()
    client = flavour.client(
        raw_profile, server, api_key=API_KEY, timeout=httpx.Timeout(10.0, connect=1.0)
    )

    client.request_empty("GET", "/v1/voices")

    assert client.timeout == httpx.Timeout(10.0, connect=1.0)
    assert server.request.extensions["timeout"]["connect"] == 1.0
    assert server.request.extensions["timeout"]["read"] == 10.0


# ----------------------------------------------------------------------------------------------
# Responses
# ----------------------------------------------------------------------------------------------


def test_parses_a_model_keeping_unknown_fields_and_the_header_request_id(
    flavour: Any, raw_profile: Any, models: SimpleNamespace
) -> None:
    server = Server(
        reply(json={"id": "v1", "name": "Ada", "new_field": [1]}, headers={"x-request-id": "r-9"})
    )
    client = flavour.client(raw_profile, server, api_key=API_KEY)

    voice = client.request_json(
        "GET", "/v1/voices/{id}", path_params={"id": "v1"}, cast_to=models.Voice
    )

    assert isinstance(voice, models.Voice)
    assert (voice.id, voice.name) == ("v1", "Ada")
    assert voice.model_extra == {"new_field": [1]}
    assert voice._request_id == "r-9"


def test_request_id_from_the_request_id_header(
    flavour: Any, raw_profile: Any, models: SimpleNamespace
) -> None:
    server = Server(reply(json={"id": "v1", "name": "Ada"}, headers={"request-id": "r-2"}))
    client = flavour.client(raw_profile, server, api_key=API_KEY)

    voice = client.request_json("GET", "/v1/voices/v1", cast_to=models.Voice)

    assert voice._request_id == "r-2"


def test_the_request_id_costs_nothing_per_parsed_model_and_survives_copies(
    flavour: Any, raw_profile: Any, models: SimpleNamespace
) -> None:
    # A pydantic private attribute would run Python code for every model validated (issue 8:
    # it more than doubled the time to parse a list of 10,000 voices).
    assert models.Voice.__pydantic_post_init__ is None
    assert models.Voice.__private_attributes__ == {}
    server = Server(reply(json={"id": "v1", "name": "Ada"}, headers={"x-request-id": "r-9"}))
    client = flavour.client(raw_profile, server, api_key=API_KEY)
    voice = client.request_json("GET", "/v1/voices/v1", cast_to=models.Voice)
    local = models.Voice(id="v1", name="Ada")

    assert local._request_id is None
    assert voice != local  # as with a private attribute: the request id tells them apart
    assert voice.model_copy()._request_id == "r-9"
    assert copy.copy(voice)._request_id == "r-9"
    assert copy.deepcopy(voice) == voice
    voice._request_id = None
    assert voice == local


def test_envelope_is_unwrapped_and_its_request_id_wins(
    flavour: Any, envelope_profile: Any, models: SimpleNamespace
) -> None:
    body = {"data": {"id": "v1", "name": "Ada"}, "meta": {"request_id": "req_meta"}}
    server = Server(reply(201, json=body, headers={"x-request-id": "req_header"}))
    client = flavour.client(envelope_profile, server, api_key=API_KEY)

    voice = client.request_json("POST", "/voices/clone", cast_to=models.Voice)

    assert (voice.id, voice._request_id) == ("v1", "req_meta")


def test_envelope_without_meta_takes_the_header_request_id(
    flavour: Any, envelope_profile: Any, models: SimpleNamespace
) -> None:
    listed = {"data": [{"id": "v1", "name": "Ada"}, {"id": "v2", "name": "Bo"}]}
    one = {"data": {"id": "v1", "name": "Ada"}}
    server = Server(reply(json=listed), reply(json=one, headers={"x-request-id": "req_header"}))
    client = flavour.client(envelope_profile, server, api_key=API_KEY)

    voices = client.request_json("GET", "/voices", cast_to=list[models.Voice])
    voice = client.request_json("GET", "/voices/v1", cast_to=models.Voice)

    assert [v.id for v in voices] == ["v1", "v2"]
    assert (voice.id, voice._request_id) == ("v1", "req_header")


def test_body_without_the_envelope_is_validated_whole(
    flavour: Any, envelope_profile: Any, models: SimpleNamespace
) -> None:
    server = Server(reply(json={"id": "v1", "name": "Ada"}, headers={"x-request-id": "rid"}))
    client = flavour.client(envelope_profile, server, api_key=API_KEY)

    voice = client.request_json("GET", "/voices/v1", cast_to=models.Voice)

    assert (voice.id, voice._request_id) == ("v1", "rid")


@pytest.mark.parametrize("profile_name", ["raw_profile", "envelope_profile"])
def test_invalid_json_on_200_is_a_validation_error(
    flavour: Any, models: SimpleNamespace, profile_name: str, request: pytest.FixtureRequest
) -> None:
    profile = request.getfixturevalue(profile_name)
    server = Server(reply(200, content=b"<html>oops</html>", headers={"x-request-id": "r-1"}))
    client = flavour.client(profile, server, api_key=API_KEY)
    errors = flavour.runtime.exceptions

    error = raised(
        lambda: client.request_json("GET", "/voices/v1", cast_to=models.Voice),
        errors.APIResponseValidationError,
    )

    assert "not valid JSON" in error.message
    assert error.body == "<html>oops</html>"
    assert (error.status_code, error.request_id) == (200, "r-1")
    assert len(server.requests) == 1  # a bad 2xx body is not retried


def test_a_body_that_does_not_fit_the_model_is_an_error_for_a_strict_client(
    flavour: Any, raw_profile: Any, models: SimpleNamespace
) -> None:
    server = Server(reply(json={"id": "v1"}))
    client = flavour.client(raw_profile, server, api_key=API_KEY, strict_response_validation=True)

    error = raised(
        lambda: client.request_json("GET", "/voices/v1", cast_to=models.Voice),
        flavour.runtime.exceptions.APIResponseValidationError,
    )

    assert "does not match Voice" in error.message
    assert "name: Field required" in error.message
    assert error.body == '{"id":"v1"}'


def test_validation_error_carries_the_envelope_request_id(
    flavour: Any, envelope_profile: Any, models: SimpleNamespace
) -> None:
    body = {"data": {"id": "v1"}, "meta": {"request_id": "req_meta"}}
    server = Server(reply(json=body))
    client = flavour.client(
        envelope_profile, server, api_key=API_KEY, strict_response_validation=True
    )

    error = raised(
        lambda: client.request_json("GET", "/voices/v1", cast_to=models.Voice),
        flavour.runtime.exceptions.APIResponseValidationError,
    )

    assert error.request_id == "req_meta"


def test_request_empty_accepts_204(flavour: Any, raw_profile: Any) -> None:
    client = flavour.client(raw_profile, Server(reply(204)), api_key=API_KEY)

    assert client.request_empty("DELETE", "/v1/voices/v1") is None


def test_request_binary(flavour: Any, raw_profile: Any) -> None:
    headers = {
        "content-type": "audio/wav",
        "content-disposition": 'attachment; filename="../sample-1.wav"',
        "x-request-id": "r-5",
    }
    server = Server(reply(content=WAV_BYTES, headers=headers))
    client = flavour.client(raw_profile, server, api_key=API_KEY)

    audio = client.request_binary("GET", "/v1/voices/v1/samples/1", query={"format": "audio"})

    assert server.request.headers["accept"] == "*/*"
    assert audio.content == WAV_BYTES
    assert (audio.content_type, audio.filename, audio.request_id) == (
        "audio/wav",
        "sample-1.wav",
        "r-5",
    )


# ----------------------------------------------------------------------------------------------
# Errors
# ----------------------------------------------------------------------------------------------

STATUS_ERRORS = [
    (400, "BadRequestError"),
    (401, "AuthenticationError"),
    (402, "PaymentRequiredError"),
    (403, "PermissionDeniedError"),
    (404, "NotFoundError"),
    (409, "ConflictError"),
    (418, "APIStatusError"),
    (422, "UnprocessableEntityError"),
    (429, "RateLimitError"),
    (500, "InternalServerError"),
    (503, "InternalServerError"),
]


@pytest.mark.parametrize(("status", "class_name"), STATUS_ERRORS)
def test_each_status_raises_its_exception_class(
    flavour: Any, raw_profile: Any, status: int, class_name: str
) -> None:
    errors = flavour.runtime.exceptions
    client = flavour.client(
        raw_profile, Server(reply(status, json={})), api_key=API_KEY, max_retries=0
    )

    error = raised(lambda: client.request_empty("GET", "/v1/voices"), errors.APIStatusError)

    assert type(error) is getattr(errors, class_name)
    assert isinstance(error, errors.APIError) and isinstance(error, errors.VoiceCloneError)
    assert error.status_code == status
    assert error.response.status_code == status
    assert error.request.url.path == "/v1/voices"


@pytest.mark.parametrize(
    ("body", "code", "message"),
    [
        (
            {"errors": [{"error": "VOICE_SAMPLES_ERROR", "message": "Voice is a default voice."}]},
            "VOICE_SAMPLES_ERROR",
            "Voice is a default voice.",
        ),
        (
            {"error": {"code": "insufficient_credits", "message": "Insufficient credits"}},
            "insufficient_credits",
            "Insufficient credits",
        ),
        (
            {"detail": [{"loc": ["body", "name"], "msg": "Field required", "type": "missing"}]},
            "missing",
            "name: Field required",
        ),
        (
            {
                "detail": [
                    {"loc": ["body", "files", 0], "msg": "Not audio", "type": "value_error"},
                    {"loc": ["query", "limit"], "msg": "Too big", "type": "value_error"},
                ]
            },
            "value_error",
            "files.0: Not audio (and 1 more)",
        ),
        ({"detail": "Not authenticated"}, None, "Not authenticated"),
        ({"error": {"code": 1234, "message": "numeric code"}}, "1234", "numeric code"),
    ],
)
def test_error_code_and_message_come_from_the_profile_pointers(
    flavour: Any, raw_profile: Any, body: object, code: str | None, message: str
) -> None:
    server = Server(reply(400, json=body, headers={"x-request-id": "req_42"}))
    client = flavour.client(raw_profile, server, api_key=API_KEY)

    error = raised(
        lambda: client.request_empty("GET", "/v1/voices"),
        flavour.runtime.exceptions.BadRequestError,
    )

    assert (error.code, error.message, error.body) == (code, message, body)
    assert error.request_id == "req_42"
    bracket = f" [{code}]" if code else ""
    assert str(error) == f"400 Bad Request{bracket}: {message} (request id: req_42)"


def test_non_json_error_body_keeps_the_typed_error_and_the_raw_text(
    flavour: Any, raw_profile: Any
) -> None:
    html = "<html><body>502 Bad Gateway</body></html>"
    server = Server(reply(502, content=html, headers={"content-type": "text/html"}))
    client = flavour.client(raw_profile, server, api_key=API_KEY, max_retries=0)

    error = raised(
        lambda: client.request_empty("GET", "/v1/voices"),
        flavour.runtime.exceptions.InternalServerError,
    )

    assert (error.code, error.message, error.body) == (None, html, html)


def test_undocumented_json_error_body_uses_the_raw_text(
    flavour: Any, envelope_profile: Any
) -> None:
    server = Server(reply(404, content=b'{"oops": true}'))
    client = flavour.client(envelope_profile, server, api_key=API_KEY)

    error = raised(
        lambda: client.request_empty("GET", "/voices/x"), flavour.runtime.exceptions.NotFoundError
    )

    assert (error.code, error.message, error.body) == (None, '{"oops": true}', {"oops": True})


def test_empty_error_body_uses_the_reason_phrase(flavour: Any, raw_profile: Any) -> None:
    client = flavour.client(raw_profile, Server(reply(403)), api_key=API_KEY)

    error = raised(
        lambda: client.request_empty("GET", "/v1/voices"),
        flavour.runtime.exceptions.PermissionDeniedError,
    )

    assert error.message == "Forbidden"
    assert str(error) == "403 Forbidden: Forbidden"


def test_redirects_are_not_followed(flavour: Any, raw_profile: Any) -> None:
    server = Server(reply(302, headers={"location": "https://elsewhere.test/steal"}))
    client = flavour.client(raw_profile, server, api_key=API_KEY)

    error = raised(
        lambda: client.request_empty("GET", "/v1/voices"), flavour.runtime.exceptions.APIStatusError
    )

    assert len(server.requests) == 1
    assert "redirect to https://elsewhere.test/steal not followed" in error.message


# ----------------------------------------------------------------------------------------------
# Retries
# ----------------------------------------------------------------------------------------------


def test_503_then_200_is_retried_once(
    flavour: Any, raw_profile: Any, models: SimpleNamespace
) -> None:
    server = Server(reply(503), reply(json={"id": "v1", "name": "Ada"}))
    client = flavour.client(raw_profile, server, api_key=API_KEY)

    voice = client.request_json("GET", "/v1/voices/v1", cast_to=models.Voice)

    assert voice.id == "v1"
    assert len(server.requests) == 2
    assert len(flavour.sleeps) == 1 and 0 <= flavour.sleeps[0] <= 0.5


@pytest.mark.parametrize("status", [408, 409, 429, 500, 502, 504])
def test_retryable_statuses_are_tried_max_retries_plus_one_times(
    flavour: Any, raw_profile: Any, status: int
) -> None:
    server = Server(reply(status))
    client = flavour.client(raw_profile, server, api_key=API_KEY, max_retries=3)

    raised(
        lambda: client.request_empty("GET", "/v1/voices"), flavour.runtime.exceptions.APIStatusError
    )

    assert len(server.requests) == 4
    # Full jitter under a doubling ceiling: 0.5, 1, 2 seconds.
    assert len(flavour.sleeps) == 3
    for sleep, ceiling in zip(flavour.sleeps, [0.5, 1.0, 2.0], strict=True):
        assert 0 <= sleep <= ceiling


@pytest.mark.parametrize("status", [400, 401, 402, 403, 404, 422])
def test_other_4xx_are_never_retried(flavour: Any, raw_profile: Any, status: int) -> None:
    server = Server(reply(status, headers={"retry-after": "1"}))
    client = flavour.client(raw_profile, server, api_key=API_KEY, max_retries=5)

    raised(
        lambda: client.request_empty("GET", "/v1/voices"), flavour.runtime.exceptions.APIStatusError
    )

    assert len(server.requests) == 1
    assert flavour.sleeps == []


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"retry-after": "3"}, 3.0),
        ({"retry-after": "0.25"}, 0.25),
        ({"retry-after-ms": "1500", "retry-after": "9"}, 1.5),
        ({"retry-after": "0"}, 0.0),
    ],
)
def test_429_honours_retry_after(
    flavour: Any, raw_profile: Any, headers: dict[str, str], expected: float
) -> None:
    server = Server(reply(429, headers=headers), reply(200, json={}))
    client = flavour.client(raw_profile, server, api_key=API_KEY)

    client.request_empty("GET", "/v1/voices")

    assert len(server.requests) == 2
    assert flavour.sleeps == [expected]


def test_retry_after_as_an_http_date(flavour: Any, raw_profile: Any) -> None:
    when = format_datetime(datetime.now(UTC) + timedelta(seconds=30), usegmt=True)
    server = Server(reply(503, headers={"retry-after": when}), reply(200))
    client = flavour.client(raw_profile, server, api_key=API_KEY)

    client.request_empty("GET", "/v1/voices")

    assert len(flavour.sleeps) == 1 and 27 <= flavour.sleeps[0] <= 30


def test_retry_after_beyond_60_seconds_is_not_waited_for(flavour: Any, raw_profile: Any) -> None:
    server = Server(reply(429, headers={"retry-after": "120"}), reply(200))
    client = flavour.client(raw_profile, server, api_key=API_KEY)

    raised(
        lambda: client.request_empty("GET", "/v1/voices"), flavour.runtime.exceptions.RateLimitError
    )

    assert len(server.requests) == 1
    assert flavour.sleeps == []


def test_unparseable_retry_after_falls_back_to_backoff(flavour: Any, raw_profile: Any) -> None:
    server = Server(reply(429, headers={"retry-after": "soon"}), reply(200))
    client = flavour.client(raw_profile, server, api_key=API_KEY)

    client.request_empty("GET", "/v1/voices")

    assert len(flavour.sleeps) == 1 and 0 <= flavour.sleeps[0] <= 0.5


def test_connection_errors_are_retried_then_raised(flavour: Any, raw_profile: Any) -> None:
    errors = flavour.runtime.exceptions
    server = Server(fail(httpx.ConnectError))
    client = flavour.client(raw_profile, server, api_key=API_KEY)

    error = raised(lambda: client.request_empty("GET", "/v1/voices"), errors.APIConnectionError)

    assert not isinstance(error, errors.APITimeoutError)
    assert len(server.requests) == 3
    assert len(flavour.sleeps) == 2
    assert "GET https://api.raw.test/v1/voices" in error.message
    assert isinstance(error.__cause__, httpx.ConnectError)


def test_a_connection_error_then_success(
    flavour: Any, raw_profile: Any, models: SimpleNamespace
) -> None:
    server = Server(fail(httpx.RemoteProtocolError), reply(json={"id": "v1", "name": "Ada"}))
    client = flavour.client(raw_profile, server, api_key=API_KEY)

    assert client.request_json("GET", "/v1/voices/v1", cast_to=models.Voice).id == "v1"
    assert len(server.requests) == 2


def test_timeouts_are_retried_then_raised_as_timeout_errors(flavour: Any, raw_profile: Any) -> None:
    server = Server(fail(httpx.ReadTimeout))
    client = flavour.client(raw_profile, server, api_key=API_KEY, max_retries=1)

    raised(
        lambda: client.request_empty("GET", "/v1/voices"),
        flavour.runtime.exceptions.APITimeoutError,
    )

    assert len(server.requests) == 2


def test_errors_that_would_repeat_are_not_retried(flavour: Any, raw_profile: Any) -> None:
    server = Server(fail(httpx.UnsupportedProtocol))
    client = flavour.client(raw_profile, server, api_key=API_KEY)

    raised(
        lambda: client.request_empty("GET", "/v1/voices"),
        flavour.runtime.exceptions.APIConnectionError,
    )

    assert len(server.requests) == 1


def test_max_retries_per_client_and_per_call(flavour: Any, raw_profile: Any) -> None:
    errors = flavour.runtime.exceptions
    server = Server(reply(500))
    client = flavour.client(raw_profile, server, api_key=API_KEY, max_retries=0)

    raised(lambda: client.request_empty("GET", "/a"), errors.InternalServerError)
    assert len(server.requests) == 1

    raised(
        lambda: client.request_empty("GET", "/a", options={"max_retries": 4}),
        errors.InternalServerError,
    )
    assert len(server.requests) == 1 + 5


# ----------------------------------------------------------------------------------------------
# The client itself: API key, options, copies, logging
# ----------------------------------------------------------------------------------------------


def test_api_key_from_the_environment(
    flavour: Any, raw_profile: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RAW_TEST_API_KEY", "env-key-123\n")
    server = Server()
    client = flavour.client(raw_profile, server)

    client.request_empty("GET", "/v1/voices")

    assert server.request.headers["authorization"] == "env-key-123"


@pytest.mark.parametrize("env_value", [None, "", "   "])
def test_missing_api_key_names_the_environment_variable(
    flavour: Any, raw_profile: Any, monkeypatch: pytest.MonkeyPatch, env_value: str | None
) -> None:
    if env_value is None:
        monkeypatch.delenv("RAW_TEST_API_KEY", raising=False)
    else:
        monkeypatch.setenv("RAW_TEST_API_KEY", env_value)

    error = raised(
        lambda: flavour.client(raw_profile, Server()), flavour.runtime.exceptions.MissingAPIKeyError
    )

    assert "RAW_TEST_API_KEY" in str(error)
    assert "api_key" in str(error)


def test_api_key_with_control_characters_is_refused_without_showing_it(
    flavour: Any, raw_profile: Any
) -> None:
    error = raised(
        lambda: flavour.client(raw_profile, Server(), api_key="sk-abc\r\nX-Evil: 1"),
        flavour.runtime.exceptions.MissingAPIKeyError,
    )

    assert "sk-abc" not in str(error)


def test_the_api_key_never_shows_in_reprs_or_exceptions(
    flavour: Any, raw_profile: Any, models: SimpleNamespace
) -> None:
    errors = flavour.runtime.exceptions
    echo = {"errors": [{"error": "BAD_KEY", "message": f"Invalid key {API_KEY}"}]}
    rejected = flavour.client(raw_profile, Server(reply(401, json=echo)), api_key=API_KEY)
    garbled = flavour.client(raw_profile, Server(reply(200, content="[")), api_key=API_KEY)
    offline = flavour.client(raw_profile, Server(fail(httpx.ConnectError)), api_key=API_KEY)

    failures = [
        raised(lambda: rejected.request_empty("GET", "/v1"), errors.AuthenticationError),
        raised(
            lambda: garbled.request_json("GET", "/v1", cast_to=models.Voice),
            errors.APIResponseValidationError,
        ),
        raised(lambda: offline.request_empty("GET", "/v1"), errors.APIConnectionError),
    ]

    assert failures[0].message == "Invalid key [redacted]"  # the server echoed it
    texts = [text for failure in failures for text in (str(failure), repr(failure))]
    for client in (rejected, garbled, offline):
        api_client = getattr(client, "wrapped", client)
        texts += [repr(client), str(client), repr(vars(api_client))]
    for text in texts:
        assert API_KEY not in text


def test_with_options_copies_the_client_and_shares_the_connection_pool(
    flavour: Any, raw_profile: Any
) -> None:
    server = Server(reply(500), reply(200))
    client = flavour.client(raw_profile, server, api_key=API_KEY, default_headers={"X-A": "1"})

    patient = client.with_options(max_retries=5, timeout=2.0, default_headers={"X-B": "2"})
    patient.request_empty("GET", "/v1/voices")

    assert type(patient) is type(client)
    assert (patient.max_retries, patient.timeout) == (5, httpx.Timeout(2.0))
    assert (client.max_retries, client.timeout) == (2, httpx.Timeout(60.0, connect=5.0))
    request = server.request
    assert (request.headers["x-a"], request.headers["x-b"]) == ("1", "2")
    assert request.headers["authorization"] == API_KEY
    assert request.extensions["timeout"]["read"] == 2.0

    other = client.with_options(api_key="other-key", base_url="https://eu.raw.test")
    other.request_empty("GET", "/v1/voices")
    assert str(server.request.url) == "https://eu.raw.test/v1/voices"
    assert server.request.headers["authorization"] == "other-key"


def test_with_options_on_a_generated_style_subclass(
    runtime: SimpleNamespace, raw_profile: Any
) -> None:
    base = runtime.base_client

    class Voices(base.SyncAPIResource):
        def list_names(self) -> list[str]:
            voices = self._client.request_json("GET", "/v1/voices", cast_to=list[dict[str, str]])
            return [voice["name"] for voice in voices]

    class Vendor(base.SyncAPIClient):
        """A vendor client as the generator writes it: the profile is fixed."""

        def __init__(self, *, api_key: str | None = None, **kwargs: Any) -> None:
            super().__init__(profile=raw_profile, api_key=api_key, **kwargs)
            self.voices = Voices(self)

    server = Server(reply(json=[{"name": "Ada"}]))
    with Vendor(
        api_key=API_KEY, http_client=httpx.Client(transport=httpx.MockTransport(server))
    ) as client:
        copy = client.with_options(max_retries=0)
        assert isinstance(copy, Vendor) and copy.voices._client is copy
        assert copy.voices.list_names() == ["Ada"]
        assert copy.max_retries == 0 and copy.profile is raw_profile


def test_close_leaves_a_caller_supplied_http_client_open(
    runtime: SimpleNamespace, raw_profile: Any
) -> None:
    base = runtime.base_client
    http_client = httpx.Client(transport=httpx.MockTransport(Server()))
    with base.SyncAPIClient(profile=raw_profile, api_key=API_KEY, http_client=http_client):
        pass
    assert not http_client.is_closed

    with base.SyncAPIClient(profile=raw_profile, api_key=API_KEY) as own:
        pass
    assert own._client.is_closed


def test_async_context_manager_closes_its_own_http_client(
    runtime: SimpleNamespace, raw_profile: Any
) -> None:
    import asyncio

    async def main() -> Any:
        async with runtime.base_client.AsyncAPIClient(
            profile=raw_profile, api_key=API_KEY
        ) as client:
            return client

    assert asyncio.run(main())._client.is_closed


def test_defaults(runtime: SimpleNamespace, raw_profile: Any) -> None:
    client = runtime.base_client.SyncAPIClient(profile=raw_profile, api_key=API_KEY)

    assert client.base_url == "https://api.raw.test"
    assert client.max_retries == 2
    assert client.timeout == httpx.Timeout(60.0, connect=5.0)
    assert repr(client) == (
        "SyncAPIClient(profile='Raw', base_url='https://api.raw.test', max_retries=2, "
        "timeout=Timeout(connect=5.0, read=60.0, write=60.0, pool=60.0))"
    )
    with pytest.raises(ValueError, match="max_retries"):
        runtime.base_client.SyncAPIClient(profile=raw_profile, api_key=API_KEY, max_retries=-1)


def test_debug_logging_shows_each_try_without_the_key(
    flavour: Any, raw_profile: Any, caplog: pytest.LogCaptureFixture
) -> None:
    server = Server(reply(503), reply(200))
    client = flavour.client(raw_profile, server, api_key=API_KEY)

    with caplog.at_level(logging.DEBUG, logger="voiceclone"):
        client.request_empty("GET", "/v1/voices")

    lines = [record.getMessage() for record in caplog.records if record.name == "voiceclone"]
    assert re.fullmatch(
        r"GET https://api.raw.test/v1/voices -> 503 on try 1 in \d+\.\d{3}s", lines[0]
    )
    assert lines[1].startswith("Retrying GET https://api.raw.test/v1/voices in ")
    assert lines[1].endswith("(retry 1 of 2)")
    assert re.fullmatch(
        r"GET https://api.raw.test/v1/voices -> 200 on try 2 in \d+\.\d{3}s", lines[2]
    )
    assert all(API_KEY not in line for line in lines)


def test_repr_of_an_api_error_shows_the_status_code_and_request_id(
    flavour: Any, raw_profile: Any
) -> None:
    body = {"errors": [{"error": "VOICE_GONE", "message": "No such voice"}]}

    def gone(request: httpx.Request) -> httpx.Response:
        return httpx.Response(404, json=body, headers={"x-request-id": "req_7"}, request=request)

    client = flavour.client(raw_profile, gone, api_key=API_KEY)
    errors = flavour.runtime.exceptions

    with pytest.raises(errors.NotFoundError) as caught:
        client.request_empty("GET", "/voices/v1")

    assert repr(caught.value) == (
        "NotFoundError(status_code=404, code='VOICE_GONE', message='No such voice', "
        "request_id='req_7')"
    )
