"""Studio: the `recordings` resources."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal, overload

import httpx

from ..._base_client import (
    AsyncAPIClient,
    AsyncAPIResource,
    SyncAPIClient,
    SyncAPIResource,
    request_options,
)
from ..._files import FileList, LoadedFile, file_list, read_file
from ..._response import BinaryResponse, async_to_raw_response_wrapper, to_raw_response_wrapper
from ..._types import NOT_GIVEN, NotGiven
from ..types import Recording


class RecordingsAudioResource(SyncAPIResource):
    """Operations on audio."""

    @overload
    def retrieve(
        self,
        recording_id: str,
        *,
        format: Literal["wav"] = "wav",
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> BinaryResponse: ...
    @overload
    def retrieve(
        self,
        recording_id: str,
        *,
        format: Literal["json"],
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Recording: ...

    def retrieve(
        self,
        recording_id: str,
        *,
        format: Literal["wav", "json"] = "wav",
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Recording | BinaryResponse:
        """Get the audio, or its metadata

        Args:
            recording_id: The ``recording_id`` path parameter.
            format: The ``format`` query parameter.

        Returns:
            Audio or JSON; a BinaryResponse for audio

        Raises:
            APIStatusError: a non-2xx response.
            APIResponseValidationError: a 2xx body that is not JSON, or not even its outer shape.
            APIConnectionError: no response, after the retries.
        """
        if format in ("json",):
            return self._client.request_json(
                "get",
                "/recordings/{recording_id}/audio",
                path_params={"recording_id": recording_id},
                query={
                    "format": format,
                },
                options=request_options(
                    timeout, max_retries, extra_headers, extra_query, extra_body
                ),
                cast_to=Recording,
            )
        return self._client.request_binary(
            "get",
            "/recordings/{recording_id}/audio",
            path_params={"recording_id": recording_id},
            query={
                "format": format,
            },
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class RecordingsResource(SyncAPIResource):
    """Operations on recordings."""

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.audio = RecordingsAudioResource(client)

    def create(
        self,
        *,
        files: FileList,
        title: str,
        language: str | NotGiven | None = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Recording:
        """Upload recordings

        Args:
            files: The ``files`` file to upload.
            title: The ``title`` form field.
            language: The ``language`` form field.

        Returns:
            Stored

        Raises:
            InvalidFileError: a file that cannot be read, before any request.
            APIStatusError: a non-2xx response.
            APIResponseValidationError: a 2xx body that is not JSON, or not even its outer shape.
            APIConnectionError: no response, after the retries.
        """
        _files: list[tuple[str, LoadedFile]] = []
        _form: dict[str, object] = {}
        _files.extend(("files", read_file(f)) for f in file_list(files, argument="files"))
        _form["title"] = title
        if language is not NOT_GIVEN:
            _form["language"] = language
        return self._client.request_json(
            "post",
            "/recordings",
            files=_files,
            data=_form,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
            cast_to=Recording,
        )


class RecordingsAudioResourceWithRawResponse:
    """:class:`RecordingsAudioResource`'s methods, wrapped to return :class:`RawResponse`."""

    def __init__(self, resource: RecordingsAudioResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class RecordingsResourceWithRawResponse:
    """:class:`RecordingsResource`'s methods, wrapped to return :class:`RawResponse`."""

    def __init__(self, resource: RecordingsResource) -> None:
        self._resource = resource
        self.audio = RecordingsAudioResourceWithRawResponse(resource.audio)
        self.create = to_raw_response_wrapper(resource.create)


class AsyncRecordingsAudioResource(AsyncAPIResource):
    """Async Operations on audio."""

    @overload
    async def retrieve(
        self,
        recording_id: str,
        *,
        format: Literal["wav"] = "wav",
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> BinaryResponse: ...
    @overload
    async def retrieve(
        self,
        recording_id: str,
        *,
        format: Literal["json"],
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Recording: ...

    async def retrieve(
        self,
        recording_id: str,
        *,
        format: Literal["wav", "json"] = "wav",
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Recording | BinaryResponse:
        """Get the audio, or its metadata

        Args:
            recording_id: The ``recording_id`` path parameter.
            format: The ``format`` query parameter.

        Returns:
            Audio or JSON; a BinaryResponse for audio

        Raises:
            APIStatusError: a non-2xx response.
            APIResponseValidationError: a 2xx body that is not JSON, or not even its outer shape.
            APIConnectionError: no response, after the retries.
        """
        if format in ("json",):
            return await self._client.request_json(
                "get",
                "/recordings/{recording_id}/audio",
                path_params={"recording_id": recording_id},
                query={
                    "format": format,
                },
                options=request_options(
                    timeout, max_retries, extra_headers, extra_query, extra_body
                ),
                cast_to=Recording,
            )
        return await self._client.request_binary(
            "get",
            "/recordings/{recording_id}/audio",
            path_params={"recording_id": recording_id},
            query={
                "format": format,
            },
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AsyncRecordingsResource(AsyncAPIResource):
    """Async Operations on recordings."""

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.audio = AsyncRecordingsAudioResource(client)

    async def create(
        self,
        *,
        files: FileList,
        title: str,
        language: str | NotGiven | None = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Recording:
        """Upload recordings

        Args:
            files: The ``files`` file to upload.
            title: The ``title`` form field.
            language: The ``language`` form field.

        Returns:
            Stored

        Raises:
            InvalidFileError: a file that cannot be read, before any request.
            APIStatusError: a non-2xx response.
            APIResponseValidationError: a 2xx body that is not JSON, or not even its outer shape.
            APIConnectionError: no response, after the retries.
        """
        _files: list[tuple[str, LoadedFile]] = []
        _form: dict[str, object] = {}
        _files.extend(("files", read_file(f)) for f in file_list(files, argument="files"))
        _form["title"] = title
        if language is not NOT_GIVEN:
            _form["language"] = language
        return await self._client.request_json(
            "post",
            "/recordings",
            files=_files,
            data=_form,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
            cast_to=Recording,
        )


class AsyncRecordingsAudioResourceWithRawResponse:
    """:class:`AsyncRecordingsAudioResource`'s methods, wrapped to return :class:`RawResponse`."""

    def __init__(self, resource: AsyncRecordingsAudioResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)


class AsyncRecordingsResourceWithRawResponse:
    """:class:`AsyncRecordingsResource`'s methods, wrapped to return :class:`RawResponse`."""

    def __init__(self, resource: AsyncRecordingsResource) -> None:
        self._resource = resource
        self.audio = AsyncRecordingsAudioResourceWithRawResponse(resource.audio)
        self.create = async_to_raw_response_wrapper(resource.create)
