"""Step 4: the page model to an OpenAPI 3.1 document for the page's one operation."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from clientgen.sources.readers import PageOptions
from clientgen.sources.readers.field_types import has_file, sentences
from clientgen.sources.readers.front_matter import JSON_LANGUAGES, page_title
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
from clientgen.sources.readers.page import Page, Parameter, RequestBody, parameter_location
from clientgen.sources.readers.page_log import PageLog
from clientgen.sources.readers.page_openapi import checked_parameters
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


def _parameter(item: DocumentedField, log: PageLog) -> Parameter:
    return Parameter(
        item.name,
        parameter_location(item.location),
        value_schema(item, log),
        required=item.required,
        description=item.description,
        deprecated=item.deprecated,
        line=item.line,
    )


def _request_body(page: MintlifyPage, front: dict[str, Any], log: PageLog) -> RequestBody | None:
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
    return RequestBody(media, media_type, required=any(item.required for item in page.body))


def build_document(
    page: MintlifyPage, front: dict[str, Any], options: PageOptions, log: PageLog
) -> Page:
    method, route, server = _operation_target(front, options, log)
    title = page_title(front, page.title, log)
    lead = front.get("description") if isinstance(front.get("description"), str) else page.lead
    return Page(
        method=method,
        route=route,
        server=server,
        title=title,
        summary=title,
        description="\n\n".join(part for part in [lead, *page.description] if part),
        deprecated=front.get("deprecated") is True,
        parameters=_parameters(page, route, log),
        request_body=_request_body(page, front, log),
        responses=_responses(page, _response_schema(page, options, log), log),
        warnings=log.warnings,
    )


def _parameters(page: MintlifyPage, route: str, log: PageLog) -> list[Parameter]:
    """The documented parameters, and any parameter of the path the page leaves out."""
    documented = [_parameter(item, log) for item in page.parameters]
    return checked_parameters(documented, route, log.warn, untyped={"type": "string"})


def _operation_target(
    front: dict[str, Any], options: PageOptions, log: PageLog
) -> tuple[str, str, str | None]:
    """Method, path and server: the front matter's ``api:`` (or ``openapi:``), or the options."""
    stated = front.get("api") or front.get("openapi")
    from_page = (
        parse_operation(stated, log.path, "front matter") if isinstance(stated, str) else None
    )
    return choose_operation(from_page, options.operation, log.path, log.warn, missing="")
