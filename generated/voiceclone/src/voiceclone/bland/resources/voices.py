"""Bland AI API: the `voices` resources."""

from __future__ import annotations

import builtins
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
        audio_samples: FileList,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AddVoiceSampleResponse:
        """Add Voice Sample

        Append training samples to an existing voice clone you own.

        Appends one or more audio samples to an existing voice clone, retraining the voice on the expanded sample set.

        Sample limits depend on the voice's engine. **BTTS V1** voices accept up to 5 samples total. **BTTS V2** and **BTTS V3** voices are single-sample by design and do not accept additional samples; use [Clone Voice](https://docs.bland.ai/api-v1/post/clone) to create a new voice instead.

        Sent as `multipart/form-data`.

        Args:
            voice_id: UUID of the voice to add samples to. Must be a voice your org owns.
            audio_samples: WAV files to append. Each file 1-60 seconds, max 10 MB. The combined sample count after this call cannot exceed 5 for a V1 voice.

        Returns:
            Successful response

        Raises:
            InvalidFileError: a file that cannot be read, or is not audio, before any request.
            APIStatusError: a non-2xx response (default: No Files Wrong Engine Too Many Samples).
            APIResponseValidationError: a 2xx body that is not JSON, or not even its outer shape.
            APIConnectionError: no response, after the retries.
        """
        _files: list[tuple[str, LoadedFile]] = []
        _form: dict[str, object] = {}
        _files.extend(
            ("audio_samples", read_file(f, require_audio=True))
            for f in file_list(audio_samples, argument="audio_samples")
        )
        _form["voice_id"] = voice_id
        return self._client.request_json(
            "post",
            "/v1/voices/samples",
            files=_files,
            data=_form,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
            cast_to=AddVoiceSampleResponse,
        )

    def list(
        self,
        voice_id: str,
        *,
        include_audio: bool | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> ListVoiceSamplesResponse:
        """List Voice Samples

        List the training samples attached to a voice clone you own.

        Returns the training samples used to create a voice clone. Only voices owned by your org return samples; default voices and shared library voices return `400 VOICE_SAMPLES_ERROR` with the message `"Voice is a default voice and not owned by the user."`

        Retrievable samples are only present for V1 (`BTTS`) voices. **V2 and V3 voices both return `[]`** even though they were cloned from a sample, because the underlying single source clip is not exposed via this endpoint. Use the source audio of your original clone for those.

        Args:
            voice_id: UUID of the voice.
            include_audio: When `true`, includes base64-encoded audio data with each sample. Increases response size significantly. Use [Get Voice Sample](https://docs.bland.ai/api-v1/get/voices-id-samples-sample-id) for a single sample with audio instead.

        Returns:
            Successful response

        Raises:
            BadRequestError: 400: Only voices owned by your org return samples; default voices and shared library voices return `400 VOICE_SAMPLES_ERROR` with the message `"Voice is a default voice and not owned by the user."`
            APIStatusError: any other non-2xx response.
            APIResponseValidationError: a 2xx body that is not JSON, or not even its outer shape.
            APIConnectionError: no response, after the retries.
        """
        return self._client.request_json(
            "get",
            "/v1/voices/{id}/samples",
            path_params={"id": voice_id},
            query={
                "include_audio": include_audio,
            },
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
            cast_to=ListVoiceSamplesResponse,
        )

    def delete(
        self,
        voice_id: str,
        *,
        sample_ids: builtins.list[str],
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> DeleteVoiceSamplesResponse:
        """Delete Voice Samples

        Remove one or more training samples from a voice clone you own.

        Removes the specified samples from a voice clone. The voice is retrained against the remaining samples. If you remove every sample from a voice it becomes unusable for synthesis; delete the voice itself via [Delete Voice](https://docs.bland.ai/api-v1/delete/voices-id) if that is your intent.

        Args:
            voice_id: UUID of the parent voice.
            sample_ids: Array of sample UUIDs to delete. ```json { "sample_ids": ["d15b199a-1b79-4664-9a9a-b149ee3b136a"] } ```

        Returns:
            Successful response

        Raises:
            APIStatusError: a non-2xx response (default: Invalid Request).
            APIResponseValidationError: a 2xx body that is not JSON, or not even its outer shape.
            APIConnectionError: no response, after the retries.
        """
        _body: dict[str, object] = {}
        _body["sample_ids"] = sample_ids
        return self._client.request_json(
            "delete",
            "/v1/voices/{id}/samples",
            path_params={"id": voice_id},
            json=_body,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
            cast_to=DeleteVoiceSamplesResponse,
        )

    @overload
    def retrieve(
        self,
        voice_id: str,
        sample_id: str,
        *,
        format: Literal["audio"] = "audio",
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> BinaryResponse: ...
    @overload
    def retrieve(
        self,
        voice_id: str,
        sample_id: str,
        *,
        format: Literal["json"],
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> GetVoiceSampleResponse: ...

    def retrieve(
        self,
        voice_id: str,
        sample_id: str,
        *,
        format: Literal["audio", "json"] = "audio",
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> GetVoiceSampleResponse | BinaryResponse:
        """Get Voice Sample

        Download a single training sample as audio or JSON metadata.

        Returns a single training sample for a voice you own. By default the response is the raw WAV audio. Pass `?format=json` to get the metadata plus base64-encoded audio instead.

        Only voices owned by your org return samples. Default voices and shared-library voices return `400 VOICE_SAMPLE_ERROR`.

        Args:
            voice_id: UUID of the parent voice.
            sample_id: UUID of the sample to fetch.
            format: Response format. `audio` returns the raw WAV binary, `json` returns sample metadata with base64-encoded audio under `data`.

        Returns:
            With `format=audio` (default), returns the WAV binary with: * `Content-Type: audio/wav` * `Content-Disposition: attachment; filename="sample-<id>.wav"` With `format=json`, returns sample metadata.; a BinaryResponse for audio

        Raises:
            BadRequestError: 400: Default voices and shared-library voices return `400 VOICE_SAMPLE_ERROR`.
            APIStatusError: any other non-2xx response (default: Audio Not Found).
            APIResponseValidationError: a 2xx body that is not JSON, or not even its outer shape.
            APIConnectionError: no response, after the retries.
        """
        if format in ("json",):
            return self._client.request_json(
                "get",
                "/v1/voices/{id}/samples/{sample_id}",
                path_params={"id": voice_id, "sample_id": sample_id},
                query={
                    "format": format,
                },
                options=request_options(
                    timeout, max_retries, extra_headers, extra_query, extra_body
                ),
                cast_to=GetVoiceSampleResponse,
            )
        return self._client.request_binary(
            "get",
            "/v1/voices/{id}/samples/{sample_id}",
            path_params={"id": voice_id, "sample_id": sample_id},
            query={
                "format": format,
            },
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class VoicesResource(SyncAPIResource):
    """Operations on voices."""

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.samples = VoicesSamplesResource(client)

    def list(
        self,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> ListVoicesResponse:
        """List Voices

        List all voices available to your account.

        Returns every voice your account can use: Bland's curated default voices, voices you have cloned, voices you have added to your library from the public catalog, and voices owned by your org.

        For just the publicly-shared library, use [List Shared Voices](https://docs.bland.ai/api-v1/get/voices-shared) instead.

        Returns:
            Successful response

        Raises:
            APIStatusError: a non-2xx response.
            APIResponseValidationError: a 2xx body that is not JSON, or not even its outer shape.
            APIConnectionError: no response, after the retries.
        """
        return self._client.request_json(
            "get",
            "/v1/voices",
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
            cast_to=ListVoicesResponse,
        )

    def clone(
        self,
        *,
        name: str,
        audio_samples: FileList,
        gender: Literal["male", "female"] | str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        is_btts_v3: bool | NotGiven = NOT_GIVEN,
        is_btts_v2: bool | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> CloneVoiceResponse:
        """Clone Voice

        Create a custom voice clone from audio samples.

        Creates a Bland TTS voice clone from one or more audio samples. Sent as `multipart/form-data`. The new voice is private to your org and immediately usable with [Speak](https://docs.bland.ai/api-v2/post/tts).

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

        V2 and V3 voices are single-sample by design. Use [List Voice Samples](https://docs.bland.ai/api-v1/get/voices-id-samples) to inspect the source sample attached to a voice.

        Args:
            name: Display name for the voice clone. 1-30 characters. Must be unique in your library.
            audio_samples: Audio file or files. Constraints depend on the engine flag (see below). WAV format recommended.
            gender: `male` or `female`. Optional but recommended; helps the underlying model.
            description: Free-text description. Surfaced as additional context to the model for tone and style.
            is_btts_v3: Use the V3 engine (the default when no engine flag is set).
            is_btts_v2: Use the V2 engine instead of V3.

        Returns:
            Returns `200 OK` with the new voice on success.

        Raises:
            InvalidFileError: a file that cannot be read, or is not audio, before any request.
            APIStatusError: a non-2xx response (default: Validation Error Voice Limit Exceeded).
            APIResponseValidationError: a 2xx body that is not JSON, or not even its outer shape.
            APIConnectionError: no response, after the retries.
        """
        _files: list[tuple[str, LoadedFile]] = []
        _form: dict[str, object] = {}
        _files.extend(
            ("audio_samples", read_file(f, require_audio=True))
            for f in file_list(audio_samples, argument="audio_samples")
        )
        _form["name"] = name
        if gender is not NOT_GIVEN:
            _form["gender"] = gender
        if description is not NOT_GIVEN:
            _form["description"] = description
        if is_btts_v3 is not NOT_GIVEN:
            _form["isBTTS_V3"] = is_btts_v3
        if is_btts_v2 is not NOT_GIVEN:
            _form["isBTTS_V2"] = is_btts_v2
        return self._client.request_json(
            "post",
            "/v1/voices/clone",
            files=_files,
            data=_form,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
            cast_to=CloneVoiceResponse,
        )

    def retrieve(
        self,
        voice_id: str,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> GetVoiceResponse:
        """Get Voice

        Get details on a single voice.

        Returns the full record for a single voice. Same field shape as [List Voices](https://docs.bland.ai/api-v1/get/voices).

        The `id` path parameter accepts either the voice's UUID or its `name` (for curated default voices like `maya`, `derek`, `willow`).

        Args:
            voice_id: Voice UUID or curated voice name. For example: - `GET /v1/voices/d4610ec1-933d-44c9-a05f-53df2437808d` - `GET /v1/voices/maya`

        Returns:
            Successful response

        Raises:
            APIStatusError: a non-2xx response.
            APIResponseValidationError: a 2xx body that is not JSON, or not even its outer shape.
            APIConnectionError: no response, after the retries.
        """
        return self._client.request_json(
            "get",
            "/v1/voices/{id}",
            path_params={"id": voice_id},
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
            cast_to=GetVoiceResponse,
        )

    def delete(
        self,
        voice_id: str,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> DeleteVoiceResponse:
        """Delete Voice

        Permanently delete a voice you own.

        Soft-deletes a voice from your library. The voice's `deleted_at` column is stamped and it stops appearing in [List Voices](https://docs.bland.ai/api-v1/get/voices) and synthesis flows.

        Only voices owned by your org can be deleted; curated default voices, voices in the public library you have not added, and voices owned by other orgs return `400 ERROR_DELETING_VOICE`.

        Args:
            voice_id: UUID of the voice to delete.

        Returns:
            Successful response

        Raises:
            BadRequestError: 400: Only voices owned by your org can be deleted; curated default voices, voices in the public library you have not added, and voices owned by other orgs return `400 ERROR_DELETING_VOICE`.
            APIStatusError: any other non-2xx response.
            APIResponseValidationError: a 2xx body that is not JSON, or not even its outer shape.
            APIConnectionError: no response, after the retries.
        """
        return self._client.request_json(
            "delete",
            "/v1/voices/{id}",
            path_params={"id": voice_id},
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
            cast_to=DeleteVoiceResponse,
        )

    def rename(
        self,
        voice_id: str,
        *,
        name: str,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RenameVoiceResponse:
        """Rename Voice

        Change the display name of a cloned voice you own.

        Renames a voice clone in your library. Only voices owned by your org can be renamed; default and shared-library voices return `403`.

        Args:
            voice_id: UUID of the voice to rename.
            name: New display name. 1-30 characters. Must be unique within your library.

        Returns:
            Successful response

        Raises:
            PermissionDeniedError: 403: Only voices owned by your org can be renamed; default and shared-library voices return `403`.
            APIStatusError: any other non-2xx response (default: Name Taken).
            APIResponseValidationError: a 2xx body that is not JSON, or not even its outer shape.
            APIConnectionError: no response, after the retries.
        """
        _body: dict[str, object] = {}
        _body["name"] = name
        return self._client.request_json(
            "patch",
            "/v1/voices/{id}/rename",
            path_params={"id": voice_id},
            json=_body,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
            cast_to=RenameVoiceResponse,
        )


class VoicesSamplesResourceWithRawResponse:
    """:class:`VoicesSamplesResource`'s methods, wrapped to return :class:`RawResponse`."""

    def __init__(self, resource: VoicesSamplesResource) -> None:
        self._resource = resource
        self.create = to_raw_response_wrapper(resource.create)
        self.list = to_raw_response_wrapper(resource.list)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class VoicesResourceWithRawResponse:
    """:class:`VoicesResource`'s methods, wrapped to return :class:`RawResponse`."""

    def __init__(self, resource: VoicesResource) -> None:
        self._resource = resource
        self.samples = VoicesSamplesResourceWithRawResponse(resource.samples)
        self.list = to_raw_response_wrapper(resource.list)
        self.clone = to_raw_response_wrapper(resource.clone)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.rename = to_raw_response_wrapper(resource.rename)


class AsyncVoicesSamplesResource(AsyncAPIResource):
    """Async Operations on samples."""

    async def create(
        self,
        *,
        voice_id: str,
        audio_samples: FileList,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AddVoiceSampleResponse:
        """Add Voice Sample

        Append training samples to an existing voice clone you own.

        Appends one or more audio samples to an existing voice clone, retraining the voice on the expanded sample set.

        Sample limits depend on the voice's engine. **BTTS V1** voices accept up to 5 samples total. **BTTS V2** and **BTTS V3** voices are single-sample by design and do not accept additional samples; use [Clone Voice](https://docs.bland.ai/api-v1/post/clone) to create a new voice instead.

        Sent as `multipart/form-data`.

        Args:
            voice_id: UUID of the voice to add samples to. Must be a voice your org owns.
            audio_samples: WAV files to append. Each file 1-60 seconds, max 10 MB. The combined sample count after this call cannot exceed 5 for a V1 voice.

        Returns:
            Successful response

        Raises:
            InvalidFileError: a file that cannot be read, or is not audio, before any request.
            APIStatusError: a non-2xx response (default: No Files Wrong Engine Too Many Samples).
            APIResponseValidationError: a 2xx body that is not JSON, or not even its outer shape.
            APIConnectionError: no response, after the retries.
        """
        _files: list[tuple[str, LoadedFile]] = []
        _form: dict[str, object] = {}
        _files.extend(
            ("audio_samples", read_file(f, require_audio=True))
            for f in file_list(audio_samples, argument="audio_samples")
        )
        _form["voice_id"] = voice_id
        return await self._client.request_json(
            "post",
            "/v1/voices/samples",
            files=_files,
            data=_form,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
            cast_to=AddVoiceSampleResponse,
        )

    async def list(
        self,
        voice_id: str,
        *,
        include_audio: bool | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> ListVoiceSamplesResponse:
        """List Voice Samples

        List the training samples attached to a voice clone you own.

        Returns the training samples used to create a voice clone. Only voices owned by your org return samples; default voices and shared library voices return `400 VOICE_SAMPLES_ERROR` with the message `"Voice is a default voice and not owned by the user."`

        Retrievable samples are only present for V1 (`BTTS`) voices. **V2 and V3 voices both return `[]`** even though they were cloned from a sample, because the underlying single source clip is not exposed via this endpoint. Use the source audio of your original clone for those.

        Args:
            voice_id: UUID of the voice.
            include_audio: When `true`, includes base64-encoded audio data with each sample. Increases response size significantly. Use [Get Voice Sample](https://docs.bland.ai/api-v1/get/voices-id-samples-sample-id) for a single sample with audio instead.

        Returns:
            Successful response

        Raises:
            BadRequestError: 400: Only voices owned by your org return samples; default voices and shared library voices return `400 VOICE_SAMPLES_ERROR` with the message `"Voice is a default voice and not owned by the user."`
            APIStatusError: any other non-2xx response.
            APIResponseValidationError: a 2xx body that is not JSON, or not even its outer shape.
            APIConnectionError: no response, after the retries.
        """
        return await self._client.request_json(
            "get",
            "/v1/voices/{id}/samples",
            path_params={"id": voice_id},
            query={
                "include_audio": include_audio,
            },
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
            cast_to=ListVoiceSamplesResponse,
        )

    async def delete(
        self,
        voice_id: str,
        *,
        sample_ids: builtins.list[str],
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> DeleteVoiceSamplesResponse:
        """Delete Voice Samples

        Remove one or more training samples from a voice clone you own.

        Removes the specified samples from a voice clone. The voice is retrained against the remaining samples. If you remove every sample from a voice it becomes unusable for synthesis; delete the voice itself via [Delete Voice](https://docs.bland.ai/api-v1/delete/voices-id) if that is your intent.

        Args:
            voice_id: UUID of the parent voice.
            sample_ids: Array of sample UUIDs to delete. ```json { "sample_ids": ["d15b199a-1b79-4664-9a9a-b149ee3b136a"] } ```

        Returns:
            Successful response

        Raises:
            APIStatusError: a non-2xx response (default: Invalid Request).
            APIResponseValidationError: a 2xx body that is not JSON, or not even its outer shape.
            APIConnectionError: no response, after the retries.
        """
        _body: dict[str, object] = {}
        _body["sample_ids"] = sample_ids
        return await self._client.request_json(
            "delete",
            "/v1/voices/{id}/samples",
            path_params={"id": voice_id},
            json=_body,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
            cast_to=DeleteVoiceSamplesResponse,
        )

    @overload
    async def retrieve(
        self,
        voice_id: str,
        sample_id: str,
        *,
        format: Literal["audio"] = "audio",
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> BinaryResponse: ...
    @overload
    async def retrieve(
        self,
        voice_id: str,
        sample_id: str,
        *,
        format: Literal["json"],
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> GetVoiceSampleResponse: ...

    async def retrieve(
        self,
        voice_id: str,
        sample_id: str,
        *,
        format: Literal["audio", "json"] = "audio",
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> GetVoiceSampleResponse | BinaryResponse:
        """Get Voice Sample

        Download a single training sample as audio or JSON metadata.

        Returns a single training sample for a voice you own. By default the response is the raw WAV audio. Pass `?format=json` to get the metadata plus base64-encoded audio instead.

        Only voices owned by your org return samples. Default voices and shared-library voices return `400 VOICE_SAMPLE_ERROR`.

        Args:
            voice_id: UUID of the parent voice.
            sample_id: UUID of the sample to fetch.
            format: Response format. `audio` returns the raw WAV binary, `json` returns sample metadata with base64-encoded audio under `data`.

        Returns:
            With `format=audio` (default), returns the WAV binary with: * `Content-Type: audio/wav` * `Content-Disposition: attachment; filename="sample-<id>.wav"` With `format=json`, returns sample metadata.; a BinaryResponse for audio

        Raises:
            BadRequestError: 400: Default voices and shared-library voices return `400 VOICE_SAMPLE_ERROR`.
            APIStatusError: any other non-2xx response (default: Audio Not Found).
            APIResponseValidationError: a 2xx body that is not JSON, or not even its outer shape.
            APIConnectionError: no response, after the retries.
        """
        if format in ("json",):
            return await self._client.request_json(
                "get",
                "/v1/voices/{id}/samples/{sample_id}",
                path_params={"id": voice_id, "sample_id": sample_id},
                query={
                    "format": format,
                },
                options=request_options(
                    timeout, max_retries, extra_headers, extra_query, extra_body
                ),
                cast_to=GetVoiceSampleResponse,
            )
        return await self._client.request_binary(
            "get",
            "/v1/voices/{id}/samples/{sample_id}",
            path_params={"id": voice_id, "sample_id": sample_id},
            query={
                "format": format,
            },
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AsyncVoicesResource(AsyncAPIResource):
    """Async Operations on voices."""

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.samples = AsyncVoicesSamplesResource(client)

    async def list(
        self,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> ListVoicesResponse:
        """List Voices

        List all voices available to your account.

        Returns every voice your account can use: Bland's curated default voices, voices you have cloned, voices you have added to your library from the public catalog, and voices owned by your org.

        For just the publicly-shared library, use [List Shared Voices](https://docs.bland.ai/api-v1/get/voices-shared) instead.

        Returns:
            Successful response

        Raises:
            APIStatusError: a non-2xx response.
            APIResponseValidationError: a 2xx body that is not JSON, or not even its outer shape.
            APIConnectionError: no response, after the retries.
        """
        return await self._client.request_json(
            "get",
            "/v1/voices",
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
            cast_to=ListVoicesResponse,
        )

    async def clone(
        self,
        *,
        name: str,
        audio_samples: FileList,
        gender: Literal["male", "female"] | str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        is_btts_v3: bool | NotGiven = NOT_GIVEN,
        is_btts_v2: bool | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> CloneVoiceResponse:
        """Clone Voice

        Create a custom voice clone from audio samples.

        Creates a Bland TTS voice clone from one or more audio samples. Sent as `multipart/form-data`. The new voice is private to your org and immediately usable with [Speak](https://docs.bland.ai/api-v2/post/tts).

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

        V2 and V3 voices are single-sample by design. Use [List Voice Samples](https://docs.bland.ai/api-v1/get/voices-id-samples) to inspect the source sample attached to a voice.

        Args:
            name: Display name for the voice clone. 1-30 characters. Must be unique in your library.
            audio_samples: Audio file or files. Constraints depend on the engine flag (see below). WAV format recommended.
            gender: `male` or `female`. Optional but recommended; helps the underlying model.
            description: Free-text description. Surfaced as additional context to the model for tone and style.
            is_btts_v3: Use the V3 engine (the default when no engine flag is set).
            is_btts_v2: Use the V2 engine instead of V3.

        Returns:
            Returns `200 OK` with the new voice on success.

        Raises:
            InvalidFileError: a file that cannot be read, or is not audio, before any request.
            APIStatusError: a non-2xx response (default: Validation Error Voice Limit Exceeded).
            APIResponseValidationError: a 2xx body that is not JSON, or not even its outer shape.
            APIConnectionError: no response, after the retries.
        """
        _files: list[tuple[str, LoadedFile]] = []
        _form: dict[str, object] = {}
        _files.extend(
            ("audio_samples", read_file(f, require_audio=True))
            for f in file_list(audio_samples, argument="audio_samples")
        )
        _form["name"] = name
        if gender is not NOT_GIVEN:
            _form["gender"] = gender
        if description is not NOT_GIVEN:
            _form["description"] = description
        if is_btts_v3 is not NOT_GIVEN:
            _form["isBTTS_V3"] = is_btts_v3
        if is_btts_v2 is not NOT_GIVEN:
            _form["isBTTS_V2"] = is_btts_v2
        return await self._client.request_json(
            "post",
            "/v1/voices/clone",
            files=_files,
            data=_form,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
            cast_to=CloneVoiceResponse,
        )

    async def retrieve(
        self,
        voice_id: str,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> GetVoiceResponse:
        """Get Voice

        Get details on a single voice.

        Returns the full record for a single voice. Same field shape as [List Voices](https://docs.bland.ai/api-v1/get/voices).

        The `id` path parameter accepts either the voice's UUID or its `name` (for curated default voices like `maya`, `derek`, `willow`).

        Args:
            voice_id: Voice UUID or curated voice name. For example: - `GET /v1/voices/d4610ec1-933d-44c9-a05f-53df2437808d` - `GET /v1/voices/maya`

        Returns:
            Successful response

        Raises:
            APIStatusError: a non-2xx response.
            APIResponseValidationError: a 2xx body that is not JSON, or not even its outer shape.
            APIConnectionError: no response, after the retries.
        """
        return await self._client.request_json(
            "get",
            "/v1/voices/{id}",
            path_params={"id": voice_id},
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
            cast_to=GetVoiceResponse,
        )

    async def delete(
        self,
        voice_id: str,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> DeleteVoiceResponse:
        """Delete Voice

        Permanently delete a voice you own.

        Soft-deletes a voice from your library. The voice's `deleted_at` column is stamped and it stops appearing in [List Voices](https://docs.bland.ai/api-v1/get/voices) and synthesis flows.

        Only voices owned by your org can be deleted; curated default voices, voices in the public library you have not added, and voices owned by other orgs return `400 ERROR_DELETING_VOICE`.

        Args:
            voice_id: UUID of the voice to delete.

        Returns:
            Successful response

        Raises:
            BadRequestError: 400: Only voices owned by your org can be deleted; curated default voices, voices in the public library you have not added, and voices owned by other orgs return `400 ERROR_DELETING_VOICE`.
            APIStatusError: any other non-2xx response.
            APIResponseValidationError: a 2xx body that is not JSON, or not even its outer shape.
            APIConnectionError: no response, after the retries.
        """
        return await self._client.request_json(
            "delete",
            "/v1/voices/{id}",
            path_params={"id": voice_id},
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
            cast_to=DeleteVoiceResponse,
        )

    async def rename(
        self,
        voice_id: str,
        *,
        name: str,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RenameVoiceResponse:
        """Rename Voice

        Change the display name of a cloned voice you own.

        Renames a voice clone in your library. Only voices owned by your org can be renamed; default and shared-library voices return `403`.

        Args:
            voice_id: UUID of the voice to rename.
            name: New display name. 1-30 characters. Must be unique within your library.

        Returns:
            Successful response

        Raises:
            PermissionDeniedError: 403: Only voices owned by your org can be renamed; default and shared-library voices return `403`.
            APIStatusError: any other non-2xx response (default: Name Taken).
            APIResponseValidationError: a 2xx body that is not JSON, or not even its outer shape.
            APIConnectionError: no response, after the retries.
        """
        _body: dict[str, object] = {}
        _body["name"] = name
        return await self._client.request_json(
            "patch",
            "/v1/voices/{id}/rename",
            path_params={"id": voice_id},
            json=_body,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
            cast_to=RenameVoiceResponse,
        )


class AsyncVoicesSamplesResourceWithRawResponse:
    """:class:`AsyncVoicesSamplesResource`'s methods, wrapped to return :class:`RawResponse`."""

    def __init__(self, resource: AsyncVoicesSamplesResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response_wrapper(resource.create)
        self.list = async_to_raw_response_wrapper(resource.list)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)


class AsyncVoicesResourceWithRawResponse:
    """:class:`AsyncVoicesResource`'s methods, wrapped to return :class:`RawResponse`."""

    def __init__(self, resource: AsyncVoicesResource) -> None:
        self._resource = resource
        self.samples = AsyncVoicesSamplesResourceWithRawResponse(resource.samples)
        self.list = async_to_raw_response_wrapper(resource.list)
        self.clone = async_to_raw_response_wrapper(resource.clone)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.rename = async_to_raw_response_wrapper(resource.rename)
