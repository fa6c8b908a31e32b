"""The base class of every generated model."""

import pydantic
from pydantic import ConfigDict, PrivateAttr

__all__ = ["BaseModel"]


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

    # Set by the client after parsing; private so that it never collides with an API field.
    _request_id: str | None = PrivateAttr(default=None)
