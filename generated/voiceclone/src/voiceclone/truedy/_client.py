"""The Truedy clients: `Truedy` and `AsyncTruedy`."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, TypedDict

import httpx

from .._base_client import (
    AsyncAPIClient,
    EnvelopeSpec,
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
    name="truedy",
    default_base_url="https://api.truedy.ai/api/public/v1",
    api_key_env="TRUEDY_API_KEY",
    error=ErrorSpec(
        code_pointers=("/error/code",),
        message_pointers=(
            "/error/message",
            "/detail/0/msg",
        ),
    ),
    envelope=EnvelopeSpec(
        data_pointer="/data",
        request_id_pointer="/meta/request_id",
    ),
    schemes=(
        SecurityScheme(
            name="BearerAuth",
            kind="bearer",
            prefix="Bearer ",
        ),
    ),
    security=(("BearerAuth",),),
)


class TruedyOptions(TypedDict, total=False):
    """The keyword arguments of :class:`Truedy`, for the functions that
    pass them on (``connect``)."""

    api_key: str | None
    base_url: str | None
    timeout: float | httpx.Timeout | None
    max_retries: int
    default_headers: Mapping[str, str] | None
    http_client: httpx.Client | None
    strict_response_validation: bool


class Truedy(SyncAPIClient):
    """Synchronous client for the Truedy.

    The API key comes from ``api_key`` or the ``TRUEDY_API_KEY`` environment variable.
    ``base_url`` defaults to ``TRUEDY_BASE_URL``, else ``https://api.truedy.ai/api/public/v1``.
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
    def with_raw_response(self) -> TruedyWithRawResponse:
        return TruedyWithRawResponse(self)


class TruedyWithRawResponse:
    """``client.with_raw_response``: the client's resources, whose methods return
    :class:`~voiceclone.RawResponse` (the HTTP response, and the usual value as ``parse()``)."""

    def __init__(self, client: Truedy) -> None:
        self._client = client

    @cached_property
    def voices(self) -> VoicesResourceWithRawResponse:
        from .resources.voices import VoicesResourceWithRawResponse

        return VoicesResourceWithRawResponse(self._client.voices)


class AsyncTruedyOptions(TypedDict, total=False):
    """The keyword arguments of :class:`AsyncTruedy`, for the functions that
    pass them on (``connect_async``)."""

    api_key: str | None
    base_url: str | None
    timeout: float | httpx.Timeout | None
    max_retries: int
    default_headers: Mapping[str, str] | None
    http_client: httpx.AsyncClient | None
    strict_response_validation: bool


class AsyncTruedy(AsyncAPIClient):
    """Asynchronous client for the Truedy.

    The API key comes from ``api_key`` or the ``TRUEDY_API_KEY`` environment variable.
    ``base_url`` defaults to ``TRUEDY_BASE_URL``, else ``https://api.truedy.ai/api/public/v1``.
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
    def with_raw_response(self) -> AsyncTruedyWithRawResponse:
        return AsyncTruedyWithRawResponse(self)


class AsyncTruedyWithRawResponse:
    """``client.with_raw_response``: the client's resources, whose methods return
    :class:`~voiceclone.RawResponse` (the HTTP response, and the usual value as ``parse()``)."""

    def __init__(self, client: AsyncTruedy) -> None:
        self._client = client

    @cached_property
    def voices(self) -> AsyncVoicesResourceWithRawResponse:
        from .resources.voices import AsyncVoicesResourceWithRawResponse

        return AsyncVoicesResourceWithRawResponse(self._client.voices)
