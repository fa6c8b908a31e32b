"""Clinic: typed clients and models.

from two_vendors_client.clinic import Clinic

client = Clinic()  # reads CLINIC_API_KEY
"""

from . import types
from ._client import AsyncClinic, Clinic

__all__ = ["AsyncClinic", "Clinic", "types"]
