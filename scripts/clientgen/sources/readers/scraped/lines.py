"""A scraped page's lines: headings (even glued after a sentence), sections, type markers."""

from __future__ import annotations

import re
from typing import Any

from clientgen.sources.readers.field_types import schema_for_type
from clientgen.sources.readers.scraped.scanned_page import Line

# Headings that give the lines after them a meaning; anything else is prose or unplaced.
_SECTIONS = {
    "path parameters": "path",
    "path params": "path",
    "query parameters": "query",
    "query params": "query",
    "headers": "header",
    "header": "header",
    "header parameters": "header",
    "header params": "header",
    "body": "body",
    "request body": "body",
    "body parameters": "body",
    "body params": "body",
    "form fields": "form",
    "form data": "form",
    "form parameters": "form",
    "response": "response",
    "responses": "response",
    "response fields": "response",
    "response body": "response",
    "overview": "overview",
    "description": "overview",
    # The API key's parameter; the line after its type says where it goes (header, query).
    "authorizations": "header",
}
# "Voice Status Values": a list of `value` / `: meaning` pairs for the field it names.
VALUES_HEADING = re.compile(r"^(?P<subject>[A-Z][\w ]*?)\s+values$", re.IGNORECASE)
_NOT_A_SUBJECT = frozenset({"allowed", "possible", "available", "enum"})

# `(integer, required): The unique ...` — a run-together field's type line.
TYPE_MARKER = re.compile(r"^\((?P<inner>[^()]+)\)\s*:\s*(?P<rest>.*)$")
# `: Voice is ready` — the meaning of a value in a "... Values" section.
VALUE_MARKER = re.compile(r"^:\s*(?P<rest>\S.*)$")
_TYPE_ALTERNATIVE = r"[a-z][a-z0-9_-]*(?:<[\w-]+>)?(?:\[\])*"
TYPE_WORDS = re.compile(rf"^{_TYPE_ALTERNATIVE}(?:\s*\|\s*{_TYPE_ALTERNATIVE})*$")
_ANGLE_TYPE = re.compile(r"^(?P<base>[a-z]+)<(?P<arg>[\w-]+)>$")
_FORMATS = frozenset({"uuid", "date-time", "date", "email", "uri", "int32", "int64", "byte"})
APOSTROPHES = "'\u2019"
_GLUED_HEADING = re.compile(r"(?<=[.!?])(?P<heading>[A-Z][A-Za-z ]*)$")


def logical_lines(text: str) -> list[Line]:
    """The page's lines, stripped; a heading glued after a sentence becomes its own line."""
    lines: list[Line] = []
    for no, raw in enumerate(text.splitlines(), start=1):
        stripped = raw.strip()
        glued = _GLUED_HEADING.search(stripped)
        if glued and section_of(glued["heading"]) is not None:
            # "...array of cloned voice objects.Response": the heading lost its line break.
            lines.append(Line(no, stripped[: glued.start()]))
            lines.append(Line(no, glued["heading"]))
        else:
            lines.append(Line(no, stripped))
    return lines


def section_of(text: str) -> str | None:
    """The section a heading opens ("values" for a "<Subject> Values" list), else None."""
    if not text[:1].isupper():
        return None  # headings are capitalised; `description` on its own is a field's name
    known = _SECTIONS.get(text.lower())
    if known is not None:
        return known
    values = VALUES_HEADING.match(text)
    if values and values["subject"].split()[0].lower() not in _NOT_A_SUBJECT:
        return "values"
    return None


def looks_like_title(text: str) -> bool:
    """A short capitalised line without closing punctuation: the page's title, say."""
    return (
        bool(re.fullmatch(rf"[A-Z][\w{APOSTROPHES}&/ ().-]*", text))
        and any(c.islower() for c in text)
        and len(text.split()) <= 6
        and not text.endswith((".", ":", ";", ","))
    )


def looks_like_heading(text: str) -> bool:
    """A title-like line whose longer words are all capitalised ("Quality Scores").

    Stricter than a title: it ends a field's text or the prose before it, and a line of
    prose that merely lacks a full stop must not.
    """
    words = [w for w in re.findall(r"[A-Za-z/][\w/.-]*", text) if len(w) >= 4]
    return looks_like_title(text) and all(w[0].isupper() for w in words)


def is_marker(text: str | None) -> bool:
    """A run-together field's type line, or a value's meaning line."""
    return text is not None and (bool(VALUE_MARKER.match(text)) or is_type_marker(text))


def is_type_marker(text: str) -> bool:
    marker = TYPE_MARKER.match(text)
    return marker is not None and _is_type_words(marker["inner"].split(",")[0].strip())


def _is_type_words(text: str) -> bool:
    return type_schema(text) is not None or bool(TYPE_WORDS.match(text))


def type_schema(type_text: str) -> dict[str, Any] | None:
    """Like ``schema_for_type``, also reading rendered forms ``enum<string>``, ``string<uuid>``."""
    schema = schema_for_type(type_text)
    if schema is not None or "<" not in type_text:
        return schema
    formats: list[str] = []
    plain: list[str] = []
    for alternative in (a.strip() for a in type_text.lower().split("|")):
        angle = _ANGLE_TYPE.match(alternative)
        if angle and angle["base"] == "enum":
            plain.append(angle["arg"])
        elif angle and angle["arg"] in _FORMATS:
            plain.append(angle["base"])
            formats.append(angle["arg"])
        else:
            plain.append(alternative)
    schema = schema_for_type(" | ".join(plain))
    if schema is not None and formats:
        schema["format"] = formats[0]
    return schema
