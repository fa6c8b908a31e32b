"""Misuse of the shared interface is a ``CloneArgumentError`` (a ``VoiceCloneError``), raised
before any request: an unknown vendor, an option a vendor does not take (at ``connect`` or
as a vendor option of ``clone``), several files where a vendor clones from one, one path
where a list of files is taken. Every vendor with a cloner is checked, read from its spec."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest
import voiceclone
import yaml

from audio_samples import silent_wav

NORMALIZED = Path(__file__).resolve().parents[2] / "specs" / "normalized"
_EXAMPLES = {"integer": 1, "number": 1.0, "boolean": True, "string": "x"}


def _declarations() -> dict[str, dict[str, Any]]:
    found = {}
    for path in sorted(NORMALIZED.glob("*.yaml")):
        declared = yaml.safe_load(path.read_text(encoding="utf-8")).get("x-clientgen-cloner")
        if declared:
            found[path.stem] = declared
    return found


DECLARED = _declarations()


class NoRequests:
    """A transport that fails the test if anything is sent."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(500, request=request)


def connect(vendor: str, transport: NoRequests, **extra: Any) -> voiceclone.VoiceCloner:
    options = {n: _EXAMPLES[o["type"]] for n, o in (DECLARED[vendor].get("options") or {}).items()}
    cloner: voiceclone.VoiceCloner = voiceclone.connect(  # type: ignore[call-overload]
        vendor,
        api_key="k",
        http_client=httpx.Client(transport=httpx.MockTransport(transport)),
        **options,
        **extra,
    )
    return cloner


def test_an_unknown_vendor() -> None:
    with pytest.raises(voiceclone.CloneArgumentError, match="unknown vendor 'nope'; known: "):
        voiceclone.connect("nope", api_key="k")  # type: ignore[call-overload]


@pytest.mark.parametrize("vendor", sorted(DECLARED))
def test_a_misspelt_connect_option(vendor: str) -> None:
    transport = NoRequests()
    with pytest.raises(voiceclone.CloneArgumentError, match="'api_kye'") as caught:
        connect(vendor, transport, api_kye="k")

    assert isinstance(caught.value, voiceclone.VoiceCloneError)
    assert "api_key" in str(caught.value)  # the options it does take are listed
    assert transport.requests == []


@pytest.mark.parametrize("vendor", sorted(DECLARED))
def test_a_misspelt_vendor_option_of_clone_fails_before_the_upload(
    vendor: str, tmp_path: Path
) -> None:
    transport = NoRequests()
    sample = tmp_path / "s.wav"
    sample.write_bytes(silent_wav(frames=8))
    cloner = connect(vendor, transport)
    if "clone" not in cloner.capabilities:
        pytest.skip(f"{vendor} does not clone")

    with pytest.raises(voiceclone.CloneArgumentError, match="'not_an_option'"):
        cloner.clone("v", [sample], not_an_option=1)

    assert transport.requests == []


@pytest.mark.parametrize("vendor", sorted(DECLARED))
def test_one_path_for_the_list_of_files(vendor: str) -> None:
    transport = NoRequests()
    cloner = connect(vendor, transport)

    with pytest.raises(voiceclone.InvalidFileError, match="takes a list of files"):
        cloner.clone("v", "sample.wav")  # type: ignore[arg-type]

    assert transport.requests == []


def _clones_from_one_file(declared: dict[str, Any]) -> bool:
    """The declaration passes ``files.0`` (the first file) to a step of ``clone``."""
    steps = (declared.get("operations") or {}).get("clone") or []
    steps = steps if isinstance(steps, list) else [steps]
    return any("files.0" in (step.get("args") or {}).values() for step in steps)


ONE_FILE = [vendor for vendor, declared in DECLARED.items() if _clones_from_one_file(declared)]


def test_some_vendor_clones_from_one_file() -> None:
    assert ONE_FILE


@pytest.mark.parametrize("vendor", ONE_FILE)
def test_several_files_where_the_vendor_clones_from_one(vendor: str, tmp_path: Path) -> None:
    transport = NoRequests()
    sample = tmp_path / "s.wav"
    sample.write_bytes(silent_wav(frames=8))

    with pytest.raises(voiceclone.CloneArgumentError, match="exactly one file, not 2"):
        connect(vendor, transport).clone("v", [sample, sample])

    assert transport.requests == []
