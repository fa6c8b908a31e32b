"""Importing a client imports no resource module and no models: each is imported on first use
(a large API's package would otherwise cost its whole size at import)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "generated" / "voiceclone" / "src"

SCRIPT = """
import sys
import voiceclone
from voiceclone.burki import Burki

loaded = lambda: sorted(m for m in sys.modules if m.startswith("voiceclone.burki."))
assert loaded() == ["voiceclone.burki._client"], loaded()
client = Burki(api_key="k")
assert loaded() == ["voiceclone.burki._client"], loaded()
client.cloned_voices
assert "voiceclone.burki.resources.cloned_voices" in loaded(), loaded()
assert "voiceclone.burki.resources.assistants" not in loaded(), loaded()
assert "voiceclone.burki.types" in loaded()  # the resource's models came with it
assert client.cloned_voices is client.cloned_voices  # made once
from voiceclone.burki import types
assert types.ClonedVoice.__name__ == "ClonedVoice"
print("ok")
"""


def test_resources_and_models_are_imported_on_first_use() -> None:
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=False, env=env
    )
    assert done.stdout.strip() == "ok", done.stderr
