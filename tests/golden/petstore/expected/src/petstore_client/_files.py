"""Reading uploads: from a path, bytes or a file object, for multipart or base64-in-JSON bodies."""

import base64
import io
import mimetypes
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Protocol, SupportsIndex, TypeAlias, TypeVar, overload

from ._exceptions import InvalidFileError

__all__ = [
    "FileInput",
    "FileList",
    "LoadedFile",
    "SequenceNotStr",
    "check_audio",
    "encode_base64_file",
    "file_list",
    "read_file",
    "sniff_audio_type",
]

FileInput: TypeAlias = str | os.PathLike[str] | bytes | IO[bytes] | tuple[str, bytes | IO[bytes]]
"""What an upload parameter accepts.

- a path (``str`` or ``pathlib.Path``); a bare ``str`` is always a path, never the content,
- ``bytes``,
- a binary file object (``open(path, "rb")``, ``io.BytesIO``),
- ``(filename, bytes or file object)`` to choose the name the server sees.
"""

_T_co = TypeVar("_T_co", covariant=True)


class SequenceNotStr(Protocol[_T_co]):
    """A ``Sequence`` that a ``str`` (or ``bytes``) is not: their ``__contains__`` takes only
    a ``str``, where this one takes any object, so type checkers tell them apart."""

    @overload
    def __getitem__(self, index: SupportsIndex, /) -> _T_co: ...
    @overload
    def __getitem__(self, index: slice, /) -> Sequence[_T_co]: ...
    def __contains__(self, value: object, /) -> bool: ...
    def __len__(self) -> int: ...
    def __iter__(self) -> Iterator[_T_co]: ...
    def __reversed__(self) -> Iterator[_T_co]: ...
    def index(self, value: Any, start: int = 0, stop: int = ..., /) -> int: ...
    def count(self, value: Any, /) -> int: ...


FileList: TypeAlias = SequenceNotStr[FileInput]
"""What a parameter taking several files accepts: a list (or tuple) of them, even of one,
``list[Path]`` as well as ``list[FileInput]``.

Not any ``Sequence``: a ``str`` is a sequence too, and ``files="sample.wav"`` would be read as
eleven one-letter paths; type checkers refuse it, and so does the client before any request.
"""

# The magic bytes of the audio formats vendors accept. Checked on the content, not the file
# name, so that a mislabelled file is caught before a slow upload is rejected server-side.
_AUDIO_EXTENSIONS = {
    "audio/wav": ".wav",
    "audio/mpeg": ".mp3",
    "audio/ogg": ".ogg",
    "audio/flac": ".flac",
    "audio/mp4": ".m4a",
    "audio/webm": ".webm",
}
_SUPPORTED_AUDIO = "WAV, MP3, OGG, FLAC, M4A or WEBM"
_DEFAULT_UPLOAD_NAME = "upload"
_MAX_NAME_IN_MESSAGE = 120


@dataclass(frozen=True, slots=True)
class LoadedFile:
    """An upload read into memory, ready to send (and to re-send on a retry)."""

    filename: str
    content: bytes
    content_type: str

    def __repr__(self) -> str:
        # The content may be megabytes of audio: show its size, not its bytes.
        return (
            f"LoadedFile(filename={self.filename!r}, content_type={self.content_type!r}, "
            f"size={len(self.content)})"
        )


def sniff_audio_type(content: bytes) -> str | None:
    """The audio MIME type the first bytes of ``content`` announce, or None."""
    if content[:4] in (b"RIFF", b"RF64") and content[8:12] == b"WAVE":
        return "audio/wav"
    if content[:3] == b"ID3" or _is_mpeg_audio_frame(content[:3]):
        return "audio/mpeg"
    if content[:4] == b"OggS":
        return "audio/ogg"
    if content[:4] == b"fLaC":
        return "audio/flac"
    if content[4:8] == b"ftyp":
        return "audio/mp4"
    if content[:4] == b"\x1a\x45\xdf\xa3":
        return "audio/webm"
    return None


def _is_mpeg_audio_frame(header: bytes) -> bool:
    # An MP3 without an ID3 tag starts with a frame: 11 sync bits, then a version, a layer and
    # a bitrate index that must not be the reserved values (which rule out random binary).
    if len(header) < 3 or header[0] != 0xFF or header[1] & 0xE0 != 0xE0:
        return False
    version = (header[1] >> 3) & 0b11
    layer = (header[1] >> 1) & 0b11
    bitrate = header[2] >> 4
    return version != 0b01 and layer != 0b00 and bitrate != 0b1111


def file_list(files: object, *, argument: str) -> list[FileInput]:
    """``files`` as a list, checked before any request: one file where several are expected
    (``files="sample.wav"``, which type checkers refuse too) is an error, not eleven paths.

    Raises:
        InvalidFileError: ``files`` is not a sequence, or is one path (a ``str``) or ``bytes``.
    """
    if isinstance(files, Sequence) and not isinstance(files, str | bytes | bytearray):
        return list(files)
    if isinstance(files, str | os.PathLike):
        shown = _shown(os.fspath(files))
        raise InvalidFileError(
            f"{argument} takes a list of files, not the one path {shown}: pass [{shown}]",
            filename=os.fspath(files),
        )
    raise InvalidFileError(
        f"{argument} takes a list of files, not a {type(files).__name__}: wrap one file in a list",
        filename="",
    )


def read_file(file: FileInput | LoadedFile, *, require_audio: bool = False) -> LoadedFile:
    """Read an upload into memory (and, with ``require_audio``, check it is audio).

    The whole file is read once, so that a retried request sends the same bytes again.

    Raises:
        InvalidFileError: the path does not exist or cannot be read, the file object is open
            in text mode, or ``file`` is not one of the accepted kinds, or (``require_audio``)
            it is not audio; the message names the file.
    """
    loaded = _read(file)
    return check_audio(loaded) if require_audio else loaded


def _read(file: FileInput | LoadedFile) -> LoadedFile:
    if isinstance(file, LoadedFile):
        return file
    if isinstance(file, tuple):
        name, source = file
        return _loaded(os.path.basename(name) or _DEFAULT_UPLOAD_NAME, _read_source(source, name))
    if isinstance(file, str | os.PathLike):
        path = Path(file)
        try:
            content = path.read_bytes()
        except OSError as err:
            reason = err.strerror or type(err).__name__
            raise InvalidFileError(
                f"Cannot read file {_shown(str(path))}: {reason}", filename=str(path)
            ) from err
        return _loaded(path.name, content)
    if isinstance(file, bytes | bytearray | memoryview):
        return _loaded(None, bytes(file))
    # open() sets .name to the path; BytesIO has none.
    file_name = getattr(file, "name", None)
    if not isinstance(file_name, str):
        file_name = None
    content = _read_source(file, file_name or "<file object>")
    return _loaded(os.path.basename(file_name) if file_name else None, content)


def _read_source(source: object, name: str) -> bytes:
    if isinstance(source, bytes | bytearray | memoryview):
        return bytes(source)
    if isinstance(source, io.TextIOBase):
        raise InvalidFileError(
            f"Cannot upload {_shown(name)}: it is open in text mode; open it with 'rb'",
            filename=name,
        )
    read = getattr(source, "read", None)
    if read is None:
        raise InvalidFileError(
            f"Cannot upload {_shown(name)}: expected a path, bytes or a binary file object, "
            f"got {type(source).__name__}",
            filename=name,
        )
    try:
        content = read()
    except (OSError, ValueError) as err:  # ValueError: the file is closed
        raise InvalidFileError(f"Cannot read file {_shown(name)}: {err}", filename=name) from err
    if isinstance(content, str):  # a text-mode object that is not an io.TextIOBase
        raise InvalidFileError(
            f"Cannot upload {_shown(name)}: it is open in text mode; open it with 'rb'",
            filename=name,
        )
    if not isinstance(content, bytes | bytearray | memoryview):
        raise InvalidFileError(
            f"Cannot upload {_shown(name)}: read() returned {type(content).__name__}, not bytes",
            filename=name,
        )
    return bytes(content)


def _loaded(filename: str | None, content: bytes) -> LoadedFile:
    audio_type = sniff_audio_type(content)
    if not filename:
        filename = _DEFAULT_UPLOAD_NAME + _AUDIO_EXTENSIONS.get(audio_type or "", "")
    content_type = audio_type or mimetypes.guess_type(filename)[0] or "application/octet-stream"
    return LoadedFile(filename=filename, content=content, content_type=content_type)


def check_audio(loaded: LoadedFile) -> LoadedFile:
    """Make sure ``loaded`` is an audio file (by its magic bytes) and return it.

    Raises:
        InvalidFileError: the file is empty or not WAV, MP3, OGG, FLAC, M4A or WEBM; the
            message names the file and shows its first bytes (``<!DOCTYPE`` gives away a
            web page saved by mistake).
    """
    if not loaded.content:
        raise InvalidFileError(
            f"{_shown(loaded.filename)} is empty; expected {_SUPPORTED_AUDIO} audio",
            filename=loaded.filename,
        )
    if sniff_audio_type(loaded.content) is None:
        raise InvalidFileError(
            f"{_shown(loaded.filename)} is not a supported audio file (expected "
            f"{_SUPPORTED_AUDIO}); it starts with {loaded.content[:8]!r}",
            filename=loaded.filename,
        )
    return loaded


def encode_base64_file(
    file: FileInput | LoadedFile,
    *,
    filename_key: str = "filename",
    data_key: str = "data",
    content_type_key: str | None = "content_type",
    require_audio: bool = False,
) -> dict[str, str]:
    """Read ``file`` and return it as a JSON object for APIs that take base64 in the body.

    For example ``{"filename": "sample.wav", "data": "UklGR...", "content_type": "audio/wav"}``;
    the keys are the vendor's. ``content_type_key=None`` (or ``""``) leaves the content type
    out, and ``require_audio=True`` runs :func:`check_audio` first.
    """
    loaded = read_file(file, require_audio=require_audio)
    filename, content_type = loaded.filename, loaded.content_type
    data = base64.b64encode(loaded.content)
    # The file's bytes go before the base64 text is made from the base64 bytes, so that this
    # step holds two copies of the file at once, not three.
    del loaded
    encoded = {filename_key: filename, data_key: data.decode("ascii")}
    del data
    if content_type_key:
        encoded[content_type_key] = content_type
    return encoded


def _shown(name: str) -> str:
    # A bare str is a path, so a caller who passes the content by mistake would otherwise get
    # megabytes of it echoed back in the error message.
    if len(name) > _MAX_NAME_IN_MESSAGE:
        name = name[:_MAX_NAME_IN_MESSAGE] + "..."
    return repr(name)
