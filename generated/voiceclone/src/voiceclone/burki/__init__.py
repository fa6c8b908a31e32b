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

__all__ = ["AsyncBurki", "Burki", "types"]


def __getattr__(name: str) -> Any:
    # The models are imported when first asked for (or by the first resource used).
    if name == "types":
        return importlib.import_module(f"{__name__}.types")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
