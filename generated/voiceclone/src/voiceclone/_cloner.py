"""One interface over every vendor: clone, list and fetch voices anywhere.

    import voiceclone

    cloner = voiceclone.connect("bland", api_key="...")
    voice = cloner.clone("My voice", ["sample.wav"])
    voice = cloner.wait_until_ready(voice.id)
    print(voice.status, voice.vendor_status, voice.raw)

Each vendor's cloner is generated from the mapping its spec declares
(``x-clientgen-cloner``); what a vendor does not offer raises :class:`UnsupportedOperation`,
and ``cloner.capabilities`` says beforehand. Errors are the vendor clients' own hierarchy,
rooted at :class:`VoiceCloneError`.
"""

from __future__ import annotations

import asyncio
import importlib
import inspect
import os
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Literal, Self, TypeAlias, Unpack, overload

import pydantic
from typing_extensions import TypeVar  # with defaults (PEP 696), before Python 3.13

from ._exceptions import VoiceCloneError
from ._files import FileInput, FileList, file_list

__all__ = [
    "AsyncVoiceCloner",
    "CloneArgumentError",
    "ClonedVoice",
    "Status",
    "UnknownVoiceStatus",
    "UnsupportedOperation",
    "VoiceCloneFailed",
    "VoiceCloner",
    "VoiceNotFound",
    "VoiceNotReady",
    "VoiceSample",
    "connect",
    "connect_async",
]

if TYPE_CHECKING:
    from .bland._client import AsyncBlandOptions, BlandOptions
    from .bland._cloner import AsyncBlandVoiceCloner, BlandVoiceCloner
    from .burki._client import AsyncBurkiOptions, BurkiOptions
    from .burki._cloner import AsyncBurkiVoiceCloner, BurkiVoiceCloner
    from .truedy._client import AsyncTruedyOptions, TruedyOptions
    from .truedy._cloner import AsyncTruedyVoiceCloner, TruedyVoiceCloner

Status: TypeAlias = Literal["processing", "ready", "failed", "archived"]

# vendor -> (module, sync class, async class); imported on connect, so that using one vendor
# never imports the others.
_VENDORS: dict[str, tuple[str, str, str]] = {
    "bland": (
        "voiceclone.bland._cloner",
        "BlandVoiceCloner",
        "AsyncBlandVoiceCloner",
    ),
    "burki": (
        "voiceclone.burki._cloner",
        "BurkiVoiceCloner",
        "AsyncBurkiVoiceCloner",
    ),
    "truedy": (
        "voiceclone.truedy._cloner",
        "TruedyVoiceCloner",
        "AsyncTruedyVoiceCloner",
    ),
}


# What ``raw`` is: the vendor's own model of a voice and of a sample (``BaseModel`` where the
# cloner's vendor is not known statically, as with ``VoiceCloner`` unparametrized).
VoiceModelT = TypeVar("VoiceModelT", bound=pydantic.BaseModel, default=pydantic.BaseModel)
SampleModelT = TypeVar("SampleModelT", bound=pydantic.BaseModel, default=pydantic.BaseModel)


class ClonedVoice(pydantic.BaseModel, Generic[VoiceModelT]):
    """A voice at any vendor. ``status`` is the vendor's status in shared terms (None when
    the vendor sent one its docs do not list); ``vendor_status`` is the vendor's own word and
    ``raw`` the vendor's typed model (``ClonedVoice[burki.types.ClonedVoice]`` from Burki's
    cloner, so that ``voice.raw.quality_score`` type-checks)."""

    model_config = pydantic.ConfigDict(frozen=True)

    id: str
    vendor: str
    name: str | None = None
    status: Status | None = None
    vendor_status: str | None = None
    language: str | None = None
    created_at: str | None = None
    raw: VoiceModelT


class VoiceSample(pydantic.BaseModel, Generic[SampleModelT]):
    """A voice's training sample at any vendor; ``raw`` is the vendor's typed model."""

    model_config = pydantic.ConfigDict(frozen=True)

    id: str
    vendor: str
    voice_id: str | None = None
    name: str | None = None
    created_at: str | None = None
    raw: SampleModelT


class CloneArgumentError(VoiceCloneError, ValueError):
    """An argument the vendor's cloner cannot take, refused before any request: an unknown
    vendor, several files where it clones from one, an option its call does not have."""


class UnsupportedOperation(VoiceCloneError):
    """The vendor offers no such operation (see ``cloner.capabilities``)."""

    def __init__(self, vendor: str, operation: str) -> None:
        super().__init__(f"{vendor} offers no {operation}")
        self.vendor = vendor
        self.operation = operation


class VoiceNotFound(VoiceCloneError):
    """No voice of that id is among the vendor's voices."""

    def __init__(self, vendor: str, voice_id: str) -> None:
        super().__init__(f"{vendor} has no voice {voice_id!r}")
        self.vendor = vendor
        self.voice_id = voice_id


class VoiceCloneFailed(VoiceCloneError):
    """The voice ended failed (or archived) while waiting for it to be ready."""

    def __init__(self, voice: ClonedVoice[Any]) -> None:
        super().__init__(
            f"{voice.vendor} voice {voice.id!r} is {voice.status} "
            f"(the vendor says {voice.vendor_status!r})"
        )
        self.voice = voice


class UnknownVoiceStatus(VoiceCloneError):
    """The vendor answered a status its docs do not list: waiting on it could only time out."""

    def __init__(self, voice: ClonedVoice[Any]) -> None:
        super().__init__(
            f"{voice.vendor} voice {voice.id!r} has the status {voice.vendor_status!r}, "
            "which its docs do not list"
        )
        self.voice = voice


class VoiceNotReady(VoiceCloneError):
    """The time to wait ran out before the voice was ready."""

    def __init__(self, voice: ClonedVoice[Any], timeout: float) -> None:
        super().__init__(
            f"{voice.vendor} voice {voice.id!r} is still {voice.status or voice.vendor_status!r} "
            f"after {timeout:g} s"
        )
        self.voice = voice
        self.timeout = timeout


# --------------------------------------------------------------------------- shared shapes


@dataclass(frozen=True)
class Shape:
    """How one vendor schema reads as a shared model: shared field -> wire name, and the
    vendor's statuses in shared terms (or one status for every voice)."""

    fields: dict[str, str]
    statuses: dict[str, Status] = field(default_factory=dict)
    constant_status: Status | None = None


def _at(value: Any, path: Sequence[str]) -> Any:
    """The value at ``path`` (wire names) in a vendor model; None where anything is missing."""
    for name in path:
        if value is None:
            return None
        if isinstance(value, pydantic.BaseModel):
            value = _field(value, name)
        elif isinstance(value, dict):
            value = value.get(name)
        else:
            return None
    return value


def _kept(vendor: str, result: Any, path: Sequence[str]) -> Any:
    """What a step answered that a later step sends: there must be one (a response parsed
    tolerantly may lack it), or the next request would send null."""
    value = _at(result, path)
    if value is None:
        raise VoiceCloneError(f"{vendor} answered without {'.'.join(path)}")
    return value


def _field(model: pydantic.BaseModel, wire: str) -> Any:
    for attr, info in type(model).model_fields.items():
        if (info.alias or attr) == wire:
            return getattr(model, attr)
    return (model.model_extra or {}).get(wire)


def _text(value: Any) -> str | None:
    if value is None:
        return None
    isoformat = getattr(value, "isoformat", None)  # a datetime reads as it was sent
    return str(isoformat() if callable(isoformat) else value)


def _id(vendor: str, value: Any) -> str:
    """A voice id a vendor answered with, as the shared interface's string."""
    if value is None:
        raise VoiceCloneError(f"{vendor} answered without the id of the voice")
    return str(value)


def _int_id(vendor: str, voice_id: str) -> int:
    """A shared (string) id as the integer a vendor's ids are; any other is no voice of it."""
    try:
        return int(voice_id)
    except ValueError:
        raise VoiceNotFound(vendor, voice_id) from None


def _read(raw: Any, shape: Shape, field: str) -> str | None:
    """A shared field of a vendor model, as text; None where it is not mapped or not sent."""
    wire = shape.fields.get(field)
    return None if wire is None else _text(_at(raw, [wire]))


def _voice(vendor: str, shape: Shape, raw: Any) -> ClonedVoice[Any]:
    voice_id = _read(raw, shape, "id")
    if not isinstance(raw, pydantic.BaseModel) or voice_id is None:
        raise VoiceCloneError(f"{vendor} answered without a voice where one was expected")
    vendor_status = _read(raw, shape, "status")
    return ClonedVoice(
        id=voice_id,
        vendor=vendor,
        name=_read(raw, shape, "name"),
        status=shape.constant_status or shape.statuses.get(vendor_status or ""),
        vendor_status=vendor_status,
        language=_read(raw, shape, "language"),
        created_at=_read(raw, shape, "created_at"),
        raw=raw,
    )


def _voices(vendor: str, shape: Shape, raw: Any, status: Status | None) -> list[ClonedVoice[Any]]:
    voices = [_voice(vendor, shape, item) for item in raw or []]
    return [v for v in voices if status is None or v.status == status]


def _samples(vendor: str, shape: Shape, raw: Any, voice_id: str) -> list[VoiceSample[Any]]:
    samples = []
    for item in raw or []:
        sample_id = _read(item, shape, "id")
        if not isinstance(item, pydantic.BaseModel) or sample_id is None:
            raise VoiceCloneError(f"{vendor} answered a sample without an id")
        samples.append(
            VoiceSample(
                id=sample_id,
                vendor=vendor,
                voice_id=_read(item, shape, "voice_id") or voice_id,
                name=_read(item, shape, "name"),
                created_at=_read(item, shape, "created_at"),
                raw=item,
            )
        )
    return samples


def _one_file(vendor: str, files: FileList) -> FileInput:
    listed = file_list(files, argument="files")
    if len(listed) != 1:
        raise CloneArgumentError(
            f"{vendor} clones a voice from exactly one file, not {len(listed)}"
        )
    return listed[0]


def _check_options(
    vendor: str,
    purpose: str,
    calls: Sequence[Callable[..., object]],
    options: Mapping[str, object],
    set_here: Sequence[str] = (),
) -> None:
    """Refuse, before the first request, options none of ``calls`` takes as a keyword (but
    those the cloner sets itself): a misspelt vendor option of ``clone`` would otherwise fail
    only after the samples were uploaded, and with a bare ``TypeError``."""
    accepted = [
        name
        for call in calls
        for name, parameter in inspect.signature(call).parameters.items()
        if parameter.kind is inspect.Parameter.KEYWORD_ONLY and name not in set_here
    ]
    unknown = sorted(set(options) - set(accepted))
    if unknown:
        raise CloneArgumentError(
            f"{vendor} takes no option {', '.join(map(repr, unknown))} for {purpose}; it "
            f"takes {', '.join(accepted) or 'none'}"
        )


# ------------------------------------------------------------------------------- waiting


class _Waiting:
    """When to look again: ``poll_interval`` at first, growing by half each time up to eight
    times it, never past the deadline."""

    def __init__(self, timeout: float, poll_interval: float) -> None:
        if timeout < 0 or poll_interval <= 0:
            raise CloneArgumentError("timeout must be 0 or more and poll_interval more than 0")
        self.timeout = timeout
        self.deadline = time.monotonic() + timeout
        self.interval = poll_interval
        self.longest = poll_interval * 8

    def settled(self, voice: ClonedVoice[Any]) -> bool:
        """Ready: stop. Failed or archived: raise. Otherwise: keep waiting, or raise at the
        deadline."""
        if voice.status == "ready":
            return True
        if voice.status in ("failed", "archived"):
            raise VoiceCloneFailed(voice)
        if voice.status is None and voice.vendor_status is not None:
            raise UnknownVoiceStatus(voice)
        if time.monotonic() >= self.deadline:
            raise VoiceNotReady(voice, self.timeout)
        return False

    def pause(self) -> float:
        wait = min(self.interval, max(self.deadline - time.monotonic(), 0.0))
        self.interval = min(self.interval * 1.5, self.longest)
        return wait


# -------------------------------------------------------------------------------- cloners


class VoiceCloner(Generic[VoiceModelT, SampleModelT]):
    """One vendor behind the shared interface; made by :func:`connect`."""

    vendor: ClassVar[str]
    client_class: ClassVar[Callable[..., object]]  # the vendor's client, which ``client`` is
    capabilities: ClassVar[frozenset[str]] = frozenset()

    def _unsupported(self, operation: str) -> UnsupportedOperation:
        return UnsupportedOperation(self.vendor, operation)

    def list_voices(self, *, status: Status | None = None) -> list[ClonedVoice[VoiceModelT]]:
        """The vendor's voices (only those in ``status``, if given)."""
        raise self._unsupported("list_voices")

    def get_voice(self, voice_id: str) -> ClonedVoice[VoiceModelT]:
        """One voice."""
        raise self._unsupported("get_voice")

    def clone(self, name: str, files: FileList, **vendor_options: Any) -> ClonedVoice[VoiceModelT]:
        """Clone a voice from audio files; ``vendor_options`` go to the vendor's call."""
        raise self._unsupported("clone")

    def delete_voice(self, voice_id: str) -> None:
        """Delete a voice."""
        raise self._unsupported("delete_voice")

    def list_samples(self, voice_id: str) -> list[VoiceSample[SampleModelT]]:
        """A voice's training samples."""
        raise self._unsupported("list_samples")

    def add_samples(self, voice_id: str, files: FileList) -> None:
        """Add training samples to a voice."""
        raise self._unsupported("add_samples")

    def download_sample(self, voice_id: str, sample_id: str, path: str | os.PathLike[str]) -> Path:
        """Write a sample's audio to ``path`` (a file, or a folder for the server's name)."""
        raise self._unsupported("download_sample")

    def wait_until_ready(
        self, voice_id: str, *, timeout: float = 300.0, poll_interval: float = 2.0
    ) -> ClonedVoice[VoiceModelT]:
        """Poll the voice, with backoff, until it is ready; :class:`VoiceCloneFailed` if it
        fails (or is archived), :class:`VoiceNotReady` when ``timeout`` seconds pass."""
        if "get_voice" not in self.capabilities:
            raise self._unsupported("wait_until_ready")
        waiting = _Waiting(timeout, poll_interval)
        while True:
            voice = self.get_voice(voice_id)
            if waiting.settled(voice):
                return voice
            time.sleep(waiting.pause())

    def close(self) -> None:
        """Close the vendor client's connections."""

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


class AsyncVoiceCloner(Generic[VoiceModelT, SampleModelT]):
    """:class:`VoiceCloner`, awaited; made by :func:`connect_async`."""

    vendor: ClassVar[str]
    client_class: ClassVar[Callable[..., object]]  # the vendor's client, which ``client`` is
    capabilities: ClassVar[frozenset[str]] = frozenset()

    def _unsupported(self, operation: str) -> UnsupportedOperation:
        return UnsupportedOperation(self.vendor, operation)

    async def list_voices(self, *, status: Status | None = None) -> list[ClonedVoice[VoiceModelT]]:
        """The vendor's voices (only those in ``status``, if given)."""
        raise self._unsupported("list_voices")

    async def get_voice(self, voice_id: str) -> ClonedVoice[VoiceModelT]:
        """One voice."""
        raise self._unsupported("get_voice")

    async def clone(
        self, name: str, files: FileList, **vendor_options: Any
    ) -> ClonedVoice[VoiceModelT]:
        """Clone a voice from audio files; ``vendor_options`` go to the vendor's call."""
        raise self._unsupported("clone")

    async def delete_voice(self, voice_id: str) -> None:
        """Delete a voice."""
        raise self._unsupported("delete_voice")

    async def list_samples(self, voice_id: str) -> list[VoiceSample[SampleModelT]]:
        """A voice's training samples."""
        raise self._unsupported("list_samples")

    async def add_samples(self, voice_id: str, files: FileList) -> None:
        """Add training samples to a voice."""
        raise self._unsupported("add_samples")

    async def download_sample(
        self, voice_id: str, sample_id: str, path: str | os.PathLike[str]
    ) -> Path:
        """Write a sample's audio to ``path`` (a file, or a folder for the server's name)."""
        raise self._unsupported("download_sample")

    async def wait_until_ready(
        self, voice_id: str, *, timeout: float = 300.0, poll_interval: float = 2.0
    ) -> ClonedVoice[VoiceModelT]:
        """Poll the voice, with backoff, until it is ready; :class:`VoiceCloneFailed` if it
        fails (or is archived), :class:`VoiceNotReady` when ``timeout`` seconds pass."""
        if "get_voice" not in self.capabilities:
            raise self._unsupported("wait_until_ready")
        waiting = _Waiting(timeout, poll_interval)
        while True:
            voice = await self.get_voice(voice_id)
            if waiting.settled(voice):
                return voice
            await asyncio.sleep(waiting.pause())

    async def close(self) -> None:
        """Close the vendor client's connections."""

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.close()


def _cloner_class(vendor: str, index: int) -> Any:
    if vendor not in _VENDORS:
        raise CloneArgumentError(f"unknown vendor {vendor!r}; known: {', '.join(sorted(_VENDORS))}")
    entry = _VENDORS[vendor]
    return getattr(importlib.import_module(entry[0]), entry[index])


@overload
def connect(
    vendor: Literal["bland"],
    **options: Unpack[BlandOptions],
) -> BlandVoiceCloner: ...


@overload
def connect(
    vendor: Literal["burki"],
    *,
    assistant_id: int,
    provider: str,
    **options: Unpack[BurkiOptions],
) -> BurkiVoiceCloner: ...


@overload
def connect(
    vendor: Literal["truedy"],
    **options: Unpack[TruedyOptions],
) -> TruedyVoiceCloner: ...


def connect(vendor: str, **options: Any) -> VoiceCloner[Any, Any]:
    """A :class:`VoiceCloner` for ``vendor`` (bland, burki, truedy).

    ``options`` are the vendor client's (``api_key``, ``base_url``, ``timeout``, ...) and the
    ones the vendor's cloner needs (such as Burki's ``assistant_id``): each vendor is an
    overload, so a type checker reports a missing or misspelt one. ``cloner.client`` is the
    vendor's full client.

    Raises:
        CloneArgumentError: an unknown vendor, or an option it does not take.
        MissingAPIKeyError: no API key, by argument or environment variable.
    """
    cloner_class = _cloner_class(vendor, 1)
    _check_options(vendor, "connect", [cloner_class, cloner_class.client_class], options)
    cloner: VoiceCloner[Any, Any] = cloner_class(**options)
    return cloner


@overload
def connect_async(
    vendor: Literal["bland"],
    **options: Unpack[AsyncBlandOptions],
) -> AsyncBlandVoiceCloner: ...


@overload
def connect_async(
    vendor: Literal["burki"],
    *,
    assistant_id: int,
    provider: str,
    **options: Unpack[AsyncBurkiOptions],
) -> AsyncBurkiVoiceCloner: ...


@overload
def connect_async(
    vendor: Literal["truedy"],
    **options: Unpack[AsyncTruedyOptions],
) -> AsyncTruedyVoiceCloner: ...


def connect_async(vendor: str, **options: Any) -> AsyncVoiceCloner[Any, Any]:
    """An :class:`AsyncVoiceCloner` for ``vendor``; see :func:`connect`."""
    cloner_class = _cloner_class(vendor, 2)
    _check_options(vendor, "connect_async", [cloner_class, cloner_class.client_class], options)
    cloner: AsyncVoiceCloner[Any, Any] = cloner_class(**options)
    return cloner
