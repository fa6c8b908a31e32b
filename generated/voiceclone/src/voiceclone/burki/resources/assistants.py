"""Burki API: the `assistants` resources."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal

import httpx

from ..._base_client import AsyncAPIClient, AsyncAPIResource, SyncAPIClient, SyncAPIResource
from ..._files import FileInput
from ..._response import RawResponse, acall_raw, call_raw
from ..types import (
    CreateClonedVoiceResponse,
    DeleteClonedVoiceResponse,
    ListClonedVoicesResponse,
    ListVoiceCloningProvidersResponse,
    TestVoiceResponse,
    UploadVoiceSampleResponse,
)


class AssistantsVoiceSamplesResource(SyncAPIResource):
    """Operations on voice samples."""

    def list(
        self,
        assistant_id: int,
        *,
        status: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> Any:
        """List Voice Samples

        List voice samples for organization.

        Args:
            assistant_id: assistant_id
            status: Filter by status
        """
        return self._client.request_json(
            "get",
            "/api/v1/assistants/{assistant_id}/voice-samples",
            path_params={"assistant_id": assistant_id},
            query={
                "status": status,
            },
            options={
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
            cast_to=Any,
        )

    def upload(
        self,
        assistant_id: int,
        *,
        file: FileInput,
        name: str | None = None,
        description: str | None = None,
        tags: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> UploadVoiceSampleResponse:
        """Upload Voice Sample

        Upload voice sample for cloning.

        Args:
            assistant_id: The unique identifier of the assistant to associate the voice sample with.
            file: The audio file to upload. Supported formats: MP3, WAV, FLAC, M4A, OGG.
            name: Custom name for the voice sample. Defaults to filename if not provided.
            description: Description of the voice sample.
            tags: Comma-separated tags for organizing voice samples.
        """
        _files: list[tuple[str, FileInput]] = []
        _form: dict[str, object] = {}
        if file is not None:
            _files.append(("file", file))
        if name is not None:
            _form["name"] = name
        if description is not None:
            _form["description"] = description
        if tags is not None:
            _form["tags"] = tags
        return self._client.request_json(
            "post",
            "/api/v1/assistants/{assistant_id}/voice-samples/upload",
            path_params={"assistant_id": assistant_id},
            files=_files,
            data=_form,
            options={
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
            cast_to=UploadVoiceSampleResponse,
        )

    def delete(
        self,
        assistant_id: int,
        sample_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> Any:
        """Delete Voice Sample

        Delete a voice sample.

        Args:
            assistant_id: assistant_id
            sample_id: sample_id
        """
        return self._client.request_json(
            "delete",
            "/api/v1/assistants/{assistant_id}/voice-samples/{sample_id}",
            path_params={"assistant_id": assistant_id, "sample_id": sample_id},
            options={
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
            cast_to=Any,
        )


class AssistantsVoiceCloningProvidersResource(SyncAPIResource):
    """Operations on providers."""

    def list(
        self,
        assistant_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> ListVoiceCloningProvidersResponse:
        """List Voice Cloning Providers

        List available voice cloning providers.

        Args:
            assistant_id: The unique identifier of the assistant for which you want to list available voice cloning providers.
        """
        return self._client.request_json(
            "get",
            "/api/v1/assistants/{assistant_id}/voice-cloning/providers",
            path_params={"assistant_id": assistant_id},
            options={
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
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
        status: Literal["processing", "ready", "failed", "archived"] | str | None = None,
        provider: Literal["elevenlabs", "resemble", "inworld"] | str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> ListClonedVoicesResponse:
        """List Cloned Voices

        List cloned voices for organization (legacy assistant-scoped endpoint).

        Args:
            assistant_id: The unique identifier of the assistant whose cloned voices you want to list.
            status: Filter by status
            provider: Filter by provider
        """
        return self._client.request_json(
            "get",
            "/api/v1/assistants/{assistant_id}/cloned-voices",
            path_params={"assistant_id": assistant_id},
            query={
                "status": status,
                "provider": provider,
            },
            options={
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
            cast_to=ListClonedVoicesResponse,
        )

    def create(
        self,
        assistant_id: int,
        *,
        voice_sample_id: int,
        provider: str,
        name: str,
        description: str | None = None,
        language: str | None = None,
        enhance_quality: bool | None = None,
        tags: builtins.list[str] | None = None,
        metadata: builtins.dict[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
        """
        _body: dict[str, object] = {}
        _body["voice_sample_id"] = voice_sample_id
        _body["provider"] = provider
        _body["name"] = name
        if description is not None:
            _body["description"] = description
        if language is not None:
            _body["language"] = language
        if enhance_quality is not None:
            _body["enhance_quality"] = enhance_quality
        if tags is not None:
            _body["tags"] = tags
        if metadata is not None:
            _body["metadata"] = metadata
        return self._client.request_json(
            "post",
            "/api/v1/assistants/{assistant_id}/cloned-voices/create",
            path_params={"assistant_id": assistant_id},
            json=_body,
            options={
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
            cast_to=CreateClonedVoiceResponse,
        )

    def delete(
        self,
        assistant_id: int,
        voice_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> DeleteClonedVoiceResponse:
        """Delete Cloned Voice

        Delete a cloned voice.

        Args:
            assistant_id: The unique identifier of the assistant that owns the cloned voice.
            voice_id: The unique identifier of the cloned voice to delete.
        """
        return self._client.request_json(
            "delete",
            "/api/v1/assistants/{assistant_id}/cloned-voices/{voice_id}",
            path_params={"assistant_id": assistant_id, "voice_id": voice_id},
            options={
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
            cast_to=DeleteClonedVoiceResponse,
        )

    def test(
        self,
        assistant_id: int,
        voice_id: int,
        *,
        provider_voice_id: str,
        provider: str,
        text: str | None = None,
        model_id: str | None = None,
        stability: float | None = None,
        similarity_boost: float | None = None,
        style: float | None = None,
        speed: float | None = None,
        volume: float | None = None,
        use_speaker_boost: bool | None = None,
        project_uuid: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> Any:
        """Test Cloned Voice

        Generate test audio for a cloned voice.

        Args:
            assistant_id: assistant_id
            voice_id: voice_id
            provider_voice_id: voice_id
            text: text
            provider: provider
            model_id: model_id
            stability: stability
            similarity_boost: similarity_boost
            style: style
            speed: speed
            volume: volume
            use_speaker_boost: use_speaker_boost
            project_uuid: project_uuid
        """
        _body: dict[str, object] = {}
        _body["voice_id"] = provider_voice_id
        if text is not None:
            _body["text"] = text
        _body["provider"] = provider
        if model_id is not None:
            _body["model_id"] = model_id
        if stability is not None:
            _body["stability"] = stability
        if similarity_boost is not None:
            _body["similarity_boost"] = similarity_boost
        if style is not None:
            _body["style"] = style
        if speed is not None:
            _body["speed"] = speed
        if volume is not None:
            _body["volume"] = volume
        if use_speaker_boost is not None:
            _body["use_speaker_boost"] = use_speaker_boost
        if project_uuid is not None:
            _body["project_uuid"] = project_uuid
        return self._client.request_json(
            "post",
            "/api/v1/assistants/{assistant_id}/cloned-voices/{voice_id}/test",
            path_params={"assistant_id": assistant_id, "voice_id": voice_id},
            json=_body,
            options={
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
            cast_to=Any,
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
        text: str | None = None,
        model_id: str | None = None,
        stability: float | None = None,
        similarity_boost: float | None = None,
        style: float | None = None,
        speed: float | None = None,
        volume: float | None = None,
        use_speaker_boost: bool | None = None,
        project_uuid: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> TestVoiceResponse:
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
            provider_voice_id: voice_id
            text: text
            provider: provider
            model_id: model_id
            stability: stability
            similarity_boost: similarity_boost
            style: style
            speed: speed
            volume: volume
            use_speaker_boost: use_speaker_boost
            project_uuid: project_uuid
        """
        _body: dict[str, object] = {}
        _body["voice_id"] = provider_voice_id
        if text is not None:
            _body["text"] = text
        _body["provider"] = provider
        if model_id is not None:
            _body["model_id"] = model_id
        if stability is not None:
            _body["stability"] = stability
        if similarity_boost is not None:
            _body["similarity_boost"] = similarity_boost
        if style is not None:
            _body["style"] = style
        if speed is not None:
            _body["speed"] = speed
        if volume is not None:
            _body["volume"] = volume
        if use_speaker_boost is not None:
            _body["use_speaker_boost"] = use_speaker_boost
        if project_uuid is not None:
            _body["project_uuid"] = project_uuid
        return self._client.request_json(
            "post",
            "/api/v1/assistants/test-voice",
            json=_body,
            options={
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
            cast_to=TestVoiceResponse,
        )


class AssistantsVoiceSamplesResourceWithRawResponse:
    """The methods of :class:`AssistantsVoiceSamplesResource`, returning :class:`RawResponse`."""

    def __init__(self, resource: AssistantsVoiceSamplesResource) -> None:
        self._resource = resource

    def list(
        self,
        assistant_id: int,
        *,
        status: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> RawResponse[Any]:
        """:meth:`AssistantsVoiceSamplesResource.list`, returning the raw HTTP response as well."""
        return call_raw(
            lambda: self._resource.list(
                assistant_id,
                status=status,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )
        )

    def upload(
        self,
        assistant_id: int,
        *,
        file: FileInput,
        name: str | None = None,
        description: str | None = None,
        tags: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> RawResponse[UploadVoiceSampleResponse]:
        """:meth:`AssistantsVoiceSamplesResource.upload`, returning the raw HTTP response as well."""
        return call_raw(
            lambda: self._resource.upload(
                assistant_id,
                file=file,
                name=name,
                description=description,
                tags=tags,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )
        )

    def delete(
        self,
        assistant_id: int,
        sample_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> RawResponse[Any]:
        """:meth:`AssistantsVoiceSamplesResource.delete`, returning the raw HTTP response as well."""
        return call_raw(
            lambda: self._resource.delete(
                assistant_id,
                sample_id,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )
        )


class AssistantsVoiceCloningProvidersResourceWithRawResponse:
    """The methods of :class:`AssistantsVoiceCloningProvidersResource`, returning :class:`RawResponse`."""

    def __init__(self, resource: AssistantsVoiceCloningProvidersResource) -> None:
        self._resource = resource

    def list(
        self,
        assistant_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> RawResponse[ListVoiceCloningProvidersResponse]:
        """:meth:`AssistantsVoiceCloningProvidersResource.list`, returning the raw HTTP response as well."""
        return call_raw(
            lambda: self._resource.list(
                assistant_id,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )
        )


class AssistantsVoiceCloningResourceWithRawResponse:
    """The methods of :class:`AssistantsVoiceCloningResource`, returning :class:`RawResponse`."""

    def __init__(self, resource: AssistantsVoiceCloningResource) -> None:
        self._resource = resource
        self.providers = AssistantsVoiceCloningProvidersResourceWithRawResponse(resource.providers)


class AssistantsClonedVoicesResourceWithRawResponse:
    """The methods of :class:`AssistantsClonedVoicesResource`, returning :class:`RawResponse`."""

    def __init__(self, resource: AssistantsClonedVoicesResource) -> None:
        self._resource = resource

    def list(
        self,
        assistant_id: int,
        *,
        status: Literal["processing", "ready", "failed", "archived"] | str | None = None,
        provider: Literal["elevenlabs", "resemble", "inworld"] | str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> RawResponse[ListClonedVoicesResponse]:
        """:meth:`AssistantsClonedVoicesResource.list`, returning the raw HTTP response as well."""
        return call_raw(
            lambda: self._resource.list(
                assistant_id,
                status=status,
                provider=provider,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )
        )

    def create(
        self,
        assistant_id: int,
        *,
        voice_sample_id: int,
        provider: str,
        name: str,
        description: str | None = None,
        language: str | None = None,
        enhance_quality: bool | None = None,
        tags: builtins.list[str] | None = None,
        metadata: builtins.dict[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> RawResponse[CreateClonedVoiceResponse]:
        """:meth:`AssistantsClonedVoicesResource.create`, returning the raw HTTP response as well."""
        return call_raw(
            lambda: self._resource.create(
                assistant_id,
                voice_sample_id=voice_sample_id,
                provider=provider,
                name=name,
                description=description,
                language=language,
                enhance_quality=enhance_quality,
                tags=tags,
                metadata=metadata,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )
        )

    def delete(
        self,
        assistant_id: int,
        voice_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> RawResponse[DeleteClonedVoiceResponse]:
        """:meth:`AssistantsClonedVoicesResource.delete`, returning the raw HTTP response as well."""
        return call_raw(
            lambda: self._resource.delete(
                assistant_id,
                voice_id,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )
        )

    def test(
        self,
        assistant_id: int,
        voice_id: int,
        *,
        provider_voice_id: str,
        provider: str,
        text: str | None = None,
        model_id: str | None = None,
        stability: float | None = None,
        similarity_boost: float | None = None,
        style: float | None = None,
        speed: float | None = None,
        volume: float | None = None,
        use_speaker_boost: bool | None = None,
        project_uuid: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> RawResponse[Any]:
        """:meth:`AssistantsClonedVoicesResource.test`, returning the raw HTTP response as well."""
        return call_raw(
            lambda: self._resource.test(
                assistant_id,
                voice_id,
                provider_voice_id=provider_voice_id,
                text=text,
                provider=provider,
                model_id=model_id,
                stability=stability,
                similarity_boost=similarity_boost,
                style=style,
                speed=speed,
                volume=volume,
                use_speaker_boost=use_speaker_boost,
                project_uuid=project_uuid,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )
        )


class AssistantsResourceWithRawResponse:
    """The methods of :class:`AssistantsResource`, returning :class:`RawResponse`."""

    def __init__(self, resource: AssistantsResource) -> None:
        self._resource = resource
        self.cloned_voices = AssistantsClonedVoicesResourceWithRawResponse(resource.cloned_voices)
        self.voice_cloning = AssistantsVoiceCloningResourceWithRawResponse(resource.voice_cloning)
        self.voice_samples = AssistantsVoiceSamplesResourceWithRawResponse(resource.voice_samples)

    def test_voice(
        self,
        *,
        provider_voice_id: str,
        provider: str,
        text: str | None = None,
        model_id: str | None = None,
        stability: float | None = None,
        similarity_boost: float | None = None,
        style: float | None = None,
        speed: float | None = None,
        volume: float | None = None,
        use_speaker_boost: bool | None = None,
        project_uuid: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> RawResponse[TestVoiceResponse]:
        """:meth:`AssistantsResource.test_voice`, returning the raw HTTP response as well."""
        return call_raw(
            lambda: self._resource.test_voice(
                provider_voice_id=provider_voice_id,
                text=text,
                provider=provider,
                model_id=model_id,
                stability=stability,
                similarity_boost=similarity_boost,
                style=style,
                speed=speed,
                volume=volume,
                use_speaker_boost=use_speaker_boost,
                project_uuid=project_uuid,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )
        )


class AsyncAssistantsVoiceSamplesResource(AsyncAPIResource):
    """Async Operations on voice samples."""

    async def list(
        self,
        assistant_id: int,
        *,
        status: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> Any:
        """List Voice Samples

        List voice samples for organization.

        Args:
            assistant_id: assistant_id
            status: Filter by status
        """
        return await self._client.request_json(
            "get",
            "/api/v1/assistants/{assistant_id}/voice-samples",
            path_params={"assistant_id": assistant_id},
            query={
                "status": status,
            },
            options={
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
            cast_to=Any,
        )

    async def upload(
        self,
        assistant_id: int,
        *,
        file: FileInput,
        name: str | None = None,
        description: str | None = None,
        tags: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> UploadVoiceSampleResponse:
        """Upload Voice Sample

        Upload voice sample for cloning.

        Args:
            assistant_id: The unique identifier of the assistant to associate the voice sample with.
            file: The audio file to upload. Supported formats: MP3, WAV, FLAC, M4A, OGG.
            name: Custom name for the voice sample. Defaults to filename if not provided.
            description: Description of the voice sample.
            tags: Comma-separated tags for organizing voice samples.
        """
        _files: list[tuple[str, FileInput]] = []
        _form: dict[str, object] = {}
        if file is not None:
            _files.append(("file", file))
        if name is not None:
            _form["name"] = name
        if description is not None:
            _form["description"] = description
        if tags is not None:
            _form["tags"] = tags
        return await self._client.request_json(
            "post",
            "/api/v1/assistants/{assistant_id}/voice-samples/upload",
            path_params={"assistant_id": assistant_id},
            files=_files,
            data=_form,
            options={
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
            cast_to=UploadVoiceSampleResponse,
        )

    async def delete(
        self,
        assistant_id: int,
        sample_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> Any:
        """Delete Voice Sample

        Delete a voice sample.

        Args:
            assistant_id: assistant_id
            sample_id: sample_id
        """
        return await self._client.request_json(
            "delete",
            "/api/v1/assistants/{assistant_id}/voice-samples/{sample_id}",
            path_params={"assistant_id": assistant_id, "sample_id": sample_id},
            options={
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
            cast_to=Any,
        )


class AsyncAssistantsVoiceCloningProvidersResource(AsyncAPIResource):
    """Async Operations on providers."""

    async def list(
        self,
        assistant_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> ListVoiceCloningProvidersResponse:
        """List Voice Cloning Providers

        List available voice cloning providers.

        Args:
            assistant_id: The unique identifier of the assistant for which you want to list available voice cloning providers.
        """
        return await self._client.request_json(
            "get",
            "/api/v1/assistants/{assistant_id}/voice-cloning/providers",
            path_params={"assistant_id": assistant_id},
            options={
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
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
        status: Literal["processing", "ready", "failed", "archived"] | str | None = None,
        provider: Literal["elevenlabs", "resemble", "inworld"] | str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> ListClonedVoicesResponse:
        """List Cloned Voices

        List cloned voices for organization (legacy assistant-scoped endpoint).

        Args:
            assistant_id: The unique identifier of the assistant whose cloned voices you want to list.
            status: Filter by status
            provider: Filter by provider
        """
        return await self._client.request_json(
            "get",
            "/api/v1/assistants/{assistant_id}/cloned-voices",
            path_params={"assistant_id": assistant_id},
            query={
                "status": status,
                "provider": provider,
            },
            options={
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
            cast_to=ListClonedVoicesResponse,
        )

    async def create(
        self,
        assistant_id: int,
        *,
        voice_sample_id: int,
        provider: str,
        name: str,
        description: str | None = None,
        language: str | None = None,
        enhance_quality: bool | None = None,
        tags: builtins.list[str] | None = None,
        metadata: builtins.dict[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
        """
        _body: dict[str, object] = {}
        _body["voice_sample_id"] = voice_sample_id
        _body["provider"] = provider
        _body["name"] = name
        if description is not None:
            _body["description"] = description
        if language is not None:
            _body["language"] = language
        if enhance_quality is not None:
            _body["enhance_quality"] = enhance_quality
        if tags is not None:
            _body["tags"] = tags
        if metadata is not None:
            _body["metadata"] = metadata
        return await self._client.request_json(
            "post",
            "/api/v1/assistants/{assistant_id}/cloned-voices/create",
            path_params={"assistant_id": assistant_id},
            json=_body,
            options={
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
            cast_to=CreateClonedVoiceResponse,
        )

    async def delete(
        self,
        assistant_id: int,
        voice_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> DeleteClonedVoiceResponse:
        """Delete Cloned Voice

        Delete a cloned voice.

        Args:
            assistant_id: The unique identifier of the assistant that owns the cloned voice.
            voice_id: The unique identifier of the cloned voice to delete.
        """
        return await self._client.request_json(
            "delete",
            "/api/v1/assistants/{assistant_id}/cloned-voices/{voice_id}",
            path_params={"assistant_id": assistant_id, "voice_id": voice_id},
            options={
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
            cast_to=DeleteClonedVoiceResponse,
        )

    async def test(
        self,
        assistant_id: int,
        voice_id: int,
        *,
        provider_voice_id: str,
        provider: str,
        text: str | None = None,
        model_id: str | None = None,
        stability: float | None = None,
        similarity_boost: float | None = None,
        style: float | None = None,
        speed: float | None = None,
        volume: float | None = None,
        use_speaker_boost: bool | None = None,
        project_uuid: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> Any:
        """Test Cloned Voice

        Generate test audio for a cloned voice.

        Args:
            assistant_id: assistant_id
            voice_id: voice_id
            provider_voice_id: voice_id
            text: text
            provider: provider
            model_id: model_id
            stability: stability
            similarity_boost: similarity_boost
            style: style
            speed: speed
            volume: volume
            use_speaker_boost: use_speaker_boost
            project_uuid: project_uuid
        """
        _body: dict[str, object] = {}
        _body["voice_id"] = provider_voice_id
        if text is not None:
            _body["text"] = text
        _body["provider"] = provider
        if model_id is not None:
            _body["model_id"] = model_id
        if stability is not None:
            _body["stability"] = stability
        if similarity_boost is not None:
            _body["similarity_boost"] = similarity_boost
        if style is not None:
            _body["style"] = style
        if speed is not None:
            _body["speed"] = speed
        if volume is not None:
            _body["volume"] = volume
        if use_speaker_boost is not None:
            _body["use_speaker_boost"] = use_speaker_boost
        if project_uuid is not None:
            _body["project_uuid"] = project_uuid
        return await self._client.request_json(
            "post",
            "/api/v1/assistants/{assistant_id}/cloned-voices/{voice_id}/test",
            path_params={"assistant_id": assistant_id, "voice_id": voice_id},
            json=_body,
            options={
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
            cast_to=Any,
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
        text: str | None = None,
        model_id: str | None = None,
        stability: float | None = None,
        similarity_boost: float | None = None,
        style: float | None = None,
        speed: float | None = None,
        volume: float | None = None,
        use_speaker_boost: bool | None = None,
        project_uuid: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> TestVoiceResponse:
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
            provider_voice_id: voice_id
            text: text
            provider: provider
            model_id: model_id
            stability: stability
            similarity_boost: similarity_boost
            style: style
            speed: speed
            volume: volume
            use_speaker_boost: use_speaker_boost
            project_uuid: project_uuid
        """
        _body: dict[str, object] = {}
        _body["voice_id"] = provider_voice_id
        if text is not None:
            _body["text"] = text
        _body["provider"] = provider
        if model_id is not None:
            _body["model_id"] = model_id
        if stability is not None:
            _body["stability"] = stability
        if similarity_boost is not None:
            _body["similarity_boost"] = similarity_boost
        if style is not None:
            _body["style"] = style
        if speed is not None:
            _body["speed"] = speed
        if volume is not None:
            _body["volume"] = volume
        if use_speaker_boost is not None:
            _body["use_speaker_boost"] = use_speaker_boost
        if project_uuid is not None:
            _body["project_uuid"] = project_uuid
        return await self._client.request_json(
            "post",
            "/api/v1/assistants/test-voice",
            json=_body,
            options={
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
            cast_to=TestVoiceResponse,
        )


class AsyncAssistantsVoiceSamplesResourceWithRawResponse:
    """The methods of :class:`AsyncAssistantsVoiceSamplesResource`, returning :class:`RawResponse`."""

    def __init__(self, resource: AsyncAssistantsVoiceSamplesResource) -> None:
        self._resource = resource

    async def list(
        self,
        assistant_id: int,
        *,
        status: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> RawResponse[Any]:
        """:meth:`AsyncAssistantsVoiceSamplesResource.list`, returning the raw HTTP response as well."""
        return await acall_raw(
            lambda: self._resource.list(
                assistant_id,
                status=status,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )
        )

    async def upload(
        self,
        assistant_id: int,
        *,
        file: FileInput,
        name: str | None = None,
        description: str | None = None,
        tags: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> RawResponse[UploadVoiceSampleResponse]:
        """:meth:`AsyncAssistantsVoiceSamplesResource.upload`, returning the raw HTTP response as well."""
        return await acall_raw(
            lambda: self._resource.upload(
                assistant_id,
                file=file,
                name=name,
                description=description,
                tags=tags,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )
        )

    async def delete(
        self,
        assistant_id: int,
        sample_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> RawResponse[Any]:
        """:meth:`AsyncAssistantsVoiceSamplesResource.delete`, returning the raw HTTP response as well."""
        return await acall_raw(
            lambda: self._resource.delete(
                assistant_id,
                sample_id,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )
        )


class AsyncAssistantsVoiceCloningProvidersResourceWithRawResponse:
    """The methods of :class:`AsyncAssistantsVoiceCloningProvidersResource`, returning :class:`RawResponse`."""

    def __init__(self, resource: AsyncAssistantsVoiceCloningProvidersResource) -> None:
        self._resource = resource

    async def list(
        self,
        assistant_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> RawResponse[ListVoiceCloningProvidersResponse]:
        """:meth:`AsyncAssistantsVoiceCloningProvidersResource.list`, returning the raw HTTP response as well."""
        return await acall_raw(
            lambda: self._resource.list(
                assistant_id,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )
        )


class AsyncAssistantsVoiceCloningResourceWithRawResponse:
    """The methods of :class:`AsyncAssistantsVoiceCloningResource`, returning :class:`RawResponse`."""

    def __init__(self, resource: AsyncAssistantsVoiceCloningResource) -> None:
        self._resource = resource
        self.providers = AsyncAssistantsVoiceCloningProvidersResourceWithRawResponse(
            resource.providers
        )


class AsyncAssistantsClonedVoicesResourceWithRawResponse:
    """The methods of :class:`AsyncAssistantsClonedVoicesResource`, returning :class:`RawResponse`."""

    def __init__(self, resource: AsyncAssistantsClonedVoicesResource) -> None:
        self._resource = resource

    async def list(
        self,
        assistant_id: int,
        *,
        status: Literal["processing", "ready", "failed", "archived"] | str | None = None,
        provider: Literal["elevenlabs", "resemble", "inworld"] | str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> RawResponse[ListClonedVoicesResponse]:
        """:meth:`AsyncAssistantsClonedVoicesResource.list`, returning the raw HTTP response as well."""
        return await acall_raw(
            lambda: self._resource.list(
                assistant_id,
                status=status,
                provider=provider,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )
        )

    async def create(
        self,
        assistant_id: int,
        *,
        voice_sample_id: int,
        provider: str,
        name: str,
        description: str | None = None,
        language: str | None = None,
        enhance_quality: bool | None = None,
        tags: builtins.list[str] | None = None,
        metadata: builtins.dict[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> RawResponse[CreateClonedVoiceResponse]:
        """:meth:`AsyncAssistantsClonedVoicesResource.create`, returning the raw HTTP response as well."""
        return await acall_raw(
            lambda: self._resource.create(
                assistant_id,
                voice_sample_id=voice_sample_id,
                provider=provider,
                name=name,
                description=description,
                language=language,
                enhance_quality=enhance_quality,
                tags=tags,
                metadata=metadata,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )
        )

    async def delete(
        self,
        assistant_id: int,
        voice_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> RawResponse[DeleteClonedVoiceResponse]:
        """:meth:`AsyncAssistantsClonedVoicesResource.delete`, returning the raw HTTP response as well."""
        return await acall_raw(
            lambda: self._resource.delete(
                assistant_id,
                voice_id,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )
        )

    async def test(
        self,
        assistant_id: int,
        voice_id: int,
        *,
        provider_voice_id: str,
        provider: str,
        text: str | None = None,
        model_id: str | None = None,
        stability: float | None = None,
        similarity_boost: float | None = None,
        style: float | None = None,
        speed: float | None = None,
        volume: float | None = None,
        use_speaker_boost: bool | None = None,
        project_uuid: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> RawResponse[Any]:
        """:meth:`AsyncAssistantsClonedVoicesResource.test`, returning the raw HTTP response as well."""
        return await acall_raw(
            lambda: self._resource.test(
                assistant_id,
                voice_id,
                provider_voice_id=provider_voice_id,
                text=text,
                provider=provider,
                model_id=model_id,
                stability=stability,
                similarity_boost=similarity_boost,
                style=style,
                speed=speed,
                volume=volume,
                use_speaker_boost=use_speaker_boost,
                project_uuid=project_uuid,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )
        )


class AsyncAssistantsResourceWithRawResponse:
    """The methods of :class:`AsyncAssistantsResource`, returning :class:`RawResponse`."""

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

    async def test_voice(
        self,
        *,
        provider_voice_id: str,
        provider: str,
        text: str | None = None,
        model_id: str | None = None,
        stability: float | None = None,
        similarity_boost: float | None = None,
        style: float | None = None,
        speed: float | None = None,
        volume: float | None = None,
        use_speaker_boost: bool | None = None,
        project_uuid: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> RawResponse[TestVoiceResponse]:
        """:meth:`AsyncAssistantsResource.test_voice`, returning the raw HTTP response as well."""
        return await acall_raw(
            lambda: self._resource.test_voice(
                provider_voice_id=provider_voice_id,
                text=text,
                provider=provider,
                model_id=model_id,
                stability=stability,
                similarity_boost=similarity_boost,
                style=style,
                speed=speed,
                volume=volume,
                use_speaker_boost=use_speaker_boost,
                project_uuid=project_uuid,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )
        )
