"""Models of the voiceclone.bland API (from its normalized spec)."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from voiceclone._models import BaseModel


class BlandError(BaseModel):
    """
    The error envelope of every Bland endpoint.
    """

    data: Annotated[None, Field(None)] = None
    errors: list[BlandErrorItem]


class BlandErrorItem(BaseModel):
    error: str
    """
    Machine-readable error code, e.g. VOICE_SAMPLES_ERROR.
    """
    message: str
    """
    Human-readable explanation.
    """


class GetVoiceSampleResponse(BaseModel):
    sample: VoiceSample | None = None
    """
    Only present in JSON mode.
    """


class ListVoiceSamplesResponse(BaseModel):
    samples: list[VoiceSample] | None = None
    """
    Array of training sample records. Empty array for V3 voices.
    """


class VoiceSample(BaseModel):
    id: str | None = None
    """
    UUID of the sample.
    """
    voice_id: str | None = None
    """
    UUID of the parent voice.
    """
    transcription: str | None = None
    """
    Transcribed text for the sample. `null` if transcription has not been generated yet.
    """
    duration_seconds: float | None = None
    """
    Length of the sample audio.
    """
    audio_data: str | None = None
    """
    Base64-encoded audio. Only present when `include_audio=true`.
    """
    created_at: str | None = None
    """
    ISO 8601 timestamp.
    """
