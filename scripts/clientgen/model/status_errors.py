"""Which exception the generated client raises for an HTTP status.

The one table of it: the runtime's ``status_error_class`` is rendered from it, and the
methods' docstrings name the same classes in their "Raises" sections.
"""

from __future__ import annotations

from typing import Final

STATUS_ERRORS: Final[dict[int, str]] = {
    400: "BadRequestError",
    401: "AuthenticationError",
    402: "PaymentRequiredError",
    403: "PermissionDeniedError",
    404: "NotFoundError",
    409: "ConflictError",
    422: "UnprocessableEntityError",
    429: "RateLimitError",
}
SERVER_ERROR: Final = "InternalServerError"  # every 5xx
OTHER_STATUS_ERROR: Final = "APIStatusError"  # the base class, for any other status


def error_class(status: str) -> str:
    """The exception for a documented response status (``"404"``, ``"5XX"``, ``"default"``)."""
    if status[:1] == "5":
        return SERVER_ERROR
    if status.isdigit():
        return STATUS_ERRORS.get(int(status), OTHER_STATUS_ERROR)
    return OTHER_STATUS_ERROR
