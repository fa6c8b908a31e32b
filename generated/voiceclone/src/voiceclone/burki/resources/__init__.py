"""The Burki API resources (each module imported when first asked for)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .assistants import AssistantsResource, AsyncAssistantsResource
    from .cloned_voices import AsyncClonedVoicesResource, ClonedVoicesResource

_MODULES: dict[str, str] = {
    "AsyncClonedVoicesResource": "cloned_voices",
    "ClonedVoicesResource": "cloned_voices",
    "AsyncAssistantsResource": "assistants",
    "AssistantsResource": "assistants",
}

__all__ = [
    "AssistantsResource",
    "AsyncAssistantsResource",
    "AsyncClonedVoicesResource",
    "ClonedVoicesResource",
]


def __getattr__(name: str) -> Any:
    if name in _MODULES:
        return getattr(importlib.import_module(f".{_MODULES[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
