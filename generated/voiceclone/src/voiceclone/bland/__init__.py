"""Bland AI API: typed clients and models.

from voiceclone.bland import Bland

client = Bland()  # reads BLAND_API_KEY
"""

from . import types
from ._client import AsyncBland, Bland

__all__ = ["AsyncBland", "Bland", "types"]
