"""Step 4: the page model to an OpenAPI 3.1 document for the page's one operation."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from clientgen.sources.readers import PageOptions
from clientgen.sources.readers.field_types import has_file, sentences
from clientgen.sources.readers.front_matter import JSON_LANGUAGES
from clientgen.sources.readers.mintlify.examples import (
    HttpMessage,
    body_examples_in_fields,
    http_example,
    http_message,
    json_example,
    request_example,
)
from clientgen.sources.readers.mintlify.field_schema import object_schema, value_schema
from clientgen.sources.readers.mintlify.fields import DocumentedField
from clientgen.sources.readers.mintlify.page_builder import MintlifyPage
from clientgen.sources.readers.page_log import PageLog
from clientgen.sources.readers.page_operation import choose_operation, parse_operation
from clientgen.sources.readers.responses import (
    Example,
    add_example,
    build_responses,
    is_json_media,
    is_success_body,
    stated_success,
    titled_status,
)


def _responses(page: MintlifyPage, schema: dict[str, Any] | None, log: PageLog) -> dict[str, Any]:
    """The responses of the operation, from fields, examples and prose."""
    http = {e: http_message(e, log) for e in page.response_examples if e.language == "http"}
    examples: list[Example] = []
    for example in page.response_examples:
        if example.language == "http":
            message = http[example]
            if message is not None and message.status is None:
                log.warn("a request in a response example is not read", example.line + 1)
            elif message is not None:
                examples.append(http_example(example, message, log))
        elif example.language in JSON_LANGUAGES:
            examples.append(json_example(example, example.body, example.line + 1, log))
        # Other languages (curl, python, ...) show how to call the API: nothing to keep.
    return build_responses(
        examples=examples,
        stated=page.statements,
        success_description="\n\n".join(page.response_prose) or "Successful response",
        success_schema=schema,
        fits_success=lambda value: is_success_body(value, schema),
        success_status=_success_status(page, http.values()),
    )


def _success_status(page: MintlifyPage, messages: Iterable[HttpMessage | None]) -> str:
    stated = stated_success(s for text in page.response_prose for s in sentences(text))
    if stated is not None:
        return stated
    for message in messages:
        if message is not None and message.status and message.status.startswith("2"):
            return message.status
    for example in page.response_examples:
        titled = titled_status(example.title)
        if titled is not None and titled.startswith("2"):
            return titled
    return "200"


def _response_schema(
    page: MintlifyPage, options: PageOptions, log: PageLog
) -> dict[str, Any] | None:
    if not page.response_fields:
        return None
    fields = page.response_fields
    if options.response_property:
        # The page documents the items of an array whose key it never names.
        items = object_schema(fields, log)
        array = {"type": "array", "items": items}
        return {"type": "object", "properties": {options.response_property: array}}
    return object_schema(fields, log)


def _parameter(item: DocumentedField, log: PageLog) -> dict[str, Any]:
    out: dict[str, Any] = {"name": item.name, "in": item.location}
    if item.required or item.location == "path":
        out["required"] = True
    if item.description:
        out["description"] = item.description
    if item.deprecated:
        out["deprecated"] = True
    out["schema"] = value_schema(item, log)
    return out


def _request_body(page: MintlifyPage, front: dict[str, Any], log: PageLog) -> dict[str, Any] | None:
    examples = [e for e in page.request_examples if e.language in JSON_LANGUAGES | {"http"}]
    if not page.body and not examples:
        return None
    media_type: dict[str, Any] = {}
    if page.body:
        media_type["schema"] = object_schema(page.body, log)
    stated = front.get("contentType")
    if isinstance(stated, str) and stated.strip():
        media = stated.strip()
    elif has_file(media_type.get("schema", {})):
        media = "multipart/form-data"
    else:
        media = "application/json"
    for example in examples:
        found = request_example(example, log)
        if found is not None:
            add_example(media_type, found)
    if is_json_media(media):
        for found in body_examples_in_fields(page.body):
            add_example(media_type, found)
    body: dict[str, Any] = {}
    if any(item.required for item in page.body):
        body["required"] = True
    body["content"] = {media: media_type}
    return body


def build_document(
    page: MintlifyPage, front: dict[str, Any], options: PageOptions, log: PageLog
) -> dict[str, Any]:
    method, route, server = _operation_target(front, options, log)
    title = _title(page, front, log)
    operation: dict[str, Any] = {"summary": title}
    lead = front.get("description") if isinstance(front.get("description"), str) else page.lead
    description = "\n\n".join(part for part in [lead, *page.description] if part)
    if description:
        operation["description"] = description
    if front.get("deprecated") is True:
        operation["deprecated"] = True
    parameters = _parameters(page, route, log)
    if parameters:
        operation["parameters"] = parameters
    body = _request_body(page, front, log)
    if body is not None:
        operation["requestBody"] = body
    operation["responses"] = _responses(page, _response_schema(page, options, log), log)
    document: dict[str, Any] = {"openapi": "3.1.0", "info": {"title": title, "version": "0.0.0"}}
    if server:
        document["servers"] = [{"url": server}]
    document["paths"] = {route: {method: operation}}
    return document


def _title(page: MintlifyPage, front: dict[str, Any], log: PageLog) -> str:
    title = front.get("title")
    if isinstance(title, str) and title.strip():
        return title.strip()
    if page.title:
        return page.title
    log.warn("the page has no title (front matter title or H1); the file name stands in", None)
    return log.path.stem


def _parameters(page: MintlifyPage, route: str, log: PageLog) -> list[dict[str, Any]]:
    """The documented parameters, and any parameter of the path the page leaves out."""
    parameters: list[dict[str, Any]] = []
    for item in page.parameters:
        if any(p["name"] == item.name and p["in"] == item.location for p in parameters):
            log.warn(f"{item.location} parameter {item.name!r} is documented twice", item.line)
            continue
        parameters.append(_parameter(item, log))
    documented = {item.name for item in page.parameters if item.location == "path"}
    in_route = re.findall(r"\{([^{}/]+)\}", route)
    for item in page.parameters:
        if item.location == "path" and item.name not in in_route:
            log.warn(f"path parameter {item.name!r} is not in the path {route}", item.line)
    for name in in_route:
        if name not in documented:
            log.warn(f"path parameter {name!r} is not documented; typed as a string", None)
            parameters.append(
                {"name": name, "in": "path", "required": True, "schema": {"type": "string"}}
            )
    return parameters


def _operation_target(
    front: dict[str, Any], options: PageOptions, log: PageLog
) -> tuple[str, str, str | None]:
    """Method, path and server: the front matter's ``api:`` (or ``openapi:``), or the options."""
    stated = front.get("api") or front.get("openapi")
    from_page = (
        parse_operation(stated, log.path, "front matter") if isinstance(stated, str) else None
    )
    return choose_operation(from_page, options.operation, log.path, log.warn, missing="")
