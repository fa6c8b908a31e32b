"""Clinic: the `visits` resource."""

from __future__ import annotations

import builtins
from collections.abc import Mapping

import httpx

from ..._base_client import AsyncAPIResource, SyncAPIResource
from ..._response import RawResponse, acall_raw, call_raw
from ..types import Visit


class VisitsResource(SyncAPIResource):
    """Operations on visits."""

    def list(
        self,
        *,
        pet_id: int | None = None,
        class_: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> builtins.list[Visit]:
        """List visits

        Args:
            pet_id: pet-id
            class_: class
        """
        return self._client.request_json(
            "get",
            "/visits",
            query={
                "pet-id": pet_id,
                "class": class_,
            },
            options={
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
            cast_to=builtins.list[Visit],
        )


class VisitsResourceWithRawResponse:
    """The methods of :class:`VisitsResource`, returning :class:`RawResponse`."""

    def __init__(self, resource: VisitsResource) -> None:
        self._resource = resource

    def list(
        self,
        *,
        pet_id: int | None = None,
        class_: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> RawResponse[builtins.list[Visit]]:
        """:meth:`VisitsResource.list`, returning the raw HTTP response as well."""
        return call_raw(
            lambda: self._resource.list(
                pet_id=pet_id,
                class_=class_,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )
        )


class AsyncVisitsResource(AsyncAPIResource):
    """Async Operations on visits."""

    async def list(
        self,
        *,
        pet_id: int | None = None,
        class_: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> builtins.list[Visit]:
        """List visits

        Args:
            pet_id: pet-id
            class_: class
        """
        return await self._client.request_json(
            "get",
            "/visits",
            query={
                "pet-id": pet_id,
                "class": class_,
            },
            options={
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
            cast_to=builtins.list[Visit],
        )


class AsyncVisitsResourceWithRawResponse:
    """The methods of :class:`AsyncVisitsResource`, returning :class:`RawResponse`."""

    def __init__(self, resource: AsyncVisitsResource) -> None:
        self._resource = resource

    async def list(
        self,
        *,
        pet_id: int | None = None,
        class_: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> RawResponse[builtins.list[Visit]]:
        """:meth:`AsyncVisitsResource.list`, returning the raw HTTP response as well."""
        return await acall_raw(
            lambda: self._resource.list(
                pet_id=pet_id,
                class_=class_,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )
        )
