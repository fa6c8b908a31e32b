"""Burki API: the `assistants` resources."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

import httpx

from ..._base_client import AsyncAPIClient, AsyncAPIResource, SyncAPIClient, SyncAPIResource
from ..._response import RawResponse, acall_raw, call_raw
from ..types import ListClonedVoicesResponse


class AssistantsClonedVoicesResource(SyncAPIResource):
    """Operations on cloned voices."""

    def list(
        self,
        assistant_id: int,
        *,
        status: Literal["processing", "ready", "failed", "archived"] | str | None = None,
        provider: Literal["elevenlabs", "resemble", "inworld"] | str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> ListClonedVoicesResponse:
        """List Cloned Voices

        Args:
            assistant_id: The unique identifier of the assistant whose cloned voices you want to list.
            status: Filter cloned voices by status.
            provider: Filter cloned voices by TTS provider.
        """
        return self._client.request_json(
            "get",
            "/api/v1/assistants/{assistant_id}/cloned-voices",
            path_params={"assistant_id": assistant_id},
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


class AssistantsResource(SyncAPIResource):
    """Operations on assistants."""

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.cloned_voices = AssistantsClonedVoicesResource(client)


class AssistantsClonedVoicesResourceWithRawResponse:
    """The methods of :class:`AssistantsClonedVoicesResource`, returning :class:`RawResponse`."""

    def __init__(self, resource: AssistantsClonedVoicesResource) -> None:
        self._resource = resource

    def list(
        self,
        assistant_id: int,
        *,
        status: Literal["processing", "ready", "failed", "archived"] | str | None = None,
        provider: Literal["elevenlabs", "resemble", "inworld"] | str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> RawResponse[ListClonedVoicesResponse]:
        """:meth:`AssistantsClonedVoicesResource.list`, returning the raw HTTP response as well."""
        return call_raw(
            lambda: self._resource.list(
                assistant_id,
                status=status,
                provider=provider,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )
        )


class AssistantsResourceWithRawResponse:
    """The methods of :class:`AssistantsResource`, returning :class:`RawResponse`."""

    def __init__(self, resource: AssistantsResource) -> None:
        self._resource = resource
        self.cloned_voices = AssistantsClonedVoicesResourceWithRawResponse(resource.cloned_voices)


class AsyncAssistantsClonedVoicesResource(AsyncAPIResource):
    """Async Operations on cloned voices."""

    async def list(
        self,
        assistant_id: int,
        *,
        status: Literal["processing", "ready", "failed", "archived"] | str | None = None,
        provider: Literal["elevenlabs", "resemble", "inworld"] | str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> ListClonedVoicesResponse:
        """List Cloned Voices

        Args:
            assistant_id: The unique identifier of the assistant whose cloned voices you want to list.
            status: Filter cloned voices by status.
            provider: Filter cloned voices by TTS provider.
        """
        return await self._client.request_json(
            "get",
            "/api/v1/assistants/{assistant_id}/cloned-voices",
            path_params={"assistant_id": assistant_id},
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


class AsyncAssistantsResource(AsyncAPIResource):
    """Async Operations on assistants."""

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.cloned_voices = AsyncAssistantsClonedVoicesResource(client)


class AsyncAssistantsClonedVoicesResourceWithRawResponse:
    """The methods of :class:`AsyncAssistantsClonedVoicesResource`, returning :class:`RawResponse`."""

    def __init__(self, resource: AsyncAssistantsClonedVoicesResource) -> None:
        self._resource = resource

    async def list(
        self,
        assistant_id: int,
        *,
        status: Literal["processing", "ready", "failed", "archived"] | str | None = None,
        provider: Literal["elevenlabs", "resemble", "inworld"] | str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> RawResponse[ListClonedVoicesResponse]:
        """:meth:`AsyncAssistantsClonedVoicesResource.list`, returning the raw HTTP response as well."""
        return await acall_raw(
            lambda: self._resource.list(
                assistant_id,
                status=status,
                provider=provider,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )
        )


class AsyncAssistantsResourceWithRawResponse:
    """The methods of :class:`AsyncAssistantsResource`, returning :class:`RawResponse`."""

    def __init__(self, resource: AsyncAssistantsResource) -> None:
        self._resource = resource
        self.cloned_voices = AsyncAssistantsClonedVoicesResourceWithRawResponse(
            resource.cloned_voices
        )
