"""The Pet Store resources."""

from .pets import AsyncPetsResource, PetsResource

__all__ = [
    "AsyncPetsResource",
    "PetsResource",
]
