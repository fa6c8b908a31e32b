"""Every exception the package raises.

The tree, from the root::

    VoiceCloneError
    ├── APIError                      a request was made; ``request`` is kept
    │   ├── APIConnectionError        no response (DNS, refused, reset, ...)
    │   │   └── APITimeoutError
    │   ├── APIResponseValidationError  a 2xx whose body is not what the API documents
    │   └── APIStatusError            a non-2xx response; one subclass per status family
    ├── InvalidFileError              an upload that cannot be read or is not audio
    └── MissingAPIKeyError

Messages are built from the response body and the URL only: never from request headers, so
the API key cannot end up in a traceback or a log line.
"""

from typing import Final

import httpx

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "InvalidFileError",
    "MissingAPIKeyError",
    "NotFoundError",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
    "VoiceCloneError",
    "status_error_class",
]


class VoiceCloneError(Exception):
    """The root of every exception this package raises; catch it to catch them all."""


class APIError(VoiceCloneError):
    """A request was sent (or attempted) and failed.

    Attributes:
        message: what went wrong, in words.
        request: the request that failed (URL and method; its headers hold the API key, so
            do not log them).
    """

    message: str
    request: httpx.Request

    def __init__(self, message: str, *, request: httpx.Request) -> None:
        super().__init__(message)
        self.message = message
        self.request = request


class APIConnectionError(APIError):
    """No response arrived: the host could not be reached or the connection broke."""

    def __init__(self, message: str = "Connection error.", *, request: httpx.Request) -> None:
        super().__init__(message, request=request)


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, read, write or waiting for a pooled connection)."""

    def __init__(self, message: str = "Request timed out.", *, request: httpx.Request) -> None:
        super().__init__(message, request=request)


class APIResponseValidationError(APIError):
    """A successful (2xx) response whose body is not valid JSON or does not fit the model.

    This usually means the vendor changed its API; ``body`` holds the raw text so that the
    response can be inspected (and the spec overlay fixed).
    """

    response: httpx.Response
    status_code: int
    body: str
    request_id: str | None

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: str,
        request_id: str | None = None,
    ) -> None:
        super().__init__(message, request=response.request)
        self.response = response
        self.status_code = response.status_code
        self.body = body
        self.request_id = request_id

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status_code={self.status_code}, message={self.message!r}, "
            f"request_id={self.request_id!r})"
        )


class APIStatusError(APIError):
    """The API answered with a non-2xx status.

    Attributes:
        status_code: the HTTP status.
        code: the vendor's own error code (``"insufficient_credits"``), or None.
        message: the vendor's error message, or the raw body when it has none.
        body: the parsed JSON body, or the raw text when it is not JSON.
        response: the full response.
        request_id: the server's request id, for support tickets, or None.
    """

    response: httpx.Response
    status_code: int
    code: str | None
    body: object
    request_id: str | None

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object,
        code: str | None = None,
        request_id: str | None = None,
    ) -> None:
        super().__init__(message, request=response.request)
        self.response = response
        self.status_code = response.status_code
        self.code = code
        self.body = body
        self.request_id = request_id

    def __str__(self) -> str:
        # "404 Not Found [voice_not_found]: No such voice (request id: req_123)"
        text = f"{self.status_code} {self.response.reason_phrase}".rstrip()
        if self.code is not None:
            text += f" [{self.code}]"
        text += f": {self.message}"
        if self.request_id is not None:
            text += f" (request id: {self.request_id})"
        return text

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status_code={self.status_code}, code={self.code!r}, "
            f"message={self.message!r}, request_id={self.request_id!r})"
        )


class BadRequestError(APIStatusError):
    """400: the request is malformed or refers to something unusable."""


class AuthenticationError(APIStatusError):
    """401: the API key is missing, wrong or revoked."""


class PaymentRequiredError(APIStatusError):
    """402: the account has no credits or plan for this operation."""


class PermissionDeniedError(APIStatusError):
    """403: the key is valid but may not do this."""


class NotFoundError(APIStatusError):
    """404: no such resource (or it belongs to someone else)."""


class ConflictError(APIStatusError):
    """409: the resource is in a state that conflicts with the request."""


class UnprocessableEntityError(APIStatusError):
    """422: the body is well-formed but its values are invalid."""


class RateLimitError(APIStatusError):
    """429: too many requests; retried automatically before it is raised."""


class InternalServerError(APIStatusError):
    """Any 5xx: the vendor failed; retried automatically before it is raised."""


class InvalidFileError(VoiceCloneError):
    """A file given for upload cannot be read, or is not an audio file.

    Attributes:
        filename: the file's name (or path) as the caller gave it.
    """

    filename: str

    def __init__(self, message: str, *, filename: str) -> None:
        super().__init__(message)
        self.filename = filename


class MissingAPIKeyError(VoiceCloneError):
    """No API key was passed to the client and its environment variable is not set."""


_STATUS_ERRORS: Final[dict[int, type[APIStatusError]]] = {
    400: BadRequestError,
    401: AuthenticationError,
    402: PaymentRequiredError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status_code: int) -> type[APIStatusError]:
    """The exception class raised for a non-2xx ``status_code``."""
    if status_code >= 500:
        return InternalServerError
    return _STATUS_ERRORS.get(status_code, APIStatusError)
