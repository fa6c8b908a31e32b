"""Studio: the `voices` resource."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import httpx

from ..._base_client import AsyncAPIResource, SyncAPIResource
from ..._files import FileInput, encode_base64_file


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
