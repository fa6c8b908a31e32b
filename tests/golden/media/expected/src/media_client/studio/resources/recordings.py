"""Studio: the `recordings` resources."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Literal, overload

import httpx

from ..._base_client import AsyncAPIClient, AsyncAPIResource, SyncAPIClient, SyncAPIResource
from ..._files import FileInput
from ..._response import BinaryResponse, RawResponse, acall_raw, call_raw
from ..types import Recording


class RecordingsAudioResource(SyncAPIResource):
    """Operations on audio."""

    @overload
    def retrieve(
        self,
        recording_id: str,
        *,
        format: Literal["wav"] = "wav",
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> BinaryResponse: ...
    @overload
    def retrieve(
        self,
        recording_id: str,
        *,
        format: Literal["json"],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> Recording: ...

    def retrieve(
        self,
        recording_id: str,
        *,
        format: Literal["wav", "json"] = "wav",
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> Recording | BinaryResponse:
        """Get the audio, or its metadata

        Args:
            recording_id: recording_id
            format: format
        """
        if format in ("json",):
            return self._client.request_json(
                "get",
                "/recordings/{recording_id}/audio",
                path_params={"recording_id": recording_id},
                query={
                    "format": format,
                },
                options={
                    "timeout": timeout,
                    "max_retries": max_retries,
                    "extra_headers": extra_headers,
                    "extra_query": extra_query,
                },
                cast_to=Recording,
            )
        return self._client.request_binary(
            "get",
            "/recordings/{recording_id}/audio",
            path_params={"recording_id": recording_id},
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


class RecordingsResource(SyncAPIResource):
    """Operations on recordings."""

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.audio = RecordingsAudioResource(client)

    def create(
        self,
        *,
        files: Sequence[FileInput],
        title: str,
        language: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> Recording:
        """Upload recordings

        Args:
            files: files
            title: title
            language: language
        """
        _files: list[tuple[str, FileInput]] = []
        _form: dict[str, object] = {}
        _files.extend(("files", f) for f in files)
        _form["title"] = title
        if language is not None:
            _form["language"] = language
        return self._client.request_json(
            "post",
            "/recordings",
            files=_files,
            data=_form,
            options={
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
            cast_to=Recording,
        )


class RecordingsAudioResourceWithRawResponse:
    """The methods of :class:`RecordingsAudioResource`, returning :class:`RawResponse`."""

    def __init__(self, resource: RecordingsAudioResource) -> None:
        self._resource = resource

    @overload
    def retrieve(
        self,
        recording_id: str,
        *,
        format: Literal["wav"] = "wav",
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> RawResponse[BinaryResponse]: ...
    @overload
    def retrieve(
        self,
        recording_id: str,
        *,
        format: Literal["json"],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> RawResponse[Recording]: ...

    def retrieve(
        self,
        recording_id: str,
        *,
        format: Literal["wav", "json"] = "wav",
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> RawResponse[Recording | BinaryResponse]:
        """:meth:`RecordingsAudioResource.retrieve`, returning the raw HTTP response as well."""
        return call_raw(
            lambda: self._resource.retrieve(
                recording_id,
                format=format,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )
        )


class RecordingsResourceWithRawResponse:
    """The methods of :class:`RecordingsResource`, returning :class:`RawResponse`."""

    def __init__(self, resource: RecordingsResource) -> None:
        self._resource = resource
        self.audio = RecordingsAudioResourceWithRawResponse(resource.audio)

    def create(
        self,
        *,
        files: Sequence[FileInput],
        title: str,
        language: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> RawResponse[Recording]:
        """:meth:`RecordingsResource.create`, returning the raw HTTP response as well."""
        return call_raw(
            lambda: self._resource.create(
                files=files,
                title=title,
                language=language,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )
        )


class AsyncRecordingsAudioResource(AsyncAPIResource):
    """Async Operations on audio."""

    @overload
    async def retrieve(
        self,
        recording_id: str,
        *,
        format: Literal["wav"] = "wav",
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> BinaryResponse: ...
    @overload
    async def retrieve(
        self,
        recording_id: str,
        *,
        format: Literal["json"],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> Recording: ...

    async def retrieve(
        self,
        recording_id: str,
        *,
        format: Literal["wav", "json"] = "wav",
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> Recording | BinaryResponse:
        """Get the audio, or its metadata

        Args:
            recording_id: recording_id
            format: format
        """
        if format in ("json",):
            return await self._client.request_json(
                "get",
                "/recordings/{recording_id}/audio",
                path_params={"recording_id": recording_id},
                query={
                    "format": format,
                },
                options={
                    "timeout": timeout,
                    "max_retries": max_retries,
                    "extra_headers": extra_headers,
                    "extra_query": extra_query,
                },
                cast_to=Recording,
            )
        return await self._client.request_binary(
            "get",
            "/recordings/{recording_id}/audio",
            path_params={"recording_id": recording_id},
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


class AsyncRecordingsResource(AsyncAPIResource):
    """Async Operations on recordings."""

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.audio = AsyncRecordingsAudioResource(client)

    async def create(
        self,
        *,
        files: Sequence[FileInput],
        title: str,
        language: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> Recording:
        """Upload recordings

        Args:
            files: files
            title: title
            language: language
        """
        _files: list[tuple[str, FileInput]] = []
        _form: dict[str, object] = {}
        _files.extend(("files", f) for f in files)
        _form["title"] = title
        if language is not None:
            _form["language"] = language
        return await self._client.request_json(
            "post",
            "/recordings",
            files=_files,
            data=_form,
            options={
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
            cast_to=Recording,
        )


class AsyncRecordingsAudioResourceWithRawResponse:
    """The methods of :class:`AsyncRecordingsAudioResource`, returning :class:`RawResponse`."""

    def __init__(self, resource: AsyncRecordingsAudioResource) -> None:
        self._resource = resource

    @overload
    async def retrieve(
        self,
        recording_id: str,
        *,
        format: Literal["wav"] = "wav",
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> RawResponse[BinaryResponse]: ...
    @overload
    async def retrieve(
        self,
        recording_id: str,
        *,
        format: Literal["json"],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> RawResponse[Recording]: ...

    async def retrieve(
        self,
        recording_id: str,
        *,
        format: Literal["wav", "json"] = "wav",
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> RawResponse[Recording | BinaryResponse]:
        """:meth:`AsyncRecordingsAudioResource.retrieve`, returning the raw HTTP response as well."""
        return await acall_raw(
            lambda: self._resource.retrieve(
                recording_id,
                format=format,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )
        )


class AsyncRecordingsResourceWithRawResponse:
    """The methods of :class:`AsyncRecordingsResource`, returning :class:`RawResponse`."""

    def __init__(self, resource: AsyncRecordingsResource) -> None:
        self._resource = resource
        self.audio = AsyncRecordingsAudioResourceWithRawResponse(resource.audio)

    async def create(
        self,
        *,
        files: Sequence[FileInput],
        title: str,
        language: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> RawResponse[Recording]:
        """:meth:`AsyncRecordingsResource.create`, returning the raw HTTP response as well."""
        return await acall_raw(
            lambda: self._resource.create(
                files=files,
                title=title,
                language=language,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )
        )
