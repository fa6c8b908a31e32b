"""Typed clients for voice-cloning APIs Pet Store.

    import petstore_client
    petstore = petstore_client.Petstore()  # reads PETSTORE_API_KEY

Errors are one hierarchy rooted at :class:`VoiceCloneError`; HTTP errors are
:class:`APIStatusError` subclasses carrying the status, the vendor's code and message. A
response that differs from the vendor's docs is not an error: its model comes back, with the
differences in ``result._mismatches`` (:class:`SchemaMismatch`) and logged once.
"""

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
from .petstore import AsyncPetstore, Petstore

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncPetstore",
    "AuthenticationError",
    "BadRequestError",
    "BinaryResponse",
    "ConflictError",
    "InternalServerError",
    "InvalidFileError",
    "MissingAPIKeyError",
    "NotFoundError",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "Petstore",
    "RateLimitError",
    "RawResponse",
    "SchemaMismatch",
    "UnprocessableEntityError",
    "VoiceCloneError",
    "__version__",
]
