"""Clinic: typed clients and models.

from two_vendors_client.clinic import Clinic

client = Clinic()  # reads CLINIC_API_KEY
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._client import AsyncClinic, Clinic

if TYPE_CHECKING:
    from . import types

__all__ = [
    "AsyncClinic",
    "Clinic",
    "types",
]


def __getattr__(name: str) -> Any:
    # The models (and the cloner, what connect() returns) are imported when first asked for.
    if name == "types":
        return importlib.import_module(f"{__name__}.types")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
