"""Pet Store: the `pets` resources."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

import httpx

from ..._base_client import AsyncAPIClient, AsyncAPIResource, SyncAPIClient, SyncAPIResource
from ..._response import BinaryResponse
from ..types import ListPetsResponse, Pet


class PetsPhotoResource(SyncAPIResource):
    """Operations on photo."""

    def retrieve(
        self,
        pet_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> BinaryResponse:
        """Download the pet's photo

        Args:
            pet_id: petId
        """
        return self._client.request_binary(
            "get",
            "/pets/{petId}/photo",
            path_params={"petId": pet_id},
            options={
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )


class PetsResource(SyncAPIResource):
    """Operations on pets."""

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.photo = PetsPhotoResource(client)

    def list(
        self,
        *,
        limit: int | None = None,
        kind: Literal["dog", "cat"] | str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> ListPetsResponse:
        """List pets

        Args:
            limit: How many to return.
            kind: kind
        """
        return self._client.request_json(
            "get",
            "/pets",
            query={
                "limit": limit,
                "kind": kind,
            },
            options={
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
            cast_to=ListPetsResponse,
        )

    def create(
        self,
        *,
        name: str,
        tag: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> Pet:
        """Create a pet

        Args:
            name: name
            tag: tag
        """
        _body: dict[str, object] = {}
        _body["name"] = name
        if tag is not None:
            _body["tag"] = tag
        return self._client.request_json(
            "post",
            "/pets",
            json=_body,
            options={
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
            cast_to=Pet,
        )

    def retrieve(
        self,
        pet_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> Pet:
        """Get a pet

        Args:
            pet_id: petId
        """
        return self._client.request_json(
            "get",
            "/pets/{petId}",
            path_params={"petId": pet_id},
            options={
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
            cast_to=Pet,
        )

    def delete(
        self,
        pet_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> None:
        """Delete a pet

        Args:
            pet_id: petId
        """
        self._client.request_empty(
            "delete",
            "/pets/{petId}",
            path_params={"petId": pet_id},
            options={
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )


class AsyncPetsPhotoResource(AsyncAPIResource):
    """Async Operations on photo."""

    async def retrieve(
        self,
        pet_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> BinaryResponse:
        """Download the pet's photo

        Args:
            pet_id: petId
        """
        return await self._client.request_binary(
            "get",
            "/pets/{petId}/photo",
            path_params={"petId": pet_id},
            options={
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )


class AsyncPetsResource(AsyncAPIResource):
    """Async Operations on pets."""

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.photo = AsyncPetsPhotoResource(client)

    async def list(
        self,
        *,
        limit: int | None = None,
        kind: Literal["dog", "cat"] | str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> ListPetsResponse:
        """List pets

        Args:
            limit: How many to return.
            kind: kind
        """
        return await self._client.request_json(
            "get",
            "/pets",
            query={
                "limit": limit,
                "kind": kind,
            },
            options={
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
            cast_to=ListPetsResponse,
        )

    async def create(
        self,
        *,
        name: str,
        tag: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> Pet:
        """Create a pet

        Args:
            name: name
            tag: tag
        """
        _body: dict[str, object] = {}
        _body["name"] = name
        if tag is not None:
            _body["tag"] = tag
        return await self._client.request_json(
            "post",
            "/pets",
            json=_body,
            options={
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
            cast_to=Pet,
        )

    async def retrieve(
        self,
        pet_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> Pet:
        """Get a pet

        Args:
            pet_id: petId
        """
        return await self._client.request_json(
            "get",
            "/pets/{petId}",
            path_params={"petId": pet_id},
            options={
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
            cast_to=Pet,
        )

    async def delete(
        self,
        pet_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> None:
        """Delete a pet

        Args:
            pet_id: petId
        """
        await self._client.request_empty(
            "delete",
            "/pets/{petId}",
            path_params={"petId": pet_id},
            options={
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )
