"""Small audio files the tests send: made here, never committed as binaries."""

from __future__ import annotations

import io
import wave


def silent_wav(frames: int = 80, rate: int = 8000) -> bytes:
    """A valid 16-bit mono WAV of ``frames`` silent frames."""
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(bytes(2 * frames))
    return buffer.getvalue()
