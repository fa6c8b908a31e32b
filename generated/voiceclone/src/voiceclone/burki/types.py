"""Models of the voiceclone.burki API (from its normalized spec)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import ConfigDict, Field

from voiceclone._models import BaseModel


class AudioQualityRequirements(BaseModel):
    sample_rate: int
    bit_rate: int
    channels: int
    note: str | None = None


class ClonedVoice(BaseModel):
    id: int
    """
    Unique identifier for the cloned voice
    """
    name: str
    """
    Display name of the cloned voice
    """
    provider: str
    """
    TTS provider that hosts this voice
    """
    provider_voice_id: str
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
    status: Literal["processing", "ready", "failed", "archived"] | str
    """
    Current status of the cloned voice
    """
    quality_score: float | None = None
    """
    Quality score from 0.0 to 1.0 (if available)
    """
    created_at: str
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


class CreateClonedVoiceRequest(BaseModel):
    """
    Schema for creating a cloned voice.
    """

    voice_sample_id: Annotated[int, Field(title="Voice Sample Id")]
    """
    ID of the uploaded voice sample
    """
    provider: Annotated[
        str, Field(examples=["elevenlabs", "resemble", "cartesia"], title="Provider")
    ]
    """
    TTS provider to use for voice cloning
    """
    name: Annotated[str, Field(title="Name")]
    """
    Name for the cloned voice
    """
    description: Annotated[str | None, Field(title="Description")] = None
    """
    Description of the cloned voice
    """
    language: Annotated[str | None, Field(examples=["en", "es", "fr"], title="Language")] = None
    """
    Language code (e.g., 'en', 'es')
    """
    enhance_quality: Annotated[bool | None, Field(title="Enhance Quality")] = True
    """
    Whether to enhance voice quality
    """
    tags: Annotated[list[str] | None, Field(title="Tags")] = None
    """
    Tags for organizing voices
    """
    metadata: Annotated[dict[str, Any] | None, Field(title="Metadata")] = None
    """
    Additional metadata
    """


class CreateClonedVoiceResponse(BaseModel):
    success: bool
    cloned_voice: ClonedVoice


class DeleteClonedVoiceResponse(BaseModel):
    success: bool
    message: str


class ListClonedVoicesResponse(BaseModel):
    cloned_voices: list[ClonedVoice]
    success: bool


class ProviderRequirements(BaseModel):
    formats: list[str]
    min_duration: int
    max_duration: int
    max_size: int
    quality_requirements: AudioQualityRequirements


class TestVoiceResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )


class UploadVoiceSampleRequest(BaseModel):
    file: Annotated[bytes, Field(title="File")]
    """
    The audio file to upload. Supported formats: MP3, WAV, FLAC, M4A, OGG.
    """
    name: Annotated[str | None, Field(title="Name")] = None
    """
    Custom name for the voice sample. Defaults to filename if not provided.
    """
    description: Annotated[str | None, Field(title="Description")] = None
    """
    Description of the voice sample.
    """
    tags: Annotated[str | None, Field(title="Tags")] = None
    """
    Comma-separated tags for organizing voice samples.
    """


class ValidationError(BaseModel):
    loc: Annotated[list[str | int], Field(title="Location")]
    msg: Annotated[str, Field(title="Message")]
    type: Annotated[str, Field(title="Error Type")]


class VoiceCloningProvider(BaseModel):
    provider: str
    name: str
    requirements: ProviderRequirements


class VoiceSample(BaseModel):
    id: int
    """
    Unique identifier for the voice sample
    """
    name: str
    """
    Display name of the voice sample
    """
    original_filename: str | None = None
    """
    Original filename of the uploaded audio
    """
    content_type: str | None = None
    """
    MIME type of the audio file
    """
    file_size: int | None = None
    """
    Size of the audio file in bytes
    """
    duration_seconds: float | None = None
    """
    Duration of the audio in seconds
    """
    status: str
    """
    Processing status of the sample
    """
    error_message: str | None = None
    """
    Error message if processing failed
    """
    tags: list[Any] | None = None
    """
    Array of tags associated with the sample
    """
    created_at: str
    """
    ISO 8601 timestamp of when the sample was uploaded
    """
    filename: str | None = None


class VoiceTestRequest(BaseModel):
    voice_id: Annotated[str, Field(title="Voice Id")]
    text: Annotated[str | None, Field(title="Text")] = (
        "Hello! This is a test of your cloned voice. How does it sound?"
    )
    provider: Annotated[str, Field(title="Provider")]
    model_id: Annotated[str | None, Field(title="Model Id")] = None
    stability: Annotated[float | None, Field(title="Stability")] = 0.5
    similarity_boost: Annotated[float | None, Field(title="Similarity Boost")] = 0.75
    style: Annotated[float | None, Field(title="Style")] = 0.0
    speed: Annotated[float | None, Field(title="Speed")] = 1.0
    volume: Annotated[float | None, Field(title="Volume")] = 1.0
    use_speaker_boost: Annotated[bool | None, Field(title="Use Speaker Boost")] = True
    project_uuid: Annotated[str | None, Field(title="Project Uuid")] = None


class HTTPError(BaseModel):
    """
    The error body of every Burki endpoint (FastAPI's HTTPException).
    """

    detail: str | list[ValidationError]


class HTTPValidationError(BaseModel):
    detail: Annotated[list[ValidationError] | None, Field(title="Detail")] = None


class ListVoiceCloningProvidersResponse(BaseModel):
    success: bool
    providers: list[VoiceCloningProvider]


class ListVoiceSamplesResponse(BaseModel):
    success: bool
    voice_samples: list[VoiceSample]


class UploadVoiceSampleResponse(BaseModel):
    success: bool
    voice_sample: VoiceSample
