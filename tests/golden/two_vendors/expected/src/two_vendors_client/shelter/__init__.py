"""Pet Store: typed clients and models.

from two_vendors_client.shelter import Shelter

client = Shelter()  # reads SHELTER_API_KEY
"""

from . import types
from ._client import AsyncShelter, Shelter

__all__ = ["AsyncShelter", "Shelter", "types"]
