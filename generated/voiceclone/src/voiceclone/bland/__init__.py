"""Bland AI API: typed clients and models.

from voiceclone.bland import Bland

client = Bland()  # reads BLAND_API_KEY
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._client import AsyncBland, Bland

if TYPE_CHECKING:
    from . import types
    from ._cloner import AsyncBlandVoiceCloner, BlandVoiceCloner

__all__ = [
    "AsyncBland",
    "AsyncBlandVoiceCloner",
    "Bland",
    "BlandVoiceCloner",
    "types",
]


def __getattr__(name: str) -> Any:
    # The models (and the cloner, what connect() returns) are imported when first asked for.
    if name == "types":
        return importlib.import_module(f"{__name__}.types")
    if name in ("BlandVoiceCloner", "AsyncBlandVoiceCloner"):
        return getattr(importlib.import_module(f"{__name__}._cloner"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
