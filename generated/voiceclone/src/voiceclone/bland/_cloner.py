"""Bland behind the shared interface (generated from its spec's ``x-clientgen-cloner``)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, ClassVar, TypeAlias, Unpack

from .._cloner import (
    AsyncVoiceCloner,
    ClonedVoice,
    Shape,
    Status,
    VoiceCloner,
    VoiceSample,
    _at,
    _check_options,
    _id,
    _samples,
    _voice,
    _voices,
)
from .._files import FileList
from . import types
from ._client import (
    AsyncBland,
    AsyncBlandOptions,
    Bland,
    BlandOptions,
)

__all__ = ["AsyncBlandVoiceCloner", "BlandVoiceCloner"]

VENDOR = "bland"
VOICE = Shape(
    fields={"id": "id", "name": "name"},
    statuses={},
    constant_status="ready",
)
SAMPLE = Shape(fields={"id": "id", "voice_id": "voice_id", "created_at": "created_at"})
CAPABILITIES = frozenset(
    [
        "add_samples",
        "clone",
        "delete_voice",
        "download_sample",
        "get_voice",
        "list_samples",
        "list_voices",
        "wait_until_ready",
    ]
)

# The shared records of this vendor: ``raw`` is its own typed model.
Voice: TypeAlias = ClonedVoice[types.Voice]
Sample: TypeAlias = VoiceSample[types.VoiceSample]


class BlandVoiceCloner(VoiceCloner[types.Voice, types.VoiceSample]):
    """Bland as a :class:`VoiceCloner`; ``client`` is the full Bland client."""

    vendor: ClassVar[str] = VENDOR
    client_class: ClassVar[type[Bland]] = Bland
    capabilities: ClassVar[frozenset[str]] = CAPABILITIES

    def __init__(self, **client_options: Unpack[BlandOptions]) -> None:
        self.client = Bland(**client_options)
        self._client = self.client

    def close(self) -> None:
        self._client.close()

    def list_voices(self, *, status: Status | None = None) -> list[Voice]:
        """Bland's voices (only those in ``status``, if given)."""
        step1 = self._client.voices.list()
        return _voices(VENDOR, VOICE, _at(step1, ["voices"]), status)

    def get_voice(self, voice_id: str) -> Voice:
        """One voice."""
        step1 = self._client.voices.retrieve(voice_id=voice_id)
        return _voice(VENDOR, VOICE, _at(step1, ["voice"]))

    def clone(self, name: str, files: FileList, **vendor_options: Any) -> Voice:
        """Clone a voice from audio files; ``vendor_options`` go to ``bland.voices.clone``."""
        _check_options(
            VENDOR, "clone", [self._client.voices.clone], vendor_options, ["name", "audio_samples"]
        )
        step1 = self._client.voices.clone(name=name, audio_samples=files, **vendor_options)
        return self.get_voice(_id(VENDOR, _at(step1, ["data", "voice_id"])))

    def delete_voice(self, voice_id: str) -> None:
        """Delete a voice."""
        self._client.voices.delete(voice_id=voice_id)

    def list_samples(self, voice_id: str) -> list[Sample]:
        """A voice's training samples."""
        step1 = self._client.voices.samples.list(voice_id=voice_id)
        return _samples(VENDOR, SAMPLE, _at(step1, ["samples"]), voice_id)

    def add_samples(self, voice_id: str, files: FileList) -> None:
        """Add training samples to a voice."""
        self._client.voices.samples.create(voice_id=voice_id, audio_samples=files)

    def download_sample(self, voice_id: str, sample_id: str, path: str | os.PathLike[str]) -> Path:
        """Write a sample's audio to ``path`` (a file, or a folder for the server's name)."""
        step1 = self._client.voices.samples.retrieve(voice_id=voice_id, sample_id=sample_id)
        return step1.write_to(path)


class AsyncBlandVoiceCloner(AsyncVoiceCloner[types.Voice, types.VoiceSample]):
    """Bland as an :class:`AsyncVoiceCloner`; ``client`` is the full async client."""

    vendor: ClassVar[str] = VENDOR
    client_class: ClassVar[type[AsyncBland]] = AsyncBland
    capabilities: ClassVar[frozenset[str]] = CAPABILITIES

    def __init__(self, **client_options: Unpack[AsyncBlandOptions]) -> None:
        self.client = AsyncBland(**client_options)
        self._client = self.client

    async def close(self) -> None:
        await self._client.close()

    async def list_voices(self, *, status: Status | None = None) -> list[Voice]:
        """Bland's voices (only those in ``status``, if given)."""
        step1 = await self._client.voices.list()
        return _voices(VENDOR, VOICE, _at(step1, ["voices"]), status)

    async def get_voice(self, voice_id: str) -> Voice:
        """One voice."""
        step1 = await self._client.voices.retrieve(voice_id=voice_id)
        return _voice(VENDOR, VOICE, _at(step1, ["voice"]))

    async def clone(self, name: str, files: FileList, **vendor_options: Any) -> Voice:
        """Clone a voice from audio files; ``vendor_options`` go to ``bland.voices.clone``."""
        _check_options(
            VENDOR, "clone", [self._client.voices.clone], vendor_options, ["name", "audio_samples"]
        )
        step1 = await self._client.voices.clone(name=name, audio_samples=files, **vendor_options)
        return await self.get_voice(_id(VENDOR, _at(step1, ["data", "voice_id"])))

    async def delete_voice(self, voice_id: str) -> None:
        """Delete a voice."""
        await self._client.voices.delete(voice_id=voice_id)

    async def list_samples(self, voice_id: str) -> list[Sample]:
        """A voice's training samples."""
        step1 = await self._client.voices.samples.list(voice_id=voice_id)
        return _samples(VENDOR, SAMPLE, _at(step1, ["samples"]), voice_id)

    async def add_samples(self, voice_id: str, files: FileList) -> None:
        """Add training samples to a voice."""
        await self._client.voices.samples.create(voice_id=voice_id, audio_samples=files)

    async def download_sample(
        self, voice_id: str, sample_id: str, path: str | os.PathLike[str]
    ) -> Path:
        """Write a sample's audio to ``path`` (a file, or a folder for the server's name)."""
        step1 = await self._client.voices.samples.retrieve(voice_id=voice_id, sample_id=sample_id)
        return await step1.awrite_to(path)
