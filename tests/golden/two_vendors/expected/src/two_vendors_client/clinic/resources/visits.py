"""Clinic: the `visits` resource."""

from __future__ import annotations

import builtins
from collections.abc import Mapping

import httpx

from ..._base_client import (
    AsyncAPIResource,
    SyncAPIResource,
    request_options,
)
from ..._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ..._types import NOT_GIVEN, NotGiven
from ..types import Visit


class VisitsResource(SyncAPIResource):
    """Operations on visits."""

    def list(
        self,
        *,
        pet_id: int | NotGiven = NOT_GIVEN,
        class_: str | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> builtins.list[Visit]:
        """List visits

        Args:
            pet_id: The ``pet-id`` query parameter.
            class_: The ``class`` query parameter.

        Returns:
            Visits

        Raises:
            APIStatusError: a non-2xx response.
            APIResponseValidationError: a 2xx body that is not JSON, or not even its outer shape.
            APIConnectionError: no response, after the retries.
        """
        return self._client.request_json(
            "get",
            "/visits",
            query={
                "pet-id": pet_id,
                "class": class_,
            },
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
            cast_to=builtins.list[Visit],
        )


class VisitsResourceWithRawResponse:
    """:class:`VisitsResource`'s methods, wrapped to return :class:`RawResponse`."""

    def __init__(self, resource: VisitsResource) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)


class AsyncVisitsResource(AsyncAPIResource):
    """Async Operations on visits."""

    async def list(
        self,
        *,
        pet_id: int | NotGiven = NOT_GIVEN,
        class_: str | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> builtins.list[Visit]:
        """List visits

        Args:
            pet_id: The ``pet-id`` query parameter.
            class_: The ``class`` query parameter.

        Returns:
            Visits

        Raises:
            APIStatusError: a non-2xx response.
            APIResponseValidationError: a 2xx body that is not JSON, or not even its outer shape.
            APIConnectionError: no response, after the retries.
        """
        return await self._client.request_json(
            "get",
            "/visits",
            query={
                "pet-id": pet_id,
                "class": class_,
            },
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
            cast_to=builtins.list[Visit],
        )


class AsyncVisitsResourceWithRawResponse:
    """:class:`AsyncVisitsResource`'s methods, wrapped to return :class:`RawResponse`."""

    def __init__(self, resource: AsyncVisitsResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)
