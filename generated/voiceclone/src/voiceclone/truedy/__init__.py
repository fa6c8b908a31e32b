"""Truedy: typed clients and models.

from voiceclone.truedy import Truedy

client = Truedy()  # reads TRUEDY_API_KEY
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._client import AsyncTruedy, Truedy

if TYPE_CHECKING:
    from . import types

__all__ = ["AsyncTruedy", "Truedy", "types"]


def __getattr__(name: str) -> Any:
    # The models are imported when first asked for (or by the first resource used).
    if name == "types":
        return importlib.import_module(f"{__name__}.types")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
