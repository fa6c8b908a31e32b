"""Models of the voiceclone.truedy API (from its normalized spec)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import Field

from voiceclone._models import BaseModel


class ErrorDetail(BaseModel):
    code: Annotated[str, Field(examples=["not_found"])]
    """
    Error code
    """
    message: Annotated[str, Field(examples=["The requested resource does not exist"])]
    """
    Human-readable error message
    """
    details: Annotated[
        dict[str, Any] | None, Field(examples=[{"resource": "agent", "id": "agt_invalid"}])
    ] = None
    """
    Additional error context
    """


class ErrorResponse(BaseModel):
    error: ErrorDetail


class ResponseMeta(BaseModel):
    request_id: Annotated[str, Field(examples=["req_32e7531c-8"])]
    """
    Unique request identifier for debugging and support
    """
    ts: Annotated[datetime, Field(examples=["2026-03-03T20:30:21.310278Z"])]
    """
    Server timestamp when the response was generated
    """


class ValidationError(BaseModel):
    loc: list[Any] | None = None
    msg: str | None = None
    type: str | None = None


class VoiceFile(BaseModel):
    filename: Annotated[str, Field(examples=["sample1.mp3"])]
    """
    Name of the audio file
    """
    data: Annotated[str, Field(examples=["//NExAAqQIf..."])]
    """
    Base64-encoded audio data
    """
    content_type: Annotated[str | None, Field(examples=["audio/mpeg"])] = "audio/mpeg"
    """
    MIME type of the audio
    """


class VoiceResponse(BaseModel):
    id: Annotated[str, Field(examples=["voice_c7d82fec"])]
    """
    Unique voice identifier
    """
    name: Annotated[str, Field(examples=["Sarah"])]
    """
    Display name of the voice
    """
    provider: Annotated[str, Field(examples=["elevenlabs"])]
    """
    TTS provider
    """
    type: Annotated[Literal["custom", "reference"] | str | None, Field(examples=["reference"])] = (
        None
    )
    """
    Voice type
    """
    language: Annotated[str, Field(examples=["en-US"])]
    """
    Language code
    """
    status: Annotated[
        Literal["training", "active", "failed", "processing"] | str, Field(examples=["active"])
    ]
    """
    Voice status
    """
    created_at: Annotated[datetime, Field(examples=["2026-03-03T20:30:21.310278Z"])]
    """
    When the voice was created
    """
    updated_at: Annotated[datetime | None, Field(examples=["2026-03-03T20:30:21.310278Z"])] = None
    """
    When the voice was last updated
    """


class CloneVoiceResponse(BaseModel):
    data: VoiceResponse
    meta: ResponseMeta


class HTTPValidationError(BaseModel):
    detail: list[ValidationError] | None = None


class VoiceCloneRequest(BaseModel):
    name: Annotated[str, Field(examples=["My Custom Voice"], max_length=100, min_length=1)]
    """
    Name for the cloned voice
    """
    files: Annotated[list[VoiceFile], Field(min_length=1)]
    """
    Array of audio files (base64-encoded)
    """
