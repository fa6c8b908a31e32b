"""A :class:`~clientgen.sources.readers.page.Page` into its OpenAPI 3.1 document.

The one place where what a reader read becomes OpenAPI, so that every format makes the same
document of the same facts; and the checks of a page's parameters against its path, which
every format needs alike.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from clientgen.sources.readers.page import Page, Parameter, RequestBody

ROUTE_PARAMETER = re.compile(r"\{([^{}/]+)\}")
Warn = Callable[[str, int | None], None]


def openapi_document(page: Page) -> dict[str, Any]:
    """The document of one operation: info, servers and the one path item."""
    operation: dict[str, Any] = {}
    if page.summary:
        operation["summary"] = page.summary
    if page.description:
        operation["description"] = page.description
    if page.deprecated:
        operation["deprecated"] = True
    if page.parameters:
        operation["parameters"] = [parameter_object(p) for p in page.parameters]
    if page.request_body is not None:
        operation["requestBody"] = request_body_object(page.request_body)
    operation["responses"] = page.responses
    document: dict[str, Any] = {
        "openapi": "3.1.0",
        "info": {"title": page.title, "version": "0.0.0"},
    }
    if page.server:
        document["servers"] = [{"url": page.server}]
    document["paths"] = {page.route: {page.method: operation}}
    return document


def parameter_object(parameter: Parameter) -> dict[str, Any]:
    out: dict[str, Any] = {"name": parameter.name, "in": parameter.location}
    if parameter.required or parameter.location == "path":
        out["required"] = True
    if parameter.description:
        out["description"] = parameter.description
    if parameter.deprecated:
        out["deprecated"] = True
    out["schema"] = parameter.schema
    return out


def request_body_object(body: RequestBody) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if body.description:
        out["description"] = body.description
    if body.required:
        out["required"] = True
    out["content"] = {body.media_type: body.content}
    return out


def route_parameters(route: str) -> list[str]:
    """The names of the path's ``{parameters}``, in order."""
    return ROUTE_PARAMETER.findall(route)


def checked_parameters(
    documented: Iterable[Parameter], route: str, warn: Warn, *, untyped: dict[str, Any]
) -> list[Parameter]:
    """The page's parameters in page order, each once, with the path's own all there.

    A parameter documented twice keeps its first place; a path parameter the path lacks, or
    one called optional, is a warning; one the path has and the page does not document is
    added with the ``untyped`` schema (the format says what it may assume), and a warning.
    """
    in_route = route_parameters(route)
    kept: list[Parameter] = []
    for parameter in documented:
        name, location = parameter.name, parameter.location
        if any(p.name == name and p.location == location for p in kept):
            warn(f"{location} parameter {name!r} is documented twice", parameter.line)
            continue
        if location == "path":
            if parameter.said_optional:
                warn(
                    f"path parameter {name!r} is said to be optional; path parameters "
                    "are always required",
                    parameter.line,
                )
            if name not in in_route:
                warn(f"path parameter {name!r} is not in the path {route}", parameter.line)
        kept.append(parameter)
    on_page = {p.name for p in kept if p.location == "path"}
    assumed = "typed as a string" if untyped == {"type": "string"} else "added without a type"
    for name in in_route:
        if name not in on_page:
            warn(f"path parameter {name!r} is not documented; {assumed}", None)
            kept.append(Parameter(name, "path", dict(untyped), required=True))
    return kept
