"""The page model every markdown and text reader fills: one operation as a page documents it.

A reader knows a format (Mintlify components, prose bullets, scraped lines) and turns what it
reads into a :class:`Page`; :mod:`clientgen.sources.readers.page_openapi` alone turns a page into
its OpenAPI 3.1 document, so that the readers agree on what a parameter, a body and an
operation become. (The OpenAPI reader, ``embedded_openapi``, has its document already.)

Schemas, examples and responses are held as the OpenAPI objects the reader built: how a field's
type, enum or default reads differs by format, and the reader that knows the format writes it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from clientgen.core.diagnostics import Diagnostic

ParameterLocation = Literal["path", "query", "header", "cookie"]
PARAMETER_LOCATIONS: tuple[ParameterLocation, ...] = ("path", "query", "header", "cookie")


@dataclass(frozen=True)
class Parameter:
    """A path, query, header or cookie parameter, as documented on the page."""

    name: str
    location: ParameterLocation
    schema: dict[str, Any]
    required: bool = False
    description: str = ""
    deprecated: bool = False
    line: int | None = None
    # The page calls a path parameter optional: OpenAPI cannot, and the reader says so.
    said_optional: bool = False


@dataclass(frozen=True)
class RequestBody:
    """The body the operation takes, in one media type."""

    media_type: str
    # The OpenAPI Media Type Object: ``schema`` and ``examples``.
    content: dict[str, Any]
    required: bool = False
    description: str = ""


@dataclass
class Page:
    """One page's operation, read, before it becomes an OpenAPI document."""

    method: str  # lower case, as OpenAPI's path items key it
    route: str
    server: str | None
    title: str  # the document's info.title
    summary: str | None
    description: str
    parameters: list[Parameter]
    request_body: RequestBody | None
    responses: dict[str, Any]  # the OpenAPI Responses Object
    deprecated: bool = False
    warnings: list[Diagnostic] = field(default_factory=list)


def parameter_location(text: str | None) -> ParameterLocation:
    """``"query"`` as a :data:`ParameterLocation`; a reader files only these as parameters."""
    for location in PARAMETER_LOCATIONS:
        if text == location:
            return location
    raise ValueError(f"not a parameter location: {text!r}")
