"""Pet Store: typed clients and models.

from petstore_client.petstore import Petstore

client = Petstore()  # reads PETSTORE_API_KEY
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._client import AsyncPetstore, Petstore

if TYPE_CHECKING:
    from . import types

__all__ = [
    "AsyncPetstore",
    "Petstore",
    "types",
]


def __getattr__(name: str) -> Any:
    # The models (and the cloner, what connect() returns) are imported when first asked for.
    if name == "types":
        return importlib.import_module(f"{__name__}.types")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
