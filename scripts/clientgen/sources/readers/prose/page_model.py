"""What the walker reads off a prose page, before it becomes an OpenAPI document."""

from __future__ import annotations

from dataclasses import dataclass, field

from clientgen.sources.readers.field_types import StatedValues
from clientgen.sources.readers.responses import Example, StatedError


@dataclass
class ProseField:
    """A documented parameter, body field or response field, as the bullet states it."""

    name: str
    line: int
    type_text: str | None = None
    required: bool = False
    optional: bool = False
    deprecated: bool = False
    nullable: bool = False
    description: str = ""
    enum: StatedValues | None = None
    examples: list[str] = field(default_factory=list)
    default: str | None = None
    children: list[ProseField] = field(default_factory=list)  # dotted names not yet nested


@dataclass(frozen=True)
class Curl:
    """What a curl example states about the request."""

    line: int
    method: str | None  # as written with -X, or implied by -d / -F
    url: str | None
    form: bool
    content_type: str | None


@dataclass
class ProsePage:
    title: str | None = None
    lead: list[str] = field(default_factory=list)
    parameters: list[tuple[str, ProseField]] = field(default_factory=list)
    body: list[ProseField] = field(default_factory=list)
    form: bool = False  # a "Form Data" section: the body is multipart
    body_line: int | None = None
    body_prose: list[str] = field(default_factory=list)
    response_fields: list[ProseField] = field(default_factory=list)
    response_prose: list[str] = field(default_factory=list)
    request_examples: list[Example] = field(default_factory=list)
    success_examples: list[Example] = field(default_factory=list)
    error_examples: list[Example] = field(default_factory=list)
    stated: list[StatedError] = field(default_factory=list)
    success_statuses: list[str] = field(default_factory=list)
    status_prose: list[str] = field(default_factory=list)  # searched for "return `400 CODE`"
    curls: list[Curl] = field(default_factory=list)
