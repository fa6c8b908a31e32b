"""The Burki API resources."""

from .assistants import AssistantsResource, AsyncAssistantsResource
from .cloned_voices import AsyncClonedVoicesResource, ClonedVoicesResource

__all__ = [
    "AssistantsResource",
    "AsyncAssistantsResource",
    "AsyncClonedVoicesResource",
    "ClonedVoicesResource",
]
