"""Security schemes and requirements in the API model (model/security.py): every kind OpenAPI
has, alternatives, per-operation security, and what cannot be sent (a warning, never a stop)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from clientgen.cli import main
from clientgen.core.diagnostics import Diagnostic
from clientgen.model.builder import build_api_model
from clientgen.model.security import AuthScheme, read_security


def _document(schemes: dict[str, Any], default: Any = None, **op: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "openapi": "3.0.3",
        "info": {"title": "Secured", "version": "1"},
        "paths": {"/things": {"get": {"operationId": "listThings", "responses": {"204": {
            "description": "none"}}, **op}}},
        "components": {"securitySchemes": schemes},
    }  # fmt: skip
    if default is not None:
        doc["security"] = default
    return doc


def _read(doc: dict[str, Any]) -> tuple[Any, list[Diagnostic]]:
    warnings: list[Diagnostic] = []
    return read_security(doc, "secured.yaml", warnings), warnings


def test_every_scheme_kind_openapi_has() -> None:
    schemes = {
        "header": {"type": "apiKey", "in": "header", "name": "X-Key"},
        "query": {"type": "apiKey", "in": "query", "name": "key"},
        "cookie": {"type": "apiKey", "in": "cookie", "name": "session"},
        "basic": {"type": "http", "scheme": "Basic"},
        "bearer": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"},
        "token": {"type": "http", "scheme": "Token"},
        "implicit": {"type": "oauth2", "flows": {"implicit": {
            "authorizationUrl": "https://auth.test/authorize", "scopes": {}}}},
        "machine": {"type": "oauth2", "flows": {"clientCredentials": {
            "tokenUrl": "https://auth.test/token", "scopes": {"read": "", "admin": ""}}}},
        "oidc": {"type": "openIdConnect", "openIdConnectUrl": "https://auth.test/.well-known"},
    }  # fmt: skip
    security, warnings = _read(_document(schemes, [{"machine": ["read"]}]))

    assert warnings == []
    assert security.default == (("machine",),)
    by_name = {s.name: s for s in security.schemes}
    assert by_name["header"] == AuthScheme("header", "api_key", "header", "X-Key")
    assert by_name["query"] == AuthScheme("query", "api_key", "query", "key")
    assert by_name["cookie"] == AuthScheme("cookie", "api_key", "cookie", "session")
    assert by_name["basic"].kind == "basic"
    assert (by_name["bearer"].kind, by_name["bearer"].prefix) == ("bearer", "Bearer ")
    assert by_name["token"].prefix == "Token "
    assert (by_name["implicit"].kind, by_name["oidc"].kind) == ("bearer", "bearer")
    machine = by_name["machine"]
    assert machine.kind == "oauth2_client_credentials"
    assert (machine.token_url, machine.scopes) == ("https://auth.test/token", ("read",))
    assert security.credential_arguments == (
        "api_key", "username", "password", "client_id", "client_secret"
    )  # fmt: skip


def test_a_scheme_that_cannot_be_sent_is_left_out_with_a_warning_naming_it() -> None:
    schemes = {
        "tls": {"type": "mutualTLS"},
        "nameless": {"type": "apiKey", "in": "header"},
        "key": {"type": "apiKey", "in": "header", "name": "X-Key"},
    }
    security, warnings = _read(_document(schemes, [{"tls": []}, {"key": []}]))

    assert [s.name for s in security.schemes] == ["key"]
    assert security.default == (("key",),)
    pointers = [w.pointer for w in warnings]
    assert pointers == [
        "/components/securitySchemes/tls",
        "/components/securitySchemes/nameless",
        "/security/0",
    ]
    assert all(w.file == "secured.yaml" for w in warnings)


def test_no_schemes_means_no_authentication_and_an_optional_key() -> None:
    security, warnings = _read(_document({}))

    assert (security.schemes, security.default, warnings) == ((), (), [])
    assert security.credential_arguments == ("api_key",)


def test_an_operation_states_its_security_only_where_it_differs() -> None:
    key = {"key": {"type": "apiKey", "in": "query", "name": "key"}}
    same, other, public = (
        build_api_model([("s", _document(key, [{"key": []}], security=value), "s.yaml")])[0]
        for value in ([{"key": []}], [{"key": []}, {}], [])
    )

    def operation(namespace: Any) -> Any:
        return namespace.root.children["things"].operations[0]

    assert operation(same).security is None
    assert operation(other).security == (("key",), ())
    assert operation(public).security == ()


def test_credential_parameters_are_not_method_arguments() -> None:
    key = {"key": {"type": "apiKey", "in": "query", "name": "api_key"}}
    doc = _document(
        key,
        [{"key": []}],
        parameters=[
            {"name": "api_key", "in": "query", "schema": {"type": "string"}},
            {"name": "q", "in": "query", "schema": {"type": "string"}},
        ],
    )
    from clientgen.spec.normalize import normalize

    [namespace] = build_api_model([("s", normalize(doc, "s.yaml"), "s.yaml")])

    assert [p.py_name for p in namespace.root.children["things"].operations[0].params] == ["q"]


_KEYS = {
    "appId": {"type": "apiKey", "in": "header", "name": "X-App-Id"},
    "apiKey": {"type": "apiKey", "in": "header", "name": "X-Api-Key"},
    "queryKey": {"type": "apiKey", "in": "query", "name": "key"},
}


def test_keys_sent_together_each_take_an_argument_of_their_own() -> None:
    security, _ = _read(_document(_KEYS, [{"appId": [], "apiKey": []}, {"queryKey": []}]))

    by_name = {s.name: s.credential for s in security.schemes}
    # The two sent together are two values; the alternative takes the one key.
    assert by_name == {"appId": "app_id", "apiKey": "api_key", "queryKey": "api_key"}
    assert security.credential_arguments == ("api_key", "app_id")
    assert security.scheme_keys == ("app_id",)


def test_the_same_key_in_two_places_is_one_argument() -> None:
    security, _ = _read(_document(_KEYS, [{"apiKey": []}, {"queryKey": []}]))

    assert {s.credential for s in security.schemes} == {"api_key"}
    assert security.credential_arguments == ("api_key",)


def test_an_own_key_never_takes_another_arguments_name() -> None:
    schemes = {
        "timeout": {"type": "apiKey", "in": "header", "name": "X-A"},
        "password": {"type": "apiKey", "in": "header", "name": "X-B"},
    }
    # Named in an operation's security only: every alternative counts.
    security, _ = _read(_document(schemes, security=[{"timeout": [], "password": []}]))

    assert [s.credential for s in security.schemes] == ["timeout_2", "password_2"]


def test_a_generated_client_takes_and_sends_both_keys(tmp_path: Path) -> None:
    spec = tmp_path / "keyed.json"
    document = _document(_KEYS, [{"appId": [], "apiKey": []}])
    spec.write_text(json.dumps(document), encoding="utf-8")
    assert main(["client", str(spec), "--out", str(tmp_path / "out"), "--package", "keyed"]) == 0
    probe = """
import httpx
from keyed.keyed import Keyed
seen = []
def answer(request):
    seen.append(request.headers)
    return httpx.Response(204)
http = httpx.Client(transport=httpx.MockTransport(answer))
client = Keyed(app_id="app-7", api_key="k-1", base_url="https://api.test", http_client=http)
client.things.list()
print(seen[0]["x-app-id"], seen[0]["x-api-key"])
"""
    done = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=tmp_path / "out" / "src",
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["app-7", "k-1"]
