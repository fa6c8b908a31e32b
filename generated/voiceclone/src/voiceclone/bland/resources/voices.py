"""Bland AI API: the `voices` resources."""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import Literal, overload

import httpx

from ..._base_client import AsyncAPIClient, AsyncAPIResource, SyncAPIClient, SyncAPIResource
from ..._files import FileInput
from ..._response import BinaryResponse, RawResponse, acall_raw, call_raw
from ..types import (
    AddVoiceSampleResponse,
    CloneVoiceResponse,
    DeleteVoiceResponse,
    DeleteVoiceSamplesResponse,
    GetVoiceResponse,
    GetVoiceSampleResponse,
    ListVoiceSamplesResponse,
    ListVoicesResponse,
    RenameVoiceResponse,
)


class VoicesSamplesResource(SyncAPIResource):
    """Operations on samples."""

    def create(
        self,
        *,
        voice_id: str,
        audio_samples: Sequence[FileInput],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> AddVoiceSampleResponse:
        """Add Voice Sample

        Append training samples to an existing voice clone you own.

        Appends one or more audio samples to an existing voice clone, retraining the voice on the expanded sample set.

        Sample limits depend on the voice's engine. **BTTS V1** voices accept up to 5 samples total. **BTTS V2** and **BTTS V3** voices are single-sample by design and do not accept additional samples; use [Clone Voice](/api-v1/post/clone) to create a new voice instead.

        Sent as `multipart/form-data`.

        Args:
            voice_id: UUID of the voice to add samples to. Must be a voice your org owns.
            audio_samples: WAV files to append. Each file 1-60 seconds, max 10 MB. The combined sample count after this call cannot exceed 5 for a V1 voice.
        """
        _files: list[tuple[str, FileInput]] = []
        _form: dict[str, object] = {}
        _files.extend(("audio_samples", f) for f in audio_samples)
        _form["voice_id"] = voice_id
        return self._client.request_json(
            "post",
            "/v1/voices/samples",
            files=_files,
            data=_form,
            options={
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
            cast_to=AddVoiceSampleResponse,
        )

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

    def delete(
        self,
        voice_id: str,
        *,
        sample_ids: builtins.list[str],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> DeleteVoiceSamplesResponse:
        """Delete Voice Samples

        Remove one or more training samples from a voice clone you own.

        Removes the specified samples from a voice clone. The voice is retrained against the remaining samples. If you remove every sample from a voice it becomes unusable for synthesis; delete the voice itself via [Delete Voice](/api-v1/delete/voices-id) if that is your intent.

        Args:
            voice_id: UUID of the parent voice.
            sample_ids: Array of sample UUIDs to delete. ```json { "sample_ids": ["d15b199a-1b79-4664-9a9a-b149ee3b136a"] } ```
        """
        _body: dict[str, object] = {}
        _body["sample_ids"] = sample_ids
        return self._client.request_json(
            "delete",
            "/v1/voices/{id}/samples",
            path_params={"id": voice_id},
            json=_body,
            options={
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
            cast_to=DeleteVoiceSamplesResponse,
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

    def list(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> ListVoicesResponse:
        """List Voices

        List all voices available to your account.

        Returns every voice your account can use: Bland's curated default voices, voices you have cloned, voices you have added to your library from the public catalog, and voices owned by your org.

        For just the publicly-shared library, use [List Shared Voices](/api-v1/get/voices-shared) instead.
        """
        return self._client.request_json(
            "get",
            "/v1/voices",
            options={
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
            cast_to=ListVoicesResponse,
        )

    def clone(
        self,
        *,
        name: str,
        audio_samples: Sequence[FileInput],
        gender: Literal["male", "female"] | str | None = None,
        description: str | None = None,
        is_btts_v3: bool | None = None,
        is_btts_v2: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> CloneVoiceResponse:
        """Clone Voice

        Create a custom voice clone from audio samples.

        Creates a Bland TTS voice clone from one or more audio samples. Sent as `multipart/form-data`. The new voice is private to your org and immediately usable with [Speak](/api-v2/post/tts).

        Two cloning engines are available, selectable per request:

        - **BTTS V3** (default), single 10-second sample, 17+ languages, highest fidelity. Returned `service: "BTTS_V3"`.
        - **BTTS V2**, exactly 1 WAV file, 17+ languages. Returned `service: "BTTS_V2"`.

        ## Engine constraints

        Each engine validates `audio_samples` differently. Mismatched files will return a `Validation Error` before the clone is created.

        **V3 (default)**

        - Exactly 1 audio file.
        - Roughly 10 seconds is ideal.
        - Max 10 MB.
        - 17+ languages supported.

        **V2 (isBTTS_V2=true)**

        - Exactly 1 audio file.
        - Roughly 10 seconds is ideal.
        - Max 10 MB.
        - 17+ languages supported.

        V2 and V3 voices are single-sample by design. Use [List Voice Samples](/api-v1/get/voices-id-samples) to inspect the source sample attached to a voice.

        Args:
            name: Display name for the voice clone. 1-30 characters. Must be unique in your library.
            audio_samples: Audio file or files. Constraints depend on the engine flag (see below). WAV format recommended.
            gender: `male` or `female`. Optional but recommended; helps the underlying model.
            description: Free-text description. Surfaced as additional context to the model for tone and style.
            is_btts_v3: Use the V3 engine. Default if no engine flag is set. Pass `"true"` as a multipart string.
            is_btts_v2: Use the V2 engine instead of V3. Pass `"true"` as a multipart string.
        """
        _files: list[tuple[str, FileInput]] = []
        _form: dict[str, object] = {}
        _files.extend(("audio_samples", f) for f in audio_samples)
        _form["name"] = name
        if gender is not None:
            _form["gender"] = gender
        if description is not None:
            _form["description"] = description
        if is_btts_v3 is not None:
            _form["isBTTS_V3"] = is_btts_v3
        if is_btts_v2 is not None:
            _form["isBTTS_V2"] = is_btts_v2
        return self._client.request_json(
            "post",
            "/v1/voices/clone",
            files=_files,
            data=_form,
            options={
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
            cast_to=CloneVoiceResponse,
        )

    def retrieve(
        self,
        voice_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> GetVoiceResponse:
        """Get Voice

        Get details on a single voice.

        Returns the full record for a single voice. Same field shape as [List Voices](/api-v1/get/voices).

        The `id` path parameter accepts either the voice's UUID or its `name` (for curated default voices like `maya`, `derek`, `willow`).

        Args:
            voice_id: Voice UUID or curated voice name. For example: - `GET /v1/voices/d4610ec1-933d-44c9-a05f-53df2437808d` - `GET /v1/voices/maya`
        """
        return self._client.request_json(
            "get",
            "/v1/voices/{id}",
            path_params={"id": voice_id},
            options={
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
            cast_to=GetVoiceResponse,
        )

    def delete(
        self,
        voice_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> DeleteVoiceResponse:
        """Delete Voice

        Permanently delete a voice you own.

        Soft-deletes a voice from your library. The voice's `deleted_at` column is stamped and it stops appearing in [List Voices](/api-v1/get/voices) and synthesis flows.

        Only voices owned by your org can be deleted; curated default voices, voices in the public library you have not added, and voices owned by other orgs return `400 ERROR_DELETING_VOICE`.

        Args:
            voice_id: UUID of the voice to delete.
        """
        return self._client.request_json(
            "delete",
            "/v1/voices/{id}",
            path_params={"id": voice_id},
            options={
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
            cast_to=DeleteVoiceResponse,
        )

    def rename(
        self,
        voice_id: str,
        *,
        name: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> RenameVoiceResponse:
        """Rename Voice

        Change the display name of a cloned voice you own.

        Renames a voice clone in your library. Only voices owned by your org can be renamed; default and shared-library voices return `403`.

        Args:
            voice_id: UUID of the voice to rename.
            name: New display name. 1-30 characters. Must be unique within your library.
        """
        _body: dict[str, object] = {}
        _body["name"] = name
        return self._client.request_json(
            "patch",
            "/v1/voices/{id}/rename",
            path_params={"id": voice_id},
            json=_body,
            options={
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
            cast_to=RenameVoiceResponse,
        )


class VoicesSamplesResourceWithRawResponse:
    """The methods of :class:`VoicesSamplesResource`, returning :class:`RawResponse`."""

    def __init__(self, resource: VoicesSamplesResource) -> None:
        self._resource = resource

    def create(
        self,
        *,
        voice_id: str,
        audio_samples: Sequence[FileInput],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> RawResponse[AddVoiceSampleResponse]:
        """:meth:`VoicesSamplesResource.create`, returning the raw HTTP response as well."""
        return call_raw(
            lambda: self._resource.create(
                voice_id=voice_id,
                audio_samples=audio_samples,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )
        )

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

    def delete(
        self,
        voice_id: str,
        *,
        sample_ids: builtins.list[str],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> RawResponse[DeleteVoiceSamplesResponse]:
        """:meth:`VoicesSamplesResource.delete`, returning the raw HTTP response as well."""
        return call_raw(
            lambda: self._resource.delete(
                voice_id,
                sample_ids=sample_ids,
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

    def list(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> RawResponse[ListVoicesResponse]:
        """:meth:`VoicesResource.list`, returning the raw HTTP response as well."""
        return call_raw(
            lambda: self._resource.list(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )
        )

    def clone(
        self,
        *,
        name: str,
        audio_samples: Sequence[FileInput],
        gender: Literal["male", "female"] | str | None = None,
        description: str | None = None,
        is_btts_v3: bool | None = None,
        is_btts_v2: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> RawResponse[CloneVoiceResponse]:
        """:meth:`VoicesResource.clone`, returning the raw HTTP response as well."""
        return call_raw(
            lambda: self._resource.clone(
                name=name,
                audio_samples=audio_samples,
                gender=gender,
                description=description,
                is_btts_v3=is_btts_v3,
                is_btts_v2=is_btts_v2,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )
        )

    def retrieve(
        self,
        voice_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> RawResponse[GetVoiceResponse]:
        """:meth:`VoicesResource.retrieve`, returning the raw HTTP response as well."""
        return call_raw(
            lambda: self._resource.retrieve(
                voice_id,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )
        )

    def delete(
        self,
        voice_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> RawResponse[DeleteVoiceResponse]:
        """:meth:`VoicesResource.delete`, returning the raw HTTP response as well."""
        return call_raw(
            lambda: self._resource.delete(
                voice_id,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )
        )

    def rename(
        self,
        voice_id: str,
        *,
        name: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> RawResponse[RenameVoiceResponse]:
        """:meth:`VoicesResource.rename`, returning the raw HTTP response as well."""
        return call_raw(
            lambda: self._resource.rename(
                voice_id,
                name=name,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )
        )


class AsyncVoicesSamplesResource(AsyncAPIResource):
    """Async Operations on samples."""

    async def create(
        self,
        *,
        voice_id: str,
        audio_samples: Sequence[FileInput],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> AddVoiceSampleResponse:
        """Add Voice Sample

        Append training samples to an existing voice clone you own.

        Appends one or more audio samples to an existing voice clone, retraining the voice on the expanded sample set.

        Sample limits depend on the voice's engine. **BTTS V1** voices accept up to 5 samples total. **BTTS V2** and **BTTS V3** voices are single-sample by design and do not accept additional samples; use [Clone Voice](/api-v1/post/clone) to create a new voice instead.

        Sent as `multipart/form-data`.

        Args:
            voice_id: UUID of the voice to add samples to. Must be a voice your org owns.
            audio_samples: WAV files to append. Each file 1-60 seconds, max 10 MB. The combined sample count after this call cannot exceed 5 for a V1 voice.
        """
        _files: list[tuple[str, FileInput]] = []
        _form: dict[str, object] = {}
        _files.extend(("audio_samples", f) for f in audio_samples)
        _form["voice_id"] = voice_id
        return await self._client.request_json(
            "post",
            "/v1/voices/samples",
            files=_files,
            data=_form,
            options={
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
            cast_to=AddVoiceSampleResponse,
        )

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

    async def delete(
        self,
        voice_id: str,
        *,
        sample_ids: builtins.list[str],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> DeleteVoiceSamplesResponse:
        """Delete Voice Samples

        Remove one or more training samples from a voice clone you own.

        Removes the specified samples from a voice clone. The voice is retrained against the remaining samples. If you remove every sample from a voice it becomes unusable for synthesis; delete the voice itself via [Delete Voice](/api-v1/delete/voices-id) if that is your intent.

        Args:
            voice_id: UUID of the parent voice.
            sample_ids: Array of sample UUIDs to delete. ```json { "sample_ids": ["d15b199a-1b79-4664-9a9a-b149ee3b136a"] } ```
        """
        _body: dict[str, object] = {}
        _body["sample_ids"] = sample_ids
        return await self._client.request_json(
            "delete",
            "/v1/voices/{id}/samples",
            path_params={"id": voice_id},
            json=_body,
            options={
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
            cast_to=DeleteVoiceSamplesResponse,
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

    async def list(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> ListVoicesResponse:
        """List Voices

        List all voices available to your account.

        Returns every voice your account can use: Bland's curated default voices, voices you have cloned, voices you have added to your library from the public catalog, and voices owned by your org.

        For just the publicly-shared library, use [List Shared Voices](/api-v1/get/voices-shared) instead.
        """
        return await self._client.request_json(
            "get",
            "/v1/voices",
            options={
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
            cast_to=ListVoicesResponse,
        )

    async def clone(
        self,
        *,
        name: str,
        audio_samples: Sequence[FileInput],
        gender: Literal["male", "female"] | str | None = None,
        description: str | None = None,
        is_btts_v3: bool | None = None,
        is_btts_v2: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> CloneVoiceResponse:
        """Clone Voice

        Create a custom voice clone from audio samples.

        Creates a Bland TTS voice clone from one or more audio samples. Sent as `multipart/form-data`. The new voice is private to your org and immediately usable with [Speak](/api-v2/post/tts).

        Two cloning engines are available, selectable per request:

        - **BTTS V3** (default), single 10-second sample, 17+ languages, highest fidelity. Returned `service: "BTTS_V3"`.
        - **BTTS V2**, exactly 1 WAV file, 17+ languages. Returned `service: "BTTS_V2"`.

        ## Engine constraints

        Each engine validates `audio_samples` differently. Mismatched files will return a `Validation Error` before the clone is created.

        **V3 (default)**

        - Exactly 1 audio file.
        - Roughly 10 seconds is ideal.
        - Max 10 MB.
        - 17+ languages supported.

        **V2 (isBTTS_V2=true)**

        - Exactly 1 audio file.
        - Roughly 10 seconds is ideal.
        - Max 10 MB.
        - 17+ languages supported.

        V2 and V3 voices are single-sample by design. Use [List Voice Samples](/api-v1/get/voices-id-samples) to inspect the source sample attached to a voice.

        Args:
            name: Display name for the voice clone. 1-30 characters. Must be unique in your library.
            audio_samples: Audio file or files. Constraints depend on the engine flag (see below). WAV format recommended.
            gender: `male` or `female`. Optional but recommended; helps the underlying model.
            description: Free-text description. Surfaced as additional context to the model for tone and style.
            is_btts_v3: Use the V3 engine. Default if no engine flag is set. Pass `"true"` as a multipart string.
            is_btts_v2: Use the V2 engine instead of V3. Pass `"true"` as a multipart string.
        """
        _files: list[tuple[str, FileInput]] = []
        _form: dict[str, object] = {}
        _files.extend(("audio_samples", f) for f in audio_samples)
        _form["name"] = name
        if gender is not None:
            _form["gender"] = gender
        if description is not None:
            _form["description"] = description
        if is_btts_v3 is not None:
            _form["isBTTS_V3"] = is_btts_v3
        if is_btts_v2 is not None:
            _form["isBTTS_V2"] = is_btts_v2
        return await self._client.request_json(
            "post",
            "/v1/voices/clone",
            files=_files,
            data=_form,
            options={
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
            cast_to=CloneVoiceResponse,
        )

    async def retrieve(
        self,
        voice_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> GetVoiceResponse:
        """Get Voice

        Get details on a single voice.

        Returns the full record for a single voice. Same field shape as [List Voices](/api-v1/get/voices).

        The `id` path parameter accepts either the voice's UUID or its `name` (for curated default voices like `maya`, `derek`, `willow`).

        Args:
            voice_id: Voice UUID or curated voice name. For example: - `GET /v1/voices/d4610ec1-933d-44c9-a05f-53df2437808d` - `GET /v1/voices/maya`
        """
        return await self._client.request_json(
            "get",
            "/v1/voices/{id}",
            path_params={"id": voice_id},
            options={
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
            cast_to=GetVoiceResponse,
        )

    async def delete(
        self,
        voice_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> DeleteVoiceResponse:
        """Delete Voice

        Permanently delete a voice you own.

        Soft-deletes a voice from your library. The voice's `deleted_at` column is stamped and it stops appearing in [List Voices](/api-v1/get/voices) and synthesis flows.

        Only voices owned by your org can be deleted; curated default voices, voices in the public library you have not added, and voices owned by other orgs return `400 ERROR_DELETING_VOICE`.

        Args:
            voice_id: UUID of the voice to delete.
        """
        return await self._client.request_json(
            "delete",
            "/v1/voices/{id}",
            path_params={"id": voice_id},
            options={
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
            cast_to=DeleteVoiceResponse,
        )

    async def rename(
        self,
        voice_id: str,
        *,
        name: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> RenameVoiceResponse:
        """Rename Voice

        Change the display name of a cloned voice you own.

        Renames a voice clone in your library. Only voices owned by your org can be renamed; default and shared-library voices return `403`.

        Args:
            voice_id: UUID of the voice to rename.
            name: New display name. 1-30 characters. Must be unique within your library.
        """
        _body: dict[str, object] = {}
        _body["name"] = name
        return await self._client.request_json(
            "patch",
            "/v1/voices/{id}/rename",
            path_params={"id": voice_id},
            json=_body,
            options={
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
            cast_to=RenameVoiceResponse,
        )


class AsyncVoicesSamplesResourceWithRawResponse:
    """The methods of :class:`AsyncVoicesSamplesResource`, returning :class:`RawResponse`."""

    def __init__(self, resource: AsyncVoicesSamplesResource) -> None:
        self._resource = resource

    async def create(
        self,
        *,
        voice_id: str,
        audio_samples: Sequence[FileInput],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> RawResponse[AddVoiceSampleResponse]:
        """:meth:`AsyncVoicesSamplesResource.create`, returning the raw HTTP response as well."""
        return await acall_raw(
            lambda: self._resource.create(
                voice_id=voice_id,
                audio_samples=audio_samples,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )
        )

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

    async def delete(
        self,
        voice_id: str,
        *,
        sample_ids: builtins.list[str],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> RawResponse[DeleteVoiceSamplesResponse]:
        """:meth:`AsyncVoicesSamplesResource.delete`, returning the raw HTTP response as well."""
        return await acall_raw(
            lambda: self._resource.delete(
                voice_id,
                sample_ids=sample_ids,
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

    async def list(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> RawResponse[ListVoicesResponse]:
        """:meth:`AsyncVoicesResource.list`, returning the raw HTTP response as well."""
        return await acall_raw(
            lambda: self._resource.list(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )
        )

    async def clone(
        self,
        *,
        name: str,
        audio_samples: Sequence[FileInput],
        gender: Literal["male", "female"] | str | None = None,
        description: str | None = None,
        is_btts_v3: bool | None = None,
        is_btts_v2: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> RawResponse[CloneVoiceResponse]:
        """:meth:`AsyncVoicesResource.clone`, returning the raw HTTP response as well."""
        return await acall_raw(
            lambda: self._resource.clone(
                name=name,
                audio_samples=audio_samples,
                gender=gender,
                description=description,
                is_btts_v3=is_btts_v3,
                is_btts_v2=is_btts_v2,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )
        )

    async def retrieve(
        self,
        voice_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> RawResponse[GetVoiceResponse]:
        """:meth:`AsyncVoicesResource.retrieve`, returning the raw HTTP response as well."""
        return await acall_raw(
            lambda: self._resource.retrieve(
                voice_id,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )
        )

    async def delete(
        self,
        voice_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> RawResponse[DeleteVoiceResponse]:
        """:meth:`AsyncVoicesResource.delete`, returning the raw HTTP response as well."""
        return await acall_raw(
            lambda: self._resource.delete(
                voice_id,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )
        )

    async def rename(
        self,
        voice_id: str,
        *,
        name: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> RawResponse[RenameVoiceResponse]:
        """:meth:`AsyncVoicesResource.rename`, returning the raw HTTP response as well."""
        return await acall_raw(
            lambda: self._resource.rename(
                voice_id,
                name=name,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )
        )
