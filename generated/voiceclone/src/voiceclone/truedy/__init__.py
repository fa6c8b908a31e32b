"""Truedy: typed clients and models.

from voiceclone.truedy import Truedy

client = Truedy()  # reads TRUEDY_API_KEY
"""

from . import types
from ._client import AsyncTruedy, Truedy

__all__ = ["AsyncTruedy", "Truedy", "types"]
