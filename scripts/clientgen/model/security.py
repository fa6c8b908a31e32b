"""How a generated client authenticates: a document's security schemes and requirements.

Every scheme OpenAPI has becomes one the runtime sends (``_auth.py``): an API key in a header,
the query or a cookie; HTTP basic; a bearer token (HTTP bearer, any other HTTP scheme word,
OAuth2 flows other than client credentials, OpenID Connect); OAuth2's client-credentials flow,
whose token the runtime fetches. A scheme that cannot be sent (mutual TLS, an API key with no
name) is a warning and is left out: the user's ``http_client`` can still carry it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any, Literal

from clientgen.core.diagnostics import Diagnostic
from clientgen.core.naming import numbered, snake_case
from clientgen.core.openapi import json_pointer

SchemeKind = Literal["api_key", "basic", "bearer", "oauth2_client_credentials"]
KeyLocation = Literal["header", "query", "cookie"]
# The scheme names one alternative needs, all of them; an operation accepts any alternative.
Requirement = tuple[str, ...]

# The runtime's constructor arguments each kind takes, in the order a signature lists them.
_CREDENTIALS: dict[SchemeKind, tuple[str, ...]] = {
    "api_key": ("api_key",),
    "bearer": ("api_key",),
    "basic": ("username", "password"),
    "oauth2_client_credentials": ("api_key", "client_id", "client_secret"),
}
_ARGUMENT_ORDER = ("api_key", "username", "password", "client_id", "client_secret")
# The kinds whose value is one key or token the user gives.
_KEYED: tuple[SchemeKind, ...] = ("api_key", "bearer")
# Names a scheme's own credential may not take: the other arguments of the constructor.
_TAKEN_ARGUMENTS = frozenset({*_ARGUMENT_ORDER, "base_url", "timeout", "max_retries",
                              "default_headers", "http_client", "profile", "keys"})  # fmt: skip


@dataclass(frozen=True)
class AuthScheme:
    """One security scheme as the runtime's ``SecurityScheme`` takes it."""

    name: str
    kind: SchemeKind
    location: KeyLocation = "header"
    parameter: str = "Authorization"
    prefix: str = ""
    token_url: str | None = None
    scopes: tuple[str, ...] = ()
    # The constructor argument that holds this scheme's key: ``api_key``, unless an
    # alternative needs it together with another key (``app_id`` beside ``api_key``).
    credential: str = "api_key"


@dataclass(frozen=True)
class Security:
    """A document's schemes and the alternatives its operations accept by default."""

    schemes: tuple[AuthScheme, ...]
    default: tuple[Requirement, ...]

    @property
    def credential_arguments(self) -> tuple[str, ...]:
        """The constructor arguments the client offers: ``api_key`` always (a key, a token,
        or nothing for an API without authentication), the rest as its schemes need them."""
        wanted = {"api_key", *(arg for s in self.schemes for arg in _CREDENTIALS[s.kind])}
        return (
            *(arg for arg in _ARGUMENT_ORDER[:1] if arg in wanted),
            *self.scheme_keys,
            *(arg for arg in _ARGUMENT_ORDER[1:] if arg in wanted),
        )

    @property
    def scheme_keys(self) -> tuple[str, ...]:
        """The keys of schemes that need one of their own (see ``AuthScheme.credential``)."""
        own = (s.credential for s in self.schemes if s.credential != "api_key")
        return tuple(dict.fromkeys(own))


def read_security(doc: dict[str, Any], source: str, warnings: list[Diagnostic]) -> Security:
    """The document's schemes, each checked, and its default requirement."""
    declared = (doc.get("components") or {}).get("securitySchemes") or {}
    schemes: dict[str, AuthScheme] = {}
    for name, scheme in declared.items() if isinstance(declared, dict) else ():
        where = json_pointer("components", "securitySchemes", name)
        auth = _scheme(str(name), scheme if isinstance(scheme, dict) else {}, doc)
        if isinstance(auth, str):
            warnings.append(Diagnostic(auth, file=source, pointer=where))
        else:
            schemes[auth.name] = auth
    known = _own_keys(tuple(schemes.values()), doc)
    default = requirements(doc.get("security"), known, source, json_pointer("security"), warnings)
    return Security(schemes=known, default=() if default is None else default)


def _own_keys(schemes: tuple[AuthScheme, ...], doc: dict[str, Any]) -> tuple[AuthScheme, ...]:
    """``schemes``, each keyed scheme that some alternative needs beside another keyed scheme
    given a credential of its own, named after the scheme (``appId`` → ``app_id``): two keys
    sent together are two values, where two alternatives take the same key in two places."""
    keyed = {s.name for s in schemes if s.kind in _KEYED}
    together: dict[str, None] = {}
    for alternative in _alternatives(doc):
        names = [str(name) for name in alternative if name in keyed]
        if len(set(names)) > 1:
            together.update(dict.fromkeys(names))
    taken: set[str] = set(_TAKEN_ARGUMENTS - {"api_key"})
    renamed: dict[str, str] = {}
    for scheme in schemes:
        if scheme.name not in together:
            continue
        base = snake_case(scheme.name)
        name = base if base not in taken else numbered(base, taken.__contains__)
        taken.add(name)
        renamed[scheme.name] = name
    return tuple(
        replace(s, credential=renamed[s.name]) if s.name in renamed else s for s in schemes
    )


def _alternatives(doc: dict[str, Any]) -> list[dict[Any, Any]]:
    """Every alternative of every ``security`` the document states, default and per
    operation."""
    found: list[object] = [doc.get("security")]
    for item in (doc.get("paths") or {}).values():
        if isinstance(item, dict):
            found += [op.get("security") for op in item.values() if isinstance(op, dict)]
    return [
        alternative
        for value in found
        for alternative in (value if isinstance(value, list) else ())
        if isinstance(alternative, dict)
    ]


def requirements(
    value: object,
    schemes: Iterable[AuthScheme],
    source: str,
    pointer: str,
    warnings: list[Diagnostic],
) -> tuple[Requirement, ...] | None:
    """A ``security`` value as alternatives; None when it is absent (the default applies).

    An alternative naming a scheme the document does not declare (or that was left out)
    cannot be met: it is dropped with a warning. ``[]`` means no authentication, and an
    empty alternative ``{}`` makes authentication optional.
    """
    if value is None:
        return None
    if not isinstance(value, list):
        warnings.append(Diagnostic("security is not a list; ignored", file=source, pointer=pointer))
        return None
    names = {scheme.name for scheme in schemes}
    kept: list[Requirement] = []
    for index, alternative in enumerate(value):
        if not isinstance(alternative, dict):
            continue
        unknown = sorted(str(name) for name in alternative if name not in names)
        if unknown:
            warnings.append(
                Diagnostic(
                    f"security names {', '.join(map(repr, unknown))}, which no usable scheme "
                    "declares; that alternative is left out",
                    file=source,
                    pointer=f"{pointer}/{index}",
                )
            )
            continue
        requirement = tuple(str(name) for name in alternative)
        if requirement not in kept:
            kept.append(requirement)
    return tuple(kept)


def _scheme(name: str, scheme: dict[str, Any], doc: dict[str, Any]) -> AuthScheme | str:
    """The scheme as the runtime sends it, or why it cannot be sent."""
    kind = scheme.get("type")
    if kind == "apiKey":
        location, parameter = scheme.get("in"), scheme.get("name")
        if location not in ("header", "query", "cookie") or not isinstance(parameter, str):
            return (
                f"security scheme {name!r} is an API key with no usable 'in' and 'name' "
                f"({location!r}, {parameter!r}); it is left out"
            )
        return AuthScheme(name=name, kind="api_key", location=location, parameter=parameter)
    if kind == "http":
        word = str(scheme.get("scheme") or "").strip()
        if word.lower() == "basic":
            return AuthScheme(name=name, kind="basic")
        # Bearer, and any other scheme word (Token, Digest's precomputed value...): the
        # user's token after the word.
        prefix = "Bearer " if word.lower() in ("bearer", "") else f"{word} "
        return AuthScheme(name=name, kind="bearer", prefix=prefix)
    if kind == "oauth2":
        flows = scheme.get("flows")
        flow = flows.get("clientCredentials") if isinstance(flows, dict) else None
        if isinstance(flow, dict) and isinstance(flow.get("tokenUrl"), str):
            return AuthScheme(
                name=name,
                kind="oauth2_client_credentials",
                prefix="Bearer ",
                token_url=flow["tokenUrl"],
                scopes=_requested_scopes(name, doc),
            )
        return AuthScheme(name=name, kind="bearer", prefix="Bearer ")
    if kind == "openIdConnect":
        return AuthScheme(name=name, kind="bearer", prefix="Bearer ")
    return (
        f"security scheme {name!r} of type {kind!r} cannot be sent by the client (pass an "
        "http_client configured for it); it is left out"
    )


def _requested_scopes(name: str, doc: dict[str, Any]) -> tuple[str, ...]:
    """The scopes the document's requirements ask of scheme ``name``, in order of mention."""
    scopes: dict[str, None] = {}
    for alternative in _alternatives(doc):
        if isinstance(alternative.get(name), list):
            scopes.update(dict.fromkeys(str(scope) for scope in alternative[name]))
    return tuple(scopes)
