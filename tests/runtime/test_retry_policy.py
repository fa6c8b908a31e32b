"""Which requests are tried again: any that may be sent twice; a POST or PATCH only when it
surely never reached the server, unless it carries an idempotency key.

Every test taking ``flavour`` runs against the sync and the async client alike.
"""

from typing import Any

import httpx
import pytest

API_KEY = "sk-test-0123456789-secret"


class Server:
    """Answers the tries in order; the last answer repeats. An exception class is raised as
    httpx would report that failure."""

    def __init__(self, *answers: int | type[httpx.TransportError]) -> None:
        self.answers = answers
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        answer = self.answers[min(len(self.requests), len(self.answers) - 1)]
        self.requests.append(request)
        if isinstance(answer, int):
            return httpx.Response(answer, json={}, request=request)
        raise answer("simulated", request=request)


@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE"])
@pytest.mark.parametrize("fault", [503, 429, httpx.ReadTimeout, httpx.RemoteProtocolError])
def test_idempotent_requests_are_retried(
    flavour: Any, raw_profile: Any, method: str, fault: Any
) -> None:
    server = Server(fault, 204)
    client = flavour.client(raw_profile, server, api_key=API_KEY)

    client.request_empty(method, "/v1/voices/v1")

    assert len(server.requests) == 2


@pytest.mark.parametrize("method", ["POST", "PATCH"])
@pytest.mark.parametrize(
    ("fault", "error"),
    [
        (503, "InternalServerError"),
        (429, "RateLimitError"),
        (httpx.ReadTimeout, "APITimeoutError"),
        (httpx.RemoteProtocolError, "APIConnectionError"),
    ],
)
def test_a_post_the_server_may_have_seen_is_sent_once(
    flavour: Any, raw_profile: Any, method: str, fault: Any, error: str
) -> None:
    server = Server(fault, 204)
    client = flavour.client(raw_profile, server, api_key=API_KEY)

    with pytest.raises(getattr(flavour.runtime.exceptions, error)):
        client.request_empty(method, "/v1/voices/clone")

    assert len(server.requests) == 1
    assert flavour.sleeps == []


@pytest.mark.parametrize("fault", [httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout])
def test_a_post_that_never_left_is_retried(flavour: Any, raw_profile: Any, fault: Any) -> None:
    server = Server(fault, 204)
    client = flavour.client(raw_profile, server, api_key=API_KEY)

    client.request_empty("POST", "/v1/voices/clone")

    assert len(server.requests) == 2


def test_an_idempotency_key_makes_a_post_retried_with_the_same_key(
    flavour: Any, raw_profile: Any
) -> None:
    server = Server(503, 204)
    client = flavour.client(raw_profile, server, api_key=API_KEY)

    client.request_empty("POST", "/v1/voices/clone", idempotency_header="Idempotency-Key")
    client.request_empty("POST", "/v1/voices/clone", idempotency_header="Idempotency-Key")

    keys = [r.headers["idempotency-key"] for r in server.requests]
    assert len(keys) == 3  # the first call tried twice, the second once
    assert keys[0] == keys[1] != keys[2]
    assert len(keys[0]) == 36  # a UUID


def test_a_key_the_caller_gives_is_the_one_sent(flavour: Any, raw_profile: Any) -> None:
    server = Server(503, 204)
    client = flavour.client(raw_profile, server, api_key=API_KEY)

    client.request_empty(
        "POST",
        "/v1/voices/clone",
        headers={"Idempotency-Key": "mine"},
        idempotency_header="Idempotency-Key",
    )

    assert [r.headers["idempotency-key"] for r in server.requests] == ["mine", "mine"]
