"""The Pet Store resources (each module imported when first asked for)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .pets import AsyncPetsResource, PetsResource

_MODULES: dict[str, str] = {
    "AsyncPetsResource": "pets",
    "PetsResource": "pets",
}

__all__ = [
    "AsyncPetsResource",
    "PetsResource",
]


def __getattr__(name: str) -> Any:
    if name in _MODULES:
        return getattr(importlib.import_module(f".{_MODULES[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
