"""Authentication: every kind of security scheme, alternatives, OAuth2 tokens, and secrets kept
out of messages, logs and reprs (templates/runtime/_auth.py.jinja).

Every test taking ``flavour`` runs against the sync and the async client alike.
"""

import base64
import logging
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest

SECRET = "sk-live-S3CRET/+key"  # characters that URL-encoding changes
PASSWORD = "pa55:word"
CLIENT_SECRET = "cs-very-secret-01"
TOKEN = "tok-issued-by-the-server-42"

Handler = Callable[[httpx.Request], httpx.Response]


def profile(runtime: Any, *schemes: Any, security: tuple[tuple[str, ...], ...]) -> Any:
    base = runtime.base_client
    return base.VendorProfile(
        name="Secured",
        default_base_url="https://api.secured.test/v1",
        api_key_env="SECURED_TEST_API_KEY",
        error=base.ErrorSpec(message_pointers=("/message",)),
        schemes=schemes,
        security=security,
    )


def scheme(runtime: Any, name: str, kind: str, **fields: Any) -> Any:
    return runtime.auth.SecurityScheme(name=name, kind=kind, **fields)


def oauth_profile(
    runtime: Any,
    token_url: str = "https://auth.secured.test/oauth/token",
    scopes: tuple[str, ...] = (),
) -> Any:
    """A vendor whose one scheme is OAuth2's client-credentials flow."""
    oauth = scheme(
        runtime,
        "O",
        "oauth2_client_credentials",
        prefix="Bearer ",
        token_url=token_url,
        scopes=scopes,
    )
    return profile(runtime, oauth, security=(("O",),))


class Recorder:
    """Answers the API's calls with ``api`` and the token endpoint with ``token``."""

    def __init__(self, api: Handler | None = None, token: Handler | None = None) -> None:
        self.api = api or (lambda request: httpx.Response(200, json={"ok": True}))
        self.token = token or (
            lambda request: httpx.Response(200, json={"access_token": TOKEN, "expires_in": 3600})
        )
        self.calls: list[httpx.Request] = []
        self.token_calls: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/token":
            self.token_calls.append(request)
            return self.token(request)
        self.calls.append(request)
        return self.api(request)


@pytest.fixture(autouse=True)
def no_credentials_in_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("API_KEY", "USERNAME", "PASSWORD", "CLIENT_ID", "CLIENT_SECRET", "APP_ID"):
        monkeypatch.delenv(f"SECURED_TEST_{name}", raising=False)


def call(client: Any, **kwargs: Any) -> Any:
    return client.request_json("GET", "/things", cast_to=dict, **kwargs)


def test_api_key_in_the_query_is_sent_and_hidden_from_errors_and_logs(
    flavour: Any, runtime: Any, caplog: pytest.LogCaptureFixture
) -> None:
    secured = profile(
        runtime,
        scheme(runtime, "Q", "api_key", location="query", parameter="key"),
        security=(("Q",),),
    )
    server = Recorder(api=lambda r: httpx.Response(500, json={"message": f"bad key {SECRET}"}))
    client = flavour.client(secured, server, api_key=SECRET, max_retries=1)

    with (
        caplog.at_level(logging.DEBUG, logger="voiceclone"),
        pytest.raises(runtime.exceptions.InternalServerError) as caught,
    ):
        call(client)

    assert parse_qs(server.calls[0].url.query.decode())["key"] == [SECRET]
    assert "authorization" not in server.calls[0].headers
    shown = str(caught.value) + repr(caught.value) + caplog.text + repr(client)
    assert "[redacted]" in str(caught.value)
    for form in (SECRET, "S3CRET%2F%2Bkey", "S3CRET/%2Bkey"):
        assert form not in shown


def test_api_key_in_a_cookie(flavour: Any, runtime: Any) -> None:
    secured = profile(
        runtime,
        scheme(runtime, "C", "api_key", location="cookie", parameter="session"),
        security=(("C",),),
    )
    server = Recorder()
    call(flavour.client(secured, server, api_key="abc123"))

    assert server.calls[0].headers["cookie"] == "session=abc123"


def test_http_basic_sends_username_and_password(flavour: Any, runtime: Any) -> None:
    secured = profile(runtime, scheme(runtime, "B", "basic"), security=(("B",),))
    server = Recorder()
    call(flavour.client(secured, server, username="ada", password=PASSWORD))

    expected = base64.b64encode(f"ada:{PASSWORD}".encode()).decode()
    assert server.calls[0].headers["authorization"] == f"Basic {expected}"


def test_basic_without_a_password_names_both_arguments_and_variables(
    flavour: Any, runtime: Any
) -> None:
    secured = profile(runtime, scheme(runtime, "B", "basic"), security=(("B",),))

    with pytest.raises(runtime.exceptions.MissingAPIKeyError) as caught:
        flavour.client(secured, Recorder(), username="ada")

    message = str(caught.value)
    assert "username=..., password=..." in message
    assert "SECURED_TEST_USERNAME, SECURED_TEST_PASSWORD" in message


def test_credentials_come_from_the_environment(
    flavour: Any, runtime: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SECURED_TEST_USERNAME", "ada")
    monkeypatch.setenv("SECURED_TEST_PASSWORD", PASSWORD + "\n")
    secured = profile(runtime, scheme(runtime, "B", "basic"), security=(("B",),))
    server = Recorder()
    call(flavour.client(secured, server))

    assert server.calls[0].headers["authorization"].startswith("Basic ")


def test_the_first_alternative_the_client_can_meet_is_sent(flavour: Any, runtime: Any) -> None:
    secured = profile(
        runtime,
        scheme(runtime, "B", "basic"),
        scheme(runtime, "H", "api_key", location="header", parameter="X-Key"),
        security=(("B",), ("H",)),
    )
    server = Recorder()
    call(flavour.client(secured, server, api_key=SECRET))

    assert server.calls[0].headers["x-key"] == SECRET
    assert "authorization" not in server.calls[0].headers


def test_schemes_required_together_are_all_sent(flavour: Any, runtime: Any) -> None:
    secured = profile(
        runtime,
        scheme(runtime, "H", "api_key", location="header", parameter="X-Key"),
        scheme(runtime, "B", "basic"),
        security=(("H", "B"),),
    )
    server = Recorder()
    call(flavour.client(secured, server, api_key=SECRET, username="ada", password=PASSWORD))

    headers = server.calls[0].headers
    assert headers["x-key"] == SECRET and headers["authorization"].startswith("Basic ")


def test_an_operation_without_security_needs_no_credentials(flavour: Any, runtime: Any) -> None:
    open_api = profile(runtime, scheme(runtime, "T", "bearer", prefix="Bearer "), security=())
    server = Recorder()
    client = flavour.client(open_api, server)

    call(client)
    assert "authorization" not in server.calls[0].headers
    # An operation of its own security asks for the token only when it is called.
    with pytest.raises(runtime.exceptions.MissingAPIKeyError, match=r"GET /things: No API key"):
        call(client, security=(("T",),))
    call(client, security=(("T",), ()))  # optional authentication
    assert len(server.calls) == 2


def test_oauth2_client_credentials_fetches_one_token_and_reuses_it(
    flavour: Any, runtime: Any
) -> None:
    secured = oauth_profile(runtime, scopes=("read", "write"))
    server = Recorder()
    client = flavour.client(secured, server, client_id="app", client_secret=CLIENT_SECRET)

    call(client)
    call(client)

    (token_call,) = server.token_calls
    form = parse_qs(token_call.content.decode())
    assert form == {"grant_type": ["client_credentials"], "scope": ["read write"]}
    expected = base64.b64encode(f"app:{CLIENT_SECRET}".encode()).decode()
    assert token_call.headers["authorization"] == f"Basic {expected}"
    assert [r.headers["authorization"] for r in server.calls] == [f"Bearer {TOKEN}"] * 2


def test_an_expired_token_is_fetched_again(flavour: Any, runtime: Any) -> None:
    secured = oauth_profile(runtime, token_url="/oauth/token")
    server = Recorder(
        token=lambda r: httpx.Response(200, json={"access_token": TOKEN, "expires_in": 1})
    )
    client = flavour.client(secured, server, client_id="app", client_secret=CLIENT_SECRET)

    call(client)
    call(client)

    assert len(server.token_calls) == 2  # 1 s minus the refresh margin: already stale
    # RFC 3986 resolution, as OpenAPI asks: an absolute path replaces the base URL's.
    assert server.token_calls[0].url == "https://api.secured.test/oauth/token"


def test_a_refused_token_request_is_an_authentication_error_without_the_secret(
    flavour: Any, runtime: Any
) -> None:
    secured = oauth_profile(runtime)
    server = Recorder(
        token=lambda r: httpx.Response(401, json={"message": f"unknown secret {CLIENT_SECRET}"})
    )
    client = flavour.client(secured, server, client_id="app", client_secret=CLIENT_SECRET)

    with pytest.raises(runtime.exceptions.AuthenticationError) as caught:
        call(client)

    assert CLIENT_SECRET not in str(caught.value)
    assert server.calls == []


def test_a_given_access_token_is_used_instead_of_fetching_one(flavour: Any, runtime: Any) -> None:
    secured = oauth_profile(runtime)
    server = Recorder()
    call(flavour.client(secured, server, api_key=TOKEN))

    assert server.token_calls == []
    assert server.calls[0].headers["authorization"] == f"Bearer {TOKEN}"


def test_with_options_keeps_every_credential(flavour: Any, runtime: Any) -> None:
    secured = profile(runtime, scheme(runtime, "B", "basic"), security=(("B",),))
    server = Recorder()
    client = flavour.client(secured, server, username="ada", password=PASSWORD)

    call(client.with_options(max_retries=0))

    assert server.calls[0].headers["authorization"].startswith("Basic ")
    assert PASSWORD not in repr(client)


def two_keys(runtime: Any) -> Any:
    """An API that wants an application id and a key in every request (Algolia's way)."""
    return profile(
        runtime,
        scheme(runtime, "appId", "api_key", parameter="X-App-Id", credential="app_id"),
        scheme(runtime, "apiKey", "api_key", parameter="X-Api-Key"),
        security=(("appId", "apiKey"),),
    )


def test_two_keys_required_together_are_two_values(
    flavour: Any, runtime: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SECURED_TEST_APP_ID", "app-7")
    server = Recorder(api=lambda r: httpx.Response(500, json={"message": "no app-7"}))
    client = flavour.client(two_keys(runtime), server, api_key=SECRET, max_retries=0)

    with pytest.raises(runtime.exceptions.InternalServerError) as caught:
        call(client)
    headers = server.calls[0].headers
    assert (headers["x-app-id"], headers["x-api-key"]) == ("app-7", SECRET)
    # Both are secrets to the client: neither is shown back.
    assert "app-7" not in str(caught.value)
    # A copy keeps both.
    with pytest.raises(runtime.exceptions.InternalServerError):
        call(client.with_options(timeout=5))
    assert server.calls[1].headers["x-app-id"] == "app-7"


def test_a_missing_second_key_names_its_argument_and_variable(flavour: Any, runtime: Any) -> None:
    with pytest.raises(runtime.exceptions.MissingAPIKeyError) as caught:
        flavour.client(two_keys(runtime), Recorder(), api_key=SECRET)

    message = str(caught.value)
    assert "app_id=..., api_key=..." in message
    assert "SECURED_TEST_APP_ID, SECURED_TEST_API_KEY" in message


def test_a_refused_token_is_fetched_afresh_once(flavour: Any, runtime: Any) -> None:
    issued = iter(["tok-revoked", "tok-fresh", "tok-third"])
    server = Recorder(
        api=lambda r: httpx.Response(
            200 if r.headers["authorization"] == "Bearer tok-fresh" else 401,
            json={"message": "token expired"},
        ),
        token=lambda r: httpx.Response(200, json={"access_token": next(issued)}),
    )
    client = flavour.client(
        oauth_profile(runtime), server, client_id="app", client_secret=CLIENT_SECRET
    )

    assert call(client) == {"message": "token expired"}  # the 200 after a new token
    assert [r.headers["authorization"] for r in server.calls] == [
        "Bearer tok-revoked",
        "Bearer tok-fresh",
    ]
    assert len(server.token_calls) == 2


def test_a_replacement_token_refused_too_is_the_error(flavour: Any, runtime: Any) -> None:
    server = Recorder(api=lambda r: httpx.Response(401, json={"message": "no such client"}))
    client = flavour.client(
        oauth_profile(runtime), server, client_id="app", client_secret=CLIENT_SECRET
    )

    with pytest.raises(runtime.exceptions.AuthenticationError):
        call(client)
    # One fresh token, not one per retry.
    assert (len(server.token_calls), len(server.calls)) == (2, 2)
    assert flavour.sleeps == [0.0]
