"""The HTTP machinery every vendor client is built on.

A generated vendor client subclasses :class:`SyncAPIClient` or :class:`AsyncAPIClient` and
passes a :class:`VendorProfile`, which says everything that differs between vendors: where the
API key goes, the shape of error bodies, the success envelope. Nothing here names a vendor.

Request building, retry decisions, error mapping and response parsing are plain functions
shared by both flavours; each client class only runs the I/O loop (send, sleep, repeat).
"""

import email.utils
import enum
import inspect
import logging
import os
import random
import re
import sys
import time
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from types import TracebackType
from typing import Final, Generic, Self, TypedDict, TypeVar, cast
from urllib.parse import quote

import anyio
import httpx
import pydantic
import pydantic_core

from ._auth import CREDENTIAL_NAMES, Credentials, Requirement, SecurityScheme, redact
from ._constants import (
    BUFFERED_BINARY_MAX_BYTES,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    DISTRIBUTION,
    INITIAL_RETRY_DELAY,
    LOGGER_NAME,
    MAX_RETRY_AFTER,
    MAX_RETRY_DELAY,
    REQUEST_ID_HEADERS,
    RETRYABLE_STATUS_CODES,
    VERSION,
)
from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    MissingAPIKeyError,
    status_error_class,
)
from ._files import FileInput, LoadedFile, read_file
from ._models import BaseModel
from ._response import (
    BinaryResponse,
    _declared_length,
    raw_capture_active,
    record_raw_response,
)
from ._tolerant import RootMismatch, index_free, type_adapter, validate_tolerantly
from ._types import NOT_GIVEN, NotGiven

__all__ = [
    "AsyncAPIClient",
    "AsyncAPIResource",
    "EnvelopeSpec",
    "ErrorSpec",
    "RequestOptions",
    "SecurityScheme",
    "SyncAPIClient",
    "SyncAPIResource",
    "VendorProfile",
    "request_options",
]

log = logging.getLogger(LOGGER_NAME)

T = TypeVar("T")
_HttpClientT = TypeVar("_HttpClientT", httpx.Client, httpx.AsyncClient)

_MISSING: Final = object()
# RFC 9110's idempotent methods; POST and PATCH may do something each time they arrive.
_IDEMPOTENT_METHODS: Final = frozenset({"DELETE", "GET", "HEAD", "OPTIONS", "PUT", "TRACE"})
# Errors that leave no doubt the request never reached the server.
_NOT_SENT_ERRORS: Final = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
_MAX_MESSAGE_CHARS: Final = 1000
_PATH_PARAM: Final = re.compile(r"\{([^{}]+)\}")
_USER_AGENT: Final = (
    f"{DISTRIBUTION}/{VERSION} python/{sys.version_info.major}.{sys.version_info.minor} "
    f"httpx/{httpx.__version__}"
)


# --------------------------------------------------------------------------------------------
# What a vendor declares
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ErrorSpec:
    """Where an error body keeps its code and message, as JSON pointers tried in order.

    A pointer counts only when it reaches a string or a number, so one profile can list the
    pointers of several body shapes (``/error/code``, ``/errors/0/error``, ``/detail/0/type``).
    """

    code_pointers: tuple[str, ...] = ()
    message_pointers: tuple[str, ...] = ()


@dataclass(frozen=True)
class EnvelopeSpec:
    """A success envelope such as ``{"data": ..., "meta": {"request_id": ...}}``."""

    data_pointer: str
    request_id_pointer: str | None = None


@dataclass(frozen=True)
class VendorProfile:
    """Everything the runtime needs to know about one vendor's API."""

    name: str
    default_base_url: str
    api_key_env: str
    error: ErrorSpec
    envelope: EnvelopeSpec | None = None
    # Every scheme of the API, and the alternatives an operation accepts when it states none
    # of its own (``()``: no authentication).
    schemes: tuple[SecurityScheme, ...] = ()
    security: tuple[Requirement, ...] = ()

    @property
    def env_prefix(self) -> str:
        """What every credential's environment variable starts with (``BLAND``)."""
        return self.api_key_env.removesuffix("_API_KEY")


class RequestOptions(TypedDict, total=False):
    """Per-call overrides, accepted by every generated method as ``options=``.

    A key left out, or set to None, keeps the client's setting (but ``timeout``).

    - ``timeout``: seconds or an ``httpx.Timeout`` for this call; None for no timeout,
      ``NOT_GIVEN`` for the client's.
    - ``max_retries``: retries for this call (0 disables them).
    - ``extra_headers``: headers added to (or replacing) the ones the client sends; a None
      value removes that header.
    - ``extra_query``: query parameters added to (or replacing) the documented ones.
    - ``extra_body``: fields merged into the JSON or form body, for fields the spec lacks.
    """

    timeout: float | httpx.Timeout | NotGiven | None
    max_retries: int | None
    extra_headers: Mapping[str, str | None] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None


def request_options(
    timeout: float | httpx.Timeout | NotGiven | None,
    max_retries: int | None,
    extra_headers: Mapping[str, str | None] | None,
    extra_query: Mapping[str, object] | None,
    extra_body: Mapping[str, object] | None,
) -> RequestOptions:
    """A generated method's per-call arguments as :class:`RequestOptions`, in one line: they
    are the same, in this order, in every method's signature."""
    return {
        "timeout": timeout,
        "max_retries": max_retries,
        "extra_headers": extra_headers,
        "extra_query": extra_query,
        "extra_body": extra_body,
    }


# --------------------------------------------------------------------------------------------
# Building a request
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Body:
    """An encoded request body: JSON bytes, form fields, multipart files, or nothing."""

    content: bytes | None = None
    data: dict[str, str | list[str]] | None = None
    files: list[tuple[str, tuple[str | None, bytes, str | None]]] | None = None
    content_type: str | None = None


@dataclass(frozen=True, slots=True)
class _PreparedRequest:
    """Everything needed to send one call, computed once and re-sent as is on each retry."""

    method: str
    url: str
    params: tuple[tuple[str, str], ...]
    # The OAuth2 scheme whose token each try sends (fetched when missing or expired).
    token_scheme: SecurityScheme | None
    headers: httpx.Headers
    body: _Body
    timeout: httpx.Timeout
    max_retries: int
    # Whether sending it twice does what sending it once does (its method, or a fresh
    # idempotency key): only then is it retried after it may have reached the server.
    idempotent: bool


def _format_value(value: object) -> str:
    """The wire form of a path, query or form value."""
    if isinstance(value, bool):  # before int: bool is an int
        return "true" if value else "false"
    if isinstance(value, enum.Enum):
        return _format_value(value.value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


def _encode_pairs(values: Mapping[str, object]) -> list[tuple[str, str]]:
    """Query, form or header pairs: None and NOT_GIVEN dropped, bools as true/false, lists and
    tuples repeated."""
    pairs: list[tuple[str, str]] = []
    for key, value in values.items():
        if value is None or value is NOT_GIVEN:
            continue
        if isinstance(value, list | tuple | set | frozenset):
            pairs.extend((key, _format_value(item)) for item in value if item is not None)
        else:
            pairs.append((key, _format_value(value)))
    return pairs


def _merge_pairs(
    base: list[tuple[str, str]], overrides: Mapping[str, object] | None
) -> list[tuple[str, str]]:
    if not overrides:
        return base
    replaced = set(overrides)
    return [pair for pair in base if pair[0] not in replaced] + _encode_pairs(overrides)


def _render_path(path: str, path_params: Mapping[str, object] | None) -> str:
    """Fill ``{name}`` placeholders, each value percent-encoded as one whole path segment.

    ``quote(..., safe="")`` turns ``../admin`` into ``..%2Fadmin`` and ``a/b?c`` into
    ``a%2Fb%3Fc``, so a value can never add a segment, a query or a fragment. The segments
    ``.`` and ``..`` contain nothing to encode but would still be resolved by URL
    normalisation, so they (and empty values, which would turn ``/voices/{id}/samples`` into
    a different endpoint) are refused.
    """
    params = path_params or {}

    def substitute(match: re.Match[str]) -> str:
        name = match.group(1)
        if params.get(name) is None:
            raise ValueError(f"missing path parameter {name!r} for {path}")
        value = _format_value(params[name])
        if value in ("", ".", ".."):
            raise ValueError(f"path parameter {name!r} must not be {value!r}")
        return quote(value, safe="")

    rendered = _PATH_PARAM.sub(substitute, path)
    return rendered if rendered.startswith("/") else "/" + rendered


def _to_jsonable(value: object) -> object:
    """Turn models (at any depth) into plain JSON data, leaving everything else as given."""
    if isinstance(value, pydantic.BaseModel):
        return value.model_dump(mode="json", by_alias=True, exclude_none=True)
    if isinstance(value, Mapping):
        return {key: _to_jsonable(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_to_jsonable(item) for item in value]
    return value


def _encode_body(
    json: object,
    files: Sequence[tuple[str, FileInput | LoadedFile]] | None,
    data: Mapping[str, object] | None,
    extra_body: Mapping[str, object] | None,
) -> _Body:
    """JSON when ``json`` is given; otherwise a form, multipart for a multipart operation
    (``files`` given, even empty)."""
    if files is not None or data is not None:
        if json is not None:
            raise TypeError("a request body is either json or files/data, not both")
        pairs = _encode_pairs({**(data or {}), **(extra_body or {})})
        # Files are read here, once, so that every retry sends the same bytes.
        loaded = [(field, read_file(file)) for field, file in files or ()]
        multipart: list[tuple[str, tuple[str | None, bytes, str | None]]] = [
            (field, (f.filename, f.content, f.content_type)) for field, f in loaded
        ]
        if files is not None and not multipart:
            # A multipart operation called without files is still multipart: httpx would send
            # the fields urlencoded, so they go as parts without a file name.
            multipart = [(key, (None, value.encode("utf-8"), None)) for key, value in pairs]
            pairs = []
        form: dict[str, str | list[str]] = {}
        for key, value in pairs:
            existing = form.get(key)
            if existing is None:
                form[key] = value
            elif isinstance(existing, list):
                existing.append(value)
            else:
                form[key] = [existing, value]
        return _Body(data=form, files=multipart or None)
    if json is None and not extra_body:
        return _Body()
    body = _to_jsonable(json)
    if extra_body:
        if body is None:
            body = {}
        if not isinstance(body, dict):
            raise TypeError("extra_body can only be merged into a JSON object body")
        body.update({key: _to_jsonable(value) for key, value in extra_body.items()})
    return _Body(content=pydantic_core.to_json(body), content_type="application/json")


def _as_timeout(timeout: float | httpx.Timeout | NotGiven | None) -> httpx.Timeout:
    # As in httpx, None is no timeout at all; an argument left out is the default.
    if timeout is NOT_GIVEN:
        return DEFAULT_TIMEOUT
    if isinstance(timeout, httpx.Timeout):
        return timeout
    return httpx.Timeout(timeout)


# --------------------------------------------------------------------------------------------
# Retry decisions
# --------------------------------------------------------------------------------------------


def _parse_retry_after(headers: httpx.Headers) -> float | None:
    """Seconds the server asks us to wait, from ``retry-after-ms`` or ``Retry-After``."""
    milliseconds = headers.get("retry-after-ms")
    if milliseconds is not None:
        try:
            return max(float(milliseconds) / 1000, 0.0)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return max(float(value), 0.0)
    except ValueError:
        pass
    try:  # an HTTP date
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max((when - datetime.now(UTC)).total_seconds(), 0.0)


def _backoff(retries_done: int) -> float:
    # Full jitter (a uniform draw below the exponential ceiling) spreads clients that failed
    # together, so they do not retry in lockstep.
    ceiling = min(INITIAL_RETRY_DELAY * 2**retries_done, MAX_RETRY_DELAY)
    return random.uniform(0, ceiling)


def _is_retryable_status(status_code: int) -> bool:
    return status_code in RETRYABLE_STATUS_CODES or status_code >= 500


def _retry_delay(
    retries_done: int, max_retries: int, response: httpx.Response | None
) -> float | None:
    """Seconds to wait before the next try, or None to stop.

    ``response`` is None after a (retryable) connection error.
    """
    if retries_done >= max_retries:
        return None
    if response is None:
        return _backoff(retries_done)
    if response.is_success or not _is_retryable_status(response.status_code):
        return None
    retry_after = _parse_retry_after(response.headers)
    if retry_after is None:
        return _backoff(retries_done)
    if retry_after > MAX_RETRY_AFTER:
        return None  # the server wants a long pause: let the caller see the error now
    return retry_after


def _is_retryable_error(error: httpx.TransportError) -> bool:
    # Timeouts, refused or reset connections and a server hanging up mid-response are worth
    # another try; an unsupported scheme or an invalid request would fail the same way again.
    return isinstance(
        error,
        httpx.TimeoutException | httpx.NetworkError | httpx.RemoteProtocolError | httpx.ProxyError,
    )


def _must_read(response: httpx.Response, stream: bool) -> bool:
    """Whether a final streamed response's body is read before returning or raising.

    An error body is read to build the typed error; a success body is read only when it
    declares itself small, so that a download of any size keeps memory flat.
    """
    if not stream:
        return False  # read by httpx already
    if not response.is_success:
        return True
    size = _declared_length(response.headers)
    return size is not None and size <= BUFFERED_BINARY_MAX_BYTES


# --------------------------------------------------------------------------------------------
# Reading a response
# --------------------------------------------------------------------------------------------


def _resolve_pointer(document: object, pointer: str) -> object:
    """The value at an RFC 6901 JSON pointer, or ``_MISSING``."""
    if pointer == "":
        return document
    if not pointer.startswith("/"):
        return _MISSING
    current = document
    for token in pointer[1:].split("/"):
        token = token.replace("~1", "/").replace("~0", "~")
        if isinstance(current, dict):
            if token not in current:
                return _MISSING
            current = current[token]
        elif isinstance(current, list) and token.isdigit():
            index = int(token)
            if index >= len(current):
                return _MISSING
            current = current[index]
        else:
            return _MISSING
    return current


def _first_scalar(document: object, pointers: Sequence[str]) -> str | None:
    for pointer in pointers:
        text = _scalar_text(_resolve_pointer(document, pointer))
        if text:
            return text
    return None


def _scalar_text(value: object) -> str | None:
    if isinstance(value, str) and value:
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None


def _error_message(document: object, pointers: Sequence[str]) -> str | None:
    """The vendor's error message, saying which field it is about when the body does.

    Validation errors are usually a list of ``{"loc": [...], "msg": ...}`` (FastAPI) or
    ``{"field": ..., "message": ...}`` items, and the message alone ("Field required") does not
    say what is missing: the item's location is put in front, and the count of the others
    after.
    """
    for pointer in pointers:
        text = _scalar_text(_resolve_pointer(document, pointer))
        if not text:
            continue
        parent_pointer, _, _ = pointer.rpartition("/")
        item = _resolve_pointer(document, parent_pointer)
        where = _error_location(item) if isinstance(item, dict) else None
        if where and where not in text:
            text = f"{where}: {text}"
        list_pointer, _, index = parent_pointer.rpartition("/")
        items = _resolve_pointer(document, list_pointer)
        if index.isdigit() and isinstance(items, list) and len(items) > 1:
            text += f" (and {len(items) - 1} more)"
        return text
    return None


def _error_location(item: dict[str, object]) -> str | None:
    loc = item.get("loc")
    if isinstance(loc, list) and loc:
        # FastAPI's first part says where ("body", "query"), which the field name makes plain.
        parts = loc[1:] if loc[0] in ("body", "query", "path", "header") and len(loc) > 1 else loc
        return ".".join(str(part) for part in parts)
    for key in ("field", "param", "parameter", "property", "path"):
        value = item.get(key)
        if isinstance(value, str) and value:
            return value
    return None


def _header_request_id(response: httpx.Response) -> str | None:
    for header in REQUEST_ID_HEADERS:
        value: str | None = response.headers.get(header)
        if value:
            return value
    return None


def _request_id(
    response: httpx.Response, body: object, envelope: EnvelopeSpec | None
) -> str | None:
    """The envelope's request id when there is one, else the header's."""
    if envelope is not None and envelope.request_id_pointer is not None:
        value = _resolve_pointer(body, envelope.request_id_pointer)
        if isinstance(value, str) and value:
            return value
    return _header_request_id(response)


def _shorten(text: str) -> str:
    text = text.strip()
    if len(text) > _MAX_MESSAGE_CHARS:
        return text[:_MAX_MESSAGE_CHARS] + f"... ({len(text)} characters)"
    return text


def _make_status_error(
    response: httpx.Response, profile: VendorProfile, secrets: Sequence[str]
) -> APIStatusError:
    """The typed exception for a non-2xx response whose body has been read."""
    text = response.text
    body: object
    try:
        body = pydantic_core.from_json(response.content) if response.content else text
    except ValueError:
        body = text
    code = _first_scalar(body, profile.error.code_pointers)
    message = _error_message(body, profile.error.message_pointers)
    if message is None:
        # Undocumented shape, HTML from a proxy, or an empty body: the raw text still helps.
        message = _shorten(text) or response.reason_phrase or "Unknown error"
        location = response.headers.get("location")
        if response.is_redirect and location:
            message += f" (redirect to {location} not followed)"
    error_class = status_error_class(response.status_code)
    return error_class(
        redact(message, secrets),
        response=response,
        body=redact(body, secrets) if isinstance(body, str) else body,
        code=code,
        request_id=_request_id(response, body, profile.envelope),
    )


# ("vendor METHOD /path", field path without list indices) already logged: once each per
# process.
_REPORTED_MISMATCHES: Final[set[tuple[str, str]]] = set()


def _type_adapter(cast_to: type[T]) -> pydantic.TypeAdapter[T]:
    return cast("pydantic.TypeAdapter[T]", type_adapter(cast_to))


def _type_name(cast_to: object) -> str:
    return getattr(cast_to, "__name__", None) or repr(cast_to)


def _validation_message(error: pydantic.ValidationError, cast_to: object) -> str:
    problems = "; ".join(
        f"{'.'.join(str(part) for part in item['loc']) or '(root)'}: {item['msg']}"
        for item in error.errors(include_url=False, include_input=False)[:5]
    )
    more = error.error_count() - 5
    suffix = f"; and {more} more" if more > 0 else ""
    return f"response does not match {_type_name(cast_to)}: {problems}{suffix}"


def _parse_json(
    response: httpx.Response,
    cast_to: type[T],
    envelope: EnvelopeSpec | None,
    secrets: Sequence[str] = (),
    *,
    operation: str = "",
    strict: bool = True,
) -> T:
    """Validate a 2xx JSON body (unwrapping the envelope) into ``cast_to``.

    Without an envelope the bytes go straight to pydantic's JSON parser; with one the body is
    parsed once, and the value at the data pointer (or, when absent, the whole body) is
    validated. A body that does not match raises unless ``strict`` is false: it is then
    rebuilt tolerantly (see ``_tolerant``) and each difference logged once per ``operation``.
    """
    adapter = _type_adapter(cast_to)
    content = response.content
    body: object = _MISSING
    try:
        if envelope is None:
            result = adapter.validate_json(content)
        else:
            body = pydantic_core.from_json(content)
            data = _resolve_pointer(body, envelope.data_pointer)
            result = adapter.validate_python(body if data is _MISSING else data)
    except pydantic.ValidationError as err:
        if any(item["type"] == "json_invalid" for item in err.errors(include_url=False)):
            message = "response body is not valid JSON"
            raise _validation_error(
                response, message, _header_request_id(response), secrets
            ) from err
        if body is _MISSING:
            body = pydantic_core.from_json(content)
        request_id = _request_id(response, body, envelope)
        if strict:
            message = _validation_message(err, cast_to)
            raise _validation_error(response, message, request_id, secrets) from err
        result = _tolerant_result(response, cast_to, body, envelope, operation, secrets)
    except ValueError as err:  # pydantic_core.from_json on invalid JSON
        message = "response body is not valid JSON"
        raise _validation_error(response, message, _header_request_id(response), secrets) from err
    if isinstance(result, BaseModel):
        result._request_id = _request_id(response, body, envelope)
    return result


def _tolerant_result(
    response: httpx.Response,
    cast_to: type[T],
    body: object,
    envelope: EnvelopeSpec | None,
    operation: str,
    secrets: Sequence[str],
) -> T:
    """``body`` rebuilt as ``cast_to`` despite its differences, which are logged."""
    data = body if envelope is None else _resolve_pointer(body, envelope.data_pointer)
    try:
        result, mismatches = validate_tolerantly(cast_to, body if data is _MISSING else data)
    except RootMismatch as err:
        message = f"response does not match {_type_name(cast_to)}: {err}"
        request_id = _request_id(response, body, envelope)
        raise _validation_error(response, message, request_id, secrets) from err
    for mismatch in mismatches:
        key = (operation, index_free(mismatch.path))
        if key not in _REPORTED_MISMATCHES:
            _REPORTED_MISMATCHES.add(key)
            log.warning(
                "%s: the response differs from the documented %s at %s; kept as sent "
                "(a client with strict_response_validation=True raises instead)",
                operation,
                _type_name(cast_to),
                mismatch,
            )
    return cast("T", result)


def _validation_error(
    response: httpx.Response, message: str, request_id: str | None, secrets: Sequence[str]
) -> APIResponseValidationError:
    request = response.request
    return APIResponseValidationError(
        redact(f"{request.method} {request.url}: {message}", secrets),
        response=response,
        body=response.text,
        request_id=request_id,
    )


def _connection_error(
    error: httpx.TransportError, request: httpx.Request, secrets: Sequence[str]
) -> APIConnectionError:
    if isinstance(error, httpx.TimeoutException):
        return APITimeoutError(
            redact(
                f"Request timed out: {request.method} {request.url} ({type(error).__name__})",
                secrets,
            ),
            request=request,
        )
    # httpx's own text ("[Errno 111] Connection refused") says what failed. It does not quote
    # headers; redacting it anyway keeps the guarantee independent of httpx's wording.
    detail = str(error) or type(error).__name__
    return APIConnectionError(
        redact(f"Connection error: {request.method} {request.url}: {detail}", secrets),
        request=request,
    )


# --------------------------------------------------------------------------------------------
# The clients
# --------------------------------------------------------------------------------------------


class _BaseClient(Generic[_HttpClientT]):
    """State and request preparation shared by the sync and async clients."""

    _client: _HttpClientT

    def __init__(
        self,
        *,
        profile: VendorProfile,
        api_key: str | None = None,
        username: str | None = None,
        password: str | None = None,
        client_id: str | None = None,
        client_secret: str | None = None,
        keys: Mapping[str, str | None] | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: _HttpClientT | None = None,
        strict_response_validation: bool = False,
    ) -> None:
        if max_retries < 0:
            raise ValueError(f"max_retries must be 0 or more, not {max_retries}")
        self._profile = profile
        self._schemes = {scheme.name: scheme for scheme in profile.schemes}
        self._credentials = Credentials(
            profile.name,
            profile.env_prefix,
            {
                # Every scheme's own key is looked for, in the environment at least.
                **{scheme.credential: None for scheme in profile.schemes},
                "api_key": api_key,
                "username": username,
                "password": password,
                "client_id": client_id,
                "client_secret": client_secret,
                **(keys or {}),
            },
        )
        # A client that could authenticate no call of the API's default is a mistake better
        # told now than at the first request.
        default = profile.security
        if default and self._credentials.choose(default, self._schemes) is None:
            raise MissingAPIKeyError(self._credentials.missing_message(default, self._schemes))
        # Self-hosted APIs (and staging hosts) are pointed at without touching code.
        base_url = base_url or os.environ.get(f"{profile.env_prefix}_BASE_URL")
        self._base_url = (base_url or profile.default_base_url).rstrip("/")
        self._timeout = _as_timeout(timeout)
        self._max_retries = max_retries
        self._strict_response_validation = strict_response_validation
        self._default_headers: dict[str, str] = dict(default_headers or {})
        # A client passed in belongs to the caller, who closes it; ours we close.
        self._owns_http_client = http_client is None
        self._client = http_client if http_client is not None else self._make_http_client()

    def _make_http_client(self) -> _HttpClientT:
        raise NotImplementedError

    @property
    def profile(self) -> VendorProfile:
        """The vendor this client talks to."""
        return self._profile

    @property
    def base_url(self) -> str:
        """The URL every request path is appended to."""
        return self._base_url

    @property
    def timeout(self) -> httpx.Timeout:
        """The default timeout of a call."""
        return self._timeout

    @property
    def max_retries(self) -> int:
        """The default number of retries of a call."""
        return self._max_retries

    def with_options(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
        http_client: _HttpClientT | None = None,
        strict_response_validation: bool | None = None,
    ) -> Self:
        """A copy of this client with some settings changed; arguments left out are kept.

        The copy shares this client's connection pool (unless ``http_client`` is given), so it
        is cheap: ``client.with_options(max_retries=5).voices.list()``. ``default_headers``
        are added to the current ones.

        A subclass whose constructor does not take ``profile`` (a generated vendor client) must
        accept the other keyword arguments of :class:`SyncAPIClient`.
        """
        given = self._credentials.given()
        own_keys = {name: value for name, value in given.items() if name not in CREDENTIAL_NAMES}
        kwargs: dict[str, object] = {
            **given,
            **({"api_key": api_key} if api_key is not None else {}),
            "base_url": base_url if base_url is not None else self._base_url,
            "timeout": self._timeout if timeout is NOT_GIVEN else timeout,
            "max_retries": max_retries if max_retries is not None else self._max_retries,
            "default_headers": {**self._default_headers, **(default_headers or {})},
            "http_client": http_client if http_client is not None else self._client,
            "strict_response_validation": (
                self._strict_response_validation
                if strict_response_validation is None
                else strict_response_validation
            ),
        }
        cls = type(self)
        accepted = inspect.signature(cls).parameters
        if "profile" in accepted:
            # The base class takes the schemes' own keys as one mapping, a vendor client
            # each as an argument.
            kwargs = {name: value for name, value in kwargs.items() if name not in own_keys}
            kwargs.update(profile=self._profile, keys=own_keys)
        # A vendor client takes only the credentials its API's schemes use.
        if not any(p.kind is inspect.Parameter.VAR_KEYWORD for p in accepted.values()):
            kwargs = {name: value for name, value in kwargs.items() if name in accepted}
        return cast("Callable[..., Self]", cls)(**kwargs)

    def _prepare(
        self,
        method: str,
        path: str,
        *,
        accept: str,
        path_params: Mapping[str, object] | None,
        query: Mapping[str, object] | None,
        json: object,
        files: Sequence[tuple[str, FileInput | LoadedFile]] | None,
        data: Mapping[str, object] | None,
        headers: Mapping[str, object] | None,
        options: RequestOptions | None,
        security: Sequence[Requirement] | None = None,
        idempotency_header: str | None = None,
    ) -> _PreparedRequest:
        """Turn one call's arguments into a request that can be sent (and re-sent)."""
        options = options or {}
        body = _encode_body(json, files, data, options.get("extra_body"))

        # Lowest precedence first: ours, the client's defaults, the generated operation's,
        # then the caller's extra_headers, which have the last word.
        request_headers = httpx.Headers({"Accept": accept, "User-Agent": _USER_AGENT})
        if body.content_type is not None:
            request_headers["Content-Type"] = body.content_type
        request_headers.update(self._default_headers)
        # An optional header parameter left out (or None) is simply not sent.
        request_headers.update(_encode_pairs(headers or {}))
        for name, value in (options.get("extra_headers") or {}).items():
            if value is None:
                request_headers.pop(name, None)
            else:
                request_headers[name] = value

        params = _merge_pairs(_encode_pairs(query or {}), options.get("extra_query"))
        token_scheme = self._authenticate(
            f"{method.upper()} {path}", security, request_headers, params
        )

        idempotent = method.upper() in _IDEMPOTENT_METHODS
        if idempotency_header is not None:
            # One key per call, the same on every try: the server then does it at most once.
            request_headers.setdefault(idempotency_header, str(uuid.uuid4()))
            idempotent = True

        timeout = options.get("timeout", NOT_GIVEN)
        max_retries = options.get("max_retries")
        if max_retries is not None and max_retries < 0:
            raise ValueError(f"max_retries must be 0 or more, not {max_retries}")
        return _PreparedRequest(
            method=method.upper(),
            url=self._base_url + _render_path(path, path_params),
            params=tuple(params),
            token_scheme=token_scheme,
            headers=request_headers,
            body=body,
            timeout=self._timeout if timeout is NOT_GIVEN else _as_timeout(timeout),
            max_retries=self._max_retries if max_retries is None else max_retries,
            idempotent=idempotent,
        )

    def _authenticate(
        self,
        operation: str,
        security: Sequence[Requirement] | None,
        headers: httpx.Headers,
        params: list[tuple[str, str]],
    ) -> SecurityScheme | None:
        """Add the credentials of the first alternative this client holds; return the OAuth2
        scheme whose token must be fetched before sending, if any."""
        alternatives = self._profile.security if security is None else tuple(security)
        if not alternatives:
            return None
        chosen = self._credentials.choose(alternatives, self._schemes)
        if chosen is None:
            message = self._credentials.missing_message(alternatives, self._schemes)
            raise MissingAPIKeyError(f"{operation}: {message}")
        # Applied after the headers the caller may override: auth is the client's to send.
        self._credentials.apply(chosen, self._schemes, headers, params)
        pending = [self._schemes[name] for name in chosen]
        return next((s for s in pending if self._credentials.needs_token(s)), None)

    def _token_failed(self, response: httpx.Response) -> Exception:
        """The error for a token request that gave no token (the secret never in it)."""
        secrets = self._credentials.secrets()
        if not response.is_success:
            return _make_status_error(response, self._profile, secrets)
        request = response.request
        message = f"{request.method} {request.url}: the token response holds no access_token"
        return APIResponseValidationError(
            redact(message, secrets),
            response=response,
            body=redact(response.text, secrets),
            request_id=_header_request_id(response),
        )

    def _build_request(self, prepared: _PreparedRequest) -> httpx.Request:
        # Built afresh for each try: a multipart stream cannot always be replayed, and a
        # token may have been refreshed since the last.
        headers = prepared.headers
        if prepared.token_scheme is not None:
            headers = httpx.Headers(headers)
            self._credentials.apply((prepared.token_scheme.name,), self._schemes, headers, [])
        return self._client.build_request(
            prepared.method,
            prepared.url,
            params=prepared.params,
            headers=headers,
            content=prepared.body.content,
            data=prepared.body.data,
            files=prepared.body.files,
            timeout=prepared.timeout,
        )

    def _retry_after_response(
        self,
        prepared: _PreparedRequest,
        response: httpx.Response,
        retries_done: int,
        started: float,
    ) -> float | None:
        """Log a response; return the seconds to wait before retrying, or None to stop."""
        request = response.request
        log.debug(
            "%s %s -> %d on try %d in %.3fs",
            request.method,
            self._shown_url(request),
            response.status_code,
            retries_done + 1,
            time.monotonic() - started,
        )
        if (
            response.status_code == 401
            and prepared.token_scheme is not None
            and retries_done < prepared.max_retries
            and self._credentials.refuse_token(prepared.token_scheme, request)
        ):
            log.info("%s %s: the access token was refused; fetching a new one", request.method,
                     self._shown_url(request))  # fmt: skip
            return 0.0
        if not prepared.idempotent:
            return None  # the server has seen it: a second try might clone twice
        delay = _retry_delay(retries_done, prepared.max_retries, response)
        if delay is not None:
            self._log_retry(request, delay, retries_done, prepared.max_retries)
        return delay

    def _retry_after_error(
        self,
        prepared: _PreparedRequest,
        request: httpx.Request,
        error: httpx.TransportError,
        retries_done: int,
        started: float,
    ) -> float:
        """Log a failed try; return the seconds to wait, or raise the typed error when final."""
        log.debug(
            "%s %s failed on try %d after %.3fs: %s",
            request.method,
            self._shown_url(request),
            retries_done + 1,
            time.monotonic() - started,
            type(error).__name__,
        )
        retryable = _is_retryable_error(error) and (
            prepared.idempotent or isinstance(error, _NOT_SENT_ERRORS)
        )
        delay = _retry_delay(retries_done, prepared.max_retries, None) if retryable else None
        if delay is None:
            raise _connection_error(error, request, self._credentials.secrets()) from error
        self._log_retry(request, delay, retries_done, prepared.max_retries)
        return delay

    def _shown_url(self, request: httpx.Request) -> str:
        """The request's URL as logs may show it: a key sent in the query is hidden."""
        return redact(str(request.url), self._credentials.secrets())

    def _log_retry(
        self, request: httpx.Request, delay: float, retries_done: int, max_retries: int
    ) -> None:
        log.info(
            "Retrying %s %s in %.2fs (retry %d of %d)",
            request.method,
            self._shown_url(request),
            delay,
            retries_done + 1,
            max_retries,
        )

    def _checked(self, response: httpx.Response) -> httpx.Response:
        """``response`` if it is a 2xx, else its typed :class:`APIStatusError`."""
        if not response.is_success:
            raise _make_status_error(response, self._profile, self._credentials.secrets())
        if raw_capture_active():
            record_raw_response(response, self._raw_request_id(response))
        return response

    def _raw_request_id(self, response: httpx.Response) -> str | None:
        """The request id of a 2xx response, for ``with_raw_response``.

        The envelope's when the body is read JSON with one, else the header's; a streamed body
        is never read for it.
        """
        envelope = self._profile.envelope
        if envelope is None or envelope.request_id_pointer is None:
            return _header_request_id(response)
        try:
            content = response.content
        except httpx.ResponseNotRead:
            return _header_request_id(response)
        media_type = response.headers.get("content-type", "").split(";", 1)[0].strip().lower()
        if not content or not (media_type == "application/json" or media_type.endswith("+json")):
            return _header_request_id(response)
        try:
            body = pydantic_core.from_json(content)
        except ValueError:
            return _header_request_id(response)
        return _request_id(response, body, envelope)

    def _parse_json(self, response: httpx.Response, cast_to: type[T], operation: str) -> T:
        return _parse_json(
            response,
            cast_to,
            self._profile.envelope,
            self._credentials.secrets(),
            operation=f"{self._profile.name} {operation}",
            strict=self._strict_response_validation,
        )

    def _binary(self, response: httpx.Response) -> BinaryResponse:
        """Wrap a 2xx response whose body may still be streaming."""
        request = response.request
        return BinaryResponse.from_response(
            response,
            request_id=_header_request_id(response),
            map_error=lambda error: _connection_error(error, request, self._credentials.secrets()),
        )

    def __repr__(self) -> str:
        # The API key is deliberately absent.
        return (
            f"{type(self).__name__}(profile={self._profile.name!r}, "
            f"base_url={self._base_url!r}, max_retries={self._max_retries}, "
            f"timeout={self._timeout!r})"
        )


class SyncAPIClient(_BaseClient[httpx.Client]):
    """A blocking client; generated vendor clients subclass it.

    Args:
        profile: the vendor's declaration (auth, errors, envelope).
        api_key: the API key, or the access token of a bearer or OAuth2 scheme; defaults to
            the environment variable ``profile.api_key_env``.
        username, password: for HTTP basic authentication (``<PREFIX>_USERNAME``,
            ``<PREFIX>_PASSWORD``).
        client_id, client_secret: for OAuth2's client-credentials flow; the client fetches
            and refreshes its token (``<PREFIX>_CLIENT_ID``, ``<PREFIX>_CLIENT_SECRET``).
        keys: the keys of schemes that take one of their own, by the scheme's ``credential``
            (where the API wants two keys at once; ``<PREFIX>_<NAME>``).
        base_url: defaults to the environment variable ``<PREFIX>_BASE_URL``, else
            ``profile.default_base_url``.
        timeout: seconds or an ``httpx.Timeout``, by default 60 s (5 s to connect); None
            waits forever, as in httpx.
        max_retries: retries (default 2) on connection errors, 408, 409, 429 and 5xx for
            requests that may be sent twice (GET, PUT, DELETE..., or any with an idempotency
            key); a POST or PATCH without one only when it surely never reached the server.
        default_headers: headers sent with every request.
        http_client: an ``httpx.Client`` to use (proxies, custom transports); it is not
            closed by :meth:`close`.
        strict_response_validation: raise :class:`APIResponseValidationError` when a response
            differs from its documented schema. By default the model is returned anyway, what
            differs kept as sent, listed in ``result._mismatches`` and logged once per
            operation and field.

    Raises:
        MissingAPIKeyError: the API asks for credentials by default and none of the ways
            it accepts is given (by argument or environment variable).
    """

    def _make_http_client(self) -> httpx.Client:
        return httpx.Client(timeout=self._timeout)

    def request_json(
        self,
        method: str,
        path: str,
        *,
        cast_to: type[T],
        path_params: Mapping[str, object] | None = None,
        query: Mapping[str, object] | None = None,
        json: object = None,
        files: Sequence[tuple[str, FileInput | LoadedFile]] | None = None,
        data: Mapping[str, object] | None = None,
        headers: Mapping[str, object] | None = None,
        options: RequestOptions | None = None,
        security: Sequence[Requirement] | None = None,
        idempotency_header: str | None = None,
    ) -> T:
        """Send a request and parse its JSON response (unwrapping the envelope) as ``cast_to``.

        ``path`` is a template such as ``/v1/voices/{id}``, filled from ``path_params``.

        Raises:
            APIStatusError: a non-2xx response (a subclass per status).
            APIConnectionError: no response, after the retries.
            APIResponseValidationError: a 2xx body that is not JSON or not even the outer
                shape of ``cast_to`` (with ``strict_response_validation``: not a ``cast_to``).
        """
        prepared = self._prepare(
            method,
            path,
            accept="application/json",
            path_params=path_params,
            query=query,
            json=json,
            files=files,
            data=data,
            headers=headers,
            options=options,
            security=security,
            idempotency_header=idempotency_header,
        )
        response = self._send(prepared)
        return self._parse_json(response, cast_to, f"{method.upper()} {path}")

    def request_binary(
        self,
        method: str,
        path: str,
        *,
        path_params: Mapping[str, object] | None = None,
        query: Mapping[str, object] | None = None,
        json: object = None,
        files: Sequence[tuple[str, FileInput | LoadedFile]] | None = None,
        data: Mapping[str, object] | None = None,
        headers: Mapping[str, object] | None = None,
        options: RequestOptions | None = None,
        security: Sequence[Requirement] | None = None,
        idempotency_header: str | None = None,
    ) -> BinaryResponse:
        """Send a request whose response is a file (audio); see :meth:`request_json`.

        The body is left on the connection, to be streamed to disk
        (:meth:`BinaryResponse.write_to`) or read (:attr:`BinaryResponse.content`); use the
        result as a context manager, or read it to the end, to release the connection.
        """
        prepared = self._prepare(
            method,
            path,
            accept="*/*",
            path_params=path_params,
            query=query,
            json=json,
            files=files,
            data=data,
            headers=headers,
            options=options,
            security=security,
            idempotency_header=idempotency_header,
        )
        return self._binary(self._send(prepared, stream=True))

    def request_empty(
        self,
        method: str,
        path: str,
        *,
        path_params: Mapping[str, object] | None = None,
        query: Mapping[str, object] | None = None,
        json: object = None,
        files: Sequence[tuple[str, FileInput | LoadedFile]] | None = None,
        data: Mapping[str, object] | None = None,
        headers: Mapping[str, object] | None = None,
        options: RequestOptions | None = None,
        security: Sequence[Requirement] | None = None,
        idempotency_header: str | None = None,
    ) -> None:
        """Send a request whose response body, if any, is ignored; see :meth:`request_json`."""
        prepared = self._prepare(
            method,
            path,
            accept="application/json",
            path_params=path_params,
            query=query,
            json=json,
            files=files,
            data=data,
            headers=headers,
            options=options,
            security=security,
            idempotency_header=idempotency_header,
        )
        self._send(prepared)

    def _send(self, prepared: _PreparedRequest, *, stream: bool = False) -> httpx.Response:
        """Send with retries; return the 2xx response or raise.

        With ``stream``, retries and errors are decided on the status and headers alone; the
        body of a retried response is never read, and a 2xx body is left to the caller
        unless :func:`_must_read` says otherwise. Without it, the body is always read.
        """
        retries_done = 0
        while True:
            if prepared.token_scheme is not None:
                self._refresh_token(prepared.token_scheme)
            request = self._build_request(prepared)
            started = time.monotonic()
            response: httpx.Response | None = None
            try:
                # Redirects are not followed: httpx would re-send a custom auth header to
                # whatever host the Location names.
                response = self._client.send(request, stream=stream, follow_redirects=False)
                delay = self._retry_after_response(prepared, response, retries_done, started)
                if delay is None and _must_read(response, stream):
                    response.read()
            except httpx.TransportError as err:
                if response is not None:
                    response.close()
                delay = self._retry_after_error(prepared, request, err, retries_done, started)
            else:
                if delay is None:
                    return self._checked(response)
                response.close()
            self._sleep(delay)
            retries_done += 1

    def _refresh_token(self, scheme: SecurityScheme) -> None:
        """Fetch an OAuth2 token unless the client holds one that is still valid."""
        if self._credentials.token_valid():
            return
        request = self._credentials.token_request(scheme, self._base_url)
        try:
            response = self._client.send(request, follow_redirects=False)
            response.read()
        except httpx.TransportError as err:
            raise _connection_error(err, request, self._credentials.secrets()) from err
        if not (response.is_success and self._credentials.accept_token(response)):
            raise self._token_failed(response)

    def _sleep(self, seconds: float) -> None:
        time.sleep(seconds)

    def close(self) -> None:
        """Close the connection pool (unless it was passed in as ``http_client``)."""
        if self._owns_http_client:
            self._client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


class AsyncAPIClient(_BaseClient[httpx.AsyncClient]):
    """The asyncio (and trio, through anyio) twin of :class:`SyncAPIClient`.

    Takes the same arguments, with an ``httpx.AsyncClient`` as ``http_client``; use it as
    ``async with`` or call ``await client.close()``.
    """

    def _make_http_client(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(timeout=self._timeout)

    async def request_json(
        self,
        method: str,
        path: str,
        *,
        cast_to: type[T],
        path_params: Mapping[str, object] | None = None,
        query: Mapping[str, object] | None = None,
        json: object = None,
        files: Sequence[tuple[str, FileInput | LoadedFile]] | None = None,
        data: Mapping[str, object] | None = None,
        headers: Mapping[str, object] | None = None,
        options: RequestOptions | None = None,
        security: Sequence[Requirement] | None = None,
        idempotency_header: str | None = None,
    ) -> T:
        """Send a request and parse its JSON response; see :meth:`SyncAPIClient.request_json`."""
        prepared = self._prepare(
            method,
            path,
            accept="application/json",
            path_params=path_params,
            query=query,
            json=json,
            files=files,
            data=data,
            headers=headers,
            options=options,
            security=security,
            idempotency_header=idempotency_header,
        )
        response = await self._send(prepared)
        return self._parse_json(response, cast_to, f"{method.upper()} {path}")

    async def request_binary(
        self,
        method: str,
        path: str,
        *,
        path_params: Mapping[str, object] | None = None,
        query: Mapping[str, object] | None = None,
        json: object = None,
        files: Sequence[tuple[str, FileInput | LoadedFile]] | None = None,
        data: Mapping[str, object] | None = None,
        headers: Mapping[str, object] | None = None,
        options: RequestOptions | None = None,
        security: Sequence[Requirement] | None = None,
        idempotency_header: str | None = None,
    ) -> BinaryResponse:
        """Send a request whose response is a file (audio); see :meth:`request_json`.

        The body is left on the connection: ``await audio.awrite_to(path)``,
        ``aiter_bytes()`` or ``aread()``, and ``async with`` to release it unread.
        """
        prepared = self._prepare(
            method,
            path,
            accept="*/*",
            path_params=path_params,
            query=query,
            json=json,
            files=files,
            data=data,
            headers=headers,
            options=options,
            security=security,
            idempotency_header=idempotency_header,
        )
        return self._binary(await self._send(prepared, stream=True))

    async def request_empty(
        self,
        method: str,
        path: str,
        *,
        path_params: Mapping[str, object] | None = None,
        query: Mapping[str, object] | None = None,
        json: object = None,
        files: Sequence[tuple[str, FileInput | LoadedFile]] | None = None,
        data: Mapping[str, object] | None = None,
        headers: Mapping[str, object] | None = None,
        options: RequestOptions | None = None,
        security: Sequence[Requirement] | None = None,
        idempotency_header: str | None = None,
    ) -> None:
        """Send a request whose response body, if any, is ignored; see :meth:`request_json`."""
        prepared = self._prepare(
            method,
            path,
            accept="application/json",
            path_params=path_params,
            query=query,
            json=json,
            files=files,
            data=data,
            headers=headers,
            options=options,
            security=security,
            idempotency_header=idempotency_header,
        )
        await self._send(prepared)

    async def _send(self, prepared: _PreparedRequest, *, stream: bool = False) -> httpx.Response:
        """Send with retries; return the 2xx response or raise; see :meth:`SyncAPIClient._send`."""
        retries_done = 0
        while True:
            if prepared.token_scheme is not None:
                await self._refresh_token(prepared.token_scheme)
            request = self._build_request(prepared)
            started = time.monotonic()
            response: httpx.Response | None = None
            try:
                response = await self._client.send(request, stream=stream, follow_redirects=False)
                delay = self._retry_after_response(prepared, response, retries_done, started)
                if delay is None and _must_read(response, stream):
                    await response.aread()
            except httpx.TransportError as err:
                if response is not None:
                    await response.aclose()
                delay = self._retry_after_error(prepared, request, err, retries_done, started)
            else:
                if delay is None:
                    return self._checked(response)
                await response.aclose()
            await self._sleep(delay)
            retries_done += 1

    async def _refresh_token(self, scheme: SecurityScheme) -> None:
        """Fetch an OAuth2 token unless the client holds one that is still valid."""
        if self._credentials.token_valid():
            return
        request = self._credentials.token_request(scheme, self._base_url)
        try:
            response = await self._client.send(request, follow_redirects=False)
            await response.aread()
        except httpx.TransportError as err:
            raise _connection_error(err, request, self._credentials.secrets()) from err
        if not (response.is_success and self._credentials.accept_token(response)):
            raise self._token_failed(response)

    async def _sleep(self, seconds: float) -> None:
        await anyio.sleep(seconds)

    async def close(self) -> None:
        """Close the connection pool (unless it was passed in as ``http_client``)."""
        if self._owns_http_client:
            await self._client.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.close()


class SyncAPIResource:
    """Base of a generated resource (``client.voices``); calls go through ``self._client``."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client


class AsyncAPIResource:
    """Base of a generated async resource; calls go through ``self._client``."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client
