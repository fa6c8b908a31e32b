"""The base class of every generated model."""

from typing import TYPE_CHECKING

import pydantic
from pydantic import ConfigDict

if TYPE_CHECKING:
    from ._tolerant import SchemaMismatch

__all__ = ["BaseModel"]

_REQUEST_ID = "_request_id"
_MISMATCHES = "_mismatches"


class BaseModel(pydantic.BaseModel):
    """A pydantic model for an API object.

    Fields the API returns but the model does not declare are kept (``model_extra``), so a
    vendor adding a field never breaks parsing and the data is not lost. Fields can be set by
    their Python name or by their wire name (alias).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        # Vendors have fields such as ``model_id``; pydantic's reserved ``model_`` prefix would
        # warn on every import otherwise.
        protected_namespaces=(),
    )

    # What the client sets on the models it returns lives in pydantic's private storage, behind
    # properties that never collide with an API field. Not ``PrivateAttr``s: any private
    # attribute makes pydantic run Python code for every instance it validates, which more
    # than doubled the time to parse a list of models. Stored only when set, so a model equals
    # one built from the same data unless a request id or a mismatch tells them apart.

    @property
    def _request_id(self) -> str | None:
        """The server's id for the request that returned this model, or None."""
        value = self._private(_REQUEST_ID)
        return value if isinstance(value, str) else None

    @_request_id.setter
    def _request_id(self, value: str | None) -> None:
        self._set_private(_REQUEST_ID, value)

    @property
    def _mismatches(self) -> "tuple[SchemaMismatch, ...]":
        """Where the response this model was built from differed from its documented schema.

        Empty when it matched. Otherwise the model was rebuilt tolerantly: fields that did not
        match hold the value as sent, missing required fields are None.
        """
        value = self._private(_MISMATCHES)
        return value if isinstance(value, tuple) else ()

    @_mismatches.setter
    def _mismatches(self, value: "tuple[SchemaMismatch, ...]") -> None:
        self._set_private(_MISMATCHES, value or None)

    def _private(self, key: str) -> object:
        private = self.__pydantic_private__
        return None if private is None else private.get(key)

    def _set_private(self, key: str, value: object) -> None:
        private = dict(self.__pydantic_private__ or {})
        if value is None:
            private.pop(key, None)
        else:
            private[key] = value
        object.__setattr__(self, "__pydantic_private__", private or None)
