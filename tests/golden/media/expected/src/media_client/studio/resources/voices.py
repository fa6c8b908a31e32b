"""Studio: the `voices` resource."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import httpx

from ..._base_client import AsyncAPIResource, SyncAPIResource
from ..._files import FileInput, encode_base64_file
from ..._response import RawResponse, acall_raw, call_raw


class VoicesResource(SyncAPIResource):
    """Operations on voices."""

    def clone(
        self,
        *,
        name: str,
        samples: Sequence[FileInput],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> None:
        """Clone a voice from base64 samples

        Args:
            name: name
            samples: samples
        """
        _body: dict[str, object] = {}
        _body["name"] = name
        _body["samples"] = [
            encode_base64_file(f, filename_key="name", data_key="b64", content_type_key="mime")
            for f in samples
        ]
        self._client.request_empty(
            "post",
            "/voices/clone",
            json=_body,
            options={
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )


class VoicesResourceWithRawResponse:
    """The methods of :class:`VoicesResource`, returning :class:`RawResponse`."""

    def __init__(self, resource: VoicesResource) -> None:
        self._resource = resource

    def clone(
        self,
        *,
        name: str,
        samples: Sequence[FileInput],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> RawResponse[None]:
        """:meth:`VoicesResource.clone`, returning the raw HTTP response as well."""
        return call_raw(
            lambda: self._resource.clone(
                name=name,
                samples=samples,
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
        samples: Sequence[FileInput],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> None:
        """Clone a voice from base64 samples

        Args:
            name: name
            samples: samples
        """
        _body: dict[str, object] = {}
        _body["name"] = name
        _body["samples"] = [
            encode_base64_file(f, filename_key="name", data_key="b64", content_type_key="mime")
            for f in samples
        ]
        await self._client.request_empty(
            "post",
            "/voices/clone",
            json=_body,
            options={
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )


class AsyncVoicesResourceWithRawResponse:
    """The methods of :class:`AsyncVoicesResource`, returning :class:`RawResponse`."""

    def __init__(self, resource: AsyncVoicesResource) -> None:
        self._resource = resource

    async def clone(
        self,
        *,
        name: str,
        samples: Sequence[FileInput],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> RawResponse[None]:
        """:meth:`AsyncVoicesResource.clone`, returning the raw HTTP response as well."""
        return await acall_raw(
            lambda: self._resource.clone(
                name=name,
                samples=samples,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )
        )
