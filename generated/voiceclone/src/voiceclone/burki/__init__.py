"""Burki API: typed clients and models.

from voiceclone.burki import Burki

client = Burki()  # reads BURKI_API_KEY
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._client import AsyncBurki, Burki

if TYPE_CHECKING:
    from . import types
    from ._cloner import AsyncBurkiVoiceCloner, BurkiVoiceCloner

__all__ = [
    "AsyncBurki",
    "AsyncBurkiVoiceCloner",
    "Burki",
    "BurkiVoiceCloner",
    "types",
]


def __getattr__(name: str) -> Any:
    # The models (and the cloner, what connect() returns) are imported when first asked for.
    if name == "types":
        return importlib.import_module(f"{__name__}.types")
    if name in ("BurkiVoiceCloner", "AsyncBurkiVoiceCloner"):
        return getattr(importlib.import_module(f"{__name__}._cloner"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
