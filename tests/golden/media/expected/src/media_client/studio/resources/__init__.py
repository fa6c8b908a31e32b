"""The Studio resources."""

from .recordings import AsyncRecordingsResource, RecordingsResource
from .voices import AsyncVoicesResource, VoicesResource

__all__ = [
    "AsyncRecordingsResource",
    "AsyncVoicesResource",
    "RecordingsResource",
    "VoicesResource",
]
