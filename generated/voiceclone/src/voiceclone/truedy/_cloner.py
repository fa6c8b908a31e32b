"""Truedy behind the shared interface (generated from its spec's ``x-clientgen-cloner``)."""

from __future__ import annotations

from typing import Any, ClassVar, TypeAlias, Unpack

from .._cloner import (
    AsyncVoiceCloner,
    ClonedVoice,
    Shape,
    VoiceCloner,
    VoiceSample,
    _at,
    _check_options,
    _voice,
)
from .._files import FileList
from . import types
from ._client import (
    AsyncTruedy,
    AsyncTruedyOptions,
    Truedy,
    TruedyOptions,
)

__all__ = ["AsyncTruedyVoiceCloner", "TruedyVoiceCloner"]

VENDOR = "truedy"
VOICE = Shape(
    fields={
        "id": "id",
        "name": "name",
        "status": "status",
        "language": "language",
        "created_at": "created_at",
    },
    statuses={
        "training": "processing",
        "processing": "processing",
        "active": "ready",
        "failed": "failed",
    },
    constant_status=None,
)
CAPABILITIES = frozenset(["clone"])

# The shared records of this vendor: ``raw`` is its own typed model.
Voice: TypeAlias = ClonedVoice[types.VoiceResponse]
Sample: TypeAlias = VoiceSample


class TruedyVoiceCloner(VoiceCloner[types.VoiceResponse]):
    """Truedy as a :class:`VoiceCloner`; ``client`` is the full Truedy client."""

    vendor: ClassVar[str] = VENDOR
    client_class: ClassVar[type[Truedy]] = Truedy
    capabilities: ClassVar[frozenset[str]] = CAPABILITIES

    def __init__(self, **client_options: Unpack[TruedyOptions]) -> None:
        self.client = Truedy(**client_options)
        self._client = self.client

    def close(self) -> None:
        self._client.close()

    def clone(self, name: str, files: FileList, **vendor_options: Any) -> Voice:
        """Clone a voice from audio files; ``vendor_options`` go to ``truedy.voices.clone``."""
        _check_options(
            VENDOR, "clone", [self._client.voices.clone], vendor_options, ["name", "files"]
        )
        step1 = self._client.voices.clone(name=name, files=files, **vendor_options)
        return _voice(VENDOR, VOICE, _at(step1, []))


class AsyncTruedyVoiceCloner(AsyncVoiceCloner[types.VoiceResponse]):
    """Truedy as an :class:`AsyncVoiceCloner`; ``client`` is the full async client."""

    vendor: ClassVar[str] = VENDOR
    client_class: ClassVar[type[AsyncTruedy]] = AsyncTruedy
    capabilities: ClassVar[frozenset[str]] = CAPABILITIES

    def __init__(self, **client_options: Unpack[AsyncTruedyOptions]) -> None:
        self.client = AsyncTruedy(**client_options)
        self._client = self.client

    async def close(self) -> None:
        await self._client.close()

    async def clone(self, name: str, files: FileList, **vendor_options: Any) -> Voice:
        """Clone a voice from audio files; ``vendor_options`` go to ``truedy.voices.clone``."""
        _check_options(
            VENDOR, "clone", [self._client.voices.clone], vendor_options, ["name", "files"]
        )
        step1 = await self._client.voices.clone(name=name, files=files, **vendor_options)
        return _voice(VENDOR, VOICE, _at(step1, []))
