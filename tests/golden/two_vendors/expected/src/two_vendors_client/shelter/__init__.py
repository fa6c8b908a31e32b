"""Pet Store: typed clients and models.

from two_vendors_client.shelter import Shelter

client = Shelter()  # reads SHELTER_API_KEY
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._client import AsyncShelter, Shelter

if TYPE_CHECKING:
    from . import types

__all__ = [
    "AsyncShelter",
    "Shelter",
    "types",
]


def __getattr__(name: str) -> Any:
    # The models (and the cloner, what connect() returns) are imported when first asked for.
    if name == "types":
        return importlib.import_module(f"{__name__}.types")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
