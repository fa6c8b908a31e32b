"""Pet Store: the `pets` resources."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

import httpx

from ..._base_client import (
    AsyncAPIClient,
    AsyncAPIResource,
    SyncAPIClient,
    SyncAPIResource,
    request_options,
)
from ..._response import BinaryResponse, async_to_raw_response_wrapper, to_raw_response_wrapper
from ..._types import NOT_GIVEN, NotGiven
from ..types import ListPetsResponse, Pet


class PetsPhotoResource(SyncAPIResource):
    """Operations on photo."""

    def retrieve(
        self,
        pet_id: int,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> BinaryResponse:
        """Download the pet's photo

        Args:
            pet_id: The ``petId`` path parameter.

        Returns:
            JPEG

        Raises:
            APIStatusError: a non-2xx response.
            APIConnectionError: no response, after the retries.
        """
        return self._client.request_binary(
            "get",
            "/pets/{petId}/photo",
            path_params={"petId": pet_id},
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class PetsResource(SyncAPIResource):
    """Operations on pets."""

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.photo = PetsPhotoResource(client)

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        kind: Literal["dog", "cat"] | str | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> ListPetsResponse:
        """List pets

        Args:
            limit: How many to return.
            kind: The ``kind`` query parameter.

        Returns:
            A page of pets

        Raises:
            APIStatusError: a non-2xx response.
            APIResponseValidationError: a 2xx body that is not JSON, or not even its outer shape.
            APIConnectionError: no response, after the retries.
        """
        return self._client.request_json(
            "get",
            "/pets",
            query={
                "limit": limit,
                "kind": kind,
            },
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
            cast_to=ListPetsResponse,
        )

    def create(
        self,
        *,
        name: str,
        tag: str | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Pet:
        """Create a pet

        Args:
            name: The ``name`` field of the request body.
            tag: The ``tag`` field of the request body.

        Returns:
            Created

        Raises:
            APIStatusError: a non-2xx response.
            APIResponseValidationError: a 2xx body that is not JSON, or not even its outer shape.
            APIConnectionError: no response, after the retries.
        """
        _body: dict[str, object] = {}
        _body["name"] = name
        if tag is not NOT_GIVEN:
            _body["tag"] = tag
        return self._client.request_json(
            "post",
            "/pets",
            json=_body,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
            cast_to=Pet,
        )

    def retrieve(
        self,
        pet_id: int,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Pet:
        """Get a pet

        Args:
            pet_id: The ``petId`` path parameter.

        Returns:
            The pet

        Raises:
            NotFoundError: 404: No such pet
            APIStatusError: any other non-2xx response.
            APIResponseValidationError: a 2xx body that is not JSON, or not even its outer shape.
            APIConnectionError: no response, after the retries.
        """
        return self._client.request_json(
            "get",
            "/pets/{petId}",
            path_params={"petId": pet_id},
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
            cast_to=Pet,
        )

    def delete(
        self,
        pet_id: int,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Delete a pet

        Args:
            pet_id: The ``petId`` path parameter.

        Raises:
            APIStatusError: a non-2xx response.
            APIConnectionError: no response, after the retries.
        """
        self._client.request_empty(
            "delete",
            "/pets/{petId}",
            path_params={"petId": pet_id},
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class PetsPhotoResourceWithRawResponse:
    """:class:`PetsPhotoResource`'s methods, wrapped to return :class:`RawResponse`."""

    def __init__(self, resource: PetsPhotoResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class PetsResourceWithRawResponse:
    """:class:`PetsResource`'s methods, wrapped to return :class:`RawResponse`."""

    def __init__(self, resource: PetsResource) -> None:
        self._resource = resource
        self.photo = PetsPhotoResourceWithRawResponse(resource.photo)
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.delete = to_raw_response_wrapper(resource.delete)


class AsyncPetsPhotoResource(AsyncAPIResource):
    """Async Operations on photo."""

    async def retrieve(
        self,
        pet_id: int,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> BinaryResponse:
        """Download the pet's photo

        Args:
            pet_id: The ``petId`` path parameter.

        Returns:
            JPEG

        Raises:
            APIStatusError: a non-2xx response.
            APIConnectionError: no response, after the retries.
        """
        return await self._client.request_binary(
            "get",
            "/pets/{petId}/photo",
            path_params={"petId": pet_id},
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AsyncPetsResource(AsyncAPIResource):
    """Async Operations on pets."""

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.photo = AsyncPetsPhotoResource(client)

    async def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        kind: Literal["dog", "cat"] | str | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> ListPetsResponse:
        """List pets

        Args:
            limit: How many to return.
            kind: The ``kind`` query parameter.

        Returns:
            A page of pets

        Raises:
            APIStatusError: a non-2xx response.
            APIResponseValidationError: a 2xx body that is not JSON, or not even its outer shape.
            APIConnectionError: no response, after the retries.
        """
        return await self._client.request_json(
            "get",
            "/pets",
            query={
                "limit": limit,
                "kind": kind,
            },
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
            cast_to=ListPetsResponse,
        )

    async def create(
        self,
        *,
        name: str,
        tag: str | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Pet:
        """Create a pet

        Args:
            name: The ``name`` field of the request body.
            tag: The ``tag`` field of the request body.

        Returns:
            Created

        Raises:
            APIStatusError: a non-2xx response.
            APIResponseValidationError: a 2xx body that is not JSON, or not even its outer shape.
            APIConnectionError: no response, after the retries.
        """
        _body: dict[str, object] = {}
        _body["name"] = name
        if tag is not NOT_GIVEN:
            _body["tag"] = tag
        return await self._client.request_json(
            "post",
            "/pets",
            json=_body,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
            cast_to=Pet,
        )

    async def retrieve(
        self,
        pet_id: int,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Pet:
        """Get a pet

        Args:
            pet_id: The ``petId`` path parameter.

        Returns:
            The pet

        Raises:
            NotFoundError: 404: No such pet
            APIStatusError: any other non-2xx response.
            APIResponseValidationError: a 2xx body that is not JSON, or not even its outer shape.
            APIConnectionError: no response, after the retries.
        """
        return await self._client.request_json(
            "get",
            "/pets/{petId}",
            path_params={"petId": pet_id},
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
            cast_to=Pet,
        )

    async def delete(
        self,
        pet_id: int,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Delete a pet

        Args:
            pet_id: The ``petId`` path parameter.

        Raises:
            APIStatusError: a non-2xx response.
            APIConnectionError: no response, after the retries.
        """
        await self._client.request_empty(
            "delete",
            "/pets/{petId}",
            path_params={"petId": pet_id},
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AsyncPetsPhotoResourceWithRawResponse:
    """:class:`AsyncPetsPhotoResource`'s methods, wrapped to return :class:`RawResponse`."""

    def __init__(self, resource: AsyncPetsPhotoResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)


class AsyncPetsResourceWithRawResponse:
    """:class:`AsyncPetsResource`'s methods, wrapped to return :class:`RawResponse`."""

    def __init__(self, resource: AsyncPetsResource) -> None:
        self._resource = resource
        self.photo = AsyncPetsPhotoResourceWithRawResponse(resource.photo)
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.delete = async_to_raw_response_wrapper(resource.delete)
