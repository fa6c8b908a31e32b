"""Models of the voiceclone.burki API (from its normalized spec)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from voiceclone._models import BaseModel


class ClonedVoice(BaseModel):
    id: int | None = None
    """
    Unique identifier for the cloned voice
    """
    name: str | None = None
    """
    Display name of the cloned voice
    """
    provider: str | None = None
    """
    TTS provider that hosts this voice
    """
    provider_voice_id: str | None = None
    """
    Provider-specific voice identifier
    """
    language: Annotated[str | None, Field(examples=["en", "es"])] = None
    """
    Language code of the voice (e.g., “en”, “es”)
    """
    gender: Literal["male", "female"] | str | None = None
    """
    Detected or specified gender (“male”, “female”, null)
    """
    status: Literal["processing", "ready", "failed", "archived"] | str | None = None
    """
    Current status of the cloned voice
    """
    quality_score: float | None = None
    """
    Quality score from 0.0 to 1.0 (if available)
    """
    created_at: str | None = None
    """
    ISO 8601 timestamp of voice creation
    """
    last_used_at: str | None = None
    """
    ISO 8601 timestamp of last synthesis (null if never used)
    """
    synthesis_count: int | None = None
    """
    Total number of times this voice has been used
    """


class HTTPValidationError(BaseModel):
    detail: list[ValidationError] | None = None


class ListClonedVoicesResponse(BaseModel):
    cloned_voices: list[ClonedVoice]
    success: bool


class ValidationError(BaseModel):
    loc: list[str | int]
    msg: str
    type: str
