"""Every status a vendor documents reads as a shared status, and the vendor's word is kept;
a status the docs do not list reads as None rather than as a guess."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

import pytest
import yaml
from voiceclone._cloner import ClonedVoice, _voice

NORMALIZED = Path(__file__).resolve().parents[2] / "specs" / "normalized"
# Each vendor's documented statuses and what they mean, read from the docs (not the overlay).
EXPECTED = {
    "burki": {"processing": "processing", "ready": "ready", "failed": "failed",
              "archived": "archived"},
    "truedy": {"training": "processing", "processing": "processing", "active": "ready",
               "failed": "failed"},
}  # fmt: skip


def _spec(vendor: str) -> Any:
    return yaml.safe_load((NORMALIZED / f"{vendor}.yaml").read_text(encoding="utf-8"))


_PLACEHOLDERS = {"string": "x", "integer": 1, "number": 1.0, "boolean": False, "array": []}


def _with_required(vendor: str, schema: str, given: dict[str, Any]) -> dict[str, Any]:
    """``given`` and a placeholder for every other field the schema requires."""
    component = _spec(vendor)["components"]["schemas"][schema]
    filled = dict(given)
    for name in component.get("required", []):
        kind = component["properties"][name].get("type", "string")
        kinds = kind if isinstance(kind, list) else [kind]
        filled.setdefault(name, _PLACEHOLDERS.get(next(k for k in kinds if k != "null"), {}))
    return filled


def _documented(vendor: str) -> tuple[str, list[str]]:
    spec = _spec(vendor)
    voice = spec["x-clientgen-cloner"]["voice"]
    prop = spec["components"]["schemas"][voice["schema"]]["properties"][voice["fields"]["status"]]
    return voice["schema"], list(prop["enum"])


def _read(vendor: str, status: str) -> ClonedVoice:
    module = importlib.import_module(f"voiceclone.{vendor}._cloner")
    schema, _ = _documented(vendor)
    types = importlib.import_module(f"voiceclone.{vendor}.types")
    identifier = 1 if vendor == "burki" else "v1"  # Burki's ids are integers
    fields = {"name": "n", "provider": "p", "language": "en", "created_at": "2026-01-01"}
    model: Any = getattr(types, schema).model_validate(
        _with_required(vendor, schema, {"id": identifier, "status": status, **fields})
    )
    voice: ClonedVoice = _voice(vendor, module.VOICE, model)
    return voice


@pytest.mark.parametrize("vendor", sorted(EXPECTED))
def test_every_documented_status_has_its_shared_meaning(vendor: str) -> None:
    _, documented = _documented(vendor)
    assert sorted(documented) == sorted(EXPECTED[vendor])
    for status in documented:
        voice = _read(vendor, status)
        assert (voice.status, voice.vendor_status) == (EXPECTED[vendor][status], status)


@pytest.mark.parametrize("vendor", sorted(EXPECTED))
def test_an_undocumented_status_is_kept_but_not_guessed(vendor: str) -> None:
    voice = _read(vendor, "queued_for_review")
    assert (voice.status, voice.vendor_status) == (None, "queued_for_review")


def test_bland_voices_are_ready_when_they_exist() -> None:
    from voiceclone.bland.types import Voice

    mine = Voice.model_validate(_with_required("bland", "Voice", {"id": "b1", "name": "Mine"}))
    voice = _voice("bland", importlib.import_module("voiceclone.bland._cloner").VOICE, mine)
    assert (voice.id, voice.status, voice.vendor_status) == ("b1", "ready", None)
    assert voice.raw == mine
