"""Binary (non-JSON) responses, such as audio, streamed to disk, and the safe handling of their
file names; raw responses (``client.with_raw_response``)."""

import codecs
import contextlib
import contextvars
import functools
import os
import re
import unicodedata
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Final, Generic, ParamSpec, Self, TypeVar
from urllib.parse import unquote

import anyio
import httpx

__all__ = [
    "BinaryResponse",
    "RawResponse",
    "async_to_raw_response_wrapper",
    "parse_content_disposition_filename",
    "sanitize_filename",
    "to_raw_response_wrapper",
]

T = TypeVar("T")
P = ParamSpec("P")
T_co = TypeVar("T_co", covariant=True)

_FALLBACK_STEM: Final = "download"
_EXTENSIONS: Final = {
    "audio/wav": ".wav",
    "audio/wave": ".wav",
    "audio/x-wav": ".wav",
    "audio/mpeg": ".mp3",
    "audio/mp3": ".mp3",
    "audio/ogg": ".ogg",
    "audio/flac": ".flac",
    "audio/mp4": ".m4a",
    "audio/webm": ".webm",
    "application/json": ".json",
    "text/plain": ".txt",
}
_MAX_FILENAME_BYTES: Final = 255

# One `; name=value` parameter of a Content-Disposition header; the value is a token or a
# quoted string (which may contain `;` and backslash escapes).
_DISPOSITION_PARAM: Final = re.compile(
    r";\s*([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*=\s*(\"(?:[^\"\\]|\\.)*\"|[^;]*)"
)
_QUOTED_PAIR: Final = re.compile(r"\\(.)")
# Control, format (e.g. U+202E right-to-left override, used to disguise extensions),
# surrogate, private-use, unassigned and line/paragraph separator characters.
_UNSAFE_CATEGORIES: Final = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})
# Characters Windows refuses in file names; `/` and `\` are handled before this.
_WINDOWS_FORBIDDEN: Final = re.compile(r'[<>:"|?*]')
_DOT_RUNS: Final = re.compile(r"\.{2,}")
_WINDOWS_DEVICES: Final = frozenset(
    {"CON", "PRN", "AUX", "NUL"}
    | {f"COM{i}" for i in range(1, 10)}
    | {f"LPT{i}" for i in range(1, 10)}
)


def parse_content_disposition_filename(header: str) -> str | None:
    """The file name a ``Content-Disposition`` header suggests, unsanitised, or None.

    ``filename*`` (RFC 5987/6266, ``UTF-8''na%C3%AFve.wav``) wins over ``filename``.
    """
    params: dict[str, str] = {}
    for match in _DISPOSITION_PARAM.finditer(header):
        name, value = match.group(1).lower(), match.group(2).strip()
        if value.startswith('"') and value.endswith('"') and len(value) >= 2:
            value = _QUOTED_PAIR.sub(r"\1", value[1:-1])
        params.setdefault(name, value)
    extended = params.get("filename*")
    if extended is not None:
        decoded = _decode_extended_value(extended)
        if decoded is not None:
            return decoded
    return params.get("filename")


def _decode_extended_value(value: str) -> str | None:
    # charset'language'percent-encoded-value
    parts = value.split("'", 2)
    if len(parts) != 3:
        return None
    charset, _language, encoded = parts
    try:
        codecs.lookup(charset)
    except LookupError:  # an unknown charset: fall back to the plain `filename`
        return None
    return unquote(encoded, encoding=charset, errors="replace")


def sanitize_filename(name: str) -> str | None:
    """Reduce a server-chosen file name to a safe base name, or None when nothing is left.

    The result has no directory part, no ``/``, ``\\``, ``..``, NUL or control characters, no
    leading or trailing dots or spaces, no characters Windows forbids, is not a Windows device
    name and fits in 255 bytes (the extension is kept when it is shortened).
    """
    # Base name only, whichever separator the server used: "../../etc/passwd" -> "passwd".
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch for ch in name if unicodedata.category(ch) not in _UNSAFE_CATEGORIES)
    name = _WINDOWS_FORBIDDEN.sub("_", name)
    # Collapse dot runs after removing characters, which could have joined two dots, and strip
    # leading dots so that the file is not hidden and never "." or "..".
    name = _DOT_RUNS.sub(".", name).strip(" .")
    if not name:
        return None
    if name.split(".", 1)[0].upper() in _WINDOWS_DEVICES:
        name = "_" + name
    return _truncate(name)


def _truncate(name: str) -> str:
    if len(name.encode("utf-8")) <= _MAX_FILENAME_BYTES:
        return name
    stem, dot, extension = name.rpartition(".")
    if not dot or not stem or len(extension) > 16:
        stem, extension = name, ""
    else:
        extension = "." + extension
    budget = _MAX_FILENAME_BYTES - len(extension.encode("utf-8"))
    return stem.encode("utf-8")[:budget].decode("utf-8", errors="ignore") + extension


def _media_type(content_type: str | None) -> str | None:
    if content_type is None:
        return None
    media_type = content_type.split(";", 1)[0].strip().lower()
    return media_type or None


class BinaryResponse:
    """A binary response body (audio, for instance), streamed from the server.

    The body is not held in memory: :meth:`write_to` copies it to a file chunk by chunk,
    :meth:`iter_bytes` hands out the chunks, and :attr:`content` reads (the rest of) it into
    memory on first access. A body the server declares small is read at once by the client,
    which returns the connection to the pool right away; a larger one keeps its connection
    until it has been read or the response is closed, so use it as a context manager (or
    call :meth:`close`) when not reading it to the end::

        with client.voices.samples.retrieve(voice_id, sample_id) as audio:
            audio.write_to(downloads)

    From the async client, use the ``a``-prefixed twins (:meth:`awrite_to`,
    :meth:`aiter_bytes`, :meth:`aread`, :meth:`aclose`, ``async with``); the plain ones work
    there only once the body is in memory. The read timeout applies to each chunk. A
    connection that fails mid-body raises :class:`APIConnectionError` (or
    :class:`APITimeoutError`).

    Attributes:
        content_type: the media type without parameters (``"audio/wav"``), or None.
        filename: the name from ``Content-Disposition``, sanitised so that it is safe to use
            as a file name, or None when the server suggests none.
        headers: the response headers.
        status_code: the HTTP status.
        request_id: the server's request id, or None.
    """

    __slots__ = (
        "_map_error",
        "_response",
        "content_type",
        "filename",
        "headers",
        "request_id",
        "status_code",
    )

    def __init__(
        self,
        response: httpx.Response,
        *,
        request_id: str | None = None,
        map_error: Callable[[httpx.TransportError], Exception] | None = None,
    ) -> None:
        """Wrap ``response``, whose body may be unread (it then belongs to this object).

        ``map_error`` turns a transport error met while reading the body into the exception
        to raise; without it the httpx error is raised as is.
        """
        self._response = response
        self._map_error = map_error
        self.content_type = _media_type(response.headers.get("content-type"))
        self.filename: str | None = None
        disposition = response.headers.get("content-disposition")
        if disposition is not None:
            suggested = parse_content_disposition_filename(disposition)
            if suggested is not None:
                self.filename = sanitize_filename(suggested) or _fallback_filename(
                    self.content_type
                )
        self.headers = response.headers
        self.status_code = response.status_code
        self.request_id = request_id

    @classmethod
    def from_response(
        cls,
        response: httpx.Response,
        *,
        request_id: str | None = None,
        map_error: Callable[[httpx.TransportError], Exception] | None = None,
    ) -> Self:
        """Build from a response, read or still streaming; see :meth:`__init__`."""
        return cls(response, request_id=request_id, map_error=map_error)

    # -- state shared by both flavours ----------------------------------------------------

    @property
    def is_closed(self) -> bool:
        """Whether the connection has been released (the body read, or the response closed)."""
        return self._response.is_closed

    def _loaded(self) -> bytes | None:
        try:
            return self._response.content
        except httpx.ResponseNotRead:
            return None

    def _check_readable(self, *, sync: bool) -> None:
        """Raise unless the body is in memory or can still be streamed in this flavour."""
        if self._loaded() is not None:
            return
        response = self._response
        if response.is_stream_consumed:
            raise RuntimeError(
                "the body has already been streamed (write_to/iter_bytes) and was not kept "
                "in memory"
            )
        if response.is_closed:
            raise RuntimeError("the response was closed before its body was read")
        if sync and not isinstance(response.stream, httpx.SyncByteStream):
            raise RuntimeError(
                "this response comes from the async client: use `await aread()`, "
                "`aiter_bytes()` or `await awrite_to(...)`"
            )

    @contextlib.contextmanager
    def _mapped_errors(self) -> Iterator[None]:
        try:
            yield
        except httpx.TransportError as err:
            if self._map_error is None:
                raise
            raise self._map_error(err) from err

    def _target(self, path: str | os.PathLike[str]) -> Path:
        target = Path(path)
        if target.is_dir():
            target = target / (self.filename or _fallback_filename(self.content_type))
        return target

    # -- sync -----------------------------------------------------------------------------

    @property
    def content(self) -> bytes:
        """The whole body, read into memory (and kept) on first access."""
        loaded = self._loaded()
        if loaded is not None:
            return loaded
        self._check_readable(sync=True)
        with self._mapped_errors():
            return self._response.read()

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        """The body in chunks (of ``chunk_size`` bytes, or as they arrive); closes at the end.

        Streamed chunks are not kept: the body can be iterated once, unless it was read into
        memory (:attr:`content`) first.
        """
        self._check_readable(sync=True)
        try:
            with self._mapped_errors():
                yield from self._response.iter_bytes(chunk_size)
        finally:
            self.close()

    def write_to(self, path: str | os.PathLike[str]) -> Path:
        """Stream the body to ``path`` and return the path written; closes the response.

        When ``path`` is an existing directory, the file is written inside it under
        :attr:`filename` (or ``download.<ext>`` when the server suggested none). A server-chosen
        name is sanitised, so it cannot leave the directory. If the download fails midway,
        the partial file is removed.
        """
        self._check_readable(sync=True)
        target = self._target(path)
        try:
            with target.open("wb") as file:
                for chunk in self.iter_bytes():
                    file.write(chunk)
        except BaseException:
            self.close()
            target.unlink(missing_ok=True)
            raise
        return target

    def close(self) -> None:
        """Release the connection without reading the rest of the body (idempotent)."""
        response = self._response
        if response.is_closed:
            return
        if not isinstance(response.stream, httpx.SyncByteStream):
            raise RuntimeError("this response comes from the async client: use `await aclose()`")
        response.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    # -- async ----------------------------------------------------------------------------

    async def aread(self) -> bytes:
        """The whole body, read into memory (and kept); then :attr:`content` works too."""
        loaded = self._loaded()
        if loaded is not None:
            return loaded
        self._check_readable(sync=False)
        with self._mapped_errors():
            return await self._response.aread()

    async def aiter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        """The body in chunks; see :meth:`iter_bytes`."""
        self._check_readable(sync=False)
        try:
            with self._mapped_errors():
                async for chunk in self._response.aiter_bytes(chunk_size):
                    yield chunk
        finally:
            await self.aclose()

    async def awrite_to(self, path: str | os.PathLike[str]) -> Path:
        """Stream the body to ``path``; see :meth:`write_to`. File writes run off the loop."""
        self._check_readable(sync=False)
        target = self._target(path)
        try:
            async with await anyio.open_file(target, "wb") as file:
                async for chunk in self.aiter_bytes():
                    await file.write(chunk)
        except BaseException:
            await self.aclose()
            target.unlink(missing_ok=True)
            raise
        return target

    async def aclose(self) -> None:
        """Release the connection without reading the rest of the body (idempotent)."""
        response = self._response
        if response.is_closed:
            return
        if isinstance(response.stream, httpx.AsyncByteStream):
            await response.aclose()
        else:
            response.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        # Never the content: it is usually megabytes of audio.
        loaded = self._loaded()
        size: int | None = len(loaded) if loaded is not None else _declared_length(self.headers)
        return (
            f"BinaryResponse(status_code={self.status_code}, "
            f"content_type={self.content_type!r}, filename={self.filename!r}, "
            f"size={size}, request_id={self.request_id!r})"
        )


def _declared_length(headers: httpx.Headers) -> int | None:
    """The body size from ``Content-Length``, or None when absent or invalid."""
    value = headers.get("content-length", "")
    return int(value) if value.isdigit() else None


def _fallback_filename(content_type: str | None) -> str:
    return _FALLBACK_STEM + _EXTENSIONS.get(content_type or "", ".bin")


# --------------------------------------------------------------------------------------------
# Raw responses
# --------------------------------------------------------------------------------------------


class RawResponse(Generic[T_co]):
    """The HTTP response of one call, with the value the call returns as :meth:`parse`.

    Returned by the methods of ``client.with_raw_response``, which mirror the client's::

        raw = client.with_raw_response.voices.list()
        raw.status_code, raw.headers["x-ratelimit-remaining"], raw.request_id
        voices = raw.parse()  # what client.voices.list() returns

    A binary (audio) body is not read by the call: :attr:`content` and :attr:`text` read it
    (from the async client, ``await aread()`` first), or stream it with ``parse()``, a
    :class:`BinaryResponse`. Error statuses raise the same typed exceptions as the plain
    methods.

    Attributes:
        http_response: the ``httpx.Response``.
        status_code: the HTTP status.
        headers: the response headers.
        request_id: the server's request id (from the envelope when the vendor has one, else
            from the ``x-request-id`` header), or None.
    """

    __slots__ = ("_parsed", "headers", "http_response", "request_id", "status_code")

    def __init__(self, response: httpx.Response, parsed: T_co, *, request_id: str | None) -> None:
        self.http_response = response
        self.status_code = response.status_code
        self.headers = response.headers
        self.request_id = request_id
        self._parsed = parsed

    def parse(self) -> T_co:
        """The value the plain method returns: the model, a :class:`BinaryResponse`, or None."""
        return self._parsed

    @property
    def content(self) -> bytes:
        """The raw body, read into memory (and kept) on first access."""
        if isinstance(self._parsed, BinaryResponse):
            return self._parsed.content
        return self.http_response.content

    @property
    def text(self) -> str:
        """The raw body decoded as text (the charset the response declares, else UTF-8)."""
        self.content  # noqa: B018 - reads a streamed body first
        return self.http_response.text

    async def aread(self) -> bytes:
        """The raw body, read into memory (and kept); then :attr:`content` works too."""
        if isinstance(self._parsed, BinaryResponse):
            return await self._parsed.aread()
        return self.http_response.content

    def __repr__(self) -> str:
        return (
            f"RawResponse(status_code={self.status_code}, "
            f"content_type={self.headers.get('content-type')!r}, request_id={self.request_id!r})"
        )


@dataclass(slots=True)
class _RawCapture:
    """Where the client leaves the final response of a call made for ``with_raw_response``."""

    response: httpx.Response | None = None
    request_id: str | None = None


_RAW_CAPTURE: Final[contextvars.ContextVar[_RawCapture | None]] = contextvars.ContextVar(
    "_RAW_CAPTURE", default=None
)


def raw_capture_active() -> bool:
    """Whether the current call runs for ``with_raw_response`` (the client then records)."""
    return _RAW_CAPTURE.get() is not None


def record_raw_response(response: httpx.Response, request_id: str | None) -> None:
    """Record the final (2xx) response of the current call, when it runs for a raw response."""
    capture = _RAW_CAPTURE.get()
    if capture is not None:
        capture.response = response
        capture.request_id = request_id


def _start_capture() -> tuple[_RawCapture, contextvars.Token[_RawCapture | None]]:
    capture = _RawCapture()
    return capture, _RAW_CAPTURE.set(capture)


def _raw_result(capture: _RawCapture, parsed: T) -> RawResponse[T]:
    if capture.response is None:  # a generated method always sends exactly one request
        raise RuntimeError("the call sent no request, so there is no raw response")
    return RawResponse(capture.response, parsed, request_id=capture.request_id)


def to_raw_response_wrapper(method: Callable[P, T]) -> Callable[P, RawResponse[T]]:
    """``method`` (a generated method) returning its HTTP response with its value.

    The wrapper has the method's arguments, overloads and docstring, so ``with_raw_response``
    never re-declares a signature.
    """

    @functools.wraps(method)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        capture, token = _start_capture()
        try:
            parsed = method(*args, **kwargs)
        finally:
            _RAW_CAPTURE.reset(token)
        return _raw_result(capture, parsed)

    return wrapped


def async_to_raw_response_wrapper(
    method: Callable[P, Awaitable[T]],
) -> Callable[P, Awaitable[RawResponse[T]]]:
    """The async twin of :func:`to_raw_response_wrapper`."""

    @functools.wraps(method)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        capture, token = _start_capture()
        try:
            parsed = await method(*args, **kwargs)
        finally:
            _RAW_CAPTURE.reset(token)
        return _raw_result(capture, parsed)

    return wrapped
