"""Models of the petstore_client.petstore API (from its normalized spec)."""

from __future__ import annotations

from typing import Literal

from petstore_client._models import BaseModel


class CreatePetRequest(BaseModel):
    name: str
    tag: str | None = None


class Error(BaseModel):
    code: str | None = None
    message: str | None = None


class PetOwner(BaseModel):
    name: str | None = None


class Pet(BaseModel):
    id: int
    name: str
    """
    The pet's name.
    """
    status: Literal["available", "sold"] | str | None = None
    owner: PetOwner | None = None


class ListPetsResponse(BaseModel):
    pets: list[Pet]
    next_cursor: str | None = None
