"""Typed clients for voice-cloning APIs Bland AI API, Burki API and Truedy.

    import voiceclone
    bland = voiceclone.Bland()  # reads BLAND_API_KEY
    burki = voiceclone.Burki()  # reads BURKI_API_KEY
    truedy = voiceclone.Truedy()  # reads TRUEDY_API_KEY

Errors are one hierarchy rooted at :class:`VoiceCloneError`; HTTP errors are
:class:`APIStatusError` subclasses carrying the status, the vendor's code and message. A
response that differs from the vendor's docs is not an error: its model comes back, with the
differences in ``result._mismatches`` (:class:`SchemaMismatch`) and logged once.
"""

from ._cloner import (
    AsyncVoiceCloner,
    CloneArgumentError,
    ClonedVoice,
    Status,
    UnknownVoiceStatus,
    UnsupportedOperation,
    VoiceCloneFailed,
    VoiceCloner,
    VoiceNotFound,
    VoiceNotReady,
    VoiceSample,
    connect,
    connect_async,
)
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    InvalidFileError,
    MissingAPIKeyError,
    NotFoundError,
    PaymentRequiredError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
    VoiceCloneError,
)
from ._response import BinaryResponse, RawResponse
from ._tolerant import SchemaMismatch
from ._version import __version__
from .bland import AsyncBland, Bland
from .burki import AsyncBurki, Burki
from .truedy import AsyncTruedy, Truedy

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncBland",
    "AsyncBurki",
    "AsyncTruedy",
    "AsyncVoiceCloner",
    "AuthenticationError",
    "BadRequestError",
    "BinaryResponse",
    "Bland",
    "Burki",
    "CloneArgumentError",
    "ClonedVoice",
    "ConflictError",
    "InternalServerError",
    "InvalidFileError",
    "MissingAPIKeyError",
    "NotFoundError",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "RateLimitError",
    "RawResponse",
    "SchemaMismatch",
    "Status",
    "Truedy",
    "UnknownVoiceStatus",
    "UnprocessableEntityError",
    "UnsupportedOperation",
    "VoiceCloneError",
    "VoiceCloneFailed",
    "VoiceCloner",
    "VoiceNotFound",
    "VoiceNotReady",
    "VoiceSample",
    "__version__",
    "connect",
    "connect_async",
]
