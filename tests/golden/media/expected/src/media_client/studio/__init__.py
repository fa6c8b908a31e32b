"""Studio: typed clients and models.

from media_client.studio import Studio

client = Studio()  # reads STUDIO_API_KEY
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._client import AsyncStudio, Studio

if TYPE_CHECKING:
    from . import types

__all__ = [
    "AsyncStudio",
    "Studio",
    "types",
]


def __getattr__(name: str) -> Any:
    # The models (and the cloner, what connect() returns) are imported when first asked for.
    if name == "types":
        return importlib.import_module(f"{__name__}.types")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
