"""The Bland AI API clients: `Bland` and `AsyncBland`."""

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
from .resources.voices import AsyncVoicesResource, VoicesResource

PROFILE = VendorProfile(
    name="bland",
    default_base_url="https://api.bland.ai",
    api_key_env="BLAND_API_KEY",
    auth=AuthSpec(header="authorization", prefix=""),
    error=ErrorSpec(
        code_pointers=("/errors/0/error",),
        message_pointers=("/errors/0/message",),
    ),
    envelope=None,
)


class Bland(SyncAPIClient):
    """Synchronous client for the Bland AI API.

    The API key comes from ``api_key`` or the ``BLAND_API_KEY`` environment variable.
    ``base_url`` defaults to ``https://api.bland.ai``.
    """

    voices: VoicesResource

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
        self.voices = VoicesResource(self)


class AsyncBland(AsyncAPIClient):
    """Asynchronous client for the Bland AI API.

    The API key comes from ``api_key`` or the ``BLAND_API_KEY`` environment variable.
    ``base_url`` defaults to ``https://api.bland.ai``.
    """

    voices: AsyncVoicesResource

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
        self.voices = AsyncVoicesResource(self)
