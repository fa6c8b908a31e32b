"""Models of the media_client.studio API (from its normalized spec)."""

from __future__ import annotations

from typing import Literal

from media_client._models import BaseModel


class Meta(BaseModel):
    request_id: str | None = None


class Recording(BaseModel):
    id: str
    duration_seconds: float | None = None
    tags: list[list[str]] | None = None
    state: Literal["queued", "ready"] | str | None = None


class Sample(BaseModel):
    name: str | None = None
    b64: str | None = None
    mime: str | None = None


class UploadRecordingRequest(BaseModel):
    files: list[bytes]
    title: str
    language: str | None = None


class UploadRecordingResponse(BaseModel):
    data: Recording | None = None
    meta: Meta | None = None


class CloneVoiceRequest(BaseModel):
    name: str
    samples: list[Sample]


class GetRecordingAudioResponse(BaseModel):
    data: Recording | None = None
