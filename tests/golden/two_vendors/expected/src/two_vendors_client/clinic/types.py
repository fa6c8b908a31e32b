"""Models of the two_vendors_client.clinic API (from its normalized spec)."""

from __future__ import annotations

from two_vendors_client._models import BaseModel


class Visit(BaseModel):
    id: str | None = None
    notes: str | None = None
    """
    Free text. May contain \"\"\" and \\ characters.
    """
    follow_up: Visit | None = None


Visit.model_rebuild()
