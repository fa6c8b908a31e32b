"""Burki API: the `assistants` resources."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal

import httpx

from ..._base_client import (
    AsyncAPIClient,
    AsyncAPIResource,
    SyncAPIClient,
    SyncAPIResource,
    request_options,
)
from ..._files import FileInput, LoadedFile, read_file
from ..._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ..._types import NOT_GIVEN, NotGiven
from ..types import (
    CreateClonedVoiceResponse,
    DeleteClonedVoiceResponse,
    ListClonedVoicesResponse,
    ListVoiceCloningProvidersResponse,
    ListVoiceSamplesResponse,
    UploadVoiceSampleResponse,
)


class AssistantsVoiceSamplesResource(SyncAPIResource):
    """Operations on voice samples."""

    def list(
        self,
        assistant_id: int,
        *,
        status: Literal["uploaded", "processing", "ready", "failed"]
        | str
        | NotGiven
        | None = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> ListVoiceSamplesResponse:
        """List Voice Samples

        List voice samples for organization.

        Args:
            assistant_id: The unique identifier of the assistant whose voice samples you want to list.
            status: Filter by status

        Returns:
            Successful Response

        Raises:
            UnprocessableEntityError: 422: Validation Error
            APIStatusError: any other non-2xx response.
            APIResponseValidationError: a 2xx body that is not JSON, or not even its outer shape.
            APIConnectionError: no response, after the retries.
        """
        return self._client.request_json(
            "get",
            "/api/v1/assistants/{assistant_id}/voice-samples",
            path_params={"assistant_id": assistant_id},
            query={
                "status": status,
            },
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
            cast_to=ListVoiceSamplesResponse,
        )

    def upload(
        self,
        assistant_id: int,
        *,
        file: FileInput,
        name: str | NotGiven | None = NOT_GIVEN,
        description: str | NotGiven | None = NOT_GIVEN,
        tags: str | NotGiven | None = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> UploadVoiceSampleResponse:
        """Upload Voice Sample

        Upload voice sample for cloning.

        Args:
            assistant_id: The unique identifier of the assistant to associate the voice sample with.
            file: The audio file to upload. Supported formats: MP3, WAV, FLAC, M4A, OGG.
            name: Custom name for the voice sample. Defaults to filename if not provided.
            description: Description of the voice sample.
            tags: Comma-separated tags for organizing voice samples.

        Returns:
            Successful Response

        Raises:
            BadRequestError: 400: Invalid file or parameters
            UnprocessableEntityError: 422: Validation Error
            InvalidFileError: a file that cannot be read, or is not audio, before any request.
            APIStatusError: any other non-2xx response (413: File exceeds size limit).
            APIResponseValidationError: a 2xx body that is not JSON, or not even its outer shape.
            APIConnectionError: no response, after the retries.
        """
        _files: list[tuple[str, LoadedFile]] = []
        _form: dict[str, object] = {}
        _files.append(("file", read_file(file, require_audio=True)))
        if name is not NOT_GIVEN:
            _form["name"] = name
        if description is not NOT_GIVEN:
            _form["description"] = description
        if tags is not NOT_GIVEN:
            _form["tags"] = tags
        return self._client.request_json(
            "post",
            "/api/v1/assistants/{assistant_id}/voice-samples/upload",
            path_params={"assistant_id": assistant_id},
            files=_files,
            data=_form,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
            cast_to=UploadVoiceSampleResponse,
        )

    def delete(
        self,
        assistant_id: int,
        sample_id: int,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> object:
        """Delete Voice Sample

        Delete a voice sample.

        Args:
            assistant_id: The ``assistant_id`` path parameter.
            sample_id: The ``sample_id`` path parameter.

        Returns:
            Successful Response

        Raises:
            UnprocessableEntityError: 422: Validation Error
            APIStatusError: any other non-2xx response.
            APIResponseValidationError: a 2xx body that is not JSON, or not even its outer shape.
            APIConnectionError: no response, after the retries.
        """
        return self._client.request_json(
            "delete",
            "/api/v1/assistants/{assistant_id}/voice-samples/{sample_id}",
            path_params={"assistant_id": assistant_id, "sample_id": sample_id},
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
            cast_to=object,
        )


class AssistantsVoiceCloningProvidersResource(SyncAPIResource):
    """Operations on providers."""

    def list(
        self,
        assistant_id: int,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> ListVoiceCloningProvidersResponse:
        """List Voice Cloning Providers

        List available voice cloning providers.

        Args:
            assistant_id: The unique identifier of the assistant for which you want to list available voice cloning providers.

        Returns:
            Successful Response

        Raises:
            PermissionDeniedError: 403: Insufficient permissions
            NotFoundError: 404: Assistant not found
            UnprocessableEntityError: 422: Validation Error
            InternalServerError: 500: Service unavailable
            APIStatusError: any other non-2xx response.
            APIResponseValidationError: a 2xx body that is not JSON, or not even its outer shape.
            APIConnectionError: no response, after the retries.
        """
        return self._client.request_json(
            "get",
            "/api/v1/assistants/{assistant_id}/voice-cloning/providers",
            path_params={"assistant_id": assistant_id},
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
            cast_to=ListVoiceCloningProvidersResponse,
        )


class AssistantsVoiceCloningResource(SyncAPIResource):
    """Operations on voice cloning."""

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.providers = AssistantsVoiceCloningProvidersResource(client)


class AssistantsClonedVoicesResource(SyncAPIResource):
    """Operations on cloned voices."""

    def list(
        self,
        assistant_id: int,
        *,
        status: Literal["processing", "ready", "failed", "archived"]
        | str
        | NotGiven
        | None = NOT_GIVEN,
        provider: Literal["elevenlabs", "resemble", "inworld"] | str | NotGiven | None = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> ListClonedVoicesResponse:
        """List Cloned Voices

        List cloned voices for organization (legacy assistant-scoped endpoint).

        Args:
            assistant_id: The unique identifier of the assistant whose cloned voices you want to list.
            status: Filter by status
            provider: Filter by provider

        Returns:
            Successful Response

        Raises:
            UnprocessableEntityError: 422: Validation Error
            APIStatusError: any other non-2xx response.
            APIResponseValidationError: a 2xx body that is not JSON, or not even its outer shape.
            APIConnectionError: no response, after the retries.
        """
        return self._client.request_json(
            "get",
            "/api/v1/assistants/{assistant_id}/cloned-voices",
            path_params={"assistant_id": assistant_id},
            query={
                "status": status,
                "provider": provider,
            },
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
            cast_to=ListClonedVoicesResponse,
        )

    def create(
        self,
        assistant_id: int,
        *,
        voice_sample_id: int,
        provider: str,
        name: str,
        description: str | NotGiven | None = NOT_GIVEN,
        language: str | NotGiven | None = NOT_GIVEN,
        enhance_quality: bool | NotGiven = NOT_GIVEN,
        tags: builtins.list[str] | NotGiven | None = NOT_GIVEN,
        metadata: builtins.dict[str, Any] | NotGiven | None = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> CreateClonedVoiceResponse:
        """Create Cloned Voice

        Create cloned voice from uploaded sample.

        Args:
            assistant_id: The unique identifier of the assistant to associate the cloned voice with.
            voice_sample_id: ID of the uploaded voice sample
            provider: TTS provider to use for voice cloning
            name: Name for the cloned voice
            description: Description of the cloned voice
            language: Language code (e.g., 'en', 'es')
            enhance_quality: Whether to enhance voice quality
            tags: Tags for organizing voices
            metadata: Additional metadata

        Returns:
            Successful Response

        Raises:
            BadRequestError: 400: Invalid parameters
            NotFoundError: 404: Voice sample not found
            UnprocessableEntityError: 422: Validation Error
            InternalServerError: 500: Provider cloning failed
            APIStatusError: any other non-2xx response.
            APIResponseValidationError: a 2xx body that is not JSON, or not even its outer shape.
            APIConnectionError: no response, after the retries.
        """
        _body: dict[str, object] = {}
        _body["voice_sample_id"] = voice_sample_id
        _body["provider"] = provider
        _body["name"] = name
        if description is not NOT_GIVEN:
            _body["description"] = description
        if language is not NOT_GIVEN:
            _body["language"] = language
        if enhance_quality is not NOT_GIVEN:
            _body["enhance_quality"] = enhance_quality
        if tags is not NOT_GIVEN:
            _body["tags"] = tags
        if metadata is not NOT_GIVEN:
            _body["metadata"] = metadata
        return self._client.request_json(
            "post",
            "/api/v1/assistants/{assistant_id}/cloned-voices/create",
            path_params={"assistant_id": assistant_id},
            json=_body,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
            cast_to=CreateClonedVoiceResponse,
        )

    def delete(
        self,
        assistant_id: int,
        voice_id: int,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> DeleteClonedVoiceResponse:
        """Delete Cloned Voice

        Delete a cloned voice.

        Args:
            assistant_id: The unique identifier of the assistant that owns the cloned voice.
            voice_id: The unique identifier of the cloned voice to delete.

        Returns:
            Successful Response

        Raises:
            PermissionDeniedError: 403: Insufficient permissions
            NotFoundError: 404: Voice not found
            UnprocessableEntityError: 422: Validation Error
            InternalServerError: 500: Provider deletion failed
            APIStatusError: any other non-2xx response.
            APIResponseValidationError: a 2xx body that is not JSON, or not even its outer shape.
            APIConnectionError: no response, after the retries.
        """
        return self._client.request_json(
            "delete",
            "/api/v1/assistants/{assistant_id}/cloned-voices/{voice_id}",
            path_params={"assistant_id": assistant_id, "voice_id": voice_id},
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
            cast_to=DeleteClonedVoiceResponse,
        )

    def test(
        self,
        assistant_id: int,
        voice_id: int,
        *,
        provider_voice_id: str,
        provider: str,
        text: str | NotGiven = NOT_GIVEN,
        model_id: str | NotGiven | None = NOT_GIVEN,
        stability: float | NotGiven | None = NOT_GIVEN,
        similarity_boost: float | NotGiven | None = NOT_GIVEN,
        style: float | NotGiven | None = NOT_GIVEN,
        speed: float | NotGiven | None = NOT_GIVEN,
        volume: float | NotGiven | None = NOT_GIVEN,
        use_speaker_boost: bool | NotGiven | None = NOT_GIVEN,
        project_uuid: str | NotGiven | None = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> object:
        """Test Cloned Voice

        Generate test audio for a cloned voice.

        Args:
            assistant_id: The ``assistant_id`` path parameter.
            voice_id: The ``voice_id`` path parameter.
            provider_voice_id: The ``voice_id`` field of the request body.
            text: The ``text`` field of the request body.
            provider: The ``provider`` field of the request body.
            model_id: The ``model_id`` field of the request body.
            stability: The ``stability`` field of the request body.
            similarity_boost: The ``similarity_boost`` field of the request body.
            style: The ``style`` field of the request body.
            speed: The ``speed`` field of the request body.
            volume: The ``volume`` field of the request body.
            use_speaker_boost: The ``use_speaker_boost`` field of the request body.
            project_uuid: The ``project_uuid`` field of the request body.

        Returns:
            Successful Response

        Raises:
            UnprocessableEntityError: 422: Validation Error
            APIStatusError: any other non-2xx response.
            APIResponseValidationError: a 2xx body that is not JSON, or not even its outer shape.
            APIConnectionError: no response, after the retries.
        """
        _body: dict[str, object] = {}
        _body["voice_id"] = provider_voice_id
        if text is not NOT_GIVEN:
            _body["text"] = text
        _body["provider"] = provider
        if model_id is not NOT_GIVEN:
            _body["model_id"] = model_id
        if stability is not NOT_GIVEN:
            _body["stability"] = stability
        if similarity_boost is not NOT_GIVEN:
            _body["similarity_boost"] = similarity_boost
        if style is not NOT_GIVEN:
            _body["style"] = style
        if speed is not NOT_GIVEN:
            _body["speed"] = speed
        if volume is not NOT_GIVEN:
            _body["volume"] = volume
        if use_speaker_boost is not NOT_GIVEN:
            _body["use_speaker_boost"] = use_speaker_boost
        if project_uuid is not NOT_GIVEN:
            _body["project_uuid"] = project_uuid
        return self._client.request_json(
            "post",
            "/api/v1/assistants/{assistant_id}/cloned-voices/{voice_id}/test",
            path_params={"assistant_id": assistant_id, "voice_id": voice_id},
            json=_body,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
            cast_to=object,
        )


class AssistantsResource(SyncAPIResource):
    """Operations on assistants."""

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.cloned_voices = AssistantsClonedVoicesResource(client)
        self.voice_cloning = AssistantsVoiceCloningResource(client)
        self.voice_samples = AssistantsVoiceSamplesResource(client)

    def test_voice(
        self,
        *,
        provider_voice_id: str,
        provider: str,
        text: str | NotGiven = NOT_GIVEN,
        model_id: str | NotGiven | None = NOT_GIVEN,
        stability: float | NotGiven | None = NOT_GIVEN,
        similarity_boost: float | NotGiven | None = NOT_GIVEN,
        style: float | NotGiven | None = NOT_GIVEN,
        speed: float | NotGiven | None = NOT_GIVEN,
        volume: float | NotGiven | None = NOT_GIVEN,
        use_speaker_boost: bool | NotGiven | None = NOT_GIVEN,
        project_uuid: str | NotGiven | None = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> builtins.dict[str, object]:
        """Test Voice

        Test a cloned voice by generating audio from text.

        Key resolution:
        1. BYO key (organization-level) is always used when present.
        2. Otherwise the managed Burki key may be used only if the org is authorized
           to consume managed TTS — i.e. has wallet balance (incl. granted credits),
           trial minutes remaining, or is on a managed TTS plan.

        Supports ElevenLabs, Cartesia, and Resemble AI providers.
        Returns base64-encoded audio data that can be played directly in the browser.

        Args:
            provider_voice_id: The ``voice_id`` field of the request body.
            text: The ``text`` field of the request body.
            provider: The ``provider`` field of the request body.
            model_id: The ``model_id`` field of the request body.
            stability: The ``stability`` field of the request body.
            similarity_boost: The ``similarity_boost`` field of the request body.
            style: The ``style`` field of the request body.
            speed: The ``speed`` field of the request body.
            volume: The ``volume`` field of the request body.
            use_speaker_boost: The ``use_speaker_boost`` field of the request body.
            project_uuid: The ``project_uuid`` field of the request body.

        Returns:
            Successful Response

        Raises:
            UnprocessableEntityError: 422: Validation Error
            APIStatusError: any other non-2xx response.
            APIResponseValidationError: a 2xx body that is not JSON, or not even its outer shape.
            APIConnectionError: no response, after the retries.
        """
        _body: dict[str, object] = {}
        _body["voice_id"] = provider_voice_id
        if text is not NOT_GIVEN:
            _body["text"] = text
        _body["provider"] = provider
        if model_id is not NOT_GIVEN:
            _body["model_id"] = model_id
        if stability is not NOT_GIVEN:
            _body["stability"] = stability
        if similarity_boost is not NOT_GIVEN:
            _body["similarity_boost"] = similarity_boost
        if style is not NOT_GIVEN:
            _body["style"] = style
        if speed is not NOT_GIVEN:
            _body["speed"] = speed
        if volume is not NOT_GIVEN:
            _body["volume"] = volume
        if use_speaker_boost is not NOT_GIVEN:
            _body["use_speaker_boost"] = use_speaker_boost
        if project_uuid is not NOT_GIVEN:
            _body["project_uuid"] = project_uuid
        return self._client.request_json(
            "post",
            "/api/v1/assistants/test-voice",
            json=_body,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
            cast_to=builtins.dict[str, object],
        )


class AssistantsVoiceSamplesResourceWithRawResponse:
    """:class:`AssistantsVoiceSamplesResource`'s methods, wrapped to return :class:`RawResponse`."""

    def __init__(self, resource: AssistantsVoiceSamplesResource) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)
        self.upload = to_raw_response_wrapper(resource.upload)
        self.delete = to_raw_response_wrapper(resource.delete)


class AssistantsVoiceCloningProvidersResourceWithRawResponse:
    """:class:`AssistantsVoiceCloningProvidersResource`'s methods, wrapped to return :class:`RawResponse`."""

    def __init__(self, resource: AssistantsVoiceCloningProvidersResource) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)


class AssistantsVoiceCloningResourceWithRawResponse:
    """:class:`AssistantsVoiceCloningResource`'s methods, wrapped to return :class:`RawResponse`."""

    def __init__(self, resource: AssistantsVoiceCloningResource) -> None:
        self._resource = resource
        self.providers = AssistantsVoiceCloningProvidersResourceWithRawResponse(resource.providers)


class AssistantsClonedVoicesResourceWithRawResponse:
    """:class:`AssistantsClonedVoicesResource`'s methods, wrapped to return :class:`RawResponse`."""

    def __init__(self, resource: AssistantsClonedVoicesResource) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.test = to_raw_response_wrapper(resource.test)


class AssistantsResourceWithRawResponse:
    """:class:`AssistantsResource`'s methods, wrapped to return :class:`RawResponse`."""

    def __init__(self, resource: AssistantsResource) -> None:
        self._resource = resource
        self.cloned_voices = AssistantsClonedVoicesResourceWithRawResponse(resource.cloned_voices)
        self.voice_cloning = AssistantsVoiceCloningResourceWithRawResponse(resource.voice_cloning)
        self.voice_samples = AssistantsVoiceSamplesResourceWithRawResponse(resource.voice_samples)
        self.test_voice = to_raw_response_wrapper(resource.test_voice)


class AsyncAssistantsVoiceSamplesResource(AsyncAPIResource):
    """Async Operations on voice samples."""

    async def list(
        self,
        assistant_id: int,
        *,
        status: Literal["uploaded", "processing", "ready", "failed"]
        | str
        | NotGiven
        | None = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> ListVoiceSamplesResponse:
        """List Voice Samples

        List voice samples for organization.

        Args:
            assistant_id: The unique identifier of the assistant whose voice samples you want to list.
            status: Filter by status

        Returns:
            Successful Response

        Raises:
            UnprocessableEntityError: 422: Validation Error
            APIStatusError: any other non-2xx response.
            APIResponseValidationError: a 2xx body that is not JSON, or not even its outer shape.
            APIConnectionError: no response, after the retries.
        """
        return await self._client.request_json(
            "get",
            "/api/v1/assistants/{assistant_id}/voice-samples",
            path_params={"assistant_id": assistant_id},
            query={
                "status": status,
            },
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
            cast_to=ListVoiceSamplesResponse,
        )

    async def upload(
        self,
        assistant_id: int,
        *,
        file: FileInput,
        name: str | NotGiven | None = NOT_GIVEN,
        description: str | NotGiven | None = NOT_GIVEN,
        tags: str | NotGiven | None = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> UploadVoiceSampleResponse:
        """Upload Voice Sample

        Upload voice sample for cloning.

        Args:
            assistant_id: The unique identifier of the assistant to associate the voice sample with.
            file: The audio file to upload. Supported formats: MP3, WAV, FLAC, M4A, OGG.
            name: Custom name for the voice sample. Defaults to filename if not provided.
            description: Description of the voice sample.
            tags: Comma-separated tags for organizing voice samples.

        Returns:
            Successful Response

        Raises:
            BadRequestError: 400: Invalid file or parameters
            UnprocessableEntityError: 422: Validation Error
            InvalidFileError: a file that cannot be read, or is not audio, before any request.
            APIStatusError: any other non-2xx response (413: File exceeds size limit).
            APIResponseValidationError: a 2xx body that is not JSON, or not even its outer shape.
            APIConnectionError: no response, after the retries.
        """
        _files: list[tuple[str, LoadedFile]] = []
        _form: dict[str, object] = {}
        _files.append(("file", read_file(file, require_audio=True)))
        if name is not NOT_GIVEN:
            _form["name"] = name
        if description is not NOT_GIVEN:
            _form["description"] = description
        if tags is not NOT_GIVEN:
            _form["tags"] = tags
        return await self._client.request_json(
            "post",
            "/api/v1/assistants/{assistant_id}/voice-samples/upload",
            path_params={"assistant_id": assistant_id},
            files=_files,
            data=_form,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
            cast_to=UploadVoiceSampleResponse,
        )

    async def delete(
        self,
        assistant_id: int,
        sample_id: int,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> object:
        """Delete Voice Sample

        Delete a voice sample.

        Args:
            assistant_id: The ``assistant_id`` path parameter.
            sample_id: The ``sample_id`` path parameter.

        Returns:
            Successful Response

        Raises:
            UnprocessableEntityError: 422: Validation Error
            APIStatusError: any other non-2xx response.
            APIResponseValidationError: a 2xx body that is not JSON, or not even its outer shape.
            APIConnectionError: no response, after the retries.
        """
        return await self._client.request_json(
            "delete",
            "/api/v1/assistants/{assistant_id}/voice-samples/{sample_id}",
            path_params={"assistant_id": assistant_id, "sample_id": sample_id},
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
            cast_to=object,
        )


class AsyncAssistantsVoiceCloningProvidersResource(AsyncAPIResource):
    """Async Operations on providers."""

    async def list(
        self,
        assistant_id: int,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> ListVoiceCloningProvidersResponse:
        """List Voice Cloning Providers

        List available voice cloning providers.

        Args:
            assistant_id: The unique identifier of the assistant for which you want to list available voice cloning providers.

        Returns:
            Successful Response

        Raises:
            PermissionDeniedError: 403: Insufficient permissions
            NotFoundError: 404: Assistant not found
            UnprocessableEntityError: 422: Validation Error
            InternalServerError: 500: Service unavailable
            APIStatusError: any other non-2xx response.
            APIResponseValidationError: a 2xx body that is not JSON, or not even its outer shape.
            APIConnectionError: no response, after the retries.
        """
        return await self._client.request_json(
            "get",
            "/api/v1/assistants/{assistant_id}/voice-cloning/providers",
            path_params={"assistant_id": assistant_id},
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
            cast_to=ListVoiceCloningProvidersResponse,
        )


class AsyncAssistantsVoiceCloningResource(AsyncAPIResource):
    """Async Operations on voice cloning."""

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.providers = AsyncAssistantsVoiceCloningProvidersResource(client)


class AsyncAssistantsClonedVoicesResource(AsyncAPIResource):
    """Async Operations on cloned voices."""

    async def list(
        self,
        assistant_id: int,
        *,
        status: Literal["processing", "ready", "failed", "archived"]
        | str
        | NotGiven
        | None = NOT_GIVEN,
        provider: Literal["elevenlabs", "resemble", "inworld"] | str | NotGiven | None = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> ListClonedVoicesResponse:
        """List Cloned Voices

        List cloned voices for organization (legacy assistant-scoped endpoint).

        Args:
            assistant_id: The unique identifier of the assistant whose cloned voices you want to list.
            status: Filter by status
            provider: Filter by provider

        Returns:
            Successful Response

        Raises:
            UnprocessableEntityError: 422: Validation Error
            APIStatusError: any other non-2xx response.
            APIResponseValidationError: a 2xx body that is not JSON, or not even its outer shape.
            APIConnectionError: no response, after the retries.
        """
        return await self._client.request_json(
            "get",
            "/api/v1/assistants/{assistant_id}/cloned-voices",
            path_params={"assistant_id": assistant_id},
            query={
                "status": status,
                "provider": provider,
            },
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
            cast_to=ListClonedVoicesResponse,
        )

    async def create(
        self,
        assistant_id: int,
        *,
        voice_sample_id: int,
        provider: str,
        name: str,
        description: str | NotGiven | None = NOT_GIVEN,
        language: str | NotGiven | None = NOT_GIVEN,
        enhance_quality: bool | NotGiven = NOT_GIVEN,
        tags: builtins.list[str] | NotGiven | None = NOT_GIVEN,
        metadata: builtins.dict[str, Any] | NotGiven | None = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> CreateClonedVoiceResponse:
        """Create Cloned Voice

        Create cloned voice from uploaded sample.

        Args:
            assistant_id: The unique identifier of the assistant to associate the cloned voice with.
            voice_sample_id: ID of the uploaded voice sample
            provider: TTS provider to use for voice cloning
            name: Name for the cloned voice
            description: Description of the cloned voice
            language: Language code (e.g., 'en', 'es')
            enhance_quality: Whether to enhance voice quality
            tags: Tags for organizing voices
            metadata: Additional metadata

        Returns:
            Successful Response

        Raises:
            BadRequestError: 400: Invalid parameters
            NotFoundError: 404: Voice sample not found
            UnprocessableEntityError: 422: Validation Error
            InternalServerError: 500: Provider cloning failed
            APIStatusError: any other non-2xx response.
            APIResponseValidationError: a 2xx body that is not JSON, or not even its outer shape.
            APIConnectionError: no response, after the retries.
        """
        _body: dict[str, object] = {}
        _body["voice_sample_id"] = voice_sample_id
        _body["provider"] = provider
        _body["name"] = name
        if description is not NOT_GIVEN:
            _body["description"] = description
        if language is not NOT_GIVEN:
            _body["language"] = language
        if enhance_quality is not NOT_GIVEN:
            _body["enhance_quality"] = enhance_quality
        if tags is not NOT_GIVEN:
            _body["tags"] = tags
        if metadata is not NOT_GIVEN:
            _body["metadata"] = metadata
        return await self._client.request_json(
            "post",
            "/api/v1/assistants/{assistant_id}/cloned-voices/create",
            path_params={"assistant_id": assistant_id},
            json=_body,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
            cast_to=CreateClonedVoiceResponse,
        )

    async def delete(
        self,
        assistant_id: int,
        voice_id: int,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> DeleteClonedVoiceResponse:
        """Delete Cloned Voice

        Delete a cloned voice.

        Args:
            assistant_id: The unique identifier of the assistant that owns the cloned voice.
            voice_id: The unique identifier of the cloned voice to delete.

        Returns:
            Successful Response

        Raises:
            PermissionDeniedError: 403: Insufficient permissions
            NotFoundError: 404: Voice not found
            UnprocessableEntityError: 422: Validation Error
            InternalServerError: 500: Provider deletion failed
            APIStatusError: any other non-2xx response.
            APIResponseValidationError: a 2xx body that is not JSON, or not even its outer shape.
            APIConnectionError: no response, after the retries.
        """
        return await self._client.request_json(
            "delete",
            "/api/v1/assistants/{assistant_id}/cloned-voices/{voice_id}",
            path_params={"assistant_id": assistant_id, "voice_id": voice_id},
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
            cast_to=DeleteClonedVoiceResponse,
        )

    async def test(
        self,
        assistant_id: int,
        voice_id: int,
        *,
        provider_voice_id: str,
        provider: str,
        text: str | NotGiven = NOT_GIVEN,
        model_id: str | NotGiven | None = NOT_GIVEN,
        stability: float | NotGiven | None = NOT_GIVEN,
        similarity_boost: float | NotGiven | None = NOT_GIVEN,
        style: float | NotGiven | None = NOT_GIVEN,
        speed: float | NotGiven | None = NOT_GIVEN,
        volume: float | NotGiven | None = NOT_GIVEN,
        use_speaker_boost: bool | NotGiven | None = NOT_GIVEN,
        project_uuid: str | NotGiven | None = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> object:
        """Test Cloned Voice

        Generate test audio for a cloned voice.

        Args:
            assistant_id: The ``assistant_id`` path parameter.
            voice_id: The ``voice_id`` path parameter.
            provider_voice_id: The ``voice_id`` field of the request body.
            text: The ``text`` field of the request body.
            provider: The ``provider`` field of the request body.
            model_id: The ``model_id`` field of the request body.
            stability: The ``stability`` field of the request body.
            similarity_boost: The ``similarity_boost`` field of the request body.
            style: The ``style`` field of the request body.
            speed: The ``speed`` field of the request body.
            volume: The ``volume`` field of the request body.
            use_speaker_boost: The ``use_speaker_boost`` field of the request body.
            project_uuid: The ``project_uuid`` field of the request body.

        Returns:
            Successful Response

        Raises:
            UnprocessableEntityError: 422: Validation Error
            APIStatusError: any other non-2xx response.
            APIResponseValidationError: a 2xx body that is not JSON, or not even its outer shape.
            APIConnectionError: no response, after the retries.
        """
        _body: dict[str, object] = {}
        _body["voice_id"] = provider_voice_id
        if text is not NOT_GIVEN:
            _body["text"] = text
        _body["provider"] = provider
        if model_id is not NOT_GIVEN:
            _body["model_id"] = model_id
        if stability is not NOT_GIVEN:
            _body["stability"] = stability
        if similarity_boost is not NOT_GIVEN:
            _body["similarity_boost"] = similarity_boost
        if style is not NOT_GIVEN:
            _body["style"] = style
        if speed is not NOT_GIVEN:
            _body["speed"] = speed
        if volume is not NOT_GIVEN:
            _body["volume"] = volume
        if use_speaker_boost is not NOT_GIVEN:
            _body["use_speaker_boost"] = use_speaker_boost
        if project_uuid is not NOT_GIVEN:
            _body["project_uuid"] = project_uuid
        return await self._client.request_json(
            "post",
            "/api/v1/assistants/{assistant_id}/cloned-voices/{voice_id}/test",
            path_params={"assistant_id": assistant_id, "voice_id": voice_id},
            json=_body,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
            cast_to=object,
        )


class AsyncAssistantsResource(AsyncAPIResource):
    """Async Operations on assistants."""

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.cloned_voices = AsyncAssistantsClonedVoicesResource(client)
        self.voice_cloning = AsyncAssistantsVoiceCloningResource(client)
        self.voice_samples = AsyncAssistantsVoiceSamplesResource(client)

    async def test_voice(
        self,
        *,
        provider_voice_id: str,
        provider: str,
        text: str | NotGiven = NOT_GIVEN,
        model_id: str | NotGiven | None = NOT_GIVEN,
        stability: float | NotGiven | None = NOT_GIVEN,
        similarity_boost: float | NotGiven | None = NOT_GIVEN,
        style: float | NotGiven | None = NOT_GIVEN,
        speed: float | NotGiven | None = NOT_GIVEN,
        volume: float | NotGiven | None = NOT_GIVEN,
        use_speaker_boost: bool | NotGiven | None = NOT_GIVEN,
        project_uuid: str | NotGiven | None = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> builtins.dict[str, object]:
        """Test Voice

        Test a cloned voice by generating audio from text.

        Key resolution:
        1. BYO key (organization-level) is always used when present.
        2. Otherwise the managed Burki key may be used only if the org is authorized
           to consume managed TTS — i.e. has wallet balance (incl. granted credits),
           trial minutes remaining, or is on a managed TTS plan.

        Supports ElevenLabs, Cartesia, and Resemble AI providers.
        Returns base64-encoded audio data that can be played directly in the browser.

        Args:
            provider_voice_id: The ``voice_id`` field of the request body.
            text: The ``text`` field of the request body.
            provider: The ``provider`` field of the request body.
            model_id: The ``model_id`` field of the request body.
            stability: The ``stability`` field of the request body.
            similarity_boost: The ``similarity_boost`` field of the request body.
            style: The ``style`` field of the request body.
            speed: The ``speed`` field of the request body.
            volume: The ``volume`` field of the request body.
            use_speaker_boost: The ``use_speaker_boost`` field of the request body.
            project_uuid: The ``project_uuid`` field of the request body.

        Returns:
            Successful Response

        Raises:
            UnprocessableEntityError: 422: Validation Error
            APIStatusError: any other non-2xx response.
            APIResponseValidationError: a 2xx body that is not JSON, or not even its outer shape.
            APIConnectionError: no response, after the retries.
        """
        _body: dict[str, object] = {}
        _body["voice_id"] = provider_voice_id
        if text is not NOT_GIVEN:
            _body["text"] = text
        _body["provider"] = provider
        if model_id is not NOT_GIVEN:
            _body["model_id"] = model_id
        if stability is not NOT_GIVEN:
            _body["stability"] = stability
        if similarity_boost is not NOT_GIVEN:
            _body["similarity_boost"] = similarity_boost
        if style is not NOT_GIVEN:
            _body["style"] = style
        if speed is not NOT_GIVEN:
            _body["speed"] = speed
        if volume is not NOT_GIVEN:
            _body["volume"] = volume
        if use_speaker_boost is not NOT_GIVEN:
            _body["use_speaker_boost"] = use_speaker_boost
        if project_uuid is not NOT_GIVEN:
            _body["project_uuid"] = project_uuid
        return await self._client.request_json(
            "post",
            "/api/v1/assistants/test-voice",
            json=_body,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
            cast_to=builtins.dict[str, object],
        )


class AsyncAssistantsVoiceSamplesResourceWithRawResponse:
    """:class:`AsyncAssistantsVoiceSamplesResource`'s methods, wrapped to return :class:`RawResponse`."""

    def __init__(self, resource: AsyncAssistantsVoiceSamplesResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)
        self.upload = async_to_raw_response_wrapper(resource.upload)
        self.delete = async_to_raw_response_wrapper(resource.delete)


class AsyncAssistantsVoiceCloningProvidersResourceWithRawResponse:
    """:class:`AsyncAssistantsVoiceCloningProvidersResource`'s methods, wrapped to return :class:`RawResponse`."""

    def __init__(self, resource: AsyncAssistantsVoiceCloningProvidersResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)


class AsyncAssistantsVoiceCloningResourceWithRawResponse:
    """:class:`AsyncAssistantsVoiceCloningResource`'s methods, wrapped to return :class:`RawResponse`."""

    def __init__(self, resource: AsyncAssistantsVoiceCloningResource) -> None:
        self._resource = resource
        self.providers = AsyncAssistantsVoiceCloningProvidersResourceWithRawResponse(
            resource.providers
        )


class AsyncAssistantsClonedVoicesResourceWithRawResponse:
    """:class:`AsyncAssistantsClonedVoicesResource`'s methods, wrapped to return :class:`RawResponse`."""

    def __init__(self, resource: AsyncAssistantsClonedVoicesResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.test = async_to_raw_response_wrapper(resource.test)


class AsyncAssistantsResourceWithRawResponse:
    """:class:`AsyncAssistantsResource`'s methods, wrapped to return :class:`RawResponse`."""

    def __init__(self, resource: AsyncAssistantsResource) -> None:
        self._resource = resource
        self.cloned_voices = AsyncAssistantsClonedVoicesResourceWithRawResponse(
            resource.cloned_voices
        )
        self.voice_cloning = AsyncAssistantsVoiceCloningResourceWithRawResponse(
            resource.voice_cloning
        )
        self.voice_samples = AsyncAssistantsVoiceSamplesResourceWithRawResponse(
            resource.voice_samples
        )
        self.test_voice = async_to_raw_response_wrapper(resource.test_voice)
