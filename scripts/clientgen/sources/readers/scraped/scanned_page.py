"""What the scanner reads off a scraped page, before it becomes an OpenAPI document."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from clientgen.sources.readers.responses import Example


@dataclass
class Line:
    """One line of the page: its number in the file and its stripped text.

    ``text`` is None once the line has been used up as the name of the field after it.
    """

    no: int
    text: str | None


@dataclass
class ScannedField:
    """A parameter, a body field or a response field, as the page documents it."""

    name: str
    section: str
    line: int
    schema: dict[str, Any]
    required: bool = False
    deprecated: bool = False
    description: str = ""


@dataclass
class ValueList:
    """A "<Subject> Values" section: each value of a field with what it means."""

    subject: str
    line: int
    values: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class Curl:
    """What a curl example states about the request."""

    line: int
    method: str | None
    url: str | None
    content_type: str | None


@dataclass
class ScannedPage:
    """Everything read off the page, before it becomes an OpenAPI document."""

    title: str | None = None
    method: str | None = None
    path: str | None = None
    method_line: int | None = None
    lead: list[str] = field(default_factory=list)
    overview: list[str] = field(default_factory=list)
    response_prose: list[str] = field(default_factory=list)
    fields: list[ScannedField] = field(default_factory=list)
    request_examples: list[Example] = field(default_factory=list)
    response_examples: list[Example] = field(default_factory=list)
    value_lists: list[ValueList] = field(default_factory=list)
    curl: Curl | None = None
    form_body: bool = False
    body_media: str | None = None  # a media type line under the body's heading
    success_status: str | None = None  # a status line under the response's heading
    success_media: str | None = None
    # "Show child attributes" lines: the line and the field before it.
    toggles: list[tuple[int, ScannedField | None]] = field(default_factory=list)
