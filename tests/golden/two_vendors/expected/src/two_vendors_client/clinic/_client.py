"""The Clinic clients: `Clinic` and `AsyncClinic`."""

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
    from .resources.visits import (
        AsyncVisitsResource,
        AsyncVisitsResourceWithRawResponse,
        VisitsResource,
        VisitsResourceWithRawResponse,
    )

PROFILE = VendorProfile(
    name="clinic",
    default_base_url="https://clinic.example.com",
    api_key_env="CLINIC_API_KEY",
    error=ErrorSpec(
        code_pointers=(),
        message_pointers=(),
    ),
    envelope=None,
    schemes=(
        SecurityScheme(
            name="Bearer",
            kind="bearer",
            prefix="Bearer ",
        ),
    ),
    security=(("Bearer",),),
)


class ClinicOptions(TypedDict, total=False):
    """The keyword arguments of :class:`Clinic`, for the functions that
    pass them on (``connect``)."""

    api_key: str | None
    base_url: str | None
    timeout: float | httpx.Timeout | None
    max_retries: int
    default_headers: Mapping[str, str] | None
    http_client: httpx.Client | None
    strict_response_validation: bool


class Clinic(SyncAPIClient):
    """Synchronous client for the Clinic.

    The API key comes from ``api_key`` or the ``CLINIC_API_KEY`` environment variable.
    ``base_url`` defaults to ``CLINIC_BASE_URL``, else ``https://clinic.example.com``.
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
    def visits(self) -> VisitsResource:
        from .resources.visits import VisitsResource

        return VisitsResource(self)

    @cached_property
    def with_raw_response(self) -> ClinicWithRawResponse:
        return ClinicWithRawResponse(self)


class ClinicWithRawResponse:
    """``client.with_raw_response``: the client's resources, whose methods return
    :class:`~two_vendors_client.RawResponse` (the HTTP response, and the usual value as ``parse()``)."""

    def __init__(self, client: Clinic) -> None:
        self._client = client

    @cached_property
    def visits(self) -> VisitsResourceWithRawResponse:
        from .resources.visits import VisitsResourceWithRawResponse

        return VisitsResourceWithRawResponse(self._client.visits)


class AsyncClinicOptions(TypedDict, total=False):
    """The keyword arguments of :class:`AsyncClinic`, for the functions that
    pass them on (``connect_async``)."""

    api_key: str | None
    base_url: str | None
    timeout: float | httpx.Timeout | None
    max_retries: int
    default_headers: Mapping[str, str] | None
    http_client: httpx.AsyncClient | None
    strict_response_validation: bool


class AsyncClinic(AsyncAPIClient):
    """Asynchronous client for the Clinic.

    The API key comes from ``api_key`` or the ``CLINIC_API_KEY`` environment variable.
    ``base_url`` defaults to ``CLINIC_BASE_URL``, else ``https://clinic.example.com``.
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
    def visits(self) -> AsyncVisitsResource:
        from .resources.visits import AsyncVisitsResource

        return AsyncVisitsResource(self)

    @cached_property
    def with_raw_response(self) -> AsyncClinicWithRawResponse:
        return AsyncClinicWithRawResponse(self)


class AsyncClinicWithRawResponse:
    """``client.with_raw_response``: the client's resources, whose methods return
    :class:`~two_vendors_client.RawResponse` (the HTTP response, and the usual value as ``parse()``)."""

    def __init__(self, client: AsyncClinic) -> None:
        self._client = client

    @cached_property
    def visits(self) -> AsyncVisitsResourceWithRawResponse:
        from .resources.visits import AsyncVisitsResourceWithRawResponse

        return AsyncVisitsResourceWithRawResponse(self._client.visits)
