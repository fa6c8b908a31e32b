"""The base class of every generated model."""

import pydantic
from pydantic import ConfigDict

__all__ = ["BaseModel"]

_REQUEST_ID = "_request_id"


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

    # The request id is set by the client on the model it returns, and never collides with an
    # API field. It is a property over pydantic's private storage, not a ``PrivateAttr``: any
    # private attribute makes pydantic run Python code for every instance it validates, which
    # more than doubled the time to parse a list of models. Stored only when set, so a model
    # equals one built from the same data unless a request id tells them apart (as before).

    @property
    def _request_id(self) -> str | None:
        private = self.__pydantic_private__
        value = None if private is None else private.get(_REQUEST_ID)
        return value if isinstance(value, str) else None

    @_request_id.setter
    def _request_id(self, value: str | None) -> None:
        private = dict(self.__pydantic_private__ or {})
        if value is None:
            private.pop(_REQUEST_ID, None)
        else:
            private[_REQUEST_ID] = value
        object.__setattr__(self, "__pydantic_private__", private or None)
