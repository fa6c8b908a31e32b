"""Burki: ``assistants.cloned_voices.list`` over a mock transport."""

from __future__ import annotations

from typing import Any

import pytest
import voiceclone
from voiceclone.burki.types import ClonedVoice, ListClonedVoicesResponse

from .conftest import API_KEY, MakeClient, Recorder, Reply, assert_key_hidden, load_spec

#: A cloned voice with every field the docs list, the nullable ones null.
NEVER_USED_VOICE: dict[str, Any] = {
    "id": 17,
    "name": "Support Agent (Jane)",
    "provider": "elevenlabs",
    "provider_voice_id": "pNInz6obpgDQGcFmaJgB",
    "language": "en",
    "gender": None,
    "status": "ready",
    "quality_score": None,
    "created_at": "2026-02-11T09:15:00Z",
    "last_used_at": None,
    "synthesis_count": 0,
}
USED_VOICE: dict[str, Any] = {
    **NEVER_USED_VOICE,
    "id": 18,
    "gender": "female",
    "quality_score": 0.92,
    "last_used_at": "2026-03-01T12:00:00Z",
    "synthesis_count": 41,
}


def listing(*voices: dict[str, Any]) -> Reply:
    return Reply.json({"success": True, "cloned_voices": list(voices)})


def test_the_fixture_covers_every_documented_field() -> None:
    documented = load_spec("burki")["components"]["schemas"]["ClonedVoice"]["properties"]
    assert set(NEVER_USED_VOICE) == set(documented)


def test_list_sends_filters_and_bearer_key(make_client: MakeClient) -> None:
    recorder = Recorder(listing())

    make_client("burki", recorder).assistants.cloned_voices.list(
        1, status="ready", provider="elevenlabs"
    )

    request = recorder.only
    assert request.method == "GET"
    assert (
        str(request.url)
        == "https://api.burki.dev/api/v1/assistants/1/cloned-voices?status=ready&provider=elevenlabs"
    )
    assert request.headers["authorization"] == f"Bearer {API_KEY}"


@pytest.mark.parametrize("base_url", ["https://my-burki.example", "https://my-burki.example/"])
def test_base_url_is_the_deployment_root(make_client: MakeClient, base_url: str) -> None:
    recorder = Recorder(listing())

    make_client("burki", recorder, base_url=base_url).assistants.cloned_voices.list(1)

    assert str(recorder.only.url) == "https://my-burki.example/api/v1/assistants/1/cloned-voices"


def test_list_parses_every_documented_field(make_client: MakeClient) -> None:
    recorder = Recorder(listing(NEVER_USED_VOICE, USED_VOICE))

    result = make_client("burki", recorder).assistants.cloned_voices.list(1)

    assert isinstance(result, ListClonedVoicesResponse)
    assert result.success is True
    assert [type(voice) for voice in result.cloned_voices] == [ClonedVoice, ClonedVoice]
    never_used, used = result.cloned_voices
    assert never_used.model_dump() == NEVER_USED_VOICE
    assert never_used.gender is None
    assert never_used.last_used_at is None
    assert never_used.quality_score is None
    assert used.gender == "female"
    assert used.quality_score == 0.92
    assert used.last_used_at == "2026-03-01T12:00:00Z"
    assert used.synthesis_count == 41


@pytest.mark.parametrize(("field", "value"), [("status", "migrating"), ("gender", "neutral")])
def test_values_the_docs_do_not_list_still_parse(
    make_client: MakeClient, field: str, value: str
) -> None:
    recorder = Recorder(listing({**USED_VOICE, field: value}))

    (voice,) = make_client("burki", recorder).assistants.cloned_voices.list(1).cloned_voices

    assert getattr(voice, field) == value


def test_validation_error_raises_unprocessable_entity(make_client: MakeClient) -> None:
    body = {
        "detail": [
            {
                "loc": ["query", "status"],
                "msg": "Input should be 'processing', 'ready', 'failed' or 'archived'",
                "type": "enum",
            }
        ]
    }
    recorder = Recorder(Reply.json(body, status_code=422))

    with pytest.raises(voiceclone.UnprocessableEntityError) as caught:
        make_client("burki", recorder).assistants.cloned_voices.list(1, status="bogus")

    error = caught.value
    assert error.status_code == 422
    assert error.code == "enum"
    assert error.message == "Input should be 'processing', 'ready', 'failed' or 'archived'"
    assert recorder.only.url.params["status"] == "bogus"  # sent once, not retried
    assert_key_hidden(error)
