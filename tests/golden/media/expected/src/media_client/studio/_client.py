"""The Studio clients: `Studio` and `AsyncStudio`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx

from .._base_client import (
    AsyncAPIClient,
    AuthSpec,
    EnvelopeSpec,
    ErrorSpec,
    SyncAPIClient,
    VendorProfile,
)
from .._constants import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
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
    auth=AuthSpec(header="authorization", prefix=""),
    error=ErrorSpec(
        code_pointers=("/error/code",),
        message_pointers=("/error/message",),
    ),
    envelope=EnvelopeSpec(
        data_pointer="/data",
        request_id_pointer="/meta/request_id",
    ),
)


class Studio(SyncAPIClient):
    """Synchronous client for the Studio.

    The API key comes from ``api_key`` or the ``STUDIO_API_KEY`` environment variable.
    ``base_url`` defaults to ``https://studio.example.com/api/v2``.
    """

    recordings: RecordingsResource
    voices: VoicesResource
    with_raw_response: StudioWithRawResponse

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
        self.recordings = RecordingsResource(self)
        self.voices = VoicesResource(self)
        self.with_raw_response = StudioWithRawResponse(self)


class StudioWithRawResponse:
    """``client.with_raw_response``: the client's resources, whose methods return
    :class:`~media_client.RawResponse` (the HTTP response, and the usual value as ``parse()``)."""

    def __init__(self, client: Studio) -> None:
        self.recordings = RecordingsResourceWithRawResponse(client.recordings)
        self.voices = VoicesResourceWithRawResponse(client.voices)


class AsyncStudio(AsyncAPIClient):
    """Asynchronous client for the Studio.

    The API key comes from ``api_key`` or the ``STUDIO_API_KEY`` environment variable.
    ``base_url`` defaults to ``https://studio.example.com/api/v2``.
    """

    recordings: AsyncRecordingsResource
    voices: AsyncVoicesResource
    with_raw_response: AsyncStudioWithRawResponse

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
        self.recordings = AsyncRecordingsResource(self)
        self.voices = AsyncVoicesResource(self)
        self.with_raw_response = AsyncStudioWithRawResponse(self)


class AsyncStudioWithRawResponse:
    """``client.with_raw_response``: the client's resources, whose methods return
    :class:`~media_client.RawResponse` (the HTTP response, and the usual value as ``parse()``)."""

    def __init__(self, client: AsyncStudio) -> None:
        self.recordings = AsyncRecordingsResourceWithRawResponse(client.recordings)
        self.voices = AsyncVoicesResourceWithRawResponse(client.voices)
