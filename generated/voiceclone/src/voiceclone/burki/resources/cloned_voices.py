"""Burki API: the `cloned_voices` resource."""

from __future__ import annotations

from collections.abc import Mapping

import httpx

from ..._base_client import (
    AsyncAPIResource,
    SyncAPIResource,
    request_options,
)
from ..._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ..._types import NOT_GIVEN, NotGiven
from ..types import ListClonedVoicesResponse


class ClonedVoicesResource(SyncAPIResource):
    """Operations on cloned voices."""

    def list(
        self,
        *,
        status: str | NotGiven | None = NOT_GIVEN,
        provider: str | NotGiven | None = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> ListClonedVoicesResponse:
        """List Organization Cloned Voices

        List cloned voices for organization (organization-level endpoint).

        Args:
            status: Filter by status
            provider: Filter by provider

        Returns:
            Successful Response

        Raises:
            UnprocessableEntityError: 422: Validation Error
            APIStatusError: any other non-2xx response.
            APIResponseValidationError: a 2xx body that is not JSON, or not even its outer shape.
            APIConnectionError: no response, after the retries.
        """
        return self._client.request_json(
            "get",
            "/api/v1/assistants/cloned-voices",
            query={
                "status": status,
                "provider": provider,
            },
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
            cast_to=ListClonedVoicesResponse,
        )


class ClonedVoicesResourceWithRawResponse:
    """:class:`ClonedVoicesResource`'s methods, wrapped to return :class:`RawResponse`."""

    def __init__(self, resource: ClonedVoicesResource) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)


class AsyncClonedVoicesResource(AsyncAPIResource):
    """Async Operations on cloned voices."""

    async def list(
        self,
        *,
        status: str | NotGiven | None = NOT_GIVEN,
        provider: str | NotGiven | None = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> ListClonedVoicesResponse:
        """List Organization Cloned Voices

        List cloned voices for organization (organization-level endpoint).

        Args:
            status: Filter by status
            provider: Filter by provider

        Returns:
            Successful Response

        Raises:
            UnprocessableEntityError: 422: Validation Error
            APIStatusError: any other non-2xx response.
            APIResponseValidationError: a 2xx body that is not JSON, or not even its outer shape.
            APIConnectionError: no response, after the retries.
        """
        return await self._client.request_json(
            "get",
            "/api/v1/assistants/cloned-voices",
            query={
                "status": status,
                "provider": provider,
            },
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
            cast_to=ListClonedVoicesResponse,
        )


class AsyncClonedVoicesResourceWithRawResponse:
    """:class:`AsyncClonedVoicesResource`'s methods, wrapped to return :class:`RawResponse`."""

    def __init__(self, resource: AsyncClonedVoicesResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)
