"""Burki API: the `cloned_voices` resource."""

from __future__ import annotations

from collections.abc import Mapping

import httpx

from ..._base_client import AsyncAPIResource, SyncAPIResource
from ..._response import RawResponse, acall_raw, call_raw
from ..types import ListClonedVoicesResponse


class ClonedVoicesResource(SyncAPIResource):
    """Operations on cloned voices."""

    def list(
        self,
        *,
        status: str | None = None,
        provider: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> ListClonedVoicesResponse:
        """List Organization Cloned Voices

        List cloned voices for organization (organization-level endpoint).

        Args:
            status: Filter by status
            provider: Filter by provider
        """
        return self._client.request_json(
            "get",
            "/api/v1/assistants/cloned-voices",
            query={
                "status": status,
                "provider": provider,
            },
            options={
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
            cast_to=ListClonedVoicesResponse,
        )


class ClonedVoicesResourceWithRawResponse:
    """The methods of :class:`ClonedVoicesResource`, returning :class:`RawResponse`."""

    def __init__(self, resource: ClonedVoicesResource) -> None:
        self._resource = resource

    def list(
        self,
        *,
        status: str | None = None,
        provider: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> RawResponse[ListClonedVoicesResponse]:
        """:meth:`ClonedVoicesResource.list`, returning the raw HTTP response as well."""
        return call_raw(
            lambda: self._resource.list(
                status=status,
                provider=provider,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )
        )


class AsyncClonedVoicesResource(AsyncAPIResource):
    """Async Operations on cloned voices."""

    async def list(
        self,
        *,
        status: str | None = None,
        provider: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> ListClonedVoicesResponse:
        """List Organization Cloned Voices

        List cloned voices for organization (organization-level endpoint).

        Args:
            status: Filter by status
            provider: Filter by provider
        """
        return await self._client.request_json(
            "get",
            "/api/v1/assistants/cloned-voices",
            query={
                "status": status,
                "provider": provider,
            },
            options={
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
            cast_to=ListClonedVoicesResponse,
        )


class AsyncClonedVoicesResourceWithRawResponse:
    """The methods of :class:`AsyncClonedVoicesResource`, returning :class:`RawResponse`."""

    def __init__(self, resource: AsyncClonedVoicesResource) -> None:
        self._resource = resource

    async def list(
        self,
        *,
        status: str | None = None,
        provider: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> RawResponse[ListClonedVoicesResponse]:
        """:meth:`AsyncClonedVoicesResource.list`, returning the raw HTTP response as well."""
        return await acall_raw(
            lambda: self._resource.list(
                status=status,
                provider=provider,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )
        )
