"""The Burki API clients: `Burki` and `AsyncBurki`."""

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
    error=ErrorSpec(
        code_pointers=("/detail/0/type",),
        message_pointers=(
            "/detail/0/msg",
            "/detail",
        ),
    ),
    envelope=None,
    schemes=(
        SecurityScheme(
            name="HTTPBearer",
            kind="bearer",
            prefix="Bearer ",
        ),
    ),
    security=(("HTTPBearer",),),
)


class BurkiOptions(TypedDict, total=False):
    """The keyword arguments of :class:`Burki`, for the functions that
    pass them on (``connect``)."""

    api_key: str | None
    base_url: str | None
    timeout: float | httpx.Timeout | None
    max_retries: int
    default_headers: Mapping[str, str] | None
    http_client: httpx.Client | None
    strict_response_validation: bool


class Burki(SyncAPIClient):
    """Synchronous client for the Burki API.

    The API key comes from ``api_key`` or the ``BURKI_API_KEY`` environment variable.
    ``base_url`` defaults to ``BURKI_BASE_URL``, else ``https://api.burki.dev``.
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
    def cloned_voices(self) -> ClonedVoicesResource:
        from .resources.cloned_voices import ClonedVoicesResource

        return ClonedVoicesResource(self)

    @cached_property
    def assistants(self) -> AssistantsResource:
        from .resources.assistants import AssistantsResource

        return AssistantsResource(self)

    @cached_property
    def with_raw_response(self) -> BurkiWithRawResponse:
        return BurkiWithRawResponse(self)


class BurkiWithRawResponse:
    """``client.with_raw_response``: the client's resources, whose methods return
    :class:`~voiceclone.RawResponse` (the HTTP response, and the usual value as ``parse()``)."""

    def __init__(self, client: Burki) -> None:
        self._client = client

    @cached_property
    def cloned_voices(self) -> ClonedVoicesResourceWithRawResponse:
        from .resources.cloned_voices import ClonedVoicesResourceWithRawResponse

        return ClonedVoicesResourceWithRawResponse(self._client.cloned_voices)

    @cached_property
    def assistants(self) -> AssistantsResourceWithRawResponse:
        from .resources.assistants import AssistantsResourceWithRawResponse

        return AssistantsResourceWithRawResponse(self._client.assistants)


class AsyncBurkiOptions(TypedDict, total=False):
    """The keyword arguments of :class:`AsyncBurki`, for the functions that
    pass them on (``connect_async``)."""

    api_key: str | None
    base_url: str | None
    timeout: float | httpx.Timeout | None
    max_retries: int
    default_headers: Mapping[str, str] | None
    http_client: httpx.AsyncClient | None
    strict_response_validation: bool


class AsyncBurki(AsyncAPIClient):
    """Asynchronous client for the Burki API.

    The API key comes from ``api_key`` or the ``BURKI_API_KEY`` environment variable.
    ``base_url`` defaults to ``BURKI_BASE_URL``, else ``https://api.burki.dev``.
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
    def cloned_voices(self) -> AsyncClonedVoicesResource:
        from .resources.cloned_voices import AsyncClonedVoicesResource

        return AsyncClonedVoicesResource(self)

    @cached_property
    def assistants(self) -> AsyncAssistantsResource:
        from .resources.assistants import AsyncAssistantsResource

        return AsyncAssistantsResource(self)

    @cached_property
    def with_raw_response(self) -> AsyncBurkiWithRawResponse:
        return AsyncBurkiWithRawResponse(self)


class AsyncBurkiWithRawResponse:
    """``client.with_raw_response``: the client's resources, whose methods return
    :class:`~voiceclone.RawResponse` (the HTTP response, and the usual value as ``parse()``)."""

    def __init__(self, client: AsyncBurki) -> None:
        self._client = client

    @cached_property
    def cloned_voices(self) -> AsyncClonedVoicesResourceWithRawResponse:
        from .resources.cloned_voices import AsyncClonedVoicesResourceWithRawResponse

        return AsyncClonedVoicesResourceWithRawResponse(self._client.cloned_voices)

    @cached_property
    def assistants(self) -> AsyncAssistantsResourceWithRawResponse:
        from .resources.assistants import AsyncAssistantsResourceWithRawResponse

        return AsyncAssistantsResourceWithRawResponse(self._client.assistants)
