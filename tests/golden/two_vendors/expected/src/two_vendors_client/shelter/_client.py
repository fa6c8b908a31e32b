"""The Pet Store clients: `Shelter` and `AsyncShelter`."""

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
    from .resources.pets import (
        AsyncPetsResource,
        AsyncPetsResourceWithRawResponse,
        PetsResource,
        PetsResourceWithRawResponse,
    )

PROFILE = VendorProfile(
    name="shelter",
    default_base_url="https://pets.example.com/v1",
    api_key_env="SHELTER_API_KEY",
    error=ErrorSpec(
        code_pointers=(),
        message_pointers=(),
    ),
    envelope=None,
    schemes=(
        SecurityScheme(
            name="ApiKey",
            kind="api_key",
            location="header",
            parameter="X-API-Key",
        ),
    ),
    security=(("ApiKey",),),
)


class ShelterOptions(TypedDict, total=False):
    """The keyword arguments of :class:`Shelter`, for the functions that
    pass them on (``connect``)."""

    api_key: str | None
    base_url: str | None
    timeout: float | httpx.Timeout | None
    max_retries: int
    default_headers: Mapping[str, str] | None
    http_client: httpx.Client | None
    strict_response_validation: bool


class Shelter(SyncAPIClient):
    """Synchronous client for the Pet Store.

    The API key comes from ``api_key`` or the ``SHELTER_API_KEY`` environment variable.
    ``base_url`` defaults to ``SHELTER_BASE_URL``, else ``https://pets.example.com/v1``.
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
    def pets(self) -> PetsResource:
        from .resources.pets import PetsResource

        return PetsResource(self)

    @cached_property
    def with_raw_response(self) -> ShelterWithRawResponse:
        return ShelterWithRawResponse(self)


class ShelterWithRawResponse:
    """``client.with_raw_response``: the client's resources, whose methods return
    :class:`~two_vendors_client.RawResponse` (the HTTP response, and the usual value as ``parse()``)."""

    def __init__(self, client: Shelter) -> None:
        self._client = client

    @cached_property
    def pets(self) -> PetsResourceWithRawResponse:
        from .resources.pets import PetsResourceWithRawResponse

        return PetsResourceWithRawResponse(self._client.pets)


class AsyncShelterOptions(TypedDict, total=False):
    """The keyword arguments of :class:`AsyncShelter`, for the functions that
    pass them on (``connect_async``)."""

    api_key: str | None
    base_url: str | None
    timeout: float | httpx.Timeout | None
    max_retries: int
    default_headers: Mapping[str, str] | None
    http_client: httpx.AsyncClient | None
    strict_response_validation: bool


class AsyncShelter(AsyncAPIClient):
    """Asynchronous client for the Pet Store.

    The API key comes from ``api_key`` or the ``SHELTER_API_KEY`` environment variable.
    ``base_url`` defaults to ``SHELTER_BASE_URL``, else ``https://pets.example.com/v1``.
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
    def pets(self) -> AsyncPetsResource:
        from .resources.pets import AsyncPetsResource

        return AsyncPetsResource(self)

    @cached_property
    def with_raw_response(self) -> AsyncShelterWithRawResponse:
        return AsyncShelterWithRawResponse(self)


class AsyncShelterWithRawResponse:
    """``client.with_raw_response``: the client's resources, whose methods return
    :class:`~two_vendors_client.RawResponse` (the HTTP response, and the usual value as ``parse()``)."""

    def __init__(self, client: AsyncShelter) -> None:
        self._client = client

    @cached_property
    def pets(self) -> AsyncPetsResourceWithRawResponse:
        from .resources.pets import AsyncPetsResourceWithRawResponse

        return AsyncPetsResourceWithRawResponse(self._client.pets)
