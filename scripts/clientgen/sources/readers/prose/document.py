"""The page model to an OpenAPI 3.1 document for the page's one operation."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any
from urllib.parse import urlsplit

from clientgen.sources.readers import PageOptions
from clientgen.sources.readers.field_types import has_file, sentences
from clientgen.sources.readers.front_matter import page_title
from clientgen.sources.readers.page import Page, Parameter, RequestBody, parameter_location
from clientgen.sources.readers.page_log import PageLog
from clientgen.sources.readers.page_openapi import checked_parameters
from clientgen.sources.readers.page_operation import choose_operation, parse_operation
from clientgen.sources.readers.prose.curl import route_pattern
from clientgen.sources.readers.prose.field_schema import object_schema, value_schema
from clientgen.sources.readers.prose.inference import (
    Inference,
    check_example,
    documented_object,
    dotted_name,
)
from clientgen.sources.readers.prose.page_model import Curl, ProsePage
from clientgen.sources.readers.prose.walker import JSON_MEDIA
from clientgen.sources.readers.responses import (
    add_example,
    build_responses,
    stated_errors,
    stated_success,
)

_MULTIPART = "multipart/form-data"


def build_document(
    page: ProsePage, front: dict[str, Any], options: PageOptions, log: PageLog
) -> Page:
    method, route, front_server = _operation_target(front, options, log)
    title = page_title(front, page.title, log)
    stated_description = front.get("description")
    lead = [stated_description] if isinstance(stated_description, str) else []
    # Keyword order is the order of the warnings: the page's order, top to bottom.
    return Page(
        method=method,
        route=route,
        title=title,
        summary=title,
        description="\n\n".join(part for part in [*lead, *page.lead] if part.strip()),
        deprecated=front.get("deprecated") is True,
        parameters=_parameters(page, route, log),
        request_body=_request_body(page, front, log),
        responses=_responses(page, options, log),
        server=_server(front_server, method, route, page.curls, log),
        warnings=log.warnings,
    )


def _operation_target(
    front: dict[str, Any], options: PageOptions, log: PageLog
) -> tuple[str, str, str | None]:
    """Method, path and server: the options' operation, else the front matter's ``openapi:``
    (or ``api:``; when both are stated and differ, ``openapi:`` wins with a warning)."""
    stated: list[tuple[str, tuple[str, str, str | None]]] = []
    for key in ("openapi", "api"):
        value = front.get(key)
        if isinstance(value, str):
            stated.append((key, parse_operation(value, log.path, f"front matter {key}:")))
    if len(stated) == 2 and stated[0][1][:2] != stated[1][1][:2]:
        log.warn("front matter openapi: and api: name different operations; openapi: is used", 1)
    from_page = stated[0][1] if stated else None
    return choose_operation(
        from_page,
        options.operation,
        log.path,
        log.warn,
        missing=" (no openapi: or api: front matter)",
    )


def _server(
    stated: str | None, method: str, route: str, curls: list[Curl], log: PageLog
) -> str | None:
    """The server: the front matter's full URL, else the one the curl examples call."""
    found: list[str] = []
    for curl in curls:
        if curl.method and curl.method.lower() != method:
            log.warn(f"the curl example uses {curl.method}, the page {method.upper()}", curl.line)
        parts = urlsplit(curl.url or "")
        if not parts.scheme or not parts.netloc:
            continue
        match = re.fullmatch(rf"(?P<prefix>.*?){route_pattern(route)}/?", parts.path)
        if match is None:
            log.warn(
                f"the curl example's URL {curl.url} does not match the path {route}; "
                "no server is taken from it",
                curl.line,
            )
            continue
        server = f"{parts.scheme}://{parts.netloc}{match.group('prefix')}".rstrip("/")
        if server not in found:
            found.append(server)
    if stated is not None:
        for other in found:
            if other != stated:
                log.warn(f"a curl example calls {other}, the front matter {stated}", None)
        return stated
    if len(found) > 1:
        log.warn(
            f"the curl examples call different servers ({', '.join(found)}); the first is used",
            None,
        )
    return found[0] if found else None


def _parameters(page: ProsePage, route: str, log: PageLog) -> list[Parameter]:
    """The documented parameters in page order, and any of the path's that the page leaves out."""
    documented = [
        Parameter(
            item.name,
            parameter_location(location),
            value_schema(item, log),
            required=item.required,
            description=item.description,
            deprecated=item.deprecated,
            line=item.line,
            said_optional=item.optional,
        )
        for location, item in page.parameters
    ]
    return checked_parameters(documented, route, log.warn, untyped={"type": "string"})


def _request_body(page: ProsePage, front: dict[str, Any], log: PageLog) -> RequestBody | None:
    fields = page.body  # dotted names not yet nested
    examples = page.request_examples
    if not fields and not examples:
        if page.body_line is not None:
            log.warn(
                "the request body section lists no fields and shows no example", page.body_line
            )
        return None
    media_type: dict[str, Any] = {}
    parsed = [e for e in examples if e.parsed]
    if fields:
        media_type["schema"] = object_schema(fields, log)
        for example in parsed:
            check_example(
                media_type["schema"], example.value, (), "the request example", example.line, log
            )
    elif parsed:
        log.warn(
            "the request body's schema is inferred from its example (the page lists no body "
            "fields); check it",
            parsed[0].line,
        )
        media_type["schema"] = Inference(log, parsed[0].line).schema(e.value for e in parsed)
    media = _body_media_type(page, front, media_type.get("schema", {}), log)
    for example in examples:
        add_example(media_type, example)
    return RequestBody(
        media,
        media_type,
        # A top-level field is required.
        required="required" in media_type.get("schema", {}),
        description="\n\n".join(page.body_prose),
    )


def _body_media_type(
    page: ProsePage, front: dict[str, Any], schema: dict[str, Any], log: PageLog
) -> str:
    """The front matter's contentType, else multipart for a form or a file, else JSON."""
    stated = front.get("contentType")
    if isinstance(stated, str) and stated.strip():
        media = stated.strip()
    elif page.form or has_file(schema):
        media = _MULTIPART
    else:
        media = JSON_MEDIA
    for curl in page.curls:
        sent = curl.content_type or (_MULTIPART if curl.form else None)
        if sent is not None and sent != media:
            log.warn(f"the curl example sends {sent}; the page documents {media}", curl.line)
    return media


def _responses(page: ProsePage, options: PageOptions, log: PageLog) -> dict[str, Any]:
    said = [sentence for text in page.status_prose for sentence in sentences(text)]
    # A status line ("**201 Created** - ...") first, then a success status the prose states.
    success = page.success_statuses[0] if page.success_statuses else stated_success(said) or "200"
    schema = _response_schema(page, options, success, log)
    # Every example carries its status already: the page's layout placed it.
    examples = [replace(e, status=e.status or success) for e in page.success_examples]
    return build_responses(
        examples=[*examples, *page.error_examples],
        stated=[*page.stated, *stated_errors(said)],
        success_description="\n\n".join(page.response_prose) or "Successful response",
        success_schema=schema,
        fits_success=lambda value: True,
        success_status=success,
    )


def _response_schema(
    page: ProsePage, options: PageOptions, status: str, log: PageLog
) -> dict[str, Any] | None:
    """The success body's schema: the documented fields, else inferred from the example."""
    fields = page.response_fields
    samples = [e for e in page.success_examples if e.parsed]
    if fields:
        documented = object_schema(fields, log)
        if options.response_property:
            # The page documents the items of an array whose key it never names.
            array = {"type": "array", "items": documented}
            return {"type": "object", "properties": {options.response_property: array}}
        anchor = documented_object(
            set(documented["properties"]), samples[0].value if samples else None
        )
        if anchor is None:
            for sample in samples:
                check_example(
                    documented, sample.value, (), "the response example", sample.line, log
                )
            return documented
        sample = samples[0]
        log.warn(
            f"the response fields (line {fields[0].line}) are the keys of `{dotted_name(anchor)}` "
            f"in the response example, not of its top level: they are placed there, and the "
            f"rest of the {status} response's schema is inferred from the example; check it",
            sample.line,
        )
        schema = Inference(log, sample.line, anchor, documented).schema(s.value for s in samples)
        for sample in samples:
            check_example(schema, sample.value, (), "the response example", sample.line, log)
        return schema
    if samples:
        log.warn(
            f"the {status} response's schema is inferred from its example (the page lists no "
            "response fields); check it",
            samples[0].line,
        )
        return Inference(log, samples[0].line).schema(s.value for s in samples)
    return None
