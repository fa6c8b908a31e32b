"""The Bland AI API resources."""

from .voices import AsyncVoicesResource, VoicesResource

__all__ = [
    "AsyncVoicesResource",
    "VoicesResource",
]
