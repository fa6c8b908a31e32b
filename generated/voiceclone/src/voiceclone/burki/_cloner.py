"""Burki behind the shared interface (generated from its spec's ``x-clientgen-cloner``)."""

from __future__ import annotations

from typing import Any, ClassVar, TypeAlias, Unpack

from .._cloner import (
    AsyncVoiceCloner,
    ClonedVoice,
    Shape,
    Status,
    VoiceCloner,
    VoiceNotFound,
    VoiceSample,
    _at,
    _check_options,
    _int_id,
    _kept,
    _one_file,
    _voice,
    _voices,
)
from .._files import FileList
from . import types
from ._client import (
    AsyncBurki,
    AsyncBurkiOptions,
    Burki,
    BurkiOptions,
)

__all__ = ["AsyncBurkiVoiceCloner", "BurkiVoiceCloner"]

VENDOR = "burki"
VOICE = Shape(
    fields={
        "id": "id",
        "name": "name",
        "status": "status",
        "language": "language",
        "created_at": "created_at",
    },
    statuses={
        "processing": "processing",
        "ready": "ready",
        "failed": "failed",
        "archived": "archived",
    },
    constant_status=None,
)
CAPABILITIES = frozenset(["clone", "delete_voice", "get_voice", "list_voices", "wait_until_ready"])

# The shared records of this vendor: ``raw`` is its own typed model.
Voice: TypeAlias = ClonedVoice[types.ClonedVoice]
Sample: TypeAlias = VoiceSample


class BurkiVoiceCloner(VoiceCloner[types.ClonedVoice]):
    """Burki as a :class:`VoiceCloner`; ``client`` is the full Burki client.

    ``assistant_id``: The assistant that voice samples are uploaded to and voices cloned for.

    ``provider``: The TTS provider that clones the voices (one of voice_cloning.providers).
    """

    vendor: ClassVar[str] = VENDOR
    client_class: ClassVar[type[Burki]] = Burki
    capabilities: ClassVar[frozenset[str]] = CAPABILITIES

    def __init__(
        self, *, assistant_id: int, provider: str, **client_options: Unpack[BurkiOptions]
    ) -> None:
        self._option_assistant_id = assistant_id
        self._option_provider = provider
        self.client = Burki(**client_options)
        self._client = self.client

    def close(self) -> None:
        self._client.close()

    def list_voices(self, *, status: Status | None = None) -> list[Voice]:
        """Burki's voices (only those in ``status``, if given)."""
        step1 = self._client.cloned_voices.list()
        return _voices(VENDOR, VOICE, _at(step1, ["cloned_voices"]), status)

    def get_voice(self, voice_id: str) -> Voice:
        """One voice (found in the list: there is no operation to read one)."""
        for voice in self.list_voices():
            if voice.id == voice_id:
                return voice
        raise VoiceNotFound(VENDOR, voice_id)

    def clone(self, name: str, files: FileList, **vendor_options: Any) -> Voice:
        """Clone a voice from one audio file; ``vendor_options`` go to ``burki.assistants.cloned_voices.create``."""
        _one_file(VENDOR, files)
        _check_options(
            VENDOR,
            "clone",
            [self._client.assistants.cloned_voices.create],
            vendor_options,
            ["assistant_id", "voice_sample_id", "name", "provider"],
        )
        step1 = self._client.assistants.voice_samples.upload(
            assistant_id=self._option_assistant_id, file=files[0]
        )
        kept_sample_id = _kept(VENDOR, step1, ["voice_sample", "id"])
        step2 = self._client.assistants.cloned_voices.create(
            assistant_id=self._option_assistant_id,
            voice_sample_id=kept_sample_id,
            name=name,
            provider=self._option_provider,
            **vendor_options,
        )
        return _voice(VENDOR, VOICE, _at(step2, ["cloned_voice"]))

    def delete_voice(self, voice_id: str) -> None:
        """Delete a voice."""
        self._client.assistants.cloned_voices.delete(
            assistant_id=self._option_assistant_id, voice_id=_int_id(VENDOR, voice_id)
        )


class AsyncBurkiVoiceCloner(AsyncVoiceCloner[types.ClonedVoice]):
    """Burki as an :class:`AsyncVoiceCloner`; ``client`` is the full async client.

    ``assistant_id``: The assistant that voice samples are uploaded to and voices cloned for.

    ``provider``: The TTS provider that clones the voices (one of voice_cloning.providers).
    """

    vendor: ClassVar[str] = VENDOR
    client_class: ClassVar[type[AsyncBurki]] = AsyncBurki
    capabilities: ClassVar[frozenset[str]] = CAPABILITIES

    def __init__(
        self, *, assistant_id: int, provider: str, **client_options: Unpack[AsyncBurkiOptions]
    ) -> None:
        self._option_assistant_id = assistant_id
        self._option_provider = provider
        self.client = AsyncBurki(**client_options)
        self._client = self.client

    async def close(self) -> None:
        await self._client.close()

    async def list_voices(self, *, status: Status | None = None) -> list[Voice]:
        """Burki's voices (only those in ``status``, if given)."""
        step1 = await self._client.cloned_voices.list()
        return _voices(VENDOR, VOICE, _at(step1, ["cloned_voices"]), status)

    async def get_voice(self, voice_id: str) -> Voice:
        """One voice (found in the list: there is no operation to read one)."""
        for voice in await self.list_voices():
            if voice.id == voice_id:
                return voice
        raise VoiceNotFound(VENDOR, voice_id)

    async def clone(self, name: str, files: FileList, **vendor_options: Any) -> Voice:
        """Clone a voice from one audio file; ``vendor_options`` go to ``burki.assistants.cloned_voices.create``."""
        _one_file(VENDOR, files)
        _check_options(
            VENDOR,
            "clone",
            [self._client.assistants.cloned_voices.create],
            vendor_options,
            ["assistant_id", "voice_sample_id", "name", "provider"],
        )
        step1 = await self._client.assistants.voice_samples.upload(
            assistant_id=self._option_assistant_id, file=files[0]
        )
        kept_sample_id = _kept(VENDOR, step1, ["voice_sample", "id"])
        step2 = await self._client.assistants.cloned_voices.create(
            assistant_id=self._option_assistant_id,
            voice_sample_id=kept_sample_id,
            name=name,
            provider=self._option_provider,
            **vendor_options,
        )
        return _voice(VENDOR, VOICE, _at(step2, ["cloned_voice"]))

    async def delete_voice(self, voice_id: str) -> None:
        """Delete a voice."""
        await self._client.assistants.cloned_voices.delete(
            assistant_id=self._option_assistant_id, voice_id=_int_id(VENDOR, voice_id)
        )
