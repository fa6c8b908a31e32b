"""Truedy: the `voices` resource."""

from __future__ import annotations

from collections.abc import Mapping

import httpx

from ..._base_client import (
    AsyncAPIResource,
    SyncAPIResource,
    request_options,
)
from ..._files import FileList, encode_base64_file, file_list
from ..._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ..._types import NOT_GIVEN, NotGiven
from ..types import VoiceResponse


class VoicesResource(SyncAPIResource):
    """Operations on voices."""

    def clone(
        self,
        *,
        name: str,
        files: FileList,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> VoiceResponse:
        """Clone Voice

        Create a custom voice clone from your audio files. Requires base64-encoded audio samples.

        Args:
            name: Name for the cloned voice
            files: Array of audio files (base64-encoded)

        Returns:
            Voice clone created successfully

        Raises:
            BadRequestError: 400: Bad request - Invalid audio format or file
            AuthenticationError: 401: Unauthorized
            PaymentRequiredError: 402: Payment required - Insufficient credits for voice cloning
            UnprocessableEntityError: 422: Validation error
            RateLimitError: 429: Rate limit exceeded
            InternalServerError: 500: Internal server error
            InvalidFileError: a file that cannot be read, or is not audio, before any request.
            APIStatusError: any other non-2xx response.
            APIResponseValidationError: a 2xx body that is not JSON, or not even its outer shape.
            APIConnectionError: no response, after the retries.
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
            for f in file_list(files, argument="files")
        ]
        return self._client.request_json(
            "post",
            "/voices/clone",
            json=_body,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
            cast_to=VoiceResponse,
        )


class VoicesResourceWithRawResponse:
    """:class:`VoicesResource`'s methods, wrapped to return :class:`RawResponse`."""

    def __init__(self, resource: VoicesResource) -> None:
        self._resource = resource
        self.clone = to_raw_response_wrapper(resource.clone)


class AsyncVoicesResource(AsyncAPIResource):
    """Async Operations on voices."""

    async def clone(
        self,
        *,
        name: str,
        files: FileList,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> VoiceResponse:
        """Clone Voice

        Create a custom voice clone from your audio files. Requires base64-encoded audio samples.

        Args:
            name: Name for the cloned voice
            files: Array of audio files (base64-encoded)

        Returns:
            Voice clone created successfully

        Raises:
            BadRequestError: 400: Bad request - Invalid audio format or file
            AuthenticationError: 401: Unauthorized
            PaymentRequiredError: 402: Payment required - Insufficient credits for voice cloning
            UnprocessableEntityError: 422: Validation error
            RateLimitError: 429: Rate limit exceeded
            InternalServerError: 500: Internal server error
            InvalidFileError: a file that cannot be read, or is not audio, before any request.
            APIStatusError: any other non-2xx response.
            APIResponseValidationError: a 2xx body that is not JSON, or not even its outer shape.
            APIConnectionError: no response, after the retries.
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
            for f in file_list(files, argument="files")
        ]
        return await self._client.request_json(
            "post",
            "/voices/clone",
            json=_body,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
            cast_to=VoiceResponse,
        )


class AsyncVoicesResourceWithRawResponse:
    """:class:`AsyncVoicesResource`'s methods, wrapped to return :class:`RawResponse`."""

    def __init__(self, resource: AsyncVoicesResource) -> None:
        self._resource = resource
        self.clone = async_to_raw_response_wrapper(resource.clone)
