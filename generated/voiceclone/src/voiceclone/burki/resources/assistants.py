"""Burki API: the `assistants` resources."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

import httpx

from ..._base_client import AsyncAPIClient, AsyncAPIResource, SyncAPIClient, SyncAPIResource
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
