"""How the client proves who it is: the API's security schemes and the credentials for them.

An operation states which schemes it accepts as alternatives (OpenAPI's ``security``); each
alternative names schemes that must all be satisfied. The client sends the first alternative
whose credentials it holds. Credentials come from the constructor or environment variables and
never appear in a repr, a log line or an exception message.
"""

from __future__ import annotations

import base64
import os
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Final, Literal
from urllib.parse import quote, quote_plus

import httpx
import pydantic_core
from pydantic import SecretStr

from ._exceptions import MissingAPIKeyError

SchemeKind = Literal["api_key", "basic", "bearer", "oauth2_client_credentials"]
Location = Literal["header", "query", "cookie"]
# The names of the schemes one alternative needs, all of them.
Requirement = tuple[str, ...]

# A token is refreshed this long before the server says it expires.
_TOKEN_MARGIN_SECONDS: Final = 30.0


@dataclass(frozen=True)
class SecurityScheme:
    """One way the API authenticates a request (an OpenAPI security scheme).

    ``api_key`` sends the key in ``location`` under ``parameter``; ``bearer`` sends
    ``Authorization: <prefix><token>``; ``basic`` sends the username and password;
    ``oauth2_client_credentials`` fetches a token from ``token_url`` with the client id and
    secret (and uses an access token given as ``api_key`` instead, when there is one).
    ``credential`` names the argument an ``api_key`` or ``bearer`` scheme's value comes from:
    ``api_key``, or a name of its own where the API wants two keys at once.
    """

    name: str
    kind: SchemeKind
    location: Location = "header"
    parameter: str = "Authorization"
    prefix: str = ""
    token_url: str | None = None
    scopes: tuple[str, ...] = ()
    credential: str = "api_key"


def _needs(scheme: SecurityScheme) -> tuple[tuple[str, ...], ...]:
    """The ways to satisfy ``scheme``, each the constructor arguments it takes."""
    if scheme.kind == "basic":
        return (("username", "password"),)
    if scheme.kind == "oauth2_client_credentials":
        return (("api_key",), ("client_id", "client_secret"))
    return ((scheme.credential,),)


CREDENTIAL_NAMES: Final = ("api_key", "username", "password", "client_id", "client_secret")
# Names, not secrets: hiding them would blank out ordinary words of a message.
_NOT_SECRET: Final = frozenset({"username", "client_id"})


def _clean(value: str | None, name: str, env: str, api: str) -> SecretStr | None:
    if value is None:
        value = os.environ.get(env)
    # Keys pasted from a terminal or a .env file often carry a trailing newline.
    value = (value or "").strip()
    if not value:
        return None
    # A control character would make the header invalid, and httpx's error would quote it.
    if any(ord(ch) < 0x20 or ord(ch) == 0x7F for ch in value):
        raise MissingAPIKeyError(
            f"The {name} for {api} contains control characters (from {name}=... or {env}); "
            "it is not shown here."
        )
    return SecretStr(value)


class Credentials:
    """The secrets a client holds, from its arguments or ``<PREFIX>_<NAME>`` variables."""

    def __init__(self, api: str, env_prefix: str, given: Mapping[str, str | None]) -> None:
        """``given`` holds every credential the API's schemes use, by argument name (the
        common ones of ``CREDENTIAL_NAMES`` and the keys of schemes that have their own)."""
        self.api = api
        self.env_prefix = env_prefix
        self._values: dict[str, SecretStr] = {}
        for name in dict.fromkeys([*CREDENTIAL_NAMES, *given]):
            value = _clean(given.get(name), name, self.env_name(name), api)
            if value is not None:
                self._values[name] = value
        self._token: SecretStr | None = None
        self._token_expires = 0.0
        # Whether the server refused the last token fetched, and whether the one held now
        # was fetched to replace a refused one (that one is not replaced again).
        self._token_refused = False
        self._token_replaces_refused = False

    def env_name(self, name: str) -> str:
        """The environment variable a credential is read from (``BLAND_API_KEY``)."""
        return f"{self.env_prefix}_{name.upper()}"

    def get(self, name: str) -> str | None:
        """A credential's value, or None when the client holds none."""
        value = self._values.get(name)
        return None if value is None else value.get_secret_value()

    def given(self) -> dict[str, str]:
        """Every credential held, by argument name (for a copy of the client)."""
        return {name: value.get_secret_value() for name, value in self._values.items()}

    def can_satisfy(self, scheme: SecurityScheme) -> bool:
        return any(all(name in self._values for name in need) for need in _needs(scheme))

    def choose(
        self, alternatives: Sequence[Requirement], schemes: Mapping[str, SecurityScheme]
    ) -> Requirement | None:
        """The first alternative this client can satisfy; None when it can satisfy none."""
        for alternative in alternatives:
            if all(self.can_satisfy(schemes[name]) for name in alternative):
                return alternative
        return None

    def missing_message(
        self, alternatives: Sequence[Requirement], schemes: Mapping[str, SecurityScheme]
    ) -> str:
        """What the user must pass (or set) to satisfy one of the alternatives."""
        ways: list[str] = []
        for alternative in alternatives:
            needs = [_needs(schemes[name])[-1] for name in alternative]
            names = [name for need in needs for name in need]
            if names == ["api_key"]:
                ways.append(f"pass api_key=... to the client or set the {self.env_name('api_key')}")
                continue
            ways.append(
                "pass "
                + ", ".join(f"{name}=..." for name in dict.fromkeys(names))
                + " (or set "
                + ", ".join(self.env_name(name) for name in dict.fromkeys(names))
                + ")"
            )
        if len(ways) == 1 and ways[0].startswith("pass api_key=..."):
            return f"No API key for {self.api}: {ways[0]} environment variable."
        return f"No credentials for {self.api}: " + "; or ".join(ways) + "."

    # -- OAuth2 tokens -------------------------------------------------------------------

    def needs_token(self, scheme: SecurityScheme) -> bool:
        """Whether sending ``scheme`` first takes a token from its token URL."""
        return scheme.kind == "oauth2_client_credentials" and "api_key" not in self._values

    def token_valid(self) -> bool:
        return self._token is not None and time.monotonic() < self._token_expires

    def token_request(self, scheme: SecurityScheme, base_url: str) -> httpx.Request:
        """The client-credentials grant (RFC 6749 section 4.4) for ``scheme``."""
        form = {"grant_type": "client_credentials"}
        if scheme.scopes:
            form["scope"] = " ".join(scheme.scopes)
        # RFC 6749 section 2.3.1: each part form-encoded before the Basic pair is made.
        client_id = quote_plus(self.get("client_id") or "")
        pair = f"{client_id}:{quote_plus(self.get('client_secret') or '')}"
        return httpx.Request(
            "POST",
            httpx.URL(base_url + "/").join(scheme.token_url or ""),
            data=form,
            headers={
                "Accept": "application/json",
                "Authorization": "Basic " + base64.b64encode(pair.encode()).decode(),
            },
        )

    def accept_token(self, response: httpx.Response) -> bool:
        """Keep the token of a 2xx token response; False when it holds none."""
        try:
            body = pydantic_core.from_json(response.content)
        except ValueError:
            return False
        token = body.get("access_token") if isinstance(body, dict) else None
        if not isinstance(token, str) or not token:
            return False
        expires_in = body.get("expires_in")
        lifetime = float(expires_in) if isinstance(expires_in, int | float) else 3600.0
        self._token = SecretStr(token)
        self._token_expires = time.monotonic() + max(lifetime - _TOKEN_MARGIN_SECONDS, 0.0)
        self._token_replaces_refused, self._token_refused = self._token_refused, False
        return True

    def refuse_token(self, scheme: SecurityScheme, request: httpx.Request) -> bool:
        """After a 401 to ``request``: whether to try again with a token fetched afresh (a
        token revoked or expired early). Once: a token that replaced a refused one is not
        replaced in turn. True also when another call has fetched a new token meanwhile."""
        if self._token is None or not self.needs_token(scheme):
            return False
        sent = request.headers.get(scheme.parameter)
        if sent != scheme.prefix + self._token.get_secret_value():
            return True
        if self._token_replaces_refused:
            return False
        self._token, self._token_expires, self._token_refused = None, 0.0, True
        return True

    # -- sending -------------------------------------------------------------------------

    def apply(
        self,
        alternative: Requirement,
        schemes: Mapping[str, SecurityScheme],
        headers: httpx.Headers,
        params: list[tuple[str, str]],
    ) -> None:
        """Put the credentials of ``alternative`` into a request's headers and query."""
        cookies: list[str] = []
        for name in alternative:
            scheme = schemes[name]
            if scheme.kind == "basic":
                pair = f"{self.get('username')}:{self.get('password')}"
                headers["Authorization"] = "Basic " + base64.b64encode(pair.encode()).decode()
                continue
            if scheme.kind == "oauth2_client_credentials" and self.needs_token(scheme):
                value = self._token.get_secret_value() if self._token else ""
            else:
                value = self.get(scheme.credential) or ""
            value = scheme.prefix + value
            if scheme.location == "query":
                params.append((scheme.parameter, value))
            elif scheme.location == "cookie":
                cookies.append(f"{scheme.parameter}={quote(value, safe='')}")
            else:
                headers[scheme.parameter] = value
        if cookies:
            headers["Cookie"] = "; ".join([*filter(None, [headers.get("Cookie")]), *cookies])

    def secrets(self) -> list[str]:
        """Every secret this client could send, as written and as encoded on the wire."""
        values = [self.get(name) for name in self._values if name not in _NOT_SECRET]
        if self._token is not None:
            values.append(self._token.get_secret_value())
        username, password = self.get("username"), self.get("password")
        if username is not None and password is not None:
            values.append(base64.b64encode(f"{username}:{password}".encode()).decode())
        plain = [value for value in values if value]
        encoded = [form for value in plain for form in (quote(value, safe=""), quote_plus(value))]
        # Longest first, so that a secret is not left half-shown by a shorter one inside it.
        return sorted({*plain, *encoded}, key=len, reverse=True)


def redact(text: str, secrets: Sequence[str]) -> str:
    """``text`` with every secret replaced: servers echo the key they rejected."""
    for secret in secrets:
        text = text.replace(secret, "[redacted]")
    return text
