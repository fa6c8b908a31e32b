"""The Studio clients: `Studio` and `AsyncStudio`."""

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
    from .resources.recordings import (
        AsyncRecordingsResource,
        AsyncRecordingsResourceWithRawResponse,
        RecordingsResource,
        RecordingsResourceWithRawResponse,
    )
    from .resources.voices import (
        AsyncVoicesResource,
        AsyncVoicesResourceWithRawResponse,
        VoicesResource,
        VoicesResourceWithRawResponse,
    )

PROFILE = VendorProfile(
    name="studio",
    default_base_url="https://studio.example.com/api/v2",
    api_key_env="STUDIO_API_KEY",
    error=ErrorSpec(
        code_pointers=("/error/code",),
        message_pointers=("/error/message",),
    ),
    envelope=EnvelopeSpec(
        data_pointer="/data",
        request_id_pointer="/meta/request_id",
    ),
    schemes=(
        SecurityScheme(
            name="Raw",
            kind="api_key",
            location="header",
            parameter="authorization",
        ),
    ),
    security=(("Raw",),),
)


class StudioOptions(TypedDict, total=False):
    """The keyword arguments of :class:`Studio`, for the functions that
    pass them on (``connect``)."""

    api_key: str | None
    base_url: str | None
    timeout: float | httpx.Timeout | None
    max_retries: int
    default_headers: Mapping[str, str] | None
    http_client: httpx.Client | None
    strict_response_validation: bool


class Studio(SyncAPIClient):
    """Synchronous client for the Studio.

    The API key comes from ``api_key`` or the ``STUDIO_API_KEY`` environment variable.
    ``base_url`` defaults to ``STUDIO_BASE_URL``, else ``https://studio.example.com/api/v2``.
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
    def recordings(self) -> RecordingsResource:
        from .resources.recordings import RecordingsResource

        return RecordingsResource(self)

    @cached_property
    def voices(self) -> VoicesResource:
        from .resources.voices import VoicesResource

        return VoicesResource(self)

    @cached_property
    def with_raw_response(self) -> StudioWithRawResponse:
        return StudioWithRawResponse(self)


class StudioWithRawResponse:
    """``client.with_raw_response``: the client's resources, whose methods return
    :class:`~media_client.RawResponse` (the HTTP response, and the usual value as ``parse()``)."""

    def __init__(self, client: Studio) -> None:
        self._client = client

    @cached_property
    def recordings(self) -> RecordingsResourceWithRawResponse:
        from .resources.recordings import RecordingsResourceWithRawResponse

        return RecordingsResourceWithRawResponse(self._client.recordings)

    @cached_property
    def voices(self) -> VoicesResourceWithRawResponse:
        from .resources.voices import VoicesResourceWithRawResponse

        return VoicesResourceWithRawResponse(self._client.voices)


class AsyncStudioOptions(TypedDict, total=False):
    """The keyword arguments of :class:`AsyncStudio`, for the functions that
    pass them on (``connect_async``)."""

    api_key: str | None
    base_url: str | None
    timeout: float | httpx.Timeout | None
    max_retries: int
    default_headers: Mapping[str, str] | None
    http_client: httpx.AsyncClient | None
    strict_response_validation: bool


class AsyncStudio(AsyncAPIClient):
    """Asynchronous client for the Studio.

    The API key comes from ``api_key`` or the ``STUDIO_API_KEY`` environment variable.
    ``base_url`` defaults to ``STUDIO_BASE_URL``, else ``https://studio.example.com/api/v2``.
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
    def recordings(self) -> AsyncRecordingsResource:
        from .resources.recordings import AsyncRecordingsResource

        return AsyncRecordingsResource(self)

    @cached_property
    def voices(self) -> AsyncVoicesResource:
        from .resources.voices import AsyncVoicesResource

        return AsyncVoicesResource(self)

    @cached_property
    def with_raw_response(self) -> AsyncStudioWithRawResponse:
        return AsyncStudioWithRawResponse(self)


class AsyncStudioWithRawResponse:
    """``client.with_raw_response``: the client's resources, whose methods return
    :class:`~media_client.RawResponse` (the HTTP response, and the usual value as ``parse()``)."""

    def __init__(self, client: AsyncStudio) -> None:
        self._client = client

    @cached_property
    def recordings(self) -> AsyncRecordingsResourceWithRawResponse:
        from .resources.recordings import AsyncRecordingsResourceWithRawResponse

        return AsyncRecordingsResourceWithRawResponse(self._client.recordings)

    @cached_property
    def voices(self) -> AsyncVoicesResourceWithRawResponse:
        from .resources.voices import AsyncVoicesResourceWithRawResponse

        return AsyncVoicesResourceWithRawResponse(self._client.voices)
