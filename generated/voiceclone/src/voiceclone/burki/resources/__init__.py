"""The Burki API resources."""

from .assistants import AssistantsResource, AsyncAssistantsResource

__all__ = [
    "AssistantsResource",
    "AsyncAssistantsResource",
]
