"""Bland AI API: the `voices` resources."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal, overload

import httpx

from ..._base_client import AsyncAPIClient, AsyncAPIResource, SyncAPIClient, SyncAPIResource
from ..._response import BinaryResponse, RawResponse, acall_raw, call_raw
from ..types import GetVoiceSampleResponse, ListVoiceSamplesResponse


class VoicesSamplesResource(SyncAPIResource):
    """Operations on samples."""

    def list(
        self,
        voice_id: str,
        *,
        include_audio: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> ListVoiceSamplesResponse:
        """List Voice Samples

        List the training samples attached to a voice clone you own.

        Returns the training samples used to create a voice clone. Only voices owned by your org return samples; default voices and shared library voices return `400 VOICE_SAMPLES_ERROR` with the message `"Voice is a default voice and not owned by the user."`

        Retrievable samples are only present for V1 (`BTTS`) voices. **V2 and V3 voices both return `[]`** even though they were cloned from a sample, because the underlying single source clip is not exposed via this endpoint. Use the source audio of your original clone for those.

        Docs for agents: [llms.txt](/llms.txt)

        Args:
            voice_id: UUID of the voice.
            include_audio: When `true`, includes base64-encoded audio data with each sample. Increases response size significantly. Use [Get Voice Sample](/api-v1/get/voices-id-samples-sample-id) for a single sample with audio instead.
        """
        return self._client.request_json(
            "get",
            "/v1/voices/{id}/samples",
            path_params={"id": voice_id},
            query={
                "include_audio": include_audio,
            },
            options={
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
            cast_to=ListVoiceSamplesResponse,
        )

    @overload
    def retrieve(
        self,
        voice_id: str,
        sample_id: str,
        *,
        format: Literal["audio"] = "audio",
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> BinaryResponse: ...
    @overload
    def retrieve(
        self,
        voice_id: str,
        sample_id: str,
        *,
        format: Literal["json"],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> GetVoiceSampleResponse: ...

    def retrieve(
        self,
        voice_id: str,
        sample_id: str,
        *,
        format: Literal["audio", "json"] = "audio",
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> GetVoiceSampleResponse | BinaryResponse:
        """Get Voice Sample

        Download a single training sample as audio or JSON metadata.

        Returns a single training sample for a voice you own. By default the response is the raw WAV audio. Pass `?format=json` to get the metadata plus base64-encoded audio instead.

        Only voices owned by your org return samples. Default voices and shared-library voices return `400 VOICE_SAMPLE_ERROR`.

        Docs for agents: [llms.txt](/llms.txt)

        Args:
            voice_id: UUID of the parent voice.
            sample_id: UUID of the sample to fetch.
            format: Response format. `audio` returns the raw WAV binary, `json` returns sample metadata with base64-encoded audio under `data`.
        """
        if format in ("json",):
            return self._client.request_json(
                "get",
                "/v1/voices/{id}/samples/{sample_id}",
                path_params={"id": voice_id, "sample_id": sample_id},
                query={
                    "format": format,
                },
                options={
                    "timeout": timeout,
                    "max_retries": max_retries,
                    "extra_headers": extra_headers,
                    "extra_query": extra_query,
                },
                cast_to=GetVoiceSampleResponse,
            )
        return self._client.request_binary(
            "get",
            "/v1/voices/{id}/samples/{sample_id}",
            path_params={"id": voice_id, "sample_id": sample_id},
            query={
                "format": format,
            },
            options={
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )


class VoicesResource(SyncAPIResource):
    """Operations on voices."""

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.samples = VoicesSamplesResource(client)


class VoicesSamplesResourceWithRawResponse:
    """The methods of :class:`VoicesSamplesResource`, returning :class:`RawResponse`."""

    def __init__(self, resource: VoicesSamplesResource) -> None:
        self._resource = resource

    def list(
        self,
        voice_id: str,
        *,
        include_audio: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> RawResponse[ListVoiceSamplesResponse]:
        """:meth:`VoicesSamplesResource.list`, returning the raw HTTP response as well."""
        return call_raw(
            lambda: self._resource.list(
                voice_id,
                include_audio=include_audio,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )
        )

    @overload
    def retrieve(
        self,
        voice_id: str,
        sample_id: str,
        *,
        format: Literal["audio"] = "audio",
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> RawResponse[BinaryResponse]: ...
    @overload
    def retrieve(
        self,
        voice_id: str,
        sample_id: str,
        *,
        format: Literal["json"],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> RawResponse[GetVoiceSampleResponse]: ...

    def retrieve(
        self,
        voice_id: str,
        sample_id: str,
        *,
        format: Literal["audio", "json"] = "audio",
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> RawResponse[GetVoiceSampleResponse | BinaryResponse]:
        """:meth:`VoicesSamplesResource.retrieve`, returning the raw HTTP response as well."""
        return call_raw(
            lambda: self._resource.retrieve(
                voice_id,
                sample_id,
                format=format,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )
        )


class VoicesResourceWithRawResponse:
    """The methods of :class:`VoicesResource`, returning :class:`RawResponse`."""

    def __init__(self, resource: VoicesResource) -> None:
        self._resource = resource
        self.samples = VoicesSamplesResourceWithRawResponse(resource.samples)


class AsyncVoicesSamplesResource(AsyncAPIResource):
    """Async Operations on samples."""

    async def list(
        self,
        voice_id: str,
        *,
        include_audio: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> ListVoiceSamplesResponse:
        """List Voice Samples

        List the training samples attached to a voice clone you own.

        Returns the training samples used to create a voice clone. Only voices owned by your org return samples; default voices and shared library voices return `400 VOICE_SAMPLES_ERROR` with the message `"Voice is a default voice and not owned by the user."`

        Retrievable samples are only present for V1 (`BTTS`) voices. **V2 and V3 voices both return `[]`** even though they were cloned from a sample, because the underlying single source clip is not exposed via this endpoint. Use the source audio of your original clone for those.

        Docs for agents: [llms.txt](/llms.txt)

        Args:
            voice_id: UUID of the voice.
            include_audio: When `true`, includes base64-encoded audio data with each sample. Increases response size significantly. Use [Get Voice Sample](/api-v1/get/voices-id-samples-sample-id) for a single sample with audio instead.
        """
        return await self._client.request_json(
            "get",
            "/v1/voices/{id}/samples",
            path_params={"id": voice_id},
            query={
                "include_audio": include_audio,
            },
            options={
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
            cast_to=ListVoiceSamplesResponse,
        )

    @overload
    async def retrieve(
        self,
        voice_id: str,
        sample_id: str,
        *,
        format: Literal["audio"] = "audio",
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> BinaryResponse: ...
    @overload
    async def retrieve(
        self,
        voice_id: str,
        sample_id: str,
        *,
        format: Literal["json"],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> GetVoiceSampleResponse: ...

    async def retrieve(
        self,
        voice_id: str,
        sample_id: str,
        *,
        format: Literal["audio", "json"] = "audio",
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> GetVoiceSampleResponse | BinaryResponse:
        """Get Voice Sample

        Download a single training sample as audio or JSON metadata.

        Returns a single training sample for a voice you own. By default the response is the raw WAV audio. Pass `?format=json` to get the metadata plus base64-encoded audio instead.

        Only voices owned by your org return samples. Default voices and shared-library voices return `400 VOICE_SAMPLE_ERROR`.

        Docs for agents: [llms.txt](/llms.txt)

        Args:
            voice_id: UUID of the parent voice.
            sample_id: UUID of the sample to fetch.
            format: Response format. `audio` returns the raw WAV binary, `json` returns sample metadata with base64-encoded audio under `data`.
        """
        if format in ("json",):
            return await self._client.request_json(
                "get",
                "/v1/voices/{id}/samples/{sample_id}",
                path_params={"id": voice_id, "sample_id": sample_id},
                query={
                    "format": format,
                },
                options={
                    "timeout": timeout,
                    "max_retries": max_retries,
                    "extra_headers": extra_headers,
                    "extra_query": extra_query,
                },
                cast_to=GetVoiceSampleResponse,
            )
        return await self._client.request_binary(
            "get",
            "/v1/voices/{id}/samples/{sample_id}",
            path_params={"id": voice_id, "sample_id": sample_id},
            query={
                "format": format,
            },
            options={
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )


class AsyncVoicesResource(AsyncAPIResource):
    """Async Operations on voices."""

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.samples = AsyncVoicesSamplesResource(client)


class AsyncVoicesSamplesResourceWithRawResponse:
    """The methods of :class:`AsyncVoicesSamplesResource`, returning :class:`RawResponse`."""

    def __init__(self, resource: AsyncVoicesSamplesResource) -> None:
        self._resource = resource

    async def list(
        self,
        voice_id: str,
        *,
        include_audio: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> RawResponse[ListVoiceSamplesResponse]:
        """:meth:`AsyncVoicesSamplesResource.list`, returning the raw HTTP response as well."""
        return await acall_raw(
            lambda: self._resource.list(
                voice_id,
                include_audio=include_audio,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )
        )

    @overload
    async def retrieve(
        self,
        voice_id: str,
        sample_id: str,
        *,
        format: Literal["audio"] = "audio",
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> RawResponse[BinaryResponse]: ...
    @overload
    async def retrieve(
        self,
        voice_id: str,
        sample_id: str,
        *,
        format: Literal["json"],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> RawResponse[GetVoiceSampleResponse]: ...

    async def retrieve(
        self,
        voice_id: str,
        sample_id: str,
        *,
        format: Literal["audio", "json"] = "audio",
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> RawResponse[GetVoiceSampleResponse | BinaryResponse]:
        """:meth:`AsyncVoicesSamplesResource.retrieve`, returning the raw HTTP response as well."""
        return await acall_raw(
            lambda: self._resource.retrieve(
                voice_id,
                sample_id,
                format=format,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )
        )


class AsyncVoicesResourceWithRawResponse:
    """The methods of :class:`AsyncVoicesResource`, returning :class:`RawResponse`."""

    def __init__(self, resource: AsyncVoicesResource) -> None:
        self._resource = resource
        self.samples = AsyncVoicesSamplesResourceWithRawResponse(resource.samples)
