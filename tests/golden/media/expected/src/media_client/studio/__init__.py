"""Studio: typed clients and models.

from media_client.studio import Studio

client = Studio()  # reads STUDIO_API_KEY
"""

from . import types
from ._client import AsyncStudio, Studio

__all__ = ["AsyncStudio", "Studio", "types"]
