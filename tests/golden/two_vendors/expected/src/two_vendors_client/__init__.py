"""Typed clients for voice-cloning APIs Clinic and Pet Store.

    import two_vendors_client
    clinic = two_vendors_client.Clinic()  # reads CLINIC_API_KEY
    shelter = two_vendors_client.Shelter()  # reads SHELTER_API_KEY

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
from .clinic import AsyncClinic, Clinic
from .shelter import AsyncShelter, Shelter

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncClinic",
    "AsyncShelter",
    "AuthenticationError",
    "BadRequestError",
    "BinaryResponse",
    "Clinic",
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
    "Shelter",
    "UnprocessableEntityError",
    "VoiceCloneError",
    "__version__",
]
