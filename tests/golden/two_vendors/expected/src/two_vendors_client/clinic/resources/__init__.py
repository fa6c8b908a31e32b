"""The Clinic resources."""

from .visits import AsyncVisitsResource, VisitsResource

__all__ = [
    "AsyncVisitsResource",
    "VisitsResource",
]
