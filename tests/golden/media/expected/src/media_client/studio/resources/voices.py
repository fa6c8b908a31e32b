"""Studio: the `voices` resource."""

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


class VoicesResource(SyncAPIResource):
    """Operations on voices."""

    def clone(
        self,
        *,
        name: str,
        samples: FileList,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Clone a voice from base64 samples

        Args:
            name: The ``name`` field of the request body.
            samples: The ``samples`` field of the request body.

        Raises:
            InvalidFileError: a file that cannot be read, before any request.
            APIStatusError: a non-2xx response.
            APIConnectionError: no response, after the retries.
        """
        _body: dict[str, object] = {}
        _body["name"] = name
        _body["samples"] = [
            encode_base64_file(f, filename_key="name", data_key="b64", content_type_key="mime")
            for f in file_list(samples, argument="samples")
        ]
        self._client.request_empty(
            "post",
            "/voices/clone",
            json=_body,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
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
        samples: FileList,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Clone a voice from base64 samples

        Args:
            name: The ``name`` field of the request body.
            samples: The ``samples`` field of the request body.

        Raises:
            InvalidFileError: a file that cannot be read, before any request.
            APIStatusError: a non-2xx response.
            APIConnectionError: no response, after the retries.
        """
        _body: dict[str, object] = {}
        _body["name"] = name
        _body["samples"] = [
            encode_base64_file(f, filename_key="name", data_key="b64", content_type_key="mime")
            for f in file_list(samples, argument="samples")
        ]
        await self._client.request_empty(
            "post",
            "/voices/clone",
            json=_body,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AsyncVoicesResourceWithRawResponse:
    """:class:`AsyncVoicesResource`'s methods, wrapped to return :class:`RawResponse`."""

    def __init__(self, resource: AsyncVoicesResource) -> None:
        self._resource = resource
        self.clone = async_to_raw_response_wrapper(resource.clone)
