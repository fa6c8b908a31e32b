"""Truedy: the `voices` resource."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import httpx

from ..._base_client import AsyncAPIResource, SyncAPIResource
from ..._files import FileInput, encode_base64_file
from ..._response import RawResponse, acall_raw, call_raw
from ..types import VoiceResponse


class VoicesResource(SyncAPIResource):
    """Operations on voices."""

    def clone(
        self,
        *,
        name: str,
        files: Sequence[FileInput],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> VoiceResponse:
        """Clone Voice

        Create a custom voice clone from your audio files. Requires base64-encoded audio samples.

        Args:
            name: Name for the cloned voice
            files: Array of audio files (base64-encoded)
        """
        _body: dict[str, object] = {}
        _body["name"] = name
        _body["files"] = [
            encode_base64_file(
                f,
                filename_key="filename",
                data_key="data",
                content_type_key="content_type",
                require_audio=True,
            )
            for f in files
        ]
        return self._client.request_json(
            "post",
            "/voices/clone",
            json=_body,
            options={
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
            cast_to=VoiceResponse,
        )


class VoicesResourceWithRawResponse:
    """The methods of :class:`VoicesResource`, returning :class:`RawResponse`."""

    def __init__(self, resource: VoicesResource) -> None:
        self._resource = resource

    def clone(
        self,
        *,
        name: str,
        files: Sequence[FileInput],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> RawResponse[VoiceResponse]:
        """:meth:`VoicesResource.clone`, returning the raw HTTP response as well."""
        return call_raw(
            lambda: self._resource.clone(
                name=name,
                files=files,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )
        )


class AsyncVoicesResource(AsyncAPIResource):
    """Async Operations on voices."""

    async def clone(
        self,
        *,
        name: str,
        files: Sequence[FileInput],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> VoiceResponse:
        """Clone Voice

        Create a custom voice clone from your audio files. Requires base64-encoded audio samples.

        Args:
            name: Name for the cloned voice
            files: Array of audio files (base64-encoded)
        """
        _body: dict[str, object] = {}
        _body["name"] = name
        _body["files"] = [
            encode_base64_file(
                f,
                filename_key="filename",
                data_key="data",
                content_type_key="content_type",
                require_audio=True,
            )
            for f in files
        ]
        return await self._client.request_json(
            "post",
            "/voices/clone",
            json=_body,
            options={
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
            cast_to=VoiceResponse,
        )


class AsyncVoicesResourceWithRawResponse:
    """The methods of :class:`AsyncVoicesResource`, returning :class:`RawResponse`."""

    def __init__(self, resource: AsyncVoicesResource) -> None:
        self._resource = resource

    async def clone(
        self,
        *,
        name: str,
        files: Sequence[FileInput],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> RawResponse[VoiceResponse]:
        """:meth:`AsyncVoicesResource.clone`, returning the raw HTTP response as well."""
        return await acall_raw(
            lambda: self._resource.clone(
                name=name,
                files=files,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )
        )
