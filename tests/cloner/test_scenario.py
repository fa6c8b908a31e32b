"""One scenario, unchanged, against every vendor through ``connect``: clone from a file, wait
until ready, list, download a sample where the vendor has one, delete. Each vendor is a local
server answering as its docs say (vendor_servers.py); what a vendor lacks is skipped by asking
``capabilities``, and calling it anyway raises ``UnsupportedOperation``."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
import voiceclone

from audio_samples import silent_wav
from cloner.vendor_servers import Vendor, serve

# What differs between vendors is data: what connect() needs, and what must happen.
CONNECT: dict[str, dict[str, Any]] = {
    "bland": {},
    "burki": {"assistant_id": 7, "provider": "elevenlabs"},
    "truedy": {},
}
EXPECTED = {
    "bland": ["clone", "wait", "list", "download", "delete"],
    "burki": ["clone", "wait", "list", "delete"],
    "truedy": ["clone"],
}
OPERATIONS = (
    "list_voices",
    "get_voice",
    "delete_voice",
    "list_samples",
    "add_samples",
    "download_sample",
    "wait_until_ready",
)


def scenario(cloner: voiceclone.VoiceCloner, sample: Path, folder: Path) -> list[str]:
    done = ["clone"]
    voice = cloner.clone("Scenario voice", [sample])
    assert voice.vendor == cloner.vendor and voice.name == "Scenario voice"
    if "wait_until_ready" in cloner.capabilities:
        voice = cloner.wait_until_ready(voice.id, timeout=10, poll_interval=0.01)
        assert voice.status == "ready"
        done.append("wait")
    if "list_voices" in cloner.capabilities:
        assert voice.id in [v.id for v in cloner.list_voices(status="ready")]
        done.append("list")
    if "download_sample" in cloner.capabilities:
        sample_id = cloner.list_samples(voice.id)[0].id
        written = cloner.download_sample(voice.id, sample_id, folder / "sample.wav")
        assert written.read_bytes()[:4] == b"RIFF"
        done.append("download")
    if "delete_voice" in cloner.capabilities:
        cloner.delete_voice(voice.id)
        done.append("delete")
    return done


async def async_scenario(
    cloner: voiceclone.AsyncVoiceCloner, sample: Path, folder: Path
) -> list[str]:
    done = ["clone"]
    voice = await cloner.clone("Scenario voice", [sample])
    assert voice.vendor == cloner.vendor and voice.name == "Scenario voice"
    if "wait_until_ready" in cloner.capabilities:
        voice = await cloner.wait_until_ready(voice.id, timeout=10, poll_interval=0.01)
        assert voice.status == "ready"
        done.append("wait")
    if "list_voices" in cloner.capabilities:
        assert voice.id in [v.id for v in await cloner.list_voices(status="ready")]
        done.append("list")
    if "download_sample" in cloner.capabilities:
        sample_id = (await cloner.list_samples(voice.id))[0].id
        written = await cloner.download_sample(voice.id, sample_id, folder / "sample.wav")
        assert written.read_bytes()[:4] == b"RIFF"
        done.append("download")
    if "delete_voice" in cloner.capabilities:
        await cloner.delete_voice(voice.id)
        done.append("delete")
    return done


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    path = tmp_path / "me.wav"
    path.write_bytes(silent_wav())
    return path


@pytest.mark.parametrize("vendor", sorted(CONNECT))
def test_the_scenario_runs_against_every_vendor(vendor: str, sample: Path, tmp_path: Path) -> None:
    server = Vendor(vendor)
    with serve(server) as url:
        options = {"api_key": "k", "base_url": url, "max_retries": 0, **CONNECT[vendor]}
        with voiceclone.connect(vendor, **options) as cloner:
            assert scenario(cloner, sample, tmp_path) == EXPECTED[vendor]
    assert server.voices == {} or vendor == "truedy"  # deleted where the vendor can delete
    if vendor == "burki":  # the voice was processing for two reads: waiting polled past them
        assert server.requests.count("GET /api/v1/assistants/cloned-voices") >= 3


@pytest.mark.parametrize("vendor", sorted(CONNECT))
def test_the_scenario_runs_async_against_every_vendor(
    vendor: str, sample: Path, tmp_path: Path
) -> None:
    server = Vendor(vendor)

    async def run(url: str) -> list[str]:
        options = {"api_key": "k", "base_url": url, "max_retries": 0, **CONNECT[vendor]}
        async with voiceclone.connect_async(vendor, **options) as cloner:
            return await async_scenario(cloner, sample, tmp_path)

    with serve(server) as url:
        assert asyncio.run(run(url)) == EXPECTED[vendor]
    assert server.voices == {} or vendor == "truedy"
    if vendor == "burki":
        assert server.requests.count("GET /api/v1/assistants/cloned-voices") >= 3


@pytest.mark.parametrize("vendor", sorted(CONNECT))
def test_what_a_vendor_lacks_raises_unsupported_operation(vendor: str) -> None:
    cloner = voiceclone.connect(vendor, api_key="k", **CONNECT[vendor])
    lacking = [name for name in OPERATIONS if name not in cloner.capabilities]
    for name in lacking:
        method = getattr(cloner, name)
        arguments: list[Any] = {"list_voices": [], "get_voice": ["v"], "delete_voice": ["v"],
                                "list_samples": ["v"], "add_samples": ["v", []],
                                "download_sample": ["v", "s", "."],
                                "wait_until_ready": ["v"]}[name]  # fmt: skip
        with pytest.raises(voiceclone.UnsupportedOperation) as error:
            method(*arguments)
        assert str(error.value) == f"{vendor} offers no {name}"
        assert isinstance(error.value, voiceclone.VoiceCloneError)
    assert (vendor != "truedy") or lacking == list(OPERATIONS)


def test_an_unknown_vendor_is_named_with_the_known_ones() -> None:
    with pytest.raises(
        ValueError, match=r"unknown vendor 'elevenlabs'; known: bland, burki, truedy"
    ):
        voiceclone.connect("elevenlabs")


def test_burki_clones_from_exactly_one_file(sample: Path) -> None:
    cloner = voiceclone.connect("burki", api_key="k", **CONNECT["burki"])
    with pytest.raises(ValueError, match="burki clones a voice from exactly one file, not 2"):
        cloner.clone("Two", [sample, sample])


def test_bland_adds_samples_to_a_voice(sample: Path) -> None:
    server = Vendor("bland")
    with serve(server) as url, voiceclone.connect("bland", api_key="k", base_url=url) as cloner:
        voice = cloner.clone("Mine", [sample])
        assert cloner.add_samples(voice.id, [sample, sample]) is None
    assert server.requests[-1] == "POST /v1/voices/samples"
