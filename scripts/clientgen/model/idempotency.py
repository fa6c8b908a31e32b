"""Which calls the generated client may send twice: the one statement of the retry rule's
facts, rendered into the runtime (``_base_client._IDEMPOTENT_METHODS``) and used by the
README's list of what is retried."""

from __future__ import annotations

from typing import Final

# RFC 9110's idempotent methods; POST and PATCH may do something each time they arrive.
IDEMPOTENT_METHODS: Final = ("DELETE", "GET", "HEAD", "OPTIONS", "PUT", "TRACE")


def is_idempotency_header(name: str) -> bool:
    """``Idempotency-Key``, ``X-Idempotency-Key`` (Stripe's and the IETF draft's spelling)."""
    return name.lower().removeprefix("x-") == "idempotency-key"
