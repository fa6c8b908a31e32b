"""Pet Store: typed clients and models.

from petstore_client.petstore import Petstore

client = Petstore()  # reads PETSTORE_API_KEY
"""

from . import types
from ._client import AsyncPetstore, Petstore

__all__ = ["AsyncPetstore", "Petstore", "types"]
