"""Pet Store: the `pets` resources."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

import httpx

from ..._base_client import AsyncAPIClient, AsyncAPIResource, SyncAPIClient, SyncAPIResource
from ..._response import BinaryResponse, RawResponse, acall_raw, call_raw
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


class PetsPhotoResourceWithRawResponse:
    """The methods of :class:`PetsPhotoResource`, returning :class:`RawResponse`."""

    def __init__(self, resource: PetsPhotoResource) -> None:
        self._resource = resource

    def retrieve(
        self,
        pet_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> RawResponse[BinaryResponse]:
        """:meth:`PetsPhotoResource.retrieve`, returning the raw HTTP response as well."""
        return call_raw(
            lambda: self._resource.retrieve(
                pet_id,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )
        )


class PetsResourceWithRawResponse:
    """The methods of :class:`PetsResource`, returning :class:`RawResponse`."""

    def __init__(self, resource: PetsResource) -> None:
        self._resource = resource
        self.photo = PetsPhotoResourceWithRawResponse(resource.photo)

    def list(
        self,
        *,
        limit: int | None = None,
        kind: Literal["dog", "cat"] | str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> RawResponse[ListPetsResponse]:
        """:meth:`PetsResource.list`, returning the raw HTTP response as well."""
        return call_raw(
            lambda: self._resource.list(
                limit=limit,
                kind=kind,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )
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
    ) -> RawResponse[Pet]:
        """:meth:`PetsResource.create`, returning the raw HTTP response as well."""
        return call_raw(
            lambda: self._resource.create(
                name=name,
                tag=tag,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )
        )

    def retrieve(
        self,
        pet_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> RawResponse[Pet]:
        """:meth:`PetsResource.retrieve`, returning the raw HTTP response as well."""
        return call_raw(
            lambda: self._resource.retrieve(
                pet_id,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )
        )

    def delete(
        self,
        pet_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> RawResponse[None]:
        """:meth:`PetsResource.delete`, returning the raw HTTP response as well."""
        return call_raw(
            lambda: self._resource.delete(
                pet_id,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )
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


class AsyncPetsPhotoResourceWithRawResponse:
    """The methods of :class:`AsyncPetsPhotoResource`, returning :class:`RawResponse`."""

    def __init__(self, resource: AsyncPetsPhotoResource) -> None:
        self._resource = resource

    async def retrieve(
        self,
        pet_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> RawResponse[BinaryResponse]:
        """:meth:`AsyncPetsPhotoResource.retrieve`, returning the raw HTTP response as well."""
        return await acall_raw(
            lambda: self._resource.retrieve(
                pet_id,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )
        )


class AsyncPetsResourceWithRawResponse:
    """The methods of :class:`AsyncPetsResource`, returning :class:`RawResponse`."""

    def __init__(self, resource: AsyncPetsResource) -> None:
        self._resource = resource
        self.photo = AsyncPetsPhotoResourceWithRawResponse(resource.photo)

    async def list(
        self,
        *,
        limit: int | None = None,
        kind: Literal["dog", "cat"] | str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> RawResponse[ListPetsResponse]:
        """:meth:`AsyncPetsResource.list`, returning the raw HTTP response as well."""
        return await acall_raw(
            lambda: self._resource.list(
                limit=limit,
                kind=kind,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )
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
    ) -> RawResponse[Pet]:
        """:meth:`AsyncPetsResource.create`, returning the raw HTTP response as well."""
        return await acall_raw(
            lambda: self._resource.create(
                name=name,
                tag=tag,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )
        )

    async def retrieve(
        self,
        pet_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> RawResponse[Pet]:
        """:meth:`AsyncPetsResource.retrieve`, returning the raw HTTP response as well."""
        return await acall_raw(
            lambda: self._resource.retrieve(
                pet_id,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )
        )

    async def delete(
        self,
        pet_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> RawResponse[None]:
        """:meth:`AsyncPetsResource.delete`, returning the raw HTTP response as well."""
        return await acall_raw(
            lambda: self._resource.delete(
                pet_id,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )
        )
