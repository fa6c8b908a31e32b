"""Binary (non-JSON) responses, such as audio, and the safe handling of their file names."""

import codecs
import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Final
from urllib.parse import unquote

import httpx

__all__ = ["BinaryResponse", "parse_content_disposition_filename", "sanitize_filename"]

_FALLBACK_STEM: Final = "download"
_EXTENSIONS: Final = {
    "audio/wav": ".wav",
    "audio/wave": ".wav",
    "audio/x-wav": ".wav",
    "audio/mpeg": ".mp3",
    "audio/mp3": ".mp3",
    "audio/ogg": ".ogg",
    "audio/flac": ".flac",
    "audio/mp4": ".m4a",
    "audio/webm": ".webm",
    "application/json": ".json",
    "text/plain": ".txt",
}
_MAX_FILENAME_BYTES: Final = 255

# One `; name=value` parameter of a Content-Disposition header; the value is a token or a
# quoted string (which may contain `;` and backslash escapes).
_DISPOSITION_PARAM: Final = re.compile(
    r";\s*([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*=\s*(\"(?:[^\"\\]|\\.)*\"|[^;]*)"
)
_QUOTED_PAIR: Final = re.compile(r"\\(.)")
# Control, format (e.g. U+202E right-to-left override, used to disguise extensions),
# surrogate, private-use, unassigned and line/paragraph separator characters.
_UNSAFE_CATEGORIES: Final = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})
# Characters Windows refuses in file names; `/` and `\` are handled before this.
_WINDOWS_FORBIDDEN: Final = re.compile(r'[<>:"|?*]')
_DOT_RUNS: Final = re.compile(r"\.{2,}")
_WINDOWS_DEVICES: Final = frozenset(
    {"CON", "PRN", "AUX", "NUL"}
    | {f"COM{i}" for i in range(1, 10)}
    | {f"LPT{i}" for i in range(1, 10)}
)


def parse_content_disposition_filename(header: str) -> str | None:
    """The file name a ``Content-Disposition`` header suggests, unsanitised, or None.

    ``filename*`` (RFC 5987/6266, ``UTF-8''na%C3%AFve.wav``) wins over ``filename``.
    """
    params: dict[str, str] = {}
    for match in _DISPOSITION_PARAM.finditer(header):
        name, value = match.group(1).lower(), match.group(2).strip()
        if value.startswith('"') and value.endswith('"') and len(value) >= 2:
            value = _QUOTED_PAIR.sub(r"\1", value[1:-1])
        params.setdefault(name, value)
    extended = params.get("filename*")
    if extended is not None:
        decoded = _decode_extended_value(extended)
        if decoded is not None:
            return decoded
    return params.get("filename")


def _decode_extended_value(value: str) -> str | None:
    # charset'language'percent-encoded-value
    parts = value.split("'", 2)
    if len(parts) != 3:
        return None
    charset, _language, encoded = parts
    try:
        codecs.lookup(charset)
    except LookupError:  # an unknown charset: fall back to the plain `filename`
        return None
    return unquote(encoded, encoding=charset, errors="replace")


def sanitize_filename(name: str) -> str | None:
    """Reduce a server-chosen file name to a safe base name, or None when nothing is left.

    The result has no directory part, no ``/``, ``\\``, ``..``, NUL or control characters, no
    leading or trailing dots or spaces, no characters Windows forbids, is not a Windows device
    name and fits in 255 bytes (the extension is kept when it is shortened).
    """
    # Base name only, whichever separator the server used: "../../etc/passwd" -> "passwd".
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch for ch in name if unicodedata.category(ch) not in _UNSAFE_CATEGORIES)
    name = _WINDOWS_FORBIDDEN.sub("_", name)
    # Collapse dot runs after removing characters, which could have joined two dots, and strip
    # leading dots so that the file is not hidden and never "." or "..".
    name = _DOT_RUNS.sub(".", name).strip(" .")
    if not name:
        return None
    if name.split(".", 1)[0].upper() in _WINDOWS_DEVICES:
        name = "_" + name
    return _truncate(name)


def _truncate(name: str) -> str:
    if len(name.encode("utf-8")) <= _MAX_FILENAME_BYTES:
        return name
    stem, dot, extension = name.rpartition(".")
    if not dot or not stem or len(extension) > 16:
        stem, extension = name, ""
    else:
        extension = "." + extension
    budget = _MAX_FILENAME_BYTES - len(extension.encode("utf-8"))
    return stem.encode("utf-8")[:budget].decode("utf-8", errors="ignore") + extension


def _media_type(content_type: str | None) -> str | None:
    if content_type is None:
        return None
    media_type = content_type.split(";", 1)[0].strip().lower()
    return media_type or None


@dataclass(frozen=True, repr=False)
class BinaryResponse:
    """A binary response body (audio, for instance), read into memory.

    Attributes:
        content: the body.
        content_type: the media type without parameters (``"audio/wav"``), or None.
        filename: the name from ``Content-Disposition``, sanitised so that it is safe to use
            as a file name, or None when the server suggests none.
        headers: the response headers.
        status_code: the HTTP status.
        request_id: the server's request id, or None.
    """

    content: bytes
    content_type: str | None
    filename: str | None
    headers: httpx.Headers
    status_code: int
    request_id: str | None = None

    @classmethod
    def from_response(
        cls, response: httpx.Response, *, request_id: str | None = None
    ) -> "BinaryResponse":
        """Build from a response whose body has been read."""
        content_type = _media_type(response.headers.get("content-type"))
        filename: str | None = None
        disposition = response.headers.get("content-disposition")
        if disposition is not None:
            suggested = parse_content_disposition_filename(disposition)
            if suggested is not None:
                filename = sanitize_filename(suggested) or _fallback_filename(content_type)
        return cls(
            content=response.content,
            content_type=content_type,
            filename=filename,
            headers=response.headers,
            status_code=response.status_code,
            request_id=request_id,
        )

    def write_to(self, path: str | os.PathLike[str]) -> Path:
        """Write the content to ``path`` and return the path written.

        When ``path`` is an existing directory, the file is written inside it under
        :attr:`filename` (or ``download.<ext>`` when the server suggested none). A server-chosen
        name is sanitised, so it cannot leave the directory.
        """
        target = Path(path)
        if target.is_dir():
            target = target / (self.filename or _fallback_filename(self.content_type))
        target.write_bytes(self.content)
        return target

    def __repr__(self) -> str:
        # Never the content: it is usually megabytes of audio.
        return (
            f"BinaryResponse(status_code={self.status_code}, "
            f"content_type={self.content_type!r}, filename={self.filename!r}, "
            f"size={len(self.content)}, request_id={self.request_id!r})"
        )


def _fallback_filename(content_type: str | None) -> str:
    return _FALLBACK_STEM + _EXTENSIONS.get(content_type or "", ".bin")
