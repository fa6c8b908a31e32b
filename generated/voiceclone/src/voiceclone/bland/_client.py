"""The Bland AI API clients: `Bland` and `AsyncBland`."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, TypedDict

import httpx

from .._base_client import (
    AsyncAPIClient,
    ErrorSpec,
    SecurityScheme,
    SyncAPIClient,
    VendorProfile,
)
from .._constants import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT

# Each resource module (and with it the models) is imported on first use of its attribute, so
# that importing a large API's client stays cheap.
if TYPE_CHECKING:
    from .resources.voices import (
        AsyncVoicesResource,
        AsyncVoicesResourceWithRawResponse,
        VoicesResource,
        VoicesResourceWithRawResponse,
    )

PROFILE = VendorProfile(
    name="bland",
    default_base_url="https://api.bland.ai",
    api_key_env="BLAND_API_KEY",
    error=ErrorSpec(
        code_pointers=("/errors/0/error",),
        message_pointers=("/errors/0/message",),
    ),
    envelope=None,
    schemes=(
        SecurityScheme(
            name="ApiKeyAuth",
            kind="api_key",
            location="header",
            parameter="authorization",
        ),
    ),
    security=(("ApiKeyAuth",),),
)


class BlandOptions(TypedDict, total=False):
    """The keyword arguments of :class:`Bland`, for the functions that
    pass them on (``connect``)."""

    api_key: str | None
    base_url: str | None
    timeout: float | httpx.Timeout | None
    max_retries: int
    default_headers: Mapping[str, str] | None
    http_client: httpx.Client | None
    strict_response_validation: bool


class Bland(SyncAPIClient):
    """Synchronous client for the Bland AI API.

    The API key comes from ``api_key`` or the ``BLAND_API_KEY`` environment variable.
    ``base_url`` defaults to ``BLAND_BASE_URL``, else ``https://api.bland.ai``.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        strict_response_validation: bool = False,
    ) -> None:
        super().__init__(
            profile=PROFILE,
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            strict_response_validation=strict_response_validation,
        )

    @cached_property
    def voices(self) -> VoicesResource:
        from .resources.voices import VoicesResource

        return VoicesResource(self)

    @cached_property
    def with_raw_response(self) -> BlandWithRawResponse:
        return BlandWithRawResponse(self)


class BlandWithRawResponse:
    """``client.with_raw_response``: the client's resources, whose methods return
    :class:`~voiceclone.RawResponse` (the HTTP response, and the usual value as ``parse()``)."""

    def __init__(self, client: Bland) -> None:
        self._client = client

    @cached_property
    def voices(self) -> VoicesResourceWithRawResponse:
        from .resources.voices import VoicesResourceWithRawResponse

        return VoicesResourceWithRawResponse(self._client.voices)


class AsyncBlandOptions(TypedDict, total=False):
    """The keyword arguments of :class:`AsyncBland`, for the functions that
    pass them on (``connect_async``)."""

    api_key: str | None
    base_url: str | None
    timeout: float | httpx.Timeout | None
    max_retries: int
    default_headers: Mapping[str, str] | None
    http_client: httpx.AsyncClient | None
    strict_response_validation: bool


class AsyncBland(AsyncAPIClient):
    """Asynchronous client for the Bland AI API.

    The API key comes from ``api_key`` or the ``BLAND_API_KEY`` environment variable.
    ``base_url`` defaults to ``BLAND_BASE_URL``, else ``https://api.bland.ai``.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        strict_response_validation: bool = False,
    ) -> None:
        super().__init__(
            profile=PROFILE,
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            strict_response_validation=strict_response_validation,
        )

    @cached_property
    def voices(self) -> AsyncVoicesResource:
        from .resources.voices import AsyncVoicesResource

        return AsyncVoicesResource(self)

    @cached_property
    def with_raw_response(self) -> AsyncBlandWithRawResponse:
        return AsyncBlandWithRawResponse(self)


class AsyncBlandWithRawResponse:
    """``client.with_raw_response``: the client's resources, whose methods return
    :class:`~voiceclone.RawResponse` (the HTTP response, and the usual value as ``parse()``)."""

    def __init__(self, client: AsyncBland) -> None:
        self._client = client

    @cached_property
    def voices(self) -> AsyncVoicesResourceWithRawResponse:
        from .resources.voices import AsyncVoicesResourceWithRawResponse

        return AsyncVoicesResourceWithRawResponse(self._client.voices)
