"""The Burki API clients: `Burki` and `AsyncBurki`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx

from .._base_client import (
    AsyncAPIClient,
    AuthSpec,
    ErrorSpec,
    SyncAPIClient,
    VendorProfile,
)
from .._constants import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
from .resources.assistants import (
    AssistantsResource,
    AssistantsResourceWithRawResponse,
    AsyncAssistantsResource,
    AsyncAssistantsResourceWithRawResponse,
)
from .resources.cloned_voices import (
    AsyncClonedVoicesResource,
    AsyncClonedVoicesResourceWithRawResponse,
    ClonedVoicesResource,
    ClonedVoicesResourceWithRawResponse,
)

PROFILE = VendorProfile(
    name="burki",
    default_base_url="https://api.burki.dev",
    api_key_env="BURKI_API_KEY",
    auth=AuthSpec(header="Authorization", prefix="Bearer "),
    error=ErrorSpec(
        code_pointers=("/detail/0/type",),
        message_pointers=(
            "/detail/0/msg",
            "/detail",
        ),
    ),
    envelope=None,
)


class Burki(SyncAPIClient):
    """Synchronous client for the Burki API.

    The API key comes from ``api_key`` or the ``BURKI_API_KEY`` environment variable.
    ``base_url`` defaults to ``https://api.burki.dev``.
    """

    cloned_voices: ClonedVoicesResource
    assistants: AssistantsResource
    with_raw_response: BurkiWithRawResponse

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        super().__init__(
            profile=PROFILE,
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
        )
        self.cloned_voices = ClonedVoicesResource(self)
        self.assistants = AssistantsResource(self)
        self.with_raw_response = BurkiWithRawResponse(self)


class BurkiWithRawResponse:
    """``client.with_raw_response``: the client's resources, whose methods return
    :class:`~voiceclone.RawResponse` (the HTTP response, and the usual value as ``parse()``)."""

    def __init__(self, client: Burki) -> None:
        self.cloned_voices = ClonedVoicesResourceWithRawResponse(client.cloned_voices)
        self.assistants = AssistantsResourceWithRawResponse(client.assistants)


class AsyncBurki(AsyncAPIClient):
    """Asynchronous client for the Burki API.

    The API key comes from ``api_key`` or the ``BURKI_API_KEY`` environment variable.
    ``base_url`` defaults to ``https://api.burki.dev``.
    """

    cloned_voices: AsyncClonedVoicesResource
    assistants: AsyncAssistantsResource
    with_raw_response: AsyncBurkiWithRawResponse

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        super().__init__(
            profile=PROFILE,
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
        )
        self.cloned_voices = AsyncClonedVoicesResource(self)
        self.assistants = AsyncAssistantsResource(self)
        self.with_raw_response = AsyncBurkiWithRawResponse(self)


class AsyncBurkiWithRawResponse:
    """``client.with_raw_response``: the client's resources, whose methods return
    :class:`~voiceclone.RawResponse` (the HTTP response, and the usual value as ``parse()``)."""

    def __init__(self, client: AsyncBurki) -> None:
        self.cloned_voices = AsyncClonedVoicesResourceWithRawResponse(client.cloned_voices)
        self.assistants = AsyncAssistantsResourceWithRawResponse(client.assistants)
