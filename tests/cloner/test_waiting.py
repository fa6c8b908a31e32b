"""wait_until_ready polls with backoff until the voice is ready, and ends in a typed error when
the voice fails or the time runs out; a voice found in a list that lacks it is not found."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
import voiceclone
from voiceclone import _cloner

from cloner.vendor_servers import Vendor, serve


def _burki(url: str) -> voiceclone.VoiceCloner:
    options = {"assistant_id": 7, "provider": "elevenlabs"}
    return voiceclone.connect("burki", api_key="k", base_url=url, max_retries=0, **options)


def _one_voice(server: Vendor, status: str) -> str:
    server.voices["5"] = {"id": 5, "name": "v", "status": status, "language": "en"}
    return "5"


def test_a_voice_that_fails_raises_voice_clone_failed() -> None:
    server = Vendor("burki", processing_polls=10**6)
    voice_id = _one_voice(server, "failed")
    with serve(server) as url, pytest.raises(voiceclone.VoiceCloneFailed) as error:
        _burki(url).wait_until_ready(voice_id, timeout=5, poll_interval=0.01)
    assert error.value.voice.status == "failed"
    assert str(error.value) == "burki voice '5' is failed (the vendor says 'failed')"
    assert isinstance(error.value, voiceclone.VoiceCloneError)


def test_time_running_out_raises_voice_not_ready(monkeypatch: pytest.MonkeyPatch) -> None:
    server = Vendor("burki", processing_polls=10**6)
    voice_id = _one_voice(server, "processing")
    pauses: list[float] = []
    clock = [0.0]
    monkeypatch.setattr(_cloner.time, "monotonic", lambda: clock[0])

    def sleep(seconds: float) -> None:
        pauses.append(seconds)
        clock[0] += seconds

    monkeypatch.setattr(_cloner.time, "sleep", sleep)
    with serve(server) as url, pytest.raises(voiceclone.VoiceNotReady) as error:
        _burki(url).wait_until_ready(voice_id, timeout=10, poll_interval=1)
    assert error.value.voice.status == "processing" and error.value.timeout == 10
    # Backoff: half as long again each time, capped at 8x the interval, never past the end.
    assert pauses == [1, 1.5, 2.25, 3.375, 1.875]
    assert sum(pauses) == 10


def test_an_archived_voice_is_not_waited_on() -> None:
    server = Vendor("burki")
    voice_id = _one_voice(server, "archived")
    with serve(server) as url, pytest.raises(voiceclone.VoiceCloneFailed, match="is archived"):
        _burki(url).wait_until_ready(voice_id, timeout=5, poll_interval=0.01)


def test_a_voice_not_in_the_list_is_not_found() -> None:
    with serve(Vendor("burki")) as url, pytest.raises(voiceclone.VoiceNotFound) as error:
        _burki(url).get_voice("404")
    assert str(error.value) == "burki has no voice '404'"


def test_waiting_async_polls_until_ready() -> None:
    server = Vendor("burki", processing_polls=3)
    voice_id = _one_voice(server, "processing")
    server.polls[voice_id] = 0

    async def wait(url: str) -> Any:
        options = {"api_key": "k", "base_url": url, "max_retries": 0, "assistant_id": 7}
        options["provider"] = "elevenlabs"
        async with voiceclone.connect_async("burki", **options) as cloner:
            return await cloner.wait_until_ready(voice_id, timeout=10, poll_interval=0.01)

    with serve(server) as url:
        voice = asyncio.run(wait(url))
    assert (voice.status, voice.vendor_status) == ("ready", "ready")
    assert server.requests.count("GET /api/v1/assistants/cloned-voices") == 4


def test_bad_waiting_arguments_are_refused() -> None:
    with pytest.raises(ValueError, match="poll_interval"):
        voiceclone.connect("bland", api_key="k").wait_until_ready("v", poll_interval=0)


def test_a_status_the_docs_do_not_list_ends_the_wait() -> None:
    server = Vendor("burki", processing_polls=10**6)
    voice_id = _one_voice(server, "queued_for_review")
    with serve(server) as url, pytest.raises(voiceclone.UnknownVoiceStatus) as error:
        _burki(url).wait_until_ready(voice_id, timeout=5, poll_interval=0.01)
    assert str(error.value) == (
        "burki voice '5' has the status 'queued_for_review', which its docs do not list"
    )


def test_listing_by_status_leaves_the_others_out() -> None:
    server = Vendor("burki", processing_polls=10**6)
    server.voices["1"] = {"id": 1, "name": "a", "status": "ready"}
    server.voices["2"] = {"id": 2, "name": "b", "status": "processing"}
    with serve(server) as url:
        cloner = _burki(url)
        assert [v.id for v in cloner.list_voices(status="ready")] == ["1"]
        assert [v.id for v in cloner.list_voices(status="processing")] == ["2"]
        assert [v.id for v in cloner.list_voices()] == ["1", "2"]


def test_an_id_that_cannot_be_burkis_is_no_voice_of_it() -> None:
    with serve(Vendor("burki")) as url, pytest.raises(voiceclone.VoiceNotFound):
        _burki(url).delete_voice("not-a-number")
