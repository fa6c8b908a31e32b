"""Models of the voiceclone.bland API (from its normalized spec)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field

from voiceclone._models import BaseModel


class AddVoiceSampleRequest(BaseModel):
    voice_id: str
    """
    UUID of the voice to add samples to. Must be a voice your org owns.
    """
    audio_samples: list[bytes]
    """
    WAV files to append. Each file 1-60 seconds, max 10 MB. The combined sample count after this call cannot exceed 5 for a V1 voice.
    """


class BlandErrorItem(BaseModel):
    error: str
    """
    Machine-readable error code, e.g. VOICE_SAMPLES_ERROR.
    """
    message: str
    """
    Human-readable explanation.
    """


class CloneVoiceRequest(BaseModel):
    name: str
    """
    Display name for the voice clone. 1-30 characters. Must be unique in your library.
    """
    audio_samples: list[bytes]
    """
    Audio file or files. Constraints depend on the engine flag (see below). WAV format recommended.
    """
    gender: Literal["male", "female"] | str | None = None
    """
    `male` or `female`. Optional but recommended; helps the underlying model.
    """
    description: str | None = None
    """
    Free-text description. Surfaced as additional context to the model for tone and style.
    """
    isBTTS_V3: bool | None = None
    """
    Use the V3 engine (the default when no engine flag is set).
    """
    isBTTS_V2: bool | None = None
    """
    Use the V2 engine instead of V3.
    """


class CloneVoiceResponseData(BaseModel):
    voice_id: str
    """
    UUID of the new voice clone. Use it as `voice_id` in [Speak](https://docs.bland.ai/api-v2/post/tts).
    """
    name: str
    """
    The display name you provided.
    """


class DeleteVoiceResponseData(BaseModel):
    status: str
    """
    `success` on success.
    """
    message: str
    """
    Human-readable confirmation, for example `"Voice deleted successfully"`.
    """


class DeleteVoiceSamplesRequest(BaseModel):
    sample_ids: list[str]
    """
    Array of sample UUIDs to delete.

    ```json
    { "sample_ids": ["d15b199a-1b79-4664-9a9a-b149ee3b136a"] }
    ```
    """


class RenameVoiceRequest(BaseModel):
    name: str
    """
    New display name. 1-30 characters. Must be unique within your library.
    """


class RenameVoiceResponseData(BaseModel):
    name: str
    """
    The updated display name.
    """
    voice_id: str
    """
    UUID of the renamed voice.
    """


class Voice(BaseModel):
    id: str
    """
    UUID of the voice. Pass this as `voice_id` to [Speak](https://docs.bland.ai/api-v2/post/tts) or any voice management endpoint.
    """
    name: str
    """
    Display name. For curated default voices this can also be used in the `voice` field when sending calls.
    """
    description: str | None = None
    """
    Short human-readable description of the voice.
    """
    public: bool
    """
    `true` for shared library voices and Bland curated voices, `false` for voices private to your org.
    """
    tags: list[str]
    """
    Labels describing the voice (language, style, source). Bland's recommended curated voices carry the `"Bland Curated"` tag.
    """
    user_id: str | None = None
    """
    Owner UUID. `null` for curated default voices.
    """
    voice_id: str
    """
    Underlying model identifier. Format varies by engine; treat as opaque.
    """
    service: Literal["BTTS", "BTTS_V2", "BTTS_V3", "LEGACY"] | str
    """
    Engine identifier. One of `BTTS`, `BTTS_V2`, `BTTS_V3`, or `LEGACY`.
    """
    finetuned: bool
    """
    `true` if the voice has been fine-tuned past the base clone.
    """
    is_creator_voice: bool
    """
    `true` for voices in the Bland creator program. Creator voices may carry a per-character fee in addition to synthesis cost.
    """
    ratings: float
    """
    Total number of ratings the voice has received.
    """
    total_ratings: float
    """
    Alias of `ratings` returned for backwards compatibility.
    """
    average_rating: float
    """
    Average rating, 0-5.
    """
    my_rating: float | None = None
    """
    The calling user's rating for this voice, if any. `null` when the caller has not rated it. Submit via [Rate Voice](https://docs.bland.ai/api-v1/post/voices-id-rate).
    """
    creator_display_name: str | None = None
    """
    Creator name for voices in the creator program. `null` otherwise.
    """


class VoiceSample(BaseModel):
    id: str
    """
    UUID of the sample.
    """
    voice_id: str
    """
    UUID of the parent voice.
    """
    transcription: str | None = None
    """
    Transcribed text for the sample. `null` if transcription has not been generated yet.
    """
    duration_seconds: float
    """
    Length of the sample audio.
    """
    audio_data: str | None = None
    """
    Base64-encoded audio. Only present when `include_audio=true`.
    """
    created_at: str
    """
    ISO 8601 timestamp.
    """


class AddVoiceSampleResponse(BaseModel):
    status: str
    """
    `success` on success.
    """
    samples: list[VoiceSample]
    """
    The samples currently attached to the voice after the update. See [List Voice Samples](https://docs.bland.ai/api-v1/get/voices-id-samples#response) for field shape.
    """


class BlandError(BaseModel):
    """
    The error envelope of every Bland endpoint.
    """

    data: Annotated[None, Field(None)] = None
    errors: list[BlandErrorItem]


class CloneVoiceResponse(BaseModel):
    data: CloneVoiceResponseData
    errors: list[Any] | None = None
    """
    `null` on success.
    """


class DeleteVoiceResponse(BaseModel):
    data: DeleteVoiceResponseData
    """
    Confirmation that the voice was deleted.
    """
    errors: list[Any] | None = None
    """
    `null` on success.
    """


class DeleteVoiceSamplesResponse(BaseModel):
    status: str
    """
    `success` on success.
    """
    samples: list[VoiceSample]
    """
    The samples remaining on the voice after the deletion.
    """


class GetVoiceResponse(BaseModel):
    voice: Voice
    """
    The voice record. See [List Voices](https://docs.bland.ai/api-v1/get/voices#response) for the full field list.
    """


class GetVoiceSampleResponse(BaseModel):
    sample: VoiceSample
    """
    Only present in JSON mode.
    """


class ListVoiceSamplesResponse(BaseModel):
    samples: list[VoiceSample]
    """
    Array of training sample records. Empty array for V3 voices.
    """


class ListVoicesResponse(BaseModel):
    voices: list[Voice]
    """
    Array of voices.
    """


class RenameVoiceResponse(BaseModel):
    data: RenameVoiceResponseData
    errors: list[Any] | None = None
    """
    `null` on success.
    """
