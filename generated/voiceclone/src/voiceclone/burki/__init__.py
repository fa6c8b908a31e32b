"""Burki API: typed clients and models.

from voiceclone.burki import Burki

client = Burki()  # reads BURKI_API_KEY
"""

from . import types
from ._client import AsyncBurki, Burki

__all__ = ["AsyncBurki", "Burki", "types"]
