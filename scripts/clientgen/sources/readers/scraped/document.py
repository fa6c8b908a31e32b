"""Turns the scanned page into the OpenAPI 3.1 document for its one operation."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from clientgen.core.diagnostics import ClientgenError, Diagnostic
from clientgen.sources.readers import PageOptions
from clientgen.sources.readers.field_types import ObjectBuilder, coerce_literal, has_file, sentences
from clientgen.sources.readers.page import Page, Parameter, RequestBody, parameter_location
from clientgen.sources.readers.page_openapi import checked_parameters
from clientgen.sources.readers.responses import (
    StatedError,
    add_example,
    build_responses,
    is_success_body,
    stated_errors,
    stated_success,
)
from clientgen.sources.readers.scraped.scanned_page import ScannedField, ScannedPage, ValueList
from clientgen.sources.readers.scraped.scanner import PARAMETER_SECTIONS
from clientgen.sources.readers.scraped.value_hints import METHODS

_OPERATION = re.compile(r"^\s*(?P<method>[A-Za-z]+)\s+(?P<path>/\S*)\s*$")
_ARRAY_OF_ITEMS = re.compile(
    r"\bobject\s+(?:containing|with|holding|that contains)\s+an?\s+(?:array|list)\s+of\s+"
    r"(?P<items>[\w\s-]+?)\s+objects?\b",
    re.I,
)
_BARE_ARRAY = re.compile(r"\bresponse\s+is\s+an?\s+(?:JSON\s+)?(?:array|list)\s+of\b", re.I)


class Builder:
    """Turns what was read off the page into the OpenAPI document."""

    def __init__(
        self, page: ScannedPage, path: Path, options: PageOptions, warnings: list[Diagnostic]
    ) -> None:
        self.page = page
        self.file = path
        self.options = options
        self.warnings = warnings

    def warn(self, message: str, line: int | None) -> None:
        self.warnings.append(Diagnostic(message, file=self.file, line=line))

    def build(self) -> Page:
        method, route = self._operation()
        self._apply_value_lists()
        # Keyword order is the order of the warnings.
        return Page(
            method=method,
            route=route,
            title=self.page.title or f"{method.upper()} {route}",
            summary=self.page.title,
            description="\n\n".join([*self.page.lead, *self.page.overview]),
            parameters=self._parameters(route),
            request_body=self._request_body(),
            responses=self._responses(),
            server=self._server(route),
            warnings=self.warnings,
        )

    # -- method and path

    def _operation(self) -> tuple[str, str]:
        """The lower-case method and the path: the page's, else the options', else curl's."""
        given = self._given_operation()
        page, curl = self.page, self.page.curl
        if page.method and page.path:
            if given and given != (page.method, page.path):
                self.warn(
                    f"the page states {page.method} {page.path}, the options "
                    f"{given[0]} {given[1]}; followed the page",
                    page.method_line,
                )
            chosen = (page.method, page.path)
        elif given:
            chosen = given
        elif curl and curl.url and urlsplit(curl.url).path:
            self.warn(
                "the page states no method and path; took them from its curl example "
                '(give --operation "METHOD PATH" to be sure)',
                curl.line,
            )
            chosen = (curl.method or "GET", urlsplit(curl.url).path)
        else:
            raise ClientgenError(
                'the page states no method and path: give --operation "METHOD PATH" '
                "(or the vendor config's operation:)",
                file=self.file,
            )
        if curl and curl.method and curl.method != chosen[0]:
            self.warn(f"the curl example uses {curl.method}, not {chosen[0]}", curl.line)
        return chosen[0].lower(), chosen[1]

    def _given_operation(self) -> tuple[str, str] | None:
        if self.options.operation is None:
            return None
        match = _OPERATION.match(self.options.operation)
        if match is None or match["method"].upper() not in METHODS:
            raise ClientgenError(
                f'the operation {self.options.operation!r} is not "METHOD /path"', file=self.file
            )
        return match["method"].upper(), match["path"]

    def _server(self, route: str) -> str | None:
        """The server the curl example's full URL states, when it ends with the path."""
        curl = self.page.curl
        if curl is None or curl.url is None or not curl.url.startswith(("http://", "https://")):
            return None
        url = curl.url.split("?", 1)[0]
        if not url.endswith(route):
            self.warn(f"the curl example's URL {url} does not end with the path {route}", curl.line)
            return None
        return url[: -len(route)] or None

    # -- enums from "<Subject> Values" sections

    def _apply_value_lists(self) -> None:
        for value_list in self.page.value_lists:
            if not value_list.values:
                self.warn(f"'{value_list.subject} Values' lists no values", value_list.line)
                continue
            target = self._field_named_by(value_list.subject)
            if target is None:
                self.warn(
                    f"'{value_list.subject} Values' names no documented field; left out",
                    value_list.line,
                )
                continue
            self._set_enum(target, value_list)

    def _field_named_by(self, subject: str) -> ScannedField | None:
        """The field a subject such as "Voice Status" names: `voice_status`, else `status`."""
        words = subject.lower().split()
        candidates = ["_".join(words[k:]) for k in range(len(words))]
        # Prefer response fields: such sections explain what the API returns.
        ordered = sorted(self.page.fields, key=lambda f: f.section != "response")
        for name in candidates:
            for candidate in ordered:
                if candidate.name == name:
                    return candidate
        return None

    def _set_enum(self, target: ScannedField, value_list: ValueList) -> None:
        values = [coerce_literal(v, target.schema) for v, _ in value_list.values]
        known = [v for v in target.schema.get("enum", []) if v is not None]
        if known and set(known) != set(values):
            self.warn(
                f"'{value_list.subject} Values' lists {values}, the field {target.name!r} "
                f"{known}; used the section's list",
                value_list.line,
            )
        nullable = None in target.schema.get("enum", [])
        target.schema["enum"] = [*values, None] if nullable else values
        meanings = [meaning for _, meaning in value_list.values]
        target.schema["x-enum-descriptions"] = [*meanings, None] if nullable else meanings

    # -- parameters and bodies

    def _parameters(self, route: str) -> list[Parameter]:
        """The header, path and query parameters in page order; the path's own are all there."""
        documented = [
            Parameter(
                f.name,
                parameter_location(f.section),
                f.schema,
                required=f.required,
                description=f.description,
                deprecated=f.deprecated,
                line=f.line,
            )
            for f in self.page.fields
            if f.section in PARAMETER_SECTIONS
        ]
        # The page says nothing of a path parameter's type: none is assumed.
        return checked_parameters(documented, route, self.warn, untyped={})

    def _request_body(self) -> RequestBody | None:
        fields = [f for f in self.page.fields if f.section in ("body", "form")]
        examples = self.page.request_examples
        if not fields and not examples:
            return None
        media: dict[str, Any] = {}
        if fields:
            media["schema"] = self._object_schema(fields)
        for example in examples:
            add_example(media, example)
        return RequestBody(
            self._body_media_type(fields), media, required=any(f.required for f in fields)
        )

    def _body_media_type(self, fields: list[ScannedField]) -> str:
        curl = self.page.curl
        if self.page.body_media:
            return self.page.body_media
        if curl and curl.content_type:
            return curl.content_type.split(";", 1)[0].strip()
        if self.page.form_body or any(has_file(f.schema) for f in fields):
            return "multipart/form-data"
        return "application/json"

    # -- responses

    def _responses(self) -> dict[str, Any]:
        fields = [f for f in self.page.fields if f.section == "response"]
        schema = self._response_schema(fields) if fields else None
        stated = stated_success(s for text in self.page.response_prose for s in sentences(text))
        return build_responses(
            examples=self.page.response_examples,
            stated=self._stated_errors(),
            success_description="\n\n".join(self.page.response_prose) or "Successful response",
            success_schema=schema,
            fits_success=lambda value: is_success_body(value, schema),
            success_status=self.page.success_status or stated or "200",
            success_media=self.page.success_media or "application/json",
        )

    def _response_schema(self, fields: list[ScannedField]) -> dict[str, Any]:
        """The fields' object, or the wrapper holding an array of them when the page says so."""
        item = self._object_schema(fields)
        prose = " ".join(self.page.response_prose)
        if _BARE_ARRAY.search(prose):
            return {"type": "array", "items": item}
        if not _ARRAY_OF_ITEMS.search(prose):
            return item
        prop = self.options.response_property
        if prop:
            return {"type": "object", "properties": {prop: {"type": "array", "items": item}}}
        self.warn(
            "the response holds an array of these fields under a property the page does not "
            "name (set response_property in the vendor config); read as a bare array",
            fields[0].line,
        )
        return {"type": "array", "items": item}

    def _stated_errors(self) -> list[StatedError]:
        """What the prose states: "return 400 SOME_CODE", sentence by sentence."""
        prose = [*self.page.lead, *self.page.overview, *self.page.response_prose]
        prose += [f.description for f in self.page.fields]
        return stated_errors(s for paragraph in prose for s in sentences(paragraph))

    def _object_schema(self, fields: list[ScannedField]) -> dict[str, Any]:
        """The fields as an object; dotted names ("data.voice_id") under their parents."""
        builder = ObjectBuilder()
        for source in fields:
            schema = dict(source.schema)
            if source.description:
                schema["description"] = source.description
            if source.deprecated:
                schema["deprecated"] = True
            for problem in builder.add(source.name, schema, required=source.required):
                self.warn(problem, source.line)
        return builder.schema
