"""The Truedy resources."""

from .voices import AsyncVoicesResource, VoicesResource

__all__ = [
    "AsyncVoicesResource",
    "VoicesResource",
]
